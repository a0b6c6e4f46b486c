// The whole path of a conversation through the real router: a visitor asks for a person, an agent's
// desk gets the offer with the bot's context, accepts, they chat both ways; then the router is killed
// (SIGKILL) and restarted on the same data, and nothing that was acknowledged is lost or doubled.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QSet>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

QJsonObject messageOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("message")).toObject();
}

QString textOf(const Envelope &e)
{
    return messageOf(e).value(QStringLiteral("text")).toString();
}

// Message ids of a transcript, in order.
QStringList idsOf(const QJsonArray &messages)
{
    QStringList ids;
    for (const QJsonValue &m : messages)
        ids << m.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QStringList textsOf(const QJsonArray &messages)
{
    QStringList texts;
    for (const QJsonValue &m : messages)
        texts << m.toObject().value(QStringLiteral("text")).toString();
    return texts;
}

class Visitor : public ProtocolPeer
{
public:
    Envelope hello(const QString &token)
    {
        return call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                              {QStringLiteral("visitorToken"), token},
                                              {QStringLiteral("page"), QStringLiteral("https://shop.example/orders")},
                                              {QStringLiteral("language"), QStringLiteral("en-US")}});
    }
    Envelope say(const QString &clientId, const QString &text)
    {
        return call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), clientId}, {QStringLiteral("text"), text}});
    }
};

Envelope agentSays(ProtocolPeer &desk, const QString &conversationId, const QString &clientId, const QString &text,
                   bool internal = false)
{
    return desk.call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversationId},
                                                      {QStringLiteral("clientId"), clientId},
                                                      {QStringLiteral("text"), text},
                                                      {QStringLiteral("internal"), internal}});
}

TEST(HandoffFlow, VisitorToAgentAndBackSurvivesARouterCrash)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-pw"), QStringLiteral("agent"),
                               {QStringLiteral("--display-name"), QStringLiteral("Alice")}));
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    // The agent signs in first and is available.
    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, kOk);
    const Envelope auth = desk.signIn(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    ASSERT_EQ(auth.type, kOk);
    const QString token = auth.data.value(QStringLiteral("token")).toString();
    const QString session = auth.data.value(QStringLiteral("session")).toString();
    ASSERT_TRUE(desk.event(QStringLiteral("snapshot")));

    // A visitor arrives; the bot greets, answers about an order, then the visitor asks for a person.
    Visitor visitor;
    ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope opened = visitor.hello(QString());
    ASSERT_EQ(opened.type, kOk);
    const QString visitorToken = opened.data.value(QStringLiteral("visitorToken")).toString();
    const QString conversationId = opened.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_FALSE(visitorToken.isEmpty());
    EXPECT_EQ(opened.data.value(QStringLiteral("state")).toString(), QStringLiteral("bot"));
    EXPECT_FALSE(opened.data.value(QStringLiteral("messages")).toArray().isEmpty()) << "the bot greets";

    QStringList acknowledged; // ids of every message the router acknowledged
    const Envelope v1 = visitor.say(QStringLiteral("v1"), QStringLiteral("Where is my order A1001?"));
    ASSERT_EQ(v1.type, kOk);
    acknowledged << messageOf(v1).value(QStringLiteral("id")).toString();
    ASSERT_TRUE(visitor.event(QStringLiteral("message"), [](const Envelope &e) {
        return messageOf(e).value(QStringLiteral("author")).toString() == QStringLiteral("bot");
    })) << "the bot answers";
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
    const auto waiting = visitor.event(QStringLiteral("status"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("state")).toString() == QStringLiteral("waiting");
    });
    ASSERT_TRUE(waiting);
    EXPECT_EQ(waiting->data.value(QStringLiteral("position")).toInt(), 1);

    // The offer reaches the desk with the bot's context and the transcript.
    const auto offer = desk.event(QStringLiteral("offer"), {}, 20000);
    ASSERT_TRUE(offer);
    const QJsonObject summary = offer->data.value(QStringLiteral("conversation")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("id")).toString(), conversationId);
    const QJsonObject handoff = summary.value(QStringLiteral("handoff")).toObject();
    EXPECT_EQ(handoff.value(QStringLiteral("trigger")).toString(), QStringLiteral("explicit"));
    EXPECT_EQ(handoff.value(QStringLiteral("page")).toString(), QStringLiteral("https://shop.example/orders"));
    EXPECT_EQ(handoff.value(QStringLiteral("language")).toString(), QStringLiteral("en-US"));
    bool hasOrder = false;
    for (const QJsonValue &f : handoff.value(QStringLiteral("fields")).toArray())
        hasOrder |= f.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("order.number")
            && f.toObject().value(QStringLiteral("value")).toString() == QStringLiteral("A1001");
    EXPECT_TRUE(hasOrder) << "the order number the bot collected travels with the offer";
    EXPECT_TRUE(textsOf(offer->data.value(QStringLiteral("messages")).toArray()).contains(QStringLiteral("Where is my order A1001?")));

    // Accept: the desk gets the full transcript, the visitor hears who joined.
    const Envelope accepted = desk.call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), conversationId}});
    ASSERT_EQ(accepted.type, kOk) << accepted.errorMessage().toStdString();
    EXPECT_EQ(accepted.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("assigned"));
    ASSERT_TRUE(desk.event(QStringLiteral("conversation.assigned")));
    const auto joined = visitor.event(QStringLiteral("agent.joined"));
    ASSERT_TRUE(joined);
    EXPECT_EQ(joined->data.value(QStringLiteral("agentName")).toString(), QStringLiteral("Alice"));
    ASSERT_TRUE(visitor.event(QStringLiteral("message"), [](const Envelope &e) { return textOf(e) == QStringLiteral("Alice joined the chat"); }));

    // Messages both ways, in order.
    for (int i = 1; i <= 3; ++i) {
        const Envelope a = agentSays(desk, conversationId, QStringLiteral("a%1").arg(i), QStringLiteral("agent line %1").arg(i));
        ASSERT_EQ(a.type, kOk);
        acknowledged << messageOf(a).value(QStringLiteral("id")).toString();
        const Envelope v = visitor.say(QStringLiteral("v%1").arg(i + 1), QStringLiteral("visitor line %1").arg(i));
        ASSERT_EQ(v.type, kOk);
        acknowledged << messageOf(v).value(QStringLiteral("id")).toString();
    }
    const Envelope note = agentSays(desk, conversationId, QStringLiteral("n1"), QStringLiteral("note: VIP customer"), true);
    ASSERT_EQ(note.type, kOk);
    acknowledged << messageOf(note).value(QStringLiteral("id")).toString();
    for (int i = 1; i <= 3; ++i) {
        const auto got = visitor.event(QStringLiteral("message"), [i](const Envelope &e) {
            return textOf(e) == QStringLiteral("agent line %1").arg(i);
        });
        ASSERT_TRUE(got) << "agent line " << i;
        const auto seen = desk.event(QStringLiteral("message"), [i](const Envelope &e) {
            return textOf(e) == QStringLiteral("visitor line %1").arg(i);
        });
        ASSERT_TRUE(seen) << "visitor line " << i;
    }
    QStringList agentLinesSeen, visitorLinesSeen;
    for (const Envelope &e : visitor.events())
        if (e.type == QStringLiteral("message") && textOf(e).startsWith(QStringLiteral("agent line")))
            agentLinesSeen << textOf(e);
    for (const Envelope &e : desk.events())
        if (e.type == QStringLiteral("message") && textOf(e).startsWith(QStringLiteral("visitor line")))
            visitorLinesSeen << textOf(e);
    EXPECT_EQ(agentLinesSeen, (QStringList{QStringLiteral("agent line 1"), QStringLiteral("agent line 2"), QStringLiteral("agent line 3")}));
    EXPECT_EQ(visitorLinesSeen, (QStringList{QStringLiteral("visitor line 1"), QStringLiteral("visitor line 2"), QStringLiteral("visitor line 3")}));
    for (const Envelope &e : visitor.events())
        EXPECT_NE(textOf(e), QStringLiteral("note: VIP customer")) << "internal notes never reach the visitor";
    // Desk events are numbered without gaps.
    qint64 expectedSeq = 1;
    for (const Envelope &e : desk.events())
        EXPECT_EQ(e.seq, expectedSeq++);
    const qint64 lastSeq = desk.events().last().seq;

    // Crash: no clean shutdown at all.
    router.kill();
    ASSERT_TRUE(desk.waitDisconnected());
    ASSERT_TRUE(visitor.waitDisconnected());
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    // The desk resumes with its token; the old session is gone with the process, so it gets a snapshot.
    ProtocolPeer desk2;
    ASSERT_TRUE(desk2.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk2.helloDesk().type, kOk);
    const Envelope resumed = desk2.call(QStringLiteral("auth"), {{QStringLiteral("token"), token},
                                                                 {QStringLiteral("resume"),
                                                                  QJsonObject{{QStringLiteral("session"), session},
                                                                              {QStringLiteral("lastSeq"), lastSeq}}}});
    ASSERT_EQ(resumed.type, kOk) << resumed.errorMessage().toStdString();
    EXPECT_FALSE(resumed.data.value(QStringLiteral("resumed")).toBool());
    const auto snapshot = desk2.event(QStringLiteral("snapshot"));
    ASSERT_TRUE(snapshot);
    const QJsonArray chats = snapshot->data.value(QStringLiteral("conversations")).toArray();
    ASSERT_EQ(chats.size(), 1) << "the assignment survived the crash";
    const QJsonObject chat = chats.first().toObject();
    EXPECT_EQ(chat.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(), conversationId);
    const QStringList deskIds = idsOf(chat.value(QStringLiteral("messages")).toArray());
    for (const QString &id : acknowledged)
        EXPECT_EQ(deskIds.count(id), 1) << "acknowledged message " << id.toStdString() << " is there exactly once";
    EXPECT_EQ(QSet<QString>(deskIds.begin(), deskIds.end()).size(), deskIds.size()) << "no line is doubled";

    // The visitor comes back with its token to the same conversation and history.
    Visitor visitor2;
    ASSERT_TRUE(visitor2.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope back = visitor2.hello(visitorToken);
    ASSERT_EQ(back.type, kOk);
    EXPECT_EQ(back.data.value(QStringLiteral("conversationId")).toString(), conversationId);
    EXPECT_EQ(back.data.value(QStringLiteral("state")).toString(), QStringLiteral("assigned"));
    const QJsonArray history = back.data.value(QStringLiteral("messages")).toArray();
    const QStringList visitorIds = idsOf(history);
    for (const QString &id : acknowledged) {
        if (id != messageOf(note).value(QStringLiteral("id")).toString()) {
            EXPECT_EQ(visitorIds.count(id), 1);
        }
    }
    EXPECT_FALSE(textsOf(history).contains(QStringLiteral("note: VIP customer")));

    // A resend of an acknowledged message (same clientId) is answered with the stored one, not stored twice.
    const Envelope resend = visitor2.say(QStringLiteral("v4"), QStringLiteral("visitor line 3"));
    ASSERT_EQ(resend.type, kOk);
    EXPECT_EQ(messageOf(resend).value(QStringLiteral("id")).toString(), acknowledged.at(6));

    // New messages flow both ways after the restart.
    ASSERT_EQ(visitor2.say(QStringLiteral("v5"), QStringLiteral("still there?")).type, kOk);
    ASSERT_TRUE(desk2.event(QStringLiteral("message"), [](const Envelope &e) { return textOf(e) == QStringLiteral("still there?"); }));
    ASSERT_EQ(agentSays(desk2, conversationId, QStringLiteral("a4"), QStringLiteral("yes, still here")).type, kOk);
    ASSERT_TRUE(visitor2.event(QStringLiteral("message"), [](const Envelope &e) { return textOf(e) == QStringLiteral("yes, still here"); }));

    const Envelope historyAfter = desk2.call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), conversationId}});
    ASSERT_EQ(historyAfter.type, kOk);
    const QStringList finalTexts = textsOf(historyAfter.data.value(QStringLiteral("messages")).toArray());
    EXPECT_EQ(finalTexts.count(QStringLiteral("visitor line 3")), 1);
    EXPECT_EQ(finalTexts.count(QStringLiteral("agent line 1")), 1);

    // The agent closes the chat; the visitor is told.
    ASSERT_EQ(desk2.call(QStringLiteral("conversation.close"), {{QStringLiteral("conversationId"), conversationId},
                                                                {QStringLiteral("disposition"), QStringLiteral("resolved")}})
                  .type,
              kOk);
    const auto closed = visitor2.event(QStringLiteral("closed"));
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->data.value(QStringLiteral("by")).toString(), QStringLiteral("agent"));
}

TEST(HandoffFlow, WaitingVisitorKeepsItsPlaceAcrossARestart)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("bob"), QStringLiteral("bob-password")));
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    // Nobody is signed in: the visitor waits and is offered the message form.
    QStringList conversationIds, tokens;
    for (int i = 0; i < 2; ++i) {
        Visitor visitor;
        ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
        const Envelope opened = visitor.hello(QString());
        ASSERT_EQ(opened.type, kOk);
        conversationIds << opened.data.value(QStringLiteral("conversationId")).toString();
        tokens << opened.data.value(QStringLiteral("visitorToken")).toString();
        ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
        const auto offline = visitor.event(QStringLiteral("offline"));
        ASSERT_TRUE(offline);
        EXPECT_EQ(offline->data.value(QStringLiteral("reason")).toString(), QStringLiteral("no_agents"));
        if (i == 0) {
            const Envelope left = visitor.call(QStringLiteral("leave_message"), {{QStringLiteral("name"), QStringLiteral("Ada")},
                                                                                  {QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                                                                  {QStringLiteral("text"), QStringLiteral("Please call me back")}});
            ASSERT_EQ(left.type, kOk);
        }
        visitor.close();
    }

    router.kill();
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    // The second visitor reconnects and is still second in line.
    Visitor second;
    ASSERT_TRUE(second.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope back = second.hello(tokens.at(1));
    ASSERT_EQ(back.type, kOk);
    EXPECT_EQ(back.data.value(QStringLiteral("conversationId")).toString(), conversationIds.at(1));
    const auto status = second.event(QStringLiteral("status"));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->data.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    EXPECT_EQ(status->data.value(QStringLiteral("position")).toInt(), 2);

    // An agent signs in: the one who waited longest is offered first, and the left message is listed.
    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, kOk);
    ASSERT_EQ(desk.signIn(QStringLiteral("bob"), QStringLiteral("bob-password")).type, kOk);
    const auto offer = desk.event(QStringLiteral("offer"), {}, 20000);
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString(),
              conversationIds.at(0));
    const Envelope offlineList = desk.call(QStringLiteral("offline.list"));
    ASSERT_EQ(offlineList.type, kOk);
    const QJsonArray left = offlineList.data.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Please call me back"));
}

TEST(HandoffFlow, BotConversationContinuesAfterACrash)
{
    RouterProcess router;
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    Visitor visitor;
    ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope opened = visitor.hello(QString());
    ASSERT_EQ(opened.type, kOk);
    const QString token = opened.data.value(QStringLiteral("visitorToken")).toString();
    // The bot asks for the order number ...
    ASSERT_EQ(visitor.say(QStringLiteral("v1"), QStringLiteral("Where is my order?")).type, kOk);
    ASSERT_TRUE(visitor.event(QStringLiteral("message"), [](const Envelope &e) {
        return messageOf(e).value(QStringLiteral("author")).toString() == QStringLiteral("bot")
            && textOf(e).contains(QStringLiteral("order number"));
    })) << "the bot asks for the order number";

    router.kill();
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    // ... and after the crash it still knows it asked: the bare number is understood as the answer.
    Visitor back;
    ASSERT_TRUE(back.open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope resumed = back.hello(token);
    ASSERT_EQ(resumed.type, kOk);
    EXPECT_EQ(resumed.data.value(QStringLiteral("state")).toString(), QStringLiteral("bot"));
    ASSERT_EQ(back.say(QStringLiteral("v2"), QStringLiteral("A1003")).type, kOk);
    const auto answer = back.event(QStringLiteral("message"), [](const Envelope &e) {
        return messageOf(e).value(QStringLiteral("author")).toString() == QStringLiteral("bot");
    });
    ASSERT_TRUE(answer);
    EXPECT_TRUE(textOf(*answer).contains(QStringLiteral("Delivered on 20 November"))) << textOf(*answer).toStdString();
}

TEST(HandoffFlow, WaitingVisitorIsToldWhenTheLastAgentLeaves)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("carl"), QStringLiteral("carl-password"), QStringLiteral("agent"),
        { QStringLiteral("--capacity"), QStringLiteral("1") }));
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, kOk);
    ASSERT_EQ(desk.signIn(QStringLiteral("carl"), QStringLiteral("carl-password")).type, kOk);

    // The first visitor takes Carl's only slot; the second waits in an open queue.
    Visitor first, second;
    ASSERT_TRUE(first.open(router.wsUrl(QStringLiteral("visitor"))));
    const QString firstId = first.hello(QString()).data.value(QStringLiteral("conversationId")).toString();
    ASSERT_EQ(first.call(QStringLiteral("handoff.request")).type, kOk);
    ASSERT_TRUE(desk.event(QStringLiteral("offer"), {}, 20000));
    ASSERT_EQ(desk.call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), firstId}}).type, kOk);
    ASSERT_TRUE(second.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(second.hello(QString()).type, kOk);
    ASSERT_EQ(second.call(QStringLiteral("handoff.request")).type, kOk);
    ASSERT_TRUE(second.event(QStringLiteral("status"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("state")).toString() == QStringLiteral("waiting");
    }));
    for (const Envelope &e : second.events())
        ASSERT_NE(e.type, QStringLiteral("offline")) << "an agent is signed in: no message form yet";

    // Carl signs off: the waiting visitor is offered the message form instead of silence.
    ASSERT_EQ(desk.call(QStringLiteral("presence.set"), {{QStringLiteral("presence"), QStringLiteral("offline")}}).type, kOk);
    const auto offline = second.event(QStringLiteral("offline"), {}, 10000);
    ASSERT_TRUE(offline);
    EXPECT_EQ(offline->data.value(QStringLiteral("reason")).toString(), QStringLiteral("no_agents"));
    EXPECT_FALSE(offline->data.value(QStringLiteral("notice")).toString().isEmpty());
}

} // namespace
