// The conversation state machine: a chat starts with the bot, escalates into a queue, is offered,
// assigned, transferred and closed; transcript lines and state go to the store writer; routing events
// and the once-a-second tick move waiting chats along. Handoffs from external bots start here too.
#include "server/ConversationHub.h"

#include "server/AttachmentService.h"

#include "server/ClientConnection.h"
#include "server/ConsultService.h"
#include "server/Metrics.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "server/SupervisorService.h"
#include "store/SecretToken.h"

#include <algorithm>

namespace handoff::server {

using store::SecretToken;
using namespace hub;

QString ConversationHub::visitorNotice(const QString &queueId, routing::Availability availability,
                                      const QString &language) const
{
    // The operator's own notices are said as configured; the defaults in the visitor's language.
    const auto *q = m_engine.config().queue(queueId);
    if (availability == routing::Availability::Closed)
        return q && !q->closedMessage.isEmpty()
            ? q->closedMessage
            : forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                     "We are closed right now. Leave us a message and we will reply."));
    return q && !q->noAgentsMessage.isEmpty()
        ? q->noAgentsMessage
        : forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                 "No one is available right now. Leave us a message, or stay: you "
                                                 "keep your place in the queue."));
}

QString ConversationHub::waitedTooLongNotice(const QString &language) const
{
    return forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                  "Sorry, nobody has been free to answer yet. Leave us a message and "
                                                  "we will reply, or keep waiting: you keep your place in the queue."));
}

ConversationHub::Live *ConversationHub::newConversation(const QString &visitorTokenHash, const QString &page,
                                                        const QString &language,
                                                        const std::optional<CustomerIdentity> &customer,
                                                        const QString &visitorId)
{
    auto live = std::make_unique<Live>();
    store::ConversationRecord &r = live->record;
    r.id = SecretToken::newId(QStringLiteral("c_"));
    r.state = ConversationState::Bot;
    r.visitorTokenHash = visitorTokenHash;
    r.page = page;
    r.language = language;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.customer = customer;
    r.visitorId = visitorId;
    live->bot = std::make_unique<bot::BotConversation>(m_settings.topics, m_settings.bot, m_orders.get());
    const bot::BotTurn greeting = live->bot->start(page, language);
    store::ConversationRecord created = r;
    created.botState = live->bot->saveState(); // in memory the bot is its own state (see save())
    const QString id = r.id;
    write([created](store::Store &s) { return s.createConversation(created); }, [this, id](bool ok) {
        if (ok)
            return;
        // Nothing of this chat reached the disk: its visitors are told so (before the answers held back
        // behind this write) and the chat is dropped.
        logEvent(QStringLiteral("store failure: conversation %1 was not created; dropped").arg(id), LogLevel::Error);
        if (Live *l = find(id)) {
            for (const auto &v : l->visitors) {
                if (!v)
                    continue;
                v->conversationId.clear();
                v->sendError(QString(), ErrorCode::Unavailable,
                             forVisitor(visitorLanguage(l->record),
                                        QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                          "The chat cannot start right now; try again shortly.")));
                v->close(WebSocketChannel::InternalError, Text::tr("store failure"));
            }
            m_engine.remove(id);
            m_visitorTokens.remove(l->record.visitorTokenHash);
            m_open.erase(id);
        }
    });
    Live *l = live.get();
    m_open.emplace(r.id, std::move(live));
    m_visitorTokens.insert(visitorTokenHash, id);
    m_webhooks->conversationEvent(QStringLiteral("conversation.created"), created);
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
    // With several routers a line is announced only when another router serves a visitor of this chat;
    // otherwise no one else needs it (every router hearing every line was most of the cost of a second one).
    write([m, quiet = clustered() && !hostedElsewhere(l)](store::Store &s) {
              return (quiet ? s.appendMessageQuietly(m) : s.appendMessage(m)).has_value();
          },
          [this, m, then = std::move(then)](bool ok) {
              if (ok) {
                  Metrics::instance().messageStored(m.author);
                  m_supervisors->messageStored(m);
                  m_consults->messageStored(m);
              } else {
                  logEvent(QStringLiteral("store failure: a %1 line of %2 was not stored").arg(toString(m.author), m.conversationId), LogLevel::Error);
                  if (Live *live = find(m.conversationId))
                      live->forget(m.id);
              }
              if (then)
                  then(ok ? std::optional<ChatMessage>(m) : std::nullopt, false);
          });
    m_webhooks->messageEvent(l.record, m); // its outbox rows are written after the line
}

void ConversationHub::applyBotTurn(Live &l, const bot::BotTurn &turn)
{
    for (const QString &reply : turn.replies)
        if (const auto line = addLine(l, AuthorKind::Bot, reply))
            toVisitors(l, QStringLiteral("message"), {{QStringLiteral("message"), line->toJson()}});
    if (!turn.topic.isEmpty())
        l.record.topic = turn.topic;
    if (turn.handoff && turn.context)
        escalate(l, *turn.context);
    else
        save(l);
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
    r.botState = l.bot ? l.bot->saveState() : QJsonObject(); // what the bot knew at the handoff stays on record
    l.bot.reset();
    save(l);
    const store::EscalationRecord escalation{r.id, now, r.topic, context.trigger, context.reason, r.queueId};
    write([escalation](store::Store &s) { return s.addEscalation(escalation); });
    contactEvent(r, QStringLiteral("entered"), {}, {}, now);
    logEvent(QStringLiteral("escalated: %1 (%2, topic \"%3\") to queue %4, %5")
                 .arg(r.id, toString(context.trigger), r.topic, r.queueId, availabilityName(result.availability)));
    sendStatus(l, false);
    l.lastAvailability = result.availability;
    if (result.availability != routing::Availability::Open)
        toVisitors(l, QStringLiteral("offline"),
                   {{QStringLiteral("reason"), availabilityName(result.availability)},
                    {QStringLiteral("notice"), visitorNotice(r.queueId, result.availability, visitorLanguage(r))}});
    pump();
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
        contactEvent(r, QStringLiteral("closed"), r.agentId, disposition, now, 0, msBetween(r.assignedAt, now));
    } else if (was == ConversationState::Waiting || was == ConversationState::Offered) {
        m_engine.remove(r.id);
        // The visitor left before anyone answered: when they ended it, or when their page went away (the
        // router notices only after the grace period).
        if (by == QLatin1String("visitor") || disposition == QLatin1String("abandoned")) {
            const QDateTime left = by != QLatin1String("visitor") && l.visitorGoneSince.isValid() ? l.visitorGoneSince : now;
            const QDateTime entered = r.queueEnteredAt.isValid() ? r.queueEnteredAt : r.enqueuedAt;
            contactEvent(r, QStringLiteral("abandoned"), {}, disposition, left, msBetween(entered, left));
        }
    }
    // The transcript is in the visitor's language, as the bot's lines are (docs/translations.md).
    const QString language = visitorLanguage(r);
    QString text = by == QLatin1String("visitor")
        ? forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "The visitor ended the chat."))
        : forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "%1 ended the chat.")).arg(byName);
    if (disposition == QLatin1String("abandoned"))
        text = forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                      "The visitor left before anyone could answer."));
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
    const QString visitorText = by == QLatin1String("visitor")
        ? forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "You ended the chat."))
        : text;
    QJsonObject closedEvent{{QStringLiteral("by"), by}, {QStringLiteral("text"), visitorText}};
    addSurveyState(closedEvent, r, false);
    addTranscriptMailOffer(closedEvent, r);
    toVisitors(l, QStringLiteral("closed"), closedEvent);
    if (line && was == ConversationState::Assigned && by == QLatin1String("visitor"))
        toUser(r.agentId, QStringLiteral("message"), {{QStringLiteral("message"), line->toJson()}});
    const QString agent = was == ConversationState::Assigned ? r.agentId : QString();
    const store::ConversationRecord closed = r;
    for (const auto &v : l.visitors)
        if (v) {
            v->conversationId.clear();
            v->ended = {r.id, r.queueId, r.agentId};
        }
    m_visitorTokens.remove(r.visitorTokenHash);
    m_open.erase(closed.id); // l is gone from here on
    if (!agent.isEmpty())
        sendPresence(agent);
    pump();
    return closed;
}

void ConversationHub::save(Live &l, StoreWriter::Done done)
{
    store::ConversationRecord record = l.record;
    // While the bot has the chat, its state lives in the bot alone and is serialised only for the row
    // (a JSON copy per open chat would be about 1 KiB of memory each).
    if (l.bot)
        record.botState = l.bot->saveState();
    write([record](store::Store &s) { return s.updateConversation(record); },
          [this, id = record.id, done = std::move(done)](bool ok) {
              if (!ok)
                  logEvent(QStringLiteral("store failure: conversation %1 not saved").arg(id), LogLevel::Error);
              if (done)
                  done(ok);
          });
    announce(l);
}

void ConversationHub::announce(Live &l)
{
    const store::ConversationRecord &r = l.record;
    if (r.state == l.announcedState && r.agentId == l.announcedAgent)
        return;
    const ConversationState was = l.announcedState;
    const QString wasAgent = l.announcedAgent;
    l.announcedState = r.state;
    l.announcedAgent = r.agentId;
    WebhookDispatcher &out = *m_webhooks;
    switch (r.state) {
    case ConversationState::Bot:
        break;
    case ConversationState::Waiting:
    case ConversationState::Offered:
        if (was == ConversationState::Bot)
            out.conversationEvent(QStringLiteral("conversation.escalated"), r);
        else if (was == ConversationState::Assigned)
            out.conversationEvent(QStringLiteral("conversation.transferred"), r, { { QStringLiteral("fromAgentId"), wasAgent } });
        if (r.state == ConversationState::Offered) {
            const auto offer = m_engine.offerFor(r.id);
            out.conversationEvent(QStringLiteral("conversation.offered"), r,
                { { QStringLiteral("offeredTo"), offer ? offer->agentId : QString() } });
        }
        break;
    case ConversationState::Assigned:
        if (was == ConversationState::Assigned && !wasAgent.isEmpty())
            out.conversationEvent(QStringLiteral("conversation.transferred"), r, { { QStringLiteral("fromAgentId"), wasAgent } });
        out.conversationEvent(QStringLiteral("conversation.assigned"), r);
        if (!l.acceptedAnnounced) {
            l.acceptedAnnounced = true;
            out.handoffStatus(r, QStringLiteral("accepted"), QString());
        }
        break;
    case ConversationState::Closed:
        out.conversationEvent(QStringLiteral("conversation.closed"), r);
        if (l.acceptedAnnounced)
            out.handoffStatus(r, QStringLiteral("completed"), QString());
        else
            out.handoffStatus(r, QStringLiteral("failed"),
                r.disposition == QLatin1String("abandoned")
                    ? QStringLiteral("The customer left before an agent answered.")
                    : QStringLiteral("The conversation ended before an agent took it (%1).").arg(r.disposition));
        break;
    }
}

void ConversationHub::contactEvent(const store::ConversationRecord &record, const QString &kind, const QString &agent,
                                   const QString &detail, QDateTime at, qint64 waitMs, qint64 handleMs)
{
    const store::ContactEventRecord e{record.id, kind, record.queueId, agent, detail,
                                      at.isValid() ? at : QDateTime::currentDateTimeUtc(), waitMs, handleMs};
    m_kpiChanged = true;
    write([e](store::Store &s) { return s.addContactEvent(e); }, [this, e](bool ok) {
        if (!ok)
            logEvent(QStringLiteral("store failure: KPI event %1 of %2 not stored").arg(e.kind, e.conversationId),
                     LogLevel::Error);
    });
}

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
    if (!handoff.callbackUrl.isEmpty()) {
        const store::HandoffCallbackRecord callback { r.id, handoff.callbackUrl, apiTokenName, r.source,
            handoff.externalConversationId, handoff.relatesTo };
        write([callback](store::Store &s) { return s.setHandoffCallback(callback); });
    }
    m_webhooks->conversationEvent(QStringLiteral("conversation.created"), created);
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
        result.notice = visitorNotice(after->record.queueId, result.availability, visitorLanguage(after->record));
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

void ConversationHub::pump()
{
    handleRoutingEvents(m_engine.dispatch());
}

void ConversationHub::onTick()
{
    if (clustered())
        clusterTick();
    expireSessions();
    handleRoutingEvents(m_engine.tick());
    endAbandonedWaits();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const int expiry = m_settings.limits.anonymousChatExpirySeconds;
    if (now - m_lastPurge >= std::clamp(expiry, 1, 30)) {
        m_lastPurge = now;
        purgeUntouchedChats();
        const qint64 minute = now / 60;
        for (auto it = m_newChats.begin(); it != m_newChats.end();)
            it = it->minute == minute ? std::next(it) : m_newChats.erase(it);
    }
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
                            {QStringLiteral("notice"), visitorNotice(l->record.queueId, now, visitorLanguage(l->record))}});
            }
        }
    }
    broadcastQueuesIfChanged();
    const qint64 sinceKpi = now - m_lastKpiRefresh;
    if (sinceKpi >= kKpiRefreshSeconds || (m_kpiChanged && sinceKpi >= kKpiChangedSeconds))
        refreshKpiToday();
}

void ConversationHub::refreshKpiToday()
{
    if (m_kpiRefreshing)
        return;
    m_kpiRefreshing = true;
    m_kpiChanged = false;
    m_lastKpiRefresh = QDateTime::currentSecsSinceEpoch();
    const KpiPeriod today = KpiPeriod::today(QTimeZone::systemTimeZone());
    const routing::RoutingConfig config = m_engine.config();
    auto sums = std::make_shared<std::optional<QList<store::KpiSums>>>();
    read(
        [sums, today, thresholds = KpiReport::thresholds(config)](store::Store &s) {
            *sums = s.kpiSums(today.start, today.end, thresholds);
            return true; // a failed read keeps the last figures; it must not undo the batch's writes
        },
        [this, sums, today, config](bool) {
            m_kpiRefreshing = false;
            if (*sums)
                m_kpiToday = KpiReport::build(today, config, **sums);
        });
}

void ConversationHub::purgeUntouchedChats()
{
    // A page load opens a chat and the bot greets; most visitors never type. Such a chat, once its page has
    // been gone for anonymousChatExpirySeconds, is deleted with its bot lines: nothing of it is kept (there
    // is no visitor text, no escalation and no left message to keep).
    const int expiry = m_settings.limits.anonymousChatExpirySeconds;
    if (expiry <= 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList untouched;
    for (const auto &[id, l] : m_open) {
        if (l->record.state != ConversationState::Bot || !l->visitors.isEmpty() || !l->visitorGoneSince.isValid()
            || l->visitorGoneSince.secsTo(now) < expiry)
            continue;
        const bool wrote = std::any_of(l->messages.cbegin(), l->messages.cend(),
                                       [](const ChatMessage &m) { return m.author == AuthorKind::Visitor; });
        if (!wrote)
            untouched << id;
    }
    for (const QString &id : std::as_const(untouched)) {
        const auto it = m_open.find(id);
        m_visitorTokens.remove(it->second->record.visitorTokenHash);
        m_open.erase(it);
        // Files uploaded into it (sent or not) go with it, unless another conversation has the same bytes.
        write([id, directory = m_settings.limits.attachments.directory](store::Store &s) {
            QStringList hashes;
            for (const store::AttachmentRecord &a : s.attachments(id))
                hashes << a.sha256;
            if (!s.deleteConversation(id))
                return false;
            if (!hashes.isEmpty() && !directory.isEmpty())
                AttachmentService::removeFiles(directory, s.unusedAttachmentHashes(hashes));
            return true;
        });
    }
    if (!untouched.isEmpty())
        logEvent(QStringLiteral("deleted %1 chats nobody wrote in (page gone for %2 s)").arg(untouched.size()).arg(expiry));
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
            const auto tell = [this, offer = ev.offer](bool ok) {
                Live *l = find(offer.conversationId);
                if (!ok || !l) {
                    // Several routers: another one took the chat first (the row refused this write).
                    m_engine.remove(offer.conversationId);
                    if (clustered())
                        dropLost({offer.conversationId});
                    return;
                }
                ++Metrics::instance().offers[Metrics::Made];
                logEvent(QStringLiteral("offered: %1 to %2 until %3").arg(offer.conversationId, offer.agentId,
                                                                            toIsoUtc(offer.expiresAt)));
                QJsonObject data = conversationWithMessages(*l, true);
                data.insert(QStringLiteral("offer"), offerJson(offer));
                toUser(offer.agentId, QStringLiteral("offer"), data);
            };
            // Claim before offer: with several routers the offer leaves only once the row says this router
            // still serves the chat; alone, it leaves in order behind the write as every frame does.
            if (clustered()) {
                save(*l, tell);
            } else {
                save(*l);
                tell(true);
            }
            break;
        }
        case Kind::OfferExpired:
        case Kind::OfferWithdrawn: {
            const QString agent = ev.offer.agentId.isEmpty() ? ev.agentId : ev.offer.agentId;
            QString reason = QStringLiteral("expired");
            if (ev.kind == Kind::OfferWithdrawn) {
                switch (ev.withdrawal) {
                case routing::RoutingEvent::Withdrawal::ConversationLeft: reason = QStringLiteral("left"); break;
                case routing::RoutingEvent::Withdrawal::AgentUnavailable: reason = QStringLiteral("unavailable"); break;
                case routing::RoutingEvent::Withdrawal::AgentSetAway: reason = QStringLiteral("missed_offers"); break;
                }
            }
            if (l && l->record.state == ConversationState::Assigned)
                reason = QStringLiteral("taken");
            if (l && l->record.state == ConversationState::Offered && !m_engine.offerFor(ev.conversationId)) {
                l->record.state = ConversationState::Waiting;
                save(*l);
            }
            if (reason == QLatin1String("expired")) {
                ++Metrics::instance().offers[Metrics::Expired];
                if (l && !agent.isEmpty())
                    contactEvent(l->record, QStringLiteral("missed"), agent, reason);
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
            {
                // The reason lets the desk tell the agent why, instead of changing the status silently.
                QJsonObject p = presenceJson(ev.agentId);
                p.insert(QStringLiteral("reason"), QStringLiteral("missed_offers"));
                toUser(ev.agentId, QStringLiteral("presence"), p);
            }
            break;
        case Kind::Overflowed:
            if (l) {
                l->record.queueId = ev.queueId;
                l->record.queueEnteredAt = m_engine.queueEnteredAt(ev.conversationId);
                save(*l);
                contactEvent(l->record, QStringLiteral("entered"), {}, QStringLiteral("overflow"),
                             l->record.queueEnteredAt);
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
                            {QStringLiteral("notice"), waitedTooLongNotice(visitorLanguage(l->record))}});
            }
            break;
        case Kind::QueueClosed:
            if (l) {
                l->lastAvailability = routing::Availability::Closed;
                toVisitors(*l, QStringLiteral("offline"),
                           {{QStringLiteral("reason"), QStringLiteral("closed")},
                            {QStringLiteral("notice"), visitorNotice(l->record.queueId, routing::Availability::Closed,
                                                                      visitorLanguage(l->record))}});
            }
            break;
        }
    }
}

QString ConversationHub::assignTo(Live &l, const store::UserRecord &target)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString previousAgent = l.record.state == ConversationState::Assigned ? l.record.agentId : QString();
    l.record.botState = {};
    if (!l.record.escalatedAt.isValid())
        l.record.escalatedAt = now;
    l.record.state = ConversationState::Assigned;
    l.record.agentId = target.name;
    l.record.agentName = target.displayName.isEmpty() ? target.name : target.displayName;
    l.record.assignedAt = now;
    l.bot.reset();
    save(l); // everything said about the new assignment leaves once this row is on disk
    // The routing engine follows: the old assignment or place in the queue ends, the new one starts.
    if (!previousAgent.isEmpty())
        m_engine.assignmentEnded(previousAgent, l.record.id);
    else
        m_engine.remove(l.record.id);
    m_engine.upsertAgent({ target.name, target.displayName, target.skills, target.capacity });
    m_engine.assignmentStarted(target.name, l.record.id);
    return previousAgent;
}

void ConversationHub::welcomeAgent(Live &l)
{
    // A transcript line: in the visitor's language (hub::forVisitor).
    const QString agentName = l.record.agentName;
    const QString joinedText = forVisitor(visitorLanguage(l.record),
                                          QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "%1 joined the chat"))
                                   .arg(agentName);
    if (const auto joined = addLine(l, AuthorKind::System, joinedText)) {
        toVisitors(l, QStringLiteral("agent.joined"), { { QStringLiteral("agentName"), agentName } });
        toVisitors(l, QStringLiteral("message"), { { QStringLiteral("message"), joined->toJson() } });
    }
    toUser(l.record.agentId, QStringLiteral("conversation.assigned"), conversationWithMessages(l, true));
    sendPresence(l.record.agentId);
}

void ConversationHub::sendStatus(Live &l, bool onlyWhenChanged)
{
    const store::ConversationRecord &r = l.record;
    const ConversationState visible = visibleToVisitor(r.state);
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

} // namespace handoff::server
