#include "desk/SupervisorBoardWidget.h"

#include "desk/AuditLogWidget.h"
#include "desk/BoardFilterModel.h"
#include "desk/BoardView.h"
#include "desk/EscalationReportWidget.h"
#include "desk/KpiReportWidget.h"
#include "desk/MonitorView.h"
#include "desk/ReassignDialog.h"
#include "desk/ThemePalette.h"
#include "ui_SupervisorBoard.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QTabBar>
#include <QTimer>
#include <algorithm>

namespace handoff {

namespace {

QString presenceText(Presence p)
{
    switch (p) {
    case Presence::Available:
        return SupervisorBoardWidget::tr("Available");
    case Presence::Busy:
        return SupervisorBoardWidget::tr("Busy");
    case Presence::Away:
        return SupervisorBoardWidget::tr("Away");
    case Presence::Offline:
        return SupervisorBoardWidget::tr("Offline");
    }
    return {};
}

// Menu texts are shown with & as mnemonics: a name with & must not lose it.
QString menuText(QString s)
{
    return s.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

SupervisorBoardWidget::SupervisorBoardWidget(SupervisorBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SupervisorBoardWidget>())
    , m_board(board)
    , m_queues(new BoardFilterModel(BoardFilterModel::Kind::Queues, this))
    , m_agents(new BoardFilterModel(BoardFilterModel::Kind::Agents, this))
    , m_conversations(new BoardFilterModel(BoardFilterModel::Kind::Conversations, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("supervisorBoard"));
    for (QLabel *l : {m_ui->queuesLabel, m_ui->agentsLabel, m_ui->conversationsLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    applyColours();

    setupView(m_ui->queuesView, m_queues, board->queues(), BoardQueueModel::NameColumn, Qt::AscendingOrder);
    setupView(m_ui->agentsView, m_agents, board->agents(), BoardAgentModel::NameColumn, Qt::AscendingOrder);
    setupView(m_ui->conversationsView, m_conversations, board->conversations(), BoardConversationModel::WaitingColumn,
              Qt::DescendingOrder);
    m_ui->queuesView->setAccessibleName(tr("Queues"));
    m_ui->agentsView->setAccessibleName(tr("Agents"));
    m_ui->conversationsView->setAccessibleName(tr("Conversations"));
    connect(m_ui->queuesFilter, &QLineEdit::textChanged, m_queues, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->agentsFilter, &QLineEdit::textChanged, m_agents, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->conversationsFilter, &QLineEdit::textChanged, m_conversations,
            &QSortFilterProxyModel::setFilterFixedString);
    m_ui->topSplitter->setStretchFactor(0, 2);
    m_ui->topSplitter->setStretchFactor(1, 3);
    m_ui->liveSplitter->setStretchFactor(0, 2);
    m_ui->liveSplitter->setStretchFactor(1, 3);
    // Tab order follows the screen: each filter box, then its table.
    setTabOrder(m_ui->queuesFilter, m_ui->queuesView);
    setTabOrder(m_ui->queuesView, m_ui->agentsFilter);
    setTabOrder(m_ui->agentsFilter, m_ui->agentsView);
    setTabOrder(m_ui->agentsView, m_ui->conversationsFilter);
    setTabOrder(m_ui->conversationsFilter, m_ui->conversationsView);

    // Drag a conversation onto an agent or a queue. The dialog opens after the drop has finished.
    connect(m_agents, &BoardFilterModel::conversationDropped, this, [this](const QString &c, const QString &agent) {
        QTimer::singleShot(0, this, [this, c, agent] { reassignToAgent(c, agent); });
    });
    connect(m_queues, &BoardFilterModel::conversationDropped, this, [this](const QString &c, const QString &queue) {
        QTimer::singleShot(0, this, [this, c, queue] { reassignToQueue(c, queue); });
    });
    connect(m_ui->conversationsView, &BoardView::menuRequested, this, &SupervisorBoardWidget::showConversationMenu);
    connect(m_ui->agentsView, &BoardView::menuRequested, this, &SupervisorBoardWidget::showAgentMenu);
    connect(m_ui->queuesView, &BoardView::menuRequested, this, &SupervisorBoardWidget::showQueueMenu);
    connect(m_ui->conversationsView, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        monitor(m_conversations->idAt(i)); // Enter or double click watches the chat
    });

    m_report = new EscalationReportWidget(board, this);
    m_report->setObjectName(QStringLiteral("escalationReport"));
    m_ui->tabs->addTab(m_report, tr("&Escalations"));
    m_kpi = new KpiReportWidget(board, this);
    m_kpi->setObjectName(QStringLiteral("kpiReport"));
    m_ui->tabs->addTab(m_kpi, tr("&KPIs"));
    m_audit = new AuditLogWidget(board, this);
    m_audit->setObjectName(QStringLiteral("auditLog"));
    m_ui->tabs->addTab(m_audit, tr("Au&dit log"));
    m_deliveries = new AuditLogWidget(board, AuditLogWidget::Log::Deliveries, this);
    m_deliveries->setObjectName(QStringLiteral("webhookDeliveries"));
    m_ui->tabs->addTab(m_deliveries, tr("&Webhooks"));
    m_ui->tabs->setTabsClosable(true);
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        m_ui->tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr); // only monitor tabs close
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, &SupervisorBoardWidget::closeMonitorTab);

    connect(board, &SupervisorBoard::actionFinished, this, &SupervisorBoardWidget::onActionFinished);
    connect(board, &SupervisorBoard::errorOccurred, this, [this](const QString &m) { showStatus(m, true); });
    connect(board, &SupervisorBoard::snapshotApplied, this, [this] {
        if (!m_sized) {
            m_sized = true;
            QTimer::singleShot(0, this, &SupervisorBoardWidget::sizeColumns); // once the rows are in
        }
        updateCounts();
    });
    for (BoardFilterModel *m : {m_queues, m_agents, m_conversations}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &SupervisorBoardWidget::updateCounts);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &SupervisorBoardWidget::updateCounts);
        connect(m, &QAbstractItemModel::modelReset, this, &SupervisorBoardWidget::updateCounts);
        connect(m, &QAbstractItemModel::layoutChanged, this, &SupervisorBoardWidget::updateCounts);
    }
    connect(board, &SupervisorBoard::monitoringStarted, this, [this](const QString &id) {
        if (!monitorView(id))
            monitor(id); // monitoring started from another of my desks' actions: show it here too
    });
    sizeColumns();
    updateCounts();
    if (!board->isSubscribed())
        board->subscribe();
}

SupervisorBoardWidget::~SupervisorBoardWidget() = default;

BoardView *SupervisorBoardWidget::queuesView() const
{
    return m_ui->queuesView;
}

BoardView *SupervisorBoardWidget::agentsView() const
{
    return m_ui->agentsView;
}

BoardView *SupervisorBoardWidget::conversationsView() const
{
    return m_ui->conversationsView;
}

QString SupervisorBoardWidget::statusText() const
{
    return m_ui->statusLabel->text();
}

void SupervisorBoardWidget::showPage(Page page)
{
    QWidget *w = page == Page::Live ? m_ui->liveTab
        : page == Page::Report      ? static_cast<QWidget *>(m_report)
        : page == Page::Kpi         ? static_cast<QWidget *>(m_kpi)
        : page == Page::Audit       ? static_cast<QWidget *>(m_audit)
                                    : static_cast<QWidget *>(m_deliveries);
    m_ui->tabs->setCurrentWidget(w);
}

void SupervisorBoardWidget::setupView(BoardView *view, BoardFilterModel *proxy, QAbstractItemModel *source,
                                      int sortColumn, Qt::SortOrder order)
{
    proxy->setSourceModel(source);
    view->setModel(proxy);
    view->sortByColumn(sortColumn, order);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
}

QString SupervisorBoardWidget::agentName(const QString &agentId) const
{
    const BoardAgent *a = m_board->agents()->agent(agentId);
    return a && !a->name.isEmpty() ? a->name : agentId;
}

QString SupervisorBoardWidget::queueName(const QString &queueId) const
{
    return m_board->conversations()->queueName(queueId);
}

QString SupervisorBoardWidget::visitorOf(const QString &conversationId) const
{
    const BoardConversation *c = m_board->conversations()->conversation(conversationId);
    return c && !c->visitorName.isEmpty() ? c->visitorName : tr("the visitor");
}

void SupervisorBoardWidget::openReassignDialog(ReassignDialog *dialog)
{
    if (m_pendingDialog)
        m_pendingDialog->reject();
    m_pendingDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->conversationId();
        if (dialog->target() == ReassignDialog::Target::Agent) {
            showStatus(tr("Reassigning the chat with %1 to %2…").arg(visitorOf(id), agentName(dialog->targetId())));
            m_board->reassignToAgent(id, dialog->targetId(), dialog->note());
        } else {
            showStatus(tr("Moving the chat with %1 to %2…").arg(visitorOf(id), queueName(dialog->targetId())));
            m_board->reassignToQueue(id, dialog->targetId(), dialog->note());
        }
    });
    dialog->open();
}

void SupervisorBoardWidget::reassignToAgent(const QString &conversationId, const QString &agentId)
{
    const BoardConversation *c = m_board->conversations()->conversation(conversationId);
    if (!c) {
        showStatus(tr("That chat has ended or is no longer on the board."), true);
        return;
    }
    if (c->agentId == agentId) {
        showStatus(tr("%1 already has the chat with %2.").arg(agentName(agentId), visitorOf(conversationId)), true);
        return;
    }
    openReassignDialog(new ReassignDialog(*c, ReassignDialog::Target::Agent, agentId, agentName(agentId), this));
}

void SupervisorBoardWidget::reassignToQueue(const QString &conversationId, const QString &queueId)
{
    const BoardConversation *c = m_board->conversations()->conversation(conversationId);
    if (!c) {
        showStatus(tr("That chat has ended or is no longer on the board."), true);
        return;
    }
    openReassignDialog(new ReassignDialog(*c, ReassignDialog::Target::Queue, queueId, queueName(queueId), this));
}

MonitorView *SupervisorBoardWidget::monitorView(const QString &conversationId) const
{
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        if (auto *m = qobject_cast<MonitorView *>(m_ui->tabs->widget(i)); m && m->conversationId() == conversationId)
            return m;
    return nullptr;
}

void SupervisorBoardWidget::monitor(const QString &conversationId)
{
    if (conversationId.isEmpty())
        return;
    if (MonitorView *existing = monitorView(conversationId)) {
        m_ui->tabs->setCurrentWidget(existing);
        if (existing->hasEnded() && m_board->conversations()->conversation(conversationId))
            m_board->monitor(conversationId);
        return;
    }
    auto *view = new MonitorView(m_board, conversationId, this);
    const int tab = m_ui->tabs->addTab(view, view->title());
    m_ui->tabs->setTabToolTip(tab, tr("Read-only view of a live chat"));
    connect(view, &MonitorView::titleChanged, this, [this, view] {
        const int i = m_ui->tabs->indexOf(view);
        if (i >= 0)
            m_ui->tabs->setTabText(i, menuText(view->title()));
    });
    m_ui->tabs->setTabText(tab, menuText(view->title()));
    m_ui->tabs->setCurrentIndex(tab);
    if (!m_board->monitoredConversations().contains(conversationId))
        m_board->monitor(conversationId);
}

void SupervisorBoardWidget::closeMonitorTab(int index)
{
    auto *view = qobject_cast<MonitorView *>(m_ui->tabs->widget(index));
    if (!view)
        return;
    if (!view->hasEnded() && m_board->monitoredConversations().contains(view->conversationId()))
        m_board->stopMonitoring(view->conversationId());
    m_ui->tabs->removeTab(index);
    view->deleteLater();
}

void SupervisorBoardWidget::forceClose(const QString &conversationId)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Force close chat"));
    dialog->setLabelText(tr("End the chat with %1 now? The visitor reads “A supervisor ended the chat.”\n"
                            "Reason for the audit log (optional):")
                             .arg(visitorOf(conversationId)));
    // The visitor's name is visitor text: the dialog's label (Qt::AutoText otherwise) shows it plain.
    if (auto *label = dialog->findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    dialog->setOkButtonText(tr("&Force close"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, conversationId](const QString &reason) {
        showStatus(tr("Closing the chat with %1…").arg(visitorOf(conversationId)));
        m_board->forceClose(conversationId, reason.trimmed());
    });
    dialog->open();
}

void SupervisorBoardWidget::setAgentPresence(const QString &agentId, Presence presence)
{
    showStatus(tr("Setting %1 to %2…").arg(agentName(agentId), presenceText(presence)));
    m_board->setAgentPresence(agentId, presence);
}

void SupervisorBoardWidget::showConversationMenu(const QModelIndex &index, const QPoint &globalPos)
{
    const QString id = m_conversations->idAt(index);
    const BoardConversation *c = m_board->conversations()->conversation(id);
    if (!c)
        return;
    QMenu menu(this);
    QMenu *toAgent = menu.addMenu(tr("Reassign to &agent"));
    for (const BoardAgent &a : m_board->agents()->all()) {
        if (a.id == c->agentId || a.role != Role::Agent)
            continue; // supervisors take no chats: the router would refuse them
        const QString label = tr("%1 — %2, %3/%4").arg(menuText(a.name.isEmpty() ? a.id : a.name),
                                                         presenceText(a.presence)).arg(a.load).arg(a.capacity);
        QAction *act = toAgent->addAction(label, this, [this, id, agent = a.id] { reassignToAgent(id, agent); });
        act->setEnabled(a.presence != Presence::Offline);
    }
    toAgent->setEnabled(!toAgent->isEmpty());
    QMenu *toQueue = menu.addMenu(tr("Move to &queue"));
    for (const BoardQueue &q : m_board->queues()->all()) {
        const QString label = q.open ? menuText(q.name) : tr("%1 (closed)").arg(menuText(q.name));
        toQueue->addAction(label, this, [this, id, queue = q.id] { reassignToQueue(id, queue); });
    }
    toQueue->setEnabled(!toQueue->isEmpty());
    menu.addSeparator();
    menu.addAction(tr("&Monitor"), this, [this, id] { monitor(id); });
    menu.addSeparator();
    menu.addAction(tr("&Force close…"), this, [this, id] { forceClose(id); });
    menu.exec(globalPos);
}

void SupervisorBoardWidget::showAgentMenu(const QModelIndex &index, const QPoint &globalPos)
{
    const QString id = m_agents->idAt(index);
    const BoardAgent *a = m_board->agents()->agent(id);
    if (!a)
        return;
    QMenu menu(this);
    QMenu *presence = menu.addMenu(tr("Set &presence"));
    for (Presence p : {Presence::Available, Presence::Away, Presence::Offline}) {
        QAction *act = presence->addAction(presenceText(p), this, [this, id, p] { setAgentPresence(id, p); });
        act->setCheckable(true);
        act->setChecked(a->chosen == p);
    }
    menu.addAction(tr("Show their &chats"), this, [this, name = a->name.isEmpty() ? a->id : a->name] {
        m_ui->conversationsFilter->setText(name);
        m_ui->conversationsView->setFocus();
    });
    menu.exec(globalPos);
}

void SupervisorBoardWidget::showQueueMenu(const QModelIndex &index, const QPoint &globalPos)
{
    const BoardQueue *q = m_board->queues()->queue(m_queues->idAt(index));
    if (!q)
        return;
    QMenu menu(this);
    menu.addAction(tr("Show its &chats"), this, [this, name = q->id] {
        m_ui->conversationsFilter->setText(name);
        m_ui->conversationsView->setFocus();
    });
    menu.exec(globalPos);
}

void SupervisorBoardWidget::onActionFinished(const QString &action, const QString &target, const QString &error)
{
    if (action == QLatin1String("report.escalations") || action == QLatin1String("report.kpi")
        || action == QLatin1String("audit.list")
        || action == QLatin1String("board.subscribe") || action == QLatin1String("board.unsubscribe"))
        return;
    if (!error.isEmpty()) {
        showStatus(tr("Could not do that: %1").arg(error), true);
        return;
    }
    if (action == QLatin1String("conversation.reassign"))
        showStatus(tr("Reassigned the chat with %1.").arg(visitorOf(target)));
    else if (action == QLatin1String("conversation.forceClose"))
        showStatus(tr("Closed the chat."));
    else if (action == QLatin1String("agent.presence.set"))
        showStatus(tr("Presence of %1 changed.").arg(agentName(target)));
}

void SupervisorBoardWidget::showStatus(const QString &text, bool error)
{
    m_statusIsError = error;
    applyColours();
    m_ui->statusLabel->setText(text);
}

void SupervisorBoardWidget::applyColours()
{
    // Only the text colour is set here, so the labels follow every other change of the theme.
    const TranscriptColours &c = ThemePalette::colours();
    QPalette hint = m_ui->hintLabel->palette();
    hint.setColor(QPalette::WindowText, c.meta);
    m_ui->hintLabel->setPalette(hint);
    QPalette status = m_ui->statusLabel->palette();
    status.setColor(QPalette::WindowText, m_statusIsError ? c.failed : QApplication::palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(status);
}

void SupervisorBoardWidget::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void SupervisorBoardWidget::sizeColumns()
{
    // Wide enough for typical names and states (in characters), or for what is shown, whichever is more;
    // the last column takes the rest. Done once, so live updates never make columns jump.
    const auto size = [](BoardView *view, const QList<int> &chars) {
        const int ch = view->fontMetrics().averageCharWidth();
        QHeaderView *header = view->horizontalHeader();
        for (int c = 0; c < chars.size() && c < header->count() - 1; ++c) {
            view->resizeColumnToContents(c);
            header->resizeSection(c, std::max(chars.at(c) * ch, header->sectionSize(c)));
        }
    };
    size(m_ui->queuesView, {16, 9, 12, 10, 10});
    size(m_ui->agentsView, {14, 12, 11, 8, 7});
    size(m_ui->conversationsView, {18, 17, 10, 10, 9, 9, 18});
}

void SupervisorBoardWidget::updateCounts()
{
    int waiting = 0;
    for (const BoardQueue &q : m_board->queues()->all())
        waiting += q.waiting;
    m_ui->queuesLabel->setText(waiting > 0 ? tr("&Queues (%1 waiting)").arg(waiting) : tr("&Queues"));
    int signedIn = 0;
    for (const BoardAgent &a : m_board->agents()->all())
        signedIn += a.presence != Presence::Offline;
    m_ui->agentsLabel->setText(tr("&Agents (%1 signed in)").arg(signedIn));
    // The heading counts what the filter shows, and says so when it hides some.
    const int all = m_board->conversations()->rowCount(), shown = m_conversations->rowCount();
    m_ui->conversationsLabel->setText(shown == all ? tr("&Conversations (%1)").arg(all)
                                                   : tr("&Conversations (%1 of %2)").arg(shown).arg(all));
}

} // namespace handoff
