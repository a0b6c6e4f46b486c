// The rows the router keeps, as plain values passed across the Store interface.
#pragma once

#include "protocol/DomainTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace handoff::store {

struct UserRecord {
    QString name; // sign-in name, also the agent id
    QString displayName;
    Role role = Role::Agent;
    QStringList skills;
    int capacity = 3;
    QDateTime createdAt;
};

struct ConversationRecord {
    QString id;
    ConversationState state = ConversationState::Bot;
    QString queueId;
    int priority = 0;
    QStringList requiredSkills;
    QString agentId;
    QString agentName;
    QString visitorTokenHash; // SHA-256 (hex) of the visitor's token; empty for API handoffs
    QString visitorName;
    QString page;
    QString language;
    QString topic;
    QString source = QStringLiteral("web"); // "web", "api", "copilot-studio"
    QString externalId;                     // the external bot's conversation id
    QString apiTokenName;                   // the API token that handed it over; empty for the web chat
    std::optional<HandoffContext> handoff;
    QJsonObject botState; // BotConversation::saveState()
    QString disposition;
    QString closeNote;
    QDateTime createdAt;
    QDateTime escalatedAt;
    QDateTime enqueuedAt;   // when it last entered a queue (kept across restarts)
    qint64 enqueueOrder = 0; // tie-breaker for equal enqueue times
    QDateTime assignedAt;
    QDateTime closedAt;
    QDateTime lastVisitorAt;
    QDateTime queueEnteredAt; // when it entered its current queue; overflow counts from here (kept across restarts)
    QDateTime formOfferedAt;  // when the visitor, waiting too long, was offered the message form (once)
    std::optional<CustomerIdentity> customer; // the signed-in customer, verified by the router
    QString visitorId; // the web chat page's stable random id for the visitor's browser; empty when unknown

    ConversationSummary summary() const;
};

// Whose earlier conversations to list: a verified customer (issuer and subject), else a browser (visitorId).
struct CustomerKey {
    QString issuer;
    QString subject;
    QString visitorId;
    bool isEmpty() const { return subject.isEmpty() && visitorId.isEmpty(); }
};

// Result of appending a message: the stored row, and whether its clientId was already known.
struct AppendedMessage {
    ChatMessage message;
    bool duplicate = false;
};

struct EscalationRecord {
    QString conversationId;
    QDateTime at;
    QString topic;
    EscalationTrigger trigger = EscalationTrigger::Explicit;
    QString reason;
    QString queueId;
};

struct OfflineMessageRecord {
    qint64 id = 0;
    QString conversationId;
    QString name;
    QString email;
    QString text;
    QString queueId;
    QDateTime at;
    bool handled = false;
    QString handledBy; // user name of who marked it handled
    QDateTime handledAt;
};

struct CannedResponseRecord {
    qint64 id = 0;
    QString shortcut; // typed after "/" in the composer
    QString title;
    QString category;
    QString text;  // may hold placeholders such as {visitor.name}
    QString owner; // empty = shared with everyone
};

struct AuditRecord {
    QString actor;
    QString action;
    QString target;
    QString detail;
    QString desk;
    QDateTime at;
};

} // namespace handoff::store
