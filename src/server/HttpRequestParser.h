// A small, bounded HTTP/1.1 request parser: request line, headers (at most 16 KiB) and a
// Content-Length body (at most 256 KiB). It looks at a buffer without consuming it, so a WebSocket
// upgrade can be handed on with its bytes still unread in the socket. A request whose body is streamed
// (an attachment upload) ends at its head; its reader takes the body from the socket as it arrives.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace handoff::server {

struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent, e.g. "/api/v1/handoff?x=1"
    QString path;      // decoded path without the query
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    bool bodyStreamed = false; // the body is still in the socket: contentLength bytes of it
    qint64 contentLength = 0;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool keepAlive() const;
    bool isWebSocketUpgrade() const;
};

class HttpRequestParser
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 256 * 1024;
    static constexpr qint64 kMaxStreamedBodyBytes = qint64(1) << 40; // Content-Length saturates here

    enum class Status { Incomplete, Complete, Failed };
    struct Result {
        Status status = Status::Incomplete;
        HttpRequest request; // when Complete
        qsizetype consumed = 0; // bytes of the buffer this request used, when Complete
        int errorStatus = 0;    // when Failed: 400, 413, 431, 501, 505
        QString errorMessage;
    };

    // Parses the request at the start of buffer. When streamsBody says so for its head, the request is
    // complete without its body (bodyStreamed, contentLength; no 256 KiB limit, the caller sets its own).
    using StreamsBody = bool (*)(const HttpRequest &head);
    static Result parse(const QByteArray &buffer, StreamsBody streamsBody = nullptr);
};

} // namespace handoff::server
