// Several routers on one PostgreSQL database. Each open conversation is served by exactly one router, its
// owner (conversations.owner_router): the one that made it, or the one that took it over after its owner
// stopped (it gives its conversations back when it stops cleanly) or went silent (no heartbeat for the
// lease time, e.g. killed). Taking over is one UPDATE … FOR UPDATE SKIP LOCKED, so two routers never both
// serve, route or offer one conversation; a trigger refuses a router's writes to conversations it no
// longer owns. Everything here runs on the store writer's connection, never on the event loop.
#include "server/ClientConnection.h"
#include "server/ConversationHub.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "server/Metrics.h"
#include "server/OfflineMessageService.h"
#include "server/SupervisorService.h"
#include "store/ClusterRegistry.h"
#include "store/SecretToken.h"
#include "store/StoreNotifier.h"

#include <QJsonArray>
#include <algorithm>
#include <limits>

namespace handoff::server {

using store::ClusterRegistry;
using store::SecretToken;

namespace {

// A conversation as a router takes it over: its row and its transcript, read on the writer's connection.
template <typename Adopted> void load(store::Store &s, const QString &id, QList<Adopted> &into)
{
    if (auto record = s.conversation(id))
        into.append({ *record, s.messages(id) });
}

// The heartbeat (which also names the connection's router), as a store writer job.
StoreWriter::Job heartbeatJob(const ClusterSettings &cluster, std::shared_ptr<QString> why)
{
    return [cluster, why](store::Store &s) {
        return ClusterRegistry::heartbeat(
            ClusterRegistry::connectionOf(s), cluster.routerId, cluster.address, why.get());
    };
}

} // namespace
using namespace hub;

bool ConversationHub::joinCluster(QString *error)
{
    const ClusterSettings cluster = m_settings.cluster;
    auto why = std::make_shared<QString>();
    write(heartbeatJob(cluster, why));
    m_writer.drain();
    if (!why->isEmpty()) {
        if (error)
            *error = Text::tr("cannot join the routers on this database: %1").arg(*why);
        return false;
    }
    m_lastHeartbeatOk = QDateTime::currentMSecsSinceEpoch();
    startListening();
    // At the start every orphan is taken at once, before the router accepts anyone.
    QList<Adopted> taken;
    adoptOnWriter(QString(), [&taken](const QList<Adopted> &adopted) { taken = adopted; });
    m_writer.drain();
    RestoreCounts counts;
    for (const Adopted &a : std::as_const(taken))
        installOpen(a.record, a.messages, counts);
    Metrics::instance().takeovers[Metrics::FromGoneRouter] += taken.size();
    logEvent(QStringLiteral("router %1 joined; took over %2 open conversations no running router serves: %3 with the "
                            "bot, %4 waiting, %5 assigned")
                 .arg(cluster.routerId)
                 .arg(taken.size())
                 .arg(counts.withBot)
                 .arg(counts.waiting)
                 .arg(counts.assigned));
    return true;
}

void ConversationHub::adoptOnWriter(const QString &onlyId, std::function<void(const QList<Adopted> &)> then)
{
    const ClusterSettings cluster = m_settings.cluster;
    const bool starting = !m_tick.isActive();
    const int limit = starting || !onlyId.isEmpty() ? std::numeric_limits<int>::max() : cluster.adoptBatch;
    struct Sweep {
        QList<Adopted> adopted;
        QStringList owned;
        bool checkOwned = false;
        QString error;
    };
    auto sweep = std::make_shared<Sweep>();
    // A router that could not renew its heartbeat for a while may have been taken for gone: it then asks
    // which of its conversations are still its own.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Every tenth sweep it does so anyway, and loads what the rows say is its own but it does not have (a
    // hand-over whose notification was missed while its listener reconnected).
    const bool lapsed = now - m_lastHeartbeatOk > (cluster.leaseSeconds - 1) * 1000LL;
    sweep->checkOwned = onlyId.isEmpty() && !starting && (lapsed || --m_sweepsToReconcile <= 0);
    if (sweep->checkOwned)
        m_sweepsToReconcile = kSweepsPerReconcile;
    QStringList before;
    QSet<QString> here;
    if (sweep->checkOwned)
        for (const auto &[id, l] : m_open) {
            before << id;
            here.insert(id);
        }
    write(
        [cluster, onlyId, limit, sweep, here](store::Store &s) {
            // A failed batch is run again job by job: start afresh each time.
            sweep->adopted.clear();
            sweep->owned.clear();
            sweep->error.clear();
            const QSqlDatabase db = ClusterRegistry::connectionOf(s);
            const QStringList ids = ClusterRegistry::adoptOrphans(
                db, cluster.routerId, cluster.leaseSeconds, limit, onlyId, &sweep->error);
            if (!sweep->error.isEmpty())
                return false;
            for (const QString &id : ids)
                load(s, id, sweep->adopted);
            if (sweep->checkOwned) {
                sweep->owned = ClusterRegistry::ownedOpen(db, cluster.routerId, &sweep->error);
                if (!sweep->error.isEmpty())
                    return false;
                for (const QString &id : std::as_const(sweep->owned))
                    if (!here.contains(id) && !ids.contains(id))
                        load(s, id, sweep->adopted);
            }
            return true;
        },
        [this, sweep, before, then = std::move(then)](bool ok) {
            if (!ok) {
                logEvent(QStringLiteral("cluster: looking for conversations to take over failed: %1").arg(sweep->error),
                    LogLevel::Warning);
                if (then)
                    then({});
                return;
            }
            if (sweep->checkOwned) {
                QStringList lost;
                for (const QString &id : before)
                    if (!sweep->owned.contains(id) && find(id))
                        lost << id;
                dropLost(lost);
            }
            if (then)
                then(sweep->adopted);
        });
}

void ConversationHub::clusterTick()
{
    const ClusterSettings cluster = m_settings.cluster;
    write(heartbeatJob(cluster, std::make_shared<QString>()), [this](bool ok) {
        if (ok)
            m_lastHeartbeatOk = QDateTime::currentMSecsSinceEpoch();
    });
    if (!m_notifier || !m_notifier->isListening())
        startListening();
    if (--m_announceCountdown <= 0) {
        // Routers serving the chats of visitors here hear every 2 s that someone here listens for them.
        m_announceCountdown = 2;
        for (auto it = m_hosted.begin(); it != m_hosted.end();) {
            if (it->watched && !m_supervisors->isMonitored(it.key()))
                it->watched = false;
            if (!it->watched && it->visitors.isEmpty()) {
                it = m_hosted.erase(it);
                continue;
            }
            publish(QStringLiteral("host"), it.key());
            if (!it->pendingRequest.isEmpty())
                publish(QStringLiteral("visitor.request"), it.key(), { { QStringLiteral("request"), it->pendingRequest } });
            ++it;
        }
        shareFigures();
    }
    stealWaiting();
    if (m_sweepRunning || --m_sweepCountdown > 0)
        return;
    m_sweepCountdown = std::max(1, cluster.sweepSeconds);
    m_sweepRunning = true;
    adoptOnWriter(QString(), [this](const QList<Adopted> &adopted) {
        m_sweepRunning = false;
        Metrics::instance().takeovers[Metrics::FromGoneRouter] += adopted.size();
        installAdopted(adopted);
    });
}

void ConversationHub::installAdopted(const QList<Adopted> &adopted)
{
    if (adopted.isEmpty())
        return;
    RestoreCounts counts;
    QStringList agents;
    for (const Adopted &a : adopted) {
        Live *l = installOpen(a.record, a.messages, counts);
        if (!l || l->record.state != ConversationState::Assigned)
            continue;
        // The agent's desk, if it is signed in here, gets the chat back as it gets any assigned chat.
        toUser(l->record.agentId, QStringLiteral("conversation.assigned"), conversationWithMessages(*l, true));
        if (!agents.contains(l->record.agentId))
            agents << l->record.agentId;
    }
    logEvent(QStringLiteral("took over %1 open conversations from other routers: %2 with the bot, %3 waiting, "
                            "%4 assigned")
                 .arg(adopted.size())
                 .arg(counts.withBot)
                 .arg(counts.waiting)
                 .arg(counts.assigned));
    for (const QString &agent : std::as_const(agents))
        sendPresence(agent);
    pump();
}

void ConversationHub::dropLost(const QStringList &lost)
{
    for (const QString &id : lost) {
        Live *l = find(id);
        if (!l)
            continue;
        logEvent(QStringLiteral("cluster: %1 is served by another router now; let go here").arg(id));
        ++Metrics::instance().conversationsLetGo;
        const store::ConversationRecord r = l->record;
        if (r.state == ConversationState::Assigned)
            m_engine.assignmentEnded(r.agentId, id);
        else if (r.state == ConversationState::Waiting || r.state == ConversationState::Offered)
            m_engine.remove(id);
        // Its visitors stay connected here; what the new owner tells them comes through the database.
        QList<QPointer<ClientConnection>> visitors;
        for (const auto &v : l->visitors)
            if (v)
                visitors << v;
        if (!visitors.isEmpty()) {
            Hosted &h = m_hosted[id];
            h.record = r;
            h.visitors += visitors;
            for (const ChatMessage &m : std::as_const(l->messages))
                h.delivered.insert(m.id);
            publish(QStringLiteral("host"), id);
        }
        if (r.state == ConversationState::Assigned)
            toUser(r.agentId, QStringLiteral("conversation.removed"),
                { { QStringLiteral("conversationId"), id }, { QStringLiteral("reason"), QStringLiteral("moved") } });
        m_visitorTokens.remove(r.visitorTokenHash);
        m_open.erase(id);
    }
}

void ConversationHub::resumeVisitorElsewhere(
    ClientConnection *c, const QString &re, const store::ConversationRecord &known, const QString &token)
{
    QPointer<ClientConnection> guard(c);
    const QString id = known.id;
    adoptOnWriter(id, [this, guard, re, id, token](const QList<Adopted> &adopted) {
        Metrics::instance().takeovers[Metrics::FromGoneRouter] += adopted.size();
        installAdopted(adopted);
        if (!guard)
            return;
        if (Live *l = find(id)) {
            attachVisitor(guard, re, *l, token, true);
            return;
        }
        // Its router is running: the visitor is served from here, through the database.
        hostVisitor(guard, re, id, token);
    });
}

void ConversationHub::leaveCluster()
{
    if (!clustered())
        return;
    const QString me = m_settings.cluster.routerId;
    write([me](store::Store &s) {
        QString why;
        return ClusterRegistry::leave(ClusterRegistry::connectionOf(s), me, &why);
    });
    m_writer.drain();
}

void ConversationHub::startListening()
{
    if (!m_notifier) {
        m_notifier = std::make_unique<store::StoreNotifier>();
        connect(m_notifier.get(), &store::StoreNotifier::messageStored, this,
            [this](const QString &conversationId, const QString &) { onRemoteMessage(conversationId); });
        connect(m_notifier.get(), &store::StoreNotifier::routerEvent, this, &ConversationHub::onClusterEvent);
    }
    QString why;
    if (!m_notifier->start(m_settings.cluster.database, &why)) {
        logEvent(
            QStringLiteral("cluster: cannot listen for the other routers' events: %1").arg(why), LogLevel::Warning);
        return;
    }
    // Whatever was said while nobody listened is read from the store.
    for (auto it = m_hosted.cbegin(); it != m_hosted.cend(); ++it)
        hostedFetch(it.key());
    for (const auto &[id, l] : m_open)
        if (l->remoteHostsUntil.isValid())
            onRemoteMessage(id);
}

void ConversationHub::publish(const QString &kind, const QString &conversationId, const QJsonObject &extra)
{
    QJsonObject payload = extra;
    payload.insert(QStringLiteral("kind"), kind);
    payload.insert(QStringLiteral("conversationId"), conversationId);
    payload.insert(QStringLiteral("router"), m_settings.cluster.routerId);
    write([payload](store::Store &s) { return ClusterRegistry::publish(s, payload); });
}

void ConversationHub::onClusterEvent(const QString &kind, const QString &conversationId, const QJsonObject &event)
{
    if (kind == QLatin1String("supervisor.answer")) {
        if (event.value(QStringLiteral("to")).toString() == m_settings.cluster.routerId)
            m_supervisors->remoteAnswer(event);
        return;
    }
    if (kind == QLatin1String("offline")) {
        m_offline->otherRouterSaid(
            event.value(QStringLiteral("type")).toString(), event.value(QStringLiteral("id")).toString().toLongLong());
        return;
    }
    if (kind == QLatin1String("supervisor.request")) {
        if (find(conversationId))
            m_supervisors->remoteRequest(event);
        return;
    }
    if (kind == QLatin1String("rated")) {
        // A chat rated by its visitor on another router: the agent's desks here show it.
        if (event.value(QStringLiteral("router")).toString() != m_settings.cluster.routerId)
            toUser(event.value(QStringLiteral("agent")).toString(), QStringLiteral("conversation.rated"),
                event.value(QStringLiteral("rating")).toObject());
        return;
    }
    if (kind == QLatin1String("handover")) {
        if (event.value(QStringLiteral("to")).toString() == m_settings.cluster.routerId)
            takeHandOver(conversationId, event.value(QStringLiteral("agent")).toString());
        return;
    }
    if (Live *l = find(conversationId)) {
        // Events for a chat this router serves, from a router hosting one of its visitors.
        if (kind == QLatin1String("host")) {
            const bool known = hostedElsewhere(*l);
            l->remoteHostsUntil = QDateTime::currentDateTimeUtc().addSecs(6);
            if (!known)
                syncRemoteVisitors(*l);
        } else if (kind == QLatin1String("typing")) {
            if (l->record.state == ConversationState::Assigned)
                toUser(l->record.agentId, QStringLiteral("typing"),
                    { { QStringLiteral("conversationId"), conversationId },
                        { QStringLiteral("typing"), event.value(QStringLiteral("typing")).toBool() } });
        } else if (kind == QLatin1String("identity")) {
            // Checked by the router the page reached (the ID token's signature); applied here as for a page here.
            const auto customer = CustomerIdentity::fromJson(event.value(QStringLiteral("customer")).toObject());
            if (adoptIdentity(*l, customer, event.value(QStringLiteral("visitorId")).toString()))
                save(*l);
        } else if (kind == QLatin1String("visitor.request")) {
            const QString request = event.value(QStringLiteral("request")).toString();
            if (request == QLatin1String("handoff"))
                handoffAsked(*l);
            else if (request == QLatin1String("end"))
                endedByVisitor(*l);
        } else if (kind == QLatin1String("claimed")
            && event.value(QStringLiteral("router")).toString() != m_settings.cluster.routerId) {
            dropLost({ conversationId });
        }
        return;
    }
    const auto hosted = m_hosted.find(conversationId);
    if (hosted == m_hosted.end() || kind != QLatin1String("visitor"))
        return;
    // What the serving router told its visitors, for the visitors here.
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject data = event.value(QStringLiteral("data")).toObject();
    if (type == QLatin1String("status")) {
        if (const auto state = conversationStateFromString(data.value(QStringLiteral("state")).toString()))
            hosted->record.state = *state;
    }
    if ((hosted->pendingRequest == QLatin1String("handoff") && hosted->record.state != ConversationState::Bot)
        || type == QLatin1String("closed"))
        hosted->pendingRequest.clear();
    if (event.contains(QStringLiteral("agentId"))) {
        hosted->record.queueId = event.value(QStringLiteral("queueId")).toString();
        hosted->record.agentId = event.value(QStringLiteral("agentId")).toString();
    }
    const QList<QPointer<ClientConnection>> visitors = hosted->visitors;
    // The serving router announces its lines only once it knows someone here listens: whatever it said
    // before that is read now (from the newest line seen).
    hostedFetch(conversationId);
    if (type == QLatin1String("closed")) {
        hostedFetch(conversationId); // the closing line first
        const store::ConversationRecord &r = hosted->record;
        for (const auto &v : visitors)
            if (v) {
                v->conversationId.clear();
                v->ended = {conversationId, r.queueId, r.agentId}; // it may be rated here
            }
    }
    toConnections(visitors, type, data);
}

bool ConversationHub::hostedElsewhere(const Live &l) const
{
    return clustered() && l.remoteHostsUntil.isValid() && l.remoteHostsUntil > QDateTime::currentDateTimeUtc();
}

void ConversationHub::syncRemoteVisitors(Live &l)
{
    const ConversationState state = l.record.state;
    if (state == ConversationState::Assigned)
        publish(QStringLiteral("visitor"), l.record.id,
            { { QStringLiteral("type"), QStringLiteral("agent.joined") },
                { QStringLiteral("data"), QJsonObject { { QStringLiteral("agentName"), l.record.agentName } } } });
    if (state != ConversationState::Bot)
        sendStatus(l, false);
    if (state == ConversationState::Waiting || state == ConversationState::Offered) {
        const auto availability = m_engine.availability(l.record.queueId);
        if (availability != routing::Availability::Open || l.record.formOfferedAt.isValid()) {
            const QString reason = availability != routing::Availability::Open ? availabilityName(availability)
                                                                               : QStringLiteral("timeout");
            const QString language = visitorLanguage(l.record);
            const QString notice = availability != routing::Availability::Open
                ? visitorNotice(l.record.queueId, availability, language)
                : waitedTooLongNotice(language);
            publish(QStringLiteral("visitor"), l.record.id,
                { { QStringLiteral("type"), QStringLiteral("offline") },
                    { QStringLiteral("data"),
                        QJsonObject { { QStringLiteral("reason"), reason }, { QStringLiteral("notice"), notice } } } });
        }
    }
}

void ConversationHub::onRemoteMessage(const QString &conversationId)
{
    if (m_hosted.contains(conversationId)) {
        hostedFetch(conversationId);
        return;
    }
    if (!find(conversationId))
        return;
    // A line stored by another router for a chat served here: a visitor of it writes there.
    const qint64 after = std::max<qint64>(0, find(conversationId)->seenSerial - kSerialWindow);
    auto stored = std::make_shared<QList<std::pair<qint64, ChatMessage>>>();
    write(
        [conversationId, stored, after](store::Store &s) {
            *stored = ClusterRegistry::linesSince(s, conversationId, after);
            return true;
        },
        [this, conversationId, stored](bool ok) {
            if (ok)
                takeRemoteLines(conversationId, *stored);
        });
}

void ConversationHub::takeRemoteLines(
    const QString &conversationId, const QList<std::pair<qint64, ChatMessage>> &stored)
{
    Live *l = find(conversationId);
    if (!l)
        return;
    QSet<QString> known;
    for (const ChatMessage &m : std::as_const(l->messages))
        known.insert(m.id);
    for (const auto &[serial, m] : stored) {
        l->seenSerial = std::max(l->seenSerial, serial);
        if (known.contains(m.id))
            continue;
        l->remember(m);
        const QByteArray event = encodedMessageEvent(m);
        if (!m.internal)
            toConnectionsEncoded(l->visitors, QStringLiteral("message"), event);
        if (l->record.state == ConversationState::Assigned)
            toUserEncoded(l->record.agentId, QStringLiteral("message"), event);
        m_supervisors->messageStored(m);
        if (m.author != AuthorKind::Visitor)
            continue;
        l->record.lastVisitorAt = m.at;
        if (l->record.state == ConversationState::Bot && l->bot) {
            applyBotTurn(*l, l->bot->reply(m.text));
            l = find(conversationId); // a turn may end the chat
            if (!l)
                return;
        }
    }
}

void ConversationHub::hostVisitor(
    ClientConnection *c, const QString &re, const QString &conversationId, const QString &token)
{
    struct Loaded {
        std::optional<store::ConversationRecord> record;
        QList<ChatMessage> messages;
    };
    auto loaded = std::make_shared<Loaded>();
    QPointer<ClientConnection> guard(c);
    // Its own completion, not whenDurable(): this may run inside another job's completion.
    write(
        [conversationId, loaded](store::Store &s) {
            loaded->record = s.conversation(conversationId);
            loaded->messages = s.messages(conversationId);
            return true;
        },
        [this, guard, re, conversationId, token, loaded](bool) {
            if (!guard)
                return;
            if (!loaded->record || loaded->record->state == ConversationState::Closed || find(conversationId)) {
                guard->sendError(re, ErrorCode::Unavailable,
                    forVisitor(guard->visitorLanguage,
                        QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                            "This chat is served by another server; reconnecting.")));
                guard->close(WebSocketChannel::GoingAway, Text::tr("served by another router"));
                return;
            }
            Hosted &h = m_hosted[conversationId];
            h.record = *loaded->record;
            h.visitors << guard;
            for (const ChatMessage &m : std::as_const(loaded->messages))
                h.delivered.insert(m.id);
            guard->conversationId = conversationId;
            guard->visitorLanguage = visitorLanguage(h.record);
            QJsonObject answer = helloAnswer(token, h.record, messagesJson(loaded->messages, false));
            if (!guard->identityNote.isEmpty())
                answer.insert(QStringLiteral("identity"), guard->identityNote);
            guard->sendOk(re, answer);
            // Who the page says the visitor is goes to the serving router, which puts it on the chat.
            if (guard->customer || !guard->visitorId.isEmpty()) {
                QJsonObject identity{ { QStringLiteral("visitorId"), guard->visitorId } };
                if (guard->customer)
                    identity.insert(QStringLiteral("customer"), guard->customer->toJson());
                publish(QStringLiteral("identity"), conversationId, identity);
            }
            const ConversationState state = h.record.state;
            if (state == ConversationState::Assigned)
                guard->send(Envelope::event(
                    QStringLiteral("agent.joined"), { { QStringLiteral("agentName"), h.record.agentName } }));
            logEvent(QStringLiteral("visitor back to %1 from %2, served by another router")
                         .arg(conversationId, guard->peer()));
        });
    publish(QStringLiteral("host"), conversationId);
}

void ConversationHub::watchElsewhere(const QString &conversationId,
    std::function<void(const std::optional<store::ConversationRecord> &, const QList<ChatMessage> &)> then)
{
    struct Loaded {
        std::optional<store::ConversationRecord> record;
        QList<ChatMessage> messages;
    };
    auto loaded = std::make_shared<Loaded>();
    write(
        [conversationId, loaded](store::Store &s) {
            loaded->record = s.conversation(conversationId);
            if (loaded->record)
                loaded->messages = s.messages(conversationId);
            return true;
        },
        [this, conversationId, loaded, then](bool) {
            if (loaded->record && loaded->record->state != ConversationState::Closed && !find(conversationId)) {
                Hosted &h = m_hosted[conversationId];
                if (!h.watched && h.visitors.isEmpty())
                    h.record = *loaded->record;
                h.watched = true;
                for (const ChatMessage &m : std::as_const(loaded->messages))
                    h.delivered.insert(m.id);
                publish(QStringLiteral("host"), conversationId);
            }
            then(loaded->record, loaded->messages);
        });
}

void ConversationHub::hostedFetch(const QString &conversationId)
{
    const auto hosted = m_hosted.find(conversationId);
    if (hosted == m_hosted.end())
        return;
    if (hosted->fetching) {
        hosted->fetchAgain = true;
        return;
    }
    hosted->fetching = true;
    const qint64 after = std::max<qint64>(0, hosted->seenSerial - kSerialWindow);
    auto stored = std::make_shared<QList<std::pair<qint64, ChatMessage>>>();
    write(
        [conversationId, stored, after](store::Store &s) {
            *stored = ClusterRegistry::linesSince(s, conversationId, after);
            return true;
        },
        [this, conversationId, stored](bool ok) {
            const auto h = m_hosted.find(conversationId);
            if (h == m_hosted.end())
                return;
            h->fetching = false;
            if (ok) {
                for (const auto &[serial, m] : std::as_const(*stored)) {
                    h->seenSerial = std::max(h->seenSerial, serial);
                    if (h->delivered.contains(m.id))
                        continue;
                    h->delivered.insert(m.id);
                    if (!m.internal)
                        toConnectionsEncoded(h->visitors, QStringLiteral("message"), encodedMessageEvent(m));
                    if (h->watched)
                        m_supervisors->messageStored(m);
                }
            }
            if (h->fetchAgain) {
                h->fetchAgain = false;
                hostedFetch(conversationId);
            }
        });
}

void ConversationHub::hostedVisitorRequest(ClientConnection *c, const Envelope &e)
{
    const QString id = c->conversationId;
    Hosted &h = m_hosted[id];
    if (e.type == QLatin1String("message.send")) {
        QString clientId, text, attachmentId;
        if (!requireId(c, e, "clientId", &clientId) || !readMessageShape(c, e, &text, &attachmentId))
            return;
        ChatMessage m;
        m.conversationId = id;
        m.clientId = clientId;
        m.author = AuthorKind::Visitor;
        m.authorName = h.record.visitorName;
        m.text = text.left(protocol::kMaxMessageChars);
        m.id = SecretToken::newId(QStringLiteral("m_"));
        m.at = QDateTime::currentDateTimeUtc();
        // Stored here (the store announces it; the serving router reads it from there), answered once durable.
        // A file is looked up in the same job, so the line keeps its place among the visitor's others.
        struct Outcome {
            std::optional<store::AppendedMessage> appended;
            bool noSuchFile = false;
        };
        auto outcome = std::make_shared<Outcome>();
        write(
            [m, attachmentId, outcome](store::Store &s) mutable {
                if (!attachmentId.isEmpty()) {
                    const auto a = s.attachment(attachmentId);
                    if (!sentHere(a, m)) {
                        outcome->noSuchFile = true;
                        return true;
                    }
                    m.attachment = a->reference();
                }
                outcome->appended = s.appendMessage(m);
                return outcome->appended.has_value();
            },
            [this, id, sender = QPointer<ClientConnection>(c), re = e.id, attachmentId, outcome](bool ok) {
                if (outcome->noSuchFile) {
                    if (sender)
                        refuseAttachment(sender, re, attachmentId);
                    return;
                }
                if (!ok || !outcome->appended) {
                    if (sender)
                        sender->sendError(re, ErrorCode::Unavailable,
                            forVisitor(sender->visitorLanguage,
                                QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                    "Your message could not be stored; send it again.")));
                    return;
                }
                const ChatMessage &stored = outcome->appended->message;
                const QByteArray event = encodedMessageEvent(stored);
                if (sender)
                    sender->sendOkEncoded(re, event);
                const auto hosted = m_hosted.find(id);
                if (hosted == m_hosted.end() || hosted->delivered.contains(stored.id))
                    return;
                hosted->delivered.insert(stored.id);
                QList<QPointer<ClientConnection>> otherTabs;
                for (const auto &v : std::as_const(hosted->visitors))
                    if (v && v != sender)
                        otherTabs << v;
                toConnectionsEncoded(otherTabs, QStringLiteral("message"), event);
            });
    } else if (e.type == QLatin1String("typing")) {
        c->sendOk(e.id);
        publish(QStringLiteral("typing"), id,
            { { QStringLiteral("typing"), e.data.value(QStringLiteral("typing")).toBool() } });
    } else if (e.type == QLatin1String("handoff.request") || e.type == QLatin1String("end")) {
        c->sendOk(e.id);
        const QString request = e.type == QLatin1String("end") ? QStringLiteral("end") : QStringLiteral("handoff");
        // Kept until the serving router says it is done: a router that dies before it hears it must not lose it.
        if (request == QLatin1String("end") || h.record.state == ConversationState::Bot)
            h.pendingRequest = request;
        publish(QStringLiteral("visitor.request"), id, { { QStringLiteral("request"), request } });
    } else if (e.type == QLatin1String("leave_message")) {
        visitorLeaveMessage(c, h.record, e);
    } else if (e.type == QLatin1String("ping")) {
        c->sendOk(e.id);
    } else {
        c->sendError(e.id, ErrorCode::Invalid,
            forVisitor(c->visitorLanguage,
                QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Unknown request type \"%1\"."))
                .arg(e.type));
    }
}

void ConversationHub::claimAgentChats(const QString &agent)
{
    const QString me = m_settings.cluster.routerId;
    auto taken = std::make_shared<QList<Adopted>>();
    write(
        [agent, me, taken](store::Store &s) {
            taken->clear();
            for (const QString &id : ClusterRegistry::claimAssigned(s, agent, me))
                load(s, id, *taken);
            return true;
        },
        [this, taken](bool ok) {
            if (!ok)
                return;
            Metrics::instance().takeovers[Metrics::AgentSignedInHere] += taken->size();
            installAdopted(*taken);
        });
}

void ConversationHub::stealWaiting()
{
    if (m_stealRunning)
        return;
    // What the agents here could take now: one chat per free place, with the skills of some free agent.
    QList<QStringList> freeSkills;
    int free = 0;
    for (const routing::AgentStatus &a : m_engine.agents()) {
        if (a.presence != Presence::Available || a.load >= a.profile.capacity)
            continue;
        freeSkills << a.profile.skills;
        free += a.profile.capacity - a.load;
    }
    // Chats already waiting here go first: only what this router cannot place itself is worth taking.
    for (const routing::QueueStatus &q : m_engine.queues())
        free -= q.waiting;
    if (free <= 0 || freeSkills.isEmpty())
        return;
    m_stealRunning = true;
    const ClusterSettings cluster = m_settings.cluster;
    auto taken = std::make_shared<QList<Adopted>>();
    write(
        [cluster, freeSkills, free, taken](store::Store &s) {
            taken->clear();
            const QSqlDatabase db = ClusterRegistry::connectionOf(s);
            int places = free;
            for (const ClusterRegistry::Waiting &w :
                ClusterRegistry::waitingElsewhere(db, cluster.routerId, cluster.stealAfterSeconds, 20)) {
                if (places <= 0)
                    break;
                const bool someoneCan
                    = std::any_of(freeSkills.cbegin(), freeSkills.cend(), [&](const QStringList &skills) {
                          return std::all_of(w.requiredSkills.cbegin(), w.requiredSkills.cend(),
                              [&](const QString &k) { return skills.contains(k); });
                      });
                if (!someoneCan || !ClusterRegistry::claimWaiting(s, w, cluster.routerId))
                    continue;
                load(s, w.id, *taken);
                --places;
            }
            return true;
        },
        [this, taken](bool ok) {
            m_stealRunning = false;
            if (!ok || taken->isEmpty())
                return;
            Metrics::instance().takeovers[Metrics::WaitingUnoffered] += taken->size();
            for (const Adopted &a : std::as_const(*taken))
                logEvent(QStringLiteral("cluster: took %1, waiting unoffered on another router, for an agent free here")
                             .arg(a.record.id));
            installAdopted(*taken);
        });
}

void ConversationHub::handOver(const QString &conversationId, const QString &agentId)
{
    const QString me = m_settings.cluster.routerId;
    const QString to = m_othersAgents.value(agentId).router;
    write(
        [conversationId, agentId, me, to](store::Store &s) {
            if (!ClusterRegistry::handOver(ClusterRegistry::connectionOf(s), conversationId, me, to))
                return false;
            return ClusterRegistry::publish(s,
                { { QStringLiteral("kind"), QStringLiteral("handover") },
                    { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("router"), me },
                    { QStringLiteral("to"), to }, { QStringLiteral("agent"), agentId } });
        },
        [this, conversationId](bool ok) {
            if (!ok) {
                // Its router went away meanwhile: the chat stays here and waits in its queue.
                if (Live *l = find(conversationId)) {
                    logEvent(QStringLiteral("cluster: %1 could not be handed over; it waits here").arg(conversationId),
                        LogLevel::Warning);
                    m_engine.enqueueAt(conversationId,
                        { l->record.queueId, l->record.priority, l->record.requiredSkills, {} }, l->record.enqueuedAt);
                    pump();
                }
                return;
            }
            dropLost({ conversationId });
        });
}

void ConversationHub::takeHandOver(const QString &conversationId, const QString &agentId)
{
    auto taken = std::make_shared<QList<Adopted>>();
    write(
        [conversationId, taken](store::Store &s) {
            taken->clear();
            load(s, conversationId, *taken);
            return true;
        },
        [this, conversationId, agentId, taken](bool ok) {
            if (!ok || taken->isEmpty())
                return;
            const store::ConversationRecord r = taken->first().record;
            RestoreCounts counts;
            if (!installOpen(r, taken->first().messages, counts))
                return;
            Metrics::instance().takeovers[Metrics::TransferredHere] += 1;
            logEvent(
                QStringLiteral("cluster: %1 handed over for %2, who is signed in here").arg(conversationId, agentId));
            if (m_engine.isWaiting(conversationId)) {
                // Offered to the agent it was transferred to, as a transfer on one router is.
                m_engine.remove(conversationId);
                m_engine.enqueueAt(conversationId, { r.queueId, r.priority, r.requiredSkills, {} },
                    r.enqueuedAt.isValid() ? r.enqueuedAt : QDateTime::currentDateTimeUtc(), agentId);
            }
            pump();
        });
}

void ConversationHub::shareFigures()
{
    if (m_figuresRunning)
        return;
    m_figuresRunning = true;
    QList<ClusterRegistry::AgentFigures> mine;
    for (const routing::AgentStatus &a : m_engine.agents())
        if (a.presence != Presence::Offline)
            mine.append({ a.profile.id, toString(a.presence), a.load, a.profile.capacity });
    struct Figures {
        QList<ClusterRegistry::AgentFigures> agents;
        QList<ClusterRegistry::QueueFigures> queues;
        QList<store::ConversationRecord> open;
    };
    auto figures = std::make_shared<Figures>();
    const ClusterSettings cluster = m_settings.cluster;
    // The others' chats only while a supervisor's board is open: nobody else sees them.
    const bool forBoard = m_supervisors->boardWatched();
    write(
        [cluster, mine, figures, forBoard](store::Store &s) {
            const QSqlDatabase db = ClusterRegistry::connectionOf(s);
            if (!ClusterRegistry::sharePresence(db, cluster.routerId, mine))
                return false;
            figures->agents = ClusterRegistry::othersAgents(db, cluster.routerId, cluster.leaseSeconds);
            figures->queues = ClusterRegistry::othersWaiting(db, cluster.routerId);
            if (forBoard)
                figures->open = ClusterRegistry::othersOpen(s, cluster.routerId, kMaxBoardOthers);
            return true;
        },
        [this, figures](bool ok) {
            m_figuresRunning = false;
            if (!ok)
                return;
            m_othersAgents.clear();
            for (const ClusterRegistry::AgentFigures &a : std::as_const(figures->agents)) {
                OtherAgent &o = m_othersAgents[a.agentId]; // one agent on two routers: the busier view wins
                o.presence = presenceFromString(a.presence).value_or(Presence::Offline);
                o.load = std::max(o.load, a.load);
                o.capacity = std::max(o.capacity, a.capacity);
                o.router = a.routerId;
            }
            m_othersWaiting.clear();
            for (const ClusterRegistry::QueueFigures &q : std::as_const(figures->queues))
                m_othersWaiting.insert(q.queueId, { q.waiting, q.longestWaitSeconds });
            m_othersOpen.clear();
            for (const store::ConversationRecord &r : std::as_const(figures->open))
                if (!m_open.count(r.id))
                    m_othersOpen.insert(r.id, r);
            broadcastQueuesIfChanged();
        });
}

QList<routing::QueueStatus> ConversationHub::queueStatus() const
{
    QList<routing::QueueStatus> queues = m_engine.queues();
    if (!clustered())
        return queues;
    for (routing::QueueStatus &q : queues) {
        const auto waiting = m_othersWaiting.value(q.queueId);
        q.waiting += waiting.first;
        q.longestWaitSeconds = std::max(q.longestWaitSeconds, waiting.second);
        const routing::QueueDefinition *definition = m_engine.config().queue(q.queueId);
        for (auto it = m_othersAgents.cbegin(); it != m_othersAgents.cend(); ++it) {
            if (it->presence == Presence::Offline || m_engine.agent(it.key()).presence != Presence::Offline)
                continue; // counted where it is signed in here
            const auto user = m_users.constFind(it.key());
            const bool skilled = definition && user != m_users.cend()
                && std::all_of(definition->requiredSkills.cbegin(), definition->requiredSkills.cend(),
                    [&](const QString &k) { return user->skills.contains(k); });
            if (!skilled)
                continue;
            ++q.agentsSignedIn;
            if (it->presence == Presence::Available && it->load < it->capacity)
                ++q.agentsAvailable;
        }
    }
    return queues;
}

} // namespace handoff::server
