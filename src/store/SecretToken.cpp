#include "store/SecretToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QVarLengthArray>

namespace handoff::store {

QByteArray SecretToken::randomBytes(int count)
{
    // One request to the system's generator for all of them (one getrandom() call), not one per byte: the
    // router makes an id for every message it stores.
    QVarLengthArray<quint32, 16> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), count);
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
