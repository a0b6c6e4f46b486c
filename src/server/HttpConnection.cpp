#include "server/HttpConnection.h"

#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"
#include "server/RouterServer.h"
#include "server/WebSocketChannel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

namespace handoff::server {

HttpConnection::HttpConnection(QTcpSocket *socket, RouterServer *server, std::shared_ptr<void> addressSlot)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_addressSlot(std::move(addressSlot))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    m_timer.start(kRequestTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    while (!m_done) {
        // Peek, do not read: an upgrade request must stay in the socket for the WebSocket server.
        const QByteArray buffer = m_socket->peek(HttpRequestParser::kMaxHeaderBytes + HttpRequestParser::kMaxBodyBytes + 4);
        if (buffer.isEmpty())
            return;
        if (!m_timer.isActive() || m_timer.interval() != kRequestTimeoutMs)
            m_timer.start(kRequestTimeoutMs);
        const HttpRequestParser::Result r = HttpRequestParser::parse(buffer);
        if (r.status == HttpRequestParser::Status::Incomplete)
            return;
        if (r.status == HttpRequestParser::Status::Failed) {
            HttpResponse response = HttpResponse::error(
                r.errorStatus, r.errorStatus == 413 ? QStringLiteral("too_large") : QStringLiteral("invalid"), r.errorMessage);
            response.closeConnection = true;
            m_socket->write(response.serialise());
            finish();
            return;
        }
        const HttpRequest &request = r.request;
        if (request.isWebSocketUpgrade() && request.path == QLatin1String("/ws/visitor") && !m_server->originAllowed(request)) {
            // A page of another site may not open visitor chats here (allowedOrigins in the configuration).
            HttpResponse response = HttpResponse::error(403, QStringLiteral("forbidden"),
                QCoreApplication::translate("HttpConnection", "Pages of %1 may not open chats here.")
                    .arg(QString::fromLatin1(request.header("origin"))));
            response.closeConnection = true;
            m_socket->write(response.serialise());
            finish();
            return;
        }
        if (request.isWebSocketUpgrade() && m_server->isWebSocketPath(request.path)) {
            int status = 0;
            QString why;
            const QByteArray switching = WebSocketChannel::handshakeResponse(request, &status, &why);
            if (switching.isEmpty()) {
                HttpResponse response = HttpResponse::error(status, QStringLiteral("invalid"), why);
                if (status == 426)
                    response.addHeader("Sec-WebSocket-Version", "13");
                response.closeConnection = true;
                m_socket->write(response.serialise());
                finish();
                return;
            }
            m_done = true;
            m_timer.stop();
            disconnect(m_socket, nullptr, this, nullptr);
            m_socket->read(r.consumed);
            m_server->upgrade(m_socket, request.path, switching, std::move(m_addressSlot)); // WebSocket from here
            deleteLater();
            return;
        }
        m_socket->read(r.consumed);
        ++m_requests;
        HttpResponse response = m_server->handle(request);
        if (!request.keepAlive() || m_requests >= kMaxRequestsPerConnection)
            response.closeConnection = true;
        // The answer leaves once every write decided before it is durable (a handoff is on disk before
        // its 201); answers on one connection keep their order.
        const QByteArray bytes = response.serialise(request.method == "HEAD");
        if (response.closeConnection) {
            m_done = true;
            m_timer.stop();
            disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
        }
        m_server->whenDurable([self = QPointer<HttpConnection>(this), bytes, close = response.closeConnection] {
            if (!self)
                return;
            self->m_socket->write(bytes);
            if (close)
                self->finish();
        });
        if (response.closeConnection)
            return;
        m_timer.start(m_server->limits().httpIdleSeconds * 1000);
    }
}

void HttpConnection::onTimeout()
{
    if (m_done)
        return;
    if (m_socket->bytesAvailable() > 0) {
        HttpResponse response = HttpResponse::error(
            408, QStringLiteral("invalid"), QCoreApplication::translate("HttpConnection", "The request took too long to arrive."));
        response.closeConnection = true;
        m_socket->write(response.serialise());
    }
    finish();
}

void HttpConnection::finish()
{
    m_done = true;
    m_timer.stop();
    disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket); tls && !tls->isEncrypted()) {
        tls->abort(); // the TLS handshake never finished: nothing to flush
        return;
    }
    m_socket->disconnectFromHost(); // waits for pending bytes to be written
}

} // namespace handoff::server
