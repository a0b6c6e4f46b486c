// The vocabulary shared by router, bot, routing, client and desk: messages, handoff context,
// conversation summaries, presence and roles, with their one JSON form (see docs/protocol.md).
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace handoff {

enum class AuthorKind { Visitor, Bot, Agent, System };
enum class EscalationTrigger { Explicit, Unrecognised, Frustration, Topic, External };
enum class ConversationState { Bot, Waiting, Offered, Assigned, Closed };
enum class Presence { Offline, Available, Busy, Away };
enum class Role { Agent, Supervisor };

QString toString(AuthorKind v);
QString toString(EscalationTrigger v);
QString toString(ConversationState v);
QString toString(Presence v);
QString toString(Role v);
std::optional<AuthorKind> authorKindFromString(const QString &s);
std::optional<EscalationTrigger> triggerFromString(const QString &s);
std::optional<ConversationState> conversationStateFromString(const QString &s);
std::optional<Presence> presenceFromString(const QString &s);
std::optional<Role> roleFromString(const QString &s);

// A file a chat line carries. Uploaded ones live in the router (`id`, fetched from
// /api/v1/attachments/ID); ones a bot handed over are links to where the bot keeps them (`url`, never
// fetched by the router). `contentType` is what the router found in the bytes, not what the sender said.
struct Attachment {
    QString id;          // "a_…" for an uploaded file; empty for a link
    QString name;        // the file name as the sender gave it (plain text, never a path)
    qint64 size = -1;    // bytes; -1 when unknown (a link)
    QString contentType; // e.g. "image/png"; "application/octet-stream" when not known
    QString url;         // a link's address (http or https); empty for an uploaded file

    bool isImage() const { return contentType.startsWith(QLatin1String("image/")); }
    QJsonObject toJson() const;
    static std::optional<Attachment> fromJson(const QJsonObject &o);
    bool operator==(const Attachment &) const = default;
};

// One line of a transcript. `id` is the server's; `clientId` is the sender's idempotency key.
struct ChatMessage {
    QString id;
    QString clientId;
    QString conversationId;
    AuthorKind author = AuthorKind::System;
    QString authorId;   // agent user name, empty for visitor/bot/system
    QString authorName; // display name
    QString text;       // always plain text
    QDateTime at;       // UTC
    bool internal = false; // an agents-only note the visitor never sees
    // "" for the transcript; "consult" for a line of the agents' private consult thread (always internal).
    QString thread;
    std::optional<Attachment> attachment; // the file the line carries, if any

    QJsonObject toJson() const;
    // The same object written straight to compact JSON (the router sends every message; building a
    // QJsonObject first cost more than the rest of relaying it).
    QByteArray toJsonBytes() const;
    static std::optional<ChatMessage> fromJson(const QJsonObject &o);
    bool operator==(const ChatMessage &) const = default;
};

// One value the bot collected (kept in the order it was collected).
struct BotField {
    QString name;  // e.g. "order.number"
    QString value; // as the visitor gave it
    bool operator==(const BotField &) const = default;
};

// Everything the bot (ours or an external one) knew when it handed the conversation over.
struct HandoffContext {
    EscalationTrigger trigger = EscalationTrigger::Explicit;
    QString reason;        // human-readable sentence
    QString lastTopic;     // e.g. "order-status"
    QList<BotField> fields;
    QString language;      // BCP 47, e.g. "en-US"
    QString page;          // URL the visitor was on
    QString source;        // "bot" (built-in), "api", "copilot-studio"
    QString agentMessage;  // private note to the agent from the bot, if any
    QDateTime at;          // when the bot handed off (UTC)

    QString field(const QString &name) const; // empty when absent
    QJsonObject toJson() const;
    static std::optional<HandoffContext> fromJson(const QJsonObject &o);
    bool operator==(const HandoffContext &) const = default;
};

// A signed-in customer as the website's ID token proved them. The router alone makes one, from a token it
// verified; nothing a visitor or a bot sends becomes one.
struct CustomerIdentity {
    QString issuer;  // the token's `iss`: subjects are unique per issuer
    QString subject; // `sub`
    QString name;
    QString email;
    QList<BotField> claims; // further claims the router is configured to keep

    QJsonObject toJson() const; // with "verified": true
    static std::optional<CustomerIdentity> fromJson(const QJsonObject &o);
    bool operator==(const CustomerIdentity &) const = default;
};

struct ConversationSummary {
    QString id;
    ConversationState state = ConversationState::Bot;
    QString queueId;
    QString agentId;
    QString agentName;
    QString visitorName;
    QString topic;
    QDateTime createdAt;
    QDateTime escalatedAt;
    QDateTime assignedAt;
    QDateTime closedAt;
    QDateTime lastVisitorAt; // last visitor message, for "waiting since"
    std::optional<HandoffContext> handoff;
    std::optional<CustomerIdentity> customer; // a verified signed-in customer

    QJsonObject toJson() const;
    static std::optional<ConversationSummary> fromJson(const QJsonObject &o);
};

// Helpers for the JSON form of timestamps: ISO 8601 UTC with milliseconds.
QString toIsoUtc(const QDateTime &t);
QDateTime fromIsoUtc(const QString &s);

} // namespace handoff
