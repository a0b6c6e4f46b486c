#include "server/RouterServer.h"

#include "server/ClientConnection.h"
#include "server/ConversationHub.h"
#include "server/HttpConnection.h"
#include "server/Metrics.h"
#include "server/TokenBucket.h"

#include "server/WebSocketChannel.h"
#include "store/SecretToken.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>
#include <fcntl.h>

namespace handoff::server {

namespace {

const QString kDeskPath = QStringLiteral("/ws/desk");
const QString kVisitorPath = QStringLiteral("/ws/visitor");

} // namespace

RouterServer::RouterServer(store::Store &store, ConversationHub &hub, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hub(hub)
    , m_api(store, hub)
    , m_transcripts(hub)
    , m_attachments(store, hub)
{
    LoopBusy::watch(); // rate limits count the clients' pace, not the time this thread spends busy
    connect(&m_tcp, &QTcpServer::newConnection, this, &RouterServer::onNewTcpConnection);
}

RouterServer::~RouterServer() = default;

bool RouterServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tcp.listen(address, port))
        return true;
    *error = listenError(address, port, m_tcp.serverError(), m_tcp.errorString());
    return false;
}

std::unique_ptr<QTcpSocket> RouterServer::reservePort(const QHostAddress &address, quint16 port, QString *error)
{
    auto socket = std::make_unique<QTcpSocket>();
    // SO_REUSEADDR, as QTcpServer::listen() sets it: a router restarted on its port must not be refused for
    // the previous run's connections in TIME_WAIT. A socket listening on the port still makes bind() fail.
    if (socket->bind(address, port, QAbstractSocket::ReuseAddressHint))
        return socket;
    *error = listenError(address, port, socket->error(), socket->errorString());
    return nullptr;
}

QString RouterServer::listenError(
    const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error, const QString &errorString)
{
    const QString where = QStringLiteral("%1:%2")
                              .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                       ? QStringLiteral("[%1]").arg(address.toString())
                                       : address.toString())
                              .arg(port);
    QString why;
    switch (error) {
    case QAbstractSocket::AddressInUseError: why = tr("address already in use"); break;
    case QAbstractSocket::SocketAccessError: why = tr("permission denied"); break;
    case QAbstractSocket::SocketAddressNotAvailableError: why = tr("address not available on this machine"); break;
    default: why = errorString; break;
    }
    return tr("cannot listen on %1: %2").arg(where, why);
}

bool RouterServer::isWebSocketPath(const QString &path) const
{
    return path == kDeskPath || path == kVisitorPath;
}

void RouterServer::onNewTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        const QString address = socket->peerAddress().toString();
        int &open = (*m_connectionsPerAddress)[address];
        if (open >= m_limits.maxConnectionsPerAddress) {
            // One address holding this many sockets is not an office of desks: refuse before any work.
            socket->abort();
            socket->deleteLater();
            if (open == 0)
                m_connectionsPerAddress->remove(address);
            continue;
        }
        ++open;
        std::shared_ptr<void> slot(nullptr, [counts = m_connectionsPerAddress, address](void *) {
            const auto it = counts->find(address);
            if (it != counts->end() && --it.value() <= 0)
                counts->erase(it);
        });
        // No Nagle: chat frames are small and must leave at once, not wait for the peer's delayed ACK
        // (that wait alone put the 99th percentile near 40 ms).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
            // The handshake runs on the event loop like any read; HttpConnection's request timeout covers it
            // (a peer that never finishes it is dropped). A failed one (plain HTTP on this port, a client that
            // does not trust the certificate) just closes the socket.
            connect(tls, &QAbstractSocket::errorOccurred, tls, [tls] {
                if (!tls->isEncrypted())
                    tls->abort();
            });
            tls->startServerEncryption();
        }
        new HttpConnection(socket, this, std::move(slot));
    }
}

void RouterServer::whenDurable(std::function<void()> fn)
{
    m_hub.whenDurable(std::move(fn));
}

void RouterServer::upgrade(QTcpSocket *socket, const QString &path, const QByteArray &switching,
                           std::shared_ptr<void> addressSlot)
{
    const auto endpoint = path == kDeskPath ? ClientConnection::Endpoint::Desk : ClientConnection::Endpoint::Visitor;
    const QHostAddress peer = socket->peerAddress();
    const quint16 peerPort = socket->peerPort();
    WebSocketChannel *channel = nullptr;
    // A plain connection with nothing left to write carries on as its bare descriptor: QTcpSocket's buffers,
    // notifiers and engine are about 6 KiB of every idle socket. TLS needs the QSslSocket.
    if (!qobject_cast<QSslSocket *>(socket) && socket->bytesToWrite() == 0) {
        const int descriptor = ::fcntl(static_cast<int>(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
        if (descriptor >= 0) {
            const QByteArray early = socket->readAll(); // frames sent right behind the upgrade request
            socket->abort(); // closes Qt's descriptor only; the connection lives on in ours
            socket->deleteLater();
            channel = new WebSocketChannel(descriptor, switching, early, ClientConnection::kMaxReadBytes);
        }
    }
    if (!channel) {
        socket->write(switching);
        channel = new WebSocketChannel(socket, ClientConnection::kMaxReadBytes);
    }
    new ClientConnection(channel, endpoint, &m_hub, peer, peerPort, std::move(addressSlot), this);
}

bool RouterServer::originAllowed(const HttpRequest &request) const
{
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty())
        return true;
    const QString o = QString::fromLatin1(origin).toLower();
    const QString host = QString::fromLatin1(request.header("host")).toLower();
    if (o == QStringLiteral("http://") + host || o == QStringLiteral("https://") + host)
        return true;
    for (const QString &allowed : m_limits.allowedOrigins)
        if (o == allowed.toLower())
            return true;
    return false;
}

HttpResponse RouterServer::handle(const HttpRequest &request)
{
    if (m_api.handles(request.path)) {
        // Browsers may call the API only from the allowed sites; the answer names the origin it allows.
        const QByteArray origin = request.header("origin");
        if (!originAllowed(request))
            return HttpResponse::error(403, QStringLiteral("forbidden"), tr("Pages of %1 may not call this API.")
                                                                            .arg(QString::fromLatin1(origin)));
        HttpResponse response;
        if (request.method == "OPTIONS") {
            response.status = 204; // a browser's preflight: the headers below are the answer
            response.contentType.clear();
        } else {
            response = m_api.handle(request);
        }
        if (!origin.isEmpty()) {
            response.addHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
            if (request.method == "OPTIONS") {
                response.addHeader("Access-Control-Allow-Methods", "GET, POST");
                response.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
                response.addHeader("Access-Control-Max-Age", "600");
            }
        }
        return response;
    }
    if (request.path == QLatin1String("/metrics"))
        return metrics(request);
    if (request.path == QLatin1String("/readyz"))
        return readiness();
    if (request.path == QLatin1String("/healthz")) {
        if (request.method != "GET" && request.method != "HEAD")
            return HttpResponse::error(405, QStringLiteral("invalid"), tr("Use GET."));
        return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                        {QStringLiteral("openConversations"), m_hub.openConversationCount()}});
    }
    if (isWebSocketPath(request.path))
        return HttpResponse::error(426, QStringLiteral("invalid"), tr("This address speaks WebSocket only."));
    if (request.method == "GET" || request.method == "HEAD") {
        if (auto page = m_assets.respond(request))
            return *page;
    }
    return HttpResponse::error(404, QStringLiteral("not_found"), tr("Nothing is at %1.").arg(request.path));
}

bool RouterServer::answersLater(const HttpRequest &request) const
{
    return m_transcripts.handles(request.path) || m_attachments.handlesDownload(request.path);
}

void RouterServer::answerLater(const HttpRequest &request, AttachmentService::Send send)
{
    if (m_attachments.handlesDownload(request.path)) {
        if (!originAllowed(request)) {
            send(HttpResponse::error(403, QStringLiteral("forbidden"),
                tr("Pages of %1 may not fetch files here.").arg(QString::fromLatin1(request.header("origin")))));
            return;
        }
        m_attachments.download(request, std::move(send));
        return;
    }
    // The web page fetches a transcript with the visitor's token: same origin, or an allowed site's page.
    if (!originAllowed(request)) {
        send(HttpResponse::error(403, QStringLiteral("forbidden"),
            tr("Pages of %1 may not call this API.").arg(QString::fromLatin1(request.header("origin")))));
        return;
    }
    m_transcripts.handle(request, std::move(send));
}

void RouterServer::upload(QTcpSocket *socket, const HttpRequest &head, AttachmentService::Send send)
{
    if (!originAllowed(head)) {
        HttpResponse refusal = HttpResponse::error(403, QStringLiteral("forbidden"),
            tr("Pages of %1 may not send files here.").arg(QString::fromLatin1(head.header("origin"))));
        refusal.closeConnection = true;
        send(refusal);
        return;
    }
    m_attachments.upload(socket, head, std::move(send));
}

HttpResponse RouterServer::metrics(const HttpRequest &request) const
{
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::error(405, QStringLiteral("invalid"), tr("Use GET."));
    if (!m_limits.metricsToken.isEmpty()) {
        const QByteArray expected = "Bearer " + m_limits.metricsToken.toUtf8();
        if (!store::SecretToken::equalConstantTime(request.header("authorization").trimmed(), expected))
            return HttpResponse::error(401, QStringLiteral("unauthenticated"), tr("/metrics needs the metrics token."));
    }
    HttpResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
    response.body = Metrics::instance().render(m_hub);
    return response;
}

HttpResponse RouterServer::readiness()
{
    // Ready: the store answers and its schema is in place. A load balancer may ask often; the store is
    // asked at most once a second, so the answer costs the event loop nothing however often it comes.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_readyCheckedAtMs < 0 || now - m_readyCheckedAtMs >= 1000) {
        m_readyCheckedAtMs = now;
        m_ready = m_store.schemaVersion() > 0;
    }
    if (!m_ready)
        return HttpResponse::json(503, {{QStringLiteral("status"), QStringLiteral("unavailable")},
                                        {QStringLiteral("reason"), tr("The database does not answer.")}});
    return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ready")}});
}

} // namespace handoff::server
