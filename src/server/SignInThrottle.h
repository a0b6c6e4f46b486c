// Slows down password guessing: failed sign-ins are counted per user name; five within a minute lock
// that name for a minute. The names tracked are bounded (a flood of made-up names must not grow memory):
// beyond kMaxTracked the least recently failed name is forgotten first, and a name that is locked is
// forgotten only when none of the oldest are unlocked, so real lockouts survive a flood of fake names.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <list>

namespace handoff::server {

class SignInThrottle
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kWindowSeconds = 60;
    static constexpr int kLockSeconds = 60;
    static constexpr int kMaxTracked = 10000;

    bool isLocked(const QString &user, const QDateTime &now) const;
    void recordFailure(const QString &user, const QDateTime &now);
    void recordSuccess(const QString &user);
    int tracked() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry {
        QList<QDateTime> failures;
        QDateTime lockedUntil;
        std::list<QString>::iterator order;
    };
    void evictOne(const QDateTime &now);

    QHash<QString, Entry> m_entries;
    std::list<QString> m_order; // most recently failed first
};

} // namespace handoff::server
