// The outbox: a line is on disk before it is sent, and an unanswered line is resent exactly once
// per new connection until the router acknowledges it.
#include "client/Outbox.h"

#include "ClientTestSupport.h"
#include "ScriptedRouter.h"
#include "TestSupport.h"
#include "client/DeskConnection.h"
#include "client/LocalCache.h"

#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::ScriptedRouter;
using handoff::test::waitUntil;

TEST(Outbox, ALineIsOnDiskBeforeAnythingIsSent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    LocalCache cache;
    ASSERT_TRUE(cache.open(path));
    DeskConnection offline; // never connected: nothing can be sent
    Outbox outbox(&cache, &offline);

    auto item = outbox.enqueue(QStringLiteral("c1"), QStringLiteral("Your order ships today."), false);
    ASSERT_TRUE(item.has_value());
    EXPECT_TRUE(item->clientId.startsWith(QStringLiteral("d_")));
    EXPECT_EQ(item->clientId.size(), 2 + 32);

    LocalCache reader; // a second handle on the same file sees what a crash would leave behind
    ASSERT_TRUE(reader.open(path));
    const auto unsent = reader.unsentOutboxItems();
    ASSERT_EQ(unsent.size(), 1);
    EXPECT_EQ(unsent.first().text, QStringLiteral("Your order ships today."));
    EXPECT_EQ(unsent.first().state, DeliveryState::Queued);
    EXPECT_EQ(unsent.first().attempts, 0);
}

TEST(Outbox, ClientIdsAreUnique)
{
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(Outbox::makeClientId());
    EXPECT_EQ(ids.size(), 1000);
}

TEST(Outbox, AnUnansweredLineIsResentOnceAfterReconnectThenMarkedSent)
{
    QTemporaryDir dir;
    LocalCache cache;
    ASSERT_TRUE(cache.open(dir.filePath(QStringLiteral("c.db"))));
    ScriptedRouter router;
    router.answerMessages = false;
    DeskConnection connection;
    connection.setReconnectDelays(50, 200);
    Outbox outbox(&cache, &connection);
    QObject::connect(&connection, &DeskConnection::signedIn, &outbox, [&] { outbox.resendUnsent(); });

    connection.signInWithPassword(router.address(), QStringLiteral("alice"), QStringLiteral("pw"));
    ASSERT_TRUE(waitUntil([&] { return connection.isSignedIn(); }));
    auto item = outbox.enqueue(QStringLiteral("c1"), QStringLiteral("Hello Ada"), false);
    ASSERT_TRUE(item.has_value());
    ASSERT_TRUE(waitUntil([&] { return router.receivedOfType(QStringLiteral("message.send")).size() == 1; }));

    // The router dies before answering: the line stays queued, and goes out again once on the next connection.
    router.answerMessages = true;
    router.dropClients();
    ASSERT_TRUE(waitUntil([&] { return router.connections == 2 && connection.isSignedIn(); }, 10000));
    ASSERT_TRUE(waitUntil([&] { return cache.outboxItem(item->clientId)->state == DeliveryState::Sent; }));
    auto sends = router.receivedOfType(QStringLiteral("message.send"));
    ASSERT_EQ(sends.size(), 2);
    EXPECT_EQ(sends.at(0).data.value(QStringLiteral("clientId")).toString(), item->clientId);
    EXPECT_EQ(sends.at(1).data.value(QStringLiteral("clientId")).toString(), item->clientId);

    // Acknowledged lines are never sent again.
    router.dropClients();
    ASSERT_TRUE(waitUntil([&] { return router.connections == 3 && connection.isSignedIn(); }, 10000));
    QTest::qWait(200);
    EXPECT_EQ(router.receivedOfType(QStringLiteral("message.send")).size(), 2);
    EXPECT_EQ(cache.outboxItem(item->clientId)->attempts, 2);
}
