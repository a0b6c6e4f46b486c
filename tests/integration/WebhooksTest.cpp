// Events out through the real router process: signed webhooks for a chat's life, redelivery after the
// router was killed with SIGKILL (the outbox is on disk), and handoff.status callbacks to the bot that
// handed a conversation over (accepted, completed; failed when nobody took it).
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");
const QByteArray kSecret = "webhook-secret-for-the-test-0123";

// A webhook receiver: an HTTP/1.1 server on loopback that keeps every POST and answers `status`.
class Receiver : public QObject
{
public:
    struct Post {
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    Receiver()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] { read(s, *buffer); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    int status = 200;
    QList<Post> posts;

    // Waits until `pred` holds for some POST; that POST.
    std::optional<Post> waitFor(const std::function<bool(const Post &)> &pred, int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            for (const Post &p : std::as_const(posts))
                if (pred(p))
                    return p;
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return std::nullopt;
    }

private:
    void read(QTcpSocket *s, QByteArray &buffer)
    {
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Post p;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                p.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = p.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        p.body = buffer.mid(end + 4, length);
        buffer.clear();
        posts << p;
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
    }

    QTcpServer m_server;
};

// The signature a receiver computes: HMAC-SHA256 over "<timestamp>.<body>".
bool signedWith(const Receiver::Post &p, const QByteArray &secret)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(p.headers.value("handoff-timestamp") + "." + p.body);
    return p.headers.value("handoff-signature") == "v1=" + mac.result().toHex();
}

QString idOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("conversationId")).toString();
}

// A desk signed in as `agent` and available.
void signInAvailable(ProtocolPeer &desk, const RouterProcess &router, const QString &agent)
{
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, kOk);
    ASSERT_EQ(desk.signIn(agent, QStringLiteral("password-1")).type, kOk);
    ASSERT_EQ(desk.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("available") } })
                  .type,
        kOk);
}

// POST to the router's handoff API; the status and the JSON answer.
std::pair<int, QJsonObject> postHandoff(
    const RouterProcess &router, const QString &token, const QJsonObject &body, const QByteArray &callbackHeader = {})
{
    QNetworkAccessManager net;
    QNetworkRequest request { QUrl(router.httpUrl(QStringLiteral("/api/v1/handoff"))) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!callbackHeader.isEmpty())
        request.setRawHeader("Handoff-Callback", callbackHeader);
    QNetworkReply *reply = net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

class Webhooks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_router.addUser(QStringLiteral("alice"), QStringLiteral("password-1")));
        ASSERT_TRUE(m_router.addUser(QStringLiteral("sam"), QStringLiteral("password-1"), QStringLiteral("supervisor")));
        // Retries after 1 s rather than 10 s, so the test sees one.
        QFile config(m_config.filePath(QStringLiteral("router.json")));
        ASSERT_TRUE(config.open(QIODevice::WriteOnly));
        config.write(R"({"webhooks": {"firstRetrySeconds": 1, "maxRetrySeconds": 2, "timeoutSeconds": 5}})");
    }

    bool addWebhook(const QString &url, const QString &events = {})
    {
        QStringList args { QStringLiteral("webhook"), QStringLiteral("add"), url, QStringLiteral("--secret"),
            QString::fromUtf8(kSecret) };
        if (!events.isEmpty())
            args << QStringLiteral("--events") << events;
        QString output;
        return m_router.runAdmin(args, &output) == 0 && output.contains(QStringLiteral("wh_"));
    }
    bool start() { return m_router.start({ QStringLiteral("--config"), m_config.filePath(QStringLiteral("router.json")) }); }

    RouterProcess m_router;
    QTemporaryDir m_config;
    Receiver m_receiver;
};

TEST_F(Webhooks, EachStepOfAChatReachesTheEndpointSignedWithItsSecret)
{
    ASSERT_TRUE(addWebhook(m_receiver.url(QStringLiteral("/hooks/handoff"))));
    ASSERT_TRUE(start()) << m_router.log().toStdString();
    ProtocolPeer alice;
    signInAvailable(alice, m_router, QStringLiteral("alice"));
    ASSERT_FALSE(HasFatalFailure());

    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(m_router.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } });
    ASSERT_EQ(hello.type, kOk);
    const QString id = idOf(hello);
    ASSERT_EQ(visitor
                  .call(QStringLiteral("message.send"),
                      { { QStringLiteral("clientId"), QStringLiteral("v1") },
                          { QStringLiteral("text"), QStringLiteral("Where is my parcel?") } })
                  .type,
        kOk);
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    ASSERT_TRUE(alice.event(QStringLiteral("offer")));
    ASSERT_EQ(alice.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), id } }).type, kOk);
    ASSERT_EQ(alice
                  .call(QStringLiteral("message.send"),
                      { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("a1") },
                          { QStringLiteral("text"), QStringLiteral("It left today.") } })
                  .type,
        kOk);
    ASSERT_EQ(alice
                  .call(QStringLiteral("message.send"),
                      { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("n1") },
                          { QStringLiteral("text"), QStringLiteral("Customer sounded upset") },
                          { QStringLiteral("internal"), true } })
                  .type,
        kOk);
    ASSERT_EQ(alice.call(QStringLiteral("conversation.close"), { { QStringLiteral("conversationId"), id } }).type, kOk);

    const auto eventOf = [&](const QString &type) {
        return m_receiver.waitFor([&](const Receiver::Post &p) {
            return p.json().value(QStringLiteral("type")).toString() == type
                && p.json().value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString() == id;
        });
    };
    for (const QString &type : { QStringLiteral("conversation.created"), QStringLiteral("conversation.escalated"),
             QStringLiteral("conversation.offered"), QStringLiteral("conversation.assigned"),
             QStringLiteral("conversation.closed") }) {
        const auto post = eventOf(type);
        ASSERT_TRUE(post) << type.toStdString() << " never came\n" << m_router.log().toStdString();
        EXPECT_TRUE(signedWith(*post, kSecret)) << type.toStdString();
        EXPECT_EQ(post->headers.value("handoff-event"), type.toUtf8());
        EXPECT_FALSE(signedWith(*post, "another-secret-entirely-0000000")) << "the signature depends on the secret";
    }
    EXPECT_EQ(eventOf(QStringLiteral("conversation.assigned"))
                  ->json()
                  .value(QStringLiteral("conversation"))
                  .toObject()
                  .value(QStringLiteral("agentId"))
                  .toString(),
        QStringLiteral("alice"));
    EXPECT_EQ(eventOf(QStringLiteral("conversation.offered"))->json().value(QStringLiteral("offeredTo")).toString(),
        QStringLiteral("alice"));
    // The visitor rates the chat after it closed.
    ASSERT_EQ(visitor
                  .call(QStringLiteral("survey.submit"),
                      { { QStringLiteral("rating"), 5 }, { QStringLiteral("comment"), QStringLiteral("Quick, thanks") } })
                  .type,
        kOk);
    const auto rated = eventOf(QStringLiteral("conversation.rated"));
    ASSERT_TRUE(rated) << m_router.log().toStdString();
    EXPECT_TRUE(signedWith(*rated, kSecret));
    EXPECT_EQ(rated->json().value(QStringLiteral("rating")).toObject().value(QStringLiteral("rating")).toInt(), 5);
    EXPECT_EQ(rated->json().value(QStringLiteral("rating")).toObject().value(QStringLiteral("comment")).toString(),
        QStringLiteral("Quick, thanks"));
    // Lines both ways; the internal note never leaves.
    const auto line = [&](const QString &text) {
        return m_receiver.waitFor(
            [&](const Receiver::Post &p) {
                return p.json().value(QStringLiteral("type")).toString() == QLatin1String("message.created")
                    && p.json().value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
                    == text;
            },
            text.contains(QLatin1String("upset")) ? 1500 : 10000);
    };
    EXPECT_TRUE(line(QStringLiteral("Where is my parcel?")));
    EXPECT_TRUE(line(QStringLiteral("It left today.")));
    EXPECT_FALSE(line(QStringLiteral("Customer sounded upset")));

    // Supervisors read the delivery log; agents may not.
    const Envelope refused = alice.call(QStringLiteral("webhooks.deliveries"));
    EXPECT_EQ(refused.data.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    ProtocolPeer sam;
    ASSERT_TRUE(sam.open(m_router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(sam.helloDesk().type, kOk);
    ASSERT_EQ(sam.signIn(QStringLiteral("sam"), QStringLiteral("password-1")).type, kOk);
    const Envelope log = sam.call(QStringLiteral("webhooks.deliveries"), { { QStringLiteral("limit"), 200 } });
    ASSERT_EQ(log.type, kOk);
    int delivered = 0;
    for (const QJsonValue &v : log.data.value(QStringLiteral("deliveries")).toArray())
        delivered += v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("delivered");
    EXPECT_GE(delivered, 7) << QJsonDocument(log.data).toJson().toStdString();
}

TEST_F(Webhooks, AnEventTheEndpointRefusedIsDeliveredAfterTheRouterWasKilled)
{
    ASSERT_TRUE(addWebhook(m_receiver.url(QStringLiteral("/hook")), QStringLiteral("conversation.escalated")));
    m_receiver.status = 503;
    ASSERT_TRUE(start()) << m_router.log().toStdString();
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(m_router.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } });
    ASSERT_EQ(hello.type, kOk);
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    const auto escalated = [&](const Receiver::Post &p) {
        return p.json().value(QStringLiteral("type")).toString() == QLatin1String("conversation.escalated");
    };
    ASSERT_TRUE(m_receiver.waitFor(escalated)) << m_router.log().toStdString();
    const QString eventId = m_receiver.posts.last().json().value(QStringLiteral("id")).toString();
    // The refused attempt is on disk (attempt 1, HTTP 503, pending) before the kill. (A router killed while an
    // attempt is in flight leaves that delivery leased for a minute; then another router or a restart sends it.)
    QString logged;
    for (int i = 0; i < 100 && !logged.contains(QStringLiteral("\t1\t503\t")); ++i) {
        logged.clear();
        ASSERT_EQ(m_router.runAdmin({ QStringLiteral("webhook"), QStringLiteral("log") }, &logged), 0);
        if (!logged.contains(QStringLiteral("\t1\t503\t"))) {
            QEventLoop wait; // lets the receiver's answer out
            QTimer::singleShot(50, &wait, &QEventLoop::quit);
            wait.exec();
        }
    }
    ASSERT_TRUE(logged.contains(QStringLiteral("\t1\t503\t"))) << logged.toStdString();

    m_router.kill();
    const qsizetype refused = m_receiver.posts.size();
    m_receiver.status = 204;
    ASSERT_TRUE(start()) << m_router.log().toStdString();
    // The same event (same id) again, from the outbox the killed router left on disk.
    const auto again = m_receiver.waitFor(
        [&](const Receiver::Post &) {
            return m_receiver.posts.size() > refused && escalated(m_receiver.posts.last());
        },
        15000);
    ASSERT_TRUE(again) << m_router.log().toStdString();
    EXPECT_EQ(m_receiver.posts.last().json().value(QStringLiteral("id")).toString(), eventId);
    EXPECT_TRUE(signedWith(m_receiver.posts.last(), kSecret));
    // Delivered now: it does not come a third time.
    const qsizetype afterDelivery = m_receiver.posts.size();
    QEventLoop loop;
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(m_receiver.posts.size(), afterDelivery);
    QString output;
    ASSERT_EQ(m_router.runAdmin({ QStringLiteral("webhook"), QStringLiteral("log") }, &output), 0);
    EXPECT_TRUE(output.contains(QStringLiteral("delivered"))) << output.toStdString();
}

TEST_F(Webhooks, ABotThatHandedOverHearsAcceptedCompletedAndFailed)
{
    ASSERT_TRUE(start()) << m_router.log().toStdString();
    QString output;
    ASSERT_EQ(m_router.runAdmin({ QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("shopbot") }, &output), 0);
    const QString token = QRegularExpression(QStringLiteral("[0-9a-f]{32,}")).match(output).captured(0);
    ASSERT_FALSE(token.isEmpty()) << output.toStdString();
    // The bot checks signatures with the SHA-256 of its own token.
    const QByteArray key = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();

    ProtocolPeer alice;
    signInAvailable(alice, m_router, QStringLiteral("alice"));
    ASSERT_FALSE(HasFatalFailure());
    const auto [created, answer] = postHandoff(m_router, token,
        { { QStringLiteral("reason"), QStringLiteral("Refund above the bot's limit") },
            { QStringLiteral("externalConversationId"), QStringLiteral("shop-42") },
            { QStringLiteral("callbackUrl"), m_receiver.url(QStringLiteral("/status")) } });
    ASSERT_EQ(created, 201) << QJsonDocument(answer).toJson().toStdString();
    const QString id = answer.value(QStringLiteral("conversationId")).toString();
    ASSERT_TRUE(alice.event(QStringLiteral("offer")));
    ASSERT_EQ(alice.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), id } }).type, kOk);
    ASSERT_EQ(alice.call(QStringLiteral("conversation.close"), { { QStringLiteral("conversationId"), id } }).type, kOk);

    const auto status = [&](const QString &state) {
        return m_receiver.waitFor([&](const Receiver::Post &p) {
            return p.json().value(QStringLiteral("name")).toString() == QLatin1String("handoff.status")
                && p.json().value(QStringLiteral("value")).toObject().value(QStringLiteral("state")).toString() == state;
        });
    };
    const auto accepted = status(QStringLiteral("accepted"));
    ASSERT_TRUE(accepted) << m_router.log().toStdString();
    EXPECT_TRUE(signedWith(*accepted, key));
    EXPECT_EQ(accepted->json().value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("shop-42"));
    const auto completed = status(QStringLiteral("completed"));
    ASSERT_TRUE(completed);
    EXPECT_TRUE(signedWith(*completed, key));

    // Handed over while alice is away: nobody takes it, the bot ends it through a supervisor's force close.
    ASSERT_EQ(alice.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type,
        kOk);
    const auto [again, second] = postHandoff(m_router, token,
        { { QStringLiteral("reason"), QStringLiteral("Asked for a person") },
            { QStringLiteral("externalConversationId"), QStringLiteral("shop-43") } },
        m_receiver.url(QStringLiteral("/status")).toUtf8());
    ASSERT_EQ(again, 201);
    ProtocolPeer sam;
    ASSERT_TRUE(sam.open(m_router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(sam.helloDesk().type, kOk);
    ASSERT_EQ(sam.signIn(QStringLiteral("sam"), QStringLiteral("password-1")).type, kOk);
    ASSERT_EQ(sam.call(QStringLiteral("conversation.forceClose"),
                     { { QStringLiteral("conversationId"), second.value(QStringLiteral("conversationId")) } })
                  .type,
        kOk);
    const auto failed = status(QStringLiteral("failed"));
    ASSERT_TRUE(failed) << m_router.log().toStdString();
    EXPECT_EQ(failed->json().value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("shop-43"));
    EXPECT_FALSE(failed->json().value(QStringLiteral("value")).toObject().value(QStringLiteral("message")).toString().isEmpty());

    // A callback that is not an http(s) address is refused, and nothing is created.
    const auto [bad, refusal] = postHandoff(m_router, token,
        { { QStringLiteral("reason"), QStringLiteral("x") }, { QStringLiteral("callbackUrl"), QStringLiteral("file:///etc/passwd") } });
    EXPECT_EQ(bad, 400);
    EXPECT_TRUE(refusal.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QStringLiteral("callback")));
}

} // namespace
