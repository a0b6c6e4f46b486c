// One plain TCP connection on the router's port: reads HTTP requests (bounded, with timeouts for slow
// clients), answers them through RouterServer, and hands a WebSocket upgrade on untouched.
#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

class QTcpSocket;

namespace handoff::server {

class RouterServer;
struct HttpResponse;

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRequestTimeoutMs = 10000; // a whole request must arrive within this
    static constexpr int kMaxRequestsPerConnection = 100;
    static constexpr qint64 kFilePieceBytes = 64 * 1024;   // a file body is read this much at a time
    static constexpr qint64 kFileQueueBytes = 256 * 1024;  // and written while less than this waits to go out

    // `addressSlot`: the connection's place in the per-address count, given back when this is destroyed
    // (or handed on with a WebSocket upgrade).
    HttpConnection(QTcpSocket *socket, RouterServer *server, std::shared_ptr<void> addressSlot);

private:
    void onReadyRead();
    void onTimeout();
    void finish(); // closes after the written bytes are flushed
    // The answer, once every write decided before it is durable; a bodyFile is sent a piece at a time.
    void send(const HttpResponse &response, bool headOnly);
    void sendFile(const QString &path, bool close);
    // The answer to a request RouterServer answers later; reading goes on after it unless it closes.
    void answered(const HttpResponse &answer, bool keepAlive, bool headOnly);

    QTcpSocket *m_socket;
    RouterServer *m_server;
    std::shared_ptr<void> m_addressSlot;
    QTimer m_timer;
    int m_requests = 0;
    bool m_done = false;
    bool m_waiting = false; // an answer that needs a store read is on its way; later requests wait for it
};

} // namespace handoff::server
