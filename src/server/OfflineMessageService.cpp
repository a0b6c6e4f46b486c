#include "server/OfflineMessageService.h"

#include "protocol/FrameCodec.h"
#include "server/ClientConnection.h"
#include "server/ConversationHub.h"
#include "server/DeskSession.h"
#include "server/LiveConversation.h"

#include <QJsonArray>
#include <QSet>

namespace handoff::server {

using protocol::Envelope;
using protocol::ErrorCode;

namespace {

QSet<QString> normalisedSkills(const QStringList &skills)
{
    QSet<QString> out;
    for (const QString &s : skills)
        if (!s.trimmed().isEmpty())
            out.insert(s.trimmed().toLower());
    return out;
}

} // namespace

OfflineMessageService::OfflineMessageService(ConversationHub &hub)
    : m_hub(hub)
{ }

bool OfflineMessageService::handles(const QString &type)
{
    return type == QLatin1String("offline.list") || type == QLatin1String("offline.handle");
}

void OfflineMessageService::handle(ClientConnection *c, const Envelope &e)
{
    if (e.type == QLatin1String("offline.list"))
        list(c, e);
    else
        markHandled(c, e);
}

QString OfflineMessageService::displayName(const QString &user) const
{
    if (user.isEmpty())
        return {};
    const auto u = m_hub.m_store.user(user);
    return u && !u->displayName.isEmpty() ? u->displayName : user;
}

bool OfflineMessageService::canSee(const QString &user, const QString &queueId, QHash<QString, bool> *cache) const
{
    const QString key = user + QChar(0x1f) + queueId;
    if (cache && cache->contains(key))
        return cache->value(key);
    bool visible = false;
    if (const auto u = m_hub.m_store.user(user)) {
        if (u->role == Role::Supervisor) {
            visible = true;
        } else {
            const routing::RoutingConfig &config = m_hub.m_engine.config();
            const routing::QueueDefinition *queue = config.queue(queueId);
            if (!queue)
                queue = config.queue(config.defaultQueue);
            const QSet<QString> needed = queue ? normalisedSkills(queue->requiredSkills) : QSet<QString>();
            visible = normalisedSkills(u->skills).contains(needed);
        }
    }
    if (cache)
        cache->insert(key, visible);
    return visible;
}

QJsonObject OfflineMessageService::toJson(const store::OfflineMessageRecord &m) const
{
    // Topic, page and the bot's fields come from the conversation the message was left in: from its handoff
    // context, or, when the bot still had it, from what the bot had collected (live, or its saved state).
    std::optional<store::ConversationRecord> conversation;
    QList<BotField> botFields;
    if (ConversationHub::Live *l = m_hub.find(m.conversationId)) {
        conversation = l->record;
        if (l->bot)
            botFields = l->bot->fields();
    } else if (!m.conversationId.isEmpty()) {
        conversation = m_hub.m_store.conversation(m.conversationId);
    }
    QString topic, page;
    QJsonArray fields;
    if (conversation) {
        topic = conversation->topic;
        page = conversation->handoff && !conversation->handoff->page.isEmpty() ? conversation->handoff->page
                                                                               : conversation->page;
        if (conversation->handoff)
            botFields = conversation->handoff->fields;
        for (const BotField &f : std::as_const(botFields))
            fields.append(QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("value"), f.value } });
        if (botFields.isEmpty()) // closed while the bot had it: the bot's saved state holds them
            fields = conversation->botState.value(QStringLiteral("fields")).toArray();
    }
    const routing::QueueDefinition *queue = m_hub.m_engine.config().queue(m.queueId);
    return { { QStringLiteral("id"), QString::number(m.id) }, { QStringLiteral("name"), m.name },
        { QStringLiteral("email"), m.email }, { QStringLiteral("text"), m.text },
        { QStringLiteral("queueId"), m.queueId }, { QStringLiteral("queueName"), queue ? queue->name : m.queueId },
        { QStringLiteral("conversationId"), m.conversationId }, { QStringLiteral("at"), toIsoUtc(m.at) },
        { QStringLiteral("topic"), topic }, { QStringLiteral("page"), page }, { QStringLiteral("fields"), fields },
        { QStringLiteral("handledBy"), m.handled ? m.handledBy : QString() },
        { QStringLiteral("handledByName"), m.handled ? displayName(m.handledBy) : QString() },
        { QStringLiteral("handledAt"), m.handled ? toIsoUtc(m.handledAt) : QString() } };
}

void OfflineMessageService::toDesksThatSee(const QString &type, const store::OfflineMessageRecord &m)
{
    // Several routers: their desks hear of it too (they read the message from the store).
    if (m_hub.clustered())
        m_hub.publish(QStringLiteral("offline"), m.conversationId,
            { { QStringLiteral("type"), type }, { QStringLiteral("id"), QString::number(m.id) } });
    toDesksHere(type, m);
}

void OfflineMessageService::otherRouterSaid(const QString &type, qint64 id)
{
    if (type != QLatin1String("offline.new") && type != QLatin1String("offline.handled"))
        return;
    auto read = std::make_shared<std::optional<store::OfflineMessageRecord>>();
    m_hub.write(
        [id, read](store::Store &s) {
            *read = s.offlineMessage(id);
            return true;
        },
        [this, type, read](bool) {
            if (*read)
                toDesksHere(type, **read);
        });
}

void OfflineMessageService::toDesksHere(const QString &type, const store::OfflineMessageRecord &m)
{
    const QByteArray data = protocol::FrameCodec::encodeData({{QStringLiteral("message"), toJson(m)}});
    QHash<QString, bool> cache;
    // Detached sessions get it too: a desk that resumes replays what it missed.
    for (auto &[id, session] : m_hub.m_sessions)
        if (canSee(session->user(), m.queueId, &cache))
            session->pushEncoded(type, data);
}

void OfflineMessageService::messageLeft(const store::OfflineMessageRecord &m)
{
    toDesksThatSee(QStringLiteral("offline.new"), m);
}

void OfflineMessageService::audit(ClientConnection *c, const QString &target, const QString &detail)
{
    QString desk = c->session ? c->session->id() : QString();
    desk += QLatin1Char(' ') + c->peer();
    const store::AuditRecord entry{ c->userName, QStringLiteral("offline.handle"), target,
        detail.left(protocol::kMaxMessageChars), desk.trimmed(), QDateTime::currentDateTimeUtc() };
    m_hub.write([entry](store::Store &s) { return s.addAudit(entry); },
        [this, entry](bool ok) {
            if (!ok)
                m_hub.logEvent(QStringLiteral("store failure: audit entry offline.handle by %1 not stored").arg(entry.actor), LogLevel::Error);
        });
}

void OfflineMessageService::list(ClientConnection *c, const Envelope &e)
{
    const QJsonValue includeValue = e.data.value(QStringLiteral("includeHandled"));
    if (!includeValue.isUndefined() && !includeValue.isNull() && !includeValue.isBool()) {
        c->sendError(e.id, ErrorCode::Invalid, tr("Field \"includeHandled\" must be true or false."));
        return;
    }
    const bool includeHandled = includeValue.toBool(false);
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kHandledListDays);
    QJsonArray messages;
    QHash<QString, bool> cache;
    for (const store::OfflineMessageRecord &m : m_hub.m_store.offlineMessages(includeHandled, since))
        if (canSee(c->userName, m.queueId, &cache))
            messages.append(toJson(m));
    c->sendOk(e.id, { { QStringLiteral("messages"), messages } });
}

void OfflineMessageService::markHandled(ClientConnection *c, const Envelope &e)
{
    const QJsonValue idValue = e.data.value(QStringLiteral("id"));
    bool ok = false;
    const qint64 id = idValue.isString() && idValue.toString().size() <= 20 ? idValue.toString().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        c->sendError(e.id, ErrorCode::Invalid, tr("Field \"id\" must be the id of a left message, e.g. \"17\"."));
        return;
    }
    const QString target = QString::number(id);
    const auto before = m_hub.m_store.offlineMessage(id);
    // A message the caller cannot see is answered exactly like one that does not exist.
    if (!before || !canSee(c->userName, before->queueId)) {
        if (before)
            audit(c, target,
                QStringLiteral("refused: the message is in queue %1, which %2 does not serve")
                    .arg(before->queueId, c->userName));
        c->sendError(e.id, ErrorCode::NotFound, tr("There is no message %1.").arg(target));
        return;
    }
    auto answerConflict = [&](const store::OfflineMessageRecord &handled) {
        Envelope error = Envelope::error(
            e.id, ErrorCode::Conflict, tr("Already handled by %1.").arg(displayName(handled.handledBy)));
        error.data.insert(QStringLiteral("handledBy"), handled.handledBy);
        error.data.insert(QStringLiteral("handledByName"), displayName(handled.handledBy));
        error.data.insert(QStringLiteral("handledAt"), toIsoUtc(handled.handledAt));
        c->send(error);
    };
    if (before->handled) {
        answerConflict(*before);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_hub.m_store.markOfflineMessageHandled(id, c->userName, now)) {
        // Someone else (perhaps through another router) may have been a moment faster.
        const auto after = m_hub.m_store.offlineMessage(id);
        if (after && after->handled)
            answerConflict(*after);
        else
            c->sendError(e.id, ErrorCode::Unavailable, tr("The router could not store that; try again."));
        return;
    }
    store::OfflineMessageRecord handled = *before;
    handled.handled = true;
    handled.handledBy = c->userName;
    handled.handledAt = now;
    audit(c, target,
        QStringLiteral("message from %1 <%2> in queue %3").arg(handled.name, handled.email, handled.queueId));
    m_hub.logEvent(QStringLiteral("offline message %1 handled by %2").arg(target, c->userName));
    c->sendOk(e.id, { { QStringLiteral("message"), toJson(handled) } });
    toDesksThatSee(QStringLiteral("offline.handled"), handled);
}

} // namespace handoff::server
