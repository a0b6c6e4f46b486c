#include "protocol/Envelope.h"

namespace handoff::protocol {

QString protocolVersion()
{
    return QStringLiteral("%1.%2").arg(kProtocolMajor).arg(kProtocolMinor);
}

Envelope Envelope::request(const QString &type, const QString &id, const QJsonObject &data)
{
    Envelope e;
    e.type = type;
    e.id = id;
    e.data = data;
    return e;
}

Envelope Envelope::event(const QString &type, const QJsonObject &data)
{
    Envelope e;
    e.type = type;
    e.data = data;
    return e;
}

Envelope Envelope::ok(const QString &re, const QJsonObject &data)
{
    Envelope e;
    e.type = QStringLiteral("ok");
    e.re = re;
    e.data = data;
    return e;
}

Envelope Envelope::error(const QString &re, ErrorCode code, const QString &message)
{
    Envelope e;
    e.type = QStringLiteral("error");
    e.re = re;
    e.data = QJsonObject{{QStringLiteral("code"), toString(code)}, {QStringLiteral("message"), message}};
    return e;
}

ErrorCode Envelope::errorCode() const
{
    return errorCodeFromString(data.value(QStringLiteral("code")).toString()).value_or(ErrorCode::Invalid);
}

QString Envelope::errorMessage() const
{
    return data.value(QStringLiteral("message")).toString();
}

} // namespace handoff::protocol
