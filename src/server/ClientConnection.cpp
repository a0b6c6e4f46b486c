#include "server/ClientConnection.h"

#include "protocol/FrameCodec.h"
#include "server/ConversationHub.h"

#include "server/Metrics.h"
#include "server/WebSocketChannel.h"

#include <QAbstractEventDispatcher>
#include <QBasicTimer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QTimer>

namespace handoff::server {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::FrameCodec;

namespace {
constexpr double kFramesPerSecond = 20.0;
constexpr double kBurstFrames = 40.0;
constexpr int kRefusalsBeforeClose = 100;
constexpr int kHelloSweepMs = 250;

// Connections that have not said hello yet, and when they must have: one timer for all of them rather
// than one per socket (an idle socket should cost as little as possible).
class HelloDeadlines : public QObject
{
public:
    static HelloDeadlines &instance()
    {
        if (!t_instance) // owned by the thread's event dispatcher, so it goes with the thread
            t_instance = new HelloDeadlines(QAbstractEventDispatcher::instance(QThread::currentThread()));
        return *t_instance;
    }
    static void forgetIfAny(ClientConnection *c)
    {
        if (t_instance)
            t_instance->m_due.remove(c);
    }
    void expect(ClientConnection *c, int seconds)
    {
        m_due.insert(c, m_clock.elapsed() + qint64(seconds) * 1000);
        if (!m_timer.isActive())
            m_timer.start(kHelloSweepMs, this);
    }

protected:
    void timerEvent(QTimerEvent *) override
    {
        const qint64 now = m_clock.elapsed();
        QList<ClientConnection *> late;
        for (auto it = m_due.begin(); it != m_due.end();) {
            if (it.key()->helloDone) {
                it = m_due.erase(it);
            } else if (it.value() <= now) {
                late.append(it.key());
                it = m_due.erase(it);
            } else {
                ++it;
            }
        }
        if (m_due.isEmpty())
            m_timer.stop();
        for (ClientConnection *c : late)
            c->close(WebSocketChannel::PolicyViolated,
                     QCoreApplication::translate("ClientConnection", "no hello in time"));
    }

private:
    explicit HelloDeadlines(QObject *parent)
        : QObject(parent)
    {
        m_clock.start();
    }
    static thread_local QPointer<HelloDeadlines> t_instance;
    QHash<ClientConnection *, qint64> m_due;
    QBasicTimer m_timer;
    QElapsedTimer m_clock;
};

thread_local QPointer<HelloDeadlines> HelloDeadlines::t_instance;

} // namespace

ClientConnection::ClientConnection(WebSocketChannel *socket, Endpoint endpoint, ConversationHub *hub,
                                   const QHostAddress &peer, quint16 peerPort, std::shared_ptr<void> addressSlot,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_endpoint(endpoint)
    , m_hub(hub)
    , m_bucket(kFramesPerSecond, kBurstFrames)
    , m_peer(QStringLiteral("%1:%2").arg(peer.toString()).arg(peerPort))
    , m_peerAddress(peer.toString())
    , m_addressSlot(std::move(addressSlot))
{
    m_socket->setParent(this);
    connect(m_socket, &WebSocketChannel::textMessage, this, &ClientConnection::onText);
    connect(m_socket, &WebSocketChannel::binaryMessage, this, &ClientConnection::onBinary);
    connect(m_socket, &WebSocketChannel::disconnected, this, &ClientConnection::onDisconnected);
    ++Metrics::instance().connections[m_endpoint == Endpoint::Desk ? Metrics::Desk : Metrics::VisitorEndpoint];
    // A socket that never says hello holds memory for nothing: it has a few seconds to start.
    if (hub)
        HelloDeadlines::instance().expect(this, hub->limits().helloTimeoutSeconds);
}

ClientConnection::~ClientConnection()
{
    --Metrics::instance().connections[m_endpoint == Endpoint::Desk ? Metrics::Desk : Metrics::VisitorEndpoint];
    HelloDeadlines::forgetIfAny(this);
}

bool ClientConnection::isOpen() const
{
    return !m_closing && m_socket->isOpen();
}

void ClientConnection::send(const Envelope &e)
{
    if (!isOpen())
        return;
    QByteArray frame = FrameCodec::encode(e); // UTF-8, as it goes on the wire
    if (!m_hub) {
        write(frame);
        return;
    }
    m_hub->whenDurable([self = QPointer<ClientConnection>(this), frame = std::move(frame)] {
        if (self)
            self->write(frame);
    });
}

void ClientConnection::write(const QByteArray &frame)
{
    if (!m_socket->isOpen())
        return;
    if (m_socket->bytesToWrite() > kMaxUnsentBytes) {
        // It does not read what it is sent: dropping it keeps its backlog from growing without bound. A
        // desk reconnects and resumes from its session's buffer; a visitor's page reconnects with its token.
        if (!m_closing) {
            m_closing = true;
            m_socket->close(WebSocketChannel::PolicyViolated,
                            QCoreApplication::translate("ClientConnection", "too far behind"));
        }
        return;
    }
    m_socket->sendText(frame);
}

void ClientConnection::sendOk(const QString &re, const QJsonObject &data)
{
    send(Envelope::ok(re, data));
}

void ClientConnection::sendOkEncoded(const QString &re, const QByteArray &encodedData)
{
    Envelope e = Envelope::ok(re);
    e.encodedData = encodedData;
    send(e);
}

void ClientConnection::sendError(const QString &re, ErrorCode code, const QString &message)
{
    send(Envelope::error(re, code, message));
}

void ClientConnection::close(quint16 code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true; // nothing new is sent; what was sent before still leaves, then the close frame
    auto closeNow = [self = QPointer<ClientConnection>(this), code, reason] {
        if (self)
            self->m_socket->close(code, reason);
    };
    if (m_hub)
        m_hub->whenDurable(closeNow);
    else
        closeNow();
}

void ClientConnection::onText(const QByteArray &utf8)
{
    if (m_closing)
        return;
    auto decoded = FrameCodec::decode(utf8);
    if (auto *bad = std::get_if<protocol::DecodeError>(&decoded)) {
        if (!m_bucket.take()) {
            ++Metrics::instance().rateLimitedFrames;
            return; // a flood of garbage gets no answers
        }
        sendError(bad->requestId, bad->code, bad->message);
        return;
    }
    const Envelope e = std::get<Envelope>(std::move(decoded));
    if (!m_bucket.take()) {
        ++Metrics::instance().rateLimitedFrames;
        // Each refusal is answered, but a peer that keeps sending into a full limit costs every other
        // client time: past a second burst of refusals in a row it is disconnected.
        if (++m_refusedInARow > kRefusalsBeforeClose) {
            close(WebSocketChannel::PolicyViolated,
                  QCoreApplication::translate("ClientConnection", "too many frames"));
            return;
        }
        sendError(e.id, ErrorCode::RateLimited,
                  QCoreApplication::translate("ClientConnection", "Too many frames; slow down (20 per second)."));
        return;
    }
    m_refusedInARow = 0;
    if (m_holds > 0) {
        if (m_held.size() >= kMaxHeldFrames) {
            ++Metrics::instance().rateLimitedFrames;
            sendError(e.id, ErrorCode::RateLimited,
                      QCoreApplication::translate("ClientConnection", "Too many frames; slow down (20 per second)."));
            return;
        }
        m_held.append(e);
        return;
    }
    if (m_hub)
        m_hub->handleFrame(this, e);
}

void ClientConnection::hold()
{
    ++m_holds;
}

void ClientConnection::release()
{
    if (m_holds == 0 || --m_holds > 0)
        return;
    // A frame handed on may hold the connection again: the rest then wait for that.
    while (m_holds == 0 && !m_held.isEmpty() && !m_closing && m_hub)
        m_hub->handleFrame(this, m_held.takeFirst());
}

void ClientConnection::onBinary(const QByteArray &)
{
    if (!m_bucket.take())
        return;
    sendError(QString(), ErrorCode::Invalid,
              QCoreApplication::translate("ClientConnection", "Binary frames are not part of the protocol."));
}

void ClientConnection::onDisconnected()
{
    m_closing = true;
    if (m_hub)
        m_hub->connectionClosed(this);
    deleteLater();
}

} // namespace handoff::server
