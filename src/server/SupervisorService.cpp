#include "server/SupervisorService.h"

#include "bot/VisitorLanguage.h"
#include "protocol/FrameCodec.h"
#include "server/ClientConnection.h"
#include <QPointer>
#include "server/ConversationHub.h"
#include "server/DeskSession.h"
#include "server/HubSupport.h"
#include "server/KpiReport.h"
#include "server/LiveConversation.h"
#include "store/SecretToken.h"

#include <QJsonDocument>
#include "server/RequestShape.h"

#include <QMap>
#include <algorithm>

namespace handoff::server {

using protocol::Envelope;
using protocol::ErrorCode;

namespace {

constexpr int kUsersRefreshSeconds = 5;
constexpr int kDefaultAuditEntries = 200;

QString field(const QJsonObject &data, const char *name)
{
    return data.value(QLatin1String(name)).toString();
}

bool isShortId(const QString &s)
{
    return !s.isEmpty() && s.size() <= protocol::kMaxIdChars;
}

// The queue figures that matter for "changed": the wait in seconds moves every second and is counted by
// the desk itself from oldestWaitingSince.
QJsonObject withoutClock(QJsonObject o)
{
    o.remove(QStringLiteral("longestWaitSeconds"));
    return o;
}

// A board agent as agents.list describes it to any desk: without what only supervisors see.
QJsonObject colleagueFigures(QJsonObject o)
{
    o.remove(QStringLiteral("chosen"));
    o.remove(QStringLiteral("conversations"));
    o.remove(QStringLiteral("stateSince"));
    return o;
}

} // namespace

SupervisorService::SupervisorService(ConversationHub &hub)
    : m_hub(hub)
{
    m_boardTimer.setInterval(kBoardIntervalMs);
    connect(&m_boardTimer, &QTimer::timeout, this, &SupervisorService::flushBoard);
    m_boardTimer.start();
}

bool SupervisorService::handles(const QString &type)
{
    static const QSet<QString> types { QStringLiteral("board.subscribe"), QStringLiteral("board.unsubscribe"),
        QStringLiteral("conversation.reassign"), QStringLiteral("conversation.monitor"),
        QStringLiteral("conversation.unmonitor"), QStringLiteral("conversation.forceClose"),
        QStringLiteral("conversation.join"), QStringLiteral("conversation.leave"),
        QStringLiteral("agent.presence.set"), QStringLiteral("report.escalations"), QStringLiteral("audit.list"),
        QStringLiteral("webhooks.deliveries"), QStringLiteral("report.kpi") };
    return types.contains(type);
}

void SupervisorService::handle(ClientConnection *c, const Envelope &e)
{
    static const QHash<QString, Handler> handlers {
        { QStringLiteral("board.subscribe"), &SupervisorService::subscribe },
        { QStringLiteral("board.unsubscribe"), &SupervisorService::unsubscribe },
        { QStringLiteral("conversation.reassign"), &SupervisorService::reassign },
        { QStringLiteral("conversation.monitor"), &SupervisorService::monitor },
        { QStringLiteral("conversation.unmonitor"), &SupervisorService::unmonitor },
        { QStringLiteral("conversation.forceClose"), &SupervisorService::forceClose },
        { QStringLiteral("conversation.join"), &SupervisorService::join },
        { QStringLiteral("conversation.leave"), &SupervisorService::leave },
        { QStringLiteral("agent.presence.set"), &SupervisorService::setAgentPresence },
        { QStringLiteral("report.escalations"), &SupervisorService::escalationReport },
        { QStringLiteral("report.kpi"), &SupervisorService::kpiReport },
        { QStringLiteral("audit.list"), &SupervisorService::auditList },
        { QStringLiteral("webhooks.deliveries"), &SupervisorService::webhookDeliveries },
    };
    const Handler handler = handlers.value(e.type);
    if (!handler) {
        c->sendError(e.id, ErrorCode::Invalid, tr("Unknown request type \"%1\".").arg(e.type));
        return;
    }
    if (!authorize(c, e))
        return;
    if (const auto error = requestShapeError(RequestEndpoint::Desk, e, {})) {
        refuse(c, e, error->code, error->message);
        return;
    }
    if (e.type == QLatin1String("report.escalations") || e.type == QLatin1String("audit.list")) {
        // Reports read the store: once every write decided so far is on disk, so they include all of it.
        m_hub.whenDurable([this, guard = QPointer<ClientConnection>(c), e, handler] {
            if (guard)
                (this->*handler)(guard, e);
        });
        return;
    }
    (this->*handler)(c, e);
}

// ---------------------------------------------------------------------------------------------------
// Role check and audit

bool SupervisorService::authorize(ClientConnection *c, const Envelope &e)
{
    if (m_hub.isSupervisor(c->userName))
        return true;
    QString target = field(e.data, "conversationId");
    if (target.isEmpty())
        target = field(e.data, "agentId");
    audit(c, e.type, target.left(protocol::kMaxIdChars), QStringLiteral("refused (forbidden): not a supervisor"));
    m_hub.logEvent(QStringLiteral("refused: %1 asked for %2 without the supervisor role").arg(c->userName, e.type), LogLevel::Warning);
    c->sendError(e.id, ErrorCode::Forbidden, tr("Only supervisors may do %1.").arg(e.type));
    return false;
}

ConversationHub::Live *SupervisorService::openChat(ClientConnection *c, const Envelope &e, const QString &id)
{
    ConversationHub::Live *l = m_hub.find(id);
    if (!l)
        refuseNotOpen(callerOf(c, e.id), e.type, e.data, id, tr("The chat %1 is closed.").arg(id));
    return l;
}

SupervisorService::Caller SupervisorService::callerOf(ClientConnection *c, const QString &re)
{
    QString desk = c->session ? c->session->id() : QString();
    desk += QLatin1Char(' ') + c->peer();
    QPointer<ClientConnection> guard(c);
    Caller caller{ c->userName, desk.trimmed(),
        [guard, re](const QJsonObject &data) {
            if (guard)
                guard->sendOk(re, data);
        },
        [guard, re](ErrorCode code, const QString &message) {
            if (guard)
                guard->sendError(re, code, message);
        } };
    caller.connection = guard;
    return caller;
}

void SupervisorService::audit(ClientConnection *c, const QString &action, const QString &target, const QString &detail)
{
    audit(callerOf(c, {}), action, target, detail);
}

void SupervisorService::audit(const Caller &c, const QString &action, const QString &target, const QString &detail)
{
    const store::AuditRecord entry{ c.user, action, target, detail.left(protocol::kMaxMessageChars), c.desk,
        QDateTime::currentDateTimeUtc() };
    m_hub.write([entry](store::Store &s) { return s.addAudit(entry); },
        [this, entry](bool ok) {
            if (!ok)
                m_hub.logEvent(QStringLiteral("store failure: audit entry %1 by %2 not stored").arg(entry.action, entry.actor), LogLevel::Error);
        });
}

void SupervisorService::refuse(ClientConnection *c, const Envelope &e, ErrorCode code, const QString &message)
{
    refuse(callerOf(c, e.id), e.type, e.data, code, message);
}

void SupervisorService::refuse(
    const Caller &c, const QString &type, const QJsonObject &data, ErrorCode code, const QString &message)
{
    // A refused action is part of the record too: who tried what on which chat, and why it did not happen.
    QString target = field(data, "conversationId");
    if (target.isEmpty())
        target = field(data, "agentId");
    audit(c, type, target.left(protocol::kMaxIdChars),
          QStringLiteral("refused (%1): %2").arg(protocol::toString(code), message));
    c.fail(code, message);
}

void SupervisorService::refuseNotOpen(
    const Caller &c, const QString &type, const QJsonObject &data, const QString &id, const QString &closedText)
{
    auto stored = std::make_shared<bool>(false);
    StoreWriter::Job job = [stored, id](store::Store &s) {
        *stored = s.conversation(id).has_value();
        return true;
    };
    StoreWriter::Done done = [this, c, type, data, id, closedText, stored](bool) {
        if (*stored)
            refuse(c, type, data, ErrorCode::Conflict, closedText);
        else
            refuse(c, type, data, ErrorCode::NotFound, tr("There is no chat %1.").arg(id));
    };
    if (c.connection)
        m_hub.readFor(c.connection, std::move(job), std::move(done));
    else
        m_hub.read(std::move(job), std::move(done));
}

// ---------------------------------------------------------------------------------------------------
// Several routers: an action on a chat another router serves is done there, for the supervisor here.

bool SupervisorService::forwardIfServedElsewhere(ClientConnection *c, const Envelope &e)
{
    const QString id = field(e.data, "conversationId");
    if (!isShortId(id) || m_hub.find(id) || !m_hub.m_othersOpen.contains(id))
        return false;
    if (m_remoteRequests.size() >= kMaxRemoteRequests) {
        c->sendError(e.id, ErrorCode::Unavailable, tr("Too many actions are on their way to other routers; try again."));
        return true;
    }
    // It travels in a NOTIFY, whose payload PostgreSQL bounds (8,000 bytes).
    if (QJsonDocument(e.data).toJson(QJsonDocument::Compact).size() > kMaxForwardedBytes) {
        c->sendError(e.id, ErrorCode::TooLarge,
            tr("Another router serves the chat %1: a note for it may have at most %2 bytes.").arg(id).arg(kMaxForwardedBytes));
        return true;
    }
    const QString requestId = store::SecretToken::newId(QStringLiteral("r_"));
    const Caller caller = callerOf(c, e.id);
    m_remoteRequests.insert(requestId, caller);
    m_hub.publish(QStringLiteral("supervisor.request"), id,
        { { QStringLiteral("requestId"), requestId }, { QStringLiteral("type"), e.type },
            { QStringLiteral("by"), caller.user }, { QStringLiteral("desk"), caller.desk },
            { QStringLiteral("data"), e.data } });
    QTimer::singleShot(kRemoteAnswerMs, this, [this, requestId, id] {
        const auto pending = m_remoteRequests.find(requestId);
        if (pending == m_remoteRequests.end())
            return;
        pending->fail(ErrorCode::Unavailable, tr("The router serving the chat %1 did not answer; try again.").arg(id));
        m_remoteRequests.erase(pending);
    });
    return true;
}

void SupervisorService::remoteRequest(const QJsonObject &event)
{
    const QString origin = event.value(QStringLiteral("router")).toString();
    const QString requestId = event.value(QStringLiteral("requestId")).toString();
    const QString conversationId = event.value(QStringLiteral("conversationId")).toString();
    auto answer = [this, origin, requestId, conversationId](QJsonObject reply) {
        reply.insert(QStringLiteral("to"), origin);
        reply.insert(QStringLiteral("requestId"), requestId);
        m_hub.publish(QStringLiteral("supervisor.answer"), conversationId, reply);
    };
    const Caller caller { event.value(QStringLiteral("by")).toString(), event.value(QStringLiteral("desk")).toString(),
        [answer](const QJsonObject &data) {
            answer({ { QStringLiteral("ok"), true }, { QStringLiteral("data"), data } });
        },
        [answer](ErrorCode code, const QString &message) {
            answer({ { QStringLiteral("ok"), false }, { QStringLiteral("code"), protocol::toString(code) },
                { QStringLiteral("message"), message } });
        } };
    Envelope e;
    e.type = event.value(QStringLiteral("type")).toString();
    e.data = event.value(QStringLiteral("data")).toObject();
    if (!m_hub.isSupervisor(caller.user)) { // the other router checked; the role may have changed since
        refuse(caller, e.type, e.data, ErrorCode::Forbidden, tr("Only supervisors may do %1.").arg(e.type));
        return;
    }
    if (e.type == QLatin1String("conversation.reassign"))
        reassignFor(caller, e);
    else if (e.type == QLatin1String("conversation.forceClose"))
        forceCloseFor(caller, e);
}

void SupervisorService::remoteAnswer(const QJsonObject &event)
{
    const auto pending = m_remoteRequests.find(event.value(QStringLiteral("requestId")).toString());
    if (pending == m_remoteRequests.end())
        return;
    if (event.value(QStringLiteral("ok")).toBool())
        pending->ok(event.value(QStringLiteral("data")).toObject());
    else
        pending->fail(protocol::errorCodeFromString(event.value(QStringLiteral("code")).toString())
                          .value_or(ErrorCode::Unavailable),
            event.value(QStringLiteral("message")).toString());
    m_remoteRequests.erase(pending);
}

QString SupervisorService::displayName(const QString &user) const
{
    return m_hub.displayName(user);
}

// ---------------------------------------------------------------------------------------------------
// Board

void SupervisorService::subscribe(ClientConnection *c, const Envelope &e)
{
    if (!c->session) {
        c->sendError(e.id, ErrorCode::Unavailable, tr("This desk has no session; sign in again."));
        return;
    }
    // Bring everyone else up to date first, so the snapshot and the next delta describe the same state.
    flushBoard();
    if (nobodyWatches())
        m_sent = currentBoard(); // nobody was watching, so nothing was kept
    m_subscribers.insert(c->session->id());
    audit(c, e.type, QString(), QString());
    c->sendOk(e.id);
    QJsonArray queues, agents, conversations;
    for (const QJsonObject &o : std::as_const(m_sent.queues))
        queues.append(o);
    for (const QJsonObject &o : std::as_const(m_sent.agents))
        agents.append(o);
    for (const QJsonObject &o : std::as_const(m_sent.conversations))
        conversations.append(o);
    c->session->push(QStringLiteral("board.snapshot"),
        { { QStringLiteral("queues"), queues }, { QStringLiteral("agents"), agents },
            { QStringLiteral("conversations"), conversations },
            { QStringLiteral("at"), toIsoUtc(QDateTime::currentDateTimeUtc()) } });
}

void SupervisorService::watchColleagues(ClientConnection *c, const Envelope &e, bool watch)
{
    if (!c->session) {
        c->sendError(e.id, ErrorCode::Unavailable, tr("This desk has no session; sign in again."));
        return;
    }
    if (watch) {
        // As for the board: the next delta is against what the desk's agents.list will describe.
        flushBoard();
        if (nobodyWatches())
            m_sent = currentBoard();
        m_colleagueWatchers.insert(c->session->id());
    } else {
        m_colleagueWatchers.remove(c->session->id());
    }
    c->sendOk(e.id);
}

bool SupervisorService::nobodyWatches() const
{
    return m_subscribers.isEmpty() && m_monitors.isEmpty() && m_colleagueWatchers.isEmpty();
}

void SupervisorService::unsubscribe(ClientConnection *c, const Envelope &e)
{
    if (c->session)
        m_subscribers.remove(c->session->id());
    c->sendOk(e.id);
}

QJsonObject SupervisorService::boardConversation(const QString &id) const
{
    const auto it = m_hub.m_open.find(id);
    if (it == m_hub.m_open.end()) {
        // Served by another router: its row as that router last saved it.
        const auto other = m_hub.m_othersOpen.constFind(id);
        return other == m_hub.m_othersOpen.cend() ? QJsonObject() : boardConversationOf(*other, {}, {});
    }
    const store::ConversationRecord &r = it->second->record;
    const auto offer = m_hub.m_engine.offerFor(id);
    // An assigned chat waits for a reply while the visitor's last line is newer than the last agent line
    // to the visitor; system and bot lines and internal notes do not answer.
    QDateTime replyWaitingSince;
    if (r.state == ConversationState::Assigned) {
        for (auto m = it->second->messages.crbegin(); m != it->second->messages.crend(); ++m) {
            if (m->author == AuthorKind::Agent && !m->internal)
                break;
            if (m->author == AuthorKind::Visitor) {
                replyWaitingSince = m->at;
                break;
            }
        }
    }
    return boardConversationOf(r, offer ? offer->agentId : QString(), replyWaitingSince);
}

QJsonObject SupervisorService::boardConversationOf(
    const store::ConversationRecord &r, const QString &offeredTo, const QDateTime &replyWaitingSince) const
{
    const bool queued = r.state == ConversationState::Waiting || r.state == ConversationState::Offered;
    QStringList monitoredBy = m_monitors.value(r.id).values();
    monitoredBy.sort();
    QStringList joinedBy = m_joined.value(r.id).values();
    joinedBy.sort();
    return { { QStringLiteral("id"), r.id }, { QStringLiteral("state"), toString(r.state) },
        { QStringLiteral("queueId"), r.queueId }, { QStringLiteral("agentId"), r.agentId },
        { QStringLiteral("agentName"), r.agentName }, { QStringLiteral("visitorName"), r.visitorName },
        { QStringLiteral("topic"), r.topic },
        { QStringLiteral("trigger"), r.handoff ? toString(r.handoff->trigger) : QString() },
        { QStringLiteral("createdAt"), toIsoUtc(r.createdAt) },
        { QStringLiteral("escalatedAt"), toIsoUtc(r.escalatedAt) },
        { QStringLiteral("enqueuedAt"), queued ? toIsoUtc(r.enqueuedAt) : QString() },
        { QStringLiteral("assignedAt"), r.state == ConversationState::Assigned ? toIsoUtc(r.assignedAt) : QString() },
        { QStringLiteral("offeredTo"), offeredTo },
        { QStringLiteral("replyWaitingSince"), toIsoUtc(replyWaitingSince) },
        { QStringLiteral("monitoredBy"), QJsonArray::fromStringList(monitoredBy) },
        { QStringLiteral("joinedBy"), QJsonArray::fromStringList(joinedBy) } };
}

SupervisorService::Board SupervisorService::currentBoard()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Board b;
    QHash<QString, QDateTime> oldestWaiting;
    QHash<QString, QStringList> othersChats; // agent -> chats other routers serve for them
    auto count = [&](const store::ConversationRecord &r) {
        if ((r.state == ConversationState::Waiting || r.state == ConversationState::Offered)
            && r.enqueuedAt.isValid()) {
            const QDateTime known = oldestWaiting.value(r.queueId);
            if (!known.isValid() || r.enqueuedAt < known)
                oldestWaiting.insert(r.queueId, r.enqueuedAt);
        }
    };
    for (const auto &[id, l] : m_hub.m_open) {
        b.conversations.insert(id, boardConversation(id));
        count(l->record);
    }
    for (const store::ConversationRecord &r : std::as_const(m_hub.m_othersOpen)) {
        if (m_hub.m_open.count(r.id))
            continue;
        b.conversations.insert(r.id, boardConversationOf(r, {}, {}));
        count(r);
        if (r.state == ConversationState::Assigned)
            othersChats[r.agentId] << r.id;
    }
    for (const routing::QueueStatus &q : m_hub.queueStatus()) { // with several routers: theirs counted too
        const QDateTime oldest = oldestWaiting.value(q.queueId);
        b.queues.insert(q.queueId,
            { { QStringLiteral("id"), q.queueId }, { QStringLiteral("name"), q.name },
                { QStringLiteral("waiting"), q.waiting },
                { QStringLiteral("longestWaitSeconds"), q.longestWaitSeconds },
                { QStringLiteral("oldestWaitingSince"), toIsoUtc(oldest) },
                { QStringLiteral("agentsAvailable"), q.agentsAvailable },
                { QStringLiteral("agentsSignedIn"), q.agentsSignedIn }, { QStringLiteral("open"), q.open } });
    }
    if (!m_usersLoadedAt.isValid() || m_usersLoadedAt.secsTo(now) >= kUsersRefreshSeconds) {
        m_users = m_hub.m_store.users();
        m_usersLoadedAt = now;
    }
    for (const store::UserRecord &u : std::as_const(m_users)) {
        QJsonObject a = m_hub.agentFigures(u);
        if (u.role == Role::Agent) {
            const routing::AgentStatus s = m_hub.m_engine.agent(u.name);
            a.insert(QStringLiteral("chosen"), toString(s.chosenPresence));
            QStringList chats = s.conversations + othersChats.value(u.name);
            chats.removeDuplicates();
            a.insert(QStringLiteral("conversations"), QJsonArray::fromStringList(chats));
            a.insert(QStringLiteral("stateSince"), toIsoUtc(s.presenceSince));
        } else {
            a.insert(QStringLiteral("chosen"), a.value(QStringLiteral("presence")));
            a.insert(QStringLiteral("conversations"), QJsonArray());
            a.insert(QStringLiteral("stateSince"), QString());
        }
        b.agents.insert(u.name, a);
    }
    return b;
}

void SupervisorService::flushBoard()
{
    endStaleJoins();
    // Monitoring ends when the supervisor has no desk session left at all.
    for (auto it = m_monitors.begin(); it != m_monitors.end();) {
        for (auto u = it.value().begin(); u != it.value().end();) {
            bool hasSession = false;
            for (const auto &[sid, s] : m_hub.m_sessions)
                hasSession = hasSession || s->user() == *u;
            u = hasSession ? std::next(u) : it.value().erase(u);
        }
        it = it.value().isEmpty() ? m_monitors.erase(it) : std::next(it);
    }
    for (QSet<QString> *desks : { &m_subscribers, &m_colleagueWatchers })
        for (auto it = desks->begin(); it != desks->end();)
            it = m_hub.m_sessions.count(*it) ? std::next(it) : desks->erase(it);
    if (nobodyWatches()) {
        m_sent = {};
        return;
    }

    Board now = currentBoard();
    pushColleagueChanges(now);
    QJsonArray queues, agents, conversations, removed;
    for (auto it = now.queues.cbegin(); it != now.queues.cend(); ++it) {
        const auto old = m_sent.queues.constFind(it.key());
        if (old == m_sent.queues.cend() || withoutClock(*old) != withoutClock(*it))
            queues.append(*it);
        else
            now.queues.insert(it.key(), *old); // keep the figure subscribers have
    }
    for (auto it = now.agents.cbegin(); it != now.agents.cend(); ++it)
        if (m_sent.agents.value(it.key()) != *it)
            agents.append(*it);
    for (auto it = now.conversations.cbegin(); it != now.conversations.cend(); ++it) {
        if (m_sent.conversations.value(it.key()) == *it)
            continue;
        conversations.append(*it);
        if (m_monitors.contains(it.key()))
            if (const auto l = m_hub.m_open.find(it.key()); l != m_hub.m_open.end())
                toMonitors(it.key(), QStringLiteral("monitor.updated"),
                    { { QStringLiteral("conversation"), l->second->record.summary().toJson() } });
    }
    for (auto it = m_sent.conversations.cbegin(); it != m_sent.conversations.cend(); ++it)
        if (!now.conversations.contains(it.key()))
            removed.append(it.key());
    for (auto it = m_monitors.begin(); it != m_monitors.end();) {
        if (now.conversations.contains(it.key())) {
            ++it;
            continue;
        }
        toMonitors(it.key(), QStringLiteral("monitor.ended"),
            { { QStringLiteral("conversationId"), it.key() }, { QStringLiteral("reason"), QStringLiteral("closed") } });
        it = m_monitors.erase(it);
    }
    m_sent = std::move(now);
    if (queues.isEmpty() && agents.isEmpty() && conversations.isEmpty() && removed.isEmpty())
        return;
    QJsonObject delta { { QStringLiteral("at"), toIsoUtc(QDateTime::currentDateTimeUtc()) } };
    if (!queues.isEmpty())
        delta.insert(QStringLiteral("queues"), queues);
    if (!agents.isEmpty())
        delta.insert(QStringLiteral("agents"), agents);
    if (!conversations.isEmpty())
        delta.insert(QStringLiteral("conversations"), conversations);
    if (!removed.isEmpty())
        delta.insert(QStringLiteral("removed"), removed);
    pushToSubscribers(QStringLiteral("board.delta"), delta);
}

void SupervisorService::pushColleagueChanges(const Board &now)
{
    if (m_colleagueWatchers.isEmpty())
        return;
    QJsonArray changed;
    for (auto it = now.agents.cbegin(); it != now.agents.cend(); ++it) {
        const QJsonObject figures = colleagueFigures(*it);
        if (colleagueFigures(m_sent.agents.value(it.key())) != figures)
            changed.append(figures);
    }
    if (changed.isEmpty())
        return;
    const QByteArray encoded = protocol::FrameCodec::encodeData({ { QStringLiteral("agents"), changed } });
    for (const QString &id : std::as_const(m_colleagueWatchers))
        if (const auto it = m_hub.m_sessions.find(id); it != m_hub.m_sessions.end())
            it->second->pushEncoded(QStringLiteral("agents.changed"), encoded);
}

void SupervisorService::pushToSubscribers(const QString &type, const QJsonObject &data)
{
    const QByteArray encoded = protocol::FrameCodec::encodeData(data);
    for (const QString &id : std::as_const(m_subscribers))
        if (const auto it = m_hub.m_sessions.find(id); it != m_hub.m_sessions.end())
            it->second->pushEncoded(type, encoded);
}

void SupervisorService::toMonitors(const QString &conversationId, const QString &type, const QJsonObject &data)
{
    for (const QString &user : m_monitors.value(conversationId))
        m_hub.toUser(user, type, data);
}

void SupervisorService::messageStored(const ChatMessage &message)
{
    if (m_monitors.contains(message.conversationId))
        toMonitors(message.conversationId, QStringLiteral("monitor.message"),
            { { QStringLiteral("conversationId"), message.conversationId },
                { QStringLiteral("message"), message.toJson() } });
}

// ---------------------------------------------------------------------------------------------------
// Actions on conversations

void SupervisorService::reassign(ClientConnection *c, const Envelope &e)
{
    if (!forwardIfServedElsewhere(c, e))
        reassignFor(callerOf(c, e.id), e);
}

void SupervisorService::reassignFor(const Caller &c, const Envelope &e)
{
    const QString id = field(e.data, "conversationId");
    const QString agentId = field(e.data, "agentId");
    const QString queueId = field(e.data, "queueId");
    const QString note = field(e.data, "note");
    if (!isShortId(id) || (agentId.isEmpty() == queueId.isEmpty()) || agentId.size() > protocol::kMaxIdChars
        || queueId.size() > protocol::kMaxIdChars) {
        refuse(c, e.type, e.data, ErrorCode::Invalid,
            tr("Name the \"conversationId\" and exactly one of \"agentId\" and \"queueId\"."));
        return;
    }
    if (note.size() > protocol::kMaxMessageChars) {
        refuse(c, e.type, e.data, ErrorCode::TooLarge, tr("The note is longer than %1 characters.").arg(protocol::kMaxMessageChars));
        return;
    }
    ConversationHub::Live *l = m_hub.find(id);
    if (!l) {
        refuseNotOpen(c, e.type, e.data, id, tr("The chat %1 is closed.").arg(id));
        return;
    }
    std::optional<store::UserRecord> target;
    const routing::QueueDefinition *queue = nullptr;
    if (!agentId.isEmpty()) {
        target = m_hub.m_store.user(agentId);
        if (!target || target->role != Role::Agent) {
            refuse(c, e.type, e.data, ErrorCode::NotFound, tr("There is no agent %1.").arg(agentId));
            return;
        }
        if (l->record.state == ConversationState::Assigned && l->record.agentId == agentId) {
            refuse(c, e.type, e.data, ErrorCode::Conflict, tr("The chat %1 is already with %2.").arg(id, target->displayName));
            return;
        }
    } else {
        queue = m_hub.m_engine.config().queue(queueId);
        if (!queue) {
            refuse(c, e.type, e.data, ErrorCode::NotFound, tr("There is no queue %1.").arg(queueId));
            return;
        }
    }

    // Several routers: an agent signed in through another router gets the chat there, offered to them as a
    // transfer is (their router serves it from then on).
    const bool elsewhere = target && m_hub.m_engine.agent(target->name).presence == Presence::Offline
        && m_hub.m_othersAgents.contains(target->name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const store::ConversationRecord before = l->record;
    store::ConversationRecord after = before;
    after.botState = {};
    if (!after.escalatedAt.isValid())
        after.escalatedAt = now;
    if (elsewhere) {
        after.state = ConversationState::Waiting;
        after.agentId.clear();
        after.agentName.clear();
        after.assignedAt = QDateTime();
        after.enqueuedAt = now;
        after.queueEnteredAt = now;
        after.enqueueOrder = ++m_hub.m_enqueueOrder;
    } else if (target) {
        after.state = ConversationState::Assigned;
        after.agentId = target->name;
        after.agentName = target->displayName.isEmpty() ? target->name : target->displayName;
        after.assignedAt = now;
    } else {
        after.state = ConversationState::Waiting;
        after.queueId = queue->id;
        after.requiredSkills = queue->requiredSkills;
        after.agentId.clear();
        after.agentName.clear();
        after.assignedAt = QDateTime();
        after.queueEnteredAt = now;
        if (!after.enqueuedAt.isValid()) {
            after.enqueuedAt = now;
            after.enqueueOrder = ++m_hub.m_enqueueOrder;
        }
    }
    l->record = after;
    l->bot.reset();
    m_hub.save(*l); // everything said about the reassignment leaves once this row is on disk
    // KPI events: the previous agent's part ends as a transfer; a waiting chat given to an agent is answered.
    if (before.state == ConversationState::Assigned)
        m_hub.contactEvent(before, QStringLiteral("transferred"), before.agentId, QStringLiteral("reassigned"), now, 0,
            ConversationHub::msBetween(before.assignedAt, now));
    const bool waited = before.state == ConversationState::Waiting || before.state == ConversationState::Offered;
    if (target && waited)
        m_hub.contactEvent(after, QStringLiteral("answered"), target->name, QStringLiteral("reassigned"), now,
            ConversationHub::msBetween(before.queueEnteredAt.isValid() ? before.queueEnteredAt : before.enqueuedAt, now));
    else if (!target)
        m_hub.contactEvent(after, QStringLiteral("entered"), {}, QStringLiteral("reassigned"), now);

    // The routing engine follows: the old assignment or place in the queue ends, the new one starts.
    const QString previousAgent = before.state == ConversationState::Assigned ? before.agentId : QString();
    if (!previousAgent.isEmpty())
        m_hub.m_engine.assignmentEnded(previousAgent, id);
    else
        m_hub.m_engine.remove(id);
    if (elsewhere) {
        // Offered there once the row saved as waiting is on its way (writes keep their order).
    } else if (target) {
        m_hub.m_engine.upsertAgent({ target->name, target->displayName, target->skills, target->capacity });
        m_hub.m_engine.assignmentStarted(target->name, id);
    } else {
        m_hub.m_engine.enqueueAt(id, { after.queueId, after.priority, after.requiredSkills, {} }, after.enqueuedAt);
        if (!previousAgent.isEmpty())
            m_hub.m_engine.avoidAgent(id, previousAgent);
    }

    const QString byName = displayName(c.user);
    audit(c, e.type, id,
        (target ? QStringLiteral("to agent %1").arg(target->name) : QStringLiteral("to queue %1").arg(queue->id))
            + (note.trimmed().isEmpty() ? QString() : QStringLiteral("; note: %1").arg(note))
            + (previousAgent.isEmpty() ? QString() : QStringLiteral("; from agent %1").arg(previousAgent)));
    m_hub.logEvent(QStringLiteral("reassigned: %1 by %2 from %3 to %4")
                       .arg(id, c.user, previousAgent.isEmpty() ? toString(before.state) : previousAgent,
                           target ? target->name : QStringLiteral("queue ") + queue->id));
    if (!note.trimmed().isEmpty())
        m_hub.addLine(*l, AuthorKind::Agent, note, true, c.user, byName);

    if (!previousAgent.isEmpty()) {
        const QString targetName = target ? (target->displayName.isEmpty() ? target->name : target->displayName) : QString();
        const QString text = target ? tr("%1 reassigned this chat to %2.").arg(byName, targetName)
                                    : tr("%1 moved this chat to the queue %2.").arg(byName, queue->name);
        m_hub.toUser(previousAgent, QStringLiteral("conversation.removed"),
            { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("reassigned") },
                { QStringLiteral("by"), c.user }, { QStringLiteral("text"), text } });
        m_hub.sendPresence(previousAgent);
    }
    if (target && !elsewhere)
        m_hub.welcomeAgent(*l);
    m_hub.sendStatus(*l, false);
    c.ok({ { QStringLiteral("conversation"), boardConversation(id) } });
    if (elsewhere) {
        m_hub.handOver(id, target->name);
        return;
    }
    m_hub.pump();
}

void SupervisorService::monitor(ClientConnection *c, const Envelope &e)
{
    const QString id = field(e.data, "conversationId");
    if (!isShortId(id)) {
        refuse(c, e, ErrorCode::Invalid, tr("Field \"conversationId\" must name a chat."));
        return;
    }
    ConversationHub::Live *l = m_hub.find(id);
    if (!l && m_hub.m_othersOpen.contains(id)) {
        // Another router serves it: watched from here through the store.
        m_hub.watchElsewhere(id,
            [this, guard = QPointer<ClientConnection>(c), e, id](
                const std::optional<store::ConversationRecord> &record, const QList<ChatMessage> &messages) {
                if (!guard)
                    return;
                if (!record || record->state == ConversationState::Closed) {
                    refuse(guard, e, ErrorCode::Conflict, tr("The chat %1 is closed.").arg(id));
                    return;
                }
                if (ConversationHub::Live *here = m_hub.find(id)) { // it came here meanwhile
                    m_monitors[id].insert(guard->userName);
                    audit(guard, e.type, id, QString());
                    guard->sendOk(e.id, m_hub.conversationWithMessages(*here, true));
                    return;
                }
                m_monitors[id].insert(guard->userName);
                audit(guard, e.type, id, QString());
                guard->sendOk(e.id,
                    { { QStringLiteral("conversation"), record->summary().toJson() },
                        { QStringLiteral("messages"), hub::messagesJson(messages, true) } });
            });
        return;
    }
    if (!l) {
        refuseNotOpen(callerOf(c, e.id), e.type, e.data, id, tr("The chat %1 is closed.").arg(id));
        return;
    }
    m_monitors[id].insert(c->userName);
    audit(c, e.type, id, QString());
    c->sendOk(e.id, m_hub.conversationWithMessages(*l, true));
}

void SupervisorService::unmonitor(ClientConnection *c, const Envelope &e)
{
    const QString id = field(e.data, "conversationId");
    const auto it = m_monitors.find(id);
    if (it == m_monitors.end() || !it.value().contains(c->userName)) {
        refuse(c, e, ErrorCode::NotFound, tr("You are not monitoring a chat %1.").arg(id.left(protocol::kMaxIdChars)));
        return;
    }
    it.value().remove(c->userName);
    if (it.value().isEmpty())
        m_monitors.erase(it);
    audit(c, e.type, id, QString());
    c->sendOk(e.id);
    m_hub.toUser(c->userName, QStringLiteral("monitor.ended"),
        { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("unmonitored") } }, c);
}

// ---------------------------------------------------------------------------------------------------
// Joining a chat (barge-in): visible to the visitor and the agent, who keeps the chat

void SupervisorService::join(ClientConnection *c, const Envelope &e)
{
    const QString id = field(e.data, "conversationId");
    ConversationHub::Live *l = openChat(c, e, id);
    if (!l)
        return;
    if (l->record.state != ConversationState::Assigned) {
        refuse(c, e, ErrorCode::Conflict, tr("Only a chat an agent has can be joined; %1 has no agent.").arg(id));
        return;
    }
    // Joining also monitors: the supervisor's desks get every line, as when monitoring.
    m_monitors[id].insert(c->userName);
    const bool already = m_joined.value(id).contains(c->userName);
    if (!already) {
        m_joined[id].insert(c->userName);
        audit(c, e.type, id, QStringLiteral("agent %1").arg(l->record.agentId));
        m_hub.logEvent(QStringLiteral("joined: %1 joined %2").arg(c->userName, id));
        announce(id, QT_TRANSLATE_NOOP("handoff::server::SupervisorService", "Supervisor %1 joined the chat"),
                 c->userName);
    }
    c->sendOk(e.id, m_hub.conversationWithMessages(*l, true));
}

void SupervisorService::leave(ClientConnection *c, const Envelope &e)
{
    const QString id = field(e.data, "conversationId");
    const auto it = m_joined.find(id);
    if (it == m_joined.end() || !it.value().remove(c->userName)) {
        refuse(c, e, ErrorCode::NotFound, tr("You have not joined a chat %1.").arg(id));
        return;
    }
    if (it.value().isEmpty())
        m_joined.erase(it);
    audit(c, e.type, id, QString());
    m_hub.logEvent(QStringLiteral("left: %1 left %2").arg(c->userName, id));
    announce(id, QT_TRANSLATE_NOOP("handoff::server::SupervisorService", "%1 left the chat"), c->userName);
    c->sendOk(e.id); // monitoring goes on until conversation.unmonitor
}

void SupervisorService::announce(const QString &conversationId, const char *source, const QString &supervisor)
{
    ConversationHub::Live *l = m_hub.find(conversationId);
    if (!l)
        return;
    const QString text = bot::VisitorLanguage::translate(hub::visitorLanguage(l->record),
                                                         "handoff::server::SupervisorService", source)
                             .arg(displayName(supervisor));
    const auto line = m_hub.addLine(*l, AuthorKind::System, text);
    if (!line)
        return;
    const QJsonObject event { { QStringLiteral("message"), line->toJson() } };
    m_hub.toVisitors(*l, QStringLiteral("message"), event);
    if (l->record.state == ConversationState::Assigned)
        m_hub.toUser(l->record.agentId, QStringLiteral("message"), event);
}

void SupervisorService::endStaleJoins()
{
    for (auto it = m_joined.begin(); it != m_joined.end();) {
        if (!m_hub.find(it.key())) {
            it = m_joined.erase(it); // the chat closed
            continue;
        }
        for (auto u = it.value().begin(); u != it.value().end();) {
            bool hasSession = false;
            for (const auto &[sid, s] : m_hub.m_sessions)
                hasSession = hasSession || s->user() == *u;
            if (hasSession) {
                ++u;
                continue;
            }
            const QString user = *u;
            u = it.value().erase(u);
            announce(it.key(), QT_TRANSLATE_NOOP("handoff::server::SupervisorService", "%1 left the chat"), user);
        }
        it = it.value().isEmpty() ? m_joined.erase(it) : std::next(it);
    }
}

void SupervisorService::forceClose(ClientConnection *c, const Envelope &e)
{
    if (!forwardIfServedElsewhere(c, e))
        forceCloseFor(callerOf(c, e.id), e);
}

void SupervisorService::forceCloseFor(const Caller &c, const Envelope &e)
{
    const QString id = field(e.data, "conversationId");
    const QString reason = field(e.data, "reason");
    if (!isShortId(id)) {
        refuse(c, e.type, e.data, ErrorCode::Invalid, tr("Field \"conversationId\" must name a chat."));
        return;
    }
    if (reason.size() > protocol::kMaxMessageChars) {
        refuse(c, e.type, e.data, ErrorCode::TooLarge, tr("The reason is longer than %1 characters.").arg(protocol::kMaxMessageChars));
        return;
    }
    ConversationHub::Live *l = m_hub.find(id);
    if (!l) {
        refuseNotOpen(c, e.type, e.data, id, tr("The chat %1 is already closed.").arg(id));
        return;
    }
    const QString agent = l->record.state == ConversationState::Assigned ? l->record.agentId : QString();
    audit(c, e.type, id, reason.isEmpty() ? QString() : QStringLiteral("reason: %1").arg(reason));
    m_hub.closeConversation(
        *l, QStringLiteral("supervisor"),
        bot::VisitorLanguage::translate(hub::visitorLanguage(l->record), "handoff::server::SupervisorService",
            QT_TRANSLATE_NOOP("handoff::server::SupervisorService", "A supervisor")),
        QStringLiteral("force_closed"), reason);
    c.ok({});
    if (!agent.isEmpty())
        m_hub.toUser(agent, QStringLiteral("conversation.removed"),
            { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("force_closed") },
                { QStringLiteral("by"), c.user },
                { QStringLiteral("text"), tr("%1 ended the chat.").arg(displayName(c.user)) } });
}

void SupervisorService::setAgentPresence(ClientConnection *c, const Envelope &e)
{
    const QString agentId = field(e.data, "agentId");
    const auto presence = presenceFromString(field(e.data, "presence"));
    if (!isShortId(agentId) || !presence || *presence == Presence::Busy) {
        refuse(c, e, ErrorCode::Invalid,
            tr("Name the \"agentId\" and a \"presence\" of \"available\", \"away\" or \"offline\"."));
        return;
    }
    const auto user = m_hub.m_store.user(agentId);
    if (!user || user->role != Role::Agent) {
        refuse(c, e, ErrorCode::NotFound, tr("There is no agent %1.").arg(agentId));
        return;
    }
    m_hub.m_chosenPresence.insert(agentId, *presence);
    // An agent with no desk keeps the choice for the next sign-in; routing them chats now would be pointless.
    const bool signedIn = m_hub.attachedDesks(agentId) > 0 || m_hub.m_detachedSince.contains(agentId);
    if (signedIn || *presence == Presence::Offline)
        m_hub.m_engine.setPresence(agentId, *presence);
    audit(c, e.type, agentId, toString(*presence));
    m_hub.logEvent(QStringLiteral("presence: %1 set %2 by %3").arg(agentId, toString(*presence), c->userName));
    const routing::AgentStatus s = m_hub.m_engine.agent(agentId);
    c->sendOk(e.id,
        { { QStringLiteral("agentId"), agentId }, { QStringLiteral("presence"), toString(s.presence) },
            { QStringLiteral("chosen"), toString(*presence) } });
    m_hub.sendPresence(agentId);
    m_hub.pump();
}

// ---------------------------------------------------------------------------------------------------
// Report and audit log

namespace {

// Post-chat survey figures of a group of ratings: how many, the average, the share rated 4 or 5.
struct RatingFigures {
    int count = 0;
    int sum = 0;
    int satisfied = 0;
    void add(int rating)
    {
        ++count;
        sum += rating;
        satisfied += rating >= 4 ? 1 : 0;
    }
    QJsonObject toJson() const
    {
        const auto rounded = [](double v) { return std::round(v * 10) / 10; };
        return { { QStringLiteral("count"), count },
            { QStringLiteral("average"), count ? rounded(double(sum) / count) : 0.0 },
            { QStringLiteral("satisfiedPercent"), count ? rounded(100.0 * satisfied / count) : 0.0 } };
    }
};

QJsonArray figuresBy(const QMap<QString, RatingFigures> &groups, const QString &key)
{
    QJsonArray out;
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        QJsonObject o = g.value().toJson();
        o.insert(key, g.key());
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject SupervisorService::satisfactionReport(const QList<store::RatingRecord> &ratings)
{
    RatingFigures all;
    QMap<QString, RatingFigures> byQueue, byAgent;
    for (const store::RatingRecord &r : ratings) {
        all.add(r.rating);
        byQueue[r.queueId].add(r.rating);
        byAgent[r.agentId].add(r.rating);
    }
    QJsonObject o = all.toJson();
    o.insert(QStringLiteral("byQueue"), figuresBy(byQueue, QStringLiteral("queueId")));
    o.insert(QStringLiteral("byAgent"), figuresBy(byAgent, QStringLiteral("agentId")));
    return o;
}

void SupervisorService::escalationReport(ClientConnection *c, const Envelope &e)
{
    const QDateTime from = fromIsoUtc(field(e.data, "from"));
    const QDateTime to = fromIsoUtc(field(e.data, "to"));
    if (!from.isValid() || !to.isValid() || to <= from || from.daysTo(to) > kMaxReportDays) {
        c->sendError(e.id, ErrorCode::Invalid,
            tr("Give \"from\" and \"to\" as times (ISO 8601), \"to\" after \"from\" and at most %1 days apart.")
                .arg(kMaxReportDays));
        return;
    }
    audit(c, e.type, QString(), QStringLiteral("from %1 to %2").arg(toIsoUtc(from), toIsoUtc(to)));
    // The rows are read on the reader's connection; the event loop only counts them.
    struct Rows {
        QList<store::EscalationRecord> escalations;
        QList<store::RatingRecord> ratings;
    };
    auto rows = std::make_shared<Rows>();
    m_hub.readFor(
        c,
        [rows, from, to](store::Store &s) {
            rows->escalations = s.escalations(from, to);
            rows->ratings = s.ratings(from, to);
            return true;
        },
        [guard = QPointer<ClientConnection>(c), re = e.id, rows, from, to](bool) {
            if (guard)
                guard->sendOk(re, { { QStringLiteral("report"), escalationReportOf(from, to, rows->escalations,
                                                                     satisfactionReport(rows->ratings)) } });
        });
}

QJsonObject SupervisorService::escalationReportOf(const QDateTime &from, const QDateTime &to,
    const QList<store::EscalationRecord> &escalations, const QJsonObject &satisfaction)
{
    QMap<QString, QMap<QString, int>> counts; // topic -> trigger -> count
    QMap<QString, int> byTriggerCounts;
    int total = 0;
    for (const store::EscalationRecord &r : escalations) {
        ++counts[r.topic][toString(r.trigger)];
        ++byTriggerCounts[toString(r.trigger)];
        ++total;
    }
    struct Count {
        QString name;
        int count;
    };
    const auto byCount
        = [](const Count &a, const Count &b) { return a.count != b.count ? a.count > b.count : a.name < b.name; };
    QList<Count> topics;
    QJsonArray rows;
    for (auto t = counts.cbegin(); t != counts.cend(); ++t) {
        int n = 0;
        for (auto g = t.value().cbegin(); g != t.value().cend(); ++g) {
            n += g.value();
            rows.append(QJsonObject { { QStringLiteral("topic"), t.key() }, { QStringLiteral("trigger"), g.key() },
                { QStringLiteral("count"), g.value() } });
        }
        topics.append({ t.key(), n });
    }
    std::sort(topics.begin(), topics.end(), byCount);
    QJsonArray byTopic;
    for (const Count &t : std::as_const(topics)) {
        QJsonObject triggers;
        const QMap<QString, int> &perTrigger = counts[t.name];
        for (auto g = perTrigger.cbegin(); g != perTrigger.cend(); ++g)
            triggers.insert(g.key(), g.value());
        byTopic.append(QJsonObject { { QStringLiteral("topic"), t.name }, { QStringLiteral("count"), t.count },
            { QStringLiteral("byTrigger"), triggers } });
    }
    QList<Count> triggers;
    for (auto g = byTriggerCounts.cbegin(); g != byTriggerCounts.cend(); ++g)
        triggers.append({ g.key(), g.value() });
    std::sort(triggers.begin(), triggers.end(), byCount);
    QJsonArray byTrigger;
    for (const Count &g : std::as_const(triggers))
        byTrigger.append(QJsonObject { { QStringLiteral("trigger"), g.name }, { QStringLiteral("count"), g.count } });
    return QJsonObject { { QStringLiteral("from"), toIsoUtc(from) }, { QStringLiteral("to"), toIsoUtc(to) },
        { QStringLiteral("total"), total }, { QStringLiteral("byTopic"), byTopic },
        { QStringLiteral("byTrigger"), byTrigger }, { QStringLiteral("rows"), rows },
        { QStringLiteral("satisfaction"), satisfaction } };
}

void SupervisorService::kpiReport(ClientConnection *c, const Envelope &e)
{
    QString error;
    const auto period = KpiPeriod::fromDates(field(e.data, "from"), field(e.data, "to"), QTimeZone::systemTimeZone(),
        &error);
    if (!period) {
        c->sendError(e.id, ErrorCode::Invalid, error);
        return;
    }
    audit(c, e.type, QString(),
        QStringLiteral("from %1 to %2").arg(period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate)));
    // The sums are read on the reader's connection once every write decided so far is durable (so they
    // include all of it, and a long period never holds up the writer); the event loop only rolls them up.
    const routing::RoutingConfig config = m_hub.m_engine.config();
    auto sums = std::make_shared<std::optional<QList<store::KpiSums>>>();
    auto ratings = std::make_shared<QList<store::RatingRecord>>();
    m_hub.read(
        [sums, ratings, p = *period, thresholds = KpiReport::thresholds(config)](store::Store &s) {
            *sums = s.kpiSums(p.start, p.end, thresholds);
            *ratings = s.ratings(p.start, p.end);
            return true; // a failed read is answered below; it must not undo the batch's writes
        },
        [this, guard = QPointer<ClientConnection>(c), id = e.id, sums, ratings, p = *period, config](bool) {
            if (!guard)
                return;
            if (!*sums) {
                m_hub.logEvent(QStringLiteral("store failure: the KPI report could not be read"), LogLevel::Error);
                guard->sendError(id, ErrorCode::Unavailable, tr("The report cannot be read right now; try again shortly."));
                return;
            }
            guard->sendOk(id, { { QStringLiteral("report"), KpiReport::build(p, config, **sums, *ratings).toJson() } });
        });
}

void SupervisorService::auditList(ClientConnection *c, const Envelope &e)
{
    int limit = kDefaultAuditEntries;
    const QJsonValue v = e.data.value(QStringLiteral("limit"));
    if (!v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() > kMaxAuditEntries) {
            c->sendError(
                e.id, ErrorCode::Invalid, tr("Field \"limit\" must be a number from 1 to %1.").arg(kMaxAuditEntries));
            return;
        }
        limit = v.toInt();
    }
    auto read = std::make_shared<QList<store::AuditRecord>>();
    m_hub.readFor(
        c,
        [read, limit](store::Store &s) {
            *read = s.audit(limit);
            return true;
        },
        [guard = QPointer<ClientConnection>(c), re = e.id, read](bool) {
            if (!guard)
                return;
            QJsonArray entries;
            for (const store::AuditRecord &a : std::as_const(*read))
                entries.append(QJsonObject { { QStringLiteral("at"), toIsoUtc(a.at) },
                    { QStringLiteral("actor"), a.actor }, { QStringLiteral("action"), a.action },
                    { QStringLiteral("target"), a.target }, { QStringLiteral("detail"), a.detail },
                    { QStringLiteral("desk"), a.desk },
                    { QStringLiteral("allowed"), !a.detail.startsWith(QLatin1String("refused")) } });
            guard->sendOk(re, { { QStringLiteral("entries"), entries } });
        });
}

// ---------------------------------------------------------------------------------------------------
// Events out: the delivery log

void SupervisorService::webhookDeliveries(ClientConnection *c, const Envelope &e)
{
    const QJsonValue v = e.data.value(QStringLiteral("limit"));
    const int limit = v.isUndefined() ? 100 : v.toInt(-1);
    if (limit < 1 || limit > kMaxAuditEntries) {
        c->sendError(e.id, ErrorCode::Invalid, tr("\"limit\" must be a number from 1 to %1.").arg(kMaxAuditEntries));
        return;
    }
    auto read = std::make_shared<QList<store::WebhookDelivery>>();
    m_hub.read(
        [read, limit](store::Store &s) {
            *read = s.webhookDeliveries(limit);
            return true;
        },
        [guard = QPointer<ClientConnection>(c), re = e.id, read](bool ok) {
            if (!guard)
                return;
            if (!ok) {
                guard->sendError(re, ErrorCode::Unavailable, tr("The delivery log cannot be read now; try again."));
                return;
            }
            QJsonArray deliveries;
            for (const store::WebhookDelivery &d : std::as_const(*read))
                deliveries.append(QJsonObject { { QStringLiteral("id"), QString::number(d.id) },
                    { QStringLiteral("endpoint"), d.webhookId }, { QStringLiteral("url"), d.url },
                    { QStringLiteral("event"), d.event }, { QStringLiteral("conversationId"), d.conversationId },
                    { QStringLiteral("createdAt"), toIsoUtc(d.createdAt) }, { QStringLiteral("attempts"), d.attempts },
                    { QStringLiteral("state"),
                        d.deliveredAt.isValid() ? QStringLiteral("delivered")
                            : d.givenUp         ? QStringLiteral("given_up")
                                                : QStringLiteral("pending") },
                    { QStringLiteral("deliveredAt"), toIsoUtc(d.deliveredAt) },
                    { QStringLiteral("nextAttemptAt"),
                        d.deliveredAt.isValid() || d.givenUp ? QString() : toIsoUtc(d.nextAttemptAt) },
                    { QStringLiteral("lastStatus"), d.lastStatus }, { QStringLiteral("lastError"), d.lastError } });
            guard->sendOk(re, { { QStringLiteral("deliveries"), deliveries } });
        });
}

} // namespace handoff::server
