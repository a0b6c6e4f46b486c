// The supervisor side of the desk protocol: the live board (snapshot, then deltas coalesced to at most
// five a second), reassigning, monitoring and force-closing chats, setting an agent's presence, the
// escalation report and the audit log. Every supervisor request passes through one role check that
// writes the audit log. It works on ConversationHub's conversations and routing engine.
#pragma once

#include "protocol/Envelope.h"
#include "server/ConversationHub.h"
#include "store/StoreRecords.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

namespace handoff::server {

class ClientConnection;
class ConversationHub;

class SupervisorService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBoardIntervalMs = 200; // deltas at most five times a second
    static constexpr int kMaxAuditEntries = 1000;
    static constexpr int kMaxReportDays = 366;

    explicit SupervisorService(ConversationHub &hub);

    // True for the request types handled here.
    static bool handles(const QString &type);
    void handle(ClientConnection *c, const protocol::Envelope &e);

    // The hub calls this after storing any line of a conversation, so monitoring supervisors see it.
    void messageStored(const ChatMessage &message);
    // True while `user` has joined the conversation (conversation.join): their lines go to the visitor.
    bool hasJoined(const QString &conversationId, const QString &user) const
    {
        return m_joined.value(conversationId).contains(user);
    }

    // `agents.watch` (any signed-in desk, no role check): while on, the desk gets `agents.changed` with
    // the colleagues whose presence, load or capacity changed, in the same coalesced rhythm as the board.
    void watchColleagues(ClientConnection *c, const protocol::Envelope &e, bool watch);

    // Several routers: another router asks this one to do a supervisor's action on a chat served here
    // ('supervisor.request'), and answers ('supervisor.answer') an action asked here.
    void remoteRequest(const QJsonObject &event);
    void remoteAnswer(const QJsonObject &event);

    bool isMonitored(const QString &conversationId) const { return m_monitors.contains(conversationId); }
    // Whether any desk has the board open or monitors a chat (with several routers, the others' chats are read
    // for it).
    bool boardWatched() const { return !m_subscribers.isEmpty() || !m_monitors.isEmpty(); }

private:
    using Handler = void (SupervisorService::*)(ClientConnection *, const protocol::Envelope &);
    // Who asks for an action and where its answer goes: a desk here, or one on another router.
    struct Caller {
        QString user;
        QString desk; // session id and address, for the audit log
        std::function<void(const QJsonObject &)> ok;
        std::function<void(protocol::ErrorCode, const QString &)> fail;
        QPointer<ClientConnection> connection; // the desk here; null for one on another router
    };
    static Caller callerOf(ClientConnection *c, const QString &re);
    static constexpr int kRemoteAnswerMs = 5000;
    static constexpr int kMaxRemoteRequests = 256;
    static constexpr int kMaxForwardedBytes = 6000;
    bool forwardIfServedElsewhere(ClientConnection *c, const protocol::Envelope &e);
    void reassignFor(const Caller &c, const protocol::Envelope &e);
    void forceCloseFor(const Caller &c, const protocol::Envelope &e);
    void audit(const Caller &c, const QString &action, const QString &target, const QString &detail);
    void refuse(const Caller &c, const QString &type, const QJsonObject &data, protocol::ErrorCode code,
        const QString &message);
    // `id` is not open here: refused with `conflict` and `closedText` when the store has it, `not_found` when
    // it has never been. Read on the reader; the desk's later frames wait for the answer.
    void refuseNotOpen(const Caller &c, const QString &type, const QJsonObject &data, const QString &id,
        const QString &closedText);

    // The one role check: answers `forbidden` (and audits the refusal) unless the caller is a supervisor.
    bool authorize(ClientConnection *c, const protocol::Envelope &e);
    void audit(ClientConnection *c, const QString &action, const QString &target, const QString &detail);

    void subscribe(ClientConnection *c, const protocol::Envelope &e);
    void unsubscribe(ClientConnection *c, const protocol::Envelope &e);
    void reassign(ClientConnection *c, const protocol::Envelope &e);
    void monitor(ClientConnection *c, const protocol::Envelope &e);
    void unmonitor(ClientConnection *c, const protocol::Envelope &e);
    void forceClose(ClientConnection *c, const protocol::Envelope &e);
    void join(ClientConnection *c, const protocol::Envelope &e);
    void leave(ClientConnection *c, const protocol::Envelope &e);
    // "Supervisor Sam joined the chat" / "Sam left the chat": a system line in the visitor's language, to
    // the visitor and the assigned agent's desks (monitors get it as every stored line).
    void announce(const QString &conversationId, const char *source, const QString &supervisor);
    void endStaleJoins(); // chats that closed, supervisors whose last desk is gone
    void setAgentPresence(ClientConnection *c, const protocol::Envelope &e);
    // The post-chat survey part of the report: overall, by queue and by agent.
    static QJsonObject satisfactionReport(const QList<store::RatingRecord> &ratings);
    void escalationReport(ClientConnection *c, const protocol::Envelope &e);
    // The escalations counted by topic and trigger, with the survey part, as report.escalations answers.
    static QJsonObject escalationReportOf(const QDateTime &from, const QDateTime &to,
        const QList<store::EscalationRecord> &escalations, const QJsonObject &satisfaction);
    void kpiReport(ClientConnection *c, const protocol::Envelope &e);
    void auditList(ClientConnection *c, const protocol::Envelope &e);
    void webhookDeliveries(ClientConnection *c, const protocol::Envelope &e);

    // The board as id -> object, and the delta against what subscribers were last sent.
    struct Board {
        QHash<QString, QJsonObject> queues;
        QHash<QString, QJsonObject> agents;
        QHash<QString, QJsonObject> conversations;
    };
    Board currentBoard();
    QJsonObject boardConversation(const QString &id) const;
    QJsonObject boardConversationOf(
        const store::ConversationRecord &r, const QString &offeredTo, const QDateTime &replyWaitingSince) const;
    void flushBoard(); // sends a delta when anything changed; also ends stale monitoring
    void pushToSubscribers(const QString &type, const QJsonObject &data);
    void pushColleagueChanges(const Board &now);
    bool nobodyWatches() const;
    void toMonitors(const QString &conversationId, const QString &type, const QJsonObject &data);
    QString displayName(const QString &user) const;
    // Answers the error and writes the refusal to the audit log.
    void refuse(ClientConnection *c, const protocol::Envelope &e, protocol::ErrorCode code, const QString &message);
    // The open chat `id`, or nullptr after refusing: `conflict` when it is closed, `not_found` when unknown.
    ConversationHub::Live *openChat(ClientConnection *c, const protocol::Envelope &e, const QString &id);

    ConversationHub &m_hub;
    QTimer m_boardTimer;
    QSet<QString> m_subscribers; // desk session ids
    QSet<QString> m_colleagueWatchers; // desk session ids with agents.watch on
    QHash<QString, QSet<QString>> m_monitors; // conversation id -> supervisors watching it
    QHash<QString, QSet<QString>> m_joined;   // conversation id -> supervisors who joined it (speak in it)
    Board m_sent; // what subscribers have
    QList<store::UserRecord> m_users; // cached for the agents list
    QDateTime m_usersLoadedAt;
    QHash<QString, Caller> m_remoteRequests; // request id -> the supervisor waiting for another router
};

} // namespace handoff::server
