// The router's one listening port: plain HTTP (web chat page, health, handoff API) and WebSocket
// upgrades for /ws/desk and /ws/visitor, handed to a QWebSocketServer.
#pragma once

#include "server/HandoffApi.h"
#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"
#include "server/WebAssets.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QWebSocketServer>
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
    // Serves on a port bound beforehand by openListener(), so the router can claim its port before it opens
    // the database and restores conversations.
    RouterServer(store::Store &store, ConversationHub &hub, std::unique_ptr<QTcpServer> listener,
                 QObject *parent = nullptr);
    ~RouterServer() override;

    // A server listening on address:port, or null with *error one line such as
    // "cannot listen on 127.0.0.1:8080: address already in use".
    static std::unique_ptr<QTcpServer> openListener(const QHostAddress &address, quint16 port, QString *error);
    // Same errors as openListener().
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_tcp->serverPort(); }

    void setEmbedOrigins(const QStringList &origins) { m_assets.setEmbedOrigins(origins); }
    bool isWebSocketPath(const QString &path) const;
    void upgrade(QTcpSocket *socket);
    HttpResponse handle(const HttpRequest &request);

private:
    void onNewTcpConnection();
    void onNewWebSocket();

    ConversationHub &m_hub;
    std::unique_ptr<QTcpServer> m_tcp;
    QWebSocketServer m_webSockets;
    WebAssets m_assets;
    HandoffApi m_api;
};

} // namespace handoff::server
