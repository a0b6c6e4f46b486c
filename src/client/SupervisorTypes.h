// Value types of the supervisor board (docs/protocol.md, "Supervisor"): live queues, agents and open
// conversations, the escalation report and audit entries, each parsed from its one JSON form.
#pragma once

#include "protocol/DomainTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <Qt>

namespace handoff {

// Roles every board model answers besides Qt's: the row's stable id, and a value to sort by (numbers
// and seconds as numbers, times as milliseconds since the epoch, text lower-cased) so a
// QSortFilterProxyModel with setSortRole(BoardSortRole) sorts "9 s" before "1 min".
// BoardDropTargetRole: false on a row a conversation cannot be dropped on (a supervisor takes no chats).
enum BoardRole { BoardIdRole = Qt::UserRole + 1, BoardSortRole, BoardDropTargetRole };

// "41 s", "3 min 5 s", "1 h 2 min"; empty for negative values.
QString formatBoardDuration(int seconds);

struct BoardQueue {
    QString id;
    QString name;
    int waiting = 0;
    int longestWaitSeconds = 0;
    QDateTime oldestWaitingSince; // invalid when nobody waits
    int agentsAvailable = 0;
    int agentsSignedIn = 0;
    bool open = true;

    static BoardQueue fromJson(const QJsonObject &o);
    bool operator==(const BoardQueue &) const = default;
};

struct BoardAgent {
    QString id;
    QString name;
    Role role = Role::Agent;
    Presence presence = Presence::Offline;
    Presence chosen = Presence::Offline;
    int load = 0;
    int capacity = 0;
    QStringList skills;
    QStringList conversations; // on the supervisors' board only
    QDateTime stateSince;
    QStringList queues; // ids of the queues whose required skills the agent has

    static BoardAgent fromJson(const QJsonObject &o);
    bool operator==(const BoardAgent &) const = default;
};

struct BoardConversation {
    QString id;
    ConversationState state = ConversationState::Bot;
    QString queueId;
    QString agentId;
    QString agentName;
    QString visitorName;
    QString topic;
    QString trigger; // empty while the bot has the chat
    QDateTime createdAt;
    QDateTime escalatedAt;
    QDateTime enqueuedAt;
    QDateTime assignedAt;
    QString offeredTo;
    QStringList monitoredBy;
    QDateTime replyWaitingSince; // assigned, and the visitor's last line has no agent reply yet

    // Seconds waited in the queue (waiting/offered) or for the agent's reply (assigned) at `now`; -1 when
    // nobody waits.
    int waitingSeconds(const QDateTime &now) const;
    int handlingSeconds(const QDateTime &now) const;

    static BoardConversation fromJson(const QJsonObject &o);
    bool operator==(const BoardConversation &) const = default;
};

struct EscalationTopicCount {
    QString topic;
    int count = 0;
    QMap<QString, int> byTrigger; // trigger name -> count
};

struct EscalationTriggerCount {
    QString trigger;
    int count = 0;
};

struct EscalationRow {
    QString topic;
    QString trigger;
    int count = 0;
};

// One CSV cell (RFC 4180 quoting); a cell a spreadsheet would run as a formula starts with an apostrophe.
QString csvField(const QString &value);
// Post-chat survey figures of a group (all, one queue, one agent): how many rated, the average, the share
// rated 4 or 5.
struct SatisfactionFigures {
    QString id; // the queue or agent; empty for all
    int count = 0;
    double average = 0;
    double satisfiedPercent = 0;
};

struct EscalationReport {
    QDateTime from;
    QDateTime to;
    int total = 0;
    QList<EscalationTopicCount> byTopic;
    QList<EscalationTriggerCount> byTrigger;
    QList<EscalationRow> rows;
    SatisfactionFigures satisfaction;
    QList<SatisfactionFigures> satisfactionByQueue;
    QList<SatisfactionFigures> satisfactionByAgent;

    static EscalationReport fromJson(const QJsonObject &o);
    // One header line and one line per row (topic, trigger, count), RFC 4180 quoting.
    QString toCsv() const;
};

// One webhook event or handoff.status callback in the router's outbox (webhooks.deliveries).
struct WebhookDeliveryEntry {
    QString id;
    QString endpoint; // webhook id, or "callback"
    QString url;
    QString event;
    QString conversationId;
    QDateTime createdAt;
    int attempts = 0;
    QString state; // delivered, pending, given_up
    QDateTime deliveredAt;
    QDateTime nextAttemptAt;
    int lastStatus = 0;
    QString lastError;

    static WebhookDeliveryEntry fromJson(const QJsonObject &o);
};

struct AuditEntry {
    QDateTime at;
    QString actor;
    QString action;
    QString target;
    QString detail;
    QString desk;
    bool allowed = true;

    static AuditEntry fromJson(const QJsonObject &o);
};

} // namespace handoff
