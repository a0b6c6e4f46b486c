// A test's side of a router WebSocket, speaking the raw protocol through FrameCodec: send requests,
// wait for their answer, wait for events. Shared by the server and integration tests.
#pragma once

#include "protocol/Envelope.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWebSocket>
#include <functional>
#include <optional>

namespace handoff::test {

class ProtocolPeer
{
public:
    ProtocolPeer();
    bool open(const QString &url, int timeoutMs = 10000);
    bool isConnected() const;
    bool waitDisconnected(int timeoutMs = 10000);
    void close();

    QString send(const QString &type, const QJsonObject &data = {}); // returns the request id
    void sendText(const QString &text);
    // Waits for the answer to request `id`; an `error` frame of type "timeout" when none came.
    protocol::Envelope reply(const QString &id, int timeoutMs = 10000);
    protocol::Envelope call(const QString &type, const QJsonObject &data = {}, int timeoutMs = 10000);

    // Waits for the first event of `type` not taken yet that satisfies `pred`, and takes it.
    std::optional<protocol::Envelope> event(const QString &type,
                                            const std::function<bool(const protocol::Envelope &)> &pred = {},
                                            int timeoutMs = 10000);
    QList<protocol::Envelope> events() const { return m_events; } // every event received, in order
    QList<protocol::Envelope> replies() const { return m_replies; }
    QStringList rawFrames() const { return m_raw; } // every text frame received, as it came

    // Desk helpers.
    protocol::Envelope helloDesk();
    protocol::Envelope signIn(const QString &user, const QString &password);

private:
    QWebSocket m_socket;
    QList<protocol::Envelope> m_events;
    QList<bool> m_taken;
    QList<protocol::Envelope> m_replies;
    QStringList m_raw;
    int m_nextId = 1;
};

} // namespace handoff::test
