#include "store/ClusterRegistry.h"

#include "store/PostgresStore.h"
#include "store/RecordRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace handoff::store {

namespace {

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QStringList ids(QSqlQuery &q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

bool ClusterRegistry::announceClaimed(Store &store, const QString &conversationId, const QString &routerId)
{
    return publish(store, {{QStringLiteral("kind"), QStringLiteral("claimed")},
                           {QStringLiteral("conversationId"), conversationId},
                           {QStringLiteral("router"), routerId}});
}

QSqlDatabase ClusterRegistry::connectionOf(Store &store)
{
    if (auto *pg = dynamic_cast<PostgresStore *>(&store))
        return pg->database();
    return {};
}

bool ClusterRegistry::heartbeat(QSqlDatabase db, const QString &routerId, const QString &address, QString *error)
{
    QSqlQuery q(db);
    // A router that stalls (paused, swapped out) inside a transaction must not stop the others: their
    // writes wait at most 2 s for its row locks, and the server ends its transaction after 10 s idle.
    q.prepare(QStringLiteral("SELECT set_config('handoff.router_id', ?, false), set_config('lock_timeout', '2s', false), "
                             "set_config('idle_in_transaction_session_timeout', '10s', false)"));
    q.addBindValue(routerId);
    if (!run(q, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO routers (id, address) VALUES (?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()"));
    q.addBindValue(routerId);
    q.addBindValue(address);
    return run(q, error);
}

QStringList ClusterRegistry::adoptOrphans(QSqlDatabase db, const QString &routerId, int leaseSeconds, int limit,
                                          const QString &onlyId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE conversations SET owner_router = ? WHERE id IN ("
        " SELECT c.id FROM conversations c WHERE c.state <> 'closed' AND (? = '' OR c.id = ?)"
        " AND (c.owner_router IS NULL OR (c.owner_router <> ? AND NOT EXISTS ("
        "  SELECT 1 FROM routers r WHERE r.id = c.owner_router"
        "  AND r.heartbeat_at > now() - make_interval(secs => ?))))"
        " ORDER BY c.created_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id"));
    // A null QString would be bound as NULL, and "NULL = ''" is not true.
    const QString only = onlyId.isEmpty() ? QStringLiteral("") : onlyId;
    q.addBindValue(routerId);
    q.addBindValue(only);
    q.addBindValue(only);
    q.addBindValue(routerId);
    q.addBindValue(leaseSeconds);
    q.addBindValue(limit);
    if (!run(q, error))
        return {};
    return ids(q);
}

QStringList ClusterRegistry::ownedOpen(QSqlDatabase db, const QString &routerId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM conversations WHERE owner_router = ? AND state <> 'closed'"));
    q.addBindValue(routerId);
    if (!run(q, error))
        return {};
    return ids(q);
}

bool ClusterRegistry::ownedByLiveOther(QSqlDatabase db, const QString &conversationId, const QString &routerId,
                                       int leaseSeconds, QString *owner)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.owner_router FROM conversations c JOIN routers r ON r.id = c.owner_router "
                             "WHERE c.id = ? AND c.owner_router <> ? "
                             "AND r.heartbeat_at > now() - make_interval(secs => ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(routerId);
    q.addBindValue(leaseSeconds);
    if (!q.exec() || !q.next())
        return false;
    if (owner)
        *owner = q.value(0).toString();
    return true;
}

bool ClusterRegistry::publish(Store &store, QJsonObject payload)
{
    auto *pg = dynamic_cast<PostgresStore *>(&store);
    return !pg || pg->publish(std::move(payload)); // SQLite: one router, nobody to tell
}

QList<ClusterRegistry::Waiting> ClusterRegistry::waitingElsewhere(QSqlDatabase db, const QString &routerId,
                                                                  int seconds, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, owner_router, queue_id, required_skills FROM conversations "
        "WHERE state = 'waiting' AND owner_router IS NOT NULL AND owner_router <> ? "
        "AND COALESCE(queue_entered_at, enqueued_at) < now() - make_interval(secs => ?) "
        "ORDER BY priority DESC, enqueue_order LIMIT ?"));
    q.addBindValue(routerId);
    q.addBindValue(seconds);
    q.addBindValue(limit);
    QList<Waiting> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
    return out;
}

bool ClusterRegistry::claimWaiting(Store &store, const Waiting &w, const QString &routerId)
{
    QSqlQuery q(connectionOf(store));
    q.prepare(QStringLiteral("UPDATE conversations SET owner_router = ? WHERE id = ("
                             "SELECT id FROM conversations WHERE id = ? AND owner_router = ? AND state = 'waiting' "
                             "FOR UPDATE SKIP LOCKED)"));
    q.addBindValue(routerId);
    q.addBindValue(w.id);
    q.addBindValue(w.owner);
    return q.exec() && q.numRowsAffected() == 1 && announceClaimed(store, w.id, routerId);
}

QStringList ClusterRegistry::claimAssigned(Store &store, const QString &agentId, const QString &routerId)
{
    QSqlQuery q(connectionOf(store));
    q.prepare(QStringLiteral("UPDATE conversations SET owner_router = ? WHERE id IN ("
                             "SELECT id FROM conversations WHERE state = 'assigned' AND agent_id = ? "
                             "AND owner_router IS DISTINCT FROM ? FOR UPDATE SKIP LOCKED) RETURNING id"));
    q.addBindValue(routerId);
    q.addBindValue(agentId);
    q.addBindValue(routerId);
    if (!q.exec())
        return {};
    const QStringList taken = ids(q);
    for (const QString &id : taken)
        announceClaimed(store, id, routerId);
    return taken;
}

bool ClusterRegistry::sharePresence(QSqlDatabase db, const QString &routerId, const QList<AgentFigures> &agents)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM agent_presence WHERE router_id = ?"));
    q.addBindValue(routerId);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO agent_presence (agent_id, router_id, presence, load, capacity) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const AgentFigures &a : agents) {
        q.addBindValue(a.agentId);
        q.addBindValue(routerId);
        q.addBindValue(a.presence);
        q.addBindValue(a.load);
        q.addBindValue(a.capacity);
        if (!q.exec())
            return false;
    }
    return true;
}

QList<ClusterRegistry::AgentFigures> ClusterRegistry::othersAgents(QSqlDatabase db, const QString &routerId,
                                                                   int leaseSeconds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.agent_id, p.presence, p.load, p.capacity, p.router_id FROM agent_presence p "
                             "JOIN routers r ON r.id = p.router_id WHERE p.router_id <> ? "
                             "AND r.heartbeat_at > now() - make_interval(secs => ?)"));
    q.addBindValue(routerId);
    q.addBindValue(leaseSeconds);
    QList<AgentFigures> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                    q.value(4).toString()});
    return out;
}

QList<ClusterRegistry::QueueFigures> ClusterRegistry::othersWaiting(QSqlDatabase db, const QString &routerId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT queue_id, count(*), COALESCE(floor(extract(epoch FROM now() - "
        "min(COALESCE(queue_entered_at, enqueued_at, escalated_at)))), 0) FROM conversations "
        "WHERE state IN ('waiting', 'offered') AND owner_router IS DISTINCT FROM ? GROUP BY queue_id"));
    q.addBindValue(routerId);
    QList<QueueFigures> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

QList<ConversationRecord> ClusterRegistry::othersOpen(Store &store, const QString &routerId, int limit)
{
    if (auto *pg = dynamic_cast<PostgresStore *>(&store))
        return pg->openConversationsNotServedBy(routerId, limit);
    return {};
}

bool ClusterRegistry::handOver(QSqlDatabase db, const QString &conversationId, const QString &from, const QString &to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE conversations SET owner_router = ? WHERE id = ? AND owner_router = ?"));
    q.addBindValue(to);
    q.addBindValue(conversationId);
    q.addBindValue(from);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<std::pair<qint64, ChatMessage>> ClusterRegistry::linesSince(Store &store, const QString &conversationId,
                                                                   qint64 afterSerial)
{
    QSqlQuery q(connectionOf(store));
    q.prepare(QStringLiteral("SELECT id, client_id, conversation_id, author_kind, author_id, author_name, text, "
                             "internal, CAST(round(extract(epoch FROM at) * 1000) AS bigint), thread, attachment, serial FROM messages "
                             "WHERE conversation_id = ? AND serial > ? ORDER BY serial"));
    q.addBindValue(conversationId);
    q.addBindValue(afterSerial);
    QList<std::pair<qint64, ChatMessage>> lines;
    if (!q.exec())
        return lines;
    while (q.next())
        lines.append({q.value(11).toLongLong(), RecordRows::message(q)});
    return lines;
}

int ClusterRegistry::liveRouters(QSqlDatabase db, int leaseSeconds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM routers WHERE heartbeat_at > now() - make_interval(secs => ?)"));
    q.addBindValue(leaseSeconds);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool ClusterRegistry::leave(QSqlDatabase db, const QString &routerId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE conversations SET owner_router = NULL WHERE owner_router = ? AND state <> 'closed'"));
    q.addBindValue(routerId);
    if (!run(q, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM agent_presence WHERE router_id = ?"));
    q.addBindValue(routerId);
    if (!run(q, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM routers WHERE id = ? OR heartbeat_at < now() - interval '1 day'"));
    q.addBindValue(routerId);
    return run(q, error);
}

} // namespace handoff::store
