// The supervisor board's widgets on the offscreen platform against the real handoff-router: Sam drags
// Alice's chat onto Bob, confirms, and Bob's desk (through its own client) has the chat with its whole
// history and fields, Alice's desk lost it with a line naming who took it, and the visitor saw Bob
// join. The escalation report shows its table and exports the CSV a spreadsheet reads; so does the KPI report.
#include "TestSupport.h"
#include "VisitorClient.h"
#include "client/DeskSession.h"
#include "client/SupervisorBoard.h"
#include "desk/BoardFilterModel.h"
#include "desk/BoardView.h"
#include "desk/EscalationChart.h"
#include "desk/EscalationReportWidget.h"
#include "desk/KpiChart.h"
#include "desk/KpiReportWidget.h"
#include "desk/MonitorView.h"
#include "desk/ReassignDialog.h"
#include "desk/SupervisorBoardWidget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::RouterProcess;
using handoff::test::VisitorClient;
using handoff::test::waitUntil;

namespace {

class SupervisorBoardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable())
            GTEST_SKIP() << "handoff-router is not built in this tree";
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QString output;
        ASSERT_EQ(router.runAdmin({QStringLiteral("demo")}, &output), 0) << qPrintable(output);
        ASSERT_TRUE(router.start()) << qPrintable(router.log());
        server = QStringLiteral("127.0.0.1:%1").arg(router.port());
    }

    // A desk signed in through the client library, with its own cache.
    std::unique_ptr<DeskSession> signIn(const QString &user)
    {
        auto s = std::make_unique<DeskSession>();
        s->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache-") + user));
        s->signIn(server, user, QStringLiteral("demo"));
        EXPECT_TRUE(waitUntil([&] { return s->connection()->isSignedIn(); }, 20000))
            << qPrintable(user) << qPrintable(router.log());
        return s;
    }

    std::unique_ptr<VisitorClient> visitorAskingForAPerson(const QString &firstLine)
    {
        auto v = std::make_unique<VisitorClient>(router.wsUrl(QStringLiteral("visitor")));
        EXPECT_TRUE(v->connectAndHello());
        v->send(firstLine); // the router handles a socket's frames in order: the line is stored first
        v->askForAPerson();
        return v;
    }

    // The agent accepts the offer of chat `id` as soon as it is offered.
    void accept(DeskSession &agent, const QString &id)
    {
        ASSERT_TRUE(waitUntil([&] { return agent.offers()->rowOf(id) >= 0; }, 20000)) << qPrintable(router.log());
        QString acceptError = QStringLiteral("pending");
        agent.acceptOffer(id, [&](const QString &e) { acceptError = e; });
        ASSERT_TRUE(waitUntil([&] { return acceptError.isEmpty() && agent.myChats()->rowOf(id) >= 0; }, 15000))
            << qPrintable(acceptError);
    }

    // The board as a supervisor sees it, on screen.
    static void showBoard(SupervisorBoardWidget &widget)
    {
        widget.resize(1200, 800);
        widget.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    }

    QTemporaryDir home;
    RouterProcess router;
    QString server;
};

bool transcriptHas(DeskSession *s, const QString &text)
{
    for (int row = 0; row < s->transcript()->rowCount(); ++row)
        if (s->transcript()->index(row).data(TranscriptModel::TextRole).toString().contains(text))
            return true;
    return false;
}

} // namespace

TEST_F(SupervisorBoardTest, DraggingAChatOntoAnotherAgentMovesItWithItsHistory)
{
    const QString firstLine = QStringLiteral("My parcel for order A1001 never arrived");
    auto alice = signIn(QStringLiteral("alice"));
    auto visitor = visitorAskingForAPerson(firstLine);
    const QString id = visitor->conversationId;
    ASSERT_NO_FATAL_FAILURE(accept(*alice, id));
    const auto before = alice->conversation(id);
    ASSERT_TRUE(before && before->handoff);
    QString aliceRemovedText;
    QObject::connect(alice.get(), &DeskSession::conversationRemoved, alice.get(),
                     [&](const QString &c, const QString &text) {
                         if (c == id)
                             aliceRemovedText = text;
                     });

    auto bob = signIn(QStringLiteral("bob"));
    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    showBoard(widget);

    BoardFilterModel *chats = widget.conversationsProxy();
    BoardFilterModel *agents = widget.agentsProxy();
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex row = chats->indexOfId(id);
        return row.isValid() && board.conversations()->conversation(id)->agentId == QLatin1String("alice")
            && agents->indexOfId(QStringLiteral("bob")).isValid();
    }, 20000)) << qPrintable(router.log());

    // Start the drag with the mouse on Alice's chat. The offscreen platform ends every QDrag at once
    // without a drop, so the drop itself goes through the agents view's real dragEnter/dragMove/drop
    // handlers with the QMimeData the conversations model makes for that row.
    BoardView *chatsView = widget.conversationsView();
    BoardView *agentsView = widget.agentsView();
    const QModelIndex chatIndex = chats->indexOfId(id, BoardConversationModel::VisitorColumn);
    const QPoint from = chatsView->visualRect(chatIndex).center();
    QTest::mousePress(chatsView->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(chatsView->viewport(), from + QPoint(QApplication::startDragDistance() * 3, 4));
    QTest::mouseRelease(chatsView->viewport(), Qt::LeftButton, {}, from);
    EXPECT_EQ(chatsView->currentIndex().siblingAtColumn(0), chatIndex.siblingAtColumn(0));

    std::unique_ptr<QMimeData> mime(chats->mimeData({chatIndex}));
    ASSERT_NE(mime, nullptr);
    const QModelIndex bobIndex = agents->indexOfId(QStringLiteral("bob"), BoardAgentModel::NameColumn);
    const QPoint to = agentsView->visualRect(bobIndex).center();
    QDragEnterEvent enter(to, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(agentsView->viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDragMoveEvent move(to, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(agentsView->viewport(), &move);
    EXPECT_TRUE(move.isAccepted());
    QDropEvent drop(QPointF(to), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(agentsView->viewport(), &drop);
    EXPECT_TRUE(drop.isAccepted());

    // Confirm in the dialog, with a note for Bob.
    ReassignDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = widget.findChild<ReassignDialog *>();
        return dialog && dialog->isVisible();
    }));
    EXPECT_EQ(dialog->targetId(), QStringLiteral("bob"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    ASSERT_NE(note, nullptr);
    QTest::keyClicks(note, QStringLiteral("Parcel lost twice, be kind"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // Bob has it, with the whole history and the bot's fields.
    ASSERT_TRUE(waitUntil([&] { return bob->myChats()->rowOf(id) >= 0; }, 20000)) << qPrintable(widget.statusText());
    bob->openConversation(id);
    EXPECT_TRUE(waitUntil([&] { return transcriptHas(bob.get(), firstLine); }, 10000));
    EXPECT_TRUE(waitUntil([&] { return transcriptHas(bob.get(), QStringLiteral("Parcel lost twice, be kind")); },
                          10000));
    const auto after = bob->conversation(id);
    ASSERT_TRUE(after && after->handoff);
    EXPECT_EQ(after->handoff->fields, before->handoff->fields);
    EXPECT_EQ(after->handoff->trigger, before->handoff->trigger);
    EXPECT_EQ(after->agentId, QStringLiteral("bob"));

    // Alice's desk dropped it with a line saying who took it.
    ASSERT_TRUE(waitUntil([&] { return alice->myChats()->rowOf(id) < 0 && !aliceRemovedText.isEmpty(); }, 15000));
    EXPECT_TRUE(aliceRemovedText.contains(QStringLiteral("Bob"))) << qPrintable(aliceRemovedText);
    EXPECT_TRUE(aliceRemovedText.contains(QStringLiteral("Sam"))) << qPrintable(aliceRemovedText);

    // The visitor saw Bob join.
    EXPECT_TRUE(waitUntil([&] { return visitor->hasLineContaining(QStringLiteral("Bob joined")); }, 10000));
    EXPECT_TRUE(visitor->events.contains(QStringLiteral("agent.joined")));

    // The board shows Bob as the agent, and the audit log names Sam's action.
    EXPECT_TRUE(waitUntil([&] {
        const BoardConversation *c = board.conversations()->conversation(id);
        return c && c->agentId == QLatin1String("bob");
    }, 10000));
    board.requestAudit();
    EXPECT_TRUE(waitUntil([&] {
        for (const AuditEntry &e : board.auditLog()->entries())
            if (e.actor == QLatin1String("sam") && e.action == QLatin1String("conversation.reassign") && e.target == id)
                return true;
        return false;
    }, 10000));
}

TEST_F(SupervisorBoardTest, EscalationReportShowsTheTableAndExportsCsv)
{
    auto first = visitorAskingForAPerson(QStringLiteral("Where is my order A1001?"));
    auto second = visitorAskingForAPerson(QStringLiteral("Where is my order A1002?"));
    ASSERT_TRUE(waitUntil([&] { return first->statuses.contains(QStringLiteral("waiting"))
                                       && second->statuses.contains(QStringLiteral("waiting")); }, 20000));

    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    widget.resize(1200, 800);
    widget.show();
    widget.showPage(SupervisorBoardWidget::Page::Report);
    EscalationReportWidget *report = widget.reportWidget();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    report->setPeriod(EscalationReportWidget::Period::Today);

    QAbstractItemModel *table = report->table()->model();
    ASSERT_TRUE(waitUntil([&] { return board.report()->report().total == 2 && table->rowCount() >= 1; }, 20000));
    // The topic row counts both chats, both handed over because the visitor asked for a person.
    const QModelIndex top = table->index(0, EscalationReportModel::TotalColumn);
    EXPECT_EQ(top.data().toInt(), 2);
    EXPECT_EQ(table->index(0, EscalationReportModel::ExplicitColumn).data().toInt(), 2);
    const QString topic = board.report()->report().byTopic.value(0).topic;
    EXPECT_FALSE(report->chart()->segmentAt(QPoint(-1, -1)).valid);

    const QString path = QDir(home.path()).filePath(QStringLiteral("escalations.csv"));
    QString error;
    ASSERT_TRUE(report->exportCsv(path, &error)) << qPrintable(error);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << qPrintable(lines.join(QLatin1Char('|')));
    EXPECT_EQ(lines.at(0), QStringLiteral("topic,trigger,count"));
    EXPECT_EQ(lines.at(1), topic + QStringLiteral(",explicit,2"));
}

TEST_F(SupervisorBoardTest, KpiReportShowsTodaysFiguresAndExportsCsv)
{
    // Today: Alice answers one chat and closes it; the other visitor leaves while the chat waits.
    auto alice = signIn(QStringLiteral("alice"));
    auto answered = visitorAskingForAPerson(QStringLiteral("Where is my order A1001?"));
    ASSERT_TRUE(waitUntil([&] { return alice->offers()->rowOf(answered->conversationId) >= 0; }, 20000))
        << qPrintable(router.log());
    QString result = QStringLiteral("pending");
    alice->acceptOffer(answered->conversationId, [&](const QString &e) { result = e; });
    ASSERT_TRUE(waitUntil([&] { return result.isEmpty(); }, 15000)) << qPrintable(result);
    result = QStringLiteral("pending");
    alice->closeConversation(answered->conversationId, QStringLiteral("resolved"), QString(),
                             [&](const QString &e) { result = e; });
    ASSERT_TRUE(waitUntil([&] { return result.isEmpty(); }, 15000)) << qPrintable(result);
    auto leaving = visitorAskingForAPerson(QStringLiteral("Where is my order A1002?"));
    ASSERT_TRUE(waitUntil([&] { return leaving->statuses.contains(QStringLiteral("waiting")); }, 20000));
    leaving->endChat();
    ASSERT_TRUE(waitUntil([&] { return leaving->statuses.contains(QStringLiteral("closed")); }, 20000));

    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    showBoard(widget);
    widget.showPage(SupervisorBoardWidget::Page::Kpi);
    KpiReportWidget *kpi = widget.kpiWidget();
    kpi->setPeriod(KpiReportWidget::Period::Today);

    // The queue table: 2 offered, 1 answered, 1 abandoned, so an abandon rate of 1 / 2 = 50 %.
    QAbstractItemModel *queues = kpi->queueTable()->model();
    ASSERT_TRUE(waitUntil([&] { return queues->rowCount() == 1 && queues->index(0, 1).data().toString() == u"2"; },
                          20000))
        << qPrintable(kpi->summary());
    const auto cell = [](QAbstractItemModel *m, int row, const QString &header) {
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal).toString() == header)
                return m->index(row, c).data().toString();
        return QStringLiteral("no column %1").arg(header);
    };
    EXPECT_EQ(cell(queues, 0, QStringLiteral("Queue")), QStringLiteral("General")) << "named as on the board";
    EXPECT_EQ(queues->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("default"));
    EXPECT_EQ(cell(queues, 0, QStringLiteral("Answered")), QStringLiteral("1"));
    EXPECT_EQ(cell(queues, 0, QStringLiteral("Abandoned")), QStringLiteral("1"));
    EXPECT_EQ(cell(queues, 0, QStringLiteral("Abandon rate")), QStringLiteral("50.0 %"));
    EXPECT_EQ(cell(queues, 0, QStringLiteral("Missed offers")), QStringLiteral("0"));
    // Alice's row: the chat she answered and closed.
    QAbstractItemModel *agents = kpi->agentTable()->model();
    ASSERT_EQ(agents->rowCount(), 1);
    EXPECT_EQ(cell(agents, 0, QStringLiteral("Agent")), QStringLiteral("alice"));
    EXPECT_EQ(cell(agents, 0, QStringLiteral("Answered")), QStringLiteral("1"));
    EXPECT_EQ(cell(agents, 0, QStringLiteral("Handled")), QStringLiteral("1"));
    EXPECT_TRUE(kpi->summary().contains(QStringLiteral("2 offered, 1 answered, 1 abandoned"))) << qPrintable(kpi->summary());

    // The charts draw the same figures and are named for screen readers.
    const QList<KpiChart::Bar> volume = kpi->volumeChart()->barsFor(0);
    ASSERT_EQ(volume.size(), 3);
    EXPECT_EQ(volume.at(0).value, 2);
    EXPECT_EQ(volume.at(1).value, 1);
    EXPECT_EQ(volume.at(2).value, 1);
    EXPECT_FALSE(kpi->volumeChart()->accessibleName().isEmpty());
    EXPECT_TRUE(kpi->serviceLevelChart()->barsFor(0).at(0).text.contains(QStringLiteral("ASA")))
        << qPrintable(kpi->serviceLevelChart()->barsFor(0).at(0).text);

    const QString path = QDir(home.path()).filePath(QStringLiteral("kpi.csv"));
    QString error;
    ASSERT_TRUE(kpi->exportCsv(path, &error)) << qPrintable(error);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << qPrintable(lines.join(QLatin1Char('|')));
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("scope,id,offered,answered,"))) << qPrintable(lines.at(0));
    // offered, answered, answeredInServiceLevel (within the default 20 s), abandoned, shortAbandoned, abandonRate
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("queue,default,2,1,1,1,0,50,"))) << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("agent,alice,"))) << qPrintable(lines.at(2));
    EXPECT_TRUE(lines.at(3).startsWith(QStringLiteral("total,,2,1,"))) << qPrintable(lines.at(3));
}

TEST_F(SupervisorBoardTest, TheBoardNamesTheQueueNotItsId)
{
    auto alice = signIn(QStringLiteral("alice"));
    auto visitor = visitorAskingForAPerson(QStringLiteral("Where is my order A1001?"));
    const QString id = visitor->conversationId;
    ASSERT_TRUE(waitUntil([&] { return alice->offers()->rowOf(id) >= 0; }, 20000)) << qPrintable(router.log());

    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    showBoard(widget);
    BoardFilterModel *chats = widget.conversationsProxy();
    ASSERT_TRUE(waitUntil([&] { return chats->indexOfId(id).isValid(); }, 20000)) << qPrintable(router.log());
    const BoardConversation *c = board.conversations()->conversation(id);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->queueId, QStringLiteral("default"));

    // The conversations table, as the view shows it (through the sorting and filtering proxy).
    const QModelIndex row = chats->indexOfId(id);
    const QModelIndex queueCell = row.siblingAtColumn(BoardConversationModel::QueueColumn);
    EXPECT_EQ(queueCell.data().toString(), QStringLiteral("General"));
    EXPECT_TRUE(queueCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("default")))
        << "the id is still there for who needs it, in the tool tip";
    // Typing the queue's name into the board's filter finds the chat.
    auto *filter = widget.findChild<QLineEdit *>(QStringLiteral("conversationsFilter"));
    ASSERT_NE(filter, nullptr);
    filter->setText(QStringLiteral("General"));
    EXPECT_TRUE(chats->indexOfId(id).isValid());
    filter->clear();
    // The reassign dialog for a move to the queue names it too.
    EXPECT_EQ(board.conversations()->queueName(QStringLiteral("default")), QStringLiteral("General"));
}

TEST_F(SupervisorBoardTest, SwitchingTabsQuicklyStaysWithinTheRoutersFrameLimit)
{
    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    QStringList errors;
    QObject::connect(&board, &SupervisorBoard::errorOccurred, &board, [&](const QString &m) { errors << m; });
    showBoard(widget);
    auto *audit = widget.findChild<BoardView *>(QStringLiteral("auditView"));
    ASSERT_NE(audit, nullptr);

    // As fast as a screenshot script clicks through the pages, ninety switches in a few seconds.
    for (int i = 0; i < 30; ++i) {
        widget.showPage(SupervisorBoardWidget::Page::Live);
        QTest::qWait(15);
        widget.showPage(SupervisorBoardWidget::Page::Report);
        QTest::qWait(15);
        widget.showPage(SupervisorBoardWidget::Page::Audit);
        QTest::qWait(15);
    }
    // Then the audit log stays on screen: it shows the log and does not keep asking for it.
    QTest::qWait(3000);
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(QLatin1Char('\n')));
    EXPECT_FALSE(widget.statusText().contains(QStringLiteral("Too many frames"))) << qPrintable(widget.statusText());
    EXPECT_TRUE(sam->connection()->isSignedIn());
    EXPECT_GE(audit->model()->rowCount(), 1) << "Sam's board.subscribe is in the log";

    // The desk can still ask: a refresh after all that is answered with the log.
    bool answered = false;
    QObject::connect(&board, &SupervisorBoard::auditReady, &board, [&] { answered = true; });
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("auditRefreshButton")), Qt::LeftButton);
    EXPECT_TRUE(waitUntil([&] { return answered; }, 5000));
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(QLatin1Char('\n')));
}

// Supervisors take no routed chats: the board shows them signed in, and a chat dropped on one goes nowhere.
TEST_F(SupervisorBoardTest, ASupervisorRowIsNoPlaceToDropAChat)
{
    auto alice = signIn(QStringLiteral("alice"));
    auto visitor = visitorAskingForAPerson(QStringLiteral("Where is my order A1001?"));
    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    showBoard(widget);
    BoardFilterModel *chats = widget.conversationsProxy();
    BoardFilterModel *agents = widget.agentsProxy();
    const QString id = visitor->conversationId;
    ASSERT_TRUE(waitUntil([&] {
        return chats->indexOfId(id).isValid() && agents->indexOfId(QStringLiteral("sam")).isValid()
            && agents->indexOfId(QStringLiteral("alice")).isValid();
    }, 20000)) << qPrintable(router.log());
    const QModelIndex samRow = agents->indexOfId(QStringLiteral("sam"));
    const QModelIndex aliceRow = agents->indexOfId(QStringLiteral("alice"));
    EXPECT_EQ(samRow.siblingAtColumn(BoardAgentModel::PresenceColumn).data().toString(), QStringLiteral("Signed in"));
    EXPECT_FALSE(agents->flags(samRow) & Qt::ItemIsDropEnabled);
    EXPECT_TRUE(agents->flags(aliceRow) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> mime(chats->mimeData({chats->indexOfId(id)}));
    ASSERT_NE(mime, nullptr);
    EXPECT_FALSE(agents->canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, samRow));
    EXPECT_TRUE(agents->canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, aliceRow));
}

// Barge-in from the monitoring tab: Join conversation, a line typed in the composer reaches the visitor
// and Alice (who keeps the chat), Leave conversation says so and hides the composer.
TEST_F(SupervisorBoardTest, JoiningFromTheMonitoringTabSpeaksToTheVisitorAndTheAgent)
{
    auto alice = signIn(QStringLiteral("alice"));
    auto visitor = visitorAskingForAPerson(QStringLiteral("I was charged twice for order A1001"));
    const QString id = visitor->conversationId;
    ASSERT_NO_FATAL_FAILURE(accept(*alice, id));

    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    showBoard(widget);
    ASSERT_TRUE(waitUntil([&] { return widget.conversationsProxy()->indexOfId(id).isValid(); }, 20000));
    board.monitor(id);
    ASSERT_TRUE(waitUntil([&] { return widget.monitorView(id) != nullptr; }, 15000));
    MonitorView *view = widget.monitorView(id);
    auto *join = view->findChild<QPushButton *>(QStringLiteral("joinConversationButton"));
    auto *composer = view->findChild<QLineEdit *>(QStringLiteral("supervisorComposer"));
    ASSERT_TRUE(join && composer);
    ASSERT_TRUE(waitUntil([&] { return join->isVisible() && join->isEnabled(); }, 5000));
    EXPECT_FALSE(composer->isVisible()) << "watching is read-only";

    QTest::mouseClick(join, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return composer->isVisible(); }, 15000));
    EXPECT_TRUE(view->hasJoined());
    EXPECT_TRUE(waitUntil([&] { return visitor->hasLineContaining(QStringLiteral("joined the chat"))
                                       && visitor->hasLineContaining(QStringLiteral("Supervisor")); }, 15000))
        << "the visitor's page shows the supervisor joining";
    EXPECT_TRUE(waitUntil([&] { return transcriptHas(alice.get(), QStringLiteral("Supervisor")); }, 15000));

    const QString line = QStringLiteral("I have approved the refund for A1001.");
    composer->setFocus();
    QTest::keyClicks(composer, line);
    QTest::keyClick(composer, Qt::Key_Return);
    EXPECT_TRUE(waitUntil([&] { return visitor->countText(line) == 1; }, 15000)) << "the visitor reads it once";
    EXPECT_TRUE(waitUntil([&] { return transcriptHas(alice.get(), line); }, 15000)) << "so does Alice";
    EXPECT_TRUE(waitUntil([&] {
        for (int row = 0; row < view->transcript()->rowCount(); ++row)
            if (view->transcript()->index(row).data(TranscriptModel::TextRole).toString() == line)
                return true;
        return false;
    }, 15000)) << "and the supervisor's own tab";
    EXPECT_TRUE(composer->text().isEmpty());
    EXPECT_EQ(alice->myChats()->rowOf(id) >= 0, true) << "Alice keeps the chat";

    QTest::mouseClick(join, Qt::LeftButton); // now "Leave conversation"
    EXPECT_TRUE(waitUntil([&] { return visitor->hasLineContaining(QStringLiteral("left the chat")); }, 15000));
    EXPECT_TRUE(waitUntil([&] { return !composer->isVisible(); }, 5000));
    EXPECT_FALSE(view->hasJoined());
}

namespace {

TEST_F(SupervisorBoardTest, TheWebhooksTabShowsWhatWaitsForAnEndpointThatIsDown)
{
    // An endpoint nobody listens on (the discard port): the escalation's delivery waits for another attempt.
    router.stop();
    QString output;
    ASSERT_EQ(router.runAdmin({ QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("http://127.0.0.1:9/crm"),
                  QStringLiteral("--events"), QStringLiteral("conversation.escalated") },
                  &output),
        0)
        << qPrintable(output);
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    server = QStringLiteral("127.0.0.1:%1").arg(router.port());
    auto visitor = visitorAskingForAPerson(QStringLiteral("I need a person"));

    auto sam = signIn(QStringLiteral("sam"));
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    showBoard(widget);
    widget.showPage(SupervisorBoardWidget::Page::Webhooks);
    auto *view = widget.findChild<BoardView *>(QStringLiteral("deliveriesView"));
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->accessibleName(), QStringLiteral("Webhook deliveries"));
    auto *refresh = widget.findChild<QPushButton *>(QStringLiteral("deliveriesRefreshButton"));
    ASSERT_NE(refresh, nullptr);
    const auto cell = [&](int column) {
        return view->model()->index(0, column).data().toString();
    };
    // The first attempt fails within a second or two; the tab shows it after a refresh.
    EXPECT_TRUE(waitUntil(
        [&] {
            QTest::mouseClick(refresh, Qt::LeftButton);
            QTest::qWait(300);
            return view->model()->rowCount() == 1 && !cell(WebhookDeliveryModel::AnswerColumn).isEmpty();
        },
        15000))
        << qPrintable(router.log());
    EXPECT_EQ(cell(WebhookDeliveryModel::EventColumn), QStringLiteral("conversation.escalated"));
    EXPECT_EQ(cell(WebhookDeliveryModel::UrlColumn), QStringLiteral("http://127.0.0.1:9/crm"));
    EXPECT_TRUE(cell(WebhookDeliveryModel::StateColumn).startsWith(QStringLiteral("Pending")))
        << qPrintable(cell(WebhookDeliveryModel::StateColumn));
    EXPECT_EQ(cell(WebhookDeliveryModel::ChatColumn), visitor->conversationId);
}

} // namespace
