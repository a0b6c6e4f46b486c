// HTTP against the real router over a raw socket, for the integration tests: one exchange (the body sent a
// piece at a time, stopping when the router answers early), and the attachment endpoints' requests.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace handoff::test {

struct HttpAnswer {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const;
    QString errorMessage() const;
};

// One HTTP exchange. The body is written a piece at a time as the socket drains, and writing stops early when
// the router has answered (a refusal before the body).
HttpAnswer exchange(quint16 port, const QByteArray &head, const QByteArray &body = {}, int timeoutMs = 30000);

// POST /api/v1/attachments with the chat's token; GET /api/v1/attachments/ID with a token (none when empty).
QByteArray uploadHead(const QString &token, const QString &conversationId, const QString &name, qint64 length);
HttpAnswer upload(quint16 port, const QString &token, const QString &conversationId, const QString &name,
                  const QByteArray &body);
HttpAnswer download(quint16 port, const QString &token, const QString &attachmentId);
QString attachmentIdOf(const HttpAnswer &a);

} // namespace handoff::test
