// One plain TCP connection on the router's port: reads HTTP requests (bounded, with timeouts for slow
// clients), answers them through RouterServer, and hands a WebSocket upgrade on untouched.
#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

class QTcpSocket;

namespace handoff::server {

class RouterServer;

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRequestTimeoutMs = 10000; // a whole request must arrive within this
    static constexpr int kMaxRequestsPerConnection = 100;

    // `addressSlot`: the connection's place in the per-address count, given back when this is destroyed
    // (or handed on with a WebSocket upgrade).
    HttpConnection(QTcpSocket *socket, RouterServer *server, std::shared_ptr<void> addressSlot);

private:
    void onReadyRead();
    void onTimeout();
    void finish(); // closes after the written bytes are flushed

    QTcpSocket *m_socket;
    RouterServer *m_server;
    std::shared_ptr<void> m_addressSlot;
    QTimer m_timer;
    int m_requests = 0;
    bool m_done = false;
};

} // namespace handoff::server
