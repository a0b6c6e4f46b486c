// Consulting a colleague about a chat, against the real handoff-router process: only the chat's agent
// invites, only the invited colleague accepts and reads, the private thread reaches the two of them and
// never the visitor (every frame the visitor's socket received is checked), a consult ends by a decline,
// by either side, with the chat, or in a warm transfer whose note the new agent reads first; one consult at
// a time, and a consultant whose desk reconnects resumes where it was.
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

QString str(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

QString textOf(const Envelope &e)
{
    return str(e.data.value(QStringLiteral("message")).toObject(), "text");
}

class ConsultTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = new RouterProcess;
        for (const char *agent : { "ann", "ben", "cat" })
            ASSERT_TRUE(s_router->addUser(QString::fromLatin1(agent), QStringLiteral("password-%1").arg(QLatin1String(agent)),
                QStringLiteral("agent"), { QStringLiteral("--display-name"), QString::fromLatin1(agent).toUpper() }));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("sam"), QStringLiteral("password-sam"), QStringLiteral("supervisor"),
            { QStringLiteral("--display-name"), QStringLiteral("Sam") }));
        const QString config = s_router->dataDir() + QStringLiteral("/router.json");
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"presenceGraceSeconds": 1})");
        file.close();
        ASSERT_TRUE(s_router->start({ QStringLiteral("--config"), config })) << s_router->log().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_router;
        s_router = nullptr;
    }

    static std::unique_ptr<ProtocolPeer> desk(const QString &user, Envelope *auth = nullptr)
    {
        auto peer = std::make_unique<ProtocolPeer>();
        EXPECT_TRUE(peer->open(s_router->wsUrl(QStringLiteral("desk"))));
        EXPECT_EQ(peer->helloDesk().type, kOk);
        const Envelope a = peer->signIn(user, QStringLiteral("password-%1").arg(user));
        EXPECT_EQ(a.type, kOk) << codeOf(a).toStdString();
        if (auth)
            *auth = a;
        return peer;
    }

    // A visitor whose chat `agent` (the only one available) accepts; returns the conversation id.
    static QString chatWith(ProtocolPeer &visitor, ProtocolPeer &agent)
    {
        EXPECT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = visitor.call(QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } });
        const QString id = str(hello.data, "conversationId");
        visitor.call(QStringLiteral("message.send"), { { QStringLiteral("clientId"), QStringLiteral("v1") },
                                                       { QStringLiteral("text"), QStringLiteral("Where is my order A1001?") } });
        EXPECT_EQ(visitor.call(QStringLiteral("handoff.request")).type, kOk);
        EXPECT_TRUE(agent.event(QStringLiteral("offer"), [&](const Envelope &e) {
            return str(e.data.value(QStringLiteral("offer")).toObject(), "conversationId") == id;
        }, 20000));
        EXPECT_EQ(agent.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), id } }).type, kOk);
        return id;
    }

    static void away(ProtocolPeer &desk)
    {
        EXPECT_EQ(desk.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type, kOk);
    }

    static Envelope say(ProtocolPeer &desk, const QString &id, const QString &clientId, const QString &text)
    {
        return desk.call(QStringLiteral("consult.say"), { { QStringLiteral("conversationId"), id },
                                                          { QStringLiteral("clientId"), clientId },
                                                          { QStringLiteral("text"), text } });
    }

    // Nothing of the consult reached the visitor: no consult frame, no internal or thread line, no text of it.
    static void expectVisitorSawNothingOf(const ProtocolPeer &visitor, const QStringList &privateTexts)
    {
        ASSERT_FALSE(visitor.rawFrames().isEmpty());
        for (const QString &raw : visitor.rawFrames()) {
            const QJsonObject frame = QJsonDocument::fromJson(raw.toUtf8()).object();
            const QString type = str(frame, "type");
            EXPECT_FALSE(type.startsWith(QLatin1String("consult"))) << qPrintable(raw);
            EXPECT_FALSE(raw.contains(QLatin1String("\"internal\":true"))) << qPrintable(raw);
            EXPECT_FALSE(raw.contains(QLatin1String("\"thread\":\"consult\""))) << qPrintable(raw);
            for (const QString &text : privateTexts)
                EXPECT_FALSE(raw.contains(text)) << qPrintable(raw);
        }
    }

    static RouterProcess *s_router;
};

RouterProcess *ConsultTest::s_router = nullptr;

TEST_F(ConsultTest, AConsultIsPrivateAndEndsWithAWarmTransferCarryingANote)
{
    auto ann = desk(QStringLiteral("ann"));
    auto ben = desk(QStringLiteral("ben"));
    away(*ben); // the chat goes to Ann
    auto cat = desk(QStringLiteral("cat"));
    away(*cat);
    ProtocolPeer visitor;
    const QString id = chatWith(visitor, *ann);
    const QJsonObject about { { QStringLiteral("conversationId"), id } };

    // Only the chat's agent invites; the colleague must exist and be signed in; not oneself.
    EXPECT_EQ(codeOf(cat->call(QStringLiteral("consult.invite"),
                  { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("ben") } })),
              QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("consult.invite"),
                  { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("nobody") } })),
              QStringLiteral("not_found"));
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("consult.invite"),
                  { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("ann") } })),
              QStringLiteral("invalid"));
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("consult.invite"), about)), QStringLiteral("invalid")) << "no agentId";

    const Envelope invited = ann->call(QStringLiteral("consult.invite"),
        { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("ben") } });
    ASSERT_EQ(invited.type, kOk) << invited.errorMessage().toStdString();
    EXPECT_EQ(str(invited.data.value(QStringLiteral("consult")).toObject(), "state"), QStringLiteral("invited"));
    // One consult at a time.
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("consult.invite"),
                  { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("cat") } })),
              QStringLiteral("conflict"));
    const auto invitation = ben->event(QStringLiteral("consult.invited"), [&](const Envelope &e) {
        return str(e.data.value(QStringLiteral("consult")).toObject(), "conversationId") == id;
    });
    ASSERT_TRUE(invitation);
    EXPECT_EQ(str(invitation->data.value(QStringLiteral("consult")).toObject(), "agentName"), QStringLiteral("ANN"));
    EXPECT_FALSE(invitation->data.contains(QStringLiteral("messages"))) << "the transcript comes with the acceptance";
    // Before accepting, Ben reads nothing; Cat, not invited, cannot accept nor read.
    EXPECT_EQ(codeOf(ben->call(QStringLiteral("conversation.history"), about)), QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(cat->call(QStringLiteral("consult.accept"), about)), QStringLiteral("not_found"));

    const Envelope accepted = ben->call(QStringLiteral("consult.accept"), about);
    ASSERT_EQ(accepted.type, kOk) << accepted.errorMessage().toStdString();
    bool sawVisitorLine = false;
    for (const QJsonValue &m : accepted.data.value(QStringLiteral("messages")).toArray())
        sawVisitorLine |= str(m.toObject(), "text") == QStringLiteral("Where is my order A1001?");
    EXPECT_TRUE(sawVisitorLine) << "the consultant reads the transcript";
    EXPECT_EQ(str(accepted.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("handoff")).toObject()
                      .value(QStringLiteral("fields")).toArray().first().toObject(), "name").isEmpty(), false)
        << "and the bot's fields";
    EXPECT_TRUE(ann->event(QStringLiteral("consult.updated"), [](const Envelope &e) {
        return str(e.data.value(QStringLiteral("consult")).toObject(), "state") == QLatin1String("active");
    }));
    EXPECT_EQ(ben->call(QStringLiteral("conversation.history"), about).type, kOk) << "the consultant may read";
    EXPECT_EQ(codeOf(cat->call(QStringLiteral("conversation.history"), about)), QStringLiteral("forbidden"));
    // Read-only: the consultant cannot write to the visitor, close or transfer the chat.
    EXPECT_EQ(codeOf(ben->call(QStringLiteral("message.send"), { { QStringLiteral("conversationId"), id },
                                                                 { QStringLiteral("clientId"), QStringLiteral("b0") },
                                                                 { QStringLiteral("text"), QStringLiteral("Hi visitor") } })),
              QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(ben->call(QStringLiteral("conversation.close"), about)), QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(say(*cat, id, QStringLiteral("c1"), QStringLiteral("Let me in"))), QStringLiteral("not_found"));

    // The private thread: Ann asks, Ben answers; each sees the other's line.
    const QString question = QStringLiteral("Can we refund A1001 without the parcel back?");
    const QString answer = QStringLiteral("Yes, below 50 euros we refund at once.");
    const Envelope asked = say(*ann, id, QStringLiteral("a1"), question);
    ASSERT_EQ(asked.type, kOk);
    EXPECT_EQ(str(asked.data.value(QStringLiteral("message")).toObject(), "thread"), QStringLiteral("consult"));
    EXPECT_TRUE(asked.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("internal")).toBool());
    EXPECT_TRUE(ben->event(QStringLiteral("consult.message"), [&](const Envelope &e) { return textOf(e) == question; }));
    ASSERT_EQ(say(*ben, id, QStringLiteral("b1"), answer).type, kOk);
    EXPECT_TRUE(ann->event(QStringLiteral("message"), [&](const Envelope &e) {
        return textOf(e) == answer && str(e.data.value(QStringLiteral("message")).toObject(), "thread") == QLatin1String("consult");
    }));
    // The visitor goes on talking; the consultant reads along.
    visitor.call(QStringLiteral("message.send"), { { QStringLiteral("clientId"), QStringLiteral("v2") },
                                                   { QStringLiteral("text"), QStringLiteral("Are you still there?") } });
    EXPECT_TRUE(ben->event(QStringLiteral("consult.message"),
        [](const Envelope &e) { return textOf(e) == QStringLiteral("Are you still there?"); }));

    // Warm transfer: Ann hands the chat to Ben with a note he reads first.
    const QString note = QStringLiteral("Refund approved by Ben; she prefers e-mail.");
    ASSERT_EQ(ann->call(QStringLiteral("consult.handover"), { { QStringLiteral("conversationId"), id },
                                                              { QStringLiteral("note"), note } })
                  .type,
              kOk);
    const auto ended = ben->event(QStringLiteral("consult.ended"), [&](const Envelope &e) { return str(e.data, "conversationId") == id; });
    ASSERT_TRUE(ended);
    EXPECT_EQ(str(ended->data, "reason"), QStringLiteral("handed_over"));
    EXPECT_EQ(str(ended->data, "note"), note);
    const auto assigned = ben->event(QStringLiteral("conversation.assigned"), [&](const Envelope &e) {
        return str(e.data.value(QStringLiteral("conversation")).toObject(), "id") == id;
    });
    ASSERT_TRUE(assigned) << "Ben has the chat now, without an offer";
    bool noteKept = false;
    for (const QJsonValue &m : assigned->data.value(QStringLiteral("messages")).toArray())
        noteKept |= str(m.toObject(), "text") == note && m.toObject().value(QStringLiteral("internal")).toBool();
    EXPECT_TRUE(noteKept) << "the note is an internal line of the transcript";
    const auto removed = ann->event(QStringLiteral("conversation.removed"), [&](const Envelope &e) { return str(e.data, "conversationId") == id; });
    ASSERT_TRUE(removed);
    EXPECT_EQ(str(removed->data, "reason"), QStringLiteral("transferred"));
    EXPECT_TRUE(visitor.event(QStringLiteral("agent.joined"),
        [](const Envelope &e) { return str(e.data, "agentName") == QLatin1String("BEN"); }))
        << "the visitor sees Ben join, as after any transfer";
    ASSERT_EQ(ben->call(QStringLiteral("message.send"), { { QStringLiteral("conversationId"), id },
                                                          { QStringLiteral("clientId"), QStringLiteral("b2") },
                                                          { QStringLiteral("text"), QStringLiteral("Hi, Ben here: refunded.") } })
                  .type,
              kOk);
    EXPECT_TRUE(visitor.event(QStringLiteral("message"),
        [](const Envelope &e) { return textOf(e) == QStringLiteral("Hi, Ben here: refunded."); }));
    EXPECT_EQ(codeOf(say(*ann, id, QStringLiteral("a2"), QStringLiteral("still there?"))), QStringLiteral("not_found"))
        << "the consult is over";

    expectVisitorSawNothingOf(visitor, { question, answer, note });
    ben->call(QStringLiteral("conversation.close"), about);
}

TEST_F(ConsultTest, AConsultantDeclinesOrEndsAndASupervisorCanBeConsultedButTakesNoChat)
{
    auto ann = desk(QStringLiteral("ann"));
    auto ben = desk(QStringLiteral("ben"));
    away(*ben);
    auto cat = desk(QStringLiteral("cat"));
    away(*cat);
    auto sam = desk(QStringLiteral("sam"));
    ProtocolPeer visitor;
    const QString id = chatWith(visitor, *ann);
    const QJsonObject about { { QStringLiteral("conversationId"), id } };
    auto inviteOf = [&](const QString &who) {
        return ann->call(QStringLiteral("consult.invite"), { { QStringLiteral("conversationId"), id },
                                                             { QStringLiteral("agentId"), who } });
    };
    auto endedFor = [&](ProtocolPeer &desk, const QString &reason) {
        return desk.event(QStringLiteral("consult.ended"), [&](const Envelope &e) {
            return str(e.data, "conversationId") == id && str(e.data, "reason") == reason;
        }).has_value();
    };

    // Cat declines: both hear it, and Ann may ask someone else.
    ASSERT_EQ(inviteOf(QStringLiteral("cat")).type, kOk);
    ASSERT_TRUE(cat->event(QStringLiteral("consult.invited")));
    ASSERT_EQ(cat->call(QStringLiteral("consult.decline"), about).type, kOk);
    EXPECT_TRUE(endedFor(*ann, QStringLiteral("declined")));
    EXPECT_TRUE(endedFor(*cat, QStringLiteral("declined")));

    // A supervisor can be consulted, and the consult ended by either side, but not handed the chat; the
    // consult says so, so the desk offers no hand-over.
    const Envelope toSam = inviteOf(QStringLiteral("sam"));
    ASSERT_EQ(toSam.type, kOk);
    EXPECT_FALSE(toSam.data.value(QStringLiteral("consult")).toObject().value(QStringLiteral("canHandOver")).toBool(true));
    ASSERT_TRUE(sam->event(QStringLiteral("consult.invited")));
    ASSERT_EQ(sam->call(QStringLiteral("consult.accept"), about).type, kOk);
    ASSERT_EQ(say(*sam, id, QStringLiteral("s1"), QStringLiteral("Offer the voucher.")).type, kOk);
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("consult.handover"), about)), QStringLiteral("conflict"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("consult.handover"), about)), QStringLiteral("not_found"))
        << "only the agent hands over";
    ASSERT_EQ(sam->call(QStringLiteral("consult.end"), about).type, kOk);
    EXPECT_TRUE(endedFor(*ann, QStringLiteral("ended")));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.history"), about)), QString()) << "supervisors read any chat";

    // Ben, consulted, resumes after his desk drops: the thread line said meanwhile reaches him.
    Envelope auth;
    auto benDesk = desk(QStringLiteral("ben"), &auth);
    away(*benDesk);
    const Envelope toBen = inviteOf(QStringLiteral("ben"));
    ASSERT_EQ(toBen.type, kOk);
    EXPECT_TRUE(toBen.data.value(QStringLiteral("consult")).toObject().value(QStringLiteral("canHandOver")).toBool(false));
    ASSERT_TRUE(benDesk->event(QStringLiteral("consult.invited")));
    ASSERT_EQ(benDesk->call(QStringLiteral("consult.accept"), about).type, kOk);
    const QString token = str(auth.data, "token"), session = str(auth.data, "session");
    qint64 lastSeq = 0;
    for (const Envelope &e : benDesk->events())
        lastSeq = std::max(lastSeq, e.seq);
    benDesk->close();
    ben->close();
    ASSERT_EQ(say(*ann, id, QStringLiteral("a9"), QStringLiteral("Are you back, Ben?")).type, kOk);
    ProtocolPeer again;
    ASSERT_TRUE(again.open(s_router->wsUrl(QStringLiteral("desk"))));
    again.helloDesk();
    const Envelope resumed = again.call(QStringLiteral("auth"), { { QStringLiteral("token"), token },
        { QStringLiteral("resume"), QJsonObject { { QStringLiteral("session"), session }, { QStringLiteral("lastSeq"), lastSeq } } } });
    ASSERT_EQ(resumed.type, kOk) << resumed.errorMessage().toStdString();
    EXPECT_TRUE(again.event(QStringLiteral("consult.message"),
        [](const Envelope &e) { return textOf(e) == QStringLiteral("Are you back, Ben?"); }))
        << "the line said while his desk was away";
    ASSERT_EQ(say(again, id, QStringLiteral("b9"), QStringLiteral("Back.")).type, kOk);

    // The chat closes: the consult ends with it.
    ASSERT_EQ(ann->call(QStringLiteral("conversation.close"), about).type, kOk);
    EXPECT_TRUE(again.event(QStringLiteral("consult.ended"),
        [&](const Envelope &e) { return str(e.data, "reason") == QLatin1String("closed"); }));
    expectVisitorSawNothingOf(visitor, { QStringLiteral("Offer the voucher."), QStringLiteral("Are you back, Ben?"),
                                         QStringLiteral("Back.") });
}

} // namespace
