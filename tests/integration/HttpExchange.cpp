#include "HttpExchange.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

namespace handoff::test {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n == name)
            return v;
    return {};
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpAnswer::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpAnswer::errorMessage() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

HttpAnswer exchange(quint16 port, const QByteArray &head, const QByteArray &body, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(head);
    qsizetype sent = 0;
    QByteArray received;
    HttpAnswer answer;
    qsizetype headEnd = -1;
    qint64 length = -1;
    waitUntil([&] {
        while (sent < body.size() && socket.bytesToWrite() < 256 * 1024 && headEnd < 0) {
            const qsizetype n = std::min<qsizetype>(64 * 1024, body.size() - sent);
            socket.write(body.constData() + sent, n);
            sent += n;
        }
        received += socket.readAll();
        if (headEnd < 0) {
            headEnd = received.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return false;
            const QList<QByteArray> lines = received.first(headEnd).split('\n');
            answer.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                answer.headers.append({line.first(colon).toLower(), line.mid(colon + 1).trimmed()});
            }
            length = answer.header("content-length").toLongLong();
        }
        return received.size() - headEnd - 4 >= length;
    }, timeoutMs);
    if (headEnd >= 0)
        answer.body = received.mid(headEnd + 4, length);
    return answer;
}

QByteArray uploadHead(const QString &token, const QString &conversationId, const QString &name, qint64 length)
{
    return "POST /api/v1/attachments?conversationId=" + QUrl::toPercentEncoding(conversationId)
        + "&name=" + QUrl::toPercentEncoding(name) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
}

HttpAnswer upload(quint16 port, const QString &token, const QString &conversationId, const QString &name,
                  const QByteArray &body)
{
    return exchange(port, uploadHead(token, conversationId, name, body.size()), body);
}

HttpAnswer download(quint16 port, const QString &token, const QString &attachmentId)
{
    QByteArray head = "GET /api/v1/attachments/" + attachmentId.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    return exchange(port, head + "\r\n");
}

QString attachmentIdOf(const HttpAnswer &a)
{
    return a.json().value(QStringLiteral("attachment")).toObject().value(QStringLiteral("id")).toString();
}

} // namespace handoff::test
