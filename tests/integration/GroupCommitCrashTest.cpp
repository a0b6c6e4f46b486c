// The router's store writer commits messages in batches. This kills the router (SIGKILL) while many
// visitors and an agent have messages in flight, restarts it on the same data, and checks the promise
// behind every `ok`: each acknowledged message is in the transcript exactly once, and sending the
// unanswered ones again (as the web page and the desk do after a reconnect) stores each exactly once.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <cstdio>
#include <QThread>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");
constexpr int kVisitors = 28; // enough lines in flight that a slow test process still kills mid-way (new chats: at most 30 a minute per address)
constexpr int kMessagesEach = 30; // under the per-connection burst of 40 frames
constexpr int kAgentMessages = 30;

Envelope helloVisitor(ProtocolPeer &v, const QString &token)
{
    return v.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                            {QStringLiteral("visitorToken"), token},
                                            {QStringLiteral("page"), QStringLiteral("https://shop.example/")},
                                            {QStringLiteral("language"), QStringLiteral("en")}});
}

struct Sent {
    QString requestId;
    QString clientId;
    QString text;
};

// The clientIds among `sent` that `peer` got an `ok` for, with the stored message id.
QHash<QString, QString> acknowledged(const ProtocolPeer &peer, const QList<Sent> &sent)
{
    QHash<QString, QString> byRequest;
    for (const Envelope &r : peer.replies())
        if (r.type == kOk)
            byRequest.insert(r.re, r.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString());
    QHash<QString, QString> acked;
    for (const Sent &s : sent)
        if (byRequest.contains(s.requestId))
            acked.insert(s.clientId, byRequest.value(s.requestId));
    return acked;
}

// How often each clientId's text and each message id occurs in a transcript.
struct Transcript {
    QHash<QString, int> texts;
    QHash<QString, int> ids;
};

Transcript transcriptOf(ProtocolPeer &desk, const QString &conversationId)
{
    Transcript t;
    // Paced below the desk's 20 frames a second: this is asked once per chat, many times in a row.
    QThread::msleep(60);
    const Envelope history =
        desk.call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), conversationId}}, 20000);
    EXPECT_EQ(history.type, kOk) << history.data.value(QStringLiteral("message")).toString().toStdString();
    for (const QJsonValue &v : history.data.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject m = v.toObject();
        t.texts[m.value(QStringLiteral("text")).toString()] += 1;
        t.ids[m.value(QStringLiteral("id")).toString()] += 1;
    }
    return t;
}

} // namespace

TEST(GroupCommitCrash, KillDuringBatchesLosesNoAcknowledgedMessageAndDoublesNone)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-pw1"), QStringLiteral("agent"),
                               {QStringLiteral("--capacity"), QString::number(kVisitors)}));
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, kOk);
    ASSERT_EQ(desk.signIn(QStringLiteral("alice"), QStringLiteral("alice-pw1")).type, kOk);
    ASSERT_TRUE(desk.event(QStringLiteral("snapshot")));

    // Every visitor asks for a person; the agent takes every chat.
    std::vector<std::unique_ptr<ProtocolPeer>> visitors;
    QStringList tokens, conversations;
    for (int i = 0; i < kVisitors; ++i) {
        auto v = std::make_unique<ProtocolPeer>();
        ASSERT_TRUE(v->open(router.wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = helloVisitor(*v, QString());
        ASSERT_EQ(hello.type, kOk);
        tokens << hello.data.value(QStringLiteral("visitorToken")).toString();
        conversations << hello.data.value(QStringLiteral("conversationId")).toString();
        ASSERT_EQ(v->call(QStringLiteral("handoff.request")).type, kOk);
        const QString id = conversations.last();
        const auto offer = desk.event(QStringLiteral("offer"), [&id](const Envelope &e) {
            return e.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString() == id;
        }, 20000);
        ASSERT_TRUE(offer) << "offer " << i;
        ASSERT_EQ(desk.call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), id}}).type, kOk);
        visitors.push_back(std::move(v));
    }

    // Everyone sends at once, without waiting for answers; the router is killed while they are in flight.
    QList<QList<Sent>> visitorSent(kVisitors);
    QList<Sent> agentSent;
    for (int k = 0; k < kMessagesEach; ++k) {
        for (int i = 0; i < kVisitors; ++i) {
            const QString clientId = QStringLiteral("v%1-%2").arg(i).arg(k);
            const QString text = QStringLiteral("visitor %1 line %2").arg(i).arg(k);
            visitorSent[i] << Sent{visitors[i]->send(QStringLiteral("message.send"),
                                                     {{QStringLiteral("clientId"), clientId}, {QStringLiteral("text"), text}}),
                                   clientId, text};
        }
        if (k < kAgentMessages) {
            const QString clientId = QStringLiteral("a-%1").arg(k);
            const QString text = QStringLiteral("agent line %1").arg(k);
            agentSent << Sent{desk.send(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), conversations[k % kVisitors]},
                                                                         {QStringLiteral("clientId"), clientId},
                                                                         {QStringLiteral("text"), text}}),
                              clientId, text};
        }
    }
    const int total = kVisitors * (kMessagesEach + 1) + kAgentMessages; // with the last line of each, below
    auto ackCount = [&] {
        int n = acknowledged(desk, agentSent).size();
        for (int i = 0; i < kVisitors; ++i)
            n += acknowledged(*visitors[i], visitorSent[i]).size();
        return n;
    };
    ASSERT_TRUE(waitUntil([&] { return ackCount() >= 20; }, 20000)) << "the router acknowledges messages";
    // One more line from every visitor right before the kill, so lines are in flight even when this process
    // was too slow to notice the first answers before the router had answered everything.
    for (int i = 0; i < kVisitors; ++i) {
        const QString clientId = QStringLiteral("v%1-last").arg(i);
        const QString text = QStringLiteral("visitor %1 last line").arg(i);
        visitorSent[i] << Sent{visitors[i]->send(QStringLiteral("message.send"),
                                                 {{QStringLiteral("clientId"), clientId}, {QStringLiteral("text"), text}}),
                               clientId, text};
    }
    router.kill();
    QList<QHash<QString, QString>> visitorAcked;
    for (int i = 0; i < kVisitors; ++i)
        visitorAcked << acknowledged(*visitors[i], visitorSent[i]);
    const QHash<QString, QString> agentAcked = acknowledged(desk, agentSent);
    const int ackedBeforeKill = ackCount();
    EXPECT_LT(ackedBeforeKill, total) << "the kill came while messages were in flight";
    std::printf("acknowledged before the kill: %d of %d\n", ackedBeforeKill, total);

    // Back up on the same data: every acknowledged message is there, once.
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    ProtocolPeer desk2;
    ASSERT_TRUE(desk2.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk2.helloDesk().type, kOk);
    ASSERT_EQ(desk2.signIn(QStringLiteral("alice"), QStringLiteral("alice-pw1")).type, kOk);
    QHash<QString, int> agentTextCount;
    for (int i = 0; i < kVisitors; ++i) {
        const Transcript t = transcriptOf(desk2, conversations[i]);
        for (const Sent &s : visitorSent[i]) {
            EXPECT_LE(t.texts.value(s.text), 1) << s.text.toStdString() << " stored twice";
            if (visitorAcked[i].contains(s.clientId)) {
                EXPECT_EQ(t.ids.value(visitorAcked[i].value(s.clientId)), 1) << s.text.toStdString() << " was acknowledged but is lost";
            }
        }
        for (auto it = t.texts.cbegin(); it != t.texts.cend(); ++it)
            if (it.key().startsWith(QLatin1String("agent line")))
                agentTextCount[it.key()] += it.value();
    }
    for (const Sent &s : agentSent) {
        EXPECT_LE(agentTextCount.value(s.text), 1) << s.text.toStdString() << " stored twice";
        if (agentAcked.contains(s.clientId)) {
            EXPECT_EQ(agentTextCount.value(s.text), 1) << s.text.toStdString() << " was acknowledged but is lost";
        }
    }

    // Everything is sent again with the same clientIds, as clients do after a reconnect: each is stored once.
    for (int i = 0; i < kVisitors; ++i) {
        ProtocolPeer again;
        ASSERT_TRUE(again.open(router.wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = helloVisitor(again, tokens[i]);
        ASSERT_EQ(hello.type, kOk);
        ASSERT_EQ(hello.data.value(QStringLiteral("conversationId")).toString(), conversations[i]);
        QStringList requests;
        for (const Sent &s : visitorSent[i])
            requests << again.send(QStringLiteral("message.send"), {{QStringLiteral("clientId"), s.clientId}, {QStringLiteral("text"), s.text}});
        for (int k = 0; k < requests.size(); ++k) {
            const Envelope r = again.reply(requests[k], 20000);
            ASSERT_EQ(r.type, kOk) << r.data.value(QStringLiteral("message")).toString().toStdString();
            if (visitorAcked[i].contains(visitorSent[i][k].clientId)) {
                EXPECT_EQ(r.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString(),
                          visitorAcked[i].value(visitorSent[i][k].clientId))
                    << "a resend is answered with the message stored first";
            }
        }
        const Transcript t = transcriptOf(desk2, conversations[i]);
        for (const Sent &s : visitorSent[i])
            EXPECT_EQ(t.texts.value(s.text), 1) << s.text.toStdString();
    }
}
