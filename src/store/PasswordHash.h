// Salted, slow password hashes (PBKDF2-HMAC-SHA256) in one self-describing string:
// "pbkdf2-sha256$ITERATIONS$SALT_HEX$HASH_HEX".
#pragma once

#include <QString>

namespace handoff::store {

class PasswordHash
{
public:
    static constexpr int kIterations = 120000;
    static QString create(const QString &password);
    static bool verify(const QString &password, const QString &encoded);
};

} // namespace handoff::store
