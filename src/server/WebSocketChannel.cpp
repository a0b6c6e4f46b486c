#include "server/WebSocketChannel.h"

#include "server/HttpRequestParser.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QtEndian>

namespace handoff::server {

namespace {

constexpr int kCloseWaitMs = 2000;
constexpr qint64 kMaxControlPayload = 125;
constexpr qint64 kMaxQueuedForPong = 64 * 1024;
const QByteArray kAcceptGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

bool hasToken(const QByteArray &headerValue, const QByteArray &token)
{
    for (const QByteArray &part : headerValue.split(','))
        if (part.trimmed().toLower() == token)
            return true;
    return false;
}

// The codes an endpoint may put in a close frame: the defined ones except 1004–1006 and 1015 (never sent),
// and 3000–4999 (registered and private).
bool isSendableCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

} // namespace

QByteArray WebSocketChannel::handshakeResponse(const HttpRequest &request, int *status, QString *error)
{
    *status = 400;
    if (request.method != "GET") {
        *error = QStringLiteral("A WebSocket opens with GET.");
        return {};
    }
    if (request.version != "HTTP/1.1") {
        *error = QStringLiteral("A WebSocket needs HTTP/1.1.");
        return {};
    }
    if (!hasToken(request.header("upgrade"), "websocket") || !hasToken(request.header("connection"), "upgrade")) {
        *error = QStringLiteral("This address speaks WebSocket only.");
        *status = 426;
        return {};
    }
    if (request.header("sec-websocket-version").trimmed() != "13") {
        *error = QStringLiteral("Only WebSocket version 13 is spoken here.");
        *status = 426;
        return {};
    }
    const QByteArray key = request.header("sec-websocket-key").trimmed();
    if (QByteArray::fromBase64(key, QByteArray::AbortOnBase64DecodingErrors).size() != 16) {
        *error = QStringLiteral("Sec-WebSocket-Key must be 16 bytes in base64.");
        return {};
    }
    const QByteArray accept = QCryptographicHash::hash(key + kAcceptGuid, QCryptographicHash::Sha1).toBase64();
    *status = 101;
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
        + accept + "\r\n\r\n";
}

WebSocketChannel::WebSocketChannel(int descriptor, const QByteArray &switching, const QByteArray &early,
                                   qint64 maxMessageBytes, QObject *parent)
    : QObject(parent)
    , m_stream(std::make_unique<PlainSocket>(descriptor, static_cast<Receiver *>(this), this, early))
    , m_maxMessageBytes(maxMessageBytes)
{
    m_stream->write(switching.constData(), switching.size());
}

WebSocketChannel::WebSocketChannel(QTcpSocket *socket, qint64 maxMessageBytes, QObject *parent)
    : QObject(parent)
    , m_stream(std::make_unique<QtSocketStream>(socket, static_cast<Receiver *>(this), this))
    , m_maxMessageBytes(maxMessageBytes)
{
}

WebSocketChannel::~WebSocketChannel() = default;

bool WebSocketChannel::isOpen() const
{
    return !m_gone && !m_closeSent && m_stream->isConnected();
}

qint64 WebSocketChannel::bytesToWrite() const
{
    return m_stream->bytesToWrite();
}

void WebSocketChannel::streamGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_closeTimer.stop();
    emit disconnected();
}

void WebSocketChannel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_closeTimer.timerId())
        return QObject::timerEvent(event);
    m_closeTimer.stop();
    m_stream->abort();
}

void WebSocketChannel::bytesArrived(const char *data, qint64 size)
{
    if (m_failed || m_gone)
        return;
    // Frames are parsed where the bytes are; only an incomplete frame's bytes are kept between reads.
    QByteArray buffer;
    if (!m_in.isEmpty()) {
        buffer = std::exchange(m_in, QByteArray());
        buffer.append(data, size);
        data = buffer.constData();
        size = buffer.size();
    }
    const auto *d = reinterpret_cast<const uchar *>(data);
    qint64 at = 0;
    while (!m_failed && !m_gone && at < size) {
        const qint64 used = parseFrame(d + at, size - at);
        if (used <= 0) {
            if (used < 0)
                return;
            break;
        }
        at += used;
    }
    if (!m_failed && !m_gone && at < size)
        m_in = QByteArray(data + at, size - at);
}

qint64 WebSocketChannel::parseFrame(const uchar *d, qint64 have)
{
    if (have < 2)
        return 0;
    const bool fin = d[0] & 0x80;
    const quint8 opcode = d[0] & 0x0F;
    const bool masked = d[1] & 0x80;
    qint64 length = d[1] & 0x7F;
    qint64 header = 2;
    if (d[0] & 0x70) {
        fail(ProtocolError, QStringLiteral("reserved bits set"));
        return -1;
    }
    if (!masked) {
        fail(ProtocolError, QStringLiteral("client frames must be masked"));
        return -1;
    }
    if (length == 126) {
        if (have < 4)
            return 0;
        length = qFromBigEndian<quint16>(d + 2);
        header = 4;
    } else if (length == 127) {
        if (have < 10)
            return 0;
        const quint64 big = qFromBigEndian<quint64>(d + 2);
        if (big > quint64(m_maxMessageBytes)) {
            fail(TooBig, QStringLiteral("message too big"));
            return -1;
        }
        length = static_cast<qint64>(big);
        header = 10;
    }
    const bool control = opcode & 0x08;
    if (control && (!fin || length > kMaxControlPayload)) {
        fail(ProtocolError, QStringLiteral("bad control frame"));
        return -1;
    }
    if (length > m_maxMessageBytes || (!control && m_message.size() + length > m_maxMessageBytes)) {
        fail(TooBig, QStringLiteral("message too big"));
        return -1;
    }
    if (have < header + 4 + length)
        return 0;
    const uchar *mask = d + header;
    QByteArray payload(reinterpret_cast<const char *>(d + header + 4), length);
    char *p = payload.data();
    for (qint64 i = 0; i < length; ++i)
        p[i] = static_cast<char>(p[i] ^ mask[i & 3]);
    const qint64 used = header + 4 + length;

    switch (opcode) {
    case 0x0: // continuation
        if (m_messageOpcode == 0) {
            fail(ProtocolError, QStringLiteral("continuation without a message"));
            return -1;
        }
        m_message += payload;
        if (fin) {
            const quint8 op = m_messageOpcode;
            m_messageOpcode = 0;
            deliver(op, std::exchange(m_message, QByteArray()));
        }
        return used;
    case 0x1: // text
    case 0x2: // binary
        if (m_messageOpcode != 0) {
            fail(ProtocolError, QStringLiteral("a new message inside a fragmented one"));
            return -1;
        }
        if (fin) {
            deliver(opcode, std::move(payload));
        } else {
            m_messageOpcode = opcode;
            m_message = std::move(payload);
        }
        return used;
    case 0x8: { // close
        quint16 code = Normal;
        if (payload.size() >= 2)
            code = qFromBigEndian<quint16>(payload.constData());
        // RFC 6455 7.4: a code the peer may not send (or a one-byte body, or a reason that is not UTF-8) is a
        // protocol error, and the answer says so instead of echoing it.
        if (payload.size() == 1 || (payload.size() >= 2 && !isSendableCloseCode(code)))
            code = ProtocolError;
        else if (payload.size() > 2 && !QByteArrayView(payload).sliced(2).isValidUtf8())
            code = InvalidText;
        if (!m_closeSent) {
            QByteArray answer(2, Qt::Uninitialized);
            qToBigEndian<quint16>(payload.size() >= 1 ? code : quint16(Normal), answer.data());
            writeFrame(0x8, answer);
            m_closeSent = true;
        }
        m_in.clear();
        // A peer that closes and then stops reading must not keep its socket: it has the same grace as when
        // we close first (the timer stops when the stream goes, which may be at once).
        m_closeTimer.start(kCloseWaitMs, this);
        m_stream->closeAfterWriting(); // after what is queued has been written
        return -1;
    }
    case 0x9: // ping
        // Answered only while the peer reads what it is sent: a peer that pings without reading would
        // otherwise make the router queue pongs without bound (RFC 6455 lets an endpoint skip pongs).
        if (!m_closeSent && m_stream->bytesToWrite() <= kMaxQueuedForPong)
            writeFrame(0xA, payload);
        return used;
    case 0xA: // pong
        return used;
    default:
        fail(ProtocolError, QStringLiteral("unknown opcode"));
        return -1;
    }
}

void WebSocketChannel::deliver(quint8 opcode, QByteArray payload)
{
    if (m_closeSent)
        return; // nothing new is taken once we said goodbye
    if (opcode == 0x2) {
        emit binaryMessage(payload);
        return;
    }
    if (!QByteArrayView(payload).isValidUtf8()) {
        fail(InvalidText, QStringLiteral("text is not UTF-8"));
        return;
    }
    emit textMessage(payload); // JSON is parsed from the UTF-8 itself, not from a UTF-16 copy
}

void WebSocketChannel::fail(quint16 code, const QString &reason)
{
    m_failed = true;
    m_in.clear();
    m_message.clear();
    close(code, reason);
}

void WebSocketChannel::writeFrame(quint8 opcode, const QByteArray &payload)
{
    const qint64 n = payload.size();
    char header[10];
    qint64 headerSize = 2;
    header[0] = static_cast<char>(0x80 | opcode);
    if (n < 126) {
        header[1] = static_cast<char>(n);
    } else if (n <= 0xFFFF) {
        header[1] = static_cast<char>(126);
        qToBigEndian<quint16>(static_cast<quint16>(n), header + 2);
        headerSize = 4;
    } else {
        header[1] = static_cast<char>(127);
        qToBigEndian<quint64>(static_cast<quint64>(n), header + 2);
        headerSize = 10;
    }
    m_stream->write(header, headerSize);
    m_stream->write(payload.constData(), n);
}

void WebSocketChannel::sendText(const QByteArray &utf8)
{
    if (!isOpen())
        return;
    writeFrame(0x1, utf8);
}

void WebSocketChannel::close(quint16 code, const QString &reason)
{
    if (m_gone || m_closeSent)
        return;
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(code, payload.data());
    payload += reason.toUtf8().left(kMaxControlPayload - 2);
    writeFrame(0x8, payload);
    m_closeSent = true;
    m_closeTimer.start(kCloseWaitMs, this);
}

} // namespace handoff::server
