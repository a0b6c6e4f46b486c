// One WebSocket of a desk or a visitor: frames in and out through FrameCodec, the per-connection rate
// limit, and the protocol version check of `hello`. What a frame means is decided by ConversationHub.
#pragma once

#include "protocol/DomainTypes.h"
#include "protocol/Envelope.h"
#include "server/TokenBucket.h"
#include "server/WebSocketChannel.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <memory>

namespace handoff::server {

class ConversationHub;
class DeskSession;

class ClientConnection : public QObject
{
    Q_OBJECT
public:
    enum class Endpoint { Desk, Visitor };

    // Frames above the protocol's limit are still read (up to this) so they can be refused with too_large.
    static constexpr qint64 kMaxReadBytes = 1024 * 1024;

    // `addressSlot` counts this connection against its address's limit for as long as it is held.
    ClientConnection(WebSocketChannel *channel, Endpoint endpoint, ConversationHub *hub, const QHostAddress &peer,
                     quint16 peerPort, std::shared_ptr<void> addressSlot, QObject *parent = nullptr);
    ~ClientConnection() override;

    Endpoint endpoint() const { return m_endpoint; }
    QString peer() const { return m_peer; }               // address:port, for logs
    QString peerAddress() const { return m_peerAddress; } // what per-address limits count

    // A frame leaves once every store write decided before it is durable (ConversationHub::whenDurable).
    // A peer that does not read gets at most kMaxUnsentBytes queued; then it is closed (desks resume).
    static constexpr qint64 kMaxUnsentBytes = 4 * 1024 * 1024;
    void send(const protocol::Envelope &e);
    void sendOk(const QString &re, const QJsonObject &data = {});
    void sendOkEncoded(const QString &re, const QByteArray &encodedData); // data from FrameCodec::encodeData
    void sendError(const QString &re, protocol::ErrorCode code, const QString &message);
    void close(quint16 code, const QString &reason); // code: WebSocketChannel::CloseCode
    bool isOpen() const;

    // While a request waits for a store read (off the event loop), the peer's later frames wait too, so its
    // answers keep the order of its requests. Holds nest; release() hands the waiting frames on, in order.
    // At most kMaxHeldFrames wait (the rate limit allows a burst of 40); more are refused as rate_limited.
    static constexpr int kMaxHeldFrames = 64;
    void hold();
    void release();

    // Set by the hub once the peer has said hello / signed in / opened its conversation.
    bool helloDone = false;
    bool signInPending = false;  // desks: an auth frame is being checked
    QString userName;            // desks: the signed-in user
    DeskSession *session = nullptr; // desks: the resumable session this socket carries
    QString conversationId;      // visitors: their conversation
    // Visitors whose chat has ended: the chat they may still rate (post-chat survey), its queue and agent.
    struct Ended {
        QString id, queueId, agentId;
        bool answered = false; // one survey answer per page: later ones are refused without a store write
    } ended;
    QString visitorLanguage;     // visitors: the translation they read (bot::VisitorLanguage::choose of their hello)
    QString visitorId;           // visitors: their browser's stable id, from hello (empty when none or malformed)
    std::optional<CustomerIdentity> customer; // visitors: verified from the ID token of their hello
    QJsonObject identityNote;    // visitors: what the hello answer says of their ID token

private:
    void onText(const QByteArray &utf8);
    void onBinary(const QByteArray &bytes);
    void onDisconnected();
    void write(const QByteArray &frame);

    WebSocketChannel *m_socket;
    Endpoint m_endpoint;
    QPointer<ConversationHub> m_hub;
    TokenBucket m_bucket;
    int m_refusedInARow = 0;
    QString m_peer;
    QString m_peerAddress;
    std::shared_ptr<void> m_addressSlot;
    bool m_closing = false;
    int m_holds = 0;
    QList<protocol::Envelope> m_held;
};

} // namespace handoff::server
