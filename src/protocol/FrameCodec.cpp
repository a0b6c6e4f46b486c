#include "protocol/FrameCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace handoff::protocol {

QByteArray FrameCodec::encodeData(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

void FrameCodec::appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<uchar>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escape, 6);
        }
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

QByteArray FrameCodec::encode(const Envelope &e)
{
    // Written out directly rather than through a QJsonObject of the envelope: the envelope's fields are
    // few and fixed, and the payload may come encoded already (one encoding for many recipients).
    const QByteArray data = e.encodedData.isEmpty() ? encodeData(e.data) : e.encodedData;
    QByteArray out;
    out.reserve(data.size() + e.type.size() + e.id.size() + e.re.size() + 64);
    out.append("{\"type\":");
    appendJsonString(out, e.type);
    if (!e.id.isEmpty()) {
        out.append(",\"id\":");
        appendJsonString(out, e.id);
    }
    // Answers always carry `re`, empty when the request's id could not be read (docs/protocol.md).
    if (!e.re.isEmpty() || e.type == QLatin1String("ok") || e.type == QLatin1String("error")) {
        out.append(",\"re\":");
        appendJsonString(out, e.re);
    }
    if (e.seq >= 0) {
        out.append(",\"seq\":");
        out.append(QByteArray::number(e.seq));
    }
    out.append(",\"data\":");
    out.append(data);
    out.append('}');
    return out;
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
