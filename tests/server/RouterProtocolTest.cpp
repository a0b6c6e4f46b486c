// The WebSocket protocol against the real handoff-router process: opening, sign-in, errors with their
// stable codes, limits, and the checks that keep one agent out of another's chat.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

QString codeOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("code")).toString();
}

class RouterProtocolTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = new RouterProcess;
        ASSERT_TRUE(s_router->addUser(QStringLiteral("erin"), QStringLiteral("erin-password")));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("frank"), QStringLiteral("frank-password")));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("dave"), QStringLiteral("dave-password")));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("carol"), QStringLiteral("carol-password")));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("gina"), QStringLiteral("gina-password")));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("kim"), QStringLiteral("kim-password"))); // never signed in
        ASSERT_TRUE(s_router->addUser(QStringLiteral("hank"), QStringLiteral("hank-password"), QStringLiteral("agent"),
                                      {QStringLiteral("--display-name"), QStringLiteral("Hank")}));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("ivy"), QStringLiteral("ivy-password"), QStringLiteral("agent"),
                                      {QStringLiteral("--display-name"), QStringLiteral("Ivy")}));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("sam"), QStringLiteral("sam-password"), QStringLiteral("supervisor")));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("lena"), QStringLiteral("lena-password"), QStringLiteral("agent"),
                                      {QStringLiteral("--display-name"), QStringLiteral("Lena")}));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("milo"), QStringLiteral("milo-password"), QStringLiteral("agent"),
                                      {QStringLiteral("--display-name"), QStringLiteral("Milo")}));
        // Desks closed by earlier tests should not hold offers for long: a short presence grace period.
        const QString config = s_router->dataDir() + QStringLiteral("/router.json");
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"presenceGraceSeconds": 1})");
        file.close();
        ASSERT_TRUE(s_router->start({QStringLiteral("--config"), config})) << s_router->log().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_router;
        s_router = nullptr;
    }

    static std::unique_ptr<ProtocolPeer> desk()
    {
        auto peer = std::make_unique<ProtocolPeer>();
        EXPECT_TRUE(peer->open(s_router->wsUrl(QStringLiteral("desk"))));
        return peer;
    }
    static std::unique_ptr<ProtocolPeer> signedInDesk(const QString &user, const QString &password)
    {
        auto peer = desk();
        EXPECT_EQ(peer->helloDesk().type, QStringLiteral("ok"));
        const Envelope auth = peer->signIn(user, password);
        EXPECT_EQ(auth.type, QStringLiteral("ok")) << codeOf(auth).toStdString();
        return peer;
    }

    static RouterProcess *s_router;
};

RouterProcess *RouterProtocolTest::s_router = nullptr;

TEST_F(RouterProtocolTest, HelloWithAnotherMajorVersionIsRefusedAndClosed)
{
    auto peer = desk();
    const Envelope answer = peer->call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("2.0")}});
    EXPECT_EQ(answer.type, QStringLiteral("error"));
    EXPECT_EQ(codeOf(answer), QStringLiteral("unsupported_version"));
    EXPECT_TRUE(peer->waitDisconnected()) << "the router closes the connection after refusing the version";
}

TEST_F(RouterProtocolTest, HelloAnswersWithTheProtocolVersion)
{
    auto peer = desk();
    const Envelope answer = peer->helloDesk();
    ASSERT_EQ(answer.type, QStringLiteral("ok"));
    EXPECT_EQ(answer.data.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
    EXPECT_TRUE(answer.data.value(QStringLiteral("server")).toString().startsWith(QStringLiteral("handoff-router/")));
}

TEST_F(RouterProtocolTest, WrongPasswordIsUnauthenticated)
{
    auto peer = desk();
    peer->helloDesk();
    const Envelope answer = peer->signIn(QStringLiteral("dave"), QStringLiteral("not-dave-password"));
    EXPECT_EQ(answer.type, QStringLiteral("error"));
    EXPECT_EQ(codeOf(answer), QStringLiteral("unauthenticated"));
    // The connection stays; the right password then works.
    const Envelope retry = peer->signIn(QStringLiteral("dave"), QStringLiteral("dave-password"));
    EXPECT_EQ(retry.type, QStringLiteral("ok"));
    EXPECT_EQ(retry.data.value(QStringLiteral("token")).toString().size(), 64);
    EXPECT_TRUE(peer->event(QStringLiteral("snapshot"))) << "a fresh session starts with a snapshot";
}

TEST_F(RouterProtocolTest, FiveFailuresLockTheUserForAMinute)
{
    auto peer = desk();
    peer->helloDesk();
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(codeOf(peer->signIn(QStringLiteral("carol"), QStringLiteral("guess%1").arg(i))),
                  QStringLiteral("unauthenticated"));
    const Envelope locked = peer->signIn(QStringLiteral("carol"), QStringLiteral("carol-password"));
    EXPECT_EQ(codeOf(locked), QStringLiteral("unauthenticated")) << "even the right password is refused while locked";
    EXPECT_TRUE(locked.errorMessage().contains(QStringLiteral("minute")));
}

TEST_F(RouterProtocolTest, SignInWithTheIssuedTokenWorks)
{
    auto first = signedInDesk(QStringLiteral("sam"), QStringLiteral("sam-password"));
    auto second = desk();
    second->helloDesk();
    // Read the token from the first sign-in's answer.
    const QString token = first->replies().last().data.value(QStringLiteral("token")).toString();
    const Envelope answer = second->call(QStringLiteral("auth"), {{QStringLiteral("token"), token}});
    ASSERT_EQ(answer.type, QStringLiteral("ok"));
    EXPECT_EQ(answer.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("supervisor"));
    const Envelope bad = second->call(QStringLiteral("auth"), {{QStringLiteral("token"), QString(64, QLatin1Char('0'))}});
    EXPECT_EQ(bad.type, QStringLiteral("error"));
}

TEST_F(RouterProtocolTest, ResumedSessionGetsExactlyTheMissedEvents)
{
    auto first = signedInDesk(QStringLiteral("gina"), QStringLiteral("gina-password"));
    const Envelope auth = first->replies().last();
    const auto snapshot = first->event(QStringLiteral("snapshot"));
    ASSERT_TRUE(snapshot);
    const qint64 lastSeq = first->events().last().seq;
    first->close();

    // While the desk is away (within the grace period) a visitor asks for a person: Gina is offered the chat.
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    ASSERT_EQ(hello.type, QStringLiteral("ok"));
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));
    ASSERT_TRUE(visitor.event(QStringLiteral("status")));

    auto second = desk();
    second->helloDesk();
    const Envelope resumed = second->call(
        QStringLiteral("auth"),
        {{QStringLiteral("token"), auth.data.value(QStringLiteral("token")).toString()},
         {QStringLiteral("resume"), QJsonObject{{QStringLiteral("session"), auth.data.value(QStringLiteral("session")).toString()},
                                                {QStringLiteral("lastSeq"), lastSeq}}}});
    ASSERT_EQ(resumed.type, QStringLiteral("ok"));
    EXPECT_TRUE(resumed.data.value(QStringLiteral("resumed")).toBool());
    EXPECT_EQ(resumed.data.value(QStringLiteral("session")).toString(), auth.data.value(QStringLiteral("session")).toString());
    const auto offer = second->event(QStringLiteral("offer"), {}, 15000);
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString(),
              hello.data.value(QStringLiteral("conversationId")).toString());
    EXPECT_GT(offer->seq, lastSeq);
    for (const Envelope &e : second->events())
        EXPECT_NE(e.type, QStringLiteral("snapshot")) << "a resumed session gets no new snapshot";
    qint64 expected = lastSeq + 1;
    for (const Envelope &e : second->events())
        EXPECT_EQ(e.seq, expected++) << "replayed and new events continue the numbering without gaps";
    ASSERT_EQ(second->call(QStringLiteral("offer.decline"), {{QStringLiteral("conversationId"),
                                                             hello.data.value(QStringLiteral("conversationId")).toString()}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_EQ(visitor.call(QStringLiteral("end")).type, QStringLiteral("ok"));
    ASSERT_TRUE(visitor.event(QStringLiteral("closed")));
    // Signed out explicitly, so no later offer waits for this desk's grace period.
    EXPECT_EQ(second->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}}).type,
              QStringLiteral("ok"));
}

TEST_F(RouterProtocolTest, RequestsBeforeSignInAreUnauthenticated)
{
    auto peer = desk();
    EXPECT_EQ(codeOf(peer->call(QStringLiteral("canned.list"))), QStringLiteral("unauthenticated")) << "before hello";
    peer->helloDesk();
    const Envelope answer = peer->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), QStringLiteral("c_x")},
                                                                       {QStringLiteral("clientId"), QStringLiteral("d1")},
                                                                       {QStringLiteral("text"), QStringLiteral("hi")}});
    EXPECT_EQ(codeOf(answer), QStringLiteral("unauthenticated"));
}

TEST_F(RouterProtocolTest, MalformedFrameIsInvalidAndTheConnectionStaysUsable)
{
    auto peer = desk();
    peer->helloDesk();
    peer->sendText(QStringLiteral("{\"type\": \"ping\", \"id\": \"x1\", "));
    EXPECT_TRUE(waitUntil([&] { return !peer->replies().isEmpty() && peer->replies().last().isError(); }, 10000));
    EXPECT_EQ(codeOf(peer->replies().last()), QStringLiteral("invalid"));
    peer->sendText(QStringLiteral("{\"id\": \"x2\", \"data\": {}}"));
    EXPECT_EQ(codeOf(peer->reply(QStringLiteral("x2"))), QStringLiteral("invalid")) << "a frame without a type";
    EXPECT_TRUE(peer->isConnected());
    EXPECT_EQ(peer->call(QStringLiteral("ping")).type, QStringLiteral("ok"));
}

TEST_F(RouterProtocolTest, UnknownTypeIsInvalid)
{
    auto peer = signedInDesk(QStringLiteral("sam"), QStringLiteral("sam-password"));
    EXPECT_EQ(codeOf(peer->call(QStringLiteral("teleport"))), QStringLiteral("invalid"));
}

TEST_F(RouterProtocolTest, OversizeFrameIsTooLargeAndTheConnectionStays)
{
    auto peer = desk();
    peer->helloDesk();
    const QString big = QStringLiteral("{\"type\":\"ping\",\"id\":\"big\",\"data\":{\"pad\":\"%1\"}}")
                            .arg(QString(70 * 1024, QLatin1Char('x')));
    peer->sendText(big);
    ASSERT_TRUE(waitUntil([&] { return peer->replies().last().isError(); }, 10000));
    EXPECT_EQ(codeOf(peer->replies().last()), QStringLiteral("too_large"));
    EXPECT_EQ(peer->call(QStringLiteral("ping")).type, QStringLiteral("ok"));
}

TEST_F(RouterProtocolTest, FloodOfFramesIsRateLimited)
{
    auto peer = desk();
    peer->helloDesk();
    QStringList ids;
    for (int i = 0; i < 120; ++i)
        ids << peer->send(QStringLiteral("ping"));
    EXPECT_TRUE(waitUntil([&] { return peer->replies().size() >= 121; }, 20000));
    int limited = 0, ok = 0;
    for (const Envelope &e : peer->replies()) {
        if (codeOf(e) == QStringLiteral("rate_limited"))
            ++limited;
        else if (e.type == QStringLiteral("ok"))
            ++ok;
    }
    EXPECT_GT(limited, 0);
    EXPECT_GE(ok, 40) << "a burst of 40 goes through";
    EXPECT_TRUE(peer->isConnected());
}

TEST_F(RouterProtocolTest, PeerThatKeepsFloodingIsDisconnected)
{
    auto peer = desk();
    peer->helloDesk();
    for (int i = 0; i < 400; ++i)
        peer->send(QStringLiteral("ping"));
    // The burst goes through, then refusals; a hundred refusals in a row end the connection.
    EXPECT_TRUE(peer->waitDisconnected(20000));
    int limited = 0;
    for (const Envelope &e : peer->replies())
        if (codeOf(e) == QStringLiteral("rate_limited"))
            ++limited;
    EXPECT_GE(limited, 90);
    EXPECT_LT(peer->replies().size(), 400) << "frames after the cut are not answered";
    // Others are unaffected.
    EXPECT_EQ(desk()->helloDesk().type, QStringLiteral("ok"));
}

TEST_F(RouterProtocolTest, UnknownConversationIsNotFound)
{
    auto peer = signedInDesk(QStringLiteral("sam"), QStringLiteral("sam-password"));
    const Envelope answer = peer->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), QStringLiteral("c_nope")},
                                                                       {QStringLiteral("clientId"), QStringLiteral("d1")},
                                                                       {QStringLiteral("text"), QStringLiteral("hi")}});
    EXPECT_EQ(codeOf(answer), QStringLiteral("not_found"));
    EXPECT_EQ(codeOf(peer->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), QStringLiteral("c_nope")}})),
              QStringLiteral("not_found"));
    EXPECT_EQ(codeOf(peer->call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), QStringLiteral("c_nope")}})),
              QStringLiteral("not_found"));
}

TEST_F(RouterProtocolTest, AnAgentCannotActOnAnotherAgentsChat)
{
    auto erin = signedInDesk(QStringLiteral("erin"), QStringLiteral("erin-password"));
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    ASSERT_EQ(hello.type, QStringLiteral("ok"));
    const QString conversationId = hello.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));
    const auto offer = erin->event(QStringLiteral("offer"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString() == conversationId;
    }, 20000);
    ASSERT_TRUE(offer);
    ASSERT_EQ(erin->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), conversationId}}).type,
              QStringLiteral("ok"));

    auto frank = signedInDesk(QStringLiteral("frank"), QStringLiteral("frank-password"));
    const QJsonObject send{{QStringLiteral("conversationId"), conversationId},
                           {QStringLiteral("clientId"), QStringLiteral("f1")},
                           {QStringLiteral("text"), QStringLiteral("I am not Erin")}};
    EXPECT_EQ(codeOf(frank->call(QStringLiteral("message.send"), send)), QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(frank->call(QStringLiteral("conversation.close"), {{QStringLiteral("conversationId"), conversationId},
                                                                      {QStringLiteral("disposition"), QStringLiteral("resolved")}})),
              QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(frank->call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), conversationId}})),
              QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(frank->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), conversationId}})),
              QStringLiteral("not_found"));
    // The supervisor may read it.
    auto sam = signedInDesk(QStringLiteral("sam"), QStringLiteral("sam-password"));
    EXPECT_EQ(sam->call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), conversationId}}).type,
              QStringLiteral("ok"));
    // Erin herself may write, and a too long text is refused as too_large.
    EXPECT_EQ(erin->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversationId},
                                                          {QStringLiteral("clientId"), QStringLiteral("e1")},
                                                          {QStringLiteral("text"), QStringLiteral("Hello, Erin here")}})
                  .type,
              QStringLiteral("ok"));
    EXPECT_EQ(codeOf(erin->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversationId},
                                                                 {QStringLiteral("clientId"), QStringLiteral("e2")},
                                                                 {QStringLiteral("text"), QString(4001, QLatin1Char('a'))}})),
              QStringLiteral("too_large"));
    // Internal notes never reach the visitor.
    ASSERT_EQ(erin->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversationId},
                                                          {QStringLiteral("clientId"), QStringLiteral("e3")},
                                                          {QStringLiteral("text"), QStringLiteral("internal: check refund")},
                                                          {QStringLiteral("internal"), true}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_TRUE(visitor.event(QStringLiteral("message"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
            == QStringLiteral("Hello, Erin here");
    }));
    ASSERT_EQ(erin->call(QStringLiteral("conversation.close"), {{QStringLiteral("conversationId"), conversationId},
                                                               {QStringLiteral("disposition"), QStringLiteral("resolved")}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_TRUE(visitor.event(QStringLiteral("closed")));
    for (const Envelope &e : visitor.events())
        EXPECT_NE(e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
                  QStringLiteral("internal: check refund"));
    EXPECT_EQ(codeOf(erin->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversationId},
                                                                 {QStringLiteral("clientId"), QStringLiteral("e4")},
                                                                 {QStringLiteral("text"), QStringLiteral("after close")}})),
              QStringLiteral("conflict"));
}

TEST_F(RouterProtocolTest, TransferToAnOfflineAgentIsRefusedWithTheReason)
{
    auto hank = signedInDesk(QStringLiteral("hank"), QStringLiteral("hank-password"));
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    const QString id = hello.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));
    ASSERT_TRUE(hank->event(QStringLiteral("offer"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString() == id;
    }, 20000));
    ASSERT_EQ(hank->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), id}}).type, QStringLiteral("ok"));

    const Envelope refused = hank->call(QStringLiteral("conversation.transfer"),
        {{QStringLiteral("conversationId"), id}, {QStringLiteral("agentId"), QStringLiteral("kim")},
         {QStringLiteral("note"), QStringLiteral("over to you")}});
    EXPECT_EQ(codeOf(refused), QStringLiteral("conflict"));
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("offline"))) << qPrintable(refused.errorMessage());
    // Still Hank's chat: he can answer.
    EXPECT_EQ(hank->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), id},
                                                          {QStringLiteral("clientId"), QStringLiteral("k1")},
                                                          {QStringLiteral("text"), QStringLiteral("Still with you")}})
                  .type,
              QStringLiteral("ok"));
    EXPECT_EQ(hank->call(QStringLiteral("conversation.close"), {{QStringLiteral("conversationId"), id}}).type,
              QStringLiteral("ok"));
}

TEST_F(RouterProtocolTest, TransferToAnotherAgentCarriesTheNote)
{
    auto hankA = signedInDesk(QStringLiteral("hank"), QStringLiteral("hank-password"));
    auto hankB = signedInDesk(QStringLiteral("hank"), QStringLiteral("hank-password"));
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    const QString id = hello.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));
    auto isThis = [&](const Envelope &e) {
        return e.data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString() == id
            || e.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString() == id
            || e.data.value(QStringLiteral("conversationId")).toString() == id;
    };
    ASSERT_TRUE(hankA->event(QStringLiteral("offer"), isThis, 20000)) << "both desks of the agent get the offer";
    ASSERT_TRUE(hankB->event(QStringLiteral("offer"), isThis));
    ASSERT_EQ(hankA->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), id}}).type, QStringLiteral("ok"));
    ASSERT_TRUE(hankB->event(QStringLiteral("conversation.assigned"), isThis)) << "the other desk learns the chat is his";

    // Typing reaches the agent; the agent's own line reaches his other desk.
    ASSERT_EQ(visitor.call(QStringLiteral("typing"), {{QStringLiteral("typing"), true}}).type, QStringLiteral("ok"));
    EXPECT_TRUE(hankA->event(QStringLiteral("typing"), isThis));
    ASSERT_EQ(hankA->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), id},
                                                           {QStringLiteral("clientId"), QStringLiteral("h1")},
                                                           {QStringLiteral("text"), QStringLiteral("Let me check")}})
                  .type,
              QStringLiteral("ok"));
    EXPECT_TRUE(hankB->event(QStringLiteral("message"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Let me check");
    }));

    auto ivy = signedInDesk(QStringLiteral("ivy"), QStringLiteral("ivy-password"));
    ASSERT_EQ(hankA->call(QStringLiteral("conversation.transfer"), {{QStringLiteral("conversationId"), id},
                                                                    {QStringLiteral("agentId"), QStringLiteral("ivy")},
                                                                    {QStringLiteral("note"), QStringLiteral("Needs a refund")}})
                  .type,
              QStringLiteral("ok"));
    const auto removed = hankB->event(QStringLiteral("conversation.removed"), isThis);
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->data.value(QStringLiteral("reason")).toString(), QStringLiteral("transferred"));
    ASSERT_TRUE(ivy->event(QStringLiteral("offer"), isThis, 20000));
    const Envelope accepted = ivy->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), id}});
    ASSERT_EQ(accepted.type, QStringLiteral("ok"));
    bool noteSeen = false;
    for (const QJsonValue &m : accepted.data.value(QStringLiteral("messages")).toArray())
        noteSeen |= m.toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Needs a refund")
            && m.toObject().value(QStringLiteral("internal")).toBool();
    EXPECT_TRUE(noteSeen) << "the transfer note is an internal line of the transcript";
    const auto joined = visitor.event(QStringLiteral("agent.joined"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("agentName")).toString() == QStringLiteral("Ivy");
    });
    EXPECT_TRUE(joined);
    EXPECT_EQ(codeOf(hankA->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), id},
                                                                  {QStringLiteral("clientId"), QStringLiteral("h2")},
                                                                  {QStringLiteral("text"), QStringLiteral("still mine?")}})),
              QStringLiteral("forbidden"));
    for (const Envelope &e : visitor.events())
        EXPECT_NE(e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
                  QStringLiteral("Needs a refund"));
    ivy->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}});
    hankA->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}});
}

} // namespace

// The web page keeps the visitor token: coming back to an ended chat shows it ended (with its history) in
// the visitor's own words and the bot's configured name; "start a new chat" sends a hello without a token.
TEST_F(RouterProtocolTest, VisitorBackToAnEndedChatSeesItEnded)
{
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    ASSERT_EQ(hello.type, QStringLiteral("ok"));
    const QString token = hello.data.value(QStringLiteral("visitorToken")).toString();
    const QString id = hello.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(visitor.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("v1")},
                                                            {QStringLiteral("text"), QStringLiteral("hello there")}})
                  .type,
              QStringLiteral("ok"));
    const auto botLine = visitor.event(QStringLiteral("message"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("author")).toString()
            == QStringLiteral("bot");
    });
    ASSERT_TRUE(botLine);
    EXPECT_EQ(botLine->data.value(QStringLiteral("message")).toObject().value(QStringLiteral("authorName")).toString(),
              QStringLiteral("Handoff Assistant"));

    ASSERT_EQ(visitor.call(QStringLiteral("end")).type, QStringLiteral("ok"));
    const auto closed = visitor.event(QStringLiteral("closed"));
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->data.value(QStringLiteral("text")).toString(), QStringLiteral("You ended the chat."));

    ProtocolPeer back;
    ASSERT_TRUE(back.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope again = back.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                               {QStringLiteral("visitorToken"), token}});
    ASSERT_EQ(again.type, QStringLiteral("ok"));
    EXPECT_EQ(again.data.value(QStringLiteral("conversationId")).toString(), id) << "the ended chat, not a new one";
    EXPECT_EQ(again.data.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    bool historyShown = false;
    for (const QJsonValue &m : again.data.value(QStringLiteral("messages")).toArray())
        historyShown |= m.toObject().value(QStringLiteral("text")).toString() == QStringLiteral("hello there");
    EXPECT_TRUE(historyShown);
    EXPECT_EQ(codeOf(back.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("v2")},
                                                               {QStringLiteral("text"), QStringLiteral("still there?")}})),
              QStringLiteral("conflict"));

    ProtocolPeer fresh;
    ASSERT_TRUE(fresh.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope started = fresh.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                                  {QStringLiteral("visitorToken"), QString()}});
    ASSERT_EQ(started.type, QStringLiteral("ok"));
    EXPECT_NE(started.data.value(QStringLiteral("conversationId")).toString(), id);
    EXPECT_EQ(started.data.value(QStringLiteral("state")).toString(), QStringLiteral("bot"));
}

namespace {

QJsonObject agentIn(const Envelope &reply, const QString &id)
{
    for (const QJsonValue &v : reply.data.value(QStringLiteral("agents")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

TEST_F(RouterProtocolTest, AgentsWatchReportsColleaguesWhosePresenceChangesUntilSwitchedOff)
{
    auto lena = signedInDesk(QStringLiteral("lena"), QStringLiteral("lena-password"));
    auto milo = signedInDesk(QStringLiteral("milo"), QStringLiteral("milo-password"));
    ASSERT_EQ(lena->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("available")}}).type,
              QStringLiteral("ok"));
    // Bad input is refused and changes nothing.
    EXPECT_EQ(codeOf(milo->call(QStringLiteral("agents.watch"), {{QStringLiteral("watch"), QStringLiteral("yes")}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(milo->call(QStringLiteral("agents.watch"))), QStringLiteral("invalid"));

    // Milo watches (an agent, not a supervisor); Lena steps away: he is told, with her figures only.
    ASSERT_EQ(milo->call(QStringLiteral("agents.watch"), {{QStringLiteral("watch"), true}}).type, QStringLiteral("ok"));
    ASSERT_EQ(lena->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("away")}}).type,
              QStringLiteral("ok"));
    const auto changed = milo->event(QStringLiteral("agents.changed"), [](const Envelope &e) {
        return !agentIn(e, QStringLiteral("lena")).isEmpty();
    });
    ASSERT_TRUE(changed.has_value());
    const QJsonObject l = agentIn(*changed, QStringLiteral("lena"));
    EXPECT_EQ(l.value(QStringLiteral("presence")).toString(), QStringLiteral("away"));
    EXPECT_EQ(l.value(QStringLiteral("capacity")).toInt(), 3);
    EXPECT_FALSE(l.contains(QStringLiteral("conversations"))) << "which chats she holds is the board's business";
    EXPECT_FALSE(l.contains(QStringLiteral("chosen")));
    EXPECT_TRUE(agentIn(*changed, QStringLiteral("kim")).isEmpty()) << "only who changed";
    // Lena did not ask: she gets no such event.
    EXPECT_FALSE(lena->event(QStringLiteral("agents.changed"), {}, 600).has_value());

    // Switched off: no more.
    ASSERT_EQ(milo->call(QStringLiteral("agents.watch"), {{QStringLiteral("watch"), false}}).type, QStringLiteral("ok"));
    ASSERT_EQ(lena->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("available")}}).type,
              QStringLiteral("ok"));
    EXPECT_FALSE(milo->event(QStringLiteral("agents.changed"), {}, 800).has_value());

    lena->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}});
    milo->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}});
}

TEST_F(RouterProtocolTest, AgentsListShowsColleaguesWithPresenceAndLoadToSignedInDesksOnly)
{
    // Not signed in: refused.
    auto anonymous = desk();
    anonymous->helloDesk();
    EXPECT_EQ(codeOf(anonymous->call(QStringLiteral("agents.list"))), QStringLiteral("unauthenticated"));
    // A visitor's connection does not know the request at all.
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type,
              QStringLiteral("ok"));
    const Envelope fromVisitor = visitor.call(QStringLiteral("agents.list"));
    EXPECT_EQ(fromVisitor.type, QStringLiteral("error"));
    EXPECT_TRUE(fromVisitor.data.value(QStringLiteral("agents")).isUndefined());

    auto lena = signedInDesk(QStringLiteral("lena"), QStringLiteral("lena-password"));
    auto milo = signedInDesk(QStringLiteral("milo"), QStringLiteral("milo-password"));
    ASSERT_EQ(lena->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("available")}}).type,
              QStringLiteral("ok"));
    ASSERT_EQ(milo->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("away")}}).type,
              QStringLiteral("ok"));

    // An agent asks (not only supervisors).
    const Envelope list = milo->call(QStringLiteral("agents.list"));
    ASSERT_EQ(list.type, QStringLiteral("ok")) << list.errorMessage().toStdString();
    const QJsonObject l = agentIn(list, QStringLiteral("lena"));
    EXPECT_EQ(l.value(QStringLiteral("name")).toString(), QStringLiteral("Lena"));
    EXPECT_EQ(l.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    EXPECT_EQ(l.value(QStringLiteral("presence")).toString(), QStringLiteral("available"));
    EXPECT_EQ(l.value(QStringLiteral("load")).toInt(-1), 0);
    EXPECT_EQ(l.value(QStringLiteral("capacity")).toInt(), 3);
    EXPECT_TRUE(l.value(QStringLiteral("queues")).toArray().contains(QStringLiteral("default")))
        << "an agent without special skills serves the default queue";
    EXPECT_EQ(agentIn(list, QStringLiteral("milo")).value(QStringLiteral("presence")).toString(), QStringLiteral("away"));
    EXPECT_EQ(agentIn(list, QStringLiteral("kim")).value(QStringLiteral("presence")).toString(),
              QStringLiteral("offline"))
        << "an agent who never signed in is listed as offline";
    EXPECT_EQ(agentIn(list, QStringLiteral("sam")).value(QStringLiteral("role")).toString(),
              QStringLiteral("supervisor"));
    // Colleagues' figures only: which chats they hold is the supervisors' board's business.
    for (const QJsonValue &v : list.data.value(QStringLiteral("agents")).toArray()) {
        EXPECT_FALSE(v.toObject().contains(QStringLiteral("conversations")));
        EXPECT_FALSE(v.toObject().contains(QStringLiteral("messages")));
    }

    // A supervisor may ask too, and sees the same.
    auto sam = signedInDesk(QStringLiteral("sam"), QStringLiteral("sam-password"));
    const Envelope bySupervisor = sam->call(QStringLiteral("agents.list"));
    ASSERT_EQ(bySupervisor.type, QStringLiteral("ok"));
    EXPECT_EQ(agentIn(bySupervisor, QStringLiteral("lena")).value(QStringLiteral("presence")).toString(),
              QStringLiteral("available"));

    lena->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}});
    milo->call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}});
}

namespace {

// What a client written from docs/protocol.md alone relies on.

QJsonObject frameObject(const QString &raw)
{
    return QJsonDocument::fromJson(raw.toUtf8()).object();
}

} // namespace

TEST_F(RouterProtocolTest, AnUnparseableFrameIsAnsweredWithAnEmptyRe)
{
    auto peer = desk();
    peer->helloDesk();
    peer->sendText(QStringLiteral("{\"type\": \"ping\", "));
    ASSERT_TRUE(waitUntil([&] { return !peer->replies().isEmpty() && peer->replies().last().isError(); }, 10000));
    const QJsonObject error = frameObject(peer->rawFrames().last());
    EXPECT_EQ(error.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    ASSERT_TRUE(error.contains(QStringLiteral("re"))) << qPrintable(peer->rawFrames().last());
    EXPECT_EQ(error.value(QStringLiteral("re")), QJsonValue(QString()));
    // An ok answer carries its re as well.
    peer->call(QStringLiteral("ping"));
    EXPECT_TRUE(frameObject(peer->rawFrames().last()).value(QStringLiteral("re")).isString());
}

TEST_F(RouterProtocolTest, PingIsAnsweredBeforeHelloOnBothEndpoints)
{
    auto peer = desk();
    EXPECT_EQ(peer->call(QStringLiteral("ping")).type, QStringLiteral("ok")) << "desk, before hello";
    EXPECT_EQ(codeOf(peer->call(QStringLiteral("canned.list"))), QStringLiteral("unauthenticated"));
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    EXPECT_EQ(visitor.call(QStringLiteral("ping")).type, QStringLiteral("ok")) << "visitor, before hello";
}

TEST_F(RouterProtocolTest, AMalformedRequestIsInvalidWhateverItNames)
{
    auto sam = signedInDesk(QStringLiteral("sam"), QStringLiteral("sam-password"));
    const QString unknown = QStringLiteral("c_nobody_knows");
    // The shape is checked before the chat is looked up: invalid, not not_found.
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), unknown},
                                                               {QStringLiteral("clientId"), QStringLiteral("d1")}})),
              QStringLiteral("invalid")) << "no text";
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), unknown},
                                                               {QStringLiteral("text"), QStringLiteral("hi")}})),
              QStringLiteral("invalid")) << "no clientId";
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), unknown},
                                                               {QStringLiteral("clientId"), QStringLiteral("d1")},
                                                               {QStringLiteral("text"), QString(4001, QLatin1Char('a'))}})),
              QStringLiteral("too_large"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), unknown},
                                                               {QStringLiteral("clientId"), QStringLiteral("d1")},
                                                               {QStringLiteral("text"), QStringLiteral("hi")},
                                                               {QStringLiteral("internal"), QStringLiteral("yes")}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("typing"), {{QStringLiteral("conversationId"), unknown},
                                                         {QStringLiteral("typing"), QStringLiteral("yes")}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.transfer"), {{QStringLiteral("conversationId"), unknown},
                                                                         {QStringLiteral("agentId"), 7}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.close"), {{QStringLiteral("conversationId"), unknown},
                                                                      {QStringLiteral("note"), true}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), 12}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.forceClose"), {{QStringLiteral("conversationId"), unknown},
                                                                           {QStringLiteral("reason"), 3}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("audit.list"), {{QStringLiteral("limit"), QStringLiteral("ten")}})),
              QStringLiteral("invalid"));
    // Well-formed, the same requests name an unknown chat.
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), unknown},
                                                               {QStringLiteral("clientId"), QStringLiteral("d1")},
                                                               {QStringLiteral("text"), QStringLiteral("hi")}})),
              QStringLiteral("not_found"));
    // A visitor's malformed request is invalid too, before anything else.
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type,
              QStringLiteral("ok"));
    EXPECT_EQ(codeOf(visitor.call(QStringLiteral("message.send"), {{QStringLiteral("text"), QStringLiteral("hi")}})),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(visitor.call(QStringLiteral("typing"), {{QStringLiteral("typing"), 1}})), QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(visitor.call(QStringLiteral("leave_message"), {{QStringLiteral("text"), QStringLiteral("call me")},
                                                                   {QStringLiteral("email"), 5}})),
              QStringLiteral("invalid"));
}

TEST_F(RouterProtocolTest, ChatMessagesCarryEveryFieldWithItsEmptyValue)
{
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    ASSERT_EQ(hello.type, QStringLiteral("ok"));
    const QJsonArray greeting = frameObject(visitor.rawFrames().last())
                                    .value(QStringLiteral("data")).toObject().value(QStringLiteral("messages")).toArray();
    ASSERT_FALSE(greeting.isEmpty());
    const QJsonObject bot = greeting.first().toObject();
    for (const char *name : {"id", "clientId", "conversationId", "author", "authorId", "authorName", "text", "at", "internal"})
        EXPECT_TRUE(bot.contains(QLatin1String(name))) << name;
    EXPECT_EQ(bot.value(QStringLiteral("internal")), QJsonValue(false));
    EXPECT_EQ(bot.value(QStringLiteral("authorId")), QJsonValue(QString()));
    const Envelope sent = visitor.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("v1")},
                                                                        {QStringLiteral("text"), QStringLiteral("hello there")}});
    QJsonObject mine;
    for (const QString &raw : visitor.rawFrames())
        if (frameObject(raw).value(QStringLiteral("re")).toString() == sent.re)
            mine = frameObject(raw).value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toObject();
    EXPECT_EQ(mine.value(QStringLiteral("clientId")).toString(), QStringLiteral("v1"));
    EXPECT_EQ(mine.value(QStringLiteral("internal")), QJsonValue(false));
    EXPECT_EQ(mine.value(QStringLiteral("authorId")), QJsonValue(QString()));
}

TEST_F(RouterProtocolTest, AMessageLeftWhileTheBotHasTheChatKeepsEveryFieldTheBotCollected)
{
    auto sam = signedInDesk(QStringLiteral("sam"), QStringLiteral("sam-password"));
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"),
        {{QStringLiteral("version"), QStringLiteral("1.0")}, {QStringLiteral("page"), QStringLiteral("https://shop.example/orders")}});
    const QString id = hello.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(visitor.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("v1")},
                                                            {QStringLiteral("text"), QStringLiteral("Where is my order A1001?")}})
                  .type,
              QStringLiteral("ok"));
    ASSERT_TRUE(visitor.event(QStringLiteral("message"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("author")).toString() == QStringLiteral("bot");
    }));
    ASSERT_EQ(visitor.call(QStringLiteral("leave_message"), {{QStringLiteral("name"), QStringLiteral("Ada")},
                                                             {QStringLiteral("text"), QStringLiteral("Please call me back")}})
                  .type,
              QStringLiteral("ok"));
    const auto left = sam->event(QStringLiteral("offline.new"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("conversationId")).toString() == id;
    });
    ASSERT_TRUE(left);
    const QJsonObject message = left->data.value(QStringLiteral("message")).toObject();
    EXPECT_EQ(message.value(QStringLiteral("page")).toString(), QStringLiteral("https://shop.example/orders"));
    EXPECT_FALSE(message.value(QStringLiteral("topic")).toString().isEmpty());
    QString order;
    for (const QJsonValue &f : message.value(QStringLiteral("fields")).toArray())
        if (f.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("order.number"))
            order = f.toObject().value(QStringLiteral("value")).toString();
    EXPECT_EQ(order, QStringLiteral("A1001")) << "the bot's fields travel with the message";
}

// Offers withdrawn because the router set the agent away after missed offers say so: "left" is the visitor's.
TEST(RouterOfferWithdrawal, AnAgentSetAwayAfterMissedOffersIsToldWhyTheOtherOffersWent)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("ola"), QStringLiteral("ola-password")));
    QFile routing(router.dataDir() + QStringLiteral("/routing.json"));
    ASSERT_TRUE(routing.open(QIODevice::WriteOnly));
    routing.write(R"({"queues": [{"id": "default", "name": "General"}], "defaultQueue": "default",
                      "offerTimeoutSeconds": 5, "missedOffersBeforeAway": 1})");
    routing.close();
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    ProtocolPeer ola;
    ASSERT_TRUE(ola.open(router.wsUrl(QStringLiteral("desk"))));
    ola.helloDesk();
    ASSERT_EQ(ola.signIn(QStringLiteral("ola"), QStringLiteral("ola-password")).type, QStringLiteral("ok"));
    ProtocolPeer first, second;
    for (ProtocolPeer *v : {&first, &second}) {
        ASSERT_TRUE(v->open(router.wsUrl(QStringLiteral("visitor"))));
        ASSERT_EQ(v->call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type, QStringLiteral("ok"));
        ASSERT_EQ(v->call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));
    }
    ASSERT_TRUE(ola.event(QStringLiteral("offer")));
    ASSERT_TRUE(ola.event(QStringLiteral("offer")));
    // Ola answers neither: the first to expire sets her away, and the other offer is withdrawn for that.
    ASSERT_TRUE(ola.event(QStringLiteral("presence"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("reason")).toString() == QStringLiteral("missed_offers");
    }, 20000));
    QStringList reasons;
    for (const Envelope &e : ola.events())
        if (e.type == QStringLiteral("offer.withdrawn"))
            reasons << e.data.value(QStringLiteral("reason")).toString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("expired"))) << qPrintable(reasons.join(u','));
    EXPECT_TRUE(reasons.contains(QStringLiteral("missed_offers"))) << qPrintable(reasons.join(u','));
    EXPECT_FALSE(reasons.contains(QStringLiteral("left"))) << "both visitors are still there";
}
