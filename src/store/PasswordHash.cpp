#include "store/PasswordHash.h"

#include "store/SecretToken.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <atomic>
#include <QStringList>
#include <sodium.h>

namespace handoff::store {

namespace {

constexpr QLatin1String kArgon2idPrefix("$argon2id$");
constexpr QLatin1String kPbkdf2Prefix("pbkdf2-sha256$");

// sodium_init() once for the process; function-local statics are initialised exactly once, thread-safely.
bool sodiumReady()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            qWarning("store: libsodium cannot be initialised; passwords cannot be hashed");
            return false;
        }
        return true;
    }();
    return ready;
}

QByteArray argon2id(const QByteArray &password)
{
    if (!sodiumReady())
        return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), static_cast<unsigned long long>(password.size()),
                              PasswordHash::kArgon2Passes, PasswordHash::kArgon2MemoryBytes,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QByteArray(out);
}

std::atomic<quint64> g_argon2Checks{0};

bool verifyArgon2id(const QByteArray &password, const QByteArray &encoded)
{
    if (!sodiumReady() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    g_argon2Checks.fetch_add(1, std::memory_order_relaxed);
    // encoded is NUL-terminated (QByteArray guarantees it).
    return crypto_pwhash_argon2id_str_verify(encoded.constData(), password.constData(),
                                             static_cast<unsigned long long>(password.size()))
        == 0;
}

bool verifyPbkdf2(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts[3].toLatin1());
    const QByteArray derived = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    return SecretToken::equalConstantTime(derived, expected);
}

} // namespace

QString PasswordHash::create(const QString &password)
{
    return QString::fromLatin1(argon2id(password.toUtf8()));
}

bool PasswordHash::verify(const QString &password, const QString &encoded)
{
    if (encoded.startsWith(kArgon2idPrefix))
        return verifyArgon2id(password.toUtf8(), encoded.toLatin1());
    if (encoded.startsWith(kPbkdf2Prefix))
        return verifyPbkdf2(password, encoded);
    return false;
}

bool PasswordHash::needsRehash(const QString &encoded)
{
    if (!encoded.startsWith(kArgon2idPrefix) || !sodiumReady())
        return true;
    const QByteArray bytes = encoded.toLatin1();
    // 0: current parameters; 1: other parameters; -1: not a valid Argon2id string.
    return crypto_pwhash_argon2id_str_needs_rehash(bytes.constData(), kArgon2Passes, kArgon2MemoryBytes) != 0;
}

bool PasswordHash::verifyDummy(const QString &password)
{
    // A hash of a random password nobody knows, with the current parameters, made on first use.
    static const QByteArray dummy = argon2id(SecretToken::randomBytes(32).toHex());
    verifyArgon2id(password.toUtf8(), dummy);
    return false;
}

quint64 PasswordHash::argon2Checks()
{
    return g_argon2Checks.load(std::memory_order_relaxed);
}

bool PasswordHash::isLongEnough(const QString &password)
{
    return password.toUcs4().size() >= kMinimumLength; // characters, not UTF-16 units
}

} // namespace handoff::store
