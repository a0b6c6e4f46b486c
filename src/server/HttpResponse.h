// An HTTP/1.1 response as bytes: status line, headers (with Content-Length and the security headers
// every answer carries), body.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace handoff::server {

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A body sent from a file a piece at a time (HttpConnection), instead of `body`: large files never sit
    // whole in memory. bodyFileSize is its length, as the Content-Length says.
    QString bodyFile;
    qint64 bodyFileSize = 0;
    bool closeConnection = false;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    static HttpResponse json(int status, const QJsonObject &body);
    // {"error": {"code": "...", "message": "..."}} with the stable error codes of the protocol.
    static HttpResponse error(int status, const QString &code, const QString &message);
    QByteArray serialise(bool headOnly = false) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace handoff::server
