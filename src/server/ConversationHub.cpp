// Wiring and the way in: construction, restoring open conversations after a start, the user cache,
// shutdown, and the dispatch of every frame to the part that handles it.
#include "server/ConversationHub.h"

#include "bot/TopicSetData.h"
#include "server/ClientConnection.h"
#include "server/ConsultService.h"
#include "server/DeskSession.h"
#include "server/HubSupport.h"
#include "server/RequestShape.h"
#include "server/IdentityService.h"
#include "server/LiveConversation.h"
#include "server/OfflineMessageService.h"
#include "server/SupervisorService.h"
#include "store/SecretToken.h"
#include "store/StoreNotifier.h"

#include <QTextStream>

namespace handoff::server {

using store::SecretToken;
using namespace hub;

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
    m_identity = std::make_unique<IdentityService>(m_settings.identity, this);
    m_offline = std::make_unique<OfflineMessageService>(*this);
    m_webhooks = std::make_unique<WebhookDispatcher>(m_writer, m_settings.webhooks);
    m_mailer = std::make_unique<TranscriptMailer>(m_writer, m_settings.mail);
    m_supervisors = std::make_unique<SupervisorService>(*this);
    m_consults = std::make_unique<ConsultService>(*this);
}

ConversationHub::~ConversationHub() = default;

void ConversationHub::read(StoreWriter::Job job, StoreWriter::Done done)
{
    if (!m_reader) {
        write(std::move(job), std::move(done));
        return;
    }
    whenDurable([reader = m_reader, job = std::move(job), done = std::move(done)]() mutable {
        reader->submit(std::move(job), std::move(done));
    });
}

void ConversationHub::readFor(ClientConnection *c, StoreWriter::Job job, StoreWriter::Done done)
{
    QPointer<ClientConnection> guard(c);
    c->hold();
    read(std::move(job), [guard, done = std::move(done)](bool ok) {
        done(ok);
        if (guard)
            guard->release();
    });
}

void ConversationHub::logEvent(const QString &line, LogLevel level) const
{
    writeLogLine(level, line);
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

ConversationHub::Live *ConversationHub::installOpen(const store::ConversationRecord &r,
                                                    const QList<ChatMessage> &messages, RestoreCounts &counts)
{
    if (r.state == ConversationState::Closed || find(r.id))
        return nullptr;
    auto live = std::make_unique<Live>();
    live->record = r;
    live->announcedState = r.state; // told when it happened (by this router or the one before)
    live->announcedAgent = r.agentId;
    live->acceptedAnnounced = r.assignedAt.isValid();
    Live &l = *live;
    for (const ChatMessage &m : messages) {
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
            logEvent(QStringLiteral("restore: bot state of %1 could not be read; the bot starts afresh").arg(r.id), LogLevel::Warning);
        l.record.botState = QJsonObject(); // the bot holds it from here (save() writes it back)
        ++counts.withBot;
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
        ++counts.waiting;
        break;
    }
    case ConversationState::Assigned:
        m_engine.assignmentStarted(r.agentId, r.id);
        ++counts.assigned;
        break;
    case ConversationState::Closed:
        break;
    }
    // Web visitors have to come back after a restart (or to this router); their grace period starts now.
    if (!r.visitorTokenHash.isEmpty())
        l.visitorGoneSince = QDateTime::currentDateTimeUtc();
    // Visitors who were already served here from the store while another router had the chat.
    if (const auto hosted = m_hosted.find(r.id); hosted != m_hosted.end()) {
        for (const auto &v : std::as_const(hosted->visitors))
            if (v)
                l.visitors << v;
        if (!l.visitors.isEmpty())
            l.visitorGoneSince = QDateTime();
        // Lines they have not had yet (the other router's last ones), and what they asked that router for
        // and it did not do before it let go or died: done here, once this call has put the chat in place.
        for (const ChatMessage &m : std::as_const(l.messages))
            if (!m.internal && !hosted->delivered.contains(m.id))
                toConnectionsEncoded(l.visitors, QStringLiteral("message"), encodedMessageEvent(m));
        if (const QString request = hosted->pendingRequest; !request.isEmpty())
            QTimer::singleShot(0, this, [this, id = r.id, request] {
                if (Live *open = find(id))
                    request == QLatin1String("end") ? endedByVisitor(*open) : handoffAsked(*open);
            });
        m_hosted.erase(hosted);
    }
    m_enqueueOrder = std::max(m_enqueueOrder, r.enqueueOrder);
    Live *installed = live.get();
    m_open.emplace(r.id, std::move(live));
    return installed;
}

bool ConversationHub::restore(QString *error)
{
    if (!m_identity->start(error))
        return false;
    loadAgents();
    RestoreCounts counts;
    if (clustered()) {
        // Only what no running router serves: conversations of routers that stopped or went silent.
        if (!joinCluster(error))
            return false;
    } else {
        for (const store::ConversationRecord &r : m_store.openConversations())
            installOpen(r, m_store.messages(r.id), counts);
    }
    m_engine.dispatch(); // nobody is signed in yet; this only settles the engine
    if (!clustered())
        logEvent(QStringLiteral("restored %1 open conversations: %2 with the bot, %3 waiting, %4 assigned")
                     .arg(m_open.size())
                     .arg(counts.withBot)
                     .arg(counts.waiting)
                     .arg(counts.assigned));
    m_tick.start();
    m_webhooks->start();
    m_mailer->start();
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

bool ConversationHub::isSupervisor(const QString &user) const
{
    const auto it = m_users.constFind(user);
    return it != m_users.cend() && it->role == Role::Supervisor;
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
            s->connection()->close(WebSocketChannel::GoingAway, Text::tr("The router is shutting down."));
    for (auto &[id, l] : m_open)
        for (const auto &v : l->visitors)
            if (v)
                v->close(WebSocketChannel::GoingAway, Text::tr("The router is shutting down."));
}

ConversationHub::Live *ConversationHub::find(const QString &conversationId)
{
    const auto it = m_open.find(conversationId);
    return it == m_open.end() ? nullptr : it->second.get();
}

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
            c->close(WebSocketChannel::PolicyViolated, Text::tr("unsupported protocol version"));
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
    if (e.type == QLatin1String("ping")) {
        c->sendOk(e.id); // at any time, before hello and sign-in too: it only says the router is there
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
    if (const auto hosted = m_hosted.find(c->conversationId); hosted != m_hosted.end()) {
        hosted->visitors.removeAll(QPointer<ClientConnection>(c));
        hosted->visitors.removeAll(QPointer<ClientConnection>());
        if (hosted->visitors.isEmpty() && !hosted->watched)
            m_hosted.erase(hosted);
    }
    if (Live *l = find(c->conversationId)) {
        l->visitors.removeAll(QPointer<ClientConnection>(c));
        l->visitors.removeAll(QPointer<ClientConnection>());
        if (l->visitors.isEmpty())
            l->visitorGoneSince = QDateTime::currentDateTimeUtc();
    }
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
        {QStringLiteral("agents.list"), &ConversationHub::deskAgents},
        {QStringLiteral("agents.watch"), &ConversationHub::deskWatchAgents},
        {QStringLiteral("logout"), &ConversationHub::deskLogout},
        {QStringLiteral("customer.history"), &ConversationHub::deskCustomerHistory},
        {QStringLiteral("customer.search"), &ConversationHub::deskCustomerSearch},
    };
    if (SupervisorService::handles(e.type)) {
        // The role check (audited) comes first there, then the shape.
        m_supervisors->handle(c, e);
        return;
    }
    if (const auto error = requestShapeError(RequestEndpoint::Desk, e, {})) {
        c->sendError(e.id, error->code, error->message);
        return;
    }
    if (ConsultService::handles(e.type)) {
        m_consults->handle(c, e);
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

void ConversationHub::visitorRequest(ClientConnection *c, const Envelope &e)
{
    if (const auto error = requestShapeError(RequestEndpoint::Visitor, e, c->visitorLanguage)) {
        c->sendError(e.id, error->code, error->message);
        return;
    }
    if (e.type == QLatin1String("survey.submit")) {
        visitorSurvey(c, e);
        return;
    }
    if (e.type == QLatin1String("transcript.mail")) {
        visitorTranscriptMail(c, e);
        return;
    }
    Live *l = find(c->conversationId);
    if (!l && m_hosted.contains(c->conversationId)) {
        hostedVisitorRequest(c, e); // another router serves this chat
        return;
    }
    if (!l) {
        c->sendError(e.id, ErrorCode::Conflict,
                     forVisitor(c->visitorLanguage,
                                QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "This chat has ended.")));
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
        visitorLeaveMessage(c, l->record, e);
    else if (e.type == QLatin1String("end"))
        visitorEnd(c, *l, e);
    else
        c->sendError(e.id, ErrorCode::Invalid,
                     forVisitor(c->visitorLanguage,
                                QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Unknown request type \"%1\"."))
                         .arg(e.type));
}

} // namespace handoff::server
