#include "server/TokenBucket.h"

#include <QAbstractEventDispatcher>
#include <QThread>
#include <algorithm>

namespace handoff::server {

namespace {

thread_local bool t_watching = false;
thread_local QElapsedTimer t_sinceWaiting; // restarted each time the loop is about to wait

} // namespace

void LoopBusy::watch()
{
    if (t_watching)
        return;
    auto *dispatcher = QAbstractEventDispatcher::instance(QThread::currentThread());
    if (!dispatcher)
        return;
    t_watching = true;
    t_sinceWaiting.start();
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, dispatcher, [] { t_sinceWaiting.restart(); });
}

qint64 LoopBusy::milliseconds()
{
    return t_watching ? t_sinceWaiting.elapsed() : 0;
}

TokenBucket::TokenBucket(double perSecond, double burst)
    : m_perSecond(perSecond)
    , m_burst(burst)
    , m_tokens(burst)
{
    m_since.start();
}

bool TokenBucket::take()
{
    const double cap = m_burst + LoopBusy::milliseconds() * m_perSecond / 1000.0;
    m_tokens = std::min(cap, m_tokens + m_since.restart() * m_perSecond / 1000.0);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace handoff::server
