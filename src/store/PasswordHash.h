// Salted, slow password hashes in one self-describing string. New hashes are Argon2id (libsodium's
// crypto_pwhash_str) with OWASP's recommended parameters, m = 19 MiB, t = 2, p = 1:
// "$argon2id$v=19$m=19456,t=2,p=1$SALT$HASH". Hashes from older builds, PBKDF2-HMAC-SHA256 in
// "pbkdf2-sha256$ITERATIONS$SALT_HEX$HASH_HEX", still verify; needsRehash() tells the store to replace them
// with a current hash after the next successful sign-in.
#pragma once

#include <QString>
#include <QtGlobal>
#include <cstddef>

namespace handoff::store {

class PasswordHash
{
public:
    // Argon2id cost: passes over memory (opslimit) and memory in bytes (memlimit, 19 MiB = 19456 KiB).
    static constexpr unsigned long long kArgon2Passes = 2;
    static constexpr std::size_t kArgon2MemoryBytes = 19 * 1024 * 1024;
    // Iterations of the hashes older builds wrote (PBKDF2-HMAC-SHA256).
    static constexpr int kPbkdf2Iterations = 120000;
    // Shortest password an administrator may set (characters). The store itself takes any password, so
    // `handoff-router demo` can give its demo users the short, documented password "demo".
    static constexpr int kMinimumLength = 8;
    // True when the password is long enough to be set from the command line or the protocol.
    static bool isLongEnough(const QString &password);
    // A new Argon2id hash with a random salt; empty when libsodium could not make one (out of memory).
    static QString create(const QString &password);
    // True when the password matches an Argon2id or PBKDF2 hash; false for anything else.
    static bool verify(const QString &password, const QString &encoded);
    // True when the hash is not an Argon2id hash with the current parameters (PBKDF2, other costs).
    static bool needsRehash(const QString &encoded);
    // Costs what verify() costs on a current hash and is always false: the store runs it for unknown user
    // names, so the time a sign-in takes does not reveal which names exist. The dummy hash is made once.
    static bool verifyDummy(const QString &password);
    // Argon2id checks run so far in this process (verify on Argon2id hashes and verifyDummy): lets tests see
    // that a sign-in for an unknown name takes the same path as one for a known name, without timing it.
    static quint64 argon2Checks();
};

} // namespace handoff::store
