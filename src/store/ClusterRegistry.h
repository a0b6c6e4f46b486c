// Routers serving one PostgreSQL database together (schema 4): each has a row in `routers` it renews,
// and each open conversation names the router that serves it (`owner_router`). These statements keep
// that: joining, the heartbeat, taking over conversations whose router is gone, leaving. They run on the
// router's store writer connection (PostgreSQL only), whose setting handoff.router_id stamps the
// conversations it creates and fences its writes to conversations it no longer owns.
#pragma once

#include "store/StoreRecords.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace handoff::store {

class Store;

class ClusterRegistry
{
public:
    struct AgentFigures {
        QString agentId;
        QString presence; // protocol name: available, busy, away
        int load = 0;
        int capacity = 0;
        QString routerId; // othersAgents(): the router they are signed in through
    };
    struct QueueFigures {
        QString queueId;
        int waiting = 0;
        int longestWaitSeconds = 0;
    };
    struct Waiting {
        QString id;
        QString owner;
        QString queueId;
        QStringList requiredSkills;
    };

    // The PostgreSQL connection behind a store, or an invalid one (SQLite: one router, no registry).
    static QSqlDatabase connectionOf(Store &store);

    // Names this connection's router and adds or renews its row. Also the heartbeat: called every second,
    // it sets the connection's router id again (a reconnected connection starts without it).
    static bool heartbeat(QSqlDatabase db, const QString &routerId, const QString &address, QString *error);
    // Claims open conversations whose router is gone (no heartbeat for leaseSeconds), or that no router
    // owns (their router stopped cleanly, or they are older than schema 4), oldest first, at most `limit`.
    // With `onlyId` just that one. One UPDATE with SKIP LOCKED: two routers never claim the same one.
    static QStringList adoptOrphans(QSqlDatabase db, const QString &routerId, int leaseSeconds, int limit,
                                    const QString &onlyId, QString *error);
    // The open conversations this router owns now.
    static QStringList ownedOpen(QSqlDatabase db, const QString &routerId, QString *error);
    // Whether the conversation's owner is this router, another live one (true, with *owner), or none.
    static bool ownedByLiveOther(QSqlDatabase db, const QString &conversationId, const QString &routerId,
                                 int leaseSeconds, QString *owner);
    // Tells the other routers (NOTIFY on the store's channel, sent when the transaction commits): `payload`
    // with kind, conversationId and whatever else, plus the schema and this process's origin tag.
    static bool publish(Store &store, QJsonObject payload);
    // Chats waiting unoffered for at least `seconds` that another running router owns, first to be served
    // first (priority, then enqueue order).
    static QList<Waiting> waitingElsewhere(QSqlDatabase db, const QString &routerId, int seconds, int limit);
    // Takes one of those over if it still waits with the same owner (one UPDATE: the owner's own offer, a
    // write to the row, is fenced from then on, so the chat is never offered by both), and says so
    // ('claimed') so the old owner lets go at once.
    static bool claimWaiting(Store &store, const Waiting &w, const QString &routerId);
    // An agent's desk signed in here: their assigned chats move here from whichever router has them (that
    // router hears 'claimed' and lets go). The ids taken.
    static QStringList claimAssigned(Store &store, const QString &agentId, const QString &routerId);
    // This router's agents as it sees them now (replacing what it said before).
    static bool sharePresence(QSqlDatabase db, const QString &routerId, const QList<AgentFigures> &agents);
    // What the other live routers said of their agents, and the chats waiting on them, per queue.
    static QList<AgentFigures> othersAgents(QSqlDatabase db, const QString &routerId, int leaseSeconds);
    static QList<QueueFigures> othersWaiting(QSqlDatabase db, const QString &routerId);
    // The open conversations other routers serve (or none does), for the supervisors' board; at most `limit`.
    static QList<ConversationRecord> othersOpen(Store &store, const QString &routerId, int limit);
    // A transfer to an agent signed in through router `to`: the chat is that router's from now on.
    static bool handOver(QSqlDatabase db, const QString &conversationId, const QString &from, const QString &to);
    // A conversation's lines stored after position `afterSerial` (the messages table's serial), in order,
    // with their serials. Lines commit in another order than their serials when two routers write one
    // conversation at once: callers ask from a little before the newest serial they saw and skip known ids.
    static QList<std::pair<qint64, ChatMessage>> linesSince(Store &store, const QString &conversationId,
                                                            qint64 afterSerial);
    // Tells the routers that `routerId` serves the conversation now (kind 'claimed').
    static bool announceClaimed(Store &store, const QString &conversationId, const QString &routerId);
    // The routers with a fresh heartbeat.
    static int liveRouters(QSqlDatabase db, int leaseSeconds);
    // A clean stop: releases this router's open conversations (the others take them over at once) and
    // removes its row; rows of routers gone for a day are removed too.
    static bool leave(QSqlDatabase db, const QString &routerId, QString *error);
};

} // namespace handoff::store
