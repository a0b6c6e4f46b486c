// What a signed-in desk asks for: presence, offers (accept, decline), messages, typing, history,
// transfer (and the colleagues it can go to), close and canned responses. Role and ownership are checked on every request.
#include "server/ConversationHub.h"

#include "server/ClientConnection.h"
#include "server/ConsultService.h"
#include "server/Metrics.h"
#include "server/SupervisorService.h"
#include "server/DeskSession.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "store/SecretToken.h"

#include <QJsonArray>

namespace handoff::server {

using store::SecretToken;
using namespace hub;

void ConversationHub::deskPresence(ClientConnection *c, const Envelope &e)
{
    const auto presence = presenceFromString(field(e.data, "presence"));
    if (!presence || *presence == Presence::Busy) {
        c->sendError(
            e.id, ErrorCode::Invalid, Text::tr("Field \"presence\" must be \"available\", \"away\" or \"offline\"."));
        return;
    }
    if (isSupervisor(c->userName)) {
        c->sendOk(e.id, {{QStringLiteral("presence"), toString(*presence)}});
        return;
    }
    m_chosenPresence.insert(c->userName, *presence);
    m_engine.setPresence(c->userName, *presence);
    logEvent(QStringLiteral("presence: %1 chose %2").arg(c->userName, toString(*presence)));
    c->sendOk(e.id, {{QStringLiteral("presence"), toString(*presence)}});
    sendPresence(c->userName);
    pump();
}

void ConversationHub::deskAccept(ClientConnection *c, const Envelope &e)
{
    QString id;
    if (!requireId(c, e, "conversationId", &id))
        return;
    Live *l = find(id);
    const auto offer = m_engine.offerFor(id);
    if (!l || ((!offer || offer->agentId != c->userName) && l->record.agentId != c->userName)) {
        if (l && (l->record.state == ConversationState::Waiting || l->record.state == ConversationState::Offered))
            c->sendError(
                e.id, ErrorCode::Conflict, Text::tr("The offer of %1 expired or went to someone else.").arg(id));
        else
            c->sendError(e.id, ErrorCode::NotFound, Text::tr("No chat %1 is offered to you.").arg(id));
        return;
    }
    if (l->record.state == ConversationState::Assigned && l->record.agentId == c->userName) {
        c->sendOk(e.id, conversationWithMessages(*l, true)); // a repeated accept after a drop
        return;
    }
    if (!m_engine.accept(id, c->userName)) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("The offer of %1 expired or went to someone else.").arg(id));
        return;
    }
    const QString agentName = displayName(c->userName);
    l->record.state = ConversationState::Assigned;
    l->record.agentId = c->userName;
    l->record.agentName = agentName;
    l->record.assignedAt = QDateTime::currentDateTimeUtc();
    const QString user = c->userName;
    {
        const QDateTime entered = l->record.queueEnteredAt.isValid() ? l->record.queueEnteredAt : l->record.enqueuedAt;
        contactEvent(l->record, QStringLiteral("answered"), user, {}, l->record.assignedAt,
                     msBetween(entered, l->record.assignedAt));
    }
    save(*l, [this, id, user](bool ok) {
        Live *l = find(id);
        if (ok || !l || l->record.state != ConversationState::Assigned || l->record.agentId != user)
            return;
        // The assignment never reached the disk: the chat waits again. Everything said about it meanwhile
        // was held back behind this write and goes out now, followed by the correction.
        logEvent(QStringLiteral("store failure: the assignment of %1 to %2 was not stored; it waits again").arg(id, user), LogLevel::Error);
        m_engine.assignmentEnded(user, id);
        m_engine.enqueueAt(id, {l->record.queueId, l->record.priority, l->record.requiredSkills, {}},
                           l->record.enqueuedAt);
        l->record.state = ConversationState::Waiting;
        l->record.agentId.clear();
        l->record.agentName.clear();
        l->record.assignedAt = QDateTime();
        toUser(user, QStringLiteral("conversation.removed"),
               {{QStringLiteral("conversationId"), id},
                {QStringLiteral("reason"), QStringLiteral("failed")},
                {QStringLiteral("text"), Text::tr("The router could not store the assignment; the chat waits again.")}});
        sendStatus(*l, false);
        pump();
    });
    ++Metrics::instance().offers[Metrics::Accepted];
    logEvent(QStringLiteral("assigned: %1 to %2").arg(id, c->userName));
    // Transcript lines are in the visitor's language, like the bot's (docs/translations.md).
    const auto joined = addLine(
        *l, AuthorKind::System,
        forVisitor(visitorLanguage(l->record), QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "%1 joined the chat"))
            .arg(agentName));
    toVisitors(*l, QStringLiteral("agent.joined"), {{QStringLiteral("agentName"), agentName}});
    if (joined)
        toVisitors(*l, QStringLiteral("message"), {{QStringLiteral("message"), joined->toJson()}});
    sendStatus(*l, false);
    const QJsonObject assigned = conversationWithMessages(*l, true);
    c->sendOk(e.id, assigned);
    toUser(c->userName, QStringLiteral("conversation.assigned"), assigned);
    sendPresence(c->userName);
    pump();
}

void ConversationHub::deskDecline(ClientConnection *c, const Envelope &e)
{
    QString id;
    if (!requireId(c, e, "conversationId", &id))
        return;
    const auto offer = m_engine.offerFor(id);
    if (!offer || offer->agentId != c->userName) {
        c->sendError(e.id, ErrorCode::NotFound, Text::tr("No chat %1 is offered to you.").arg(id));
        return;
    }
    if (Live *l = find(id)) {
        l->record.state = ConversationState::Waiting;
        save(*l);
    }
    ++Metrics::instance().offers[Metrics::Declined];
    if (Live *l = find(id))
        contactEvent(l->record, QStringLiteral("missed"), c->userName, QStringLiteral("declined"));
    logEvent(QStringLiteral("declined: %1 by %2").arg(id, c->userName));
    c->sendOk(e.id);
    toUser(c->userName, QStringLiteral("offer.withdrawn"),
           {{QStringLiteral("conversationId"), id}, {QStringLiteral("reason"), QStringLiteral("declined")}});
    handleRoutingEvents(m_engine.decline(id, c->userName));
}

ConversationHub::Live *ConversationHub::ownChat(ClientConnection *c, const Envelope &e, bool allowSupervisor)
{
    QString id;
    if (!requireId(c, e, "conversationId", &id))
        return nullptr;
    Live *l = find(id);
    if (!l) {
        // Why not: read on the reader, the desk's later frames waiting for this answer.
        auto stored = std::make_shared<std::optional<store::ConversationRecord>>();
        readFor(
            c,
            [stored, id](store::Store &s) {
                *stored = s.conversation(id);
                return true;
            },
            [this, guard = QPointer<ClientConnection>(c), re = e.id, id, stored, allowSupervisor](bool) {
                if (!guard)
                    return;
                const auto &r = *stored;
                if (r && (r->agentId == guard->userName || (allowSupervisor && isSupervisor(guard->userName))))
                    guard->sendError(re, ErrorCode::Conflict, Text::tr("The chat %1 is closed.").arg(id));
                else if (r)
                    guard->sendError(re, ErrorCode::Forbidden, Text::tr("The chat %1 is not assigned to you.").arg(id));
                else
                    guard->sendError(re, ErrorCode::NotFound, Text::tr("There is no chat %1.").arg(id));
            });
        return nullptr;
    }
    const bool mine = l->record.state == ConversationState::Assigned && l->record.agentId == c->userName;
    if (!mine && !(allowSupervisor && isSupervisor(c->userName))) {
        c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not assigned to you.").arg(id));
        return nullptr;
    }
    return l;
}

void ConversationHub::deskMessage(ClientConnection *c, const Envelope &e)
{
    QString clientId;
    // A supervisor who joined the chat speaks in it as well as its agent (conversation.join).
    Live *joined = find(field(e.data, "conversationId"));
    const bool supervisorJoined = joined && m_supervisors->hasJoined(joined->record.id, c->userName);
    Live *l = supervisorJoined ? joined : ownChat(c, e, false);
    ChatMessage m;
    m.author = AuthorKind::Agent;
    m.authorId = c->userName;
    if (!l || !requireId(c, e, "clientId", &clientId) || !readMessageContent(c, e, *l, &m))
        return;
    m.conversationId = l->record.id;
    m.clientId = clientId;
    m.authorName = supervisorJoined ? displayName(c->userName) : l->record.agentName;
    m.internal = e.data.value(QStringLiteral("internal")).toBool(false); // its shape was checked
    // Who hears of it is decided now; what they hear leaves once it is on disk.
    QPointer<ClientConnection> sender(c);
    const QString re = e.id;
    const QString user = c->userName;
    const auto visitors = l->visitors;
    const QString agent = supervisorJoined && l->record.state == ConversationState::Assigned ? l->record.agentId
                                                                                             : QString();
    storeMessage(*l, m, [this, sender, re, user, visitors, agent](const std::optional<ChatMessage> &stored,
                                                                  bool duplicate) {
        if (!stored) {
            if (sender)
                sender->sendError(re, ErrorCode::Unavailable, Text::tr("The router could not store the message; send it again."));
            return;
        }
        // One encoding for the sender's ok, the agent's other desks and the visitor's tabs.
        const QByteArray event = encodedMessageEvent(*stored);
        if (sender)
            sender->sendOkEncoded(re, event);
        if (duplicate)
            return;
        toUserEncoded(user, QStringLiteral("message"), event, sender);
        if (!agent.isEmpty() && agent != user)
            toUserEncoded(agent, QStringLiteral("message"), event); // a joined supervisor's line
        if (!stored->internal)
            toConnectionsEncoded(visitors, QStringLiteral("message"), event);
    });
}

void ConversationHub::deskTyping(ClientConnection *c, const Envelope &e)
{
    Live *l = ownChat(c, e, false);
    if (!l)
        return;
    c->sendOk(e.id);
    toVisitors(*l, QStringLiteral("typing"),
               {{QStringLiteral("typing"), e.data.value(QStringLiteral("typing")).toBool()},
                {QStringLiteral("name"), l->record.agentName}});
}

void ConversationHub::deskHistory(ClientConnection *c, const Envelope &e)
{
    if (e.data.contains(QStringLiteral("via"))) {
        QString via;
        if (requireId(c, e, "via", &via))
            deskEarlierConversation(c, e, via);
        return;
    }
    QString id;
    if (!requireId(c, e, "conversationId", &id))
        return;
    if (Live *l = find(id)) {
        if (l->record.agentId != c->userName && !isSupervisor(c->userName)
            && !m_consults->isConsultant(id, c->userName)) {
            c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not yours.").arg(id));
            return;
        }
        c->sendOk(e.id, {{QStringLiteral("conversation"), l->record.summary().toJson()},
                         {QStringLiteral("messages"), visibleMessages(id, true)}});
        return;
    }
    // A closed chat (or one another router serves): from the reader, the desk's later frames waiting.
    struct Stored {
        std::optional<store::ConversationRecord> record;
        QList<ChatMessage> messages;
        std::optional<store::RatingRecord> rating;
    };
    auto stored = std::make_shared<Stored>();
    const bool supervisor = isSupervisor(c->userName);
    readFor(
        c,
        [stored, id, user = c->userName, supervisor](store::Store &s) {
            stored->record = s.conversation(id);
            if (stored->record && (stored->record->agentId == user || supervisor)) {
                stored->messages = s.messages(id);
                stored->rating = s.rating(id);
            }
            return true;
        },
        [guard = QPointer<ClientConnection>(c), re = e.id, id, stored, supervisor](bool) {
            if (!guard)
                return;
            const auto &record = stored->record;
            if (!record) {
                guard->sendError(re, ErrorCode::NotFound, Text::tr("There is no chat %1.").arg(id));
                return;
            }
            if (record->agentId != guard->userName && !supervisor) {
                guard->sendError(re, ErrorCode::Forbidden, Text::tr("The chat %1 is not yours.").arg(id));
                return;
            }
            QJsonObject answer{{QStringLiteral("conversation"), record->summary().toJson()},
                               {QStringLiteral("messages"), messagesJson(stored->messages, true)}};
            if (stored->rating)
                answer.insert(QStringLiteral("rating"), ratingJson(*stored->rating));
            guard->sendOk(re, answer);
        });
}

void ConversationHub::deskTransfer(ClientConnection *c, const Envelope &e)
{
    Live *l = ownChat(c, e, true);
    if (!l)
        return;
    const QString queueId = field(e.data, "queueId");
    const QString agentId = field(e.data, "agentId");
    const QString note = field(e.data, "note");
    if (queueId.isEmpty() && agentId.isEmpty()) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Name a \"queueId\" or an \"agentId\" to transfer to."));
        return;
    }
    if (note.size() > protocol::kMaxMessageChars) {
        c->sendError(e.id, ErrorCode::TooLarge,
            Text::tr("The note is longer than %1 characters.").arg(protocol::kMaxMessageChars));
        return;
    }
    if (!queueId.isEmpty() && !m_engine.config().queue(queueId)) {
        c->sendError(e.id, ErrorCode::NotFound, Text::tr("There is no queue %1.").arg(queueId));
        return;
    }
    std::optional<store::UserRecord> target;
    bool elsewhere = false; // several routers: the agent is signed in through another one
    if (!agentId.isEmpty()) {
        target = userRecord(agentId);
        if (!target || target->role != Role::Agent) {
            c->sendError(e.id, ErrorCode::NotFound, Text::tr("There is no agent %1.").arg(agentId));
            return;
        }
        // A chat sent to someone who cannot take it would only bounce back as a new offer.
        Presence presence = m_engine.agent(agentId).presence;
        const QString name = target->displayName.isEmpty() ? agentId : target->displayName;
        if (presence == Presence::Offline && m_othersAgents.contains(agentId)) {
            presence = m_othersAgents.value(agentId).presence; // signed in through another router
            elsewhere = true;
        }
        if (presence == Presence::Offline) {
            c->sendError(e.id, ErrorCode::Conflict, Text::tr("Agent %1 is offline.").arg(name));
            return;
        }
        if (presence == Presence::Away) {
            c->sendError(e.id, ErrorCode::Conflict, Text::tr("Agent %1 is away.").arg(name));
            return;
        }
    }
    const QString byName = displayName(c->userName);
    if (!note.trimmed().isEmpty())
        addLine(*l, AuthorKind::Agent, note, true, c->userName, byName);
    const QString previousAgent = l->record.agentId;
    if (!previousAgent.isEmpty() && l->record.state == ConversationState::Assigned)
        m_engine.assignmentEnded(previousAgent, l->record.id);
    else
        m_engine.remove(l->record.id);
    routing::Placement p{queueId.isEmpty() ? l->record.queueId : queueId, l->record.priority, l->record.requiredSkills,
                         {}};
    if (!queueId.isEmpty())
        if (const auto *q = m_engine.config().queue(queueId))
            p.requiredSkills = q->requiredSkills;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool wasAssigned = l->record.state == ConversationState::Assigned;
    contactEvent(l->record, QStringLiteral("transferred"), wasAssigned ? previousAgent : QString(),
                 agentId.isEmpty() ? QStringLiteral("queue") : QStringLiteral("agent"), now, 0,
                 wasAssigned ? msBetween(l->record.assignedAt, now) : 0);
    l->record.state = ConversationState::Waiting;
    l->record.queueId = p.queueId;
    l->record.requiredSkills = p.requiredSkills;
    l->record.agentId.clear();
    l->record.agentName.clear();
    l->record.assignedAt = QDateTime();
    l->record.enqueuedAt = now;
    l->record.queueEnteredAt = now;
    l->record.enqueueOrder = ++m_enqueueOrder;
    save(*l);
    contactEvent(l->record, QStringLiteral("entered"), {}, QStringLiteral("transfer"), now);
    if (!elsewhere)
        m_engine.enqueueAt(l->record.id, p, now, agentId);
    // A chat sent away to a queue should not bounce straight back to the agent who sent it.
    if (agentId.isEmpty() && !previousAgent.isEmpty())
        m_engine.avoidAgent(l->record.id, previousAgent);
    const store::AuditRecord audit{c->userName, QStringLiteral("transfer"), l->record.id,
        agentId.isEmpty() ? QStringLiteral("queue %1").arg(p.queueId) : QStringLiteral("agent %1").arg(agentId),
        c->session ? c->session->id() : QString(), now};
    write([audit](store::Store &s) { return s.addAudit(audit); });
    logEvent(QStringLiteral("transferred: %1 by %2 to %3").arg(l->record.id, c->userName,
                                                               agentId.isEmpty() ? p.queueId : agentId));
    c->sendOk(e.id);
    if (!previousAgent.isEmpty()) {
        const QString reason = previousAgent == c->userName ? QStringLiteral("transferred") : QStringLiteral("reassigned");
        toUser(previousAgent, QStringLiteral("conversation.removed"),
            { { QStringLiteral("conversationId"), l->record.id }, { QStringLiteral("reason"), reason },
                { QStringLiteral("by"), c->userName },
                { QStringLiteral("text"),
                    agentId.isEmpty()
                        ? Text::tr("%1 transferred this chat to the queue %2.").arg(byName, p.queueId)
                        : Text::tr("%1 transferred this chat to %2.").arg(byName, target->displayName) } });
        sendPresence(previousAgent);
    }
    sendStatus(*l, false);
    if (elsewhere) {
        handOver(l->record.id, agentId); // after the row is saved as waiting (writes keep their order)
        return;
    }
    pump();
}

void ConversationHub::deskClose(ClientConnection *c, const Envelope &e)
{
    Live *l = ownChat(c, e, true);
    if (!l)
        return;
    const QString disposition = field(e.data, "disposition").isEmpty() ? QStringLiteral("resolved")
                                                                         : field(e.data, "disposition");
    const QString note = field(e.data, "note");
    if (disposition.size() > protocol::kMaxIdChars || note.size() > protocol::kMaxMessageChars) {
        c->sendError(e.id, ErrorCode::TooLarge, Text::tr("The disposition or the note is too long."));
        return;
    }
    const QString byName = displayName(c->userName);
    const bool forced = l->record.agentId != c->userName;
    if (forced) {
        const store::AuditRecord audit{c->userName, QStringLiteral("force_close"), l->record.id, disposition,
                                       c->session ? c->session->id() : QString(), QDateTime::currentDateTimeUtc()};
        write([audit](store::Store &s) { return s.addAudit(audit); });
    }
    const QString agent = l->record.agentId;
    const QString id = l->record.id;
    closeConversation(*l, forced ? QStringLiteral("supervisor") : QStringLiteral("agent"), byName, disposition, note);
    c->sendOk(e.id);
    if (!agent.isEmpty())
        toUser(agent, QStringLiteral("conversation.removed"),
            { { QStringLiteral("conversationId"), id },
                { QStringLiteral("reason"), forced ? QStringLiteral("force_closed") : QStringLiteral("closed") },
                { QStringLiteral("by"), c->userName },
                { QStringLiteral("text"), Text::tr("%1 ended the chat.").arg(byName) } });
}

void ConversationHub::deskCanned(ClientConnection *c, const Envelope &e)
{
    auto read = std::make_shared<QList<store::CannedResponseRecord>>();
    readFor(
        c,
        [read, user = c->userName](store::Store &s) {
            *read = s.cannedResponses(user);
            return true;
        },
        [guard = QPointer<ClientConnection>(c), re = e.id, read](bool) {
            if (!guard)
                return;
            QJsonArray list;
            for (const auto &r : std::as_const(*read))
                list.append(QJsonObject{{QStringLiteral("id"), QString::number(r.id)},
                                        {QStringLiteral("shortcut"), r.shortcut},
                                        {QStringLiteral("title"), r.title},
                                        {QStringLiteral("category"), r.category},
                                        {QStringLiteral("text"), r.text},
                                        {QStringLiteral("scope"), r.owner.isEmpty() ? QStringLiteral("shared")
                                                                                    : QStringLiteral("personal")}});
            guard->sendOk(re, {{QStringLiteral("responses"), list}});
        });
}

void ConversationHub::deskAgents(ClientConnection *c, const Envelope &e)
{
    // Who a chat can be handed to: every agent with presence and load, never a chat or a line of one.
    // Any signed-in desk may ask; supervisors are listed too (they take no routed chats, load 0 of 0).
    // The users are read on the reader; their presence and load are this thread's, taken when the answer goes.
    auto users = std::make_shared<QList<store::UserRecord>>();
    readFor(
        c,
        [users](store::Store &s) {
            *users = s.users();
            return true;
        },
        [this, guard = QPointer<ClientConnection>(c), re = e.id, users](bool) {
            if (!guard)
                return;
            QJsonArray list;
            for (const store::UserRecord &u : std::as_const(*users))
                list.append(agentFigures(u));
            guard->sendOk(re, {{QStringLiteral("agents"), list}});
        });
}

void ConversationHub::deskWatchAgents(ClientConnection *c, const Envelope &e)
{
    // A desk with the transfer dialog open keeps its list live; `watch` false (or the desk gone) stops it.
    const QJsonValue watch = e.data.value(QStringLiteral("watch"));
    if (!watch.isBool()) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Field \"watch\" must be true or false."));
        return;
    }
    m_supervisors->watchColleagues(c, e, watch.toBool());
}

} // namespace handoff::server
