// The router's one listening port: plain HTTP (web chat page, health, handoff API) and WebSocket
// upgrades for /ws/desk and /ws/visitor, carried on by WebSocketChannel.
#pragma once

#include "server/AttachmentService.h"
#include "server/HandoffApi.h"
#include "server/VisitorTranscripts.h"
#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"
#include "server/Limits.h"
#include "server/ServerTls.h"
#include "server/WebAssets.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <memory>

namespace handoff::store {
class Store;
}

namespace handoff::server {

class ConversationHub;

class RouterServer : public QObject
{
    Q_OBJECT
public:
    RouterServer(store::Store &store, ConversationHub &hub, QObject *parent = nullptr);
    ~RouterServer() override;

    // On failure *error is one line such as "cannot listen on 127.0.0.1:8080: address already in use".
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Binds address:port without listening, so the router learns at once that it cannot serve there (same
    // errors as listen()) before it touches the data directory, while connections are still refused until
    // listen() — a port that accepts keeps meaning a router that is ready. Drop the socket just before listen().
    static std::unique_ptr<QTcpSocket> reservePort(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_tcp.serverPort(); }

    // https and wss on the same port from listen() on; connections are encrypted before HttpConnection reads.
    void setTls(const QSslConfiguration &configuration) { m_tcp.setTls(configuration); }
    bool usesTls() const { return m_tcp.usesTls(); }
    void setEmbedOrigins(const QStringList &origins) { m_assets.setEmbedOrigins(origins); }
    void setLimits(const Limits &limits)
    {
        m_limits = limits;
        m_attachments.setLimits(limits.attachments);
    }
    const Limits &limits() const { return m_limits; }
    // The page's origin (the Origin header) may use the visitor endpoint and the API from a browser: none
    // (not a browser), the router's own (same scheme and Host), or one of allowedOrigins.
    bool originAllowed(const HttpRequest &request) const;
    bool isWebSocketPath(const QString &path) const;
    // The socket's upgrade request for `path` (/ws/desk or /ws/visitor) has been read and is to be answered
    // with `switching` (101); the connection speaks WebSocket from then on. `addressSlot` is its place in
    // the per-address count (HttpConnection's until now).
    void upgrade(QTcpSocket *socket, const QString &path, const QByteArray &switching, std::shared_ptr<void> addressSlot);
    HttpResponse handle(const HttpRequest &request);
    // Requests whose answer needs a store read (a transcript): answered through `send` once the read on the
    // reader's connection is done, the event loop going on meanwhile.
    bool answersLater(const HttpRequest &request) const;
    void answerLater(const HttpRequest &request, AttachmentService::Send send);
    // An attachment upload whose head has been read (HttpRequest::bodyStreamed): AttachmentService reads the
    // body from the socket; `send` writes the answer and closes the connection.
    void upload(QTcpSocket *socket, const HttpRequest &head, AttachmentService::Send send);
    void whenDurable(std::function<void()> fn); // see StoreWriter::whenDurable

private:
    static QString listenError(
        const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error, const QString &errorString);
    void onNewTcpConnection();

    HttpResponse metrics(const HttpRequest &request) const;
    HttpResponse readiness();

    store::Store &m_store;
    ConversationHub &m_hub;
    Limits m_limits;
    qint64 m_readyCheckedAtMs = -1; // /readyz asks the store at most once a second
    bool m_ready = false;
    // Open connections per address; each connection holds a slot that gives its place back when dropped.
    std::shared_ptr<QHash<QString, int>> m_connectionsPerAddress = std::make_shared<QHash<QString, int>>();
    AcceptingServer m_tcp;
    WebAssets m_assets;
    HandoffApi m_api;
    VisitorTranscripts m_transcripts;
    AttachmentService m_attachments;
};

} // namespace handoff::server
