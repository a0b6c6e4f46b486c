#include "server/SignInThrottle.h"

namespace handoff::server {

namespace {
constexpr int kEvictionScan = 64; // how many of the oldest names are looked at for an unlocked one
}

bool SignInThrottle::isLocked(const QString &user, const QDateTime &now) const
{
    const auto it = m_entries.constFind(user);
    return it != m_entries.constEnd() && it->lockedUntil.isValid() && now < it->lockedUntil;
}

void SignInThrottle::evictOne(const QDateTime &now)
{
    auto victim = std::prev(m_order.end());
    auto candidate = victim;
    for (int i = 0; i < kEvictionScan; ++i) {
        if (!isLocked(*candidate, now)) {
            victim = candidate;
            break;
        }
        if (candidate == m_order.begin())
            break;
        --candidate;
    }
    m_entries.remove(*victim);
    m_order.erase(victim);
}

void SignInThrottle::recordFailure(const QString &user, const QDateTime &now)
{
    auto it = m_entries.find(user);
    if (it == m_entries.end()) {
        if (m_entries.size() >= kMaxTracked)
            evictOne(now);
        m_order.push_front(user);
        it = m_entries.insert(user, Entry{{}, {}, m_order.begin()});
    } else {
        m_order.splice(m_order.begin(), m_order, it->order); // most recent first
    }
    Entry &e = it.value();
    e.failures.append(now);
    while (!e.failures.isEmpty() && e.failures.first().secsTo(now) >= kWindowSeconds)
        e.failures.removeFirst();
    if (e.failures.size() >= kMaxFailures) {
        e.lockedUntil = now.addSecs(kLockSeconds);
        e.failures.clear();
    }
}

void SignInThrottle::recordSuccess(const QString &user)
{
    const auto it = m_entries.find(user);
    if (it == m_entries.end())
        return;
    m_order.erase(it->order);
    m_entries.erase(it);
}

} // namespace handoff::server
