// The server side of one WebSocket (RFC 6455) on a socket whose upgrade request the router has already
// parsed: masked client frames in, unmasked frames out, fragmentation, ping/pong and the close handshake.
// It holds little more than the TCP socket itself (QtWebSockets' QWebSocket held about 13 KiB more per
// idle connection), and frames leave through the socket's write buffer, so everything said to one peer
// in an event-loop pass goes out in one write.
#pragma once

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace handoff::server {

struct HttpRequest;

class WebSocketChannel : public QObject
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

    // Takes the socket over (it becomes this object's child) once the 101 answer has been written.
    WebSocketChannel(QTcpSocket *socket, qint64 maxMessageBytes, QObject *parent = nullptr);
    ~WebSocketChannel() override;

    void sendText(const QByteArray &utf8);
    void close(quint16 code, const QString &reason); // sends a close frame; the socket goes once the peer answers
    bool isOpen() const;
    qint64 bytesToWrite() const;
    QTcpSocket *socket() const { return m_socket; }

signals:
    void textMessage(const QString &text);
    void binaryMessage(const QByteArray &data);
    void disconnected();

private:
    void onReadyRead();
    bool parseFrame(); // one frame from m_in; false when more bytes are needed or the channel failed
    void deliver(quint8 opcode, QByteArray payload);
    void fail(quint16 code, const QString &reason);
    void writeFrame(quint8 opcode, const QByteArray &payload);
    void onSocketGone();

    QTcpSocket *m_socket;
    qint64 m_maxMessageBytes;
    QByteArray m_in;
    QByteArray m_message; // fragments of a message so far
    quint8 m_messageOpcode = 0;
    bool m_closeSent = false;
    bool m_failed = false;
    bool m_gone = false;
    QTimer m_closeTimer; // a peer that never answers our close frame is cut off
};

} // namespace handoff::server
