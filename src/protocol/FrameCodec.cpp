#include "protocol/FrameCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace handoff::protocol {

QByteArray FrameCodec::encode(const Envelope &e)
{
    QJsonObject o{{QStringLiteral("type"), e.type}};
    if (!e.id.isEmpty())
        o.insert(QStringLiteral("id"), e.id);
    if (!e.re.isEmpty())
        o.insert(QStringLiteral("re"), e.re);
    if (e.seq >= 0)
        o.insert(QStringLiteral("seq"), e.seq);
    o.insert(QStringLiteral("data"), e.data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::variant<Envelope, DecodeError> FrameCodec::decode(const QString &text)
{
    return decode(text.toUtf8());
}

std::variant<Envelope, DecodeError> FrameCodec::decode(const QByteArray &utf8)
{
    auto fail = [](ErrorCode c, const QString &m, const QString &id = {}) {
        return std::variant<Envelope, DecodeError>(DecodeError{c, m, id});
    };
    if (utf8.size() > kMaxFrameBytes)
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("FrameCodec", "Frame of %1 bytes is larger than the limit of %2 bytes.")
                        .arg(utf8.size())
                        .arg(kMaxFrameBytes));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &perr);
    if (perr.error != QJsonParseError::NoError)
        return fail(ErrorCode::Invalid, QCoreApplication::translate("FrameCodec", "Frame is not valid JSON: %1 at offset %2.")
                                            .arg(perr.errorString())
                                            .arg(perr.offset));
    if (!doc.isObject())
        return fail(ErrorCode::Invalid, QCoreApplication::translate("FrameCodec", "Frame must be a JSON object."));
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(QStringLiteral("id"));
    QString idText;
    if (!id.isUndefined()) {
        if (!id.isString() || id.toString().size() > kMaxIdChars)
            return fail(ErrorCode::Invalid,
                        QCoreApplication::translate("FrameCodec", "Field \"id\" must be a string of at most %1 characters.")
                            .arg(kMaxIdChars));
        idText = id.toString();
    }
    const QJsonValue type = o.value(QStringLiteral("type"));
    if (!type.isString() || type.toString().isEmpty() || type.toString().size() > 64)
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("FrameCodec", "Field \"type\" is missing or not a short string."), idText);
    const QJsonValue re = o.value(QStringLiteral("re"));
    if (!re.isUndefined() && !re.isString())
        return fail(ErrorCode::Invalid, QCoreApplication::translate("FrameCodec", "Field \"re\" must be a string."), idText);
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    // A JSON number may be far outside qint64 (1e300): only whole numbers JavaScript can hold exactly (±2^53)
    // are sequence numbers; casting anything larger to qint64 would be undefined behaviour.
    constexpr double kMaxSeq = 9007199254740992.0; // 2^53
    if (!seq.isUndefined()
        && (!seq.isDouble() || !(std::abs(seq.toDouble()) <= kMaxSeq) || std::trunc(seq.toDouble()) != seq.toDouble()))
        return fail(ErrorCode::Invalid,
                    QCoreApplication::translate("FrameCodec", "Field \"seq\" must be a whole number."),
                    idText);
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isObject())
        return fail(ErrorCode::Invalid, QCoreApplication::translate("FrameCodec", "Field \"data\" must be an object."), idText);

    Envelope e;
    e.type = type.toString();
    e.id = idText;
    e.re = re.toString();
    e.seq = seq.isDouble() ? static_cast<qint64>(seq.toDouble()) : -1;
    e.data = data.toObject();
    return e;
}

} // namespace handoff::protocol
