// Visitors waiting for a person, against the real router: one nobody takes in time is offered the message
// form once (also after reloading the page), a conversation restored after the router was killed keeps
// its original overflow deadline, and a visitor whose page is gone for good is not left queued forever.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool signIn(ProtocolPeer &desk, const RouterProcess &router, const QString &user)
{
    return desk.open(router.wsUrl(QStringLiteral("desk"))) && desk.helloDesk().type == kOk
        && desk.signIn(user, user + QStringLiteral("-password")).type == kOk;
}

class Visitor : public ProtocolPeer
{
public:
    Envelope hello(const QString &token = {})
    {
        const Envelope opened = call(QStringLiteral("hello"),
            { { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("visitorToken"), token },
                { QStringLiteral("page"), QStringLiteral("https://shop.example/") } });
        if (opened.type == kOk) {
            token_ = opened.data.value(QStringLiteral("visitorToken")).toString();
            conversationId_ = opened.data.value(QStringLiteral("conversationId")).toString();
        }
        return opened;
    }
    // Says something to the bot and asks for a person; true once the visitor is waiting.
    bool queue(const QString &text)
    {
        return call(QStringLiteral("message.send"),
                   { { QStringLiteral("clientId"), QStringLiteral("v1") }, { QStringLiteral("text"), text } })
                   .type
            == kOk
            && call(QStringLiteral("handoff.request")).type == kOk
            && event(QStringLiteral("status"), [](const Envelope &e) {
                   return e.data.value(QStringLiteral("state")).toString() == QStringLiteral("waiting");
               });
    }
    int count(const QString &type, const QString &reason) const
    {
        int n = 0;
        for (const Envelope &e : events())
            if (e.type == type && e.data.value(QStringLiteral("reason")).toString() == reason)
                ++n;
        return n;
    }
    QString token_;
    QString conversationId_;
};

std::optional<Envelope> offerOf(ProtocolPeer &desk, const QString &conversationId, int timeoutMs)
{
    return desk.event(
        QStringLiteral("offer"),
        [&](const Envelope &e) {
            return e.data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString()
                == conversationId;
        },
        timeoutMs);
}

TEST(WaitingVisitor, NobodyTakesTheChatInTimeSoTheMessageFormIsOfferedOnce)
{
    RouterProcess router;
    ASSERT_TRUE(writeFile(router.dataDir() + QStringLiteral("/routing.json"),
        R"({"queues": [{"id": "general", "name": "General", "offerFormAfterSeconds": 2}]})"));
    ASSERT_TRUE(router.addUser(QStringLiteral("ann"), QStringLiteral("ann-password")));
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    // Ann is signed in, so the queue is open, but she is away: nobody takes the chat.
    ProtocolPeer ann;
    ASSERT_TRUE(signIn(ann, router, QStringLiteral("ann")));
    ASSERT_EQ(
        ann.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type, kOk);

    Visitor visitor;
    ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor.hello().type, kOk);
    ASSERT_TRUE(visitor.queue(QStringLiteral("I need help with my account")));
    EXPECT_EQ(visitor.count(QStringLiteral("offline"), QStringLiteral("no_agents")), 0) << "the queue is open";
    const auto form = visitor.event(QStringLiteral("offline"), {}, 20000);
    ASSERT_TRUE(form) << "after waiting the queue's offerFormAfterSeconds the visitor is offered the form";
    EXPECT_EQ(form->data.value(QStringLiteral("reason")).toString(), QStringLiteral("timeout"));
    EXPECT_FALSE(form->data.value(QStringLiteral("notice")).toString().isEmpty());

    // Still in the queue, and told only once.
    waitUntil([] { return false; }, 3000);
    EXPECT_EQ(visitor.count(QStringLiteral("offline"), QStringLiteral("timeout")), 1);
    EXPECT_EQ(visitor.count(QStringLiteral("status"), QStringLiteral("closed")), 0);

    // A reloaded page shows the form again, without a new countdown.
    visitor.close();
    Visitor reloaded;
    ASSERT_TRUE(reloaded.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope back = reloaded.hello(visitor.token_);
    ASSERT_EQ(back.type, kOk);
    EXPECT_EQ(back.data.value(QStringLiteral("conversationId")).toString(), visitor.conversationId_);
    EXPECT_EQ(back.data.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    const auto again = reloaded.event(QStringLiteral("offline"), {}, 10000);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->data.value(QStringLiteral("reason")).toString(), QStringLiteral("timeout"));

    // The form offered, the visitor can still be served: Ann comes back and gets the chat.
    ASSERT_EQ(
        ann.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("available") } }).type,
        kOk);
    ASSERT_TRUE(offerOf(ann, visitor.conversationId_, 20000)) << "the visitor kept their place";
}

TEST(WaitingVisitor, RestoredConversationOverflowsAtItsOriginalDeadline)
{
    constexpr int kOverflowSeconds = 20;
    RouterProcess router;
    ASSERT_TRUE(writeFile(router.dataDir() + QStringLiteral("/routing.json"),
        QStringLiteral(R"({
  "queues": [
    {"id": "billing", "name": "Billing", "requiredSkills": ["billing"], "overflow": {"queue": "general", "afterSeconds": %1}},
    {"id": "general", "name": "General"}
  ],
  "rules": [{"name": "disputes", "condition": "topic == billing-dispute", "queue": "billing"}],
  "defaultQueue": "general"
})")
            .arg(kOverflowSeconds)
            .toUtf8()));
    ASSERT_TRUE(router.addUser(QStringLiteral("gus"), QStringLiteral("gus-password"), QStringLiteral("agent"),
        { QStringLiteral("--skills"), QStringLiteral("general") }));
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    Visitor visitor;
    ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor.hello().type, kOk);
    ASSERT_EQ(visitor
                  .call(QStringLiteral("message.send"),
                      { { QStringLiteral("clientId"), QStringLiteral("v1") },
                          { QStringLiteral("text"), QStringLiteral("I was charged twice") } })
                  .type,
        kOk);
    ASSERT_TRUE(visitor.event(QStringLiteral("status"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("state")).toString() == QStringLiteral("waiting");
    }));
    const QDateTime waitStart = QDateTime::currentDateTimeUtc();

    // The router dies a moment into the wait and is down for a while: half the overflow time.
    router.kill();
    waitUntil([] { return false; }, kOverflowSeconds * 1000 / 2);
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    const QDateTime restartedAt = QDateTime::currentDateTimeUtc();

    // The visitor's page reconnects; gus (no billing skill) can take it only once it has overflowed.
    Visitor back;
    ASSERT_TRUE(back.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(back.hello(visitor.token_).type, kOk);
    ProtocolPeer gus;
    ASSERT_TRUE(signIn(gus, router, QStringLiteral("gus")));
    const auto offer = offerOf(gus, visitor.conversationId_, (kOverflowSeconds + 15) * 1000);
    ASSERT_TRUE(offer) << router.log().toStdString();
    const QDateTime offeredAt = QDateTime::fromString(
        offer->data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("offeredAt")).toString(),
        Qt::ISODateWithMs);
    const QDateTime escalatedAt = QDateTime::fromString(
        offer->data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("escalatedAt")).toString(),
        Qt::ISODateWithMs);
    ASSERT_TRUE(offeredAt.isValid());
    ASSERT_TRUE(escalatedAt.isValid());
    EXPECT_EQ(offer->data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("queueId")).toString(),
        QStringLiteral("general"));
    EXPECT_GE(escalatedAt.msecsTo(offeredAt), (kOverflowSeconds - 1) * 1000) << "not before the deadline";
    // A clock restarted by the restart would overflow kOverflowSeconds after restartedAt, at least half the
    // overflow time later than the original deadline; the margin between the two absorbs a slow machine.
    EXPECT_LT(offeredAt, restartedAt.addSecs(kOverflowSeconds - 5))
        << "overflowed " << escalatedAt.secsTo(offeredAt) << " s after the wait began, "
        << restartedAt.secsTo(offeredAt) << " s after the restart (wait began " << waitStart.secsTo(restartedAt)
        << " s before the restart)";
}

TEST(WaitingVisitor, VisitorWhoseSocketDropsForGoodIsEndedAsAbandoned)
{
    RouterProcess router;
    ASSERT_TRUE(writeFile(router.dataDir() + QStringLiteral("/routing.json"),
        R"({"abandonAfterSeconds": 3, "queues": [{"id": "general", "name": "General"}]})"));
    ASSERT_TRUE(router.addUser(QStringLiteral("ann"), QStringLiteral("ann-password"), QStringLiteral("agent"),
        { QStringLiteral("--capacity"), QStringLiteral("1") }));
    ASSERT_TRUE(router.addUser(QStringLiteral("sam"), QStringLiteral("sam-password"), QStringLiteral("supervisor")));
    QFile config(router.dataDir() + QStringLiteral("/router.json"));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(R"({"presenceGraceSeconds": 1})");
    config.close();
    const QStringList serveArgs { QStringLiteral("--config"), config.fileName() };
    ASSERT_TRUE(router.start(serveArgs)) << router.log().toStdString();

    ProtocolPeer ann, sam;
    ASSERT_TRUE(signIn(ann, router, QStringLiteral("ann")));
    ASSERT_TRUE(signIn(sam, router, QStringLiteral("sam")));
    ASSERT_EQ(sam.call(QStringLiteral("board.subscribe")).type, kOk);

    // A visitor is offered to ann, then drops and never comes back: after the grace period the offer is
    // withdrawn and the conversation ends as abandoned, with a system line.
    ASSERT_EQ(
        ann.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type, kOk);
    Visitor leaving;
    ASSERT_TRUE(leaving.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(leaving.hello().type, kOk);
    ASSERT_TRUE(leaving.queue(QStringLiteral("Hello? Anyone?")));
    ASSERT_EQ(
        ann.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("available") } }).type,
        kOk);
    ASSERT_TRUE(offerOf(ann, leaving.conversationId_, 20000));
    leaving.close();
    const auto withdrawn = ann.event(
        QStringLiteral("offer.withdrawn"),
        [&](const Envelope &e) {
            return e.data.value(QStringLiteral("conversationId")).toString() == leaving.conversationId_;
        },
        20000);
    ASSERT_TRUE(withdrawn) << "the offer of an abandoned chat is withdrawn";
    EXPECT_EQ(withdrawn->data.value(QStringLiteral("reason")).toString(), QStringLiteral("left"));
    ASSERT_TRUE(sam.event(
        QStringLiteral("board.delta"),
        [&](const Envelope &e) {
            return e.data.value(QStringLiteral("removed")).toArray().contains(leaving.conversationId_);
        },
        10000))
        << "the abandoned chat leaves the board";

    // Its page, opened again later, shows the chat ended, with the system line.
    Visitor later;
    ASSERT_TRUE(later.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope ended = later.hello(leaving.token_);
    ASSERT_EQ(ended.type, kOk);
    EXPECT_EQ(ended.data.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QStringList lines;
    for (const QJsonValue &m : ended.data.value(QStringLiteral("messages")).toArray())
        lines << m.toObject().value(QStringLiteral("text")).toString();
    EXPECT_TRUE(lines.contains(QStringLiteral("The visitor left before anyone could answer.")))
        << lines.join(u'|').toStdString();

    // A visitor who comes back within the grace period keeps waiting, well past it.
    ASSERT_EQ(
        ann.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type, kOk);
    Visitor returning;
    ASSERT_TRUE(returning.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(returning.hello().type, kOk);
    ASSERT_TRUE(returning.queue(QStringLiteral("Can someone help me?")));
    returning.close();
    waitUntil([] { return false; }, 1000);
    Visitor resumed;
    ASSERT_TRUE(resumed.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope resumedHello = resumed.hello(returning.token_);
    ASSERT_EQ(resumedHello.type, kOk);
    EXPECT_EQ(resumedHello.data.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    waitUntil([] { return false; }, 5000);
    for (const Envelope &e : resumed.events())
        EXPECT_FALSE(e.type == QStringLiteral("status")
            && e.data.value(QStringLiteral("state")).toString() == QStringLiteral("closed"));
    EXPECT_EQ(resumed.call(QStringLiteral("typing"), { { QStringLiteral("typing"), true } }).type, kOk)
        << "the conversation is still open";
    ASSERT_EQ(
        ann.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("available") } }).type,
        kOk);
    EXPECT_TRUE(offerOf(ann, resumed.conversationId_, 20000)) << "and is still served";
}

} // namespace
