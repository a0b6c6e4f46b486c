// The desk's connection: clear errors for a bad address, a dead router, a version mismatch and a wrong
// password; against the real handoff-router: sign-in, snapshot, reconnect with back-off and resume.
#include "client/DeskConnection.h"

#include "ClientTestSupport.h"
#include "ScriptedRouter.h"
#include "TestSupport.h"
#include "client/DeskSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::RouterProcess;
using handoff::test::ScriptedRouter;
using handoff::test::waitUntil;

#define REQUIRE_ROUTER()                                                                                               \
    if (!handoff::test::routerBinaryAvailable())                                                                       \
    GTEST_SKIP() << "handoff-router is not built in this tree"

TEST(DeskConnection, AcceptsTheUsualWaysOfWritingARouterAddress)
{
    EXPECT_EQ(DeskConnection::deskEndpoint(QStringLiteral("chat.example.org:8080")).toString(),
        QStringLiteral("ws://chat.example.org:8080/ws/desk"));
    EXPECT_EQ(DeskConnection::deskEndpoint(QStringLiteral("https://chat.example.org/")).toString(),
        QStringLiteral("wss://chat.example.org/ws/desk"));
    EXPECT_EQ(DeskConnection::deskEndpoint(QStringLiteral("ws://10.0.0.5:9000/ws/desk")).toString(),
        QStringLiteral("ws://10.0.0.5:9000/ws/desk"));
    EXPECT_TRUE(DeskConnection::deskEndpoint(QStringLiteral("ftp://x")).isEmpty());
    EXPECT_TRUE(DeskConnection::deskEndpoint(QString()).isEmpty());
}

TEST(DeskConnection, TakesAListOfRouters)
{
    const QList<QUrl> urls = DeskConnection::deskEndpoints(QStringLiteral("a.example.org:8080, b.example.org:8080 wss://c.example.org"));
    ASSERT_EQ(urls.size(), 3);
    EXPECT_EQ(urls.at(1).toString(), QStringLiteral("ws://b.example.org:8080/ws/desk"));
    EXPECT_EQ(urls.at(2).toString(), QStringLiteral("wss://c.example.org/ws/desk"));
    EXPECT_TRUE(DeskConnection::deskEndpoints(QStringLiteral("a:8080, ftp://b")).isEmpty());
}

TEST(DeskConnectionWithRouter, ASignInGoesToTheNextRouterWhenTheFirstIsDown)
{
    REQUIRE_ROUTER();
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("s3cret-pass")));
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    DeskConnection c;
    QSignalSpy signedIn(&c, &DeskConnection::signedIn);
    const QString dead = QStringLiteral("127.0.0.1:%1").arg(handoff::test::freePort());
    c.signInWithPassword(QStringLiteral("%1, 127.0.0.1:%2").arg(dead).arg(router.port()), QStringLiteral("alice"),
                         QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }, 15000)) << qPrintable(c.lastError());
    EXPECT_EQ(c.endpoint().port(), router.port());
}

TEST(DeskConnection, ADeadRouterIsAClearErrorAtSignIn)
{
    DeskConnection c;
    QSignalSpy failed(&c, &DeskConnection::signInFailed);
    const QString address = QStringLiteral("127.0.0.1:%1").arg(handoff::test::freePort());
    c.signInWithPassword(address, QStringLiteral("alice"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 10000));
    const QString message = failed.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Cannot reach the router"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(address)) << qPrintable(message);
    // The reason is the socket's, not a generic "closed".
    EXPECT_TRUE(message.contains(QStringLiteral("refused"), Qt::CaseInsensitive)) << qPrintable(message);
    EXPECT_EQ(c.state(), ConnectionState::Offline);
}

TEST(DeskConnection, AnOtherProtocolVersionIsAClearError)
{
    ScriptedRouter router;
    router.helloVersion = QStringLiteral("2.0");
    DeskConnection c;
    QSignalSpy failed(&c, &DeskConnection::signInFailed);
    c.signInWithPassword(router.address(), QStringLiteral("alice"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("protocol 2.0")));
    EXPECT_EQ(c.state(), ConnectionState::Offline);
    EXPECT_TRUE(router.receivedOfType(QStringLiteral("auth")).isEmpty()); // no password sent to it

    ScriptedRouter refusing;
    refusing.refuseVersion = true;
    DeskConnection c2;
    QSignalSpy failed2(&c2, &DeskConnection::signInFailed);
    c2.signInWithPassword(refusing.address(), QStringLiteral("alice"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return failed2.count() == 1; }));
    EXPECT_TRUE(failed2.first().first().toString().contains(QStringLiteral("update the desk")));
}

TEST(DeskConnection, ASignInRefusedForLoadIsTriedAgainWithTheSameCredentials)
{
    // A router checks a few sign-ins per address at a time; a whole office signing in at nine is told
    // rate_limited. The desk tries again by itself instead of showing the agent an error.
    ScriptedRouter router;
    router.refuseAuths = 2;
    DeskConnection c;
    QSignalSpy failed(&c, &DeskConnection::signInFailed);
    QSignalSpy signedIn(&c, &DeskConnection::signedIn);
    c.signInWithPassword(router.address(), QStringLiteral("alice"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1; }, 10000));
    EXPECT_EQ(failed.count(), 0);
    const auto auths = router.receivedOfType(QStringLiteral("auth"));
    ASSERT_EQ(auths.size(), 3);
    for (const auto &a : auths)
        EXPECT_EQ(a.data.value(QStringLiteral("password")).toString(), QStringLiteral("pw"));
}

TEST(DeskConnection, ARequestWithoutAConnectionFailsWithASentence)
{
    DeskConnection c;
    QString error;
    c.request(QStringLiteral("ping"), {}, [&](const protocol::Envelope &reply) { error = reply.errorMessage(); });
    ASSERT_TRUE(waitUntil([&] { return !error.isEmpty(); }));
    EXPECT_TRUE(error.contains(QStringLiteral("Not connected")));
}

TEST(DeskConnection, ReconnectsWithBackOffAfterADropAndResendsNothingTwice)
{
    ScriptedRouter router;
    DeskConnection c;
    c.setReconnectDelays(100, 400);
    QList<ConnectionState> states;
    QObject::connect(&c, &DeskConnection::stateChanged, [&](ConnectionState s) { states << s; });
    c.signInWithPassword(router.address(), QStringLiteral("alice"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return c.isSignedIn(); }));
    EXPECT_EQ(c.token(), QStringLiteral("t0k3n"));
    EXPECT_EQ(c.user().displayName, QStringLiteral("Alice"));

    router.dropClients();
    ASSERT_TRUE(waitUntil([&] { return states.contains(ConnectionState::Reconnecting); }));
    ASSERT_TRUE(waitUntil([&] { return c.isSignedIn() && router.connections == 2; }, 10000));
    // The second sign-in uses the token and asks to resume the first session, never the password.
    const auto auths = router.receivedOfType(QStringLiteral("auth"));
    ASSERT_EQ(auths.size(), 2);
    EXPECT_TRUE(auths.at(0).data.contains(QStringLiteral("password")));
    EXPECT_FALSE(auths.at(1).data.contains(QStringLiteral("password")));
    EXPECT_EQ(auths.at(1).data.value(QStringLiteral("token")).toString(), QStringLiteral("t0k3n"));
    EXPECT_EQ(auths.at(1).data.value(QStringLiteral("resume")).toObject().value(QStringLiteral("session")).toString(),
        QStringLiteral("s_1"));
}

TEST(DeskConnectionWithRouter, SignsInAndReceivesASnapshot)
{
    REQUIRE_ROUTER();
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("s3cret-pass")));
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    QTemporaryDir dir;
    DeskSession session;
    session.setCacheDirectory(dir.path());
    QSignalSpy snapshot(&session, &DeskSession::snapshotApplied);
    session.signIn(
        QStringLiteral("127.0.0.1:%1").arg(router.port()), QStringLiteral("alice"), QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(waitUntil([&] { return snapshot.count() >= 1; }, 15000)) << qPrintable(router.log());
    EXPECT_TRUE(session.connection()->isSignedIn());
    EXPECT_EQ(session.connection()->user().id, QStringLiteral("alice"));
    EXPECT_FALSE(session.connection()->token().isEmpty());
    EXPECT_GE(session.queues()->rowCount(), 1);
}

TEST(DeskConnectionWithRouter, AWrongPasswordIsAClearError)
{
    REQUIRE_ROUTER();
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("s3cret-pass")));
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    DeskConnection c;
    QSignalSpy failed(&c, &DeskConnection::signInFailed);
    c.signInWithPassword(
        QStringLiteral("127.0.0.1:%1").arg(router.port()), QStringLiteral("alice"), QStringLiteral("nope"));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 15000));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("Wrong user name or password")));
    EXPECT_EQ(c.state(), ConnectionState::Offline);
    EXPECT_TRUE(c.token().isEmpty());
}

TEST(DeskConnectionWithRouter, ReconnectsAfterARouterRestartAndGetsAFreshSnapshot)
{
    REQUIRE_ROUTER();
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("s3cret-pass")));
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    QTemporaryDir dir;
    DeskSession session;
    session.setCacheDirectory(dir.path());
    session.connection()->setReconnectDelays(200, 1000);
    QSignalSpy snapshot(&session, &DeskSession::snapshotApplied);
    QSignalSpy signedIn(session.connection(), &DeskConnection::signedIn);
    session.signIn(
        QStringLiteral("127.0.0.1:%1").arg(router.port()), QStringLiteral("alice"), QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(waitUntil([&] { return snapshot.count() >= 1; }, 15000));

    router.kill();
    ASSERT_TRUE(waitUntil([&] { return session.connection()->state() == ConnectionState::Reconnecting; }, 10000));
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() >= 2 && snapshot.count() >= 2; }, 30000))
        << qPrintable(router.log());
    EXPECT_TRUE(session.connection()->isSignedIn());
}
