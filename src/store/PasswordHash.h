// Salted, slow password hashes (PBKDF2-HMAC-SHA256) in one self-describing string:
// "pbkdf2-sha256$ITERATIONS$SALT_HEX$HASH_HEX".
#pragma once

#include <QString>

namespace handoff::store {

class PasswordHash
{
public:
    static constexpr int kIterations = 120000;
    // Shortest password an administrator may set (characters). The store itself takes any password, so
    // `handoff-router demo` can give its demo users the short, documented password "demo".
    static constexpr int kMinimumLength = 8;
    // True when the password is long enough to be set from the command line or the protocol.
    static bool isLongEnough(const QString &password);
    static QString create(const QString &password);
    static bool verify(const QString &password, const QString &encoded);
};

} // namespace handoff::store
