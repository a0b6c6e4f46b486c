// Two queues set up with the router's own command line (billing and technical, each with its own
// skilled agent): the real router offers each chat only to the agent with the queue's skill, keeps a
// chat waiting rather than handing it to an agent without the skill, and once both agents have signed
// off a visitor is offered the message form, whose message a desk signed in later finds in its list.
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

const QString kOk = QStringLiteral("ok");

class Visitor : public ProtocolPeer
{
public:
    Envelope hello(const QString &page)
    {
        return call(QStringLiteral("hello"),
            { { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("page"), page },
                { QStringLiteral("language"), QStringLiteral("en-US") } });
    }
    Envelope say(const QString &clientId, const QString &text)
    {
        return call(QStringLiteral("message.send"),
            { { QStringLiteral("clientId"), clientId }, { QStringLiteral("text"), text } });
    }
    std::optional<Envelope> waiting(int timeoutMs = 10000)
    {
        return event(
            QStringLiteral("status"),
            [](const Envelope &e) {
                return e.data.value(QStringLiteral("state")).toString() == QStringLiteral("waiting");
            },
            timeoutMs);
    }
};

QString offeredConversation(const Envelope &offer)
{
    return offer.data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString();
}

// True when `desk` has received an offer for `conversationId` at any time so far.
bool wasOffered(const ProtocolPeer &desk, const QString &conversationId)
{
    for (const Envelope &e : desk.events())
        if (e.type == QStringLiteral("offer") && offeredConversation(e) == conversationId)
            return true;
    return false;
}

// Gives a stray offer a fair chance to arrive; true when one did.
bool strayOfferArrives(const ProtocolPeer &desk, const QString &conversationId)
{
    return waitUntil([&] { return wasOffered(desk, conversationId); }, 4000);
}

bool signIn(ProtocolPeer &desk, const RouterProcess &router, const QString &user, const QString &password)
{
    return desk.open(router.wsUrl(QStringLiteral("desk"))) && desk.helloDesk().type == kOk
        && desk.signIn(user, password).type == kOk;
}

TEST(TwoQueueRouting, EachChatGoesOnlyToTheAgentWithTheQueuesSkill)
{
    RouterProcess router;
    QString output;
    ASSERT_EQ(router.runAdmin(
                  { QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("billing"), QStringLiteral("--name"),
                      QStringLiteral("Billing"), QStringLiteral("--skills"), QStringLiteral("billing") },
                  &output),
        0)
        << output.toStdString();
    ASSERT_EQ(router.runAdmin({ QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("technical"),
                                  QStringLiteral("--name"), QStringLiteral("Technical"), QStringLiteral("--skills"),
                                  QStringLiteral("technical") },
                  &output),
        0)
        << output.toStdString();
    ASSERT_EQ(router.runAdmin({ QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("disputes"),
                                  QStringLiteral("--if"), QStringLiteral("topic == billing-dispute"),
                                  QStringLiteral("--queue"), QStringLiteral("billing") },
                  &output),
        0)
        << output.toStdString();
    ASSERT_EQ(router.runAdmin({ QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("support-pages"),
                                  QStringLiteral("--if"), QStringLiteral("page contains \"/support\""),
                                  QStringLiteral("--queue"), QStringLiteral("technical") },
                  &output),
        0)
        << output.toStdString();
    ASSERT_EQ(router.runAdmin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bella"),
                                  QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--password"),
                                  QStringLiteral("bella-password"), QStringLiteral("--skills"),
                                  QStringLiteral("billing"), QStringLiteral("--capacity"), QStringLiteral("1") },
                  &output),
        0)
        << output.toStdString();
    ASSERT_EQ(router.runAdmin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tom"),
                                  QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--password"),
                                  QStringLiteral("tom-password"), QStringLiteral("--skills"),
                                  QStringLiteral("technical"), QStringLiteral("--capacity"), QStringLiteral("3") },
                  &output),
        0)
        << output.toStdString();

    // A short presence grace, so that agents whose desks close are signed off within the test.
    const QString configPath = router.dataDir() + QStringLiteral("/config.json");
    QFile config(configPath);
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(QJsonObject { { QStringLiteral("presenceGraceSeconds"), 1 } }).toJson());
    config.close();
    ASSERT_TRUE(router.start({ QStringLiteral("--config"), configPath })) << router.log().toStdString();

    // Tom has room for more chats than he gets here, so only the missing skill can keep a billing chat from him.
    ProtocolPeer bella, tom;
    ASSERT_TRUE(signIn(bella, router, QStringLiteral("bella"), QStringLiteral("bella-password")));
    ASSERT_TRUE(signIn(tom, router, QStringLiteral("tom"), QStringLiteral("tom-password")));

    // A billing dispute: the bot hands it to a person by itself, and only bella is offered it.
    Visitor disputer;
    ASSERT_TRUE(disputer.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope disputeOpened = disputer.hello(QStringLiteral("https://shop.example/orders"));
    ASSERT_EQ(disputeOpened.type, kOk);
    const QString disputeId = disputeOpened.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(disputer.say(QStringLiteral("d1"), QStringLiteral("I was charged twice")).type, kOk);
    const auto disputeOffer = bella.event(
        QStringLiteral("offer"), [&](const Envelope &e) { return offeredConversation(e) == disputeId; }, 20000);
    ASSERT_TRUE(disputeOffer) << "the billing dispute is offered to the billing agent";
    const QJsonObject disputeSummary = disputeOffer->data.value(QStringLiteral("conversation")).toObject();
    EXPECT_EQ(disputeSummary.value(QStringLiteral("queueId")).toString(), QStringLiteral("billing"));
    EXPECT_EQ(disputeSummary.value(QStringLiteral("topic")).toString(), QStringLiteral("billing-dispute"));

    // A visitor on a support page asks for a person: only tom is offered it.
    Visitor techie;
    ASSERT_TRUE(techie.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope techOpened = techie.hello(QStringLiteral("https://shop.example/support/router-setup"));
    ASSERT_EQ(techOpened.type, kOk);
    const QString techId = techOpened.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(techie.say(QStringLiteral("t1"), QStringLiteral("My router drops the connection every hour")).type, kOk);
    ASSERT_EQ(techie.call(QStringLiteral("handoff.request")).type, kOk);
    const auto techOffer = tom.event(
        QStringLiteral("offer"), [&](const Envelope &e) { return offeredConversation(e) == techId; }, 20000);
    ASSERT_TRUE(techOffer) << "the technical question is offered to the technical agent";
    EXPECT_EQ(
        techOffer->data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("queueId")).toString(),
        QStringLiteral("technical"));

    EXPECT_FALSE(strayOfferArrives(tom, disputeId)) << "tom has no billing skill";
    EXPECT_FALSE(strayOfferArrives(bella, techId)) << "bella has no technical skill";

    // Bella takes the dispute and is now full; the next billing dispute waits for her, not for tom.
    const Envelope accepted
        = bella.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), disputeId } });
    ASSERT_EQ(accepted.type, kOk) << accepted.errorMessage().toStdString();
    Visitor secondDisputer;
    ASSERT_TRUE(secondDisputer.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope secondOpened = secondDisputer.hello(QStringLiteral("https://shop.example/account"));
    ASSERT_EQ(secondOpened.type, kOk);
    const QString secondId = secondOpened.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(secondDisputer.say(QStringLiteral("s1"), QStringLiteral("I was charged twice for my order")).type, kOk);
    const auto secondWaiting = secondDisputer.waiting(20000);
    ASSERT_TRUE(secondWaiting);
    EXPECT_EQ(secondWaiting->data.value(QStringLiteral("position")).toInt(), 1);
    EXPECT_FALSE(strayOfferArrives(tom, secondId)) << "a full billing agent does not make tom a billing agent";
    EXPECT_FALSE(wasOffered(bella, secondId)) << "bella is at her capacity";

    // Both agents close their desks; after the grace period the waiting dispute hears nobody is there.
    tom.close();
    bella.close();
    const auto secondOffline = secondDisputer.event(QStringLiteral("offline"), {}, 20000);
    ASSERT_TRUE(secondOffline) << "the waiting visitor is told when the last billing agent has gone";

    // A new visitor asks for a person: the message form, with a notice, and the message is kept.
    Visitor latecomer;
    ASSERT_TRUE(latecomer.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(latecomer.hello(QStringLiteral("https://shop.example/")).type, kOk);
    ASSERT_EQ(latecomer.call(QStringLiteral("handoff.request")).type, kOk);
    const auto offline = latecomer.event(QStringLiteral("offline"), {}, 20000);
    ASSERT_TRUE(offline) << "nobody is signed in";
    EXPECT_EQ(offline->data.value(QStringLiteral("reason")).toString(), QStringLiteral("no_agents"));
    EXPECT_FALSE(offline->data.value(QStringLiteral("notice")).toString().isEmpty());
    const Envelope left = latecomer.call(QStringLiteral("leave_message"),
        { { QStringLiteral("name"), QStringLiteral("Nora") },
            { QStringLiteral("email"), QStringLiteral("nora@example.org") },
            { QStringLiteral("text"), QStringLiteral("Please email me about my invoice") } });
    ASSERT_EQ(left.type, kOk) << left.errorMessage().toStdString();

    ProtocolPeer laterDesk;
    ASSERT_TRUE(signIn(laterDesk, router, QStringLiteral("tom"), QStringLiteral("tom-password")));
    const Envelope list = laterDesk.call(QStringLiteral("offline.list"));
    ASSERT_EQ(list.type, kOk) << list.errorMessage().toStdString();
    QStringList texts;
    for (const QJsonValue &m : list.data.value(QStringLiteral("messages")).toArray())
        texts << m.toObject().value(QStringLiteral("text")).toString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Please email me about my invoice"))) << texts.join(u'|').toStdString();
}

} // namespace
