// The rows the router keeps, as plain values passed across the Store interface.
#pragma once

#include "protocol/DomainTypes.h"

#include <QDateTime>
#include <QHash>
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

// One thing that happened to a conversation in its queues (table contact_events; the kinds are listed in
// sql/*/009_contact_events.sql): what the KPI report is computed from.
struct ContactEventRecord {
    QString conversationId;
    QString kind; // entered, answered, abandoned, missed, transferred, closed
    QString queueId;
    QString agentId;
    QString detail;
    QDateTime at;
    qint64 waitMs = 0;
    qint64 handleMs = 0;
};

// What the KPI sums depend on beyond the events: each queue's service-level threshold and the shortest
// wait an abandon counts after.
struct KpiThresholds {
    QHash<QString, qint64> serviceLevelMs; // by queue id
    qint64 defaultServiceLevelMs = 20000;  // queues not listed (removed from the routing file since)
    qint64 shortAbandonMs = 0;
};

// The KPI sums of one queue and agent over a period (agentId empty for what no agent took part in:
// queue entries and abandons). Counted by when each event happened.
struct KpiSums {
    QString queueId;
    QString agentId;
    qint64 entered = 0;
    qint64 answered = 0;
    qint64 answeredInServiceLevel = 0;
    qint64 answerWaitMs = 0;
    qint64 abandoned = 0;      // after at least the short-abandon time
    qint64 shortAbandoned = 0; // before it: left out of the abandon figures
    qint64 abandonWaitMs = 0;
    qint64 handled = 0;        // closed or transferred while an agent had it
    qint64 handleMs = 0;
    qint64 missed = 0;
    qint64 declined = 0;       // of the missed
    qint64 transferred = 0;
};

// A file uploaded into a conversation; its bytes are in the data directory under their SHA-256.
struct AttachmentRecord {
    QString id; // "a_…"
    QString conversationId;
    QString sha256; // hex, lower case
    QString name;
    qint64 size = 0;
    QString contentType;
    AuthorKind uploaderKind = AuthorKind::Visitor;
    QString uploaderId; // the agent's user name; empty for the visitor
    QDateTime at;

    Attachment reference() const { return Attachment{id, name, size, contentType, {}}; }
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

// Events out (schema 10). A webhook endpoint: events it wants (empty: all), its signing secret.
struct WebhookRecord {
    QString id;
    QString url;
    QString secret;
    QStringList events;
    QDateTime createdAt;
};

// What a bot named when it handed a conversation over through the handoff API: where handoff.status
// events go, and what they answer to.
struct HandoffCallbackRecord {
    QString conversationId;
    QString url;
    QString apiTokenName;
    QString source;     // "api" or "copilot-studio"
    QString externalId; // the bot's conversation id
    QJsonObject relatesTo;
};

// One delivery in the outbox: a webhook event or a handoff.status callback, body as sent.
struct WebhookDelivery {
    qint64 id = 0;
    QString webhookId; // the endpoint, or "callback" for a handoff.status
    QString url;
    QString secret;
    QString event;
    QString conversationId;
    QByteArray body;
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt;
    bool givenUp = false;
    int lastStatus = 0;
    QString lastError;
};

// A visitor's request for their transcript by e-mail, in the outbox until it is sent or given up.
struct TranscriptMailRecord {
    qint64 id = 0;
    QString conversationId;
    QString address;       // the one recipient, checked before it is stored
    QString requestedFrom; // the visitor's address (IP) when they asked
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    bool givenUp = false;
    QString lastError;
};

// The visitor's answer to the post-chat survey: one per conversation.
struct RatingRecord {
    QString conversationId;
    int rating = 0; // 1 (bad) … 5 (very good)
    QString comment;
    QString queueId; // the conversation's queue and agent when it was rated
    QString agentId;
    QDateTime at;
};

} // namespace handoff::store
