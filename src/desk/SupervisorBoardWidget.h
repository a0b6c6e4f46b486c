// The supervisor's board: live queues, agents and conversations (sortable, filterable, updated in
// place), reassigning by drag and drop or from a context menu, read-only monitoring, force close,
// agents' presence, the escalation report and the audit log. It only wires views to SupervisorBoard.
#pragma once

#include "client/SupervisorBoard.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class SupervisorBoardWidget;
}

namespace handoff {

class AuditLogWidget;
class BoardFilterModel;
class BoardView;
class EscalationReportWidget;
class KpiReportWidget;
class MonitorView;
class ReassignDialog;

class SupervisorBoardWidget : public QWidget
{
    Q_OBJECT
public:
    // The board is not owned; the widget subscribes to it when it is not yet subscribed.
    explicit SupervisorBoardWidget(SupervisorBoard *board, QWidget *parent = nullptr);
    ~SupervisorBoardWidget() override;

    SupervisorBoard *board() const { return m_board; }
    BoardView *queuesView() const;
    BoardView *agentsView() const;
    BoardView *conversationsView() const;
    BoardFilterModel *queuesProxy() const { return m_queues; }
    BoardFilterModel *agentsProxy() const { return m_agents; }
    BoardFilterModel *conversationsProxy() const { return m_conversations; }
    EscalationReportWidget *reportWidget() const { return m_report; }
    KpiReportWidget *kpiWidget() const { return m_kpi; }
    AuditLogWidget *auditWidget() const { return m_audit; }
    AuditLogWidget *deliveriesWidget() const { return m_deliveries; }
    MonitorView *monitorView(const QString &conversationId) const;
    QString statusText() const;

    enum class Page { Live, Report, Kpi, Audit, Webhooks };
    void showPage(Page page);

public slots:
    // Each asks for confirmation (and a note) in a ReassignDialog before anything is sent.
    void reassignToAgent(const QString &conversationId, const QString &agentId);
    void reassignToQueue(const QString &conversationId, const QString &queueId);
    void monitor(const QString &conversationId);
    void forceClose(const QString &conversationId);
    void setAgentPresence(const QString &agentId, handoff::Presence presence);

protected:
    void changeEvent(QEvent *e) override;

private:
    void applyColours();
    void showConversationMenu(const QModelIndex &index, const QPoint &globalPos);
    void showAgentMenu(const QModelIndex &index, const QPoint &globalPos);
    void showQueueMenu(const QModelIndex &index, const QPoint &globalPos);
    void openReassignDialog(ReassignDialog *dialog);
    void setupView(BoardView *view, BoardFilterModel *proxy, QAbstractItemModel *source, int sortColumn,
                   Qt::SortOrder order);
    void onActionFinished(const QString &action, const QString &target, const QString &error);
    void showStatus(const QString &text, bool error = false);
    void updateCounts();
    void sizeColumns();
    void closeMonitorTab(int index);
    QString agentName(const QString &agentId) const;
    QString queueName(const QString &queueId) const;
    QString visitorOf(const QString &conversationId) const;

    std::unique_ptr<Ui::SupervisorBoardWidget> m_ui;
    SupervisorBoard *m_board;
    BoardFilterModel *m_queues;
    BoardFilterModel *m_agents;
    BoardFilterModel *m_conversations;
    EscalationReportWidget *m_report;
    KpiReportWidget *m_kpi;
    AuditLogWidget *m_audit;
    AuditLogWidget *m_deliveries;
    QPointer<ReassignDialog> m_pendingDialog;
    bool m_sized = false;
    bool m_statusIsError = false;
};

} // namespace handoff
