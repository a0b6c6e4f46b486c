#include "store/PasswordHash.h"

#include "store/SecretToken.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QStringList>

namespace handoff::store {

namespace {

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
}

} // namespace

QString PasswordHash::create(const QString &password)
{
    const QByteArray salt = SecretToken::randomBytes(16);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(derive(password, salt, kIterations).toHex()));
}

bool PasswordHash::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts[3].toLatin1());
    return SecretToken::equalConstantTime(derive(password, salt, iterations), expected);
}

bool PasswordHash::isLongEnough(const QString &password)
{
    return password.toUcs4().size() >= kMinimumLength; // characters, not UTF-16 units
}

} // namespace handoff::store
