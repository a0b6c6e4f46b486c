// Value types the desk's core keeps besides the shared protocol vocabulary: delivery state of my own
// messages, queue figures, offers and canned responses, each with its JSON form where the router sends it.
#pragma once

#include "protocol/DomainTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace handoff {

// What happened to a line the agent typed: on disk only, acknowledged by the router, or refused.
enum class DeliveryState { Queued, Sent, Failed };
QString toString(DeliveryState v);
DeliveryState deliveryStateFromString(const QString &s);

struct QueueStatus {
    QString id;
    QString name;
    int waiting = 0;
    int longestWaitSeconds = 0;
    int agentsAvailable = 0;
    int agentsSignedIn = 0;
    bool open = true;

    static QueueStatus fromJson(const QJsonObject &o);
};

// A chat offered to me, with everything needed to decide: who, why, since when.
struct OfferInfo {
    QString conversationId;
    QDateTime offeredAt;
    QDateTime expiresAt;
    ConversationSummary conversation;
    QList<ChatMessage> messages;

    // Parses {"offer": Offer, "conversation": Summary, "messages": [...]}.
    static std::optional<OfferInfo> fromJson(const QJsonObject &o);
};

// A consult about one chat (docs/protocol.md, "Consult"): the chat's agent asks a colleague, privately.
struct ConsultInfo {
    QString conversationId;
    QString agentId; // who asks (the chat's agent)
    QString agentName;
    QString consultantId; // who is asked
    QString consultantName;
    bool active = false; // accepted; otherwise an invitation until expiresAt
    bool canHandOver = true; // the colleague takes chats (not a supervisor)
    QDateTime expiresAt;
    ConversationSummary conversation; // the chat asked about (visitor, topic); may be known only by id

    // Parses a Consult object and, when given, the Summary sent with it.
    static std::optional<ConsultInfo> fromJson(const QJsonObject &consult, const QJsonObject &conversation = {});
};

struct CannedResponse {
    QString id;
    QString shortcut; // without the leading "/"
    QString title;
    QString category;
    QString text; // may hold {placeholders}
    bool personal = false; // stored on this computer only

    QJsonObject toJson() const;
    static CannedResponse fromJson(const QJsonObject &o);
};

struct OutboxItem {
    QString clientId;
    QString conversationId;
    QString text;
    bool internal = false;
    QDateTime createdAt;
    DeliveryState state = DeliveryState::Queued;
    QString error; // why it failed, for the agent
    int attempts = 0;
};

// The visitor's answer to the post-chat survey (docs/protocol.md, conversation.rated).
struct VisitorRating {
    int rating = 0; // 1 … 5
    QString comment;
    QDateTime at;

    static std::optional<VisitorRating> fromJson(const QJsonObject &o);
};

struct SearchHit {
    QString conversationId;
    QString messageId;
    QString visitorName;
    QString snippet; // plain text with the match
    QDateTime at;
};

// Parses a list of ChatMessage objects, skipping malformed ones.
QList<ChatMessage> messagesFromJson(const QJsonValue &array);

} // namespace handoff
