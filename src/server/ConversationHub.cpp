#include "server/ConversationHub.h"

#include "protocol/DomainTypes.h"
#include "server/ClientConnection.h"
#include "server/DeskSession.h"
#include "server/LiveConversation.h"
#include "server/OfflineMessageService.h"
#include "server/SupervisorService.h"
#include "bot/TopicSetData.h"
#include "store/SecretToken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QTextStream>

namespace handoff::server {

using protocol::Envelope;
using protocol::ErrorCode;
using store::SecretToken;


namespace {

constexpr int kTokenValidDays = 30;
constexpr int kMaxPageChars = 2048;

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::ConversationHub)
};

QString field(const QJsonObject &data, const char *name)
{
    return data.value(QLatin1String(name)).toString();
}

// Reads a required short string (an id); answers `invalid` and returns false when it is not one.
bool requireId(ClientConnection *c, const Envelope &e, const char *name, QString *out)
{
    const QJsonValue v = e.data.value(QLatin1String(name));
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > protocol::kMaxIdChars) {
        c->sendError(e.id, ErrorCode::Invalid,
            Text::tr("Field \"%1\" must be a non-empty string of at most %2 characters.")
                .arg(QLatin1String(name))
                .arg(protocol::kMaxIdChars));
        return false;
    }
    *out = v.toString();
    return true;
}

// Reads message text: a non-empty string of at most 4000 characters.
bool requireText(ClientConnection *c, const Envelope &e, const char *name, QString *out)
{
    const QJsonValue v = e.data.value(QLatin1String(name));
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        c->sendError(
            e.id, ErrorCode::Invalid, Text::tr("Field \"%1\" must be non-empty text.").arg(QLatin1String(name)));
        return false;
    }
    if (v.toString().size() > protocol::kMaxMessageChars) {
        c->sendError(e.id, ErrorCode::TooLarge,
            Text::tr("The text has %1 characters; at most %2 are allowed.")
                .arg(v.toString().size())
                .arg(protocol::kMaxMessageChars));
        return false;
    }
    *out = v.toString();
    return true;
}

QJsonObject offerJson(const routing::Offer &o)
{
    return {{QStringLiteral("conversationId"), o.conversationId},
            {QStringLiteral("offeredAt"), toIsoUtc(o.offeredAt)},
            {QStringLiteral("expiresAt"), toIsoUtc(o.expiresAt)}};
}

QString availabilityName(routing::Availability a)
{
    switch (a) {
    case routing::Availability::Closed: return QStringLiteral("closed");
    case routing::Availability::NoAgents: return QStringLiteral("no_agents");
    case routing::Availability::Open: break;
    }
    return QStringLiteral("open");
}

} // namespace

QString ConversationHub::visitorNotice(const QString &queueId, routing::Availability availability) const
{
    const auto *q = m_engine.config().queue(queueId);
    if (availability == routing::Availability::Closed)
        return q && !q->closedMessage.isEmpty()
            ? q->closedMessage
            : Text::tr("We are closed right now. Leave us a message and we will reply.");
    return q && !q->noAgentsMessage.isEmpty()
        ? q->noAgentsMessage
        : Text::tr("No one is available right now. Leave us a message, or stay: you "
                   "keep your place in the queue.");
}

QString ConversationHub::waitedTooLongNotice() const
{
    return Text::tr("Sorry, nobody has been free to answer yet. Leave us a message and we will reply, or keep waiting: "
                    "you keep your place in the queue.");
}

ConversationHub::ConversationHub(store::Store &store, StoreWriter &writer, SignInService &signIns,
                                 const HubSettings &settings, std::unique_ptr<bot::OrderDirectory> orders,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(writer)
    , m_signIns(signIns)
    , m_settings(settings)
    , m_orders(std::move(orders))
    , m_engine(m_clock)
    , m_enqueueOrder(QDateTime::currentMSecsSinceEpoch() * 1000)
{
    m_engine.setConfig(m_settings.routing);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConversationHub::onTick);
    m_offline = std::make_unique<OfflineMessageService>(*this);
    m_supervisors = std::make_unique<SupervisorService>(*this);
}

ConversationHub::~ConversationHub() = default;

void ConversationHub::logEvent(const QString &line) const
{
    QTextStream(stderr) << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
}

QString ConversationHub::botName() const
{
    if (!m_settings.bot.botName.isEmpty())
        return m_settings.bot.botName;
    const auto topics = m_settings.topics.data();
    return topics && !topics->botName.isEmpty() ? topics->botName : Text::tr("Handoff Assistant");
}

void ConversationHub::loadAgents()
{
    for (const store::UserRecord &u : m_store.users()) {
        m_users.insert(u.name, u);
        if (u.role != Role::Agent)
            continue;
        m_engine.upsertAgent({u.name, u.displayName, u.skills, u.capacity});
    }
}

bool ConversationHub::restore(QString *error)
{
    loadAgents();
    int waiting = 0, assigned = 0, withBot = 0;
    for (store::ConversationRecord &r : m_store.openConversations()) {
        auto live = std::make_unique<Live>();
        live->record = r;
        Live &l = *live;
        for (const ChatMessage &m : m_store.messages(r.id)) {
            l.remember(m);
            if (m.author == AuthorKind::Visitor)
                l.record.lastVisitorAt = m.at; // kept in memory only: derived from the transcript
        }
        if (!r.visitorTokenHash.isEmpty())
            m_visitorTokens.insert(r.visitorTokenHash, r.id);
        switch (r.state) {
        case ConversationState::Bot:
            l.bot = std::make_unique<bot::BotConversation>(m_settings.topics, m_settings.bot, m_orders.get());
            if (!r.botState.isEmpty() && !l.bot->restoreState(r.botState))
                logEvent(QStringLiteral("restore: bot state of %1 could not be read; the bot starts afresh").arg(r.id));
            ++withBot;
            break;
        case ConversationState::Waiting:
        case ConversationState::Offered: {
            routing::Placement p;
            p.queueId = r.queueId;
            p.priority = r.priority;
            p.requiredSkills = r.requiredSkills;
            // The wait goes on where it was: overflow and the message form keep their original deadlines.
            const QDateTime waitStart = r.enqueuedAt.isValid() ? r.enqueuedAt : r.escalatedAt;
            m_engine.restoreWaiting(r.id, p, waitStart, r.queueEnteredAt.isValid() ? r.queueEnteredAt : waitStart,
                                    r.formOfferedAt.isValid());
            l.record.state = ConversationState::Waiting;
            if (r.state == ConversationState::Offered)
                save(l);
            ++waiting;
            break;
        }
        case ConversationState::Assigned:
            m_engine.assignmentStarted(r.agentId, r.id);
            ++assigned;
            break;
        case ConversationState::Closed:
            continue;
        }
        // Web visitors have to come back after a restart; their grace period starts now.
        if (!r.visitorTokenHash.isEmpty())
            l.visitorGoneSince = QDateTime::currentDateTimeUtc();
        m_open.emplace(r.id, std::move(live));
    }
    m_engine.dispatch(); // nobody is signed in yet; this only settles the engine
    logEvent(QStringLiteral("restored %1 open conversations: %2 with the bot, %3 waiting, %4 assigned")
                 .arg(m_open.size())
                 .arg(withBot)
                 .arg(waiting)
                 .arg(assigned));
    m_tick.start();
    Q_UNUSED(error);
    return true;
}

std::optional<store::UserRecord> ConversationHub::userRecord(const QString &name)
{
    if (const auto it = m_users.constFind(name); it != m_users.cend())
        return *it;
    auto u = m_store.user(name);
    if (u)
        m_users.insert(name, *u);
    return u;
}

QString ConversationHub::displayName(const QString &name)
{
    const auto u = userRecord(name);
    return u && !u->displayName.isEmpty() ? u->displayName : name;
}

void ConversationHub::setRoutingConfig(const routing::RoutingConfig &config)
{
    m_settings.routing = config;
    m_engine.setConfig(config);
    logEvent(QStringLiteral("routing configuration loaded: %1 queues, %2 rules").arg(config.queues.size()).arg(config.rules.size()));
    pump();
}

void ConversationHub::shutdown()
{
    m_shuttingDown = true;
    m_tick.stop();
    m_writer.drain(); // what was acknowledged leaves before the goodbye
    for (auto &[id, s] : m_sessions)
        if (s->isAttached())
            s->connection()->close(QWebSocketProtocol::CloseCodeGoingAway, Text::tr("The router is shutting down."));
    for (auto &[id, l] : m_open)
        for (const auto &v : l->visitors)
            if (v)
                v->close(QWebSocketProtocol::CloseCodeGoingAway, Text::tr("The router is shutting down."));
}

ConversationHub::Live *ConversationHub::find(const QString &conversationId)
{
    const auto it = m_open.find(conversationId);
    return it == m_open.end() ? nullptr : it->second.get();
}

// ---------------------------------------------------------------------------------------------------
// Frames

void ConversationHub::handleFrame(ClientConnection *c, const Envelope &e)
{
    if (m_shuttingDown) {
        c->sendError(e.id, ErrorCode::Unavailable, Text::tr("The router is shutting down."));
        return;
    }
    if (e.type == QLatin1String("hello")) {
        if (c->helloDone) {
            c->sendError(e.id, ErrorCode::Invalid, Text::tr("hello was already sent on this connection."));
            return;
        }
        const QJsonValue version = e.data.value(QStringLiteral("version"));
        if (!version.isString() || version.toString().isEmpty()) {
            c->sendError(
                e.id, ErrorCode::Invalid, Text::tr("Field \"version\" must name the protocol version, e.g. \"1.0\"."));
            return;
        }
        bool ok = false;
        const int major = version.toString().section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (!ok || major != protocol::kProtocolMajor) {
            c->sendError(e.id, ErrorCode::UnsupportedVersion,
                Text::tr("This router speaks protocol %1; version %2 is not supported.")
                    .arg(protocol::protocolVersion(), version.toString()));
            c->close(QWebSocketProtocol::CloseCodePolicyViolated, Text::tr("unsupported protocol version"));
            return;
        }
        if (c->endpoint() == ClientConnection::Endpoint::Desk)
            deskHello(c, e);
        else
            visitorHello(c, e);
        return;
    }
    if (e.type == QLatin1String("ok") || e.type == QLatin1String("error")) {
        c->sendError(
            e.re, ErrorCode::Invalid, Text::tr("The router sends no requests; \"%1\" answers nothing.").arg(e.type));
        return;
    }
    if (!c->helloDone) {
        if (c->endpoint() == ClientConnection::Endpoint::Desk)
            c->sendError(e.id, ErrorCode::Unauthenticated, Text::tr("Say hello and sign in first."));
        else
            c->sendError(e.id, ErrorCode::Invalid, Text::tr("Say hello first."));
        return;
    }
    if (c->endpoint() == ClientConnection::Endpoint::Desk) {
        if (e.type == QLatin1String("auth"))
            deskAuth(c, e);
        else if (e.type == QLatin1String("ping"))
            c->sendOk(e.id);
        else if (c->userName.isEmpty())
            c->sendError(e.id, ErrorCode::Unauthenticated, Text::tr("Sign in first."));
        else
            deskRequest(c, e);
    } else {
        visitorRequest(c, e);
    }
}

void ConversationHub::connectionClosed(ClientConnection *c)
{
    if (c->endpoint() == ClientConnection::Endpoint::Desk) {
        if (c->session && c->session->connection() == c) {
            c->session->detach();
            deskDetached(c->userName);
        }
        return;
    }
    if (Live *l = find(c->conversationId)) {
        l->visitors.removeAll(QPointer<ClientConnection>(c));
        l->visitors.removeAll(QPointer<ClientConnection>());
        if (l->visitors.isEmpty())
            l->visitorGoneSince = QDateTime::currentDateTimeUtc();
    }
}

// ---------------------------------------------------------------------------------------------------
// Desk: opening

void ConversationHub::deskHello(ClientConnection *c, const Envelope &e)
{
    c->helloDone = true;
    c->sendOk(e.id, {{QStringLiteral("version"), protocol::protocolVersion()},
                     {QStringLiteral("server"), QStringLiteral("handoff-router/%1").arg(QStringLiteral(HANDOFF_VERSION))}});
}

void ConversationHub::failAuth(ClientConnection *c, const QString &re, const QString &user, const QString &message)
{
    if (!user.isEmpty())
        m_throttle.recordFailure(user, QDateTime::currentDateTimeUtc());
    logEvent(QStringLiteral("sign-in failed for \"%1\" from %2").arg(user, c->peer()));
    // The delay makes guessing slow; the connection stays usable for another try.
    QPointer<ClientConnection> guard(c);
    QTimer::singleShot(m_settings.authFailureDelayMs, this, [guard, re, message] {
        if (guard)
            guard->sendError(re, ErrorCode::Unauthenticated, message);
    });
}

void ConversationHub::deskAuth(ClientConnection *c, const Envelope &e)
{
    if (!c->userName.isEmpty()) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("This connection is already signed in."));
        return;
    }
    if (c->signInPending) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("A sign-in is already under way on this connection."));
        return;
    }
    SignInRequest request;
    request.peerAddress = c->peerAddress();
    const QString token = field(e.data, "token");
    if (e.data.contains(QStringLiteral("password"))) {
        request.user = field(e.data, "user");
        request.password = field(e.data, "password");
        if (request.user.isEmpty() || request.user.size() > protocol::kMaxIdChars || request.password.size() > 1024) {
            c->sendError(
                e.id, ErrorCode::Invalid, Text::tr("Sign in with \"user\" and \"password\", or with \"token\"."));
            return;
        }
        if (m_throttle.isLocked(request.user, QDateTime::currentDateTimeUtc())) {
            failAuth(c, e.id, QString(),
                     Text::tr("Too many failed sign-ins for %1; try again in a minute.").arg(request.user));
            return;
        }
    } else if (!token.isEmpty() && token.size() <= 256) {
        request.token = token;
    } else {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Sign in with \"user\" and \"password\", or with \"token\"."));
        return;
    }
    // The password hash runs on SignInService's workers; this loop goes on serving everyone else.
    const QString userName = request.user;
    const bool queued = m_signIns.submit(request, [this, guard = QPointer<ClientConnection>(c), e, userName](
                                                      const SignInResult &result) {
        if (!guard)
            return;
        guard->signInPending = false;
        switch (result.status) {
        case SignInResult::Status::Ok:
            signedIn(guard, e, *result.user, result.token);
            break;
        case SignInResult::Status::WrongCredentials:
            failAuth(guard, e.id, userName,
                     userName.isEmpty() ? Text::tr("The sign-in token is unknown or expired; sign in with your password.")
                                        : Text::tr("Wrong user name or password."));
            break;
        case SignInResult::Status::StoreFailure:
            guard->sendError(e.id, ErrorCode::Unavailable, Text::tr("The router could not store the sign-in; try again."));
            break;
        }
    });
    if (!queued) {
        logEvent(QStringLiteral("sign-in refused for \"%1\" from %2: too many sign-ins under way").arg(userName, c->peer()));
        c->sendError(e.id, ErrorCode::RateLimited,
                     Text::tr("Too many sign-ins are under way; try again in a moment."));
        return;
    }
    c->signInPending = true;
}

void ConversationHub::signedIn(ClientConnection *c, const Envelope &e, const store::UserRecord &account,
                               const QString &token)
{
    const QString userName = account.name;
    const auto user = std::optional<store::UserRecord>(account);
    m_users.insert(user->name, *user);
    m_throttle.recordSuccess(userName);
    c->userName = userName;

    // Resume the session when every missed event is still buffered; otherwise start a new one.
    DeskSession *session = nullptr;
    bool resumed = false;
    qint64 lastSeq = -1;
    const QJsonObject resume = e.data.value(QStringLiteral("resume")).toObject();
    if (!resume.isEmpty()) {
        const auto it = m_sessions.find(field(resume, "session"));
        lastSeq = static_cast<qint64>(resume.value(QStringLiteral("lastSeq")).toDouble(-1));
        if (it != m_sessions.end() && it->second->user() == userName && it->second->canReplayAfter(lastSeq)) {
            session = it->second.get();
            resumed = true;
            if (ClientConnection *old = session->connection(); old && old != c) {
                old->session = nullptr;
                old->close(
                    QWebSocketProtocol::CloseCodeNormal, Text::tr("This session was resumed on another connection."));
            }
        }
    }
    if (!session) {
        const QString id = SecretToken::newId(QStringLiteral("s_"));
        session = m_sessions.emplace(id, std::make_unique<DeskSession>(id, userName, token)).first->second.get();
    }
    c->session = session;
    session->attach(c);
    deskAttached(userName);

    c->sendOk(e.id, {{QStringLiteral("token"), token},
                     {QStringLiteral("session"), session->id()},
                     {QStringLiteral("resumed"), resumed},
                     {QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), user->name},
                                  {QStringLiteral("displayName"), user->displayName},
                                  {QStringLiteral("role"), toString(user->role)},
                                  {QStringLiteral("skills"), QJsonArray::fromStringList(user->skills)},
                                  {QStringLiteral("capacity"), user->capacity}}}});
    logEvent(QStringLiteral("desk signed in: %1 (%2) from %3, session %4%5")
                 .arg(userName, toString(user->role), c->peer(), session->id(),
                      resumed ? QStringLiteral(" resumed after seq %1").arg(lastSeq) : QString()));
    if (resumed)
        session->replayAfter(lastSeq);
    else
        session->push(QStringLiteral("snapshot"), snapshotFor(userName));
    pump();
}

bool ConversationHub::isSupervisor(const QString &user) const
{
    const auto it = m_users.constFind(user);
    return it != m_users.cend() && it->role == Role::Supervisor;
}

void ConversationHub::deskRequest(ClientConnection *c, const Envelope &e)
{
    using Handler = void (ConversationHub::*)(ClientConnection *, const Envelope &);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("presence.set"), &ConversationHub::deskPresence},
        {QStringLiteral("offer.accept"), &ConversationHub::deskAccept},
        {QStringLiteral("offer.decline"), &ConversationHub::deskDecline},
        {QStringLiteral("message.send"), &ConversationHub::deskMessage},
        {QStringLiteral("typing"), &ConversationHub::deskTyping},
        {QStringLiteral("conversation.history"), &ConversationHub::deskHistory},
        {QStringLiteral("conversation.transfer"), &ConversationHub::deskTransfer},
        {QStringLiteral("conversation.close"), &ConversationHub::deskClose},
        {QStringLiteral("canned.list"), &ConversationHub::deskCanned},
        {QStringLiteral("logout"), &ConversationHub::deskLogout},
    };
    if (SupervisorService::handles(e.type)) {
        m_supervisors->handle(c, e);
        return;
    }
    if (OfflineMessageService::handles(e.type)) {
        m_offline->handle(c, e);
        return;
    }
    const auto handler = handlers.value(e.type);
    if (!handler) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Unknown request type \"%1\".").arg(e.type));
        return;
    }
    (this->*handler)(c, e);
}

// ---------------------------------------------------------------------------------------------------
// Desk: requests

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
    save(*l, [this, id, user](bool ok) {
        Live *l = find(id);
        if (ok || !l || l->record.state != ConversationState::Assigned || l->record.agentId != user)
            return;
        // The assignment never reached the disk: the chat waits again. Everything said about it meanwhile
        // was held back behind this write and goes out now, followed by the correction.
        logEvent(QStringLiteral("store failure: the assignment of %1 to %2 was not stored; it waits again").arg(id, user));
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
    logEvent(QStringLiteral("assigned: %1 to %2").arg(id, c->userName));
    const auto joined = addLine(*l, AuthorKind::System, Text::tr("%1 joined the chat").arg(agentName));
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
        const auto stored = m_store.conversation(id);
        if (stored && (stored->agentId == c->userName || (allowSupervisor && isSupervisor(c->userName))))
            c->sendError(e.id, ErrorCode::Conflict, Text::tr("The chat %1 is closed.").arg(id));
        else if (stored)
            c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not assigned to you.").arg(id));
        else
            c->sendError(e.id, ErrorCode::NotFound, Text::tr("There is no chat %1.").arg(id));
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
    QString clientId, text;
    Live *l = ownChat(c, e, false);
    if (!l || !requireId(c, e, "clientId", &clientId) || !requireText(c, e, "text", &text))
        return;
    const QJsonValue internalValue = e.data.value(QStringLiteral("internal"));
    if (!internalValue.isUndefined() && !internalValue.isBool()) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Field \"internal\" must be true or false."));
        return;
    }
    ChatMessage m;
    m.conversationId = l->record.id;
    m.clientId = clientId;
    m.author = AuthorKind::Agent;
    m.authorId = c->userName;
    m.authorName = l->record.agentName;
    m.text = text;
    m.internal = internalValue.toBool(false);
    // Who hears of it is decided now; what they hear leaves once it is on disk.
    QPointer<ClientConnection> sender(c);
    const QString re = e.id;
    const QString user = c->userName;
    const auto visitors = l->visitors;
    storeMessage(*l, m, [this, sender, re, user, visitors](const std::optional<ChatMessage> &stored, bool duplicate) {
        if (!stored) {
            if (sender)
                sender->sendError(re, ErrorCode::Unavailable, Text::tr("The router could not store the message; send it again."));
            return;
        }
        const QJsonObject event{{QStringLiteral("message"), stored->toJson()}};
        if (sender)
            sender->sendOk(re, event);
        if (duplicate)
            return;
        toUser(user, QStringLiteral("message"), event, sender);
        if (!stored->internal)
            toConnections(visitors, QStringLiteral("message"), event);
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
    QString id;
    if (!requireId(c, e, "conversationId", &id))
        return;
    if (Live *l = find(id)) {
        if (l->record.agentId != c->userName && !isSupervisor(c->userName)) {
            c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not yours.").arg(id));
            return;
        }
        c->sendOk(e.id, {{QStringLiteral("conversation"), l->record.summary().toJson()},
                         {QStringLiteral("messages"), visibleMessages(id, true)}});
        return;
    }
    const std::optional<store::ConversationRecord> record = m_store.conversation(id);
    if (!record) {
        c->sendError(e.id, ErrorCode::NotFound, Text::tr("There is no chat %1.").arg(id));
        return;
    }
    if (record->agentId != c->userName && !isSupervisor(c->userName)) {
        c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not yours.").arg(id));
        return;
    }
    c->sendOk(e.id, {{QStringLiteral("conversation"), record->summary().toJson()},
                     {QStringLiteral("messages"), visibleMessages(id, true)}});
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
    if (!agentId.isEmpty()) {
        target = userRecord(agentId);
        if (!target || target->role != Role::Agent) {
            c->sendError(e.id, ErrorCode::NotFound, Text::tr("There is no agent %1.").arg(agentId));
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
    QJsonArray list;
    for (const auto &r : m_store.cannedResponses(c->userName))
        list.append(QJsonObject{{QStringLiteral("id"), QString::number(r.id)},
                                {QStringLiteral("shortcut"), r.shortcut},
                                {QStringLiteral("title"), r.title},
                                {QStringLiteral("category"), r.category},
                                {QStringLiteral("text"), r.text},
                                {QStringLiteral("scope"), r.owner.isEmpty() ? QStringLiteral("shared") : QStringLiteral("personal")}});
    c->sendOk(e.id, {{QStringLiteral("responses"), list}});
}

void ConversationHub::deskLogout(ClientConnection *c, const Envelope &e)
{
    if (c->session) {
        const QString token = c->session->token();
        write([token](store::Store &s) { s.revokeToken(token); return true; });
        const QString id = c->session->id();
        c->session->detach();
        c->session = nullptr;
        m_sessions.erase(id);
    }
    const QString user = c->userName;
    c->userName.clear();
    c->sendOk(e.id);
    logEvent(QStringLiteral("desk signed out: %1").arg(user));
    deskDetached(user);
}

// ---------------------------------------------------------------------------------------------------
// Visitor

void ConversationHub::visitorHello(ClientConnection *c, const Envelope &e)
{
    const QString token = field(e.data, "visitorToken");
    const QString page = field(e.data, "page").left(kMaxPageChars);
    const QString language = field(e.data, "language").left(35);
    if (token.size() > 256) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Field \"visitorToken\" is too long."));
        return;
    }
    c->helloDone = true;
    if (!token.isEmpty()) {
        const QString hash = SecretToken::hash(token);
        if (Live *l = find(m_visitorTokens.value(hash))) {
            attachVisitor(c, e.id, *l, token, true);
            return;
        }
        // Not open: a closed chat, or a token the router never made. The store is asked once every write
        // decided so far is on disk, so a chat that closed a moment ago is found closed.
        QPointer<ClientConnection> guard(c);
        const QString re = e.id;
        whenDurable([this, guard, re, hash, token, page, language] {
            if (!guard)
                return;
            const auto known = m_store.conversationForVisitor(hash);
            if (known && known->state == ConversationState::Closed) {
                // The visitor sees the ended chat again; "start a new chat" is a hello without a token.
                guard->sendOk(re, {{QStringLiteral("visitorToken"), token},
                                   {QStringLiteral("conversationId"), known->id},
                                   {QStringLiteral("state"), toString(ConversationState::Closed)},
                                   {QStringLiteral("messages"), visibleMessages(known->id, false)}});
                logEvent(QStringLiteral("visitor back to closed %1 from %2").arg(known->id, guard->peer()));
                return;
            }
            if (Live *l = known ? find(known->id) : nullptr) {
                attachVisitor(guard, re, *l, token, true);
                return;
            }
            // An unknown token is replaced: tokens are made by the router only.
            startVisitor(guard, re, page, language);
        });
        return;
    }
    startVisitor(c, e.id, page, language);
}

void ConversationHub::startVisitor(ClientConnection *c, const QString &re, const QString &page, const QString &language)
{
    const QString visitorToken = SecretToken::generate(32);
    Live *l = newConversation(SecretToken::hash(visitorToken), page, language);
    attachVisitor(c, re, *l, visitorToken, false);
}

void ConversationHub::attachVisitor(ClientConnection *c, const QString &re, Live &live, const QString &visitorToken,
                                    bool resumed)
{
    Live *l = &live;
    c->conversationId = l->record.id;
    l->visitors.append(c);
    l->visitorGoneSince = QDateTime();
    c->sendOk(re, {{QStringLiteral("visitorToken"), visitorToken},
                     {QStringLiteral("conversationId"), l->record.id},
                     // An offer is the router's business; the visitor is still waiting.
                     {QStringLiteral("state"), toString(l->record.state == ConversationState::Offered
                                                            ? ConversationState::Waiting
                                                            : l->record.state)},
                     {QStringLiteral("messages"), visibleMessages(l->record.id, false)}});
    logEvent(QStringLiteral("visitor %1: %2 from %3").arg(resumed ? QStringLiteral("back") : QStringLiteral("new"),
                                                          l->record.id, c->peer()));
    if (resumed && l->record.state != ConversationState::Bot) {
        const ConversationState state = l->record.state;
        if (state == ConversationState::Assigned)
            c->send(Envelope::event(QStringLiteral("agent.joined"), {{QStringLiteral("agentName"), l->record.agentName}}));
        sendStatus(*l, false);
        if ((state == ConversationState::Waiting || state == ConversationState::Offered)) {
            const auto availability = m_engine.availability(l->record.queueId);
            if (availability != routing::Availability::Open)
                c->send(Envelope::event(QStringLiteral("offline"),
                                        {{QStringLiteral("reason"), availabilityName(availability)},
                                         {QStringLiteral("notice"), visitorNotice(l->record.queueId, availability)}}));
            else if (l->record.formOfferedAt.isValid()) // a reloaded page shows the form it was offered again
                c->send(Envelope::event(QStringLiteral("offline"), {{QStringLiteral("reason"), QStringLiteral("timeout")},
                                                                    {QStringLiteral("notice"), waitedTooLongNotice()}}));
        }
    }
}

ConversationHub::Live *ConversationHub::newConversation(const QString &visitorTokenHash, const QString &page,
                                                        const QString &language)
{
    auto live = std::make_unique<Live>();
    store::ConversationRecord &r = live->record;
    r.id = SecretToken::newId(QStringLiteral("c_"));
    r.state = ConversationState::Bot;
    r.visitorTokenHash = visitorTokenHash;
    r.page = page;
    r.language = language;
    r.createdAt = QDateTime::currentDateTimeUtc();
    live->bot = std::make_unique<bot::BotConversation>(m_settings.topics, m_settings.bot, m_orders.get());
    const bot::BotTurn greeting = live->bot->start(page, language);
    r.botState = live->bot->saveState();
    const store::ConversationRecord created = r;
    const QString id = r.id;
    write([created](store::Store &s) { return s.createConversation(created); }, [this, id](bool ok) {
        if (ok)
            return;
        // Nothing of this chat reached the disk: its visitors are told so (before the answers held back
        // behind this write) and the chat is dropped.
        logEvent(QStringLiteral("store failure: conversation %1 was not created; dropped").arg(id));
        if (Live *l = find(id)) {
            for (const auto &v : l->visitors) {
                if (!v)
                    continue;
                v->conversationId.clear();
                v->sendError(QString(), ErrorCode::Unavailable, Text::tr("The chat cannot start right now; try again shortly."));
                v->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, Text::tr("store failure"));
            }
            m_engine.remove(id);
            m_visitorTokens.remove(l->record.visitorTokenHash);
            m_open.erase(id);
        }
    });
    Live *l = live.get();
    m_open.emplace(r.id, std::move(live));
    m_visitorTokens.insert(visitorTokenHash, id);
    applyBotTurn(*l, greeting);
    return l;
}

std::optional<ChatMessage> ConversationHub::addLine(Live &l, AuthorKind author, const QString &text, bool internal,
                                                    const QString &authorId, const QString &authorName)
{
    ChatMessage m;
    m.conversationId = l.record.id;
    m.author = author;
    m.authorId = authorId;
    m.authorName = authorName.isEmpty() && author == AuthorKind::Bot ? botName() : authorName;
    m.text = text.left(protocol::kMaxMessageChars);
    m.internal = internal;
    m.id = SecretToken::newId(QStringLiteral("m_"));
    m.at = QDateTime::currentDateTimeUtc();
    storeMessage(l, m);
    return m;
}

void ConversationHub::storeMessage(Live &l, ChatMessage m, MessageStored then)
{
    m.conversationId = l.record.id;
    if (!m.clientId.isEmpty()) {
        const auto it = l.byClientKey.constFind(Live::clientKey(m));
        if (it != l.byClientKey.cend()) {
            // A resend: answered with the first one, in its place behind the first one's write.
            const ChatMessage first = l.messages.at(*it);
            if (then)
                whenDurable([then, first] { then(first, true); });
            return;
        }
    }
    if (m.id.isEmpty())
        m.id = SecretToken::newId(QStringLiteral("m_"));
    if (!m.at.isValid())
        m.at = QDateTime::currentDateTimeUtc();
    l.remember(m);
    write([m](store::Store &s) { return s.appendMessage(m).has_value(); },
          [this, m, then = std::move(then)](bool ok) {
              if (ok) {
                  m_supervisors->messageStored(m);
              } else {
                  logEvent(QStringLiteral("store failure: a %1 line of %2 was not stored").arg(toString(m.author), m.conversationId));
                  if (Live *live = find(m.conversationId))
                      live->forget(m.id);
              }
              if (then)
                  then(ok ? std::optional<ChatMessage>(m) : std::nullopt, false);
          });
}

void ConversationHub::applyBotTurn(Live &l, const bot::BotTurn &turn)
{
    for (const QString &reply : turn.replies)
        if (const auto line = addLine(l, AuthorKind::Bot, reply))
            toVisitors(l, QStringLiteral("message"), {{QStringLiteral("message"), line->toJson()}});
    if (!turn.topic.isEmpty())
        l.record.topic = turn.topic;
    if (l.bot)
        l.record.botState = l.bot->saveState();
    if (turn.handoff && turn.context)
        escalate(l, *turn.context);
    else
        save(l);
}

void ConversationHub::visitorRequest(ClientConnection *c, const Envelope &e)
{
    Live *l = find(c->conversationId);
    if (!l) {
        c->sendError(e.id, ErrorCode::Conflict, Text::tr("This chat has ended."));
        return;
    }
    if (e.type == QLatin1String("message.send"))
        visitorMessage(c, *l, e);
    else if (e.type == QLatin1String("handoff.request"))
        visitorHandoff(c, *l, e);
    else if (e.type == QLatin1String("typing")) {
        c->sendOk(e.id);
        if (l->record.state == ConversationState::Assigned)
            toUser(l->record.agentId, QStringLiteral("typing"),
                   {{QStringLiteral("conversationId"), l->record.id},
                    {QStringLiteral("typing"), e.data.value(QStringLiteral("typing")).toBool()}});
    } else if (e.type == QLatin1String("leave_message"))
        visitorLeaveMessage(c, *l, e);
    else if (e.type == QLatin1String("end"))
        visitorEnd(c, *l, e);
    else if (e.type == QLatin1String("ping"))
        c->sendOk(e.id);
    else
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Unknown request type \"%1\".").arg(e.type));
}

void ConversationHub::visitorMessage(ClientConnection *c, Live &l, const Envelope &e)
{
    QString clientId, text;
    if (!requireId(c, e, "clientId", &clientId) || !requireText(c, e, "text", &text))
        return;
    ChatMessage m;
    m.conversationId = l.record.id;
    m.clientId = clientId;
    m.author = AuthorKind::Visitor;
    m.authorName = l.record.visitorName;
    m.text = text;
    if (l.byClientKey.contains(Live::clientKey(m))) {
        storeMessage(l, m, [sender = QPointer<ClientConnection>(c), re = e.id](const std::optional<ChatMessage> &first, bool) {
            if (sender && first)
                sender->sendOk(re, {{QStringLiteral("message"), first->toJson()}});
        });
        return;
    }
    // Who hears of it is decided now (the other tabs, the agent it is assigned to now); they hear it, and
    // the sender gets its `ok`, once it is on disk. The message alone is written: lastVisitorAt is derived.
    QList<QPointer<ClientConnection>> otherTabs;
    for (const auto &v : l.visitors)
        if (v && v != c)
            otherTabs << v;
    const QString agent = l.record.state == ConversationState::Assigned ? l.record.agentId : QString();
    storeMessage(l, m,
                 [this, sender = QPointer<ClientConnection>(c), re = e.id, otherTabs, agent](
                     const std::optional<ChatMessage> &stored, bool) {
                     if (!stored) {
                         if (sender)
                             sender->sendError(re, ErrorCode::Unavailable,
                                               Text::tr("Your message could not be stored; send it again."));
                         return;
                     }
                     const QJsonObject event{{QStringLiteral("message"), stored->toJson()}};
                     if (sender)
                         sender->sendOk(re, event);
                     toConnections(otherTabs, QStringLiteral("message"), event);
                     if (!agent.isEmpty())
                         toUser(agent, QStringLiteral("message"), event);
                 });
    l.record.lastVisitorAt = QDateTime::currentDateTimeUtc();
    if (l.record.state == ConversationState::Bot && l.bot)
        applyBotTurn(l, l.bot->reply(text));
}

void ConversationHub::visitorHandoff(ClientConnection *c, Live &l, const Envelope &e)
{
    c->sendOk(e.id);
    if (l.record.state != ConversationState::Bot)
        return; // already with or waiting for a person
    if (l.bot) {
        bot::BotTurn turn = l.bot->requestHuman();
        if (!turn.handoff || !turn.context) {
            // The bot always hands over on this button; make sure of it even if it said nothing.
            turn.handoff = true;
            HandoffContext ctx;
            ctx.trigger = EscalationTrigger::Explicit;
            ctx.reason = Text::tr("The visitor asked for a person.");
            ctx.lastTopic = l.bot->lastTopic();
            ctx.fields = l.bot->fields();
            ctx.source = QStringLiteral("bot");
            turn.context = ctx;
        }
        applyBotTurn(l, turn);
    }
}

void ConversationHub::escalate(Live &l, HandoffContext context)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!context.at.isValid())
        context.at = now;
    if (context.language.isEmpty())
        context.language = l.record.language;
    if (context.page.isEmpty())
        context.page = l.record.page;
    if (context.source.isEmpty())
        context.source = QStringLiteral("bot");
    store::ConversationRecord &r = l.record;
    r.handoff = context;
    if (!context.lastTopic.isEmpty())
        r.topic = context.lastTopic;
    if (const QString name = context.field(QStringLiteral("visitor.name")); !name.isEmpty())
        r.visitorName = name;
    r.escalatedAt = now;

    routing::ConversationFacts facts;
    facts.conversationId = r.id;
    for (const BotField &f : context.fields)
        facts.fields.insert(f.name, f.value);
    facts.fields.insert(QStringLiteral("topic"), r.topic);
    facts.fields.insert(QStringLiteral("trigger"), toString(context.trigger));
    facts.fields.insert(QStringLiteral("reason"), context.reason);
    facts.fields.insert(QStringLiteral("language"), context.language);
    facts.fields.insert(QStringLiteral("page"), context.page);
    facts.fields.insert(QStringLiteral("source"), context.source);
    const routing::EnqueueResult result = m_engine.enqueue(facts);
    r.state = ConversationState::Waiting;
    r.queueId = result.placement.queueId;
    r.priority = result.placement.priority;
    r.requiredSkills = result.placement.requiredSkills;
    r.enqueuedAt = now;
    r.queueEnteredAt = now;
    r.enqueueOrder = ++m_enqueueOrder;
    l.bot.reset();
    save(l);
    const store::EscalationRecord escalation{r.id, now, r.topic, context.trigger, context.reason, r.queueId};
    write([escalation](store::Store &s) { return s.addEscalation(escalation); });
    logEvent(QStringLiteral("escalated: %1 (%2, topic \"%3\") to queue %4, %5")
                 .arg(r.id, toString(context.trigger), r.topic, r.queueId, availabilityName(result.availability)));
    sendStatus(l, false);
    l.lastAvailability = result.availability;
    if (result.availability != routing::Availability::Open)
        toVisitors(l, QStringLiteral("offline"),
                   {{QStringLiteral("reason"), availabilityName(result.availability)},
                    {QStringLiteral("notice"), result.visitorNotice}});
    pump();
}

void ConversationHub::visitorLeaveMessage(ClientConnection *c, Live &l, const Envelope &e)
{
    QString text;
    if (!requireText(c, e, "text", &text))
        return;
    const QString name = field(e.data, "name");
    const QString email = field(e.data, "email");
    if (name.size() > 200 || email.size() > 320) {
        c->sendError(e.id, ErrorCode::TooLarge, Text::tr("The name or e-mail address is too long."));
        return;
    }
    store::OfflineMessageRecord m;
    m.conversationId = l.record.id;
    m.name = name;
    m.email = email;
    m.text = text;
    m.queueId = l.record.queueId;
    m.at = QDateTime::currentDateTimeUtc();
    m.id = m_store.addOfflineMessage(m);
    if (m.id == 0) {
        c->sendError(e.id, ErrorCode::Unavailable, Text::tr("Your message could not be stored; send it again."));
        return;
    }
    logEvent(QStringLiteral("offline message %1 left in %2").arg(m.id).arg(l.record.id));
    c->sendOk(e.id, {{QStringLiteral("id"), QString::number(m.id)}});
    m_offline->messageLeft(m);
}

void ConversationHub::visitorEnd(ClientConnection *c, Live &l, const Envelope &e)
{
    const QString agent = l.record.state == ConversationState::Assigned ? l.record.agentId : QString();
    c->sendOk(e.id);
    const store::ConversationRecord closed =
        closeConversation(l, QStringLiteral("visitor"), QString(), QStringLiteral("visitor_left"), QString());
    if (!agent.isEmpty())
        toUser(agent, QStringLiteral("conversation.updated"), {{QStringLiteral("conversation"), closed.summary().toJson()}});
}

store::ConversationRecord ConversationHub::closeConversation(Live &l, const QString &by, const QString &byName,
                                                            const QString &disposition, const QString &note)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::ConversationRecord &r = l.record;
    const ConversationState was = r.state;
    if (was == ConversationState::Assigned && !r.agentId.isEmpty()) {
        m_engine.assignmentEnded(r.agentId, r.id);
        if (r.assignedAt.isValid())
            m_engine.recordHandleTime(r.queueId, static_cast<int>(r.assignedAt.secsTo(now)));
    } else if (was == ConversationState::Waiting || was == ConversationState::Offered) {
        m_engine.remove(r.id);
    }
    QString text = by == QLatin1String("visitor") ? Text::tr("The visitor ended the chat.")
                                                  : Text::tr("%1 ended the chat.").arg(byName);
    if (disposition == QLatin1String("abandoned"))
        text = Text::tr("The visitor left before anyone could answer.");
    const auto line = addLine(l, AuthorKind::System, text);
    r.state = ConversationState::Closed;
    r.closedAt = now;
    r.disposition = disposition;
    r.closeNote = note;
    save(l);
    logEvent(QStringLiteral("closed: %1 by %2 (%3)").arg(r.id, by, disposition));
    if (line && by != QLatin1String("visitor"))
        toVisitors(l, QStringLiteral("message"), {{QStringLiteral("message"), line->toJson()}});
    toVisitors(l, QStringLiteral("status"), {{QStringLiteral("state"), toString(ConversationState::Closed)}});
    // The visitor is told in their own words; the transcript line above is the desk's wording.
    const QString visitorText = by == QLatin1String("visitor") ? Text::tr("You ended the chat.") : text;
    toVisitors(l, QStringLiteral("closed"), {{QStringLiteral("by"), by}, {QStringLiteral("text"), visitorText}});
    if (line && was == ConversationState::Assigned && by == QLatin1String("visitor"))
        toUser(r.agentId, QStringLiteral("message"), {{QStringLiteral("message"), line->toJson()}});
    const QString agent = was == ConversationState::Assigned ? r.agentId : QString();
    const store::ConversationRecord closed = r;
    for (const auto &v : l.visitors)
        if (v)
            v->conversationId.clear();
    m_visitorTokens.remove(r.visitorTokenHash);
    m_open.erase(closed.id); // l is gone from here on
    if (!agent.isEmpty())
        sendPresence(agent);
    pump();
    return closed;
}

void ConversationHub::save(Live &l, StoreWriter::Done done)
{
    const store::ConversationRecord record = l.record;
    write([record](store::Store &s) { return s.updateConversation(record); },
          [this, id = record.id, done = std::move(done)](bool ok) {
              if (!ok)
                  logEvent(QStringLiteral("store failure: conversation %1 not saved").arg(id));
              if (done)
                  done(ok);
          });
}

// ---------------------------------------------------------------------------------------------------
// External handoffs (HTTP API)

std::optional<ExternalHandoffResult> ConversationHub::createExternalHandoff(const bot::ExternalHandoff &handoff,
                                                                            const QString &apiTokenName, QString *error)
{
    Q_UNUSED(error); // a write that fails later is logged; the store writer has it from here
    auto live = std::make_unique<Live>();
    store::ConversationRecord &r = live->record;
    r.id = SecretToken::newId(QStringLiteral("c_"));
    r.state = ConversationState::Bot;
    r.source = handoff.context.source.isEmpty() ? QStringLiteral("api") : handoff.context.source;
    r.externalId = handoff.externalConversationId;
    r.apiTokenName = apiTokenName;
    r.visitorName = handoff.visitorName;
    r.page = handoff.context.page;
    r.language = handoff.context.language;
    r.createdAt = QDateTime::currentDateTimeUtc();
    const store::ConversationRecord created = r;
    write([created](store::Store &s) { return s.createConversation(created); });
    Live &l = *live;
    m_open.emplace(r.id, std::move(live));
    for (ChatMessage m : handoff.transcript) {
        m.id.clear();
        m.clientId.clear();
        m.internal = false;
        storeMessage(l, m);
    }
    if (!handoff.context.agentMessage.isEmpty())
        addLine(l, AuthorKind::System, handoff.context.agentMessage, true);
    logEvent(QStringLiteral("external handoff from \"%1\": %2 (external id \"%3\", %4 transcript lines)")
                 .arg(apiTokenName, l.record.id, handoff.externalConversationId)
                 .arg(handoff.transcript.size()));
    HandoffContext context = handoff.context;
    if (context.source.isEmpty())
        context.source = QStringLiteral("api");
    const QString id = l.record.id;
    escalate(l, context);
    Live *after = find(id);
    ExternalHandoffResult result;
    result.conversationId = id;
    if (!after) {
        result.state = ConversationState::Closed;
        return result;
    }
    result.state = after->record.state;
    result.queueId = after->record.queueId;
    result.position = m_engine.position(id);
    result.estimatedWaitSeconds = m_engine.estimatedWaitSeconds(id);
    result.availability = m_engine.availability(after->record.queueId);
    if (result.availability != routing::Availability::Open)
        result.notice = visitorNotice(after->record.queueId, result.availability);
    return result;
}

std::optional<ExternalConversationStatus> ConversationHub::externalStatus(const QString &conversationId)
{
    ExternalConversationStatus status;
    if (const Live *l = find(conversationId)) {
        status.record = l->record;
    } else if (auto stored = m_store.conversation(conversationId)) {
        status.record = *stored;
    } else {
        return std::nullopt;
    }
    const ConversationState state = status.record.state;
    if (state == ConversationState::Waiting || state == ConversationState::Offered) {
        status.position = m_engine.position(conversationId);
        status.estimatedWaitSeconds = m_engine.estimatedWaitSeconds(conversationId);
        status.availability = m_engine.availability(status.record.queueId);
    }
    return status;
}

// ---------------------------------------------------------------------------------------------------
// Routing events, status and fan-out

void ConversationHub::pump()
{
    handleRoutingEvents(m_engine.dispatch());
}

void ConversationHub::onTick()
{
    expireSessions();
    handleRoutingEvents(m_engine.tick());
    endAbandonedWaits();
    for (auto &[id, l] : m_open) {
        if (l->record.state != ConversationState::Waiting && l->record.state != ConversationState::Offered)
            continue;
        sendStatus(*l, true);
        // Waiting visitors hear when their queue can no longer serve them (closed, last agent gone), so
        // they can leave a message instead of waiting in silence.
        const routing::Availability now = m_engine.availability(l->record.queueId);
        if (now != l->lastAvailability) {
            l->lastAvailability = now;
            if (now != routing::Availability::Open) {
                toVisitors(*l, QStringLiteral("offline"),
                           {{QStringLiteral("reason"), availabilityName(now)},
                            {QStringLiteral("notice"), visitorNotice(l->record.queueId, now)}});
            }
        }
    }
    broadcastQueuesIfChanged();
}

void ConversationHub::endAbandonedWaits()
{
    const int grace = m_engine.config().abandonAfterSeconds;
    if (grace <= 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList abandoned;
    for (const auto &[id, l] : m_open) {
        const bool queued = l->record.state == ConversationState::Waiting || l->record.state == ConversationState::Offered;
        // Only web visitors have a page that can go away; API handoffs have no visitor socket at all.
        if (queued && !l->record.visitorTokenHash.isEmpty() && l->visitors.isEmpty() && l->visitorGoneSince.isValid()
            && l->visitorGoneSince.secsTo(now) >= grace)
            abandoned << id;
    }
    for (const QString &id : std::as_const(abandoned)) {
        if (Live *l = find(id)) {
            logEvent(QStringLiteral("abandoned: %1, the visitor has been gone for %2 s").arg(id).arg(grace));
            closeConversation(*l, QStringLiteral("router"), QString(), QStringLiteral("abandoned"), QString());
        }
    }
}

void ConversationHub::handleRoutingEvents(const QList<routing::RoutingEvent> &events)
{
    using Kind = routing::RoutingEvent::Kind;
    for (const routing::RoutingEvent &ev : events) {
        Live *l = find(ev.conversationId);
        switch (ev.kind) {
        case Kind::OfferMade: {
            if (!l) {
                m_engine.remove(ev.conversationId);
                break;
            }
            l->record.state = ConversationState::Offered;
            save(*l);
            logEvent(QStringLiteral("offered: %1 to %2 until %3").arg(ev.conversationId, ev.offer.agentId,
                                                                        toIsoUtc(ev.offer.expiresAt)));
            QJsonObject data = conversationWithMessages(*l, true);
            data.insert(QStringLiteral("offer"), offerJson(ev.offer));
            toUser(ev.offer.agentId, QStringLiteral("offer"), data);
            break;
        }
        case Kind::OfferExpired:
        case Kind::OfferWithdrawn: {
            const QString agent = ev.offer.agentId.isEmpty() ? ev.agentId : ev.offer.agentId;
            QString reason = ev.kind == Kind::OfferExpired ? QStringLiteral("expired") : QStringLiteral("left");
            if (l && l->record.state == ConversationState::Assigned)
                reason = QStringLiteral("taken");
            if (l && l->record.state == ConversationState::Offered && !m_engine.offerFor(ev.conversationId)) {
                l->record.state = ConversationState::Waiting;
                save(*l);
            }
            logEvent(QStringLiteral("offer %1: %2 to %3").arg(reason, ev.conversationId, agent));
            if (!agent.isEmpty())
                toUser(agent, QStringLiteral("offer.withdrawn"),
                       {{QStringLiteral("conversationId"), ev.conversationId}, {QStringLiteral("reason"), reason}});
            break;
        }
        case Kind::AgentSetAway:
            logEvent(QStringLiteral("presence: %1 set away after missed offers").arg(ev.agentId));
            m_chosenPresence.insert(ev.agentId, Presence::Away);
            sendPresence(ev.agentId);
            break;
        case Kind::Overflowed:
            if (l) {
                l->record.queueId = ev.queueId;
                l->record.queueEnteredAt = m_engine.queueEnteredAt(ev.conversationId);
                save(*l);
                logEvent(QStringLiteral("overflowed: %1 from %2 to %3").arg(ev.conversationId, ev.fromQueue, ev.queueId));
                sendStatus(*l, false);
            }
            break;
        case Kind::WaitedTooLong:
            // Once per conversation: a transfer starts a new wait in the engine, not a second offer.
            if (l && !l->record.formOfferedAt.isValid()) {
                l->record.formOfferedAt = QDateTime::currentDateTimeUtc();
                save(*l);
                logEvent(QStringLiteral("waited too long: %1 in %2, message form offered").arg(ev.conversationId, ev.queueId));
                toVisitors(*l, QStringLiteral("offline"),
                           {{QStringLiteral("reason"), QStringLiteral("timeout")},
                            {QStringLiteral("notice"), waitedTooLongNotice()}});
            }
            break;
        case Kind::QueueClosed:
            if (l) {
                l->lastAvailability = routing::Availability::Closed;
                toVisitors(*l, QStringLiteral("offline"),
                           {{QStringLiteral("reason"), QStringLiteral("closed")},
                            {QStringLiteral("notice"), visitorNotice(l->record.queueId, routing::Availability::Closed)}});
            }
            break;
        }
    }
}

void ConversationHub::sendStatus(Live &l, bool onlyWhenChanged)
{
    const store::ConversationRecord &r = l.record;
    const ConversationState visible = r.state == ConversationState::Offered ? ConversationState::Waiting : r.state;
    QJsonObject data{{QStringLiteral("state"), toString(visible)}};
    int position = 0, estimate = -1;
    if (visible == ConversationState::Waiting) {
        position = m_engine.position(r.id);
        estimate = m_engine.estimatedWaitSeconds(r.id);
        data.insert(QStringLiteral("position"), position);
        data.insert(QStringLiteral("estimatedWaitSeconds"), estimate);
    }
    if (visible == ConversationState::Assigned)
        data.insert(QStringLiteral("agentName"), r.agentName);
    if (onlyWhenChanged && l.lastStatusState == visible && l.lastPosition == position && l.lastEstimate == estimate)
        return;
    l.lastStatusState = visible;
    l.lastPosition = position;
    l.lastEstimate = estimate;
    toVisitors(l, QStringLiteral("status"), data);
}

void ConversationHub::toVisitors(Live &l, const QString &type, const QJsonObject &data)
{
    const Envelope e = Envelope::event(type, data);
    for (const auto &v : l.visitors)
        if (v)
            v->send(e);
}

void ConversationHub::toUser(const QString &user, const QString &type, const QJsonObject &data, ClientConnection *except)
{
    // The sending desk's session is skipped: it has the content in its `ok`, and its numbering stays gap-free.
    for (auto &[id, s] : m_sessions)
        if (s->user() == user && !(except && s->connection() == except))
            s->push(type, data);
}

void ConversationHub::toConnections(const QList<QPointer<ClientConnection>> &connections, const QString &type,
                                    const QJsonObject &data)
{
    const Envelope e = Envelope::event(type, data);
    for (const auto &c : connections)
        if (c)
            c->send(e);
}

void ConversationHub::toAllDesks(const QString &type, const QJsonObject &data)
{
    for (auto &[id, s] : m_sessions)
        s->push(type, data);
}

void ConversationHub::broadcastQueuesIfChanged()
{
    const QJsonArray queues = queuesJson();
    if (queues == m_lastQueues)
        return;
    m_lastQueues = queues;
    toAllDesks(QStringLiteral("queues"), {{QStringLiteral("queues"), queues}});
}

QJsonObject ConversationHub::presenceJson(const QString &user) const
{
    const routing::AgentStatus a = m_engine.agent(user);
    return {{QStringLiteral("presence"), toString(a.presence)},
            {QStringLiteral("chosen"), toString(a.chosenPresence)},
            {QStringLiteral("load"), a.load},
            {QStringLiteral("capacity"), a.profile.capacity}};
}

void ConversationHub::sendPresence(const QString &user)
{
    toUser(user, QStringLiteral("presence"), presenceJson(user));
}

// ---------------------------------------------------------------------------------------------------
// Agents' desks and presence

int ConversationHub::attachedDesks(const QString &user) const
{
    int n = 0;
    for (const auto &[id, s] : m_sessions)
        if (s->user() == user && s->isAttached())
            ++n;
    return n;
}

void ConversationHub::deskAttached(const QString &user)
{
    m_detachedSince.remove(user);
    const auto u = userRecord(user);
    if (!u || u->role != Role::Agent)
        return;
    // Skills or capacity may have changed with `user add`/admin commands since the router started.
    m_engine.upsertAgent({u->name, u->displayName, u->skills, u->capacity});
    if (m_engine.agent(user).chosenPresence == Presence::Offline) {
        const Presence chosen = m_chosenPresence.value(user, Presence::Available);
        m_engine.setPresence(user, chosen == Presence::Offline ? Presence::Available : chosen);
        logEvent(QStringLiteral("presence: %1 signed in as %2").arg(user, toString(m_engine.agent(user).chosenPresence)));
    }
}

void ConversationHub::deskDetached(const QString &user)
{
    if (!user.isEmpty() && attachedDesks(user) == 0)
        m_detachedSince.insert(user, QDateTime::currentDateTimeUtc());
}

void ConversationHub::expireSessions()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_detachedSince.begin(); it != m_detachedSince.end();) {
        if (it.value().secsTo(now) >= m_settings.presenceGraceSeconds && attachedDesks(it.key()) == 0) {
            if (m_engine.agent(it.key()).chosenPresence != Presence::Offline) {
                m_engine.setPresence(it.key(), Presence::Offline);
                logEvent(QStringLiteral("presence: %1 offline (no desk connected)").arg(it.key()));
            }
            it = m_detachedSince.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const DeskSession &s = *it->second;
        if (!s.isAttached() && s.detachedAt().isValid() && s.detachedAt().secsTo(now) >= m_settings.sessionKeepSeconds)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

// ---------------------------------------------------------------------------------------------------
// JSON forms

QJsonArray ConversationHub::visibleMessages(const QString &conversationId, bool includeInternal) const
{
    QJsonArray list;
    const auto open = m_open.find(conversationId);
    const QList<ChatMessage> messages = open != m_open.end() ? open->second->messages : m_store.messages(conversationId);
    for (const ChatMessage &m : messages)
        if (includeInternal || !m.internal)
            list.append(m.toJson());
    return list;
}

QJsonObject ConversationHub::conversationWithMessages(const Live &l, bool includeInternal) const
{
    return {{QStringLiteral("conversation"), l.record.summary().toJson()},
            {QStringLiteral("messages"), visibleMessages(l.record.id, includeInternal)}};
}

QJsonArray ConversationHub::queuesJson() const
{
    QJsonArray list;
    for (const routing::QueueStatus &q : m_engine.queues())
        list.append(QJsonObject{{QStringLiteral("id"), q.queueId},
                                {QStringLiteral("name"), q.name},
                                {QStringLiteral("waiting"), q.waiting},
                                {QStringLiteral("longestWaitSeconds"), q.longestWaitSeconds},
                                {QStringLiteral("agentsAvailable"), q.agentsAvailable},
                                {QStringLiteral("agentsSignedIn"), q.agentsSignedIn},
                                {QStringLiteral("open"), q.open}});
    return list;
}

QJsonObject ConversationHub::snapshotFor(const QString &user) const
{
    QJsonArray conversations;
    for (const auto &[id, l] : m_open)
        if (l->record.state == ConversationState::Assigned && l->record.agentId == user)
            conversations.append(conversationWithMessages(*l, true));
    QJsonArray offers;
    for (const routing::Offer &o : m_engine.offers()) {
        if (o.agentId != user)
            continue;
        const auto it = m_open.find(o.conversationId);
        if (it == m_open.end())
            continue;
        QJsonObject entry = conversationWithMessages(*it->second, true);
        entry.insert(QStringLiteral("offer"), offerJson(o));
        offers.append(entry);
    }
    QJsonObject snapshot = presenceJson(user);
    snapshot.remove(QStringLiteral("chosen"));
    snapshot.insert(QStringLiteral("chosen"), toString(m_engine.agent(user).chosenPresence));
    snapshot.insert(QStringLiteral("conversations"), conversations);
    snapshot.insert(QStringLiteral("offers"), offers);
    snapshot.insert(QStringLiteral("queues"), queuesJson());
    return snapshot;
}

} // namespace handoff::server
