// The one frame shape used on every WebSocket: {"type", "id"?, "re"?, "seq"?, "data"}.
// See docs/protocol.md for every type and an example of each.
#pragma once

#include "protocol/ErrorCode.h"

#include <QJsonObject>
#include <QString>

namespace handoff::protocol {

// Protocol version spoken by this build. A peer with another major version is refused.
inline constexpr int kProtocolMajor = 1;
inline constexpr int kProtocolMinor = 0;
QString protocolVersion(); // "1.0"

// Bounds enforced by both sides.
inline constexpr int kMaxFrameBytes = 64 * 1024;     // a whole text frame, UTF-8
inline constexpr int kMaxMessageChars = 4000;        // one chat message's text
inline constexpr int kMaxIdChars = 128;              // ids made by clients
inline constexpr int kMaxSurveyCommentChars = 1000;  // the visitor's comment in the post-chat survey

struct Envelope {
    QString type;     // e.g. "message.send"
    QString id;       // request id made by the sender of a request; empty for events
    QString re;       // on replies: the id of the request answered
    qint64 seq = -1;  // on server events for a desk: per-session sequence number, else -1
    QJsonObject data; // payload, shape depends on type
    // When not empty: the payload already encoded as a compact JSON object, sent instead of `data` (one
    // event for many recipients is encoded once; see FrameCodec::encodeData).
    QByteArray encodedData;

    static Envelope request(const QString &type, const QString &id, const QJsonObject &data = {});
    static Envelope event(const QString &type, const QJsonObject &data = {});
    static Envelope ok(const QString &re, const QJsonObject &data = {});
    static Envelope error(const QString &re, ErrorCode code, const QString &message);

    bool isError() const { return type == QLatin1String("error"); }
    ErrorCode errorCode() const; // for error frames; Invalid when unknown
    QString errorMessage() const;
};

} // namespace handoff::protocol
