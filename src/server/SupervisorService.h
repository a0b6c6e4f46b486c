// The supervisor side of the desk protocol: the live board (snapshot, then deltas coalesced to at most
// five a second), reassigning, monitoring and force-closing chats, setting an agent's presence, the
// escalation report and the audit log. Every supervisor request passes through one role check that
// writes the audit log. It works on ConversationHub's conversations and routing engine.
#pragma once

#include "protocol/Envelope.h"
#include "store/StoreRecords.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

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

    // `agents.watch` (any signed-in desk, no role check): while on, the desk gets `agents.changed` with
    // the colleagues whose presence, load or capacity changed, in the same coalesced rhythm as the board.
    void watchColleagues(ClientConnection *c, const protocol::Envelope &e, bool watch);

private:
    using Handler = void (SupervisorService::*)(ClientConnection *, const protocol::Envelope &);

    // The one role check: answers `forbidden` (and audits the refusal) unless the caller is a supervisor.
    bool authorize(ClientConnection *c, const protocol::Envelope &e);
    void audit(ClientConnection *c, const QString &action, const QString &target, const QString &detail);

    void subscribe(ClientConnection *c, const protocol::Envelope &e);
    void unsubscribe(ClientConnection *c, const protocol::Envelope &e);
    void reassign(ClientConnection *c, const protocol::Envelope &e);
    void monitor(ClientConnection *c, const protocol::Envelope &e);
    void unmonitor(ClientConnection *c, const protocol::Envelope &e);
    void forceClose(ClientConnection *c, const protocol::Envelope &e);
    void setAgentPresence(ClientConnection *c, const protocol::Envelope &e);
    // The post-chat survey part of the report: overall, by queue and by agent.
    static QJsonObject satisfactionReport(const QList<store::RatingRecord> &ratings);
    void escalationReport(ClientConnection *c, const protocol::Envelope &e);
    void auditList(ClientConnection *c, const protocol::Envelope &e);

    // The board as id -> object, and the delta against what subscribers were last sent.
    struct Board {
        QHash<QString, QJsonObject> queues;
        QHash<QString, QJsonObject> agents;
        QHash<QString, QJsonObject> conversations;
    };
    Board currentBoard();
    QJsonObject boardConversation(const QString &id) const;
    void flushBoard(); // sends a delta when anything changed; also ends stale monitoring
    void pushToSubscribers(const QString &type, const QJsonObject &data);
    void pushColleagueChanges(const Board &now);
    bool nobodyWatches() const;
    void toMonitors(const QString &conversationId, const QString &type, const QJsonObject &data);
    QString displayName(const QString &user) const;
    // Answers the error and writes the refusal to the audit log.
    void refuse(ClientConnection *c, const protocol::Envelope &e, protocol::ErrorCode code, const QString &message);

    ConversationHub &m_hub;
    QTimer m_boardTimer;
    QSet<QString> m_subscribers; // desk session ids
    QSet<QString> m_colleagueWatchers; // desk session ids with agents.watch on
    QHash<QString, QSet<QString>> m_monitors; // conversation id -> supervisors watching it
    Board m_sent; // what subscribers have
    QList<store::UserRecord> m_users; // cached for the agents list
    QDateTime m_usersLoadedAt;
};

} // namespace handoff::server
