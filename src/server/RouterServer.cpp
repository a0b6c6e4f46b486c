#include "server/RouterServer.h"

#include "server/ClientConnection.h"
#include "server/ConversationHub.h"
#include "server/HttpConnection.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QWebSocket>

namespace handoff::server {

namespace {

const QString kDeskPath = QStringLiteral("/ws/desk");
const QString kVisitorPath = QStringLiteral("/ws/visitor");

} // namespace

RouterServer::RouterServer(store::Store &store, ConversationHub &hub, QObject *parent)
    : RouterServer(store, hub, std::make_unique<QTcpServer>(), parent)
{
}

RouterServer::RouterServer(
    store::Store &store, ConversationHub &hub, std::unique_ptr<QTcpServer> listener, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_tcp(std::move(listener))
    , m_webSockets(QStringLiteral("handoff-router"), QWebSocketServer::NonSecureMode)
    , m_api(store, hub)
{
    m_webSockets.setHandshakeTimeout(10000);
    connect(m_tcp.get(), &QTcpServer::newConnection, this, &RouterServer::onNewTcpConnection);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &RouterServer::onNewWebSocket);
}

RouterServer::~RouterServer() = default;

std::unique_ptr<QTcpServer> RouterServer::openListener(const QHostAddress &address, quint16 port, QString *error)
{
    auto tcp = std::make_unique<QTcpServer>();
    if (tcp->listen(address, port))
        return tcp;
    const QString where = QStringLiteral("%1:%2")
                              .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                       ? QStringLiteral("[%1]").arg(address.toString())
                                       : address.toString())
                              .arg(port);
    QString why;
    switch (tcp->serverError()) {
    case QAbstractSocket::AddressInUseError: why = tr("address already in use"); break;
    case QAbstractSocket::SocketAccessError: why = tr("permission denied"); break;
    case QAbstractSocket::SocketAddressNotAvailableError: why = tr("address not available on this machine"); break;
    default: why = tcp->errorString(); break;
    }
    *error = tr("cannot listen on %1: %2").arg(where, why);
    return nullptr;
}

bool RouterServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto fresh = openListener(address, port, error);
    if (!fresh)
        return false;
    m_tcp->close();
    m_tcp = std::move(fresh);
    connect(m_tcp.get(), &QTcpServer::newConnection, this, &RouterServer::onNewTcpConnection);
    return true;
}

bool RouterServer::isWebSocketPath(const QString &path) const
{
    return path == kDeskPath || path == kVisitorPath;
}

void RouterServer::onNewTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection())
        new HttpConnection(socket, this);
}

void RouterServer::upgrade(QTcpSocket *socket)
{
    m_webSockets.handleConnection(socket);
}

void RouterServer::onNewWebSocket()
{
    while (QWebSocket *socket = m_webSockets.nextPendingConnection()) {
        const QString path = socket->requestUrl().path();
        const auto endpoint = path == kDeskPath ? ClientConnection::Endpoint::Desk : ClientConnection::Endpoint::Visitor;
        new ClientConnection(socket, endpoint, &m_hub, this);
    }
}

HttpResponse RouterServer::handle(const HttpRequest &request)
{
    if (request.path == QLatin1String("/healthz")) {
        if (request.method != "GET" && request.method != "HEAD")
            return HttpResponse::error(405, QStringLiteral("invalid"), tr("Use GET."));
        return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                        {QStringLiteral("openConversations"), m_hub.openConversationCount()}});
    }
    if (m_api.handles(request.path))
        return m_api.handle(request);
    if (isWebSocketPath(request.path))
        return HttpResponse::error(426, QStringLiteral("invalid"), tr("This address speaks WebSocket only."));
    if (request.method == "GET" || request.method == "HEAD") {
        if (auto page = m_assets.respond(request))
            return *page;
    }
    return HttpResponse::error(404, QStringLiteral("not_found"), tr("Nothing is at %1.").arg(request.path));
}

} // namespace handoff::server
