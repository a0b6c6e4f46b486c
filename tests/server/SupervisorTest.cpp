// Supervisor features against the real handoff-router process: every supervisor action is allowed for a
// supervisor and refused for an agent, each one lands in the audit log with actor and desk, the live
// board follows new chats and presence, reassigning under a race loses no acknowledged message, and
// the escalation report counts by topic and trigger.
#include "ProtocolPeer.h"
#include "TestSupport.h"
#include "protocol/DomainTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <cstdio>
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

// True when `messages` (a JSON array of ChatMessage) holds a line with this text.
bool holdsText(const QJsonArray &messages, const QString &text)
{
    for (const QJsonValue &m : messages)
        if (str(m.toObject(), "text") == text)
            return true;
    return false;
}

struct Visitor {
    std::unique_ptr<ProtocolPeer> peer = std::make_unique<ProtocolPeer>();
    QString conversationId;
};

class SupervisorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = new RouterProcess;
        for (const char *agent : { "ann", "ben", "cat", "dan", "eve" })
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

    // A signed-in desk. Agents are set away at once so the router offers them nothing on its own:
    // in these tests chats reach agents only through the supervisor.
    static std::unique_ptr<ProtocolPeer> desk(const QString &user)
    {
        auto peer = std::make_unique<ProtocolPeer>();
        EXPECT_TRUE(peer->open(s_router->wsUrl(QStringLiteral("desk"))));
        EXPECT_EQ(peer->helloDesk().type, kOk);
        const Envelope auth = peer->signIn(user, QStringLiteral("password-%1").arg(user));
        EXPECT_EQ(auth.type, kOk) << codeOf(auth).toStdString();
        if (user != QLatin1String("sam")) {
            EXPECT_EQ(
                peer->call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } })
                    .type,
                kOk);
        }
        return peer;
    }

    // A web visitor who says `text` to the bot; waits until the chat is waiting for a person.
    static Visitor escalatedVisitor(const QString &text = {})
    {
        Visitor v;
        EXPECT_TRUE(v.peer->open(s_router->wsUrl(QStringLiteral("visitor"))));
        const Envelope hello
            = v.peer->call(QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } });
        EXPECT_EQ(hello.type, kOk);
        v.conversationId = str(hello.data, "conversationId");
        if (text.isEmpty())
            EXPECT_EQ(v.peer->call(QStringLiteral("handoff.request")).type, kOk);
        else
            EXPECT_EQ(
                v.peer
                    ->call(QStringLiteral("message.send"),
                        { { QStringLiteral("clientId"), QStringLiteral("v0") }, { QStringLiteral("text"), text } })
                    .type,
                kOk);
        EXPECT_TRUE(v.peer->event(
            QStringLiteral("status"),
            [](const Envelope &e) { return str(e.data, "state") == QLatin1String("waiting"); }, 15000))
            << "the bot hands the chat over";
        return v;
    }

    static auto about(const QString &conversationId)
    {
        return [conversationId](const Envelope &e) {
            return str(e.data, "conversationId") == conversationId
                || str(e.data.value(QStringLiteral("conversation")).toObject(), "id") == conversationId;
        };
    }

    static Envelope reassign(
        ProtocolPeer &sam, const QString &conversationId, const QString &agentId, const QString &note = {})
    {
        QJsonObject data { { QStringLiteral("conversationId"), conversationId },
            { QStringLiteral("agentId"), agentId } };
        if (!note.isEmpty())
            data.insert(QStringLiteral("note"), note);
        return sam.call(QStringLiteral("conversation.reassign"), data);
    }

    static QJsonArray historyOf(ProtocolPeer &sam, const QString &conversationId)
    {
        const Envelope h = sam.call(
            QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), conversationId } });
        EXPECT_EQ(h.type, kOk);
        return h.data.value(QStringLiteral("messages")).toArray();
    }

    static QList<Envelope> auditEntries(ProtocolPeer &sam)
    {
        const Envelope a = sam.call(QStringLiteral("audit.list"), { { QStringLiteral("limit"), 500 } });
        EXPECT_EQ(a.type, kOk);
        QList<Envelope> list;
        for (const QJsonValue &v : a.data.value(QStringLiteral("entries")).toArray())
            list.append(Envelope::event(QStringLiteral("audit"), v.toObject()));
        return list;
    }

    static RouterProcess *s_router;
};

RouterProcess *SupervisorTest::s_router = nullptr;

TEST_F(SupervisorTest, AnAgentIsRefusedEverySupervisorActionAndTheRefusalIsAudited)
{
    auto ann = desk(QStringLiteral("ann"));
    Visitor v = escalatedVisitor();
    const QString id = v.conversationId;
    const QList<QPair<QString, QJsonObject>> actions {
        { QStringLiteral("board.subscribe"), {} },
        { QStringLiteral("board.unsubscribe"), {} },
        { QStringLiteral("conversation.reassign"),
            { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), QStringLiteral("ann") } } },
        { QStringLiteral("conversation.reassign"),
            { { QStringLiteral("conversationId"), id }, { QStringLiteral("queueId"), QStringLiteral("default") } } },
        { QStringLiteral("conversation.monitor"), { { QStringLiteral("conversationId"), id } } },
        { QStringLiteral("conversation.unmonitor"), { { QStringLiteral("conversationId"), id } } },
        { QStringLiteral("conversation.forceClose"), { { QStringLiteral("conversationId"), id } } },
        { QStringLiteral("agent.presence.set"),
            { { QStringLiteral("agentId"), QStringLiteral("ben") },
                { QStringLiteral("presence"), QStringLiteral("available") } } },
        { QStringLiteral("report.escalations"),
            { { QStringLiteral("from"), QStringLiteral("2026-01-01T00:00:00.000Z") },
                { QStringLiteral("to"), QStringLiteral("2026-12-31T00:00:00.000Z") } } },
        { QStringLiteral("report.kpi"),
            { { QStringLiteral("from"), QStringLiteral("2026-01-01") }, { QStringLiteral("to"), QStringLiteral("2026-01-31") } } },
        { QStringLiteral("audit.list"), {} },
    };
    for (const auto &[type, data] : actions) {
        const Envelope answer = ann->call(type, data);
        EXPECT_EQ(answer.type, QStringLiteral("error")) << type.toStdString();
        EXPECT_EQ(codeOf(answer), QStringLiteral("forbidden")) << type.toStdString();
    }
    // Nothing happened: the chat still waits, nobody got it, no board events reached the agent.
    for (const Envelope &e : ann->events()) {
        EXPECT_FALSE(e.type.startsWith(QLatin1String("board."))) << e.type.toStdString();
        EXPECT_NE(e.type, QStringLiteral("conversation.assigned"));
    }
    for (const Envelope &e : v.peer->events())
        EXPECT_NE(e.type, QStringLiteral("closed"));

    auto sam = desk(QStringLiteral("sam"));
    int refused = 0;
    for (const Envelope &entry : auditEntries(*sam)) {
        if (str(entry.data, "actor") != QLatin1String("ann"))
            continue;
        ++refused;
        EXPECT_FALSE(entry.data.value(QStringLiteral("allowed")).toBool(true));
        EXPECT_TRUE(str(entry.data, "detail").startsWith(QLatin1String("refused")));
        EXPECT_TRUE(str(entry.data, "desk").startsWith(QLatin1String("s_"))) << "names the desk session";
        EXPECT_TRUE(fromIsoUtc(str(entry.data, "at")).isValid());
    }
    EXPECT_EQ(refused, actions.size()) << "every refused attempt is in the audit log";

    // An agent still cannot read or act on a chat that is not theirs.
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), id } })),
        QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("message.send"),
                  { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("a1") },
                      { QStringLiteral("text"), QStringLiteral("hi") } })),
        QStringLiteral("forbidden"));
    ASSERT_EQ(
        sam->call(QStringLiteral("conversation.forceClose"), { { QStringLiteral("conversationId"), id } }).type, kOk);
}

TEST_F(SupervisorTest, RefusedSupervisorActionsAreAuditedWithTheReason)
{
    auto sam = desk(QStringLiteral("sam"));
    EXPECT_EQ(codeOf(reassign(*sam, QStringLiteral("c_gone"), QStringLiteral("ann"))), QStringLiteral("not_found"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.forceClose"),
                  { { QStringLiteral("conversationId"), QStringLiteral("c_gone2") } })),
        QStringLiteral("not_found"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.reassign"),
                  { { QStringLiteral("conversationId"), QStringLiteral("c_x") } })),
        QStringLiteral("invalid"));
    QStringList details;
    for (const Envelope &entry : auditEntries(*sam))
        if (str(entry.data, "actor") == QLatin1String("sam") && str(entry.data, "detail").startsWith(QLatin1String("refused")))
            details << str(entry.data, "target") + QLatin1Char(' ') + str(entry.data, "detail");
    EXPECT_TRUE(details.filter(QStringLiteral("c_gone refused (not_found)")).size() == 1) << details.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(details.filter(QStringLiteral("c_gone2 refused (not_found)")).size() == 1) << details.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(details.filter(QStringLiteral("c_x refused (invalid)")).size() == 1) << details.join(QLatin1Char('\n')).toStdString();
}

TEST_F(SupervisorTest, ASupervisorMayDoEveryActionAndEachIsAudited)
{
    auto sam = desk(QStringLiteral("sam"));
    auto ben = desk(QStringLiteral("ben"));
    Visitor v = escalatedVisitor();
    const QString id = v.conversationId;

    // Board.
    ASSERT_EQ(sam->call(QStringLiteral("board.subscribe")).type, kOk);
    const auto snapshot = sam->event(QStringLiteral("board.snapshot"));
    ASSERT_TRUE(snapshot);

    // Monitor, then reassign to Ben with a note: Ben gets the whole history, the visitor sees him join.
    const Envelope monitored
        = sam->call(QStringLiteral("conversation.monitor"), { { QStringLiteral("conversationId"), id } });
    ASSERT_EQ(monitored.type, kOk);
    EXPECT_FALSE(monitored.data.value(QStringLiteral("messages")).toArray().isEmpty());
    const Envelope moved = reassign(*sam, id, QStringLiteral("ben"), QStringLiteral("Knows billing"));
    ASSERT_EQ(moved.type, kOk) << codeOf(moved).toStdString();
    EXPECT_EQ(str(moved.data.value(QStringLiteral("conversation")).toObject(), "agentId"), QStringLiteral("ben"));
    const auto assigned = ben->event(QStringLiteral("conversation.assigned"), about(id));
    ASSERT_TRUE(assigned);
    const QJsonArray history = assigned->data.value(QStringLiteral("messages")).toArray();
    EXPECT_TRUE(holdsText(history, QStringLiteral("Knows billing"))) << "the note is in the history";
    EXPECT_TRUE(history.size() >= monitored.data.value(QStringLiteral("messages")).toArray().size());
    EXPECT_TRUE(assigned->data.value(QStringLiteral("conversation")).toObject().contains(QStringLiteral("handoff")))
        << "with the bot's handoff context";
    const auto joined = v.peer->event(QStringLiteral("agent.joined"));
    ASSERT_TRUE(joined);
    EXPECT_EQ(str(joined->data, "agentName"), QStringLiteral("BEN"));

    // Monitoring: Ben's internal note reaches the supervisor, never the visitor.
    ASSERT_EQ(ben->call(QStringLiteral("message.send"),
                     { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("b1") },
                         { QStringLiteral("text"), QStringLiteral("note for the team") },
                         { QStringLiteral("internal"), true } })
                  .type,
        kOk);
    EXPECT_TRUE(sam->event(QStringLiteral("monitor.message"), [](const Envelope &e) {
        return str(e.data.value(QStringLiteral("message")).toObject(), "text") == QLatin1String("note for the team");
    }));
    // A monitoring supervisor does not write to the visitor.
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"),
                  { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("s1") },
                      { QStringLiteral("text"), QStringLiteral("hello from sam") } })),
        QStringLiteral("forbidden"));
    ASSERT_EQ(
        sam->call(QStringLiteral("conversation.unmonitor"), { { QStringLiteral("conversationId"), id } }).type, kOk);

    // Presence of another agent.
    const Envelope presence = sam->call(QStringLiteral("agent.presence.set"),
        { { QStringLiteral("agentId"), QStringLiteral("ben") },
            { QStringLiteral("presence"), QStringLiteral("offline") } });
    ASSERT_EQ(presence.type, kOk);
    EXPECT_EQ(str(presence.data, "chosen"), QStringLiteral("offline"));
    EXPECT_TRUE(ben->event(QStringLiteral("presence"), [](const Envelope &e) {
        return str(e.data, "chosen") == QLatin1String("offline");
    })) << "the agent's desk learns the presence the supervisor set";

    // Report, force close, audit.
    const Envelope report = sam->call(QStringLiteral("report.escalations"),
        { { QStringLiteral("from"), toIsoUtc(QDateTime::currentDateTimeUtc().addDays(-1)) },
            { QStringLiteral("to"), toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(60)) } });
    ASSERT_EQ(report.type, kOk);
    EXPECT_GE(report.data.value(QStringLiteral("report")).toObject().value(QStringLiteral("total")).toInt(), 1);
    ASSERT_EQ(
        sam->call(QStringLiteral("conversation.forceClose"),
               { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("Test over") } })
            .type,
        kOk);
    const auto closed = v.peer->event(QStringLiteral("closed"));
    ASSERT_TRUE(closed);
    EXPECT_EQ(str(closed->data, "by"), QStringLiteral("supervisor"));
    const auto removed = ben->event(QStringLiteral("conversation.removed"), about(id));
    ASSERT_TRUE(removed);
    EXPECT_EQ(str(removed->data, "reason"), QStringLiteral("force_closed"));
    EXPECT_EQ(
        codeOf(sam->call(QStringLiteral("conversation.forceClose"), { { QStringLiteral("conversationId"), id } })),
        QStringLiteral("conflict"));
    ASSERT_EQ(sam->call(QStringLiteral("board.unsubscribe")).type, kOk);

    QStringList actions;
    for (const Envelope &entry : auditEntries(*sam)) {
        if (str(entry.data, "actor") != QLatin1String("sam"))
            continue;
        if (str(entry.data, "detail").startsWith(QLatin1String("refused"))) {
            // The second force close of the closed chat (conflict) is recorded as refused.
            EXPECT_FALSE(entry.data.value(QStringLiteral("allowed")).toBool(true));
            continue;
        }
        EXPECT_TRUE(entry.data.value(QStringLiteral("allowed")).toBool());
        EXPECT_TRUE(str(entry.data, "desk").startsWith(QLatin1String("s_")));
        actions.append(str(entry.data, "action"));
        if (str(entry.data, "action") == QLatin1String("conversation.reassign") && str(entry.data, "target") == id) {
            EXPECT_TRUE(str(entry.data, "detail").contains(QStringLiteral("Knows billing")));
        }
    }
    for (const char *action : { "board.subscribe", "conversation.monitor", "conversation.reassign",
             "conversation.unmonitor", "agent.presence.set", "report.escalations", "conversation.forceClose" })
        EXPECT_TRUE(actions.contains(QString::fromLatin1(action))) << action << " is in the audit log";
}

TEST_F(SupervisorTest, BoardShowsANewWaitingChatAndAnAgentsPresenceLive)
{
    auto sam = desk(QStringLiteral("sam"));
    ASSERT_EQ(sam->call(QStringLiteral("board.subscribe")).type, kOk);
    const auto snapshot = sam->event(QStringLiteral("board.snapshot"));
    ASSERT_TRUE(snapshot);
    bool samListed = false;
    for (const QJsonValue &a : snapshot->data.value(QStringLiteral("agents")).toArray())
        samListed |= str(a.toObject(), "id") == QLatin1String("sam");
    EXPECT_TRUE(samListed);
    EXPECT_FALSE(snapshot->data.value(QStringLiteral("queues")).toArray().isEmpty());

    Visitor v = escalatedVisitor();
    const auto arrived = sam->event(QStringLiteral("board.delta"), [&](const Envelope &e) {
        for (const QJsonValue &c : e.data.value(QStringLiteral("conversations")).toArray())
            if (str(c.toObject(), "id") == v.conversationId && str(c.toObject(), "state") == QLatin1String("waiting"))
                return true;
        return false;
    });
    ASSERT_TRUE(arrived) << "a new waiting chat appears on the board";
    EXPECT_TRUE(waitUntil(
        [&] {
            for (const Envelope &e : sam->events())
                for (const QJsonValue &q : e.data.value(QStringLiteral("queues")).toArray())
                    if (e.type == QLatin1String("board.delta")
                        && q.toObject().value(QStringLiteral("waiting")).toInt() >= 1
                        && !str(q.toObject(), "oldestWaitingSince").isEmpty())
                        return true;
            return false;
        },
        10000))
        << "its queue counts it";

    auto cat = desk(QStringLiteral("cat")); // signs in, then chooses away
    EXPECT_TRUE(sam->event(QStringLiteral("board.delta"), [](const Envelope &e) {
        for (const QJsonValue &a : e.data.value(QStringLiteral("agents")).toArray())
            if (str(a.toObject(), "id") == QLatin1String("cat")
                && str(a.toObject(), "presence") == QLatin1String("away"))
                return true;
        return false;
    })) << "the agent's presence shows on the board";

    ASSERT_EQ(v.peer->call(QStringLiteral("end")).type, kOk);
    EXPECT_TRUE(sam->event(QStringLiteral("board.delta"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("removed")).toArray().contains(v.conversationId);
    })) << "a closed chat leaves the board";
    // Deltas are numbered like every desk event: no gaps.
    qint64 previous = -1;
    for (const Envelope &e : sam->events()) {
        if (previous >= 0) {
            EXPECT_EQ(e.seq, previous + 1);
        }
        previous = e.seq;
    }
    cat->call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("offline") } });
}

TEST_F(SupervisorTest, ReassignInEitherOrderLosesNoAcknowledgedMessage)
{
    auto sam = desk(QStringLiteral("sam"));
    auto dan = desk(QStringLiteral("dan"));
    auto eve = desk(QStringLiteral("eve"));
    Visitor v = escalatedVisitor();
    const QString id = v.conversationId;
    ASSERT_EQ(reassign(*sam, id, QStringLiteral("dan")).type, kOk);
    ASSERT_TRUE(dan->event(QStringLiteral("conversation.assigned"), about(id)));

    // Order 1: Dan's line is acknowledged, then the supervisor reassigns: Eve's history holds it.
    ASSERT_EQ(dan->call(QStringLiteral("message.send"),
                     { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("d1") },
                         { QStringLiteral("text"), QStringLiteral("before the move") } })
                  .type,
        kOk);
    ASSERT_EQ(reassign(*sam, id, QStringLiteral("eve")).type, kOk);
    const auto toEve = eve->event(QStringLiteral("conversation.assigned"), about(id));
    ASSERT_TRUE(toEve);
    EXPECT_TRUE(holdsText(toEve->data.value(QStringLiteral("messages")).toArray(), QStringLiteral("before the move")));
    const auto removed = dan->event(QStringLiteral("conversation.removed"), about(id));
    ASSERT_TRUE(removed) << "the previous agent's desk drops the chat at once";
    EXPECT_EQ(str(removed->data, "reason"), QStringLiteral("reassigned"));
    EXPECT_EQ(str(removed->data, "by"), QStringLiteral("sam"));
    EXPECT_EQ(str(removed->data, "text"), QStringLiteral("Sam reassigned this chat to EVE."));
    EXPECT_TRUE(v.peer->event(QStringLiteral("agent.joined"),
        [](const Envelope &e) { return str(e.data, "agentName") == QLatin1String("EVE"); }));

    // Order 2: the reassignment is done, then Dan's late line arrives: refused and not stored.
    const Envelope late = dan->call(QStringLiteral("message.send"),
        { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("d2") },
            { QStringLiteral("text"), QStringLiteral("after the move") } });
    EXPECT_EQ(codeOf(late), QStringLiteral("forbidden"));
    EXPECT_FALSE(holdsText(historyOf(*sam, id), QStringLiteral("after the move")));
    for (const Envelope &e : v.peer->events())
        EXPECT_NE(str(e.data.value(QStringLiteral("message")).toObject(), "text"), QStringLiteral("after the move"));

    // Both at once, several rounds: the agent who has the chat writes, the visitor writes, and the
    // supervisor moves the chat to the other agent, all without waiting for one another.
    ProtocolPeer *from = eve.get();
    ProtocolPeer *to = dan.get();
    QString toId = QStringLiteral("dan");
    int storedLines = 0, refusedLines = 0;
    for (int round = 0; round < 8; ++round) {
        // Two lines of the agent's: one just before the move, one just after, on their own socket.
        const QStringList agentTexts { QStringLiteral("agent line %1a").arg(round),
            QStringLiteral("agent line %1b").arg(round) };
        const QString visitorText = QStringLiteral("visitor line %1").arg(round);
        auto sendAgentLine = [&](int k) {
            return from->send(QStringLiteral("message.send"),
                { { QStringLiteral("conversationId"), id },
                    { QStringLiteral("clientId"), QStringLiteral("r%1-%2").arg(round).arg(k) },
                    { QStringLiteral("text"), agentTexts.at(k) } });
        };
        QStringList agentRequests { sendAgentLine(0) };
        QCoreApplication::processEvents(); // let the first line leave before the move does
        const QString visitorRequest = v.peer->send(QStringLiteral("message.send"),
            { { QStringLiteral("clientId"), QStringLiteral("vr%1").arg(round) },
                { QStringLiteral("text"), visitorText } });
        const QString moveRequest = sam->send(QStringLiteral("conversation.reassign"),
            { { QStringLiteral("conversationId"), id }, { QStringLiteral("agentId"), toId } });
        agentRequests.append(sendAgentLine(1));
        QList<Envelope> agentAnswers;
        for (const QString &request : agentRequests)
            agentAnswers.append(from->reply(request));
        const Envelope visitorAnswer = v.peer->reply(visitorRequest);
        ASSERT_EQ(sam->reply(moveRequest).type, kOk);
        ASSERT_EQ(visitorAnswer.type, kOk) << "the visitor is never refused";
        for (const Envelope &answer : agentAnswers) {
            ASSERT_TRUE(answer.type == kOk || codeOf(answer) == QLatin1String("forbidden"))
                << codeOf(answer).toStdString();
            ++(answer.type == kOk ? storedLines : refusedLines);
        }

        const auto assigned = to->event(QStringLiteral("conversation.assigned"), about(id));
        ASSERT_TRUE(assigned);
        // What the new agent sees: the history handed over plus the lines that followed as events.
        ASSERT_TRUE(waitUntil(
            [&] {
                QJsonArray seen = assigned->data.value(QStringLiteral("messages")).toArray();
                for (const Envelope &e : to->events())
                    if (e.seq > assigned->seq && e.type == QLatin1String("message")
                        && str(e.data.value(QStringLiteral("message")).toObject(), "conversationId") == id)
                        seen.append(e.data.value(QStringLiteral("message")));
                if (!holdsText(seen, visitorText))
                    return false;
                for (int k = 0; k < agentTexts.size(); ++k)
                    if (agentAnswers.at(k).type == kOk && !holdsText(seen, agentTexts.at(k)))
                        return false;
                return true;
            },
            10000))
            << "round " << round << ": every acknowledged line reaches the new agent";
        const QJsonArray stored = historyOf(*sam, id);
        for (int k = 0; k < agentTexts.size(); ++k)
            EXPECT_EQ(holdsText(stored, agentTexts.at(k)), agentAnswers.at(k).type == kOk)
                << "round " << round << ": stored exactly when acknowledged";
        EXPECT_TRUE(holdsText(stored, visitorText));
        std::swap(from, to);
        toId = toId == QLatin1String("dan") ? QStringLiteral("eve") : QStringLiteral("dan");
    }
    std::printf(
        "reassign race: %d of the previous agent's lines arrived before the move (stored), %d after (refused)\n",
        storedLines, refusedLines);
    ASSERT_EQ(
        sam->call(QStringLiteral("conversation.forceClose"), { { QStringLiteral("conversationId"), id } }).type, kOk);
    dan->call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("offline") } });
    eve->call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("offline") } });
}

TEST_F(SupervisorTest, ReassignToAQueueWaitsThereAgain)
{
    auto sam = desk(QStringLiteral("sam"));
    auto ann = desk(QStringLiteral("ann"));
    Visitor v = escalatedVisitor();
    ASSERT_EQ(reassign(*sam, v.conversationId, QStringLiteral("ann")).type, kOk);
    ASSERT_TRUE(ann->event(QStringLiteral("conversation.assigned"), about(v.conversationId)));
    const Envelope moved = sam->call(QStringLiteral("conversation.reassign"),
        { { QStringLiteral("conversationId"), v.conversationId },
            { QStringLiteral("queueId"), QStringLiteral("default") } });
    ASSERT_EQ(moved.type, kOk) << codeOf(moved).toStdString();
    EXPECT_EQ(str(moved.data.value(QStringLiteral("conversation")).toObject(), "state"), QStringLiteral("waiting"));
    const auto removed = ann->event(QStringLiteral("conversation.removed"), about(v.conversationId));
    ASSERT_TRUE(removed);
    EXPECT_EQ(str(removed->data, "reason"), QStringLiteral("reassigned"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.reassign"),
                  { { QStringLiteral("conversationId"), v.conversationId },
                      { QStringLiteral("queueId"), QStringLiteral("no-such-queue") } })),
        QStringLiteral("not_found"));
    EXPECT_EQ(codeOf(reassign(*sam, v.conversationId, QStringLiteral("sam"))), QStringLiteral("not_found"))
        << "a supervisor is not an agent chats can be given to";
    EXPECT_EQ(codeOf(sam->call(
                  QStringLiteral("conversation.reassign"), { { QStringLiteral("conversationId"), v.conversationId } })),
        QStringLiteral("invalid"));
    ASSERT_EQ(
        sam->call(QStringLiteral("conversation.forceClose"), { { QStringLiteral("conversationId"), v.conversationId } })
            .type,
        kOk);
    ann->call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("offline") } });
}

TEST_F(SupervisorTest, EscalationReportCountsByTopicAndTriggerOverAPeriod)
{
    auto sam = desk(QStringLiteral("sam"));
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-5);
    auto reportNow = [&] {
        const Envelope r = sam->call(QStringLiteral("report.escalations"),
            { { QStringLiteral("from"), toIsoUtc(from) },
                { QStringLiteral("to"), toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(60)) } });
        EXPECT_EQ(r.type, kOk);
        return r.data.value(QStringLiteral("report")).toObject();
    };
    auto count = [](const QJsonObject &report, const QString &topic, const QString &trigger) {
        for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
            if (str(row.toObject(), "topic") == topic && str(row.toObject(), "trigger") == trigger)
                return row.toObject().value(QStringLiteral("count")).toInt();
        return 0;
    };
    auto triggerCount = [](const QJsonObject &report, const QString &trigger) {
        for (const QJsonValue &row : report.value(QStringLiteral("byTrigger")).toArray())
            if (str(row.toObject(), "trigger") == trigger)
                return row.toObject().value(QStringLiteral("count")).toInt();
        return 0;
    };
    const QJsonObject before = reportNow();

    std::vector<Visitor> visitors;
    visitors.push_back(escalatedVisitor(QStringLiteral("I was charged twice for my order")));
    visitors.push_back(escalatedVisitor(QStringLiteral("There is a wrong charge on my card")));
    visitors.push_back(escalatedVisitor(QStringLiteral("I want to talk to a person")));

    const QJsonObject after = reportNow();
    EXPECT_EQ(after.value(QStringLiteral("total")).toInt() - before.value(QStringLiteral("total")).toInt(), 3);
    EXPECT_EQ(count(after, QStringLiteral("billing-dispute"), QStringLiteral("topic"))
            - count(before, QStringLiteral("billing-dispute"), QStringLiteral("topic")),
        2);
    EXPECT_EQ(triggerCount(after, QStringLiteral("explicit")) - triggerCount(before, QStringLiteral("explicit")), 1);
    bool topicListed = false;
    for (const QJsonValue &t : after.value(QStringLiteral("byTopic")).toArray())
        if (str(t.toObject(), "topic") == QLatin1String("billing-dispute")) {
            topicListed = true;
            EXPECT_GE(
                t.toObject().value(QStringLiteral("byTrigger")).toObject().value(QStringLiteral("topic")).toInt(), 2);
        }
    EXPECT_TRUE(topicListed);

    // A period before any of this counts none of it; a backwards period is refused.
    const Envelope past = sam->call(QStringLiteral("report.escalations"),
        { { QStringLiteral("from"), toIsoUtc(from.addDays(-30)) },
            { QStringLiteral("to"), toIsoUtc(from.addDays(-29)) } });
    ASSERT_EQ(past.type, kOk);
    EXPECT_EQ(past.data.value(QStringLiteral("report")).toObject().value(QStringLiteral("total")).toInt(), 0);
    EXPECT_EQ(
        codeOf(sam->call(QStringLiteral("report.escalations"),
            { { QStringLiteral("from"), toIsoUtc(from) }, { QStringLiteral("to"), toIsoUtc(from.addDays(-1)) } })),
        QStringLiteral("invalid"));
    for (const Visitor &v : visitors)
        ASSERT_EQ(sam->call(QStringLiteral("conversation.forceClose"),
                         { { QStringLiteral("conversationId"), v.conversationId } })
                      .type,
            kOk);
}

} // namespace

namespace {

bool saysText(const Envelope &e, const QString &text)
{
    return str(e.data.value(QStringLiteral("message")).toObject(), "text") == text;
}

} // namespace

// Barge-in: the supervisor joins visibly, speaks to the visitor and the agent, and leaves; the agent keeps
// the chat throughout, every step is audited, and an agent cannot join.
TEST_F(SupervisorTest, ASupervisorJoinsSpeaksAndLeavesWhileTheAgentKeepsTheChat)
{
    auto sam = desk(QStringLiteral("sam"));
    auto ann = desk(QStringLiteral("ann"));
    auto ben = desk(QStringLiteral("ben"));
    // A German-speaking visitor: the join and leave lines are in her language.
    Visitor v;
    ASSERT_TRUE(v.peer->open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = v.peer->call(QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") },
                                                                  { QStringLiteral("language"), QStringLiteral("de-DE") } });
    ASSERT_EQ(hello.type, kOk);
    v.conversationId = str(hello.data, "conversationId");
    ASSERT_EQ(v.peer->call(QStringLiteral("handoff.request")).type, kOk);
    const QString id = v.conversationId;

    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.join"), { { QStringLiteral("conversationId"), id } })),
              QStringLiteral("conflict")) << "nobody has the chat yet";
    ASSERT_EQ(reassign(*sam, id, QStringLiteral("ann")).type, kOk);
    ASSERT_TRUE(ann->event(QStringLiteral("conversation.assigned"), about(id)));

    // An agent may not join a colleague's chat, nor their own.
    EXPECT_EQ(codeOf(ben->call(QStringLiteral("conversation.join"), { { QStringLiteral("conversationId"), id } })),
              QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("conversation.join"), { { QStringLiteral("conversationId"), id } })),
              QStringLiteral("forbidden"));
    // Before joining, a supervisor's line is refused.
    const QJsonObject line { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("s1") },
                             { QStringLiteral("text"), QStringLiteral("I have approved the refund.") } };
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"), line)), QStringLiteral("forbidden"));

    const Envelope joined = sam->call(QStringLiteral("conversation.join"), { { QStringLiteral("conversationId"), id } });
    ASSERT_EQ(joined.type, kOk) << codeOf(joined).toStdString();
    EXPECT_EQ(str(joined.data.value(QStringLiteral("conversation")).toObject(), "agentId"), QStringLiteral("ann"));
    const QString joinedLine = QStringLiteral("Supervisor Sam ist dem Chat beigetreten");
    EXPECT_TRUE(v.peer->event(QStringLiteral("message"), [&](const Envelope &e) { return saysText(e, joinedLine); }))
        << "the visitor sees the supervisor join, in German";
    EXPECT_TRUE(ann->event(QStringLiteral("message"), [&](const Envelope &e) { return saysText(e, joinedLine); }))
        << "so does the agent";

    const Envelope said = sam->call(QStringLiteral("message.send"), line);
    ASSERT_EQ(said.type, kOk) << said.errorMessage().toStdString();
    const QJsonObject stored = said.data.value(QStringLiteral("message")).toObject();
    EXPECT_EQ(str(stored, "authorId"), QStringLiteral("sam"));
    EXPECT_EQ(str(stored, "authorName"), QStringLiteral("Sam"));
    const auto visitorGot = v.peer->event(QStringLiteral("message"),
        [](const Envelope &e) { return saysText(e, QStringLiteral("I have approved the refund.")); });
    ASSERT_TRUE(visitorGot) << "the visitor reads the supervisor's line";
    EXPECT_EQ(str(visitorGot->data.value(QStringLiteral("message")).toObject(), "authorName"), QStringLiteral("Sam"));
    EXPECT_TRUE(ann->event(QStringLiteral("message"),
        [](const Envelope &e) { return saysText(e, QStringLiteral("I have approved the refund.")); }))
        << "and the agent";
    // The agent keeps the chat and goes on answering; the supervisor's desk sees her line.
    ASSERT_EQ(ann->call(QStringLiteral("message.send"), { { QStringLiteral("conversationId"), id },
                                                          { QStringLiteral("clientId"), QStringLiteral("a1") },
                                                          { QStringLiteral("text"), QStringLiteral("Thank you, Sam.") } })
                  .type,
              kOk);
    EXPECT_TRUE(sam->event(QStringLiteral("monitor.message"),
        [](const Envelope &e) { return saysText(e, QStringLiteral("Thank you, Sam.")); }));

    ASSERT_EQ(sam->call(QStringLiteral("conversation.leave"), { { QStringLiteral("conversationId"), id } }).type, kOk);
    const QString leftLine = QStringLiteral("Sam hat den Chat verlassen");
    EXPECT_TRUE(v.peer->event(QStringLiteral("message"), [&](const Envelope &e) { return saysText(e, leftLine); }));
    EXPECT_TRUE(ann->event(QStringLiteral("message"), [&](const Envelope &e) { return saysText(e, leftLine); }));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("message.send"),
                  { { QStringLiteral("conversationId"), id }, { QStringLiteral("clientId"), QStringLiteral("s2") },
                      { QStringLiteral("text"), QStringLiteral("after leaving") } })),
              QStringLiteral("forbidden"));
    EXPECT_EQ(codeOf(sam->call(QStringLiteral("conversation.leave"), { { QStringLiteral("conversationId"), id } })),
              QStringLiteral("not_found"));
    const QJsonArray history = historyOf(*sam, id);
    EXPECT_TRUE(holdsText(history, QStringLiteral("I have approved the refund.")));
    EXPECT_EQ(codeOf(ann->call(QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), id } })),
              QString()) << "still Ann's chat";

    bool joinAudited = false, leaveAudited = false, benRefused = false;
    for (const Envelope &entry : auditEntries(*sam)) {
        if (str(entry.data, "target") != id)
            continue;
        joinAudited |= str(entry.data, "action") == QLatin1String("conversation.join") && str(entry.data, "actor") == QLatin1String("sam")
            && entry.data.value(QStringLiteral("allowed")).toBool();
        leaveAudited |= str(entry.data, "action") == QLatin1String("conversation.leave") && entry.data.value(QStringLiteral("allowed")).toBool();
        benRefused |= str(entry.data, "action") == QLatin1String("conversation.join") && str(entry.data, "actor") == QLatin1String("ben")
            && !entry.data.value(QStringLiteral("allowed")).toBool();
    }
    EXPECT_TRUE(joinAudited);
    EXPECT_TRUE(leaveAudited);
    EXPECT_TRUE(benRefused);
    for (const Envelope &e : v.peer->events())
        EXPECT_NE(str(e.data.value(QStringLiteral("message")).toObject(), "text"), QStringLiteral("after leaving"));
    ann->call(QStringLiteral("conversation.close"), { { QStringLiteral("conversationId"), id } });
}
