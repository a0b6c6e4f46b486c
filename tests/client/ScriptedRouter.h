// A loopback WebSocket endpoint that speaks just enough of the desk protocol (hello, auth, message.send)
// to observe exactly which frames the desk sends — e.g. that an unsent line is resent once per
// connection, which the real router's deduplication would hide. Behaviour tests against the real
// router live in DeskConnectionTest.
#pragma once

#include "protocol/Envelope.h"

#include <QList>
#include <QObject>
#include <QWebSocket>
#include <QWebSocketServer>

namespace handoff::test {

class ScriptedRouter : public QObject
{
    Q_OBJECT
public:
    ScriptedRouter();
    ~ScriptedRouter() override;

    QString address() const; // "ws://127.0.0.1:PORT"

    QString helloVersion = QStringLiteral("1.0");
    bool refuseVersion = false;
    bool answerMessages = true;
    int refuseAuths = 0; // the first N auth frames are answered rate_limited

    QList<protocol::Envelope> received; // every request, in order
    int connections = 0;
    QList<protocol::Envelope> receivedOfType(const QString &type) const;
    void dropClients(); // closes every client socket, as a router crash would

private:
    void onText(QWebSocket *socket, const QString &text);

    QWebSocketServer m_server;
    QList<QWebSocket *> m_clients;
};

} // namespace handoff::test
