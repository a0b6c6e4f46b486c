// Turns SIGHUP, SIGTERM and SIGINT into Qt signals: the C handler only writes a byte to a socketpair,
// and a QSocketNotifier reads it on the event loop, where it is safe to act.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace handoff::router {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool install(QString *error);

signals:
    void reloadRequested();   // SIGHUP
    void shutdownRequested(); // SIGTERM, SIGINT

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace handoff::router
