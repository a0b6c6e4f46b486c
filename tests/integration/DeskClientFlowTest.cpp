// The same handoff as HandoffFlowTest, with the desk side driven through the desk's own connection
// class (src/client DeskConnection): sign-in, offer, accept, chat, router crash, automatic reconnect.
#include "ProtocolPeer.h"
#include "TestSupport.h"
#include "client/DeskConnection.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

QString textOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString();
}

// Collects what the desk connection delivers.
struct DeskRecorder {
    QList<Envelope> events;
    int signIns = 0;
    explicit DeskRecorder(DeskConnection &c)
    {
        QObject::connect(&c, &DeskConnection::eventReceived, [this](const Envelope &e) { events.append(e); });
        QObject::connect(&c, &DeskConnection::signedIn, [this](bool) { ++signIns; });
    }
    std::optional<Envelope> find(const QString &type, const std::function<bool(const Envelope &)> &pred = {}) const
    {
        for (const Envelope &e : events)
            if (e.type == type && (!pred || pred(e)))
                return e;
        return std::nullopt;
    }
};

Envelope requestAndWait(DeskConnection &c, const QString &type, const QJsonObject &data)
{
    std::optional<Envelope> reply;
    c.request(type, data, [&reply](const Envelope &r) { reply = r; });
    waitUntil([&] { return reply.has_value(); }, 15000);
    if (reply)
        return *reply;
    Envelope timeout;
    timeout.type = QStringLiteral("timeout");
    return timeout;
}

TEST(DeskClientFlow, DeskConnectionServesAChatAcrossARouterCrash)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-pw"), QStringLiteral("agent"),
                               {QStringLiteral("--display-name"), QStringLiteral("Alice")}));
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    DeskConnection desk;
    desk.setReconnectDelays(100, 500);
    DeskRecorder recorder(desk);
    desk.signInWithPassword(QStringLiteral("127.0.0.1:%1").arg(router.port()), QStringLiteral("alice"),
                            QStringLiteral("alice-pw"));
    ASSERT_TRUE(waitUntil([&] { return desk.isSignedIn(); }, 15000)) << desk.lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return recorder.find(QStringLiteral("snapshot")).has_value(); }));

    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    ASSERT_EQ(hello.type, QStringLiteral("ok"));
    const QString conversationId = hello.data.value(QStringLiteral("conversationId")).toString();
    const QString visitorToken = hello.data.value(QStringLiteral("visitorToken")).toString();
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));

    ASSERT_TRUE(waitUntil([&] { return recorder.find(QStringLiteral("offer")).has_value(); }, 20000));
    const Envelope offer = *recorder.find(QStringLiteral("offer"));
    EXPECT_EQ(offer.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("handoff")).toObject()
                  .value(QStringLiteral("trigger")).toString(),
              QStringLiteral("explicit"));
    ASSERT_EQ(requestAndWait(desk, QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), conversationId}}).type,
              QStringLiteral("ok"));
    ASSERT_TRUE(visitor.event(QStringLiteral("agent.joined")));

    ASSERT_EQ(requestAndWait(desk, QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversationId},
                                                                    {QStringLiteral("clientId"), QStringLiteral("d1")},
                                                                    {QStringLiteral("text"), QStringLiteral("Hello from the desk")}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_TRUE(visitor.event(QStringLiteral("message"), [](const Envelope &e) { return textOf(e) == QStringLiteral("Hello from the desk"); }));
    ASSERT_EQ(visitor.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("v1")},
                                                            {QStringLiteral("text"), QStringLiteral("Hello from the visitor")}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_TRUE(waitUntil([&] {
        return recorder.find(QStringLiteral("message"), [](const Envelope &e) { return textOf(e) == QStringLiteral("Hello from the visitor"); })
            .has_value();
    }));

    // Crash and restart: the desk reconnects by itself with its token and gets a fresh snapshot.
    router.kill();
    ASSERT_TRUE(waitUntil([&] { return !desk.isSignedIn(); }, 10000));
    recorder.events.clear();
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    ASSERT_TRUE(waitUntil([&] { return desk.isSignedIn(); }, 30000)) << desk.lastError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return recorder.find(QStringLiteral("snapshot")).has_value(); }, 15000));
    const QJsonArray chats = recorder.find(QStringLiteral("snapshot"))->data.value(QStringLiteral("conversations")).toArray();
    ASSERT_EQ(chats.size(), 1);
    QStringList texts;
    for (const QJsonValue &m : chats.first().toObject().value(QStringLiteral("messages")).toArray())
        texts << m.toObject().value(QStringLiteral("text")).toString();
    EXPECT_EQ(texts.count(QStringLiteral("Hello from the desk")), 1);
    EXPECT_EQ(texts.count(QStringLiteral("Hello from the visitor")), 1);

    ProtocolPeer visitor2;
    ASSERT_TRUE(visitor2.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor2.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                      {QStringLiteral("visitorToken"), visitorToken}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_EQ(requestAndWait(desk, QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversationId},
                                                                    {QStringLiteral("clientId"), QStringLiteral("d2")},
                                                                    {QStringLiteral("text"), QStringLiteral("Back after the restart")}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_TRUE(visitor2.event(QStringLiteral("message"), [](const Envelope &e) { return textOf(e) == QStringLiteral("Back after the restart"); }));
}

} // namespace
