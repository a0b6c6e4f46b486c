#include "server/HttpConnection.h"

#include "server/AttachmentService.h"
#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"
#include "server/RouterServer.h"
#include "server/WebSocketChannel.h"

#include <QCoreApplication>
#include <QFile>
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
    while (!m_done && !m_waiting) {
        // Peek, do not read: an upgrade request must stay in the socket for the WebSocket server.
        const QByteArray buffer = m_socket->peek(HttpRequestParser::kMaxHeaderBytes + HttpRequestParser::kMaxBodyBytes + 4);
        if (buffer.isEmpty())
            return;
        if (!m_timer.isActive() || m_timer.interval() != kRequestTimeoutMs)
            m_timer.start(kRequestTimeoutMs);
        const HttpRequestParser::Result r = HttpRequestParser::parse(buffer, &AttachmentService::isUpload);
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
        if (request.bodyStreamed) {
            // An upload: its body is read from the socket by AttachmentService; the connection ends with it.
            m_done = true;
            m_timer.stop();
            disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
            m_server->upload(m_socket, request, [self = QPointer<HttpConnection>(this)](const HttpResponse &answer) {
                if (self)
                    self->send(answer, false);
            });
            return;
        }
        if (m_server->answersLater(request)) {
            // Nothing more is read from this connection until the answer is out, so answers keep their order.
            m_waiting = true;
            m_timer.stop();
            const bool keepAlive = request.keepAlive() && m_requests < kMaxRequestsPerConnection;
            m_server->answerLater(request, [self = QPointer<HttpConnection>(this), keepAlive,
                                               headOnly = request.method == "HEAD"](const HttpResponse &answer) {
                if (self)
                    self->answered(answer, keepAlive, headOnly);
            });
            return;
        }
        HttpResponse response = m_server->handle(request);
        // A file goes out after the answers before it and ends the connection: nothing can come between its pieces.
        if (!request.keepAlive() || m_requests >= kMaxRequestsPerConnection || !response.bodyFile.isEmpty())
            response.closeConnection = true;
        // The answer leaves once every write decided before it is durable (a handoff is on disk before
        // its 201); answers on one connection keep their order.
        if (response.closeConnection) {
            m_done = true;
            m_timer.stop();
            disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
        }
        send(response, request.method == "HEAD");
        if (response.closeConnection)
            return;
        m_timer.start(m_server->limits().httpIdleSeconds * 1000);
    }
}

void HttpConnection::answered(const HttpResponse &answer, bool keepAlive, bool headOnly)
{
    m_waiting = false;
    HttpResponse response = answer;
    if (!keepAlive || !response.bodyFile.isEmpty())
        response.closeConnection = true;
    if (response.closeConnection) {
        m_done = true;
        disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
    }
    send(response, headOnly);
    if (response.closeConnection)
        return;
    m_timer.start(m_server->limits().httpIdleSeconds * 1000);
    onReadyRead(); // a request that arrived meanwhile
}

void HttpConnection::send(const HttpResponse &response, bool headOnly)
{
    const QByteArray bytes = response.serialise(headOnly || !response.bodyFile.isEmpty());
    const QString file = headOnly ? QString() : response.bodyFile;
    m_server->whenDurable([self = QPointer<HttpConnection>(this), bytes, file, close = response.closeConnection] {
        if (!self)
            return;
        self->m_socket->write(bytes);
        if (!file.isEmpty()) {
            self->sendFile(file, close);
            return;
        }
        if (close)
            self->finish();
    });
}

void HttpConnection::sendFile(const QString &path, bool close)
{
    // A piece at a time as the socket drains: at most kFileQueueBytes of the file are in memory.
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_socket->abort(); // the head promised a body that cannot come: the client must not wait for it
        return;
    }
    auto pump = std::make_shared<QMetaObject::Connection>();
    const auto more = [this, file, pump, close] {
        while (m_socket->bytesToWrite() < kFileQueueBytes) {
            const QByteArray piece = file->read(kFilePieceBytes);
            if (piece.isEmpty()) {
                QObject::disconnect(*pump);
                if (close)
                    finish();
                return;
            }
            m_socket->write(piece);
        }
    };
    *pump = connect(m_socket, &QTcpSocket::bytesWritten, this, more);
    more();
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
