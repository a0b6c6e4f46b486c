#include "store/SecretToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace handoff::store {

QByteArray SecretToken::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QString SecretToken::generate(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toHex());
}

QString SecretToken::hash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString SecretToken::newId(const QString &prefix)
{
    return prefix + generate(12);
}

bool SecretToken::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace handoff::store
