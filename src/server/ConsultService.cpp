#include "server/ConsultService.h"

#include "server/ClientConnection.h"
#include "server/ConversationHub.h"
#include "server/DeskSession.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"

#include <QPointer>

namespace handoff::server {

using protocol::Envelope;
using protocol::ErrorCode;
using hub::field;
using hub::Text;

namespace {

const QString kConsultThread = QStringLiteral("consult");

} // namespace

ConsultService::ConsultService(ConversationHub &hub)
    : m_hub(hub)
{
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &ConsultService::sweep);
    m_sweep.start();
}

bool ConsultService::handles(const QString &type)
{
    return type.startsWith(QLatin1String("consult."));
}

void ConsultService::handle(ClientConnection *c, const Envelope &e)
{
    static const QHash<QString, Handler> handlers {
        { QStringLiteral("consult.invite"), &ConsultService::invite },
        { QStringLiteral("consult.accept"), &ConsultService::accept },
        { QStringLiteral("consult.decline"), &ConsultService::decline },
        { QStringLiteral("consult.say"), &ConsultService::say },
        { QStringLiteral("consult.end"), &ConsultService::end },
        { QStringLiteral("consult.handover"), &ConsultService::handOver },
    };
    const Handler handler = handlers.value(e.type);
    if (!handler) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Unknown request type \"%1\".").arg(e.type));
        return;
    }
    (this->*handler)(c, e);
}

QJsonObject ConsultService::consultJson(const Consult &k) const
{
    return { { QStringLiteral("conversationId"), k.conversationId }, { QStringLiteral("agentId"), k.agent },
        { QStringLiteral("agentName"), m_hub.m_users.value(k.agent).displayName.isEmpty()
                ? k.agent
                : m_hub.m_users.value(k.agent).displayName },
        { QStringLiteral("consultantId"), k.consultant },
        { QStringLiteral("consultantName"), m_hub.m_users.value(k.consultant).displayName.isEmpty()
                ? k.consultant
                : m_hub.m_users.value(k.consultant).displayName },
        // Supervisors take no chats: a consult with one ends without a hand-over.
        { QStringLiteral("canHandOver"), m_hub.m_users.value(k.consultant).role == Role::Agent },
        { QStringLiteral("state"), k.accepted ? QStringLiteral("active") : QStringLiteral("invited") },
        { QStringLiteral("expiresAt"), k.accepted ? QString() : toIsoUtc(k.expiresAt) } };
}

ConsultService::Consult *ConsultService::consultOf(ClientConnection *c, const Envelope &e, Part part)
{
    const QString id = field(e.data, "conversationId");
    const auto it = m_consults.find(id);
    const bool agent = it != m_consults.end() && it->agent == c->userName;
    const bool consultant = it != m_consults.end() && it->consultant == c->userName;
    const bool fits = part == Part::Agent ? agent : part == Part::Consultant ? consultant : agent || consultant;
    if (!fits) {
        // Whether someone else consults on it is none of the caller's business.
        c->sendError(e.id, ErrorCode::NotFound, Text::tr("You have no consult on the chat %1.").arg(id));
        return nullptr;
    }
    return &*it;
}

void ConsultService::invite(ClientConnection *c, const Envelope &e)
{
    // Only the chat's own agent invites (ownChat answers not_found / forbidden / conflict otherwise).
    ConversationHub::Live *l = m_hub.ownChat(c, e, false);
    if (!l)
        return;
    const QString colleague = field(e.data, "agentId");
    const auto target = m_hub.userRecord(colleague);
    if (!target) {
        c->sendError(e.id, ErrorCode::NotFound, Text::tr("There is no agent %1.").arg(colleague));
        return;
    }
    if (target->name == c->userName) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Consult a colleague, not yourself."));
        return;
    }
    if (m_consults.contains(l->record.id)) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("This chat already has a consult; end it first."));
        return;
    }
    const QString name = target->displayName.isEmpty() ? target->name : target->displayName;
    if (m_hub.attachedDesks(target->name) == 0) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("%1 is not signed in.").arg(name));
        return;
    }
    Consult k { l->record.id, c->userName, target->name,
        QDateTime::currentDateTimeUtc().addSecs(kInvitationSeconds), false };
    m_consults.insert(k.conversationId, k);
    m_hub.logEvent(QStringLiteral("consult: %1 invited %2 to %3").arg(c->userName, target->name, k.conversationId));
    const QJsonObject consult = consultJson(k);
    c->sendOk(e.id, { { QStringLiteral("consult"), consult } });
    m_hub.toUser(c->userName, QStringLiteral("consult.updated"), { { QStringLiteral("consult"), consult } }, c);
    // The invitation shows who asks about what, not the transcript: that comes with the acceptance.
    m_hub.toUser(target->name, QStringLiteral("consult.invited"),
        { { QStringLiteral("consult"), consult }, { QStringLiteral("conversation"), l->record.summary().toJson() } });
}

void ConsultService::accept(ClientConnection *c, const Envelope &e)
{
    Consult *k = consultOf(c, e, Part::Consultant);
    if (!k)
        return;
    ConversationHub::Live *l = m_hub.find(k->conversationId);
    if (!l) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("The chat %1 is closed.").arg(k->conversationId));
        return;
    }
    k->accepted = true;
    const QJsonObject consult = consultJson(*k);
    m_hub.logEvent(QStringLiteral("consult: %1 accepted on %2").arg(c->userName, k->conversationId));
    // The transcript with the internal notes and the consult thread, read-only for the consultant.
    QJsonObject answer = m_hub.conversationWithMessages(*l, true);
    answer.insert(QStringLiteral("consult"), consult);
    c->sendOk(e.id, answer);
    m_hub.toUser(c->userName, QStringLiteral("consult.started"), answer, c);
    m_hub.toUser(k->agent, QStringLiteral("consult.updated"), { { QStringLiteral("consult"), consult } });
}

void ConsultService::decline(ClientConnection *c, const Envelope &e)
{
    Consult *k = consultOf(c, e, Part::Consultant);
    if (!k)
        return;
    if (k->accepted) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("The consult has started; end it instead."));
        return;
    }
    c->sendOk(e.id);
    finish(k->conversationId, QStringLiteral("declined"), c->userName);
}

void ConsultService::say(ClientConnection *c, const Envelope &e)
{
    Consult *k = consultOf(c, e, Part::Either);
    if (!k)
        return;
    QString clientId, text;
    if (!hub::requireId(c, e, "clientId", &clientId) || !hub::requireText(c, e, "text", &text))
        return;
    ConversationHub::Live *l = m_hub.find(k->conversationId);
    if (!k->accepted || !l) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("The consult has not started."));
        return;
    }
    ChatMessage m;
    m.clientId = clientId;
    m.author = AuthorKind::Agent;
    m.authorId = c->userName;
    m.authorName = m_hub.displayName(c->userName);
    m.text = text;
    m.internal = true; // never to the visitor, whatever else changes
    m.thread = kConsultThread;
    QPointer<ClientConnection> sender(c);
    const QString re = e.id;
    const QString user = c->userName;
    const QString agent = k->agent;
    m_hub.storeMessage(*l, m, [this, sender, re, user, agent](const std::optional<ChatMessage> &stored, bool duplicate) {
        if (!stored) {
            if (sender)
                sender->sendError(re, ErrorCode::Unavailable, Text::tr("The router could not store the message; send it again."));
            return;
        }
        const QByteArray event = hub::encodedMessageEvent(*stored);
        if (sender)
            sender->sendOkEncoded(re, event);
        if (duplicate)
            return;
        // The agent's desks get it as every line of their chat; the consultant's through messageStored().
        m_hub.toUserEncoded(agent, QStringLiteral("message"), event, user == agent ? sender.data() : nullptr);
    });
}

void ConsultService::end(ClientConnection *c, const Envelope &e)
{
    Consult *k = consultOf(c, e, Part::Either);
    if (!k)
        return;
    c->sendOk(e.id);
    finish(k->conversationId, QStringLiteral("ended"), c->userName);
}

void ConsultService::handOver(ClientConnection *c, const Envelope &e)
{
    Consult *k = consultOf(c, e, Part::Agent);
    if (!k)
        return;
    const QString note = field(e.data, "note");
    if (hub::characterCount(note) > protocol::kMaxMessageChars) {
        c->sendError(e.id, ErrorCode::TooLarge,
                     Text::tr("The note is longer than %1 characters.").arg(protocol::kMaxMessageChars));
        return;
    }
    ConversationHub::Live *l = m_hub.find(k->conversationId);
    const auto target = m_hub.userRecord(k->consultant);
    if (!k->accepted || !l) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("The consult has not started."));
        return;
    }
    if (!target || target->role != Role::Agent) {
        c->sendError(e.id, ErrorCode::Conflict,
                     Text::tr("%1 is a supervisor and takes no chats.").arg(m_hub.displayName(k->consultant)));
        return;
    }
    const Consult consult = *k;
    m_consults.remove(consult.conversationId); // before the chat moves: the sweep must not call it "moved"
    const QString id = consult.conversationId;
    const QString byName = m_hub.displayName(c->userName);
    const QString previous = m_hub.assignTo(*l, *target);
    // The note the new agent reads first: an internal line just before their arrival, and in the event.
    if (!note.trimmed().isEmpty())
        m_hub.addLine(*l, AuthorKind::Agent, note, true, c->userName, byName);
    const store::AuditRecord audit { c->userName, QStringLiteral("consult.handover"), id,
        QStringLiteral("to agent %1").arg(target->name), c->session ? c->session->id() : QString(),
        QDateTime::currentDateTimeUtc() };
    m_hub.write([audit](store::Store &s) { return s.addAudit(audit); });
    m_hub.logEvent(QStringLiteral("consult: %1 handed %2 over to %3").arg(c->userName, id, target->name));
    c->sendOk(e.id);
    m_hub.toUser(previous, QStringLiteral("conversation.removed"),
        { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("transferred") },
            { QStringLiteral("by"), c->userName },
            { QStringLiteral("text"), Text::tr("%1 handed this chat over to %2.").arg(byName, l->record.agentName) } });
    m_hub.sendPresence(previous);
    m_hub.toUser(target->name, QStringLiteral("consult.ended"),
        { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("handed_over") },
            { QStringLiteral("by"), c->userName }, { QStringLiteral("note"), note } });
    m_hub.welcomeAgent(*l);
    m_hub.sendStatus(*l, false);
    m_hub.pump();
}

void ConsultService::finish(const QString &conversationId, const QString &reason, const QString &by)
{
    const auto it = m_consults.find(conversationId);
    if (it == m_consults.end())
        return;
    const Consult k = *it;
    m_consults.erase(it);
    m_hub.logEvent(QStringLiteral("consult: %1 on %2 ended (%3)").arg(k.consultant, conversationId, reason));
    const QJsonObject data { { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("reason"), reason },
        { QStringLiteral("by"), by } };
    m_hub.toUser(k.agent, QStringLiteral("consult.ended"), data);
    m_hub.toUser(k.consultant, QStringLiteral("consult.ended"), data);
}

void ConsultService::sweep()
{
    if (m_consults.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> ending;
    for (const Consult &k : std::as_const(m_consults)) {
        const ConversationHub::Live *l = m_hub.find(k.conversationId);
        if (!l)
            ending.append({ k.conversationId, QStringLiteral("closed") });
        else if (l->record.state != ConversationState::Assigned || l->record.agentId != k.agent)
            ending.append({ k.conversationId, QStringLiteral("moved") });
        else if (!k.accepted && k.expiresAt <= now)
            ending.append({ k.conversationId, QStringLiteral("expired") });
    }
    for (const auto &[id, reason] : ending)
        finish(id, reason);
}

void ConsultService::messageStored(const ChatMessage &message)
{
    const auto it = m_consults.constFind(message.conversationId);
    if (it == m_consults.cend() || !it->accepted)
        return;
    m_hub.toUser(it->consultant, QStringLiteral("consult.message"),
        { { QStringLiteral("conversationId"), message.conversationId }, { QStringLiteral("message"), message.toJson() } });
}

bool ConsultService::isConsultant(const QString &conversationId, const QString &user) const
{
    const auto it = m_consults.constFind(conversationId);
    return it != m_consults.cend() && it->accepted && it->consultant == user;
}

QJsonArray ConsultService::snapshotFor(const QString &user) const
{
    QJsonArray list;
    for (const Consult &k : m_consults) {
        if (k.agent != user && k.consultant != user)
            continue;
        const auto l = m_hub.m_open.find(k.conversationId);
        if (l == m_hub.m_open.end())
            continue;
        QJsonObject entry { { QStringLiteral("consult"), consultJson(k) } };
        if (k.consultant == user && k.accepted)
            entry = m_hub.conversationWithMessages(*l->second, true);
        else
            entry.insert(QStringLiteral("conversation"), l->second->record.summary().toJson());
        entry.insert(QStringLiteral("consult"), consultJson(k));
        list.append(entry);
    }
    return list;
}

} // namespace handoff::server
