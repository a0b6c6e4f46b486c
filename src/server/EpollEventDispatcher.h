// The router's event loop on Linux's epoll. Qt's own dispatchers (GLib's and the Unix one) hand the
// kernel the whole list of sockets on every pass of the loop and walk it again afterwards, so each pass
// costs in proportion to the number of open connections, busy or not: at 7,500 messages a second over
// 800 sockets that was a quarter of the router's main thread. With epoll a pass costs in proportion to
// the sockets that have something to say.
//
// It implements what QAbstractEventDispatcher asks for: socket notifiers (read, write, exception),
// timers, posted events (delivered at the start of each pass, as Qt's dispatchers do), wakeUp() from
// any thread (an eventfd) and interrupt(). Installed by main() before QCoreApplication exists; the
// environment variable HANDOFF_EVENT_LOOP=qt keeps Qt's default instead.
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <atomic>
#include <limits>
#include <map>
#include <vector>

class QSocketNotifier;

namespace handoff::server {

class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // Whether main() should install it (Linux, and not turned off by HANDOFF_EVENT_LOOP=qt).
    static bool wanted();

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    struct Watched {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; // what epoll is asked to report for this descriptor
    };
    struct Timer {
        int id;
        qint64 interval; // ms
        Qt::TimerType type;
        QObject *object;
        qint64 due;          // ms since the dispatcher started
        bool active = false; // its event is being delivered (a nested loop must not fire it again)
    };

    void updateInterest(int fd, Watched &w, bool reissue = false);
    void dequeue(const Timer &t);
    int activateTimers(); // fires the timers due now; returns how many
    qint64 now() const;
    int msUntilNextTimer() const; // -1 when there is none

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_interrupted{false};
    QHash<int, Watched> m_watched;
    std::map<int, Timer> m_timers;           // by id
    std::multimap<qint64, int> m_timerQueue; // due -> id
    qint64 m_clockStart = 0;
};

} // namespace handoff::server
