// A supervisor's view of the floor without widgets: subscribes to the router's live board, keeps the
// queue, agent and conversation models current (bursts of deltas are applied together, at most every
// 150 ms, and each change touches only the cells that changed), and offers the supervisor actions:
// reassign, monitor, force-close, set an agent's presence, the escalation report and the audit log.
#pragma once

#include "client/AuditLogModel.h"
#include "client/BoardAgentModel.h"
#include "client/BoardConversationModel.h"
#include "client/BoardQueueModel.h"
#include "client/EscalationReportModel.h"
#include "client/KpiReportModel.h"
#include "client/SupervisorTypes.h"
#include "client/WebhookDeliveryModel.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>

namespace handoff {

class AttachmentDownloads;
class DeskConnection;
namespace protocol {
struct Envelope;
}

class SupervisorBoard : public QObject
{
    Q_OBJECT
public:
    // The connection is not owned; it is normally DeskSession::connection().
    explicit SupervisorBoard(DeskConnection *connection, QObject *parent = nullptr);
    ~SupervisorBoard() override;

    BoardQueueModel *queues() { return &m_queues; }
    BoardAgentModel *agents() { return &m_agents; }
    BoardConversationModel *conversations() { return &m_conversations; }
    EscalationReportModel *report() { return &m_report; }
    KpiReportModel *kpiQueues() { return &m_kpiQueues; }
    KpiReportModel *kpiAgents() { return &m_kpiAgents; }
    AuditLogModel *auditLog() { return &m_audit; }
    WebhookDeliveryModel *deliveries() { return &m_deliveries; }

    // Where monitored transcripts get their files (normally DeskSession::attachments(); not owned).
    void setAttachmentDownloads(AttachmentDownloads *downloads) { m_downloads = downloads; }
    AttachmentDownloads *attachmentDownloads() const { return m_downloads; }

    bool isSubscribed() const { return m_wantSubscription; }
    // True when the signed-in user is a supervisor (the board is useless otherwise).
    bool isAvailable() const;
    QSet<QString> monitoredConversations() const { return m_monitored; }
    // Chats this supervisor joined (conversation.join): the visitor and the agent see their lines.
    bool hasJoined(const QString &conversationId) const { return m_joined.contains(conversationId); }
    // The transcript of a monitored chat as received so far (internal notes included).
    QList<ChatMessage> monitoredTranscript(const QString &conversationId) const
    {
        return m_monitorTranscripts.value(conversationId);
    }

    // How long deltas are gathered before they reach the models (default 150 ms; 0 = at once).
    void setCoalesceInterval(int ms) { m_flushTimer.setInterval(ms); }
    // Applies one board event as if it came from the router (also used by tests).
    void applyEvent(const protocol::Envelope &event);
    // Applies gathered deltas now.
    void flush();

public slots:
    // Starts the live board; it is renewed after every reconnect until unsubscribe().
    void subscribe();
    void unsubscribe();
    void reassignToAgent(const QString &conversationId, const QString &agentId, const QString &note = {});
    void reassignToQueue(const QString &conversationId, const QString &queueId, const QString &note = {});
    void monitor(const QString &conversationId);
    void stopMonitoring(const QString &conversationId);
    void forceClose(const QString &conversationId, const QString &reason = {});
    // Join a chat visibly ("Supervisor Sam joined the chat"), speak in it, and leave it again. The agent
    // keeps the chat; joining also monitors it.
    void join(const QString &conversationId);
    void leave(const QString &conversationId);
    void say(const QString &conversationId, const QString &text);
    void setAgentPresence(const QString &agentId, handoff::Presence presence);
    void requestReport(const QDateTime &from, const QDateTime &to);
    void requestAudit(int limit = 200);
    // The router's webhook outbox, newest first (webhooks.deliveries); answered in deliveries().
    void requestDeliveries(int limit = 500);
    // The KPI report for whole days in the router's time zone, both included.
    void requestKpiReport(const QDate &from, const QDate &to);

signals:
    void subscribedChanged(bool subscribed);
    // A full snapshot replaced the board (after subscribing or after a resume gap).
    void snapshotApplied();
    // Every action's result: `action` is the request type, `target` the conversation or agent id, `error`
    // empty on success or a sentence for the supervisor.
    void actionFinished(const QString &action, const QString &target, const QString &error);
    void reassigned(const QString &conversationId);
    void forceClosed(const QString &conversationId);
    void agentPresenceSet(const QString &agentId, handoff::Presence presence);
    // Monitoring: the transcript so far when it starts, then each new line, then the end.
    void monitoringStarted(const QString &conversationId, const handoff::ConversationSummary &conversation,
        const QList<handoff::ChatMessage> &messages);
    void monitoredMessage(const QString &conversationId, const handoff::ChatMessage &message);
    void monitoredConversationUpdated(const handoff::ConversationSummary &conversation);
    void monitoringEnded(const QString &conversationId, const QString &reason);
    void joinedChanged(const QString &conversationId, bool joined);
    void reportReady(const handoff::EscalationReport &report);
    void auditReady(const QList<handoff::AuditEntry> &entries);
    void kpiReportReady(const handoff::KpiReportData &report);
    void errorOccurred(const QString &message);

private:
    AttachmentDownloads *m_downloads = nullptr;
    void onEvent(const protocol::Envelope &e);
    void onSignedIn();
    void sendSubscribe();
    void request(const QString &type, const QJsonObject &data, const QString &target,
        std::function<void(const QJsonObject &)> onOk);
    void queueDelta(const QJsonObject &d);
    void tickClock();

    QPointer<DeskConnection> m_connection;
    BoardQueueModel m_queues;
    BoardAgentModel m_agents;
    BoardConversationModel m_conversations;
    EscalationReportModel m_report;
    KpiReportModel m_kpiQueues{KpiReportModel::Scope::Queues};
    KpiReportModel m_kpiAgents{KpiReportModel::Scope::Agents};
    AuditLogModel m_audit;
    WebhookDeliveryModel m_deliveries;
    QTimer m_flushTimer;
    QTimer m_clockTimer; // advances waiting / handling times once a second
    // Gathered deltas, keyed by id so only the newest form of each object is applied.
    QHash<QString, BoardQueue> m_pendingQueues;
    QHash<QString, BoardAgent> m_pendingAgents;
    QHash<QString, BoardConversation> m_pendingConversations;
    QSet<QString> m_pendingRemoved;
    QSet<QString> m_monitored;
    QSet<QString> m_joined;
    QHash<QString, QList<ChatMessage>> m_monitorTranscripts;
    bool m_wantSubscription = false;
};

} // namespace handoff
