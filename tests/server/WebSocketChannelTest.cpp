// The router's own WebSocket layer (RFC 6455, server side) against a client written byte by byte over a
// raw TCP socket: the handshake and its refusals, fragmented messages, ping/pong, the close handshake,
// and the protocol errors a careless or hostile client can make (unmasked frames, bad UTF-8, oversize).
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace handoff::test;

namespace {

class RawClient
{
public:
    // Connects and sends an upgrade request with the given extra/overriding header lines (and `behind` in the
    // same write, right after the request); returns the answer head.
    QByteArray upgrade(quint16 port, const QByteArray &headers = {}, const QByteArray &behind = {})
    {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        EXPECT_TRUE(socket.waitForConnected(5000));
        QByteArray request = "GET /ws/desk HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
        request += headers.isEmpty() ? QByteArray("Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")
                                     : headers;
        socket.write(request + "\r\n" + behind);
        waitUntil([&] {
            in += socket.readAll();
            return in.contains("\r\n\r\n");
        }, 5000);
        const qsizetype end = in.indexOf("\r\n\r\n");
        const QByteArray head = in.left(end + 4);
        in.remove(0, end + 4);
        return head;
    }
    void sendFrame(quint8 opcode, const QByteArray &payload, bool fin = true, bool mask = true, qint64 claimedLength = -1)
    {
        socket.write(frame(opcode, payload, fin, mask, claimedLength));
    }
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, bool mask = true,
                            qint64 claimedLength = -1)
    {
        QByteArray f;
        f.append(static_cast<char>((fin ? 0x80 : 0) | opcode));
        const qint64 n = claimedLength >= 0 ? claimedLength : payload.size();
        const char maskBit = mask ? char(0x80) : char(0);
        if (n < 126) {
            f.append(static_cast<char>(maskBit | n));
        } else if (n <= 0xFFFF) {
            f.append(static_cast<char>(maskBit | 126));
            char len[2];
            qToBigEndian<quint16>(quint16(n), len);
            f.append(len, 2);
        } else {
            f.append(static_cast<char>(maskBit | 127));
            char len[8];
            qToBigEndian<quint64>(quint64(n), len);
            f.append(len, 8);
        }
        const char key[4] = {0x12, 0x34, 0x56, 0x78};
        if (mask)
            f.append(key, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            f.append(mask ? char(payload[i] ^ key[i & 3]) : payload[i]);
        return f;
    }
    // The next frame from the router: opcode and payload; opcode -1 when none came.
    std::pair<int, QByteArray> nextFrame(int timeoutMs = 5000)
    {
        std::pair<int, QByteArray> frame{-1, {}};
        waitUntil([&] {
            in += socket.readAll();
            if (in.size() < 2)
                return false;
            const auto *d = reinterpret_cast<const uchar *>(in.constData());
            qint64 n = d[1] & 0x7F, header = 2;
            if (n == 126) {
                if (in.size() < 4)
                    return false;
                n = qFromBigEndian<quint16>(d + 2);
                header = 4;
            } else if (n == 127) {
                if (in.size() < 10)
                    return false;
                n = qint64(qFromBigEndian<quint64>(d + 2));
                header = 10;
            }
            if (in.size() < header + n)
                return false;
            frame = {d[0] & 0x0F, in.mid(header, n)};
            in.remove(0, header + n);
            return true;
        }, timeoutMs);
        return frame;
    }
    static quint16 closeCode(const QByteArray &payload) { return payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 0; }

    QTcpSocket socket;
    QByteArray in;
};

const QByteArray kHello = R"({"type":"hello","id":"h1","data":{"version":"1.0"}})";

class WebSocketChannelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = new RouterProcess;
        ASSERT_TRUE(s_router->start()) << s_router->log().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_router;
        s_router = nullptr;
    }
    static RouterProcess *s_router;
};

RouterProcess *WebSocketChannelTest::s_router = nullptr;

} // namespace

TEST_F(WebSocketChannelTest, HandshakeAnswersWithTheAcceptKeyOfRfc6455)
{
    RawClient c;
    const QByteArray head = c.upgrade(s_router->port());
    EXPECT_TRUE(head.startsWith("HTTP/1.1 101")) << head.constData();
    // The example of RFC 6455 section 1.3.
    EXPECT_TRUE(head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")) << head.constData();
    c.sendFrame(0x1, kHello);
    const auto [opcode, payload] = c.nextFrame();
    EXPECT_EQ(opcode, 0x1);
    EXPECT_EQ(QJsonDocument::fromJson(payload).object().value(QStringLiteral("type")).toString(), QStringLiteral("ok"));
}

TEST_F(WebSocketChannelTest, FramesSentRightBehindTheUpgradeRequestAreAnswered)
{
    // A client may send its first frames without waiting for the 101; they arrive with the request.
    RawClient c;
    const QByteArray head = c.upgrade(s_router->port(), {}, RawClient::frame(0x1, kHello) + RawClient::frame(0x9, "ping"));
    ASSERT_TRUE(head.startsWith("HTTP/1.1 101")) << head.constData();
    QStringList seen;
    for (int i = 0; i < 2; ++i) {
        const auto [opcode, payload] = c.nextFrame();
        seen << (opcode == 0xA ? QStringLiteral("pong:") + QString::fromUtf8(payload)
                               : QJsonDocument::fromJson(payload).object().value(QStringLiteral("re")).toString());
    }
    EXPECT_TRUE(seen.contains(QStringLiteral("h1"))) << seen.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("pong:ping"))) << seen.join(QLatin1Char(',')).toStdString();
}

TEST_F(WebSocketChannelTest, ManyFramesInOneWriteAreEachAnswered)
{
    // Frames split and joined arbitrarily by TCP: 30 pings in one write, then one frame in three pieces.
    RawClient c;
    ASSERT_TRUE(c.upgrade(s_router->port()).startsWith("HTTP/1.1 101"));
    QByteArray many;
    for (int i = 0; i < 30; ++i)
        many += RawClient::frame(0x9, QByteArray::number(i));
    c.socket.write(many);
    for (int i = 0; i < 30; ++i) {
        const auto [opcode, payload] = c.nextFrame();
        ASSERT_EQ(opcode, 0xA) << i;
        EXPECT_EQ(payload, QByteArray::number(i));
    }
    const QByteArray hello = RawClient::frame(0x1, kHello);
    for (const QByteArray &piece : {hello.left(1), hello.mid(1, 7), hello.mid(8)}) {
        c.socket.write(piece);
        c.socket.flush();
        QTest::qWait(30);
    }
    const auto [opcode, payload] = c.nextFrame();
    EXPECT_EQ(opcode, 0x1);
    EXPECT_EQ(QJsonDocument::fromJson(payload).object().value(QStringLiteral("re")).toString(), QStringLiteral("h1"));
}

TEST_F(WebSocketChannelTest, BadHandshakesAreRefused)
{
    RawClient missingKey;
    EXPECT_TRUE(missingKey.upgrade(s_router->port(), "Sec-WebSocket-Version: 13\r\n").startsWith("HTTP/1.1 400"));
    RawClient oldVersion;
    const QByteArray head = oldVersion.upgrade(s_router->port(), "Sec-WebSocket-Version: 8\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
    EXPECT_TRUE(head.startsWith("HTTP/1.1 426")) << head.constData();
    EXPECT_TRUE(head.contains("Sec-WebSocket-Version: 13"));
}

TEST_F(WebSocketChannelTest, FragmentedMessageIsOneMessageAndPingsAreAnswered)
{
    RawClient c;
    ASSERT_TRUE(c.upgrade(s_router->port()).startsWith("HTTP/1.1 101"));
    c.sendFrame(0x1, kHello.left(10), false);
    c.sendFrame(0x9, "are you there"); // a ping between the fragments
    c.sendFrame(0x0, kHello.mid(10), true);
    const auto pong = c.nextFrame();
    EXPECT_EQ(pong.first, 0xA);
    EXPECT_EQ(pong.second, QByteArray("are you there"));
    const auto answer = c.nextFrame();
    EXPECT_EQ(answer.first, 0x1);
    EXPECT_EQ(QJsonDocument::fromJson(answer.second).object().value(QStringLiteral("re")).toString(), QStringLiteral("h1"));
}

TEST_F(WebSocketChannelTest, CloseHandshakeIsAnsweredAndTheSocketEnds)
{
    RawClient c;
    ASSERT_TRUE(c.upgrade(s_router->port()).startsWith("HTTP/1.1 101"));
    QByteArray code(2, Qt::Uninitialized);
    qToBigEndian<quint16>(1000, code.data());
    c.sendFrame(0x8, code);
    const auto close = c.nextFrame();
    EXPECT_EQ(close.first, 0x8);
    EXPECT_EQ(RawClient::closeCode(close.second), 1000);
    EXPECT_TRUE(waitUntil([&] { return c.socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

TEST_F(WebSocketChannelTest, ProtocolErrorsCloseWithTheRightCode)
{
    struct Case {
        const char *what;
        std::function<void(RawClient &)> send;
        quint16 code;
    };
    const QList<Case> cases{
        {"an unmasked frame", [](RawClient &c) { c.sendFrame(0x1, kHello, true, false); }, 1002},
        {"text that is not UTF-8", [](RawClient &c) { c.sendFrame(0x1, QByteArray("\xC3\x28\xFF", 3)); }, 1007},
        {"a message over 1 MiB", [](RawClient &c) { c.sendFrame(0x1, QByteArray(16, 'x'), true, true, 2 * 1024 * 1024); }, 1009},
        {"a continuation without a message", [](RawClient &c) { c.sendFrame(0x0, "x"); }, 1002},
        {"an unknown opcode", [](RawClient &c) { c.sendFrame(0x3, "x"); }, 1002},
        {"a fragmented ping", [](RawClient &c) { c.sendFrame(0x9, "x", false); }, 1002},
    };
    for (const Case &k : cases) {
        RawClient c;
        ASSERT_TRUE(c.upgrade(s_router->port()).startsWith("HTTP/1.1 101")) << k.what;
        k.send(c);
        const auto close = c.nextFrame();
        EXPECT_EQ(close.first, 0x8) << k.what;
        EXPECT_EQ(RawClient::closeCode(close.second), k.code) << k.what;
    }
    // The router serves others as before.
    RawClient fine;
    ASSERT_TRUE(fine.upgrade(s_router->port()).startsWith("HTTP/1.1 101"));
    fine.sendFrame(0x1, kHello);
    EXPECT_EQ(fine.nextFrame().first, 0x1);
}

namespace {

// The router's open desk connections, from /metrics.
int openDeskConnections(quint16 port)
{
    QTcpSocket http;
    http.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!http.waitForConnected(5000))
        return -1;
    http.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    waitUntil([&] {
        answer += http.readAll();
        return http.state() == QAbstractSocket::UnconnectedState;
    }, 5000);
    answer += http.readAll();
    for (const QByteArray &line : answer.split('\n'))
        if (line.startsWith("handoff_connections{endpoint=\"desk\"}"))
            return line.split(' ').value(1).toInt();
    return -1;
}

} // namespace

TEST_F(WebSocketChannelTest, PingsFromAPeerThatDoesNotReadQueueNoMoreThanItReads)
{
    // Every ping asks for a pong; a peer that pings without reading would make the router queue pongs for
    // as long as it can upload. Pongs are skipped while unread ones pile up.
    RawClient c;
    ASSERT_TRUE(c.upgrade(s_router->port()).startsWith("HTTP/1.1 101"));
    c.socket.setReadBufferSize(4096); // this side stops reading from the kernel, as a hostile peer would
    const QByteArray ping = RawClient::frame(0x9, QByteArray(120, 'p'));
    QByteArray burst;
    for (int i = 0; i < 2000; ++i)
        burst += ping;
    const int bursts = 100; // 200,000 pings, about 25 MB
    for (int i = 0; i < bursts; ++i) {
        c.socket.write(burst);
        c.socket.waitForBytesWritten(2000);
    }
    c.socket.setReadBufferSize(0);
    qint64 pongs = 0;
    waitUntil([&] {
        c.in += c.socket.readAll();
        return false;
    }, 1500);
    pongs = c.in.size() / (2 + 120);
    EXPECT_GT(pongs, 0);
    EXPECT_LT(pongs, 2000 * bursts / 2) << "the router answered every ping it could not send";
}

TEST_F(WebSocketChannelTest, APeerThatClosesAndStopsReadingIsCutOff)
{
    const int before = openDeskConnections(s_router->port());
    ASSERT_GE(before, 0);
    RawClient c;
    ASSERT_TRUE(c.upgrade(s_router->port()).startsWith("HTTP/1.1 101"));
    c.socket.setReadBufferSize(4096);
    // Fill the router's output toward this peer, then close from this side and never read the answer.
    QByteArray burst;
    for (int i = 0; i < 2000; ++i)
        burst += RawClient::frame(0x9, QByteArray(120, 'p'));
    for (int i = 0; i < 100; ++i) { // 25 MB: more pongs than the kernel's buffers hold between us
        c.socket.write(burst);
        c.socket.waitForBytesWritten(2000);
    }
    QByteArray code(2, Qt::Uninitialized);
    qToBigEndian<quint16>(1000, code.data());
    c.sendFrame(0x8, code);
    c.socket.waitForBytesWritten(2000);
    EXPECT_TRUE(waitUntil([&] { return openDeskConnections(s_router->port()) == before; }, 8000))
        << "the router kept a socket whose peer closed and stopped reading";
}

TEST_F(WebSocketChannelTest, ACloseWithACodeNoPeerMaySendIsAnsweredAsAProtocolError)
{
    struct Case {
        const char *what;
        QByteArray payload;
        quint16 expected;
    };
    const auto codeBytes = [](quint16 code, const QByteArray &reason = {}) {
        QByteArray b(2, Qt::Uninitialized);
        qToBigEndian<quint16>(code, b.data());
        return b + reason;
    };
    const QList<Case> cases{
        {"1000 with a reason", codeBytes(1000, "bye"), 1000},
        {"a private code", codeBytes(4001), 4001},
        {"1005, which means no code", codeBytes(1005), 1002},
        {"1006, which is never sent", codeBytes(1006), 1002},
        {"999", codeBytes(999), 1002},
        {"2500, unassigned", codeBytes(2500), 1002},
        {"a one-byte body", QByteArray(1, 'x'), 1002},
        {"a reason that is not UTF-8", codeBytes(1000, QByteArray("\xC3\x28", 2)), 1007},
    };
    for (const Case &k : cases) {
        RawClient c;
        ASSERT_TRUE(c.upgrade(s_router->port()).startsWith("HTTP/1.1 101")) << k.what;
        c.sendFrame(0x8, k.payload);
        const auto answer = c.nextFrame();
        EXPECT_EQ(answer.first, 0x8) << k.what;
        EXPECT_EQ(RawClient::closeCode(answer.second), k.expected) << k.what;
    }
}
