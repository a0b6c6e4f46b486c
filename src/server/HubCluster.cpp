// Several routers on one PostgreSQL database. Each open conversation is served by exactly one router, its
// owner (conversations.owner_router): the one that made it, or the one that took it over after its owner
// stopped (it gives its conversations back when it stops cleanly) or went silent (no heartbeat for the
// lease time, e.g. killed). Taking over is one UPDATE … FOR UPDATE SKIP LOCKED, so two routers never both
// serve, route or offer one conversation; a trigger refuses a router's writes to conversations it no
// longer owns. Everything here runs on the store writer's connection, never on the event loop.
#include "server/ConversationHub.h"

#include "server/ClientConnection.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "store/ClusterRegistry.h"

#include <limits>

namespace handoff::server {

using store::ClusterRegistry;
using namespace hub;

bool ConversationHub::joinCluster(QString *error)
{
    const ClusterSettings cluster = m_settings.cluster;
    auto why = std::make_shared<QString>();
    write([cluster, why](store::Store &s) {
        return ClusterRegistry::heartbeat(ClusterRegistry::connectionOf(s), cluster.routerId, cluster.address, why.get());
    });
    m_writer.drain();
    if (!why->isEmpty()) {
        if (error)
            *error = Text::tr("cannot join the routers on this database: %1").arg(*why);
        return false;
    }
    m_lastHeartbeatOk = QDateTime::currentMSecsSinceEpoch();
    // At the start every orphan is taken at once, before the router accepts anyone.
    QList<Adopted> taken;
    adoptOnWriter(QString(), [&taken](const QList<Adopted> &adopted) { taken = adopted; });
    m_writer.drain();
    RestoreCounts counts;
    for (const Adopted &a : std::as_const(taken))
        installOpen(a.record, a.messages, counts);
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
    sweep->checkOwned = onlyId.isEmpty() && !starting && now - m_lastHeartbeatOk > (cluster.leaseSeconds - 1) * 1000LL;
    QStringList before;
    if (sweep->checkOwned)
        for (const auto &[id, l] : m_open)
            before << id;
    write(
        [cluster, onlyId, limit, sweep](store::Store &s) {
            // A failed batch is run again job by job: start afresh each time.
            sweep->adopted.clear();
            sweep->owned.clear();
            sweep->error.clear();
            const QSqlDatabase db = ClusterRegistry::connectionOf(s);
            const QStringList ids
                = ClusterRegistry::adoptOrphans(db, cluster.routerId, cluster.leaseSeconds, limit, onlyId, &sweep->error);
            if (!sweep->error.isEmpty())
                return false;
            for (const QString &id : ids) {
                if (auto record = s.conversation(id))
                    sweep->adopted.append({*record, s.messages(id)});
            }
            if (sweep->checkOwned) {
                sweep->owned = ClusterRegistry::ownedOpen(db, cluster.routerId, &sweep->error);
                if (!sweep->error.isEmpty())
                    return false;
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
    write([cluster](store::Store &s) {
        QString why;
        return ClusterRegistry::heartbeat(ClusterRegistry::connectionOf(s), cluster.routerId, cluster.address, &why);
    }, [this](bool ok) {
        if (ok)
            m_lastHeartbeatOk = QDateTime::currentMSecsSinceEpoch();
    });
    if (m_sweepRunning || --m_sweepCountdown > 0)
        return;
    m_sweepCountdown = std::max(1, cluster.sweepSeconds);
    m_sweepRunning = true;
    adoptOnWriter(QString(), [this](const QList<Adopted> &adopted) {
        m_sweepRunning = false;
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
    logEvent(QStringLiteral("took over %1 open conversations of routers that stopped or went silent: %2 with the "
                            "bot, %3 waiting, %4 assigned")
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
        logEvent(QStringLiteral("cluster: %1 is served by another router now; let go here").arg(id), LogLevel::Warning);
        const store::ConversationRecord r = l->record;
        if (r.state == ConversationState::Assigned)
            m_engine.assignmentEnded(r.agentId, id);
        else if (r.state == ConversationState::Waiting || r.state == ConversationState::Offered)
            m_engine.remove(id);
        // Its visitors and desks reconnect and are served where it lives now.
        for (const auto &v : l->visitors) {
            if (!v)
                continue;
            v->conversationId.clear();
            v->close(WebSocketChannel::GoingAway, Text::tr("This chat continues on another server; reconnecting."));
        }
        if (r.state == ConversationState::Assigned)
            toUser(r.agentId, QStringLiteral("conversation.removed"),
                   {{QStringLiteral("conversationId"), id}, {QStringLiteral("reason"), QStringLiteral("moved")}});
        m_visitorTokens.remove(r.visitorTokenHash);
        m_open.erase(id);
    }
}

void ConversationHub::resumeVisitorElsewhere(ClientConnection *c, const QString &re,
                                             const store::ConversationRecord &known, const QString &token)
{
    QPointer<ClientConnection> guard(c);
    const QString id = known.id;
    adoptOnWriter(id, [this, guard, re, id, token](const QList<Adopted> &adopted) {
        installAdopted(adopted);
        if (!guard)
            return;
        if (Live *l = find(id)) {
            attachVisitor(guard, re, *l, token, true);
            return;
        }
        // Its router is running: the page tries again (and a load balancer may send it there).
        guard->sendError(re, ErrorCode::Unavailable, Text::tr("This chat is served by another server; reconnecting."));
        guard->close(WebSocketChannel::GoingAway, Text::tr("served by another router"));
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

} // namespace handoff::server
