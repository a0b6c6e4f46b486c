// Several router processes serving one PostgreSQL database at the same time (HANDOFF_TEST_PG; skipped
// without it, failed when CI is set). Each open conversation is served by one router: a second router
// that starts leaves the first one's conversations alone (no second offer), a waiting chat with agents
// signed in on three routers is offered to exactly one desk, and the conversations of a router killed
// with SIGKILL continue on another once its lease runs out, with every acknowledged line exactly once.
#include "HttpExchange.h"
#include "ProtocolPeer.h"
#include "StoreBackend.h"
#include "TestSupport.h"
#include "TestTokenSigner.h"
#include "client/DeskSession.h"
#include "client/OfferModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

QString idOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("conversationId")).toString();
}

// Lets events (frames, other routers' work) run for `ms` milliseconds.
void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// A line sent as a visitor / as an agent in `conversationId`; the router's answer.
Envelope visitorSays(ProtocolPeer &visitor, const QString &clientId, const QString &text)
{
    return visitor.call(
        QStringLiteral("message.send"), { { QStringLiteral("clientId"), clientId }, { QStringLiteral("text"), text } });
}

Envelope agentSays(ProtocolPeer &desk, const QString &conversationId, const QString &clientId, const QString &text)
{
    return desk.call(QStringLiteral("message.send"),
        { { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("clientId"), clientId },
            { QStringLiteral("text"), text } });
}

// Waits for a `message` event carrying this text.
bool receivesLine(ProtocolPeer &peer, const QString &text, int timeoutMs = 10000)
{
    return peer
        .event(
            QStringLiteral("message"),
            [&](const Envelope &e) {
                return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
                    == text;
            },
            timeoutMs)
        .has_value();
}

// GET /metrics: the value of one sample line ("name{labels} value"), -1 when absent.
double metric(const RouterProcess &router, const QByteArray &sample)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, router.port());
    if (!s.waitForConnected(5000))
        return -1;
    s.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (s.waitForReadyRead(5000))
        response += s.readAll();
    for (const QByteArray &line : response.split('\n'))
        if (line.startsWith(sample + ' '))
            return line.mid(sample.size() + 1).trimmed().toDouble();
    return -1;
}

QStringList textsOf(const QJsonArray &messages)
{
    QStringList texts;
    for (const QJsonValue &m : messages)
        texts << m.toObject().value(QStringLiteral("text")).toString();
    return texts;
}

class ActiveRouters : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        if (!m_database.available(&why)) {
            if (PostgresBackend::required())
                FAIL() << "CI is set, so several routers on PostgreSQL must be tested, but " << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
        RouterProcess admin;
        for (const QString &agent : { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") })
            ASSERT_TRUE(admin.addUser(
                agent, QStringLiteral("password-%1").arg(agent), QStringLiteral("agent"), databaseArgs()));
    }

    QStringList databaseArgs() const { return { QStringLiteral("--database"), m_database.location() }; }

    static Envelope helloVisitor(ProtocolPeer &v, const QString &token = {})
    {
        return v.call(QStringLiteral("hello"),
            { { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("visitorToken"), token } });
    }

    // A desk signed in and available on `router`.
    static void signInAvailable(ProtocolPeer &desk, const RouterProcess &router, const QString &agent)
    {
        ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
        ASSERT_EQ(desk.helloDesk().type, kOk);
        ASSERT_EQ(desk.signIn(agent, QStringLiteral("password-%1").arg(agent)).type, kOk) << router.log().toStdString();
        ASSERT_EQ(
            desk.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("available") } })
                .type,
            kOk);
    }

    // Two routers; alice available on the first, bob on the second.
    void routersWithAliceAndBob(RouterProcess &a, RouterProcess &b, ProtocolPeer &alice, ProtocolPeer &bob)
    {
        ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
        ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();
        signInAvailable(alice, a, QStringLiteral("alice"));
        signInAvailable(bob, b, QStringLiteral("bob"));
    }

    // A visitor on `router` asks for a person; `agent` (signed in there) accepts. The hello's answer.
    static Envelope assignedChat(ProtocolPeer &visitor, const RouterProcess &router, ProtocolPeer &agent)
    {
        Envelope hello;
        [&] {
            ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
            hello = helloVisitor(visitor);
            ASSERT_EQ(hello.type, kOk);
            ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
            ASSERT_TRUE(agent.event(QStringLiteral("offer")));
            ASSERT_EQ(
                agent.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), idOf(hello) } }).type,
                kOk);
        }();
        return hello;
    }

    static int offersFor(const ProtocolPeer &desk, const QString &conversationId)
    {
        int n = 0;
        for (const Envelope &e : desk.events())
            if (e.type == QLatin1String("offer")
                && e.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString()
                    == conversationId)
                ++n;
        return n;
    }

    PostgresBackend m_database;
};

TEST_F(ActiveRouters, ASecondRouterStartingLeavesTheFirstRoutersOfferAlone)
{
    RouterProcess first;
    ASSERT_TRUE(first.start(databaseArgs())) << first.log().toStdString();
    ProtocolPeer aliceDesk;
    signInAvailable(aliceDesk, first, QStringLiteral("alice"));
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(first.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = helloVisitor(visitor);
    ASSERT_EQ(hello.type, kOk);
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    ASSERT_TRUE(aliceDesk.event(QStringLiteral("offer"))); // out for 30 s

    // A router started now finds the offered chat in the database, but its router is running: it is not
    // taken over or offered again, so the agent signed in on the second router gets no offer for it.
    RouterProcess second;
    ASSERT_TRUE(second.start(databaseArgs())) << second.log().toStdString();
    EXPECT_TRUE(
        waitUntil([&] { return second.log().contains(QStringLiteral("took over 0 open conversations")); }, 5000))
        << second.log().toStdString();
    ProtocolPeer bobDesk;
    signInAvailable(bobDesk, second, QStringLiteral("bob"));
    EXPECT_FALSE(bobDesk.event(QStringLiteral("offer"), {}, 4000))
        << "the second router offered a chat already offered";
    EXPECT_EQ(
        aliceDesk.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), idOf(hello) } }).type,
        kOk);
    EXPECT_EQ(offersFor(bobDesk, idOf(hello)), 0);
}

TEST_F(ActiveRouters, AWaitingChatWithAgentsOnThreeRoutersIsOfferedToExactlyOneDesk)
{
    RouterProcess a, b, c;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();
    ASSERT_TRUE(c.start(databaseArgs())) << c.log().toStdString();
    ProtocolPeer alice, bob, carol;
    signInAvailable(alice, a, QStringLiteral("alice"));
    signInAvailable(bob, b, QStringLiteral("bob"));
    signInAvailable(carol, c, QStringLiteral("carol"));

    QStringList ids;
    std::vector<std::unique_ptr<ProtocolPeer>> visitors;
    for (RouterProcess *r : { &a, &b, &c, &a, &b, &c }) {
        auto v = std::make_unique<ProtocolPeer>();
        ASSERT_TRUE(v->open(r->wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = helloVisitor(*v);
        ASSERT_EQ(hello.type, kOk);
        ASSERT_EQ(v->call(QStringLiteral("handoff.request")).type, kOk);
        ids << idOf(hello);
        visitors.push_back(std::move(v));
    }
    // Give every router time to act: each chat is offered once, to one desk, never by two routers.
    settle(3000);
    for (const QString &id : std::as_const(ids)) {
        const int offers = offersFor(alice, id) + offersFor(bob, id) + offersFor(carol, id);
        EXPECT_EQ(offers, 1) << id.toStdString() << " was offered " << offers << " times";
    }
}

TEST_F(ActiveRouters, ChatsOfAKilledRouterContinueOnAnotherWithNothingLostOrDoubled)
{
    RouterProcess doomed, survivor;
    ASSERT_TRUE(doomed.start(databaseArgs())) << doomed.log().toStdString();
    ASSERT_TRUE(survivor.start(databaseArgs())) << survivor.log().toStdString();

    ProtocolPeer alice;
    signInAvailable(alice, doomed, QStringLiteral("alice"));
    ProtocolPeer visitor;
    const Envelope hello = assignedChat(visitor, doomed, alice);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);
    const QString visitorToken = hello.data.value(QStringLiteral("visitorToken")).toString();

    // Acknowledged lines on both sides, then the router is killed without a chance to say goodbye.
    QStringList acknowledged;
    for (int i = 1; i <= 3; ++i) {
        const QString text = QStringLiteral("visitor line %1").arg(i);
        ASSERT_EQ(visitorSays(visitor, QStringLiteral("v%1").arg(i), text).type, kOk);
        acknowledged << text;
        const QString reply = QStringLiteral("agent line %1").arg(i);
        ASSERT_EQ(agentSays(alice, id, QStringLiteral("a%1").arg(i), reply).type, kOk);
        acknowledged << reply;
    }
    doomed.kill();
    QElapsedTimer sinceKill;
    sinceKill.start();

    // The visitor's page reconnects to the other router with its token: at once it has its transcript
    // (served from the store while the killed router's lease runs out, then by the survivor).
    ProtocolPeer back;
    Envelope resumed;
    while (sinceKill.elapsed() < 20000) {
        ProtocolPeer attempt;
        ASSERT_TRUE(attempt.open(survivor.wsUrl(QStringLiteral("visitor"))));
        resumed = helloVisitor(attempt, visitorToken);
        if (resumed.type == kOk)
            break;
        EXPECT_EQ(resumed.data.value(QStringLiteral("code")).toString(), QStringLiteral("unavailable"));
        settle(500);
    }
    ASSERT_EQ(resumed.type, kOk) << survivor.log().toStdString();
    const qint64 visitorBackMs = sinceKill.elapsed();
    EXPECT_EQ(idOf(resumed), id);
    EXPECT_EQ(resumed.data.value(QStringLiteral("state")).toString(), QStringLiteral("assigned"));
    const QStringList texts = textsOf(resumed.data.value(QStringLiteral("messages")).toArray());
    for (const QString &line : std::as_const(acknowledged))
        EXPECT_EQ(texts.count(line), 1) << line.toStdString() << " appears " << texts.count(line) << " times";

    // The agent's desk signs in on the survivor and has the chat; the conversation goes on both ways.
    ProtocolPeer aliceAgain;
    signInAvailable(aliceAgain, survivor, QStringLiteral("alice"));
    const auto isOurs = [&](const Envelope &e) {
        if (e.type == QLatin1String("conversation.assigned"))
            return e.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString() == id;
        for (const QJsonValue &c : e.data.value(QStringLiteral("conversations")).toArray())
            if (c.toObject().value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString()
                == id)
                return true;
        return false;
    };
    const bool inSnapshot = aliceAgain.event(QStringLiteral("snapshot"), isOurs, 2000).has_value();
    EXPECT_TRUE(inSnapshot || aliceAgain.event(QStringLiteral("conversation.assigned"), isOurs, 10000))
        << survivor.log().toStdString();
    const qint64 takeOverMs = sinceKill.elapsed();
    EXPECT_LT(takeOverMs, 10000) << "the chat took " << takeOverMs << " ms to reach the desk again";
    ProtocolPeer visitorAgain;
    ASSERT_TRUE(visitorAgain.open(survivor.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(helloVisitor(visitorAgain, visitorToken).type, kOk);
    ASSERT_EQ(visitorSays(visitorAgain, QStringLiteral("v4"), QStringLiteral("still there?")).type, kOk);
    EXPECT_TRUE(receivesLine(aliceAgain, QStringLiteral("still there?")));
    // A resent line (same clientId) is not stored twice on the new router either.
    const Envelope again = visitorSays(visitorAgain, QStringLiteral("v3"), QStringLiteral("visitor line 3"));
    EXPECT_EQ(again.type, kOk);
    ASSERT_EQ(agentSays(aliceAgain, id, QStringLiteral("a4"), QStringLiteral("yes, here")).type, kOk);
    EXPECT_TRUE(receivesLine(visitorAgain, QStringLiteral("yes, here")));
    const Envelope history
        = aliceAgain.call(QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), id } });
    ASSERT_EQ(history.type, kOk);
    EXPECT_EQ(
        textsOf(history.data.value(QStringLiteral("messages")).toArray()).count(QStringLiteral("visitor line 3")), 1);
    std::printf("[ figures  ] after SIGKILL: the visitor had the chat back after %lld ms, the desk after %lld ms\n",
        static_cast<long long>(visitorBackMs), static_cast<long long>(takeOverMs));
}

TEST_F(ActiveRouters, ARouterRestartedBesideAnotherChangesNothingForIt)
{
    RouterProcess serving, restarting;
    ASSERT_TRUE(serving.start(databaseArgs())) << serving.log().toStdString();
    ASSERT_TRUE(restarting.start(databaseArgs())) << restarting.log().toStdString();
    ProtocolPeer alice;
    signInAvailable(alice, serving, QStringLiteral("alice"));
    ProtocolPeer visitor;
    assignedChat(visitor, serving, alice);
    ASSERT_FALSE(HasFatalFailure());

    restarting.stop();
    ASSERT_TRUE(restarting.start(databaseArgs())) << restarting.log().toStdString();
    EXPECT_TRUE(
        waitUntil([&] { return restarting.log().contains(QStringLiteral("took over 0 open conversations")); }, 5000))
        << restarting.log().toStdString();

    // The chat goes on where it was, untouched.
    ASSERT_EQ(visitorSays(visitor, QStringLiteral("v1"), QStringLiteral("after the restart")).type, kOk);
    EXPECT_TRUE(receivesLine(alice, QStringLiteral("after the restart")));
    EXPECT_TRUE(visitor.isConnected());
    EXPECT_FALSE(serving.log().contains(QStringLiteral("let go here"))) << serving.log().toStdString();
}

} // namespace

namespace {

TEST_F(ActiveRouters, AVisitorOnOneRouterAndAnAgentOnAnotherTalkBothWaysInOrder)
{
    RouterProcess a, b;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();
    ProtocolPeer bob;
    signInAvailable(bob, b, QStringLiteral("bob"));

    // The visitor's router has nobody; the chat waits there until the router with a free agent takes it.
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(a.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = helloVisitor(visitor);
    ASSERT_EQ(hello.type, kOk);
    const QString id = idOf(hello);
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    const auto offer = bob.event(QStringLiteral("offer"), {}, 15000);
    ASSERT_TRUE(offer) << a.log().toStdString() << b.log().toStdString();
    ASSERT_EQ(bob.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), id } }).type, kOk);
    EXPECT_TRUE(visitor.event(QStringLiteral("agent.joined"), {}, 10000)) << b.log().toStdString();
    // What an operations team sees: the chat moved for a free agent; its visitor is served through a.
    EXPECT_EQ(metric(b, "handoff_cluster_takeovers_total{reason=\"waiting_unoffered\"}"), 1);
    EXPECT_EQ(metric(a, "handoff_cluster_conversations_let_go_total"), 1);
    EXPECT_EQ(metric(a, "handoff_cluster_hosted_conversations"), 1);

    // Lines both ways, interleaved; each side sees the other's in the order they were sent.
    QStringList fromVisitor, fromAgent;
    for (int i = 1; i <= 5; ++i) {
        const QString v = QStringLiteral("visitor says %1").arg(i);
        ASSERT_EQ(visitorSays(visitor, QStringLiteral("v%1").arg(i), v).type, kOk);
        fromVisitor << v;
        const QString g = QStringLiteral("bob says %1").arg(i);
        ASSERT_EQ(agentSays(bob, id, QStringLiteral("b%1").arg(i), g).type, kOk);
        fromAgent << g;
    }
    const auto linesOf = [](const ProtocolPeer &peer, const QString &prefix) {
        QStringList texts;
        for (const Envelope &e : peer.events())
            if (e.type == QLatin1String("message")) {
                const QString t
                    = e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString();
                if (t.startsWith(prefix))
                    texts << t;
            }
        return texts;
    };
    EXPECT_TRUE(waitUntil([&] { return linesOf(bob, QStringLiteral("visitor says")).size() >= 5; }, 10000));
    EXPECT_TRUE(waitUntil([&] { return linesOf(visitor, QStringLiteral("bob says")).size() >= 5; }, 10000));
    EXPECT_EQ(linesOf(bob, QStringLiteral("visitor says")), fromVisitor);
    EXPECT_EQ(linesOf(visitor, QStringLiteral("bob says")), fromAgent);

    // Typing reaches the desk on the other router; the agent ending the chat reaches the visitor.
    visitor.send(QStringLiteral("typing"), { { QStringLiteral("typing"), true } });
    EXPECT_TRUE(bob.event(QStringLiteral("typing"), {}, 10000));
    ASSERT_EQ(bob.call(QStringLiteral("conversation.close"),
                     { { QStringLiteral("conversationId"), id },
                         { QStringLiteral("disposition"), QStringLiteral("resolved") } })
                  .type,
        kOk);
    EXPECT_TRUE(visitor.event(QStringLiteral("closed"), {}, 10000)) << a.log().toStdString();
}

} // namespace

namespace {

TEST_F(ActiveRouters, ADeskThatMovesToAnotherRouterTakesItsChatsAlong)
{
    RouterProcess a, b;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();
    ProtocolPeer alice;
    signInAvailable(alice, a, QStringLiteral("alice"));
    ProtocolPeer visitor;
    const Envelope hello = assignedChat(visitor, a, alice);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);

    // The desk's connection drops and it signs in again through the other router (both keep running).
    alice.close();
    ProtocolPeer aliceSecondDesk;
    signInAvailable(aliceSecondDesk, b, QStringLiteral("alice"));
    const auto back = aliceSecondDesk.event(QStringLiteral("conversation.assigned"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString() == id;
    });
    ASSERT_TRUE(back) << b.log().toStdString();

    // The visitor stays where they are; the chat goes on both ways.
    ASSERT_EQ(agentSays(aliceSecondDesk, id, QStringLiteral("a1"), QStringLiteral("from the other router")).type, kOk);
    EXPECT_TRUE(receivesLine(visitor, QStringLiteral("from the other router"))) << a.log().toStdString();
    ASSERT_EQ(visitorSays(visitor, QStringLiteral("v1"), QStringLiteral("got it")).type, kOk);
    EXPECT_TRUE(receivesLine(aliceSecondDesk, QStringLiteral("got it"))) << b.log().toStdString();
}

} // namespace

namespace {

TEST_F(ActiveRouters, ADeskGivenSeveralRoutersMovesToTheNextWhenItsRouterDies)
{
    RouterProcess a, b;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();

    // The desk as IT sets it up: both routers, in order.
    QTemporaryDir cacheDir;
    DeskSession desk;
    desk.setCacheDirectory(cacheDir.path());
    desk.connection()->setReconnectDelays(200, 1000);
    desk.signIn(QStringLiteral("127.0.0.1:%1, 127.0.0.1:%2").arg(a.port()).arg(b.port()), QStringLiteral("alice"),
        QStringLiteral("password-alice"));
    ASSERT_TRUE(waitUntil([&] { return desk.connection()->isSignedIn(); }, 15000))
        << qPrintable(desk.connection()->lastError());
    EXPECT_EQ(desk.connection()->endpoint().port(), a.port());
    desk.setPresence(Presence::Available);

    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(a.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = helloVisitor(visitor);
    ASSERT_EQ(hello.type, kOk);
    const QString id = idOf(hello);
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    ASSERT_TRUE(waitUntil([&] { return desk.offers()->rowCount() == 1; }, 15000));
    QString acceptError = QStringLiteral("pending");
    desk.acceptOffer(id, [&](const QString &error) { acceptError = error; });
    ASSERT_TRUE(waitUntil([&] { return acceptError != QLatin1String("pending"); }, 10000));
    ASSERT_TRUE(acceptError.isEmpty()) << qPrintable(acceptError);

    // The desk's router dies: the desk signs in through the other one and has its chat there at once.
    a.kill();
    ASSERT_TRUE(waitUntil(
        [&] { return desk.connection()->isSignedIn() && desk.connection()->endpoint().port() == b.port(); }, 15000))
        << qPrintable(desk.connection()->lastError()) << b.log().toStdString();
    ProtocolPeer visitorBack;
    ASSERT_TRUE(visitorBack.open(b.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(helloVisitor(visitorBack, hello.data.value(QStringLiteral("visitorToken")).toString()).type, kOk);
    QString error;
    ASSERT_TRUE(waitUntil([&] { return desk.send(id, QStringLiteral("I am still here"), false, &error); }, 10000))
        << qPrintable(error);
    EXPECT_TRUE(receivesLine(visitorBack, QStringLiteral("I am still here"), 15000)) << b.log().toStdString();
}

} // namespace

namespace {

TEST_F(ActiveRouters, ARouterThatStalledPastItsLeaseLetsGoOfWhatTheOthersTookAndOverwritesNothing)
{
    RouterProcess a, b;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(a.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = helloVisitor(visitor);
    ASSERT_EQ(hello.type, kOk);
    const QString id = idOf(hello);
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk); // waits on a: nobody is signed in

    // a stalls (alive, sockets open, no heartbeat); b takes the chat over and its agent accepts it.
    a.pause();
    ProtocolPeer bob;
    signInAvailable(bob, b, QStringLiteral("bob"));
    const auto offer = bob.event(QStringLiteral("offer"), {}, 20000);
    ASSERT_TRUE(offer) << b.log().toStdString();
    ASSERT_EQ(bob.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), id } }).type, kOk);

    // a wakes up: it finds the chat is no longer its own, lets go, and serves its visitor from the store.
    a.resume();
    EXPECT_TRUE(waitUntil([&] { return a.log().contains(QStringLiteral("let go here")); }, 15000))
        << a.log().toStdString();
    EXPECT_TRUE(visitor.event(QStringLiteral("agent.joined"), {}, 15000)) << a.log().toStdString();
    ASSERT_EQ(visitorSays(visitor, QStringLiteral("v1"), QStringLiteral("hello bob")).type, kOk);
    EXPECT_TRUE(receivesLine(bob, QStringLiteral("hello bob"))) << b.log().toStdString();

    // The row is still b's assignment: nothing a wrote after waking overwrote it.
    ProtocolPeer bobsOtherDesk;
    ASSERT_TRUE(bobsOtherDesk.open(b.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(bobsOtherDesk.helloDesk().type, kOk);
    ASSERT_EQ(bobsOtherDesk.signIn(QStringLiteral("bob"), QStringLiteral("password-bob")).type, kOk);
    const Envelope history
        = bobsOtherDesk.call(QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), id } });
    ASSERT_EQ(history.type, kOk);
    const QJsonObject conversation = history.data.value(QStringLiteral("conversation")).toObject();
    EXPECT_EQ(conversation.value(QStringLiteral("state")).toString(), QStringLiteral("assigned"));
    EXPECT_EQ(conversation.value(QStringLiteral("agentId")).toString(), QStringLiteral("bob"));
}

} // namespace

namespace {

TEST_F(ActiveRouters, ColleaguesAndQueueFiguresIncludeAgentsOnOtherRouters)
{
    RouterProcess a, b;
    ProtocolPeer alice, bob;
    routersWithAliceAndBob(a, b, alice, bob);
    ASSERT_FALSE(HasFatalFailure());

    const auto bobAsAliceSeesHim = [&] {
        const Envelope list = alice.call(QStringLiteral("agents.list"));
        for (const QJsonValue &v : list.data.value(QStringLiteral("agents")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("bob"))
                return v.toObject();
        return QJsonObject();
    };
    // Asked at most every 300 ms (a desk that asks faster is rate limited).
    QJsonObject seen;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && seen.value(QStringLiteral("presence")).toString() != QLatin1String("available")) {
        seen = bobAsAliceSeesHim();
        settle(300);
    }
    EXPECT_EQ(seen.value(QStringLiteral("presence")).toString(), QStringLiteral("available"))
        << QJsonDocument(seen).toJson().toStdString();
    EXPECT_EQ(seen.value(QStringLiteral("capacity")).toInt(), 3);

    // The queue overview on alice's router counts bob too.
    const auto availableIn = [](const Envelope &e) {
        for (const QJsonValue &q : e.data.value(QStringLiteral("queues")).toArray())
            if (q.toObject().value(QStringLiteral("id")).toString() == QLatin1String("default"))
                return q.toObject().value(QStringLiteral("agentsAvailable")).toInt();
        return -1;
    };
    EXPECT_TRUE(alice.event(
        QStringLiteral("queues"), [&](const Envelope &e) { return availableIn(e) == 2; }, 10000));
}

} // namespace

namespace {

TEST_F(ActiveRouters, AChatTransferredToAnAgentOnAnotherRouterIsOfferedToThem)
{
    RouterProcess a, b;
    ProtocolPeer alice, bob;
    routersWithAliceAndBob(a, b, alice, bob);
    ASSERT_FALSE(HasFatalFailure());
    ProtocolPeer visitor;
    const Envelope hello = assignedChat(visitor, a, alice);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);

    // alice's router learns within 2 s that bob is signed in elsewhere; the transfer hands the chat over.
    Envelope transfer;
    QElapsedTimer clock;
    clock.start();
    do {
        settle(500);
        transfer = alice.call(QStringLiteral("conversation.transfer"),
            { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("bob") } });
    } while (transfer.type != kOk && clock.elapsed() < 10000);
    ASSERT_EQ(transfer.type, kOk) << transfer.data.value(QStringLiteral("message")).toString().toStdString();
    const auto offer = bob.event(QStringLiteral("offer"), {}, 10000);
    ASSERT_TRUE(offer) << b.log().toStdString();
    EXPECT_EQ(offer->data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(), id);
    ASSERT_EQ(bob.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), id } }).type, kOk);

    // The visitor stays on a and talks with bob on b.
    ASSERT_EQ(agentSays(bob, id, QStringLiteral("b1"), QStringLiteral("Bob here")).type, kOk);
    EXPECT_TRUE(receivesLine(visitor, QStringLiteral("Bob here"))) << a.log().toStdString();
    EXPECT_EQ(metric(b, "handoff_cluster_takeovers_total{reason=\"transferred_here\"}"), 1);
}

} // namespace

namespace {

// What a board event (snapshot or delta) says of one conversation, or nothing.
QJsonObject boardEntry(const Envelope &e, const QString &conversationId)
{
    for (const QJsonValue &v : e.data.value(QStringLiteral("conversations")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == conversationId)
            return v.toObject();
    return {};
}

TEST_F(ActiveRouters, ASupervisorOnOneRouterSeesWatchesAndEndsAChatAnotherServes)
{
    RouterProcess admin;
    ASSERT_TRUE(admin.addUser(QStringLiteral("sam"), QStringLiteral("password-sam"), QStringLiteral("supervisor"),
        databaseArgs()));
    RouterProcess a, b;
    ProtocolPeer alice, bob;
    routersWithAliceAndBob(a, b, alice, bob);
    ASSERT_FALSE(HasFatalFailure());
    ProtocolPeer visitor;
    const Envelope hello = assignedChat(visitor, a, alice);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);

    // sam's board is on b; the chat alice serves on a shows on it, with alice's name.
    ProtocolPeer sam;
    ASSERT_TRUE(sam.open(b.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(sam.helloDesk().type, kOk);
    ASSERT_EQ(sam.signIn(QStringLiteral("sam"), QStringLiteral("password-sam")).type, kOk);
    ASSERT_EQ(sam.call(QStringLiteral("board.subscribe")).type, kOk);
    const auto onBoard = [&](const Envelope &e) {
        const QJsonObject c = boardEntry(e, id);
        return c.value(QStringLiteral("state")).toString() == QLatin1String("assigned")
            && c.value(QStringLiteral("agentId")).toString() == QLatin1String("alice");
    };
    EXPECT_TRUE(sam.event(QStringLiteral("board.snapshot"), onBoard, 1000)
        || sam.event(QStringLiteral("board.delta"), onBoard, 10000))
        << b.log().toStdString();

    // Monitoring from b: the transcript so far, then each new line of either side.
    const Envelope monitor = sam.call(QStringLiteral("conversation.monitor"), { { QStringLiteral("conversationId"), id } });
    ASSERT_EQ(monitor.type, kOk) << monitor.data.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_TRUE(textsOf(monitor.data.value(QStringLiteral("messages")).toArray())
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("alice joined"), Qt::CaseInsensitive));
    const auto monitorSees = [&](const QString &text) {
        return sam.event(
            QStringLiteral("monitor.message"),
            [&](const Envelope &e) {
                return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
                    == text;
            },
            10000);
    };
    ASSERT_EQ(visitorSays(visitor, QStringLiteral("v1"), QStringLiteral("Is my parcel lost?")).type, kOk);
    EXPECT_TRUE(monitorSees(QStringLiteral("Is my parcel lost?"))) << a.log().toStdString() << b.log().toStdString();
    ASSERT_EQ(agentSays(alice, id, QStringLiteral("a1"), QStringLiteral("Let me look.")).type, kOk);
    EXPECT_TRUE(monitorSees(QStringLiteral("Let me look.")));

    // An action a refuses comes back to sam with a's reason; one it does, with its answer.
    const Envelope refused = sam.call(QStringLiteral("conversation.reassign"),
        { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("nobody") } });
    EXPECT_EQ(refused.type, QStringLiteral("error"));
    EXPECT_EQ(refused.data.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    const Envelope closed = sam.call(QStringLiteral("conversation.forceClose"),
        { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("test of the board") } });
    ASSERT_EQ(closed.type, kOk) << closed.data.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_TRUE(visitor.event(QStringLiteral("closed")));
    const auto removed = alice.event(QStringLiteral("conversation.removed"));
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->data.value(QStringLiteral("reason")).toString(), QStringLiteral("force_closed"));
    EXPECT_TRUE(sam.event(QStringLiteral("monitor.ended"), {}, 10000));

    // The audit log names sam for both, whichever router did them.
    const Envelope audit = sam.call(QStringLiteral("audit.list"), { { QStringLiteral("limit"), 50 } });
    int bySam = 0;
    for (const QJsonValue &v : audit.data.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = v.toObject();
        if (entry.value(QStringLiteral("actor")).toString() == QLatin1String("sam")
            && entry.value(QStringLiteral("target")).toString() == id)
            ++bySam;
    }
    EXPECT_GE(bySam, 3) << QJsonDocument(audit.data).toJson().toStdString(); // monitor, refused reassign, close

    // Reassigned from b to bob, who is signed in on b: a hands it over and bob is offered it there.
    ProtocolPeer second;
    const QString secondId = idOf(assignedChat(second, a, alice));
    ASSERT_FALSE(HasFatalFailure());
    const auto secondOnBoard = [&](const Envelope &e) { return !boardEntry(e, secondId).isEmpty(); };
    ASSERT_TRUE(sam.event(QStringLiteral("board.delta"), secondOnBoard, 10000));
    const Envelope reassigned = sam.call(QStringLiteral("conversation.reassign"),
        { { QStringLiteral("conversationId"), secondId }, { QStringLiteral("agentId"), QStringLiteral("bob") } });
    ASSERT_EQ(reassigned.type, kOk) << reassigned.data.value(QStringLiteral("message")).toString().toStdString();
    const auto offer = bob.event(
        QStringLiteral("offer"),
        [&](const Envelope &e) {
            return e.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString()
                == secondId;
        },
        10000);
    ASSERT_TRUE(offer) << a.log().toStdString() << b.log().toStdString();
    const auto aliceLost = alice.event(QStringLiteral("conversation.removed"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("conversationId")).toString() == secondId;
    });
    ASSERT_TRUE(aliceLost);
    EXPECT_EQ(aliceLost->data.value(QStringLiteral("reason")).toString(), QStringLiteral("reassigned"));
}

} // namespace

namespace {

TEST_F(ActiveRouters, AMessageLeftThroughOneRouterReachesTheDesksOfAnother)
{
    RouterProcess a, b;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();
    ProtocolPeer alice, bob;
    signInAvailable(alice, b, QStringLiteral("alice"));
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_EQ(alice.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type,
        kOk);

    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(a.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(helloVisitor(visitor).type, kOk);
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    const Envelope left = visitor.call(QStringLiteral("leave_message"),
        { { QStringLiteral("name"), QStringLiteral("Dana") }, { QStringLiteral("email"), QStringLiteral("dana@example.com") },
            { QStringLiteral("text"), QStringLiteral("Please call me back about my refund.") } });
    ASSERT_EQ(left.type, kOk) << left.data.value(QStringLiteral("message")).toString().toStdString();
    const auto heard = alice.event(QStringLiteral("offline.new"), {}, 10000);
    ASSERT_TRUE(heard) << b.log().toStdString();
    const QJsonObject message = heard->data.value(QStringLiteral("message")).toObject();
    EXPECT_EQ(message.value(QStringLiteral("text")).toString(), QStringLiteral("Please call me back about my refund."));
    EXPECT_EQ(message.value(QStringLiteral("id")).toString(), left.data.value(QStringLiteral("id")).toString());

    // Handled on b: a desk on a hears that too.
    signInAvailable(bob, a, QStringLiteral("bob"));
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_EQ(alice.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), message.value(QStringLiteral("id")) } })
                  .type,
        kOk);
    const auto handled = bob.event(QStringLiteral("offline.handled"), {}, 10000);
    ASSERT_TRUE(handled) << a.log().toStdString();
    EXPECT_EQ(handled->data.value(QStringLiteral("message")).toObject().value(QStringLiteral("handledBy")).toString(),
        QStringLiteral("alice"));
}

} // namespace

namespace {

// A visitor on `a` whose chat `b` serves: the visitor's router has nobody, so the chat waits there until b,
// where `desk` (signed in as `agent`, available) is free, takes it; the agent accepts it. The hello's answer.
Envelope chatServedElsewhere(ProtocolPeer &visitor, const RouterProcess &a, ProtocolPeer &desk)
{
    Envelope hello;
    [&] {
        ASSERT_TRUE(visitor.open(a.wsUrl(QStringLiteral("visitor"))));
        hello = visitor.call(QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } });
        ASSERT_EQ(hello.type, kOk);
        ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
        ASSERT_TRUE(desk.event(QStringLiteral("offer"), {}, 15000)) << a.log().toStdString();
        ASSERT_EQ(desk.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), idOf(hello) } }).type,
            kOk);
        ASSERT_TRUE(visitor.event(QStringLiteral("agent.joined"), {}, 10000)) << a.log().toStdString();
    }();
    return hello;
}

// The desk's sign-in token (for HTTP downloads); the desk is available on `router`.
QString signInForFiles(ProtocolPeer &desk, const RouterProcess &router, const QString &agent)
{
    QString token;
    [&] {
        ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
        ASSERT_EQ(desk.helloDesk().type, kOk);
        const Envelope auth = desk.signIn(agent, QStringLiteral("password-%1").arg(agent));
        ASSERT_EQ(auth.type, kOk);
        token = auth.data.value(QStringLiteral("token")).toString();
        ASSERT_EQ(
            desk.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("available") } })
                .type,
            kOk);
    }();
    return token;
}

TEST_F(ActiveRouters, AVisitorServedThroughAnotherRouterSendsAFileTheAgentThereDownloads)
{
    // Both routers keep files in one shared directory (docs/router.md, "Files sent in chats with PostgreSQL").
    QTemporaryDir shared;
    const QByteArray config = QJsonDocument(QJsonObject { { QStringLiteral("attachments"),
                                                QJsonObject { { QStringLiteral("directory"), shared.path() },
                                                    { QStringLiteral("minFreeDiskMegabytes"), 1 } } } })
                                  .toJson();
    RouterProcess a, b;
    ASSERT_TRUE(a.startWithConfig(config, databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.startWithConfig(config, databaseArgs())) << b.log().toStdString();
    ProtocolPeer bob;
    const QString bobToken = signInForFiles(bob, b, QStringLiteral("bob"));
    ASSERT_FALSE(HasFatalFailure());
    ProtocolPeer visitor;
    const Envelope hello = chatServedElsewhere(visitor, a, bob);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);
    const QString visitorToken = hello.data.value(QStringLiteral("visitorToken")).toString();

    // The upload goes to the router the visitor's page is connected to; the line that carries it too.
    const QByteArray bytes = "Order 4711: the parcel label, photographed.\n";
    const HttpAnswer sent = upload(a.port(), visitorToken, id, QStringLiteral("label.txt"), bytes);
    ASSERT_EQ(sent.status, 201) << sent.body.toStdString() << a.log().toStdString();
    const QString fileId = attachmentIdOf(sent);
    const Envelope line = visitor.call(QStringLiteral("message.send"),
        { { QStringLiteral("clientId"), QStringLiteral("f1") }, { QStringLiteral("attachmentId"), fileId },
            { QStringLiteral("text"), QStringLiteral("here is the label") } });
    ASSERT_EQ(line.type, kOk) << line.data.value(QStringLiteral("message")).toString().toStdString();

    // Bob's desk on b gets the line with the file, and downloads it from b.
    const auto atAgent = bob.event(
        QStringLiteral("message"),
        [&](const Envelope &e) {
            return e.data.value(QStringLiteral("message")).toObject().contains(QStringLiteral("attachment"));
        },
        10000);
    ASSERT_TRUE(atAgent) << b.log().toStdString();
    const QJsonObject message = atAgent->data.value(QStringLiteral("message")).toObject();
    EXPECT_EQ(message.value(QStringLiteral("text")).toString(), QStringLiteral("here is the label"));
    const QJsonObject attachment = message.value(QStringLiteral("attachment")).toObject();
    EXPECT_EQ(attachment.value(QStringLiteral("id")).toString(), fileId);
    EXPECT_EQ(attachment.value(QStringLiteral("name")).toString(), QStringLiteral("label.txt"));
    EXPECT_EQ(attachment.value(QStringLiteral("size")).toInteger(), bytes.size());
    EXPECT_EQ(download(b.port(), bobToken, fileId).body, bytes);
    // And from either router, for either of them.
    EXPECT_EQ(download(a.port(), bobToken, fileId).body, bytes);
    EXPECT_EQ(download(a.port(), visitorToken, fileId).body, bytes);
    EXPECT_EQ(download(b.port(), visitorToken, fileId).body, bytes);

    // A file id that is not the visitor's in this chat is refused there too, and nothing is stored.
    const Envelope foreign = visitor.call(QStringLiteral("message.send"),
        { { QStringLiteral("clientId"), QStringLiteral("f2") }, { QStringLiteral("attachmentId"), QStringLiteral("a_nope") } });
    EXPECT_EQ(foreign.data.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
}

TEST_F(ActiveRouters, AVisitorServedThroughAnotherRouterRatesTheChatAndDownloadsItsTranscript)
{
    RouterProcess a, b;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.start(databaseArgs())) << b.log().toStdString();
    ProtocolPeer bob;
    signInAvailable(bob, b, QStringLiteral("bob"));
    ProtocolPeer visitor;
    const Envelope hello = chatServedElsewhere(visitor, a, bob);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);
    const QString visitorToken = hello.data.value(QStringLiteral("visitorToken")).toString();
    ASSERT_EQ(agentSays(bob, id, QStringLiteral("b1"), QStringLiteral("Your refund is on its way.")).type, kOk);
    ASSERT_TRUE(receivesLine(visitor, QStringLiteral("Your refund is on its way.")));

    // Bob ends the chat on b; the page on a is asked to rate it, and its rating reaches Bob's desk.
    ASSERT_EQ(bob.call(QStringLiteral("conversation.close"),
                     { { QStringLiteral("conversationId"), id },
                         { QStringLiteral("disposition"), QStringLiteral("resolved") } })
                  .type,
        kOk);
    const auto closed = visitor.event(QStringLiteral("closed"), {}, 10000);
    ASSERT_TRUE(closed) << a.log().toStdString();
    EXPECT_EQ(closed->data.value(QStringLiteral("survey")).toString(), QStringLiteral("ask"));
    const Envelope rated = visitor.call(QStringLiteral("survey.submit"),
        { { QStringLiteral("rating"), 5 }, { QStringLiteral("comment"), QStringLiteral("Fast and kind") } });
    ASSERT_EQ(rated.type, kOk) << rated.data.value(QStringLiteral("message")).toString().toStdString();
    const auto atDesk = bob.event(
        QStringLiteral("conversation.rated"),
        [&](const Envelope &e) { return e.data.value(QStringLiteral("conversationId")).toString() == id; }, 10000);
    ASSERT_TRUE(atDesk) << b.log().toStdString();
    EXPECT_EQ(atDesk->data.value(QStringLiteral("rating")).toInt(), 5);
    EXPECT_EQ(atDesk->data.value(QStringLiteral("comment")).toString(), QStringLiteral("Fast and kind"));
    const Envelope history = bob.call(QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), id } });
    EXPECT_EQ(history.data.value(QStringLiteral("rating")).toObject().value(QStringLiteral("rating")).toInt(), 5);
    EXPECT_EQ(visitor.call(QStringLiteral("survey.submit"), { { QStringLiteral("rating"), 1 } })
                  .data.value(QStringLiteral("code"))
                  .toString(),
        QStringLiteral("conflict"));

    // The transcript, from either router, has the agent's line.
    for (const RouterProcess *router : { &a, &b }) {
        const HttpAnswer transcript = exchange(router->port(),
            QStringLiteral("GET /api/v1/transcripts/%1.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %2\r\n\r\n")
                .arg(id, visitorToken)
                .toLatin1());
        EXPECT_EQ(transcript.status, 200) << transcript.body.toStdString();
        EXPECT_TRUE(transcript.body.contains("Your refund is on its way.")) << transcript.body.toStdString();
    }
}

TEST_F(ActiveRouters, AVisitorWhoSignsInWhileServedThroughAnotherRouterIsKnownToTheAgentThere)
{
    // Both routers accept the site's ID tokens.
    const TestTokenSigner site(TestTokenSigner::Kind::Rsa);
    QTemporaryDir keys;
    const QString keyFile = keys.filePath(QStringLiteral("site.pem"));
    QFile pem(keyFile);
    ASSERT_TRUE(pem.open(QIODevice::WriteOnly));
    pem.write(site.publicPem());
    pem.close();
    const QString issuer = QStringLiteral("https://shop.example");
    const QString audience = QStringLiteral("handoff-chat");
    const QByteArray config = QJsonDocument(QJsonObject { { QStringLiteral("identity"),
                                                QJsonObject { { QStringLiteral("issuer"), issuer },
                                                    { QStringLiteral("audience"), audience },
                                                    { QStringLiteral("keyFile"), keyFile } } } })
                                  .toJson();
    RouterProcess a, b;
    ASSERT_TRUE(a.startWithConfig(config, databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(b.startWithConfig(config, databaseArgs())) << b.log().toStdString();
    ProtocolPeer bob;
    signInAvailable(bob, b, QStringLiteral("bob"));
    ProtocolPeer visitor;
    const Envelope hello = chatServedElsewhere(visitor, a, bob);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);

    // The visitor signs in on the site mid-chat; the page reconnects to a with its chat and the ID token.
    QJsonObject claims = TestTokenSigner::claims(
        QStringLiteral("cust-42"), issuer, audience, QDateTime::currentSecsSinceEpoch());
    claims.insert(QStringLiteral("name"), QStringLiteral("Ada Lovelace"));
    claims.insert(QStringLiteral("email"), QStringLiteral("ada@example.org"));
    visitor.close();
    ProtocolPeer signedIn;
    ASSERT_TRUE(signedIn.open(a.wsUrl(QStringLiteral("visitor"))));
    const Envelope back = signedIn.call(QStringLiteral("hello"),
        { { QStringLiteral("version"), QStringLiteral("1.0") },
            { QStringLiteral("visitorToken"), hello.data.value(QStringLiteral("visitorToken")) },
            { QStringLiteral("identityToken"), QString::fromLatin1(site.sign(claims)) } });
    ASSERT_EQ(back.type, kOk) << back.data.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_EQ(idOf(back), id);
    EXPECT_TRUE(back.data.value(QStringLiteral("identity")).toObject().value(QStringLiteral("verified")).toBool());

    // Bob's desk on b learns who the customer is, as it would for a page on b.
    const auto updated = bob.event(
        QStringLiteral("conversation.updated"),
        [&](const Envelope &e) {
            return e.data.value(QStringLiteral("conversation")).toObject().contains(QStringLiteral("customer"));
        },
        10000);
    ASSERT_TRUE(updated) << a.log().toStdString() << b.log().toStdString();
    const QJsonObject customer
        = updated->data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("customer")).toObject();
    EXPECT_EQ(customer.value(QStringLiteral("subject")).toString(), QStringLiteral("cust-42"));
    EXPECT_EQ(customer.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
    EXPECT_TRUE(customer.value(QStringLiteral("verified")).toBool());
    // It is on the stored conversation too: the history any desk reads says so.
    const Envelope history = bob.call(QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), id } });
    EXPECT_EQ(history.data.value(QStringLiteral("conversation"))
                  .toObject()
                  .value(QStringLiteral("customer"))
                  .toObject()
                  .value(QStringLiteral("subject"))
                  .toString(),
        QStringLiteral("cust-42"));
}

} // namespace

namespace {

// A visitor whose page moved to another router (reconnected through the load balancer) while the router that
// served the chat kept it: the visitor is hosted there.
Envelope visitorMovedTo(ProtocolPeer &moved, const RouterProcess &to, const Envelope &firstHello)
{
    Envelope back;
    [&] {
        ASSERT_TRUE(moved.open(to.wsUrl(QStringLiteral("visitor"))));
        back = moved.call(QStringLiteral("hello"),
            { { QStringLiteral("version"), QStringLiteral("1.0") },
                { QStringLiteral("visitorToken"), firstHello.data.value(QStringLiteral("visitorToken")) } });
        ASSERT_EQ(back.type, kOk) << to.log().toStdString();
        ASSERT_EQ(idOf(back), idOf(firstHello));
    }();
    return back;
}

TEST_F(ActiveRouters, AVisitorHostedOnTheRouterThatTakesOverTheChatHearsTheAgentThereWithoutReconnecting)
{
    RouterProcess a, doomed;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(doomed.start(databaseArgs())) << doomed.log().toStdString();
    ProtocolPeer alice;
    signInAvailable(alice, doomed, QStringLiteral("alice"));
    ProtocolPeer first;
    const Envelope hello = assignedChat(first, doomed, alice);
    ASSERT_FALSE(HasFatalFailure());
    const QString id = idOf(hello);
    first.close();
    ProtocolPeer visitor;
    visitorMovedTo(visitor, a, hello);
    ASSERT_FALSE(HasFatalFailure());

    // The serving router dies; alice's desk signs in through a, which takes her chat over. The visitor's
    // page on a stays connected and hears her, and what it says reaches her.
    doomed.kill();
    ProtocolPeer aliceAgain;
    signInAvailable(aliceAgain, a, QStringLiteral("alice"));
    ASSERT_TRUE(waitUntil(
        [&] {
            return agentSays(aliceAgain, id, QStringLiteral("a1"), QStringLiteral("Still with you.")).type == kOk;
        },
        15000))
        << a.log().toStdString();
    EXPECT_TRUE(receivesLine(visitor, QStringLiteral("Still with you."))) << a.log().toStdString();
    ASSERT_EQ(visitorSays(visitor, QStringLiteral("v1"), QStringLiteral("Good, thanks.")).type, kOk);
    EXPECT_TRUE(receivesLine(aliceAgain, QStringLiteral("Good, thanks.")));
    ASSERT_EQ(aliceAgain.call(QStringLiteral("conversation.close"),
                         { { QStringLiteral("conversationId"), id },
                             { QStringLiteral("disposition"), QStringLiteral("resolved") } })
                  .type,
        kOk);
    EXPECT_TRUE(visitor.event(QStringLiteral("closed"), {}, 10000));
}

TEST_F(ActiveRouters, AVisitorsRequestForAPersonMadeAsTheServingRouterDiesIsNotLost)
{
    RouterProcess a, doomed;
    ASSERT_TRUE(a.start(databaseArgs())) << a.log().toStdString();
    ASSERT_TRUE(doomed.start(databaseArgs())) << doomed.log().toStdString();
    ProtocolPeer first;
    ASSERT_TRUE(first.open(doomed.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = helloVisitor(first);
    ASSERT_EQ(hello.type, kOk);
    first.close();
    ProtocolPeer visitor;
    visitorMovedTo(visitor, a, hello);
    ASSERT_FALSE(HasFatalFailure());

    // "Talk to a person" is acknowledged just as the router serving the chat dies: once a has taken the chat
    // over, the request is carried out there, and alice (signed in on a) is offered the chat.
    doomed.kill();
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    ProtocolPeer alice;
    signInAvailable(alice, a, QStringLiteral("alice"));
    const auto offer = alice.event(QStringLiteral("offer"), {}, 20000);
    ASSERT_TRUE(offer) << a.log().toStdString();
    EXPECT_EQ(offer->data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(),
        idOf(hello));
}

} // namespace
