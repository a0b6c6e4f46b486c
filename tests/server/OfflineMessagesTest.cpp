// Messages visitors leave when nobody can serve them, against the real router: an agent sees and hears
// of those of queues they could serve (supervisors of all), marking one handled happens once (a second
// desk is told, a second attempt learns who was first), it is audited, and everything survives a restart.
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

QString codeOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("code")).toString();
}

QJsonObject messageOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("message")).toObject();
}

// The listed message with this id, or an empty object.
QJsonObject listed(const Envelope &list, const QString &id)
{
    for (const QJsonValue &v : list.data.value(QStringLiteral("messages")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

bool signIn(ProtocolPeer &desk, const RouterProcess &router, const QString &user)
{
    return desk.open(router.wsUrl(QStringLiteral("desk"))) && desk.helloDesk().type == kOk
        && desk.signIn(user, user + QStringLiteral("-password")).type == kOk;
}

bool hasEvent(const ProtocolPeer &desk, const QString &type, const QString &messageId)
{
    for (const Envelope &e : desk.events())
        if (e.type == type && messageOf(e).value(QStringLiteral("id")).toString() == messageId)
            return true;
    return false;
}

// A visitor who talks to the bot until it hands over, then leaves a message; returns the message id.
QString leaveMessage(const RouterProcess &router, const QString &firstLine, const QString &name, const QString &text,
    QString *conversationId)
{
    ProtocolPeer visitor;
    if (!visitor.open(router.wsUrl(QStringLiteral("visitor"))))
        return {};
    const Envelope opened = visitor.call(QStringLiteral("hello"),
        { { QStringLiteral("version"), QStringLiteral("1.0") },
            { QStringLiteral("page"), QStringLiteral("https://shop.example/invoices") } });
    if (opened.type != kOk)
        return {};
    *conversationId = opened.data.value(QStringLiteral("conversationId")).toString();
    if (visitor
            .call(QStringLiteral("message.send"),
                { { QStringLiteral("clientId"), QStringLiteral("v1") }, { QStringLiteral("text"), firstLine } })
            .type
        != kOk)
        return {};
    if (visitor.call(QStringLiteral("handoff.request")).type != kOk)
        return {};
    const auto waiting = visitor.event(QStringLiteral("status"), [](const Envelope &e) {
        return e.data.value(QStringLiteral("state")).toString() == QStringLiteral("waiting");
    });
    if (!waiting)
        return {};
    const Envelope left = visitor.call(QStringLiteral("leave_message"),
        { { QStringLiteral("name"), name },
            { QStringLiteral("email"), name.toLower() + QStringLiteral("@example.com") },
            { QStringLiteral("text"), text } });
    return left.type == kOk ? left.data.value(QStringLiteral("id")).toString() : QString();
}

TEST(OfflineMessages, SeenByTheQueuesAgentsHandledOnceAndKeptAcrossARestart)
{
    RouterProcess router;
    QString output;
    ASSERT_EQ(router.runAdmin(
                  { QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("billing"), QStringLiteral("--name"),
                      QStringLiteral("Billing"), QStringLiteral("--skills"), QStringLiteral("billing") },
                  &output),
        0)
        << output.toStdString();
    ASSERT_EQ(router.runAdmin({ QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("disputes"),
                                  QStringLiteral("--if"), QStringLiteral("topic == billing-dispute"),
                                  QStringLiteral("--queue"), QStringLiteral("billing") },
                  &output),
        0)
        << output.toStdString();
    ASSERT_TRUE(router.addUser(QStringLiteral("bella"), QStringLiteral("bella-password"), QStringLiteral("agent"),
        { QStringLiteral("--skills"), QStringLiteral("billing"), QStringLiteral("--display-name"),
            QStringLiteral("Bella") }));
    ASSERT_TRUE(router.addUser(QStringLiteral("bob"), QStringLiteral("bob-password"), QStringLiteral("agent"),
        { QStringLiteral("--skills"), QStringLiteral("billing,orders"), QStringLiteral("--display-name"),
            QStringLiteral("Bob") }));
    ASSERT_TRUE(router.addUser(QStringLiteral("tom"), QStringLiteral("tom-password"), QStringLiteral("agent"),
        { QStringLiteral("--skills"), QStringLiteral("technical") }));
    ASSERT_TRUE(router.addUser(QStringLiteral("sam"), QStringLiteral("sam-password"), QStringLiteral("supervisor")));
    ASSERT_TRUE(router.start()) << router.log().toStdString();

    ProtocolPeer bella, bob, tom, sam;
    ASSERT_TRUE(signIn(bella, router, QStringLiteral("bella")));
    ASSERT_TRUE(signIn(bob, router, QStringLiteral("bob")));
    ASSERT_TRUE(signIn(tom, router, QStringLiteral("tom")));
    ASSERT_TRUE(signIn(sam, router, QStringLiteral("sam")));
    // The billing agents are away: nobody takes the chat, the visitor leaves a message instead.
    for (ProtocolPeer *desk : { &bella, &bob })
        ASSERT_EQ(
            desk->call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type,
            kOk);

    QString billingChat;
    const QString billingId = leaveMessage(router, QStringLiteral("I was charged twice"), QStringLiteral("Dana"),
        QStringLiteral("Please call me back about invoice 88."), &billingChat);
    ASSERT_FALSE(billingId.isEmpty()) << router.log().toStdString();

    // Bella (billing skill) hears of it at once, with what the chat knew.
    const auto news = bella.event(QStringLiteral("offline.new"),
        [&](const Envelope &e) { return messageOf(e).value(QStringLiteral("id")).toString() == billingId; });
    ASSERT_TRUE(news) << "a billing agent is told of a message left in the billing queue";
    const QJsonObject fresh = messageOf(*news);
    EXPECT_EQ(fresh.value(QStringLiteral("name")).toString(), QStringLiteral("Dana"));
    EXPECT_EQ(fresh.value(QStringLiteral("email")).toString(), QStringLiteral("dana@example.com"));
    EXPECT_EQ(fresh.value(QStringLiteral("text")).toString(), QStringLiteral("Please call me back about invoice 88."));
    EXPECT_EQ(fresh.value(QStringLiteral("queueId")).toString(), QStringLiteral("billing"));
    EXPECT_EQ(fresh.value(QStringLiteral("queueName")).toString(), QStringLiteral("Billing"));
    EXPECT_EQ(fresh.value(QStringLiteral("conversationId")).toString(), billingChat);
    EXPECT_EQ(fresh.value(QStringLiteral("topic")).toString(), QStringLiteral("billing-dispute"));
    EXPECT_EQ(fresh.value(QStringLiteral("page")).toString(), QStringLiteral("https://shop.example/invoices"));
    EXPECT_TRUE(fresh.value(QStringLiteral("fields")).isArray());
    EXPECT_FALSE(fresh.value(QStringLiteral("at")).toString().isEmpty());
    EXPECT_EQ(fresh.value(QStringLiteral("handledBy")).toString(), QString());
    EXPECT_EQ(fresh.value(QStringLiteral("handledAt")).toString(), QString());
    ASSERT_TRUE(sam.event(QStringLiteral("offline.new"))) << "supervisors see every queue's messages";
    ASSERT_TRUE(bob.event(QStringLiteral("offline.new")));

    // Tom (no billing skill) hears nothing, does not list it, and cannot handle it.
    EXPECT_FALSE(waitUntil([&] { return hasEvent(tom, QStringLiteral("offline.new"), billingId); }, 2000));
    const Envelope tomList = tom.call(QStringLiteral("offline.list"));
    ASSERT_EQ(tomList.type, kOk) << tomList.errorMessage().toStdString();
    EXPECT_TRUE(listed(tomList, billingId).isEmpty()) << "tom cannot serve the billing queue";
    const Envelope tomHandle = tom.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), billingId } });
    EXPECT_EQ(codeOf(tomHandle), QStringLiteral("not_found"));
    EXPECT_EQ(
        codeOf(tom.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), QStringLiteral("999999") } })),
        QStringLiteral("not_found"));

    // Bad requests change nothing.
    EXPECT_EQ(codeOf(bella.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), 17 } })),
        QStringLiteral("invalid"));
    EXPECT_EQ(
        codeOf(bella.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), QStringLiteral("seventeen") } })),
        QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(bella.call(QStringLiteral("offline.handle"))), QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(bella.call(
                  QStringLiteral("offline.list"), { { QStringLiteral("includeHandled"), QStringLiteral("yes") } })),
        QStringLiteral("invalid"));

    const Envelope bellaList = bella.call(QStringLiteral("offline.list"));
    ASSERT_EQ(bellaList.type, kOk);
    EXPECT_EQ(listed(bellaList, billingId).value(QStringLiteral("text")).toString(),
        QStringLiteral("Please call me back about invoice 88."));

    // Bella marks it handled; Bob's desk is told, and Bob's own attempt learns who was first.
    const Envelope handled = bella.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), billingId } });
    ASSERT_EQ(handled.type, kOk) << handled.errorMessage().toStdString();
    EXPECT_EQ(messageOf(handled).value(QStringLiteral("handledBy")).toString(), QStringLiteral("bella"));
    EXPECT_EQ(messageOf(handled).value(QStringLiteral("handledByName")).toString(), QStringLiteral("Bella"));
    EXPECT_FALSE(messageOf(handled).value(QStringLiteral("handledAt")).toString().isEmpty());
    const auto told = bob.event(QStringLiteral("offline.handled"),
        [&](const Envelope &e) { return messageOf(e).value(QStringLiteral("id")).toString() == billingId; });
    ASSERT_TRUE(told) << "a second desk hears the message was handled";
    EXPECT_EQ(messageOf(*told).value(QStringLiteral("handledByName")).toString(), QStringLiteral("Bella"));
    const Envelope second = bob.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), billingId } });
    EXPECT_EQ(codeOf(second), QStringLiteral("conflict"));
    EXPECT_TRUE(second.errorMessage().contains(QStringLiteral("Bella"))) << second.errorMessage().toStdString();
    EXPECT_EQ(second.data.value(QStringLiteral("handledBy")).toString(), QStringLiteral("bella"));
    EXPECT_FALSE(waitUntil([&] { return hasEvent(tom, QStringLiteral("offline.handled"), billingId); }, 1000));

    EXPECT_TRUE(listed(bella.call(QStringLiteral("offline.list")), billingId).isEmpty())
        << "handled messages leave the open list";
    const Envelope withHandled
        = bella.call(QStringLiteral("offline.list"), { { QStringLiteral("includeHandled"), true } });
    EXPECT_EQ(listed(withHandled, billingId).value(QStringLiteral("handledBy")).toString(), QStringLiteral("bella"));

    const Envelope audit = sam.call(QStringLiteral("audit.list"));
    ASSERT_EQ(audit.type, kOk);
    bool audited = false;
    for (const QJsonValue &v : audit.data.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = v.toObject();
        if (entry.value(QStringLiteral("action")).toString() == QStringLiteral("offline.handle")
            && entry.value(QStringLiteral("actor")).toString() == QStringLiteral("bella")
            && entry.value(QStringLiteral("target")).toString() == billingId
            && entry.value(QStringLiteral("allowed")).toBool())
            audited = true;
    }
    EXPECT_TRUE(audited) << QJsonDocument(audit.data).toJson().toStdString();

    // A message in the default queue (no skills needed) is tom's to see.
    QString generalChat;
    const QString generalId = leaveMessage(
        router, QStringLiteral("hello"), QStringLiteral("Eve"), QStringLiteral("Do you ship to Norway?"), &generalChat);
    ASSERT_FALSE(generalId.isEmpty());
    ASSERT_TRUE(tom.event(QStringLiteral("offline.new"),
        [&](const Envelope &e) { return messageOf(e).value(QStringLiteral("id")).toString() == generalId; }));

    // After a restart both are still there, the handled one with who handled it.
    bella.close();
    bob.close();
    tom.close();
    sam.close();
    router.stop();
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    ProtocolPeer bellaAgain, tomAgain;
    ASSERT_TRUE(signIn(bellaAgain, router, QStringLiteral("bella")));
    ASSERT_TRUE(signIn(tomAgain, router, QStringLiteral("tom")));
    const Envelope afterRestart
        = bellaAgain.call(QStringLiteral("offline.list"), { { QStringLiteral("includeHandled"), true } });
    ASSERT_EQ(afterRestart.type, kOk);
    const QJsonObject kept = listed(afterRestart, billingId);
    EXPECT_EQ(kept.value(QStringLiteral("text")).toString(), QStringLiteral("Please call me back about invoice 88."));
    EXPECT_EQ(kept.value(QStringLiteral("handledBy")).toString(), QStringLiteral("bella"));
    EXPECT_EQ(kept.value(QStringLiteral("topic")).toString(), QStringLiteral("billing-dispute"));
    EXPECT_EQ(listed(tomAgain.call(QStringLiteral("offline.list")), generalId).value(QStringLiteral("text")).toString(),
        QStringLiteral("Do you ship to Norway?"));
    EXPECT_EQ(codeOf(tomAgain.call(QStringLiteral("offline.handle"), { { QStringLiteral("id"), billingId } })),
        QStringLiteral("not_found"));
}

} // namespace
