#include "protocol/DomainTypes.h"

#include "protocol/FrameCodec.h"

#include <QJsonDocument>
#include <array>
#include <utility>

namespace handoff {

namespace {

template<typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[e, n] : table)
        if (e == v)
            return QString::fromLatin1(n);
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[e, n] : table)
        if (s == QLatin1String(n))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<AuthorKind, const char *>, 4> kAuthors{{
    {AuthorKind::Visitor, "visitor"}, {AuthorKind::Bot, "bot"}, {AuthorKind::Agent, "agent"}, {AuthorKind::System, "system"}}};
constexpr std::array<std::pair<EscalationTrigger, const char *>, 5> kTriggers{{{EscalationTrigger::Explicit, "explicit"},
                                                                              {EscalationTrigger::Unrecognised, "unrecognised"},
                                                                              {EscalationTrigger::Frustration, "frustration"},
                                                                              {EscalationTrigger::Topic, "topic"},
                                                                              {EscalationTrigger::External, "external"}}};
constexpr std::array<std::pair<ConversationState, const char *>, 5> kStates{{{ConversationState::Bot, "bot"},
                                                                            {ConversationState::Waiting, "waiting"},
                                                                            {ConversationState::Offered, "offered"},
                                                                            {ConversationState::Assigned, "assigned"},
                                                                            {ConversationState::Closed, "closed"}}};
constexpr std::array<std::pair<Presence, const char *>, 4> kPresence{
    {{Presence::Offline, "offline"}, {Presence::Available, "available"}, {Presence::Busy, "busy"}, {Presence::Away, "away"}}};
constexpr std::array<std::pair<Role, const char *>, 2> kRoles{{{Role::Agent, "agent"}, {Role::Supervisor, "supervisor"}}};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString toString(AuthorKind v) { return nameOf(kAuthors, v); }
QString toString(EscalationTrigger v) { return nameOf(kTriggers, v); }
QString toString(ConversationState v) { return nameOf(kStates, v); }
QString toString(Presence v) { return nameOf(kPresence, v); }
QString toString(Role v) { return nameOf(kRoles, v); }
std::optional<AuthorKind> authorKindFromString(const QString &s) { return valueOf(kAuthors, s); }
std::optional<EscalationTrigger> triggerFromString(const QString &s) { return valueOf(kTriggers, s); }
std::optional<ConversationState> conversationStateFromString(const QString &s) { return valueOf(kStates, s); }
std::optional<Presence> presenceFromString(const QString &s) { return valueOf(kPresence, s); }
std::optional<Role> roleFromString(const QString &s) { return valueOf(kRoles, s); }

QString toIsoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("conversationId"), conversationId},
                  {QStringLiteral("author"), toString(author)},
                  {QStringLiteral("authorName"), authorName},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("at"), toIsoUtc(at)},
                  {QStringLiteral("clientId"), clientId},
                  {QStringLiteral("authorId"), authorId},
                  {QStringLiteral("internal"), internal},
                  {QStringLiteral("thread"), thread}};
    if (attachment)
        o.insert(QStringLiteral("attachment"), attachment->toJson());
    return o;
}

QByteArray ChatMessage::toJsonBytes() const
{
    QByteArray out;
    out.reserve(160 + text.size() * 3);
    const auto field = [&out](const char *name, QStringView value) {
        out.append(name);
        protocol::FrameCodec::appendJsonString(out, value);
    };
    field("{\"id\":", id);
    field(",\"conversationId\":", conversationId);
    field(",\"author\":", toString(author));
    field(",\"authorName\":", authorName);
    field(",\"text\":", text);
    field(",\"at\":", toIsoUtc(at));
    // Every field, with its empty value when it has none: receivers never guess (docs/protocol.md).
    field(",\"clientId\":", clientId);
    field(",\"authorId\":", authorId);
    out.append(internal ? ",\"internal\":true" : ",\"internal\":false");
    field(",\"thread\":", thread);
    if (attachment) {
        out.append(",\"attachment\":");
        out.append(QJsonDocument(attachment->toJson()).toJson(QJsonDocument::Compact));
    }
    out.append('}');
    return out;
}

std::optional<ChatMessage> ChatMessage::fromJson(const QJsonObject &o)
{
    const auto author = authorKindFromString(str(o, "author"));
    if (!author || !o.value(QStringLiteral("text")).isString())
        return std::nullopt;
    ChatMessage m;
    m.id = str(o, "id");
    m.clientId = str(o, "clientId");
    m.conversationId = str(o, "conversationId");
    m.author = *author;
    m.authorId = str(o, "authorId");
    m.authorName = str(o, "authorName");
    m.text = str(o, "text");
    m.at = fromIsoUtc(str(o, "at"));
    m.internal = o.value(QStringLiteral("internal")).toBool();
    m.thread = str(o, "thread");
    if (o.value(QStringLiteral("attachment")).isObject())
        m.attachment = Attachment::fromJson(o.value(QStringLiteral("attachment")).toObject());
    return m;
}

QJsonObject Attachment::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("contentType"), contentType}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (size >= 0)
        o.insert(QStringLiteral("size"), size);
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url);
    return o;
}

std::optional<Attachment> Attachment::fromJson(const QJsonObject &o)
{
    Attachment a;
    a.id = str(o, "id");
    a.name = str(o, "name");
    a.size = o.value(QStringLiteral("size")).isDouble() ? static_cast<qint64>(o.value(QStringLiteral("size")).toDouble()) : -1;
    a.contentType = str(o, "contentType");
    a.url = str(o, "url");
    if (a.id.isEmpty() == a.url.isEmpty()) // exactly one of them: a stored file or a link
        return std::nullopt;
    if (a.contentType.isEmpty())
        a.contentType = QStringLiteral("application/octet-stream");
    return a;
}

QString HandoffContext::field(const QString &name) const
{
    for (const BotField &f : fields)
        if (f.name == name)
            return f.value;
    return {};
}

QJsonObject HandoffContext::toJson() const
{
    QJsonArray fs;
    for (const BotField &f : fields)
        fs.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}});
    return QJsonObject{{QStringLiteral("trigger"), toString(trigger)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("lastTopic"), lastTopic},
                       {QStringLiteral("fields"), fs},
                       {QStringLiteral("language"), language},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("agentMessage"), agentMessage},
                       {QStringLiteral("at"), toIsoUtc(at)}};
}

std::optional<HandoffContext> HandoffContext::fromJson(const QJsonObject &o)
{
    const auto trig = triggerFromString(str(o, "trigger"));
    if (!trig)
        return std::nullopt;
    HandoffContext h;
    h.trigger = *trig;
    h.reason = str(o, "reason");
    h.lastTopic = str(o, "lastTopic");
    const QJsonArray fs = o.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &v : fs) {
        const QJsonObject f = v.toObject();
        if (!f.value(QStringLiteral("name")).toString().isEmpty())
            h.fields.append({str(f, "name"), str(f, "value")});
    }
    h.language = str(o, "language");
    h.page = str(o, "page");
    h.source = str(o, "source");
    h.agentMessage = str(o, "agentMessage");
    h.at = fromIsoUtc(str(o, "at"));
    return h;
}

QJsonObject ConversationSummary::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("state"), toString(state)},
                  {QStringLiteral("queueId"), queueId},
                  {QStringLiteral("agentId"), agentId},
                  {QStringLiteral("agentName"), agentName},
                  {QStringLiteral("visitorName"), visitorName},
                  {QStringLiteral("topic"), topic},
                  {QStringLiteral("createdAt"), toIsoUtc(createdAt)},
                  {QStringLiteral("escalatedAt"), toIsoUtc(escalatedAt)},
                  {QStringLiteral("assignedAt"), toIsoUtc(assignedAt)},
                  {QStringLiteral("closedAt"), toIsoUtc(closedAt)},
                  {QStringLiteral("lastVisitorAt"), toIsoUtc(lastVisitorAt)}};
    if (handoff)
        o.insert(QStringLiteral("handoff"), handoff->toJson());
    if (customer)
        o.insert(QStringLiteral("customer"), customer->toJson());
    return o;
}

std::optional<ConversationSummary> ConversationSummary::fromJson(const QJsonObject &o)
{
    const auto state = conversationStateFromString(str(o, "state"));
    if (str(o, "id").isEmpty() || !state)
        return std::nullopt;
    ConversationSummary c;
    c.id = str(o, "id");
    c.state = *state;
    c.queueId = str(o, "queueId");
    c.agentId = str(o, "agentId");
    c.agentName = str(o, "agentName");
    c.visitorName = str(o, "visitorName");
    c.topic = str(o, "topic");
    c.createdAt = fromIsoUtc(str(o, "createdAt"));
    c.escalatedAt = fromIsoUtc(str(o, "escalatedAt"));
    c.assignedAt = fromIsoUtc(str(o, "assignedAt"));
    c.closedAt = fromIsoUtc(str(o, "closedAt"));
    c.lastVisitorAt = fromIsoUtc(str(o, "lastVisitorAt"));
    if (o.value(QStringLiteral("handoff")).isObject())
        c.handoff = HandoffContext::fromJson(o.value(QStringLiteral("handoff")).toObject());
    if (o.value(QStringLiteral("customer")).isObject())
        c.customer = CustomerIdentity::fromJson(o.value(QStringLiteral("customer")).toObject());
    return c;
}

QJsonObject CustomerIdentity::toJson() const
{
    QJsonArray list;
    for (const BotField &f : claims)
        list.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}});
    return {{QStringLiteral("issuer"), issuer}, {QStringLiteral("subject"), subject}, {QStringLiteral("name"), name},
            {QStringLiteral("email"), email},   {QStringLiteral("claims"), list},     {QStringLiteral("verified"), true}};
}

std::optional<CustomerIdentity> CustomerIdentity::fromJson(const QJsonObject &o)
{
    if (str(o, "subject").isEmpty())
        return std::nullopt;
    CustomerIdentity c;
    c.issuer = str(o, "issuer");
    c.subject = str(o, "subject");
    c.name = str(o, "name");
    c.email = str(o, "email");
    for (const QJsonValue &v : o.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject f = v.toObject();
        if (!str(f, "name").isEmpty())
            c.claims.append({str(f, "name"), str(f, "value")});
    }
    return c;
}

} // namespace handoff
