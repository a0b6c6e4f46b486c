// The routing engine as agents and visitors experience it, driven by a hand-moved clock.
#include "routing/RoutingEngine.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::routing;
using Kind = RoutingEvent::Kind;

namespace {

// Monday 2 March 2026, 10:00 UTC.
const QDateTime kStart(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

QList<RoutingEvent> ofKind(const QList<RoutingEvent> &events, Kind kind)
{
    QList<RoutingEvent> out;
    for (const RoutingEvent &e : events)
        if (e.kind == kind)
            out << e;
    return out;
}

QueueDefinition makeQueue(const QString &id, const QStringList &skills = {}, int priority = 0)
{
    QueueDefinition q;
    q.id = id;
    q.name = id;
    q.requiredSkills = skills;
    q.priority = priority;
    return q;
}

class RoutingEngineTest : public ::testing::Test
{
protected:
    RoutingEngineTest()
        : clock(kStart)
        , engine(clock)
    { }

    void addAgent(
        const QString &id, const QStringList &skills = {}, int capacity = 3, Presence presence = Presence::Available)
    {
        AgentProfile p;
        p.id = id;
        p.displayName = id;
        p.skills = skills;
        p.capacity = capacity;
        engine.upsertAgent(p);
        engine.setPresence(id, presence);
    }

    EnqueueResult enqueue(const QString &id, const QMap<QString, QString> &fields = {})
    {
        return engine.enqueue({ id, fields });
    }

    // Who the conversation is offered to now, or empty.
    QString offeredTo(const QString &conversationId) const
    {
        const auto offer = engine.offerFor(conversationId);
        return offer ? offer->agentId : QString();
    }

    void serve(const QString &conversationId)
    {
        const QString agent = offeredTo(conversationId);
        ASSERT_FALSE(agent.isEmpty()) << conversationId.toStdString();
        ASSERT_TRUE(engine.accept(conversationId, agent));
    }

    void useConfig(const RoutingConfig &config) { engine.setConfig(config); }

    ManualClock clock;
    RoutingEngine engine;
};

} // namespace

TEST_F(RoutingEngineTest, RulesPlaceConversationsFirstMatchWins)
{
    RoutingConfig config;
    config.queues = { makeQueue("general"), makeQueue("billing", { "billing" }, 1), makeQueue("vip", { "senior" }, 3) };
    config.defaultQueue = "general";
    config.rules = { { "big orders", "topic == billing and order.total > 500", "vip", 9, { "German" } },
        { "billing", "topic == billing", "billing", std::nullopt, {} } };
    useConfig(config);

    const Placement big = engine.place({ "c1", { { "topic", "billing" }, { "order.total", "742" } } });
    EXPECT_EQ(big.queueId, "vip");
    EXPECT_EQ(big.priority, 9);
    EXPECT_EQ(big.ruleName, "big orders");
    EXPECT_EQ(big.requiredSkills, QStringList({ "german", "senior" })); // rule's and queue's skills, normalised

    const Placement small = engine.place({ "c2", { { "topic", "billing" }, { "order.total", "42" } } });
    EXPECT_EQ(small.queueId, "billing");
    EXPECT_EQ(small.priority, 1); // the queue's priority when the rule sets none
    EXPECT_EQ(small.requiredSkills, QStringList { "billing" });

    const Placement other = engine.place({ "c3", { { "topic", "shipping" } } });
    EXPECT_EQ(other.queueId, "general");
    EXPECT_TRUE(other.ruleName.isEmpty());
}

TEST_F(RoutingEngineTest, VisitorIsToldWhenNobodyIsSignedIn)
{
    RoutingConfig config;
    QueueDefinition q = makeQueue("support");
    q.noAgentsMessage = "All our agents are offline. Leave a message!";
    config.queues = { q };
    config.defaultQueue = "support";
    useConfig(config);

    const EnqueueResult first = enqueue("c1");
    EXPECT_EQ(first.availability, Availability::NoAgents);
    EXPECT_EQ(first.visitorNotice, "All our agents are offline. Leave a message!");
    EXPECT_TRUE(engine.isWaiting("c1")); // keeps its place until someone signs in

    addAgent("ann", {}, 3, Presence::Away);
    const EnqueueResult second = enqueue("c2");
    EXPECT_EQ(second.availability, Availability::Open); // signed in, merely away
    EXPECT_TRUE(second.visitorNotice.isEmpty());
}

TEST_F(RoutingEngineTest, OffersOnlyToAgentsWithTheRequiredSkills)
{
    RoutingConfig config;
    config.queues = { makeQueue("general"), makeQueue("billing", { "billing" }) };
    config.defaultQueue = "general";
    config.rules = { { "b", "topic == billing", "billing", std::nullopt, { "de" } } };
    useConfig(config);
    addAgent("ann", { "billing" });
    addAgent("bob", { "de" });
    addAgent("cem", { "Billing", "DE", "fr" });

    enqueue("c1", { { "topic", "billing" } });
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "cem");
}

TEST_F(RoutingEngineTest, WaitsWhenNoAgentHasTheSkills)
{
    RoutingConfig config;
    config.queues = { makeQueue("billing", { "billing" }) };
    config.defaultQueue = "billing";
    useConfig(config);
    addAgent("ann", { "sales" });
    enqueue("c1");
    EXPECT_TRUE(ofKind(engine.dispatch(), Kind::OfferMade).isEmpty());
    EXPECT_EQ(engine.availability("billing"), Availability::NoAgents);

    addAgent("bob", { "billing" });
    const auto made = ofKind(engine.dispatch(), Kind::OfferMade);
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made[0].agentId, "bob");
    EXPECT_EQ(made[0].queueId, "billing");
    EXPECT_EQ(made[0].offer.expiresAt, kStart.addSecs(30));
}

TEST_F(RoutingEngineTest, NeverOffersToOfflineAwayOrBusyAgents)
{
    addAgent("off", {}, 3, Presence::Offline);
    addAgent("away", {}, 3, Presence::Away);
    addAgent("busy", {}, 3, Presence::Busy);
    enqueue("c1");
    EXPECT_TRUE(engine.dispatch().isEmpty());
    EXPECT_TRUE(engine.offers().isEmpty());
}

TEST_F(RoutingEngineTest, GoingOfflineWithdrawsOffersAndTheyMoveOn)
{
    addAgent("ann");
    enqueue("c1");
    engine.dispatch();
    ASSERT_EQ(offeredTo("c1"), "ann");
    addAgent("bob");
    engine.setPresence("ann", Presence::Offline);
    const QList<RoutingEvent> events = engine.dispatch();
    const auto withdrawn = ofKind(events, Kind::OfferWithdrawn);
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_EQ(withdrawn[0].agentId, "ann");
    EXPECT_EQ(offeredTo("c1"), "bob");
    EXPECT_FALSE(engine.accept("c1", "ann"));
}

TEST_F(RoutingEngineTest, BusyAutomaticallyAtCapacityAndAvailableAgainBelowIt)
{
    addAgent("ann", {}, 2);
    for (const char *id : { "c1", "c2", "c3" })
        enqueue(id);
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "ann");
    EXPECT_EQ(offeredTo("c2"), "ann");
    EXPECT_EQ(offeredTo("c3"), ""); // offers count against spare capacity
    serve("c1");
    serve("c2");
    EXPECT_EQ(engine.agent("ann").presence, Presence::Busy);
    EXPECT_EQ(engine.agent("ann").chosenPresence, Presence::Available);
    EXPECT_EQ(engine.agent("ann").load, 2);
    engine.dispatch();
    EXPECT_EQ(offeredTo("c3"), "");

    engine.assignmentEnded("ann", "c1");
    EXPECT_EQ(engine.agent("ann").presence, Presence::Available);
    EXPECT_EQ(engine.agent("ann").conversations, QStringList { "c2" });
    engine.dispatch();
    EXPECT_EQ(offeredTo("c3"), "ann");
}

TEST_F(RoutingEngineTest, ChosenAwayStaysAwayWhenLoadDrops)
{
    addAgent("ann", {}, 1);
    enqueue("c1");
    engine.dispatch();
    serve("c1");
    EXPECT_EQ(engine.agent("ann").presence, Presence::Busy);
    engine.setPresence("ann", Presence::Away);
    engine.assignmentEnded("ann", "c1");
    EXPECT_EQ(engine.agent("ann").presence, Presence::Away);
    enqueue("c2");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c2"), "");
}

TEST_F(RoutingEngineTest, SetPresenceIsIdempotent)
{
    addAgent("ann");
    const QDateTime since = engine.agent("ann").presenceSince;
    clock.advance(60'000);
    engine.setPresence("ann", Presence::Available); // a second desk of the same agent says the same
    EXPECT_EQ(engine.agent("ann").presenceSince, since);
    EXPECT_EQ(engine.agent("ann").presence, Presence::Available);
}

TEST_F(RoutingEngineTest, HigherPriorityFirstThenLongestWaiting)
{
    RoutingConfig config;
    config.queues = { makeQueue("general"), makeQueue("vip", {}, 5) };
    config.defaultQueue = "general";
    config.rules = { { "vip", "plan == gold", "vip", std::nullopt, {} } };
    useConfig(config);
    enqueue("early");
    clock.advance(1000);
    enqueue("later");
    clock.advance(1000);
    enqueue("gold", { { "plan", "gold" } });
    addAgent("ann", {}, 1);

    engine.dispatch();
    EXPECT_EQ(offeredTo("gold"), "ann");
    serve("gold");
    engine.assignmentEnded("ann", "gold");
    engine.dispatch();
    EXPECT_EQ(offeredTo("early"), "ann");
    EXPECT_EQ(offeredTo("later"), "");
}

TEST_F(RoutingEngineTest, LeastBusyAgentGetsTheNextChat)
{
    addAgent("ann");
    addAgent("bob");
    // ann already has two chats (e.g. after a restart); bob has one.
    engine.assignmentStarted("ann", "x1");
    engine.assignmentStarted("ann", "x2");
    engine.assignmentStarted("bob", "x3");
    enqueue("c1");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "bob");
}

TEST_F(RoutingEngineTest, LeastBusyCountsOpenChatsNotLifetimeChats)
{
    addAgent("ann");
    addAgent("bob");
    // ann handled many chats today, all finished; bob has one open.
    for (int i = 0; i < 5; ++i) {
        const QString id = QStringLiteral("old%1").arg(i);
        engine.assignmentStarted("ann", id);
        engine.assignmentEnded("ann", id);
    }
    engine.assignmentStarted("bob", "open");
    enqueue("c1");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "ann");
}

TEST_F(RoutingEngineTest, EqualLoadGoesToLongestIdle)
{
    addAgent("ann");
    addAgent("bob");
    engine.assignmentStarted("bob", "x1");
    clock.advance(10'000);
    engine.assignmentStarted("ann", "x2"); // ann was assigned more recently
    clock.advance(10'000);
    enqueue("c1");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "bob");
}

TEST_F(RoutingEngineTest, RoundRobinRotatesRegardlessOfLoad)
{
    RoutingConfig config = RoutingConfig::defaults();
    config.strategy = 1;
    useConfig(config);
    addAgent("ann", {}, 10);
    addAgent("bob", {}, 10);
    addAgent("cem", {}, 10);
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        enqueue(id);
        engine.dispatch();
        order << offeredTo(id);
        serve(id);
    }
    EXPECT_EQ(order, QStringList({ "ann", "bob", "cem", "ann", "bob", "cem" }));
}

TEST_F(RoutingEngineTest, OfferTimeoutGoesToTheNextAgent)
{
    addAgent("ann");
    enqueue("c1");
    engine.dispatch();
    ASSERT_EQ(offeredTo("c1"), "ann");
    addAgent("bob");
    clock.advance(29'000);
    EXPECT_TRUE(ofKind(engine.tick(), Kind::OfferExpired).isEmpty());
    clock.advance(1'000);
    const QList<RoutingEvent> events = engine.tick();
    const auto expired = ofKind(events, Kind::OfferExpired);
    ASSERT_EQ(expired.size(), 1);
    EXPECT_EQ(expired[0].agentId, "ann");
    EXPECT_EQ(expired[0].conversationId, "c1");
    const auto made = ofKind(events, Kind::OfferMade);
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made[0].agentId, "bob");
    EXPECT_FALSE(engine.accept("c1", "ann")); // too late
    EXPECT_TRUE(engine.accept("c1", "bob"));
    EXPECT_FALSE(engine.isWaiting("c1"));
}

TEST_F(RoutingEngineTest, DeclinedConversationGoesElsewhereAndReturnsOnlyWhenNobodyElseCan)
{
    addAgent("ann");
    addAgent("bob");
    enqueue("c1");
    engine.dispatch();
    const QString first = offeredTo("c1");
    const QString second = first == "ann" ? "bob" : "ann";
    auto events = engine.decline("c1", first);
    EXPECT_EQ(offeredTo("c1"), second);
    ASSERT_EQ(ofKind(events, Kind::OfferMade).size(), 1);

    events = engine.decline("c1", second);
    // Both declined: it is asked again rather than left unserved, starting with the best agent.
    EXPECT_FALSE(offeredTo("c1").isEmpty());

    addAgent("cem");
    engine.decline("c1", offeredTo("c1"));
    EXPECT_EQ(offeredTo("c1"), "cem");
}

TEST_F(RoutingEngineTest, DeclineOfSomeoneElsesOfferChangesNothing)
{
    addAgent("ann");
    enqueue("c1");
    engine.dispatch();
    engine.decline("c1", "mallory");
    EXPECT_EQ(offeredTo("c1"), "ann");
    EXPECT_FALSE(engine.accept("c1", "mallory"));
    EXPECT_FALSE(engine.accept("nope", "ann"));
}

TEST_F(RoutingEngineTest, AgentWhoMissesOffersInARowIsSetAway)
{
    RoutingConfig config = RoutingConfig::defaults();
    config.missedOffersBeforeAway = 2;
    config.offerTimeoutSeconds = 10;
    useConfig(config);
    addAgent("ann");
    enqueue("c1");
    engine.dispatch();
    clock.advance(10'000);
    auto events = engine.tick();
    EXPECT_EQ(ofKind(events, Kind::OfferExpired).size(), 1);
    EXPECT_TRUE(ofKind(events, Kind::AgentSetAway).isEmpty());
    EXPECT_EQ(offeredTo("c1"), "ann"); // nobody else is there: asked again
    clock.advance(10'000);
    events = engine.tick();
    const auto away = ofKind(events, Kind::AgentSetAway);
    ASSERT_EQ(away.size(), 1);
    EXPECT_EQ(away[0].agentId, "ann");
    EXPECT_EQ(engine.agent("ann").presence, Presence::Away);
    EXPECT_EQ(offeredTo("c1"), "");
    EXPECT_TRUE(engine.isWaiting("c1"));
}

TEST_F(RoutingEngineTest, AnsweringAnOfferResetsTheMissedCount)
{
    RoutingConfig config = RoutingConfig::defaults();
    config.missedOffersBeforeAway = 2;
    config.offerTimeoutSeconds = 10;
    useConfig(config);
    addAgent("ann");
    enqueue("c1");
    engine.dispatch();
    clock.advance(10'000);
    engine.tick(); // missed one; offered again
    serve("c1");
    enqueue("c2");
    engine.dispatch();
    clock.advance(10'000);
    const auto events = engine.tick(); // missed one again, not two in a row
    EXPECT_TRUE(ofKind(events, Kind::AgentSetAway).isEmpty());
    EXPECT_EQ(engine.agent("ann").presence, Presence::Available);
}

TEST_F(RoutingEngineTest, OverflowMovesLongWaitsToTheOverflowQueue)
{
    RoutingConfig config;
    QueueDefinition billing = makeQueue("billing", { "billing" });
    billing.overflowQueue = "general";
    billing.overflowAfterSeconds = 120;
    config.queues = { billing, makeQueue("general") };
    config.defaultQueue = "billing";
    useConfig(config);
    addAgent("gus", { "general-only" });
    enqueue("c1");
    engine.tick();
    EXPECT_EQ(offeredTo("c1"), "");
    clock.advance(119'000);
    EXPECT_TRUE(ofKind(engine.tick(), Kind::Overflowed).isEmpty());
    clock.advance(1'000);
    const auto events = engine.tick();
    const auto overflowed = ofKind(events, Kind::Overflowed);
    ASSERT_EQ(overflowed.size(), 1);
    EXPECT_EQ(overflowed[0].fromQueue, "billing");
    EXPECT_EQ(overflowed[0].queueId, "general");
    EXPECT_EQ(engine.waitingIn("general"), QStringList { "c1" });
    EXPECT_EQ(offeredTo("c1"), "gus"); // the billing skill no longer required
}

TEST_F(RoutingEngineTest, ClosedQueueTellsTheVisitorAndClosingNotifiesWaitingOnes)
{
    RoutingConfig config;
    QueueDefinition q = makeQueue("support");
    q.hours.alwaysOpen = false;
    q.hours.timeZone = "Europe/Berlin";
    for (int d = 0; d < 5; ++d)
        q.hours.weekly[d].append({ QTime(9, 0), QTime(17, 0) });
    q.hours.holidays = { QDate(2026, 4, 3) }; // Good Friday
    q.closedMessage = "We are open Monday to Friday, 9 to 5.";
    config.queues = { q };
    config.defaultQueue = "support";
    // Friday 27 March 2026, 15:30 UTC = 16:30 in Berlin (CET).
    clock.set(QDateTime(QDate(2026, 3, 27), QTime(15, 30), Qt::UTC));
    useConfig(config);
    addAgent("ann", {}, 3, Presence::Away);

    EXPECT_EQ(enqueue("c1").availability, Availability::Open);
    clock.advance(31 * 60'000); // 17:01 local
    const auto closed = ofKind(engine.tick(), Kind::QueueClosed);
    ASSERT_EQ(closed.size(), 1);
    EXPECT_EQ(closed[0].conversationId, "c1");
    EXPECT_EQ(closed[0].queueId, "support");
    EXPECT_TRUE(ofKind(engine.tick(), Kind::QueueClosed).isEmpty()); // once per closing

    const EnqueueResult late = enqueue("c2");
    EXPECT_EQ(late.availability, Availability::Closed);
    EXPECT_EQ(late.visitorNotice, "We are open Monday to Friday, 9 to 5.");

    // Monday 30 March after the change to summer time: 07:30 UTC is 09:30 in Berlin, open.
    clock.set(QDateTime(QDate(2026, 3, 30), QTime(7, 30), Qt::UTC));
    EXPECT_EQ(engine.availability("support"), Availability::Open);
    clock.set(QDateTime(QDate(2026, 3, 30), QTime(6, 30), Qt::UTC));
    EXPECT_EQ(engine.availability("support"), Availability::Closed);
    // Good Friday, 10:00 in Berlin: closed all day.
    clock.set(QDateTime(QDate(2026, 4, 3), QTime(8, 0), Qt::UTC));
    EXPECT_EQ(engine.availability("support"), Availability::Closed);
    EXPECT_EQ(enqueue("c3").availability, Availability::Closed);
}

TEST_F(RoutingEngineTest, PositionFollowsTheOrderOfService)
{
    RoutingConfig config;
    config.queues = { makeQueue("general"), makeQueue("other") };
    config.defaultQueue = "general";
    config.rules = { { "urgent", "urgent == yes", "general", 10, {} }, { "o", "topic == other", "other", {}, {} } };
    useConfig(config);
    enqueue("a");
    clock.advance(1000);
    enqueue("b");
    clock.advance(1000);
    enqueue("x", { { "topic", "other" } });
    enqueue("u", { { "urgent", "yes" } });
    EXPECT_EQ(engine.position("u"), 1);
    EXPECT_EQ(engine.position("a"), 2);
    EXPECT_EQ(engine.position("b"), 3);
    EXPECT_EQ(engine.position("x"), 1); // positions are per queue
    EXPECT_EQ(engine.position("nope"), 0);
    EXPECT_EQ(engine.waitingIn("general"), QStringList({ "u", "a", "b" }));
    engine.remove("u");
    EXPECT_EQ(engine.position("a"), 1);
}

TEST_F(RoutingEngineTest, EstimatedWaitFromRecentHandleTimes)
{
    enqueue("a");
    enqueue("b");
    EXPECT_EQ(engine.estimatedWaitSeconds("a"), -1); // no history yet
    engine.recordHandleTime("default", 200);
    engine.recordHandleTime("default", 400);
    EXPECT_EQ(engine.estimatedWaitSeconds("b"), -1); // nobody signed in
    addAgent("ann", {}, 3, Presence::Away);
    addAgent("bob", {}, 3, Presence::Away);
    // Average 300 s, two agents: first in line 150 s, second 300 s.
    EXPECT_EQ(engine.estimatedWaitSeconds("a"), 150);
    EXPECT_EQ(engine.estimatedWaitSeconds("b"), 300);
    // Only recent chats count: the average moves with new samples.
    for (int i = 0; i < 20; ++i)
        engine.recordHandleTime("default", 60);
    EXPECT_EQ(engine.estimatedWaitSeconds("a"), 30);
    EXPECT_EQ(engine.estimatedWaitSeconds("nope"), -1);
}

TEST_F(RoutingEngineTest, ReloadKeepsWaitingConversationsAndAssignments)
{
    RoutingConfig config;
    config.queues = { makeQueue("general"), makeQueue("billing") };
    config.defaultQueue = "general";
    config.rules = { { "b", "topic == billing", "billing", {}, {} } };
    useConfig(config);
    addAgent("ann", {}, 1);
    enqueue("served");
    engine.dispatch();
    serve("served");
    enqueue("g1");
    clock.advance(1000);
    enqueue("b1", { { "topic", "billing" } });

    RoutingConfig next = config;
    next.queues = { makeQueue("general"), makeQueue("sales") };
    next.rules.clear();
    next.offerTimeoutSeconds = 45;
    useConfig(next);

    EXPECT_EQ(engine.agent("ann").conversations, QStringList { "served" });
    EXPECT_TRUE(engine.isWaiting("g1"));
    EXPECT_TRUE(engine.isWaiting("b1"));
    // billing is gone: its conversation waits in the default queue, in order of arrival.
    EXPECT_EQ(engine.waitingIn("general"), QStringList({ "g1", "b1" }));
    EXPECT_EQ(engine.config().offerTimeoutSeconds, 45);
}

TEST_F(RoutingEngineTest, TransferIsOfferedToThePreferredAgentFirst)
{
    addAgent("ann");
    addAgent("bob");
    engine.assignmentStarted("bob", "x1"); // bob is busier; least busy would pick ann
    Placement placement;
    placement.queueId = "default";
    engine.enqueueAt("t1", placement, kStart.addSecs(-600), "bob");
    engine.dispatch();
    EXPECT_EQ(offeredTo("t1"), "bob");
    engine.decline("t1", "bob");
    EXPECT_EQ(offeredTo("t1"), "ann");
}

TEST_F(RoutingEngineTest, RestoredEnqueueTimeKeepsItsPlace)
{
    enqueue("new");
    Placement placement;
    placement.queueId = "default";
    engine.enqueueAt("restored", placement, kStart.addSecs(-3600));
    EXPECT_EQ(engine.waitingIn("default"), QStringList({ "restored", "new" }));
}

TEST_F(RoutingEngineTest, RemovingAWaitingConversationWithdrawsItsOffer)
{
    addAgent("ann");
    enqueue("c1");
    engine.dispatch();
    engine.remove("c1");
    EXPECT_FALSE(engine.isWaiting("c1"));
    EXPECT_TRUE(engine.offers().isEmpty());
    const auto withdrawn = ofKind(engine.tick(), Kind::OfferWithdrawn);
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_EQ(withdrawn[0].agentId, "ann");
    EXPECT_FALSE(engine.accept("c1", "ann"));
}

TEST_F(RoutingEngineTest, QueueStatusForSupervisors)
{
    RoutingConfig config;
    config.queues = { makeQueue("general"), makeQueue("billing", { "billing" }) };
    config.defaultQueue = "general";
    useConfig(config);
    addAgent("ann", { "billing" }, 1);
    addAgent("bob", {}, 1, Presence::Away);
    addAgent("cem", {}, 1, Presence::Offline);
    enqueue("c1");
    clock.advance(90'000);
    enqueue("c2");
    const QList<QueueStatus> status = engine.queues();
    ASSERT_EQ(status.size(), 2);
    EXPECT_EQ(status[0].queueId, "general");
    EXPECT_EQ(status[0].waiting, 2);
    EXPECT_EQ(status[0].longestWaitSeconds, 90);
    EXPECT_EQ(status[0].agentsAvailable, 1);
    EXPECT_EQ(status[0].agentsSignedIn, 2);
    EXPECT_TRUE(status[0].open);
    EXPECT_EQ(status[1].agentsSignedIn, 1);
    EXPECT_EQ(engine.agents().size(), 3);
}

TEST_F(RoutingEngineTest, ReloadKeepsLiveOffersAndSwitchesStrategy)
{
    addAgent("ann", {}, 5);
    addAgent("bob", {}, 5);
    engine.assignmentStarted("ann", "x1");
    engine.assignmentStarted("ann", "x2");
    enqueue("c1");
    engine.dispatch();
    ASSERT_EQ(offeredTo("c1"), "bob"); // least busy

    RoutingConfig config = RoutingConfig::defaults();
    config.strategy = 1;
    useConfig(config);
    EXPECT_EQ(offeredTo("c1"), "bob");
    EXPECT_TRUE(engine.accept("c1", "bob"));

    // Round robin now: ann was offered least recently, although she has more chats.
    enqueue("c2");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c2"), "ann");
}

TEST_F(RoutingEngineTest, LoweringCapacityMakesAnAgentBusy)
{
    addAgent("ann", {}, 3);
    engine.assignmentStarted("ann", "x1");
    engine.assignmentStarted("ann", "x2");
    EXPECT_EQ(engine.agent("ann").presence, Presence::Available);
    AgentProfile p;
    p.id = "ann";
    p.capacity = 2;
    engine.upsertAgent(p);
    EXPECT_EQ(engine.agent("ann").presence, Presence::Busy);
    enqueue("c1");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "");
}

TEST_F(RoutingEngineTest, SkillsLearnedLaterAreUsed)
{
    RoutingConfig config;
    config.queues = { makeQueue("billing", { "billing" }) };
    config.defaultQueue = "billing";
    useConfig(config);
    addAgent("ann", { "sales" });
    enqueue("c1");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "");
    AgentProfile p;
    p.id = "ann";
    p.skills = { "sales", "billing" };
    engine.upsertAgent(p);
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "ann");
}

TEST_F(RoutingEngineTest, ClosedQueueWithoutOwnMessageStillTellsTheVisitor)
{
    RoutingConfig config;
    QueueDefinition q = makeQueue("support");
    q.hours.alwaysOpen = false;
    q.hours.timeZone = "UTC";
    config.queues = { q }; // no opening hours at all
    config.defaultQueue = "support";
    useConfig(config);
    const EnqueueResult r = enqueue("c1");
    EXPECT_EQ(r.availability, Availability::Closed);
    EXPECT_FALSE(r.visitorNotice.isEmpty());
    EXPECT_FALSE(engine.queues()[0].open);
}

TEST_F(RoutingEngineTest, PositionsMoveUpAsOthersAreServed)
{
    for (const char *id : { "a", "b", "c" }) {
        enqueue(id);
        clock.advance(1000);
    }
    EXPECT_EQ(engine.position("c"), 3);
    addAgent("ann", {}, 1);
    engine.dispatch();
    serve("a");
    EXPECT_EQ(engine.position("a"), 0);
    EXPECT_EQ(engine.position("b"), 1);
    EXPECT_EQ(engine.position("c"), 2);
}

TEST_F(RoutingEngineTest, OverflowCanChainAndCountsFromEachQueue)
{
    RoutingConfig config;
    QueueDefinition a = makeQueue("a", { "a" });
    a.overflowQueue = "b";
    a.overflowAfterSeconds = 60;
    QueueDefinition b = makeQueue("b", { "b" });
    b.overflowQueue = "c";
    b.overflowAfterSeconds = 60;
    config.queues = { a, b, makeQueue("c") };
    config.defaultQueue = "a";
    useConfig(config);
    enqueue("c1");
    clock.advance(60'000);
    auto events = engine.tick();
    EXPECT_EQ(ofKind(events, Kind::Overflowed).size(), 1);
    EXPECT_EQ(engine.waitingIn("b"), QStringList { "c1" });
    clock.advance(30'000);
    EXPECT_TRUE(ofKind(engine.tick(), Kind::Overflowed).isEmpty());
    clock.advance(30'000);
    events = engine.tick();
    ASSERT_EQ(ofKind(events, Kind::Overflowed).size(), 1);
    EXPECT_EQ(ofKind(events, Kind::Overflowed)[0].fromQueue, "b");
    EXPECT_EQ(engine.waitingIn("c"), QStringList { "c1" });
}

TEST_F(RoutingEngineTest, ReloadAppliesChangedQueueSkillsToWaitingConversations)
{
    RoutingConfig config;
    config.queues = { makeQueue("general"), makeQueue("billing", { "billing" }) };
    config.defaultQueue = "general";
    config.rules = { { "b", "topic == billing", "billing", {}, { "german" } } };
    useConfig(config);
    enqueue("b1", { { "topic", "billing" } });
    addAgent("ann", { "invoices", "german" });
    engine.dispatch();
    EXPECT_EQ(offeredTo("b1"), "");

    // billing now needs "invoices" instead of "billing"; the rule's "german" still applies.
    config.queues[1].requiredSkills = { "invoices" };
    useConfig(config);
    engine.dispatch();
    EXPECT_EQ(offeredTo("b1"), "ann");

    // billing removed: the conversation waits in general, which needs no queue skill, but still German.
    engine.remove("b1");
    enqueue("b2", { { "topic", "billing" } });
    addAgent("bob", { "french" });
    addAgent("cem", { "german" });
    engine.setPresence("ann", Presence::Offline);
    config.queues.removeLast();
    config.rules.clear();
    useConfig(config);
    engine.dispatch();
    EXPECT_EQ(engine.waitingIn("general"), QStringList { "b2" });
    EXPECT_EQ(offeredTo("b2"), "cem");
}

TEST_F(RoutingEngineTest, ExampleFileRoutesAsItsRuleNamesSay)
{
    QFile file(QStringLiteral(HANDOFF_SOURCE_DIR "/resources/routing/example-routing.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto config = RoutingConfig::fromJson(file.readAll(), nullptr);
    ASSERT_TRUE(config);
    useConfig(*config);

    const Placement bigRefund = engine.place({ "c1", { { "topic", "refund" }, { "order.total", "899.90" } } });
    EXPECT_EQ(bigRefund.queueId, "vip");
    EXPECT_EQ(bigRefund.priority, 8);
    EXPECT_EQ(bigRefund.ruleName, "Large orders go to senior staff");
    EXPECT_EQ(engine.place({ "c2", { { "plan", "Platinum" } } }).queueId, "vip");
    EXPECT_EQ(engine.place({ "c3", { { "topic", "invoice" }, { "order.total", "20" } } }).queueId, "billing");
    EXPECT_EQ(
        engine.place({ "c4", { { "page", "https://shop.example.org/account/invoices/17" } } }).queueId, "billing");
    const Placement german = engine.place({ "c5", { { "language", "de-AT" }, { "topic", "shipping" } } });
    EXPECT_EQ(german.queueId, "german");
    EXPECT_EQ(german.requiredSkills, QStringList { "german" });
    const Placement angry = engine.place({ "c6", { { "trigger", "frustration" }, { "language", "en" } } });
    EXPECT_EQ(angry.queueId, "general");
    EXPECT_EQ(angry.priority, 3);
    EXPECT_EQ(engine.place({ "c7", { { "language", "en-GB" } } }).queueId, "general");
}

TEST_F(RoutingEngineTest, TransferWaitsBrieflyForABusyPreferredAgent)
{
    addAgent("ann");
    addAgent("bob", {}, 1);
    engine.assignmentStarted("bob", "x1"); // bob is at capacity
    Placement placement;
    placement.queueId = "default";
    engine.enqueueAt("t1", placement, kStart, "bob");
    engine.tick();
    EXPECT_EQ(offeredTo("t1"), ""); // held for bob
    clock.advance(10'000);
    engine.assignmentEnded("bob", "x1");
    engine.tick();
    EXPECT_EQ(offeredTo("t1"), "bob");

    // Preferred agent who stays busy: after one offer timeout someone else is asked.
    engine.assignmentStarted("bob", "t1");
    engine.enqueueAt("t2", placement, clock.now(), "bob");
    clock.advance(29'000);
    engine.tick();
    EXPECT_EQ(offeredTo("t2"), "");
    clock.advance(1'000);
    engine.tick();
    EXPECT_EQ(offeredTo("t2"), "ann");

    // Preferred agent offline: no waiting at all.
    engine.setPresence("bob", Presence::Offline);
    engine.enqueueAt("t3", placement, clock.now(), "bob");
    engine.tick();
    EXPECT_EQ(offeredTo("t3"), "ann");
}

TEST_F(RoutingEngineTest, ConversationTransferredToAQueueDoesNotBounceBack)
{
    addAgent("ann");
    addAgent("bob");
    engine.assignmentStarted("bob", "x1");
    engine.assignmentStarted("bob", "x2");
    engine.assignmentStarted("ann", "c1");
    // ann hands c1 to the queue; she is now the least busy, but someone else should take it.
    engine.assignmentEnded("ann", "c1");
    Placement placement;
    placement.queueId = "default";
    engine.enqueueAt("c1", placement, clock.now());
    engine.avoidAgent("c1", "ann");
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "bob");
    // Only if bob declines does it come back to ann.
    engine.decline("c1", "bob");
    EXPECT_EQ(offeredTo("c1"), "ann");
}

TEST_F(RoutingEngineTest, SupervisorAssignmentWithdrawsTheLiveOffer)
{
    addAgent("ann");
    addAgent("bob");
    engine.assignmentStarted("bob", "x1");
    enqueue("c1");
    engine.dispatch();
    ASSERT_EQ(offeredTo("c1"), "ann");
    engine.assignmentStarted("bob", "c1"); // a supervisor hands it to bob directly
    EXPECT_FALSE(engine.isWaiting("c1"));
    EXPECT_EQ(engine.agent("bob").load, 2);
    const auto withdrawn = ofKind(engine.dispatch(), Kind::OfferWithdrawn);
    ASSERT_EQ(withdrawn.size(), 1);
    EXPECT_EQ(withdrawn[0].agentId, "ann");
    EXPECT_FALSE(engine.accept("c1", "ann"));
}

TEST_F(RoutingEngineTest, AgentBackFromAwayGetsOffersAgain)
{
    RoutingConfig config = RoutingConfig::defaults();
    config.missedOffersBeforeAway = 1;
    useConfig(config);
    addAgent("ann");
    enqueue("c1");
    engine.dispatch();
    clock.advance(30'000);
    EXPECT_EQ(ofKind(engine.tick(), Kind::AgentSetAway).size(), 1);
    EXPECT_EQ(engine.agent("ann").chosenPresence, Presence::Away);
    engine.setPresence("ann", Presence::Available);
    engine.dispatch();
    EXPECT_EQ(offeredTo("c1"), "ann"); // nobody else: asked again although she let it expire
}

namespace {

// What the server restores after a restart: a new engine on the same clock, the conversation placed again.
Placement placementIn(const QString &queueId)
{
    Placement p;
    p.queueId = queueId;
    return p;
}

} // namespace

TEST_F(RoutingEngineTest, VisitorNobodyTookIsOfferedTheMessageFormOnceAtTheQueuesSetting)
{
    RoutingConfig config;
    QueueDefinition support = makeQueue("support");
    support.offerFormAfterSeconds = 60;
    QueueDefinition patient = makeQueue("patient");
    patient.offerFormAfterSeconds = 0;
    config.queues = { support, patient };
    config.defaultQueue = "support";
    useConfig(config);
    addAgent("ann", {}, 3, Presence::Away); // signed in, so the queue is open, but takes nothing
    enqueue("c1");
    engine.enqueueAt("c2", placementIn("patient"), clock.now());
    clock.advance(59'000);
    EXPECT_TRUE(ofKind(engine.tick(), Kind::WaitedTooLong).isEmpty());
    clock.advance(1'000);
    const auto due = ofKind(engine.tick(), Kind::WaitedTooLong);
    ASSERT_EQ(due.size(), 1) << "c2's queue never offers the form";
    EXPECT_EQ(due[0].conversationId, "c1");
    EXPECT_EQ(due[0].queueId, "support");
    EXPECT_TRUE(engine.isWaiting("c1")) << "the visitor keeps their place";
    clock.advance(3600'000);
    EXPECT_TRUE(ofKind(engine.tick(), Kind::WaitedTooLong).isEmpty()) << "once per wait";
}

TEST_F(RoutingEngineTest, ServedVisitorIsNotOfferedTheMessageForm)
{
    RoutingConfig config;
    QueueDefinition support = makeQueue("support");
    support.offerFormAfterSeconds = 60;
    config.queues = { support };
    config.defaultQueue = "support";
    useConfig(config);
    addAgent("ann");
    enqueue("c1");
    engine.tick();
    serve("c1");
    clock.advance(120'000);
    EXPECT_TRUE(ofKind(engine.tick(), Kind::WaitedTooLong).isEmpty());
}

TEST_F(RoutingEngineTest, RestoredConversationOverflowsAtItsOriginalDeadline)
{
    RoutingConfig config;
    QueueDefinition billing = makeQueue("billing", { "billing" });
    billing.overflowQueue = "general";
    billing.overflowAfterSeconds = 120;
    billing.offerFormAfterSeconds = 150;
    config.queues = { billing, makeQueue("general") };
    config.defaultQueue = "billing";
    const QDateTime waitStart = clock.now();

    // The router went down 100 s into the wait and came back at once.
    clock.advance(100'000);
    RoutingEngine restarted(clock);
    restarted.setConfig(config);
    restarted.restoreWaiting("c1", placementIn("billing"), waitStart, waitStart, false);
    EXPECT_EQ(restarted.queueEnteredAt("c1"), waitStart);
    EXPECT_TRUE(ofKind(restarted.tick(), Kind::Overflowed).isEmpty());
    clock.advance(19'000);
    EXPECT_TRUE(ofKind(restarted.tick(), Kind::Overflowed).isEmpty());
    clock.advance(1'000);
    const auto overflowed = ofKind(restarted.tick(), Kind::Overflowed);
    ASSERT_EQ(overflowed.size(), 1) << "120 s after the original start, not after the restart";
    EXPECT_EQ(overflowed[0].queueId, "general");
    EXPECT_EQ(restarted.queueEnteredAt("c1"), clock.now()) << "the new queue's clock starts at the overflow";
    clock.advance(29'000);
    EXPECT_TRUE(ofKind(restarted.tick(), Kind::WaitedTooLong).isEmpty());
    clock.advance(1'000);
    EXPECT_EQ(ofKind(restarted.tick(), Kind::WaitedTooLong).size(), 0)
        << "the general queue's own setting (300 s) counts, from the original start";
    clock.advance(150'000);
    EXPECT_EQ(ofKind(restarted.tick(), Kind::WaitedTooLong).size(), 1);
}

TEST_F(RoutingEngineTest, RestoredConversationAlreadyOfferedTheFormIsNotOfferedItAgain)
{
    RoutingConfig config;
    QueueDefinition support = makeQueue("support");
    support.offerFormAfterSeconds = 60;
    config.queues = { support };
    config.defaultQueue = "support";
    const QDateTime waitStart = clock.now();
    clock.advance(600'000);
    RoutingEngine restarted(clock);
    restarted.setConfig(config);
    restarted.restoreWaiting("told", placementIn("support"), waitStart, waitStart, true);
    restarted.restoreWaiting("untold", placementIn("support"), waitStart, waitStart, false);
    const auto due = ofKind(restarted.tick(), Kind::WaitedTooLong);
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due[0].conversationId, "untold");
}
