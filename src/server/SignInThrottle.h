// Slows down password guessing: failed sign-ins are counted per user name; five within a minute lock
// that name for a minute.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace handoff::server {

class SignInThrottle
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kWindowSeconds = 60;
    static constexpr int kLockSeconds = 60;

    bool isLocked(const QString &user, const QDateTime &now) const;
    void recordFailure(const QString &user, const QDateTime &now);
    void recordSuccess(const QString &user);

private:
    struct Entry {
        QList<QDateTime> failures;
        QDateTime lockedUntil;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace handoff::server
