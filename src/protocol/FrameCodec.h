// The single place where raw WebSocket text becomes an Envelope and back. Nothing else parses frames.
#pragma once

#include "protocol/Envelope.h"

#include <QByteArray>
#include <variant>

namespace handoff::protocol {

struct DecodeError {
    ErrorCode code;  // TooLarge or Invalid
    QString message; // a sentence for a human
    QString requestId; // the offending frame's id when it could be read, so the error can answer it
};

class FrameCodec
{
public:
    static QByteArray encode(const Envelope &e);
    // `data` as compact JSON, for Envelope::encodedData.
    static QByteArray encodeData(const QJsonObject &data);
    // Appends `text` as a JSON string literal (quoted and escaped) to `out`.
    static void appendJsonString(QByteArray &out, QStringView text);
    // Validates size, JSON syntax, the envelope's fields and their types.
    static std::variant<Envelope, DecodeError> decode(const QByteArray &utf8);
    static std::variant<Envelope, DecodeError> decode(const QString &text);
};

} // namespace handoff::protocol
