// The supervisor board's models: snapshots and deltas land as row inserts, removals and changes of the
// cells that changed (never a reset, so views keep selection and scroll), bursts are applied together,
// times sort as numbers, and the report and audit log read the router's JSON.
#include "client/SupervisorBoard.h"
#include "protocol/Envelope.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <gtest/gtest.h>

using namespace handoff;
using protocol::Envelope;

namespace {

QJsonObject conversation(const QString &id, const QString &state, const QString &agent = {},
    const QDateTime &enqueuedAt = QDateTime::currentDateTimeUtc())
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("state"), state },
        { QStringLiteral("queueId"), QStringLiteral("default") }, { QStringLiteral("agentId"), agent },
        { QStringLiteral("agentName"), agent.toUpper() },
        { QStringLiteral("visitorName"), QStringLiteral("Visitor %1").arg(id) },
        { QStringLiteral("topic"), QStringLiteral("order-status") },
        { QStringLiteral("trigger"), QStringLiteral("explicit") },
        { QStringLiteral("enqueuedAt"), state == QLatin1String("waiting") ? toIsoUtc(enqueuedAt) : QString() },
        { QStringLiteral("assignedAt"), state == QLatin1String("assigned") ? toIsoUtc(enqueuedAt) : QString() } };
}

QJsonObject agent(const QString &id, const QString &presence, int load)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), id.toUpper() },
        { QStringLiteral("role"), QStringLiteral("agent") }, { QStringLiteral("presence"), presence },
        { QStringLiteral("chosen"), presence }, { QStringLiteral("load"), load }, { QStringLiteral("capacity"), 3 },
        { QStringLiteral("stateSince"), toIsoUtc(QDateTime::currentDateTimeUtc()) } };
}

Envelope snapshot(const QJsonArray &conversations, const QJsonArray &agents = {})
{
    return Envelope::event(QStringLiteral("board.snapshot"),
        { { QStringLiteral("queues"),
              QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("default") },
                  { QStringLiteral("name"), QStringLiteral("General") }, { QStringLiteral("waiting"), 1 } } } },
            { QStringLiteral("agents"), agents }, { QStringLiteral("conversations"), conversations } });
}

Envelope delta(const QJsonObject &data)
{
    return Envelope::event(QStringLiteral("board.delta"), data);
}

TEST(SupervisorModelsTest, SnapshotAndDeltasNeverResetTheModel)
{
    SupervisorBoard board(nullptr);
    board.setCoalesceInterval(0);
    BoardConversationModel *model = board.conversations();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    board.applyEvent(snapshot({ conversation(QStringLiteral("c1"), QStringLiteral("waiting")),
        conversation(QStringLiteral("c2"), QStringLiteral("assigned"), QStringLiteral("ann")) }));
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(inserted.count(), 2);

    // c1 is taken by Ben: only its state, agent and time cells change; c2 is untouched.
    changed.clear();
    board.applyEvent(delta({ { QStringLiteral("conversations"),
        QJsonArray { conversation(QStringLiteral("c1"), QStringLiteral("assigned"), QStringLiteral("ben")) } } }));
    const int row = model->rowOf(QStringLiteral("c1"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, BoardConversationModel::AgentColumn).data().toString(), QStringLiteral("BEN"));
    QSet<int> columns;
    for (const QList<QVariant> &args : changed) {
        const QModelIndex from = args.at(0).value<QModelIndex>();
        const QModelIndex to = args.at(1).value<QModelIndex>();
        EXPECT_EQ(from, to) << "one cell at a time";
        EXPECT_EQ(from.row(), row);
        columns.insert(from.column());
    }
    EXPECT_TRUE(columns.contains(BoardConversationModel::StateColumn));
    EXPECT_TRUE(columns.contains(BoardConversationModel::AgentColumn));
    EXPECT_FALSE(columns.contains(BoardConversationModel::TopicColumn));
    EXPECT_FALSE(columns.contains(BoardConversationModel::VisitorColumn));

    // An arrival is one inserted row, a closed chat one removed row; the others keep their rows.
    board.applyEvent(delta({ { QStringLiteral("conversations"),
                                 QJsonArray { conversation(QStringLiteral("c3"), QStringLiteral("waiting")) } },
        { QStringLiteral("removed"), QJsonArray { QStringLiteral("c2") } } }));
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->rowOf(QStringLiteral("c2")), -1);
    EXPECT_GE(model->rowOf(QStringLiteral("c3")), 0);
    EXPECT_EQ(removed.count(), 1);

    // A new snapshot (after a reconnect) also arrives as changes, not as a reset.
    board.applyEvent(snapshot({ conversation(QStringLiteral("c3"), QStringLiteral("waiting")) }));
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(resets.count(), 0);
}

TEST(SupervisorModelsTest, ABurstOfDeltasIsAppliedTogether)
{
    SupervisorBoard board(nullptr);
    board.setCoalesceInterval(10000); // held until flush(), as the timer would do
    board.applyEvent(snapshot({ conversation(QStringLiteral("c1"), QStringLiteral("waiting")) },
        { agent(QStringLiteral("ann"), QStringLiteral("available"), 0) }));
    QSignalSpy changed(board.agents(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(board.conversations(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(board.conversations(), &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 300; ++i) {
        board.applyEvent(delta({ { QStringLiteral("agents"),
            QJsonArray { agent(
                QStringLiteral("ann"), i % 2 ? QStringLiteral("away") : QStringLiteral("available"), i % 3) } } }));
        // A chat that comes and goes within the burst never shows.
        board.applyEvent(delta({ { QStringLiteral("conversations"),
            QJsonArray { conversation(QStringLiteral("brief"), QStringLiteral("waiting")) } } }));
        board.applyEvent(delta({ { QStringLiteral("removed"), QJsonArray { QStringLiteral("brief") } } }));
    }
    EXPECT_EQ(changed.count(), 0) << "nothing reaches the view before the burst is applied";
    board.flush();
    EXPECT_LE(changed.count(), int(BoardAgentModel::ColumnCount)) << "the burst costs at most one change per cell";
    const BoardAgent *ann = board.agents()->agent(QStringLiteral("ann"));
    ASSERT_TRUE(ann);
    EXPECT_EQ(ann->presence, Presence::Away); // the last of the burst (i = 299)
    EXPECT_EQ(ann->load, 299 % 3);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(board.conversations()->rowOf(QStringLiteral("brief")), -1);
}

TEST(SupervisorModelsTest, WaitingTimesSortAsNumbers)
{
    SupervisorBoard board(nullptr);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    board.applyEvent(snapshot({ conversation(QStringLiteral("long"), QStringLiteral("waiting"), {}, now.addSecs(-65)),
        conversation(QStringLiteral("short"), QStringLiteral("waiting"), {}, now.addSecs(-9)),
        conversation(QStringLiteral("mid"), QStringLiteral("waiting"), {}, now.addSecs(-30)) }));
    board.conversations()->setNow(now);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(board.conversations());
    proxy.setSortRole(BoardSortRole);
    proxy.sort(BoardConversationModel::WaitingColumn, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, 0).data(BoardIdRole).toString(), QStringLiteral("short"));
    EXPECT_EQ(proxy.index(1, 0).data(BoardIdRole).toString(), QStringLiteral("mid"));
    EXPECT_EQ(proxy.index(2, 0).data(BoardIdRole).toString(), QStringLiteral("long"));
    EXPECT_EQ(proxy.index(2, BoardConversationModel::WaitingColumn).data().toString(), QStringLiteral("1 min 5 s"));
}

TEST(SupervisorModelsTest, ReportTableAndCsvFollowTheRouterReport)
{
    const QJsonObject json { { QStringLiteral("from"), QStringLiteral("2026-11-18T00:00:00.000Z") },
        { QStringLiteral("to"), QStringLiteral("2026-11-25T00:00:00.000Z") }, { QStringLiteral("total"), 5 },
        { QStringLiteral("byTopic"),
            QJsonArray { QJsonObject { { QStringLiteral("topic"), QStringLiteral("billing-dispute") },
                             { QStringLiteral("count"), 4 },
                             { QStringLiteral("byTrigger"),
                                 QJsonObject { { QStringLiteral("topic"), 3 }, { QStringLiteral("explicit"), 1 } } } },
                QJsonObject { { QStringLiteral("topic"), QStringLiteral("") }, { QStringLiteral("count"), 1 },
                    { QStringLiteral("byTrigger"), QJsonObject { { QStringLiteral("unrecognised"), 1 } } } } } },
        { QStringLiteral("byTrigger"),
            QJsonArray { QJsonObject {
                { QStringLiteral("trigger"), QStringLiteral("topic") }, { QStringLiteral("count"), 3 } } } },
        { QStringLiteral("rows"),
            QJsonArray {
                QJsonObject { { QStringLiteral("topic"), QStringLiteral("") },
                    { QStringLiteral("trigger"), QStringLiteral("unrecognised") }, { QStringLiteral("count"), 1 } },
                QJsonObject { { QStringLiteral("topic"), QStringLiteral("billing-dispute") },
                    { QStringLiteral("trigger"), QStringLiteral("explicit") }, { QStringLiteral("count"), 1 } },
                QJsonObject { { QStringLiteral("topic"), QStringLiteral("billing, \"urgent\"") },
                    { QStringLiteral("trigger"), QStringLiteral("topic") }, { QStringLiteral("count"), 3 } } } } };
    EscalationReportModel model;
    model.setReport(EscalationReport::fromJson(json));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, EscalationReportModel::TopicColumn).data().toString(), QStringLiteral("billing-dispute"));
    EXPECT_EQ(model.index(0, EscalationReportModel::TotalColumn).data().toInt(), 4);
    EXPECT_EQ(model.index(0, EscalationReportModel::TopicRuleColumn).data().toInt(), 3);
    EXPECT_EQ(model.index(0, EscalationReportModel::ExplicitColumn).data().toInt(), 1);
    EXPECT_EQ(model.index(0, EscalationReportModel::FrustrationColumn).data().toInt(), 0);
    EXPECT_EQ(model.index(1, EscalationReportModel::TopicColumn).data().toString(), QStringLiteral("(none)"));
    EXPECT_EQ(model.report().total, 5);
    const QStringList lines = model.toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.at(0), QStringLiteral("topic,trigger,count"));
    EXPECT_EQ(lines.at(1), QStringLiteral(",unrecognised,1"));
    EXPECT_EQ(lines.at(3), QStringLiteral("\"billing, \"\"urgent\"\"\",topic,3"))
        << "fields with commas and quotes are quoted";
}

TEST(SupervisorModelsTest, TheReportCarriesTheVisitorsSatisfactionByQueueAndAgent)
{
    const auto group = [](const char *key, const char *id, int count, double average, double satisfied) {
        QJsonObject o { { QStringLiteral("count"), count }, { QStringLiteral("average"), average },
            { QStringLiteral("satisfiedPercent"), satisfied } };
        if (key)
            o.insert(QLatin1String(key), QLatin1String(id));
        return o;
    };
    QJsonObject satisfaction = group(nullptr, nullptr, 3, 3.7, 66.7);
    satisfaction.insert(QStringLiteral("byQueue"), QJsonArray { group("queueId", "general", 3, 3.7, 66.7) });
    satisfaction.insert(QStringLiteral("byAgent"),
        QJsonArray { group("agentId", "alice", 2, 4.5, 100), group("agentId", "bob", 1, 2, 0) });
    const EscalationReport r = EscalationReport::fromJson({ { QStringLiteral("satisfaction"), satisfaction } });
    EXPECT_EQ(r.satisfaction.count, 3);
    EXPECT_DOUBLE_EQ(r.satisfaction.average, 3.7);
    EXPECT_DOUBLE_EQ(r.satisfaction.satisfiedPercent, 66.7);
    ASSERT_EQ(r.satisfactionByQueue.size(), 1);
    EXPECT_EQ(r.satisfactionByQueue.at(0).id, QStringLiteral("general"));
    ASSERT_EQ(r.satisfactionByAgent.size(), 2);
    EXPECT_EQ(r.satisfactionByAgent.at(1).id, QStringLiteral("bob"));
    EXPECT_DOUBLE_EQ(r.satisfactionByAgent.at(1).average, 2.0);
    // An older router's report has none: nothing is made up.
    EXPECT_EQ(EscalationReport::fromJson({}).satisfaction.count, 0);
}

TEST(SupervisorModelsTest, CsvExportNeverStartsACellWithAFormula)
{
    // A topic named by an external bot must not run as a spreadsheet formula when the export is opened.
    const QJsonObject json { { QStringLiteral("rows"),
        QJsonArray { QJsonObject { { QStringLiteral("topic"), QStringLiteral("=HYPERLINK(\"http://x\")") },
            { QStringLiteral("trigger"), QStringLiteral("external") }, { QStringLiteral("count"), 2 } } } } };
    EscalationReportModel model;
    model.setReport(EscalationReport::fromJson(json));
    const QStringList lines = model.toCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(1), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",external,2"));
}

TEST(SupervisorModelsTest, AuditRefreshInsertsOnlyNewEntriesOnTop)
{
    auto entry = [](int minute, const QString &action) {
        AuditEntry a;
        a.at = QDateTime(QDate(2026, 11, 25), QTime(10, minute), Qt::UTC);
        a.actor = QStringLiteral("sam");
        a.action = action;
        a.desk = QStringLiteral("s_1 127.0.0.1");
        return a;
    };
    AuditLogModel model;
    model.setEntries({ entry(2, QStringLiteral("conversation.monitor")), entry(1, QStringLiteral("board.subscribe")) });
    ASSERT_EQ(model.rowCount(), 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setEntries({ entry(3, QStringLiteral("conversation.reassign")),
        entry(2, QStringLiteral("conversation.monitor")), entry(1, QStringLiteral("board.subscribe")) });
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("conversation.reassign"));
    EXPECT_EQ(model.index(0, AuditLogModel::DeskColumn).data().toString(), QStringLiteral("s_1 127.0.0.1"));
}

} // namespace

TEST(SupervisorModelsTest, SupervisorsAreListedAsSignedInNeverAsAChatTarget)
{
    SupervisorBoard board(nullptr);
    board.setCoalesceInterval(0);
    QJsonObject sam = agent(QStringLiteral("sam"), QStringLiteral("available"), 0);
    sam.insert(QStringLiteral("role"), QStringLiteral("supervisor"));
    sam.insert(QStringLiteral("capacity"), 0);
    board.applyEvent(snapshot({}, { agent(QStringLiteral("ann"), QStringLiteral("available"), 1), sam }));
    BoardAgentModel *agents = board.agents();
    const int annRow = agents->rowOf(QStringLiteral("ann")), samRow = agents->rowOf(QStringLiteral("sam"));
    ASSERT_GE(annRow, 0);
    ASSERT_GE(samRow, 0);
    EXPECT_EQ(agents->index(annRow, BoardAgentModel::PresenceColumn).data().toString(), QStringLiteral("Available"));
    EXPECT_EQ(agents->index(samRow, BoardAgentModel::PresenceColumn).data().toString(), QStringLiteral("Signed in"));
    EXPECT_EQ(agents->index(samRow, BoardAgentModel::LoadColumn).data().toString(), QString());
    EXPECT_TRUE(agents->index(annRow, 0).data(BoardDropTargetRole).toBool());
    EXPECT_FALSE(agents->index(samRow, 0).data(BoardDropTargetRole).toBool()) << "a supervisor takes no chats";
}
