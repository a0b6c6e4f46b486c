#include "server/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <cerrno>
#include <cstring>
#include <chrono>
#include <cstdlib>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace handoff::server {

namespace {

constexpr int kEventsPerWait = 256;

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

bool EpollEventDispatcher::wanted()
{
    return qEnvironmentVariable("HANDOFF_EVENT_LOOP").compare(QLatin1String("qt"), Qt::CaseInsensitive) != 0;
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    , m_clockStart(monotonicMs())
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("epoll: cannot create the event loop (%s)", strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

qint64 EpollEventDispatcher::now() const
{
    return monotonicMs() - m_clockStart;
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    // A full counter (never in practice) still leaves the descriptor readable: the loop wakes either way.
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

void EpollEventDispatcher::updateInterest(int fd, Watched &w, bool reissue)
{
    quint32 events = 0;
    if (w.read)
        events |= EPOLLIN | EPOLLRDHUP;
    if (w.write)
        events |= EPOLLOUT;
    if (w.exception)
        events |= EPOLLPRI;
    if (events == w.events && !(reissue && events != 0))
        return;
    epoll_event ev{};
    ev.events = events;
    ev.data.fd = fd;
    if (events == 0) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_watched.remove(fd);
        return;
    }
    // A descriptor closed and reused behind a notifier's back lost its registration in the kernel while
    // ours stayed: registering a notifier always tells the kernel again (MOD, else ADD).
    const int op = w.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (::epoll_ctl(m_epoll, op, fd, &ev) != 0) {
        // The descriptor was closed and reopened behind the notifier's back (ADD on a known one, MOD on a
        // new one): register it afresh.
        if (::epoll_ctl(m_epoll, op == EPOLL_CTL_ADD ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) != 0) {
            qWarning("epoll: cannot watch descriptor %d (%s)", fd, strerror(errno));
            return;
        }
    }
    w.events = events;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    Watched &w = m_watched[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read: w.read = notifier; break;
    case QSocketNotifier::Write: w.write = notifier; break;
    case QSocketNotifier::Exception: w.exception = notifier; break;
    }
    updateInterest(fd, w, true);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    Watched &w = it.value();
    if (w.read == notifier)
        w.read = nullptr;
    else if (w.write == notifier)
        w.write = nullptr;
    else if (w.exception == notifier)
        w.exception = nullptr;
    else
        return;
    updateInterest(fd, w);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    unregisterTimer(timerId);
    const Timer t{timerId, qMax<qint64>(interval, 0), timerType, object, now() + qMax<qint64>(interval, 0), false};
    m_timers.emplace(timerId, t);
    m_timerQueue.emplace(t.due, timerId);
}

void EpollEventDispatcher::dequeue(const Timer &t)
{
    const auto [from, to] = m_timerQueue.equal_range(t.due);
    for (auto it = from; it != to; ++it) {
        if (it->second == t.id) {
            m_timerQueue.erase(it);
            return;
        }
    }
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    dequeue(it->second);
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            dequeue(it->second);
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (const auto &[id, t] : m_timers)
        if (t.object == object)
            list.append(TimerInfo(id, int(t.interval), t.type));
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    return int(qMax<qint64>(0, it->second.due - now()));
}

int EpollEventDispatcher::msUntilNextTimer() const
{
    // A timer in its own handler (a nested loop) is not waited for: it is not fired until that handler ends.
    for (const auto &[due, id] : m_timerQueue) {
        const auto it = m_timers.find(id);
        if (it != m_timers.end() && it->second.active)
            continue;
        return int(qBound(qint64(0), due - now(), qint64(std::numeric_limits<int>::max())));
    }
    return -1;
}

int EpollEventDispatcher::activateTimers()
{
    if (m_timerQueue.empty())
        return 0;
    const qint64 t = now();
    // The timers due at the start: one re-armed or added by a handler waits for the next pass.
    std::vector<int> due;
    for (auto it = m_timerQueue.begin(); it != m_timerQueue.end() && it->first <= t; ++it)
        due.push_back(it->second);
    int fired = 0;
    for (int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.due > t || it->second.active)
            continue; // stopped or restarted by an earlier handler, or in its own handler (a nested loop)
        Timer &timer = it->second;
        dequeue(timer);
        timer.due += timer.interval;
        if (timer.due <= t)
            timer.due = t + timer.interval; // fell behind: no burst of catch-up events
        m_timerQueue.emplace(timer.due, id);
        timer.active = true;
        QTimerEvent event(id);
        QObject *object = timer.object;
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        it = m_timers.find(id); // the handler may have killed it
        if (it != m_timers.end())
            it->second.active = false;
    }
    return fired;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.load())
        return false;

    const bool mayWait = (flags & QEventLoop::WaitForMoreEvents);
    int timeout = 0;
    if (mayWait) {
        timeout = (flags & QEventLoop::X11ExcludeTimers) ? -1 : msUntilNextTimer();
        emit aboutToBlock();
    }
    epoll_event events[kEventsPerWait];
    int n;
    do {
        n = ::epoll_wait(m_epoll, events, kEventsPerWait, timeout);
    } while (n < 0 && errno == EINTR);
    if (mayWait)
        emit awake();

    int activated = 0;
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        const quint32 ev = events[i].events;
        if (fd == m_wakeFd) {
            quint64 count;
            [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
            continue;
        }
        if (flags & QEventLoop::ExcludeSocketNotifiers)
            continue; // level-triggered: reported again on a later pass
        // Looked up for each kind: an earlier handler may have removed or replaced any notifier.
        auto deliver = [&](QSocketNotifier *Watched::*kind) {
            const auto it = m_watched.constFind(fd);
            if (it == m_watched.cend() || !(it.value().*kind))
                return false;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(it.value().*kind, &event);
            ++activated;
            return true;
        };
        bool handled = false;
        if (ev & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            handled |= deliver(&Watched::read);
        if (ev & (EPOLLOUT | EPOLLERR) || ((ev & EPOLLHUP) && !handled))
            handled |= deliver(&Watched::write);
        if (ev & EPOLLPRI)
            handled |= deliver(&Watched::exception);
        if (!handled && !m_watched.contains(fd))
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // nobody listens: stop the reports
    }
    if (!(flags & QEventLoop::X11ExcludeTimers))
        activated += activateTimers();
    return activated > 0 || n > 0;
}

} // namespace handoff::server
