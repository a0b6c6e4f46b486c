#include "ProtocolPeer.h"

#include "TestSupport.h"
#include "protocol/FrameCodec.h"

namespace handoff::test {

using protocol::Envelope;

ProtocolPeer::ProtocolPeer()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_raw.append(text);
        auto decoded = protocol::FrameCodec::decode(text);
        if (!std::holds_alternative<Envelope>(decoded))
            return;
        const Envelope e = std::get<Envelope>(decoded);
        if (e.type == QLatin1String("ok") || e.type == QLatin1String("error")) {
            m_replies.append(e);
        } else {
            m_events.append(e);
            m_taken.append(false);
        }
    });
}

bool ProtocolPeer::open(const QString &url, int timeoutMs)
{
    m_socket.open(QUrl(url));
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

bool ProtocolPeer::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool ProtocolPeer::waitDisconnected(int timeoutMs)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

void ProtocolPeer::close()
{
    m_socket.close();
    waitDisconnected(5000);
}

QString ProtocolPeer::send(const QString &type, const QJsonObject &data)
{
    const QString id = QStringLiteral("t%1").arg(m_nextId++);
    m_socket.sendTextMessage(QString::fromUtf8(protocol::FrameCodec::encode(Envelope::request(type, id, data))));
    return id;
}

void ProtocolPeer::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

Envelope ProtocolPeer::reply(const QString &id, int timeoutMs)
{
    std::optional<Envelope> found;
    waitUntil(
        [&] {
            for (const Envelope &e : std::as_const(m_replies))
                if (e.re == id) {
                    found = e;
                    return true;
                }
            return false;
        },
        timeoutMs);
    if (found)
        return *found;
    Envelope timeout;
    timeout.type = QStringLiteral("timeout");
    return timeout;
}

Envelope ProtocolPeer::call(const QString &type, const QJsonObject &data, int timeoutMs)
{
    return reply(send(type, data), timeoutMs);
}

std::optional<Envelope> ProtocolPeer::event(const QString &type, const std::function<bool(const Envelope &)> &pred,
                                            int timeoutMs)
{
    std::optional<Envelope> found;
    waitUntil(
        [&] {
            for (qsizetype i = 0; i < m_events.size(); ++i) {
                if (m_taken[i] || m_events[i].type != type || (pred && !pred(m_events[i])))
                    continue;
                m_taken[i] = true;
                found = m_events[i];
                return true;
            }
            return false;
        },
        timeoutMs);
    return found;
}

Envelope ProtocolPeer::helloDesk()
{
    return call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                          {QStringLiteral("client"), QStringLiteral("handoff-tests")}});
}

Envelope ProtocolPeer::signIn(const QString &user, const QString &password)
{
    return call(QStringLiteral("auth"), {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

} // namespace handoff::test
