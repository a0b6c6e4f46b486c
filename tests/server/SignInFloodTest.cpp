// Sign-ins are checked off the router's event loop: a flood of wrong sign-ins (known and unknown names)
// does not hold up a chat. Shown by the order of events, not by wall-clock limits: a chat message sent
// right after forty sign-in attempts reaches the agent before the router has answered any of them (every
// failed sign-in is answered after a fixed delay, and on a router that hashed on its event loop the
// message waited behind all forty hashes, far past the first answers).
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QJsonObject>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

} // namespace

TEST(SignInFlood, ChatMessageOvertakesAFloodOfWrongSignIns)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-pw1"), QStringLiteral("agent")));
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, kOk);
    ASSERT_EQ(desk.signIn(QStringLiteral("alice"), QStringLiteral("alice-pw1")).type, kOk);
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    ASSERT_EQ(hello.type, kOk);
    const QString id = hello.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    ASSERT_TRUE(desk.event(QStringLiteral("offer"), {}, 20000));
    ASSERT_EQ(desk.call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), id}}).type, kOk);

    // Forty connections (the flood's own limit per address is exceeded on purpose: the excess is refused
    // at once) each try a wrong password, half for alice, half for names that do not exist.
    constexpr int kFlood = 40;
    std::vector<std::unique_ptr<ProtocolPeer>> flood;
    for (int i = 0; i < kFlood; ++i) {
        auto peer = std::make_unique<ProtocolPeer>();
        ASSERT_TRUE(peer->open(router.wsUrl(QStringLiteral("desk"))));
        ASSERT_EQ(peer->helloDesk().type, kOk);
        flood.push_back(std::move(peer));
    }
    for (int i = 0; i < kFlood; ++i)
        flood[i]->send(QStringLiteral("auth"),
                       {{QStringLiteral("user"), i % 2 ? QStringLiteral("alice") : QStringLiteral("nobody-%1").arg(i)},
                        {QStringLiteral("password"), QStringLiteral("wrong-password-%1").arg(i)}});
    visitor.send(QStringLiteral("message.send"),
                 {{QStringLiteral("clientId"), QStringLiteral("during-flood")}, {QStringLiteral("text"), QStringLiteral("still there?")}});

    auto unauthenticatedAnswers = [&] {
        int n = 0;
        for (const auto &peer : flood)
            for (const Envelope &r : peer->replies())
                if (r.isError() && r.data.value(QStringLiteral("code")).toString() == QStringLiteral("unauthenticated"))
                    ++n;
        return n;
    };
    const auto message = desk.event(QStringLiteral("message"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString()
            == QStringLiteral("still there?");
    }, 60000);
    ASSERT_TRUE(message) << "the chat message reaches the agent";
    EXPECT_EQ(unauthenticatedAnswers(), 0) << "the message came before any checked sign-in was answered";

    // Every attempt is answered in the end: unauthenticated (checked) or rate_limited (over the caps).
    ASSERT_TRUE(waitUntil([&] {
        int answered = 0;
        for (const auto &peer : flood)
            answered += peer->replies().size() >= 2 ? 1 : 0; // hello's ok and the auth answer
        return answered == kFlood;
    }, 60000));
    int limited = 0;
    for (const auto &peer : flood)
        if (peer->replies().last().data.value(QStringLiteral("code")).toString() == QStringLiteral("rate_limited"))
            ++limited;
    EXPECT_EQ(unauthenticatedAnswers() + limited, kFlood);
    EXPECT_GT(limited, 0) << "more than four at once from one address are refused without hashing";
    EXPECT_GT(unauthenticatedAnswers(), 0);
}
