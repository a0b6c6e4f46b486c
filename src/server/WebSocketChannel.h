// The server side of one WebSocket (RFC 6455) on a connection whose upgrade request the router has already
// parsed: masked client frames in, unmasked frames out, fragmentation, ping/pong and the close handshake.
// It holds little more than its ByteStream (QtWebSockets' QWebSocket held about 13 KiB more per idle
// connection), and everything said to one peer in an event-loop pass goes out in one write.
#pragma once

#include "server/ByteStream.h"

#include <QBasicTimer>
#include <QObject>
#include <memory>

class QTcpSocket;

namespace handoff::server {

struct HttpRequest;

class WebSocketChannel : public QObject, private ByteStream::Receiver
{
    Q_OBJECT
public:
    enum CloseCode : quint16 {
        Normal = 1000,
        GoingAway = 1001,
        ProtocolError = 1002,
        Unsupported = 1003,
        InvalidText = 1007,
        PolicyViolated = 1008,
        TooBig = 1009,
        InternalError = 1011,
    };

    // The 101 answer to a valid upgrade request, or an empty array with *status (400, 426) and *error.
    static QByteArray handshakeResponse(const HttpRequest &request, int *status, QString *error);

    // Takes a plain connection's descriptor over (it closes it); `early` holds bytes already read from it
    // past the upgrade request. The 101 answer is sent first.
    WebSocketChannel(int descriptor, const QByteArray &switching, const QByteArray &early, qint64 maxMessageBytes,
                     QObject *parent = nullptr);
    // Takes a socket over (it becomes this object's child; TLS) once the 101 answer has been written to it.
    WebSocketChannel(QTcpSocket *socket, qint64 maxMessageBytes, QObject *parent = nullptr);
    ~WebSocketChannel() override;

    void sendText(const QByteArray &utf8);
    void close(quint16 code, const QString &reason); // sends a close frame; the socket goes once the peer answers
    bool isOpen() const;
    qint64 bytesToWrite() const;

signals:
    void textMessage(const QByteArray &utf8); // checked to be UTF-8
    void binaryMessage(const QByteArray &data);
    void disconnected();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void bytesArrived(const char *data, qint64 size) override;
    void streamGone() override;
    // One frame from d[0..have): the bytes it took, 0 when more are needed, -1 when the channel failed or closed.
    qint64 parseFrame(const uchar *d, qint64 have);
    void deliver(quint8 opcode, QByteArray payload);
    void fail(quint16 code, const QString &reason);
    void writeFrame(quint8 opcode, const QByteArray &payload);

    std::unique_ptr<ByteStream> m_stream;
    qint64 m_maxMessageBytes;
    QByteArray m_in;
    QByteArray m_message; // fragments of a message so far
    quint8 m_messageOpcode = 0;
    bool m_closeSent = false;
    bool m_failed = false;
    bool m_gone = false;
    QBasicTimer m_closeTimer; // a peer that never answers our close frame is cut off
};

} // namespace handoff::server
