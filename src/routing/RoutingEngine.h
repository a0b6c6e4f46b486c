// The routing engine as pure logic: queues, rules, skills, capacity, presence, offers, overflow,
// business hours. No sockets, no SQL, no timers: time comes from the injected Clock and the caller
// (src/server) calls tick() periodically and acts on the returned events. See docs/routing.md.
//
// This header is the contract src/server codes against. It may grow; existing members keep their meaning.
#pragma once

#include "protocol/DomainTypes.h"
#include "routing/Clock.h"
#include "routing/RoutingConfig.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

namespace handoff::routing {

// Facts about a conversation that rules look at. `fields` holds topic, trigger, language, page and
// every bot variable by name ("topic", "trigger", "language", "page", "order.total", ...).
struct ConversationFacts {
    QString conversationId;
    QMap<QString, QString> fields;
};

// Where a conversation goes, decided by the first matching rule (or the default queue).
struct Placement {
    QString queueId;
    int priority = 0;         // higher first
    QStringList requiredSkills; // union of the rule's and the queue's skills
    QString ruleName;         // which rule matched; empty for the default
};

struct AgentProfile {
    QString id;           // user name
    QString displayName;
    QStringList skills;
    int capacity = 3;     // concurrent chats
};

// Why a visitor cannot be served right now.
enum class Availability {
    Open,          // queue open and at least one eligible agent signed in
    Closed,        // outside business hours or on a holiday
    NoAgents,      // open, but no eligible agent signed in (all offline)
};

struct EnqueueResult {
    Placement placement;
    Availability availability = Availability::Open;
    QString visitorNotice; // what the visitor is told when not Open (from the queue's config)
};

struct Offer {
    QString conversationId;
    QString agentId;
    QDateTime offeredAt;
    QDateTime expiresAt;
};

// Things that happened inside the engine that the server must act on.
struct RoutingEvent {
    enum class Kind {
        OfferMade,       // offer: tell the agent's desks
        OfferExpired,    // offer timed out: withdraw it from the agent's desks (a new offer may follow)
        OfferWithdrawn,  // conversation left the queue, or agent went offline
        AgentSetAway,    // agentId missed too many offers in a row: presence is now Away
        Overflowed,      // conversationId moved from fromQueue to queueId after waiting too long
        QueueClosed,     // conversationId's queue closed while it waited
        WaitedTooLong,   // conversationId has waited its queue's offerFormAfterSeconds: offer the message form
    };
    // Why an OfferWithdrawn happened: the conversation left the queue (the visitor left, it was closed or
    // moved), the agent stopped being available (chose away or offline, or signed off), or the engine set
    // the agent away after missed offers.
    enum class Withdrawal { ConversationLeft, AgentUnavailable, AgentSetAway };
    Kind kind;
    QString conversationId;
    QString agentId;
    QString queueId;
    QString fromQueue;
    Offer offer;
    Withdrawal withdrawal = Withdrawal::ConversationLeft;
};

struct QueueStatus {
    QString queueId;
    QString name;
    int waiting = 0;
    int longestWaitSeconds = 0;
    int agentsAvailable = 0; // signed in, Available, with spare capacity and the queue's skills
    int agentsSignedIn = 0;
    bool open = true;
};

struct AgentStatus {
    AgentProfile profile;
    Presence presence = Presence::Offline;
    Presence chosenPresence = Presence::Offline; // what the agent picked; Busy may be automatic
    int load = 0;                     // chats assigned now
    QStringList conversations;        // assigned now
    QDateTime presenceSince;
    QDateTime lastAssignmentAt;
};

enum class Strategy { LeastBusyThenLongestIdle, RoundRobin };

class RoutingEngine
{
public:
    explicit RoutingEngine(const Clock &clock);
    ~RoutingEngine();
    RoutingEngine(const RoutingEngine &) = delete;
    RoutingEngine &operator=(const RoutingEngine &) = delete;

    // Configuration (queues, rules, strategy, offer timeout). Replacing it keeps waiting
    // conversations and assignments; conversations whose queue disappeared go to the default queue.
    void setConfig(const RoutingConfig &config);
    const RoutingConfig &config() const;

    // Rules only: where would this conversation go?
    Placement place(const ConversationFacts &facts) const;
    Availability availability(const QString &queueId) const;

    // Conversations waiting for a human.
    EnqueueResult enqueue(const ConversationFacts &facts);
    // Re-enqueue with a known placement (restart recovery keeps the original enqueue time; transfers).
    void enqueueAt(const QString &conversationId, const Placement &placement, const QDateTime &enqueuedAt,
                   const QString &preferredAgent = {});
    // Restart recovery: like enqueueAt, and the overflow clock goes on from queueEnteredAt (when it entered
    // its current queue) instead of starting again; formOffered: WaitedTooLong was already reported.
    void restoreWaiting(const QString &conversationId, const Placement &placement, const QDateTime &enqueuedAt,
                        const QDateTime &queueEnteredAt, bool formOffered);
    // When the conversation entered its current queue (overflow counts from here); invalid when not waiting.
    QDateTime queueEnteredAt(const QString &conversationId) const;
    // A transfer to a named agent waits up to one offer timeout for them while they are signed in.
    // Treat agentId as if they had declined conversationId (e.g. the agent who just transferred it away):
    // they are asked only when nobody else is eligible.
    void avoidAgent(const QString &conversationId, const QString &agentId);
    void remove(const QString &conversationId); // left, closed, or served elsewhere
    bool isWaiting(const QString &conversationId) const;
    QStringList waitingIn(const QString &queueId) const; // in service order

    // Agents.
    void upsertAgent(const AgentProfile &profile);
    void setPresence(const QString &agentId, Presence presence);
    // Assignments the engine did not make itself (restart recovery, supervisor reassign).
    void assignmentStarted(const QString &agentId, const QString &conversationId);
    void assignmentEnded(const QString &agentId, const QString &conversationId);
    AgentStatus agent(const QString &agentId) const;
    QList<AgentStatus> agents() const;

    // Matching: offers the highest-priority, longest-waiting conversations to the best eligible agents.
    // Events from calls that return nothing (remove, setPresence, assignmentStarted: withdrawn offers)
    // come out of the next dispatch() or tick(), before any new offer.
    QList<RoutingEvent> dispatch();
    // Offer answers. accept() returns false when there is no live offer of that conversation to that agent.
    bool accept(const QString &conversationId, const QString &agentId);
    QList<RoutingEvent> decline(const QString &conversationId, const QString &agentId);
    // Timeouts, overflow, business-hours changes; then dispatch(). Call about once a second.
    QList<RoutingEvent> tick();
    QList<Offer> offers() const;
    std::optional<Offer> offerFor(const QString &conversationId) const;

    // Visitor-facing figures.
    int position(const QString &conversationId) const; // 1-based within its queue, 0 if not waiting
    int estimatedWaitSeconds(const QString &conversationId) const; // -1 when unknown
    void recordHandleTime(const QString &queueId, int seconds); // from closed chats, for estimates

    QList<QueueStatus> queues() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace handoff::routing
