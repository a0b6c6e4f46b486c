#include "server/SignInThrottle.h"

namespace handoff::server {

bool SignInThrottle::isLocked(const QString &user, const QDateTime &now) const
{
    const auto it = m_entries.constFind(user);
    return it != m_entries.constEnd() && it->lockedUntil.isValid() && now < it->lockedUntil;
}

void SignInThrottle::recordFailure(const QString &user, const QDateTime &now)
{
    if (m_entries.size() > 10000) // bound the memory a flood of made-up names can take
        m_entries.clear();
    Entry &e = m_entries[user];
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
    m_entries.remove(user);
}

} // namespace handoff::server
