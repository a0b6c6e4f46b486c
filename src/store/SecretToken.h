// Random secrets (desk tokens, API tokens, visitor tokens, ids) and their stored form, a SHA-256 hash.
#pragma once

#include <QByteArray>
#include <QString>

namespace handoff::store {

class SecretToken
{
public:
    static QByteArray randomBytes(int count); // from the system's secure generator
    static QString generate(int bytes = 32);  // hex
    static QString hash(const QString &token); // SHA-256, hex
    static QString newId(const QString &prefix); // e.g. "c_" + 16 random bytes in hex
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
};

} // namespace handoff::store
