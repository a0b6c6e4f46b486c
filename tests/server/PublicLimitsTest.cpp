// What a stranger can cost the router, bounded: sockets that never say hello are closed, one address can
// hold only so many connections and start only so many chats a minute, chats nobody wrote in are deleted
// once their page is gone, pages of other sites cannot open chats or call the API, and the message limit
// counts characters as people do. Each against the real router over real sockets.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QWebSocket>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

QString codeOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("code")).toString();
}

void pause(int ms)
{
    QElapsedTimer timer;
    timer.start();
    waitUntil([&] { return timer.elapsed() >= ms; }, ms + 1000);
}

RouterProcess *startRouter(const QByteArray &config)
{
    auto *router = new RouterProcess;
    EXPECT_TRUE(router->addUser(QStringLiteral("sam"), QStringLiteral("sam-password"), QStringLiteral("supervisor")));
    const QString path = router->dataDir() + QStringLiteral("/router.json");
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();
    EXPECT_TRUE(router->start({QStringLiteral("--config"), path})) << router->log().toStdString();
    return router;
}

class PublicLimitsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = startRouter(R"({"limits": {"helloTimeoutSeconds": 1, "maxConnectionsPerAddress": 12,
                                              "anonymousChatExpirySeconds": 1},
                                   "allowedOrigins": ["https://shop.example"]})");
    }
    static void TearDownTestSuite()
    {
        delete s_router;
        s_router = nullptr;
    }
    // An HTTP exchange over a raw socket: the status line and headers of the answer.
    static QByteArray rawHttp(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), s_router->port());
        EXPECT_TRUE(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray answer;
        waitUntil([&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n");
        }, 5000);
        return answer;
    }

    static RouterProcess *s_router;
};

RouterProcess *PublicLimitsTest::s_router = nullptr;

} // namespace

TEST_F(PublicLimitsTest, SocketThatNeverSaysHelloIsClosed)
{
    ProtocolPeer silent;
    ASSERT_TRUE(silent.open(s_router->wsUrl(QStringLiteral("visitor"))));
    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(s_router->wsUrl(QStringLiteral("desk"))));
    EXPECT_TRUE(silent.waitDisconnected(5000)) << "a visitor socket without hello";
    EXPECT_TRUE(desk.waitDisconnected(5000)) << "a desk socket without hello";

    ProtocolPeer talking;
    ASSERT_TRUE(talking.open(s_router->wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(talking.helloDesk().type, kOk);
    EXPECT_FALSE(talking.waitDisconnected(2000)) << "a socket that said hello stays";
}

TEST_F(PublicLimitsTest, OneAddressHoldsOnlySoManyConnections)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 12; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QStringLiteral("127.0.0.1"), s_router->port());
        ASSERT_TRUE(s->waitForConnected(5000));
        sockets.push_back(std::move(s));
    }
    QTcpSocket extra;
    extra.connectToHost(QStringLiteral("127.0.0.1"), s_router->port());
    extra.waitForConnected(5000);
    EXPECT_TRUE(waitUntil([&] { return extra.state() == QAbstractSocket::UnconnectedState; }, 5000))
        << "the 13th connection from one address is cut at once";
    EXPECT_EQ(sockets.front()->state(), QAbstractSocket::ConnectedState) << "the others stay";
    sockets.clear();
    // Once they are gone there is room again.
    EXPECT_TRUE(waitUntil([&] {
        ProtocolPeer peer;
        return peer.open(s_router->wsUrl(QStringLiteral("desk")), 2000) && peer.helloDesk().type == kOk;
    }, 10000));
}

TEST(NewChatLimit, OneAddressStartsOnlySoManyChatsAMinute)
{
    std::unique_ptr<RouterProcess> router(startRouter(R"({"limits": {"maxNewChatsPerMinute": 6}})"));
    int started = 0;
    Envelope refused;
    for (int i = 0; i < 12 && refused.type.isEmpty(); ++i) {
        ProtocolPeer visitor;
        ASSERT_TRUE(visitor.open(router->wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
        if (hello.type == kOk) {
            ++started;
        } else {
            refused = hello;
            EXPECT_TRUE(visitor.waitDisconnected(5000));
        }
    }
    EXPECT_EQ(started, 6);
    EXPECT_EQ(codeOf(refused), QStringLiteral("rate_limited"));
}

TEST_F(PublicLimitsTest, ChatNobodyWroteInIsDeletedOnceItsPageIsGone)
{
    ProtocolPeer supervisor;
    ASSERT_TRUE(supervisor.open(s_router->wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(supervisor.helloDesk().type, kOk);
    ASSERT_EQ(supervisor.signIn(QStringLiteral("sam"), QStringLiteral("sam-password")).type, kOk);
    auto open = [](const QString &token) {
        auto v = std::make_unique<ProtocolPeer>();
        EXPECT_TRUE(v->open(s_router->wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = v->call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                                 {QStringLiteral("visitorToken"), token}});
        EXPECT_EQ(hello.type, kOk) << codeOf(hello).toStdString();
        return std::make_pair(std::move(v), hello);
    };
    auto [silent, silentHello] = open(QString());
    auto [writer, writerHello] = open(QString());
    const QString silentId = silentHello.data.value(QStringLiteral("conversationId")).toString();
    const QString writerId = writerHello.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(writer->call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("w1")},
                                                            {QStringLiteral("text"), QStringLiteral("hello?")}}).type, kOk);
    silent->close();
    writer->close();

    // The silent chat goes, with its bot lines; the one the visitor wrote in stays.
    EXPECT_TRUE(waitUntil([&] {
        pause(250); // within the desk's frame rate
        return codeOf(supervisor.call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), silentId}}))
            == QStringLiteral("not_found");
    }, 10000));
    const Envelope kept = supervisor.call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), writerId}});
    EXPECT_EQ(kept.type, kOk) << codeOf(kept).toStdString() << " " << kept.data.value(QStringLiteral("message")).toString().toStdString();
    // Its page coming back later starts afresh; the other returns to its chat.
    auto [silentAgain, silentAgainHello] = open(silentHello.data.value(QStringLiteral("visitorToken")).toString());
    EXPECT_NE(silentAgainHello.data.value(QStringLiteral("conversationId")).toString(), silentId);
    auto [writerAgain, writerAgainHello] = open(writerHello.data.value(QStringLiteral("visitorToken")).toString());
    EXPECT_EQ(writerAgainHello.data.value(QStringLiteral("conversationId")).toString(), writerId);
}

TEST_F(PublicLimitsTest, PagesOfOtherSitesCannotOpenChats)
{
    QWebSocket foreign(QStringLiteral("https://evil.example"));
    foreign.open(QUrl(s_router->wsUrl(QStringLiteral("visitor"))));
    pause(1000);
    EXPECT_NE(foreign.state(), QAbstractSocket::ConnectedState);

    QWebSocket allowed(QStringLiteral("https://shop.example"));
    allowed.open(QUrl(s_router->wsUrl(QStringLiteral("visitor"))));
    EXPECT_TRUE(waitUntil([&] { return allowed.state() == QAbstractSocket::ConnectedState; }, 5000));

    const QByteArray own = rawHttp("GET /ws/visitor HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(s_router->port())
                                   + "\r\nOrigin: http://127.0.0.1:" + QByteArray::number(s_router->port())
                                   + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    EXPECT_TRUE(own.startsWith("HTTP/1.1 101")) << own.constData();
    const QByteArray evil = rawHttp("GET /ws/visitor HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\n"
                                    "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    EXPECT_TRUE(evil.startsWith("HTTP/1.1 403")) << evil.constData();
}

TEST_F(PublicLimitsTest, HandoffApiAnswersBrowsersOfAllowedSitesOnly)
{
    const QByteArray preflight = rawHttp("OPTIONS /api/v1/handoff HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://shop.example\r\n"
                                         "Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(preflight.startsWith("HTTP/1.1 204")) << preflight.constData();
    EXPECT_TRUE(preflight.contains("Access-Control-Allow-Origin: https://shop.example"));
    EXPECT_TRUE(preflight.contains("Access-Control-Allow-Headers: Authorization, Content-Type"));
    const QByteArray foreign = rawHttp("OPTIONS /api/v1/handoff HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\n"
                                       "Connection: close\r\n\r\n");
    EXPECT_TRUE(foreign.startsWith("HTTP/1.1 403")) << foreign.constData();
    EXPECT_FALSE(foreign.contains("Access-Control-Allow-Origin"));
}

TEST_F(PublicLimitsTest, MessageLimitCountsCharactersNotUtf16Units)
{
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type, kOk);
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // one character, two UTF-16 units
    const Envelope full = visitor.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("e1")},
                                                                        {QStringLiteral("text"), emoji.repeated(4000)}});
    EXPECT_EQ(full.type, kOk) << codeOf(full).toStdString();
    const Envelope over = visitor.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("e2")},
                                                                        {QStringLiteral("text"), emoji.repeated(4001)}});
    EXPECT_EQ(codeOf(over), QStringLiteral("too_large"));
}
