#include "ScriptedRouter.h"

#include "protocol/FrameCodec.h"

#include <QHostAddress>

namespace handoff::test {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::FrameCodec;

ScriptedRouter::ScriptedRouter()
    : m_server(QStringLiteral("scripted-router"), QWebSocketServer::NonSecureMode)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *s = m_server.nextPendingConnection()) {
            ++connections;
            m_clients << s;
            connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString &t) { onText(s, t); });
            connect(s, &QWebSocket::disconnected, this, [this, s] {
                m_clients.removeAll(s);
                s->deleteLater();
            });
        }
    });
}

ScriptedRouter::~ScriptedRouter()
{
    dropClients();
}

QString ScriptedRouter::address() const
{
    return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort());
}

QList<Envelope> ScriptedRouter::receivedOfType(const QString &type) const
{
    QList<Envelope> out;
    for (const Envelope &e : received)
        if (e.type == type)
            out << e;
    return out;
}

void ScriptedRouter::dropClients()
{
    const auto clients = m_clients;
    for (QWebSocket *s : clients)
        s->abort();
}

void ScriptedRouter::onText(QWebSocket *socket, const QString &text)
{
    auto decoded = FrameCodec::decode(text);
    if (!std::holds_alternative<Envelope>(decoded))
        return;
    const Envelope e = std::get<Envelope>(decoded);
    received << e;
    auto reply = [socket](const Envelope &r) { socket->sendTextMessage(QString::fromUtf8(FrameCodec::encode(r))); };
    if (e.type == QLatin1String("hello")) {
        if (refuseVersion)
            reply(
                Envelope::error(e.id, ErrorCode::UnsupportedVersion, QStringLiteral("Only version 2 is spoken here.")));
        else
            reply(Envelope::ok(e.id, { { QStringLiteral("version"), helloVersion } }));
    } else if (e.type == QLatin1String("auth") && refuseAuths > 0) {
        --refuseAuths;
        reply(Envelope::error(e.id, ErrorCode::RateLimited, QStringLiteral("Too many sign-ins are under way.")));
    } else if (e.type == QLatin1String("auth")) {
        reply(Envelope::ok(e.id,
            { { QStringLiteral("token"), QStringLiteral("t0k3n") },
                { QStringLiteral("session"), QStringLiteral("s_%1").arg(connections) },
                { QStringLiteral("resumed"), false },
                { QStringLiteral("user"),
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("alice") },
                        { QStringLiteral("displayName"), QStringLiteral("Alice") },
                        { QStringLiteral("role"), QStringLiteral("agent") }, { QStringLiteral("capacity"), 3 } } } }));
    } else if (e.type == QLatin1String("message.send")) {
        if (!answerMessages)
            return;
        QJsonObject m { { QStringLiteral("id"),
                            QStringLiteral("m_") + e.data.value(QStringLiteral("clientId")).toString() },
            { QStringLiteral("clientId"), e.data.value(QStringLiteral("clientId")) },
            { QStringLiteral("conversationId"), e.data.value(QStringLiteral("conversationId")) },
            { QStringLiteral("author"), QStringLiteral("agent") },
            { QStringLiteral("authorId"), QStringLiteral("alice") },
            { QStringLiteral("authorName"), QStringLiteral("Alice") },
            { QStringLiteral("text"), e.data.value(QStringLiteral("text")) },
            { QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00.000Z") } };
        reply(Envelope::ok(e.id, { { QStringLiteral("message"), m } }));
    } else {
        reply(Envelope::ok(e.id));
    }
}

} // namespace handoff::test
