// The routing engine: waiting conversations indexed in service order, ready agents indexed per skill set,
// so one dispatch costs about O(waiting + offers made * log agents) rather than waiting x agents.
#include "routing/RoutingEngine.h"

#include "routing/BusinessHoursCalendar.h"
#include "routing/RuleExpression.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace handoff::routing {

namespace {

constexpr int kHandleTimeSamples = 20;

QString normalisedSkill(const QString &skill)
{
    return skill.trimmed().toLower();
}

QStringList normalisedSkills(const QStringList &skills)
{
    QStringList out;
    for (const QString &s : skills) {
        const QString n = normalisedSkill(s);
        if (!n.isEmpty() && !out.contains(n))
            out << n;
    }
    out.sort();
    return out;
}

QString skillKeyOf(const QStringList &normalised)
{
    return normalised.join(QChar(0x1f));
}

RoutingEvent makeEvent(RoutingEvent::Kind kind, const QString &conversationId, const QString &agentId = {})
{
    RoutingEvent e { kind, conversationId, agentId, {}, {}, {} };
    return e;
}

} // namespace

struct RoutingEngine::Impl {
    // Service order: higher priority first, then earlier enqueue, then arrival sequence.
    using WaitKey = std::tuple<int, qint64, quint64>;
    // Ready-agent order for the active strategy, ties broken by id so the order is total.
    using AgentKey = std::tuple<qint64, qint64, QString>;

    struct Waiting {
        QString id;
        Placement placement;
        QDateTime enqueuedAt;
        QDateTime queueEnteredAt; // overflow counts from here
        QString preferredAgent;
        QSet<QString> declinedBy; // declined or let the offer time out
        QString skillKey;
        WaitKey key;
        bool offered = false;
        bool formOffered = false; // WaitedTooLong reported
    };

    struct Agent {
        AgentProfile profile;
        QSet<QString> skills; // normalised
        Presence chosen = Presence::Offline;
        Presence effective = Presence::Offline;
        QDateTime presenceSince;
        QDateTime lastAssignmentAt;
        QDateTime idleSince;
        QStringList conversations;
        QSet<QString> offered;
        int missedInARow = 0;
        quint64 lastOfferSequence = 0;
        std::optional<AgentKey> indexedAs;
        bool countedSignedIn = false;
        QStringList pools; // skill keys this agent qualifies for
    };

    struct Pool {
        QStringList skills;
        std::set<AgentKey> ready;
        int signedIn = 0; // qualifying agents not Offline
    };

    struct CompiledRule {
        RoutingRule rule;
        std::optional<RuleExpression> expression; // nullopt: the condition did not parse, never matches
    };

    explicit Impl(const Clock &c)
        : clock(c)
    { }

    const Clock &clock;
    RoutingConfig config;
    Strategy strategy = Strategy::LeastBusyThenLongestIdle;
    QList<CompiledRule> rules;

    QHash<QString, Waiting> waiting;
    std::map<WaitKey, QString> unoffered; // waiting without a live offer
    QHash<QString, std::map<WaitKey, QString>> byQueue; // every waiting conversation per queue
    // Positions are asked for every waiting visitor on every tick, so they are computed once per queue
    // change (O(n)) instead of once per question (O(n) each).
    struct Ranks {
        quint64 version = 0;
        QHash<QString, int> position;
    };
    QHash<QString, quint64> queueVersion;
    mutable QHash<QString, Ranks> ranks;
    quint64 arrivalSequence = 0;

    QHash<QString, Agent> agents;
    QHash<QString, Pool> pools;
    int readyAgents = 0;
    quint64 offerSequence = 0;

    QHash<QString, Offer> liveOffers;
    QList<RoutingEvent> pendingEvents; // from calls that return nothing (remove, setPresence, ...)
    QHash<QString, QList<int>> handleTimes;
    QHash<QString, bool> queueWasOpen;

    QString defaultQueueId() const
    {
        if (config.queue(config.defaultQueue))
            return config.defaultQueue;
        return config.queues.isEmpty() ? QStringLiteral("default") : config.queues.front().id;
    }

    // --- agents -----------------------------------------------------------------------------------

    Agent &agentRef(const QString &id)
    {
        auto it = agents.find(id);
        if (it == agents.end()) {
            Agent a;
            a.profile.id = id;
            a.profile.displayName = id;
            a.presenceSince = clock.now();
            it = agents.insert(id, a);
            refreshPools(*it);
        }
        return *it;
    }

    static bool qualifies(const Agent &a, const QStringList &skills)
    {
        for (const QString &s : skills)
            if (!a.skills.contains(s))
                return false;
        return true;
    }

    bool isReady(const Agent &a) const
    {
        return a.chosen == Presence::Available && a.conversations.size() + a.offered.size() < a.profile.capacity;
    }

    AgentKey keyFor(const Agent &a) const
    {
        if (strategy == Strategy::RoundRobin)
            return { qint64(a.lastOfferSequence), 0, a.profile.id };
        const QDateTime idle = a.idleSince.isValid() ? a.idleSince : a.presenceSince;
        return { qint64(a.conversations.size() + a.offered.size()), idle.isValid() ? idle.toMSecsSinceEpoch() : 0,
            a.profile.id };
    }

    void unindex(Agent &a)
    {
        if (a.countedSignedIn) {
            for (const QString &pk : std::as_const(a.pools))
                --pools[pk].signedIn;
            a.countedSignedIn = false;
        }
        if (!a.indexedAs)
            return;
        for (const QString &pk : std::as_const(a.pools))
            pools[pk].ready.erase(*a.indexedAs);
        a.indexedAs.reset();
        --readyAgents;
    }

    // Call after anything that changes an agent's load, offers, presence or ordering key.
    void reindex(Agent &a)
    {
        unindex(a);
        const Presence before = a.effective;
        a.effective = (a.chosen == Presence::Available && a.conversations.size() >= a.profile.capacity) ? Presence::Busy
                                                                                                        : a.chosen;
        if (a.effective != before)
            a.presenceSince = clock.now();
        if (a.chosen != Presence::Offline) {
            for (const QString &pk : std::as_const(a.pools))
                ++pools[pk].signedIn;
            a.countedSignedIn = true;
        }
        if (!isReady(a))
            return;
        const AgentKey key = keyFor(a);
        for (const QString &pk : std::as_const(a.pools))
            pools[pk].ready.insert(key);
        a.indexedAs = key;
        ++readyAgents;
    }

    void refreshPools(Agent &a)
    {
        unindex(a);
        a.pools.clear();
        for (auto it = pools.cbegin(); it != pools.cend(); ++it)
            if (qualifies(a, it->skills))
                a.pools << it.key();
        reindex(a);
    }

    QString ensurePool(const QStringList &normalised)
    {
        const QString key = skillKeyOf(normalised);
        if (pools.contains(key))
            return key;
        Pool &pool = pools[key];
        pool.skills = normalised;
        for (Agent &a : agents) {
            if (!qualifies(a, normalised))
                continue;
            a.pools << key;
            if (a.indexedAs)
                pool.ready.insert(*a.indexedAs);
            if (a.countedSignedIn)
                ++pool.signedIn;
        }
        return key;
    }

    int signedInFor(const QStringList &normalisedSkills) const
    {
        const auto pool = pools.constFind(skillKeyOf(normalisedSkills));
        if (pool != pools.constEnd())
            return pool->signedIn;
        int n = 0;
        for (const Agent &a : agents)
            if (a.chosen != Presence::Offline && qualifies(a, normalisedSkills))
                ++n;
        return n;
    }

    // --- offers ------------------------------------------------------------------------------------

    void makeOffer(Waiting &w, Agent &a, QList<RoutingEvent> *events)
    {
        const QDateTime now = clock.now();
        Offer offer { w.id, a.profile.id, now, now.addSecs(std::max(1, config.offerTimeoutSeconds)) };
        liveOffers.insert(w.id, offer);
        a.offered.insert(w.id);
        a.lastOfferSequence = ++offerSequence;
        w.offered = true;
        unoffered.erase(w.key);
        reindex(a);
        RoutingEvent e = makeEvent(RoutingEvent::Kind::OfferMade, w.id, a.profile.id);
        e.queueId = w.placement.queueId;
        e.offer = offer;
        events->append(e);
    }

    // Drops the live offer of a conversation; the conversation (if still waiting) becomes offerable again.
    std::optional<Offer> dropOffer(const QString &conversationId)
    {
        const auto it = liveOffers.find(conversationId);
        if (it == liveOffers.end())
            return std::nullopt;
        const Offer offer = *it;
        liveOffers.erase(it);
        const auto ag = agents.find(offer.agentId);
        if (ag != agents.end()) {
            ag->offered.remove(conversationId);
            reindex(*ag);
        }
        const auto wt = waiting.find(conversationId);
        if (wt != waiting.end()) {
            wt->offered = false;
            unoffered.emplace(wt->key, wt->id);
        }
        return offer;
    }

    void withdrawOffersOf(Agent &a, RoutingEvent::Withdrawal why, QList<RoutingEvent> *events)
    {
        const QSet<QString> offered = a.offered;
        for (const QString &conversationId : offered) {
            if (const auto offer = dropOffer(conversationId)) {
                RoutingEvent e = makeEvent(RoutingEvent::Kind::OfferWithdrawn, conversationId, a.profile.id);
                e.offer = *offer;
                e.withdrawal = why;
                if (const auto w = waiting.constFind(conversationId); w != waiting.constEnd())
                    e.queueId = w->placement.queueId;
                events->append(e);
            }
        }
    }

    // --- waiting conversations ----------------------------------------------------------------------

    void insertWaiting(Waiting w)
    {
        w.skillKey = ensurePool(w.placement.requiredSkills);
        byQueue[w.placement.queueId].emplace(w.key, w.id);
        ++queueVersion[w.placement.queueId];
        if (!w.offered)
            unoffered.emplace(w.key, w.id);
        waiting.insert(w.id, w);
    }

    void eraseWaiting(const QString &conversationId)
    {
        const auto it = waiting.find(conversationId);
        if (it == waiting.end())
            return;
        unoffered.erase(it->key);
        auto q = byQueue.find(it->placement.queueId);
        if (q != byQueue.end())
            q->erase(it->key);
        ++queueVersion[it->placement.queueId];
        waiting.erase(it);
    }

    // Re-places a waiting conversation: the old queue's skills give way to the new queue's, skills a rule
    // added stay, and its place in time (priority, enqueue time) is kept.
    void requeue(const QString &conversationId, const QString &queueId, const QStringList &oldQueueSkills,
        bool restartOverflowClock)
    {
        Waiting w = waiting.value(conversationId);
        QStringList skills = w.placement.requiredSkills;
        for (const QString &s : normalisedSkills(oldQueueSkills))
            skills.removeAll(s);
        if (const QueueDefinition *to = config.queue(queueId))
            skills += to->requiredSkills;
        eraseWaiting(conversationId);
        w.placement.queueId = queueId;
        w.placement.requiredSkills = normalisedSkills(skills);
        if (restartOverflowClock)
            w.queueEnteredAt = clock.now();
        insertWaiting(w);
    }

    void moveToQueue(const QString &conversationId, const QString &queueId)
    {
        const QueueDefinition *from = config.queue(waiting.value(conversationId).placement.queueId);
        requeue(conversationId, queueId, from ? from->requiredSkills : QStringList(), true);
    }

    QList<RoutingEvent> dispatch()
    {
        QList<RoutingEvent> events;
        events.swap(pendingEvents);
        const QDateTime now = clock.now();
        for (auto it = unoffered.begin(); it != unoffered.end() && readyAgents > 0;) {
            Waiting &w = waiting[it->second];
            ++it; // makeOffer erases the current entry
            Agent *chosen = nullptr;
            if (!w.preferredAgent.isEmpty() && !w.declinedBy.contains(w.preferredAgent)) {
                const auto pref = agents.find(w.preferredAgent);
                if (pref != agents.end() && isReady(*pref)) {
                    chosen = &*pref;
                } else if (pref != agents.end() && pref->chosen != Presence::Offline
                    && w.queueEnteredAt.secsTo(now) < config.offerTimeoutSeconds) {
                    // A transfer to a named agent who is signed in but has no room yet waits for them for
                    // one offer timeout before anyone else is asked.
                    continue;
                }
            }
            if (!chosen) {
                const Pool &pool = pools[w.skillKey];
                const AgentKey *fallback = nullptr;
                for (const AgentKey &key : pool.ready) {
                    if (!w.declinedBy.contains(std::get<2>(key))) {
                        chosen = &agents[std::get<2>(key)];
                        break;
                    }
                    if (!fallback)
                        fallback = &key;
                }
                // Someone who declined is asked again only when nobody else could take it.
                if (!chosen && fallback)
                    chosen = &agents[std::get<2>(*fallback)];
            }
            if (chosen)
                makeOffer(w, *chosen, &events);
        }
        return events;
    }

    void compileRules()
    {
        rules.clear();
        for (const RoutingRule &rule : std::as_const(config.rules))
            rules.append({ rule, RuleExpression::parse(rule.condition) });
    }
};

RoutingEngine::RoutingEngine(const Clock &clock)
    : d(std::make_unique<Impl>(clock))
{
    setConfig(RoutingConfig::defaults());
}

RoutingEngine::~RoutingEngine() = default;

void RoutingEngine::setConfig(const RoutingConfig &config)
{
    const RoutingConfig previous = d->config;
    d->config = config;
    if (d->config.queues.isEmpty())
        d->config.queues = RoutingConfig::defaults().queues;
    d->compileRules();
    const Strategy strategy = config.strategy == 1 ? Strategy::RoundRobin : Strategy::LeastBusyThenLongestIdle;
    const bool strategyChanged = strategy != d->strategy;
    d->strategy = strategy;

    const QDateTime now = d->clock.now();
    QHash<QString, bool> wasOpen;
    for (const QueueDefinition &q : std::as_const(d->config.queues)) {
        d->ensurePool(normalisedSkills(q.requiredSkills));
        wasOpen.insert(q.id, d->queueWasOpen.value(q.id, BusinessHoursCalendar::isOpen(q.hours, now)));
    }
    d->queueWasOpen = wasOpen;

    // Conversations of queues that no longer exist wait in the default queue, keeping their place in time;
    // those whose queue now asks for other skills need the new ones.
    struct Change {
        QString conversationId;
        QString queueId;
        QStringList oldQueueSkills;
        bool queueRemoved;
    };
    QList<Change> changes;
    for (const auto &w : std::as_const(d->waiting)) {
        const QueueDefinition *before = previous.queue(w.placement.queueId);
        const QueueDefinition *now = d->config.queue(w.placement.queueId);
        const QStringList oldSkills = before ? before->requiredSkills : QStringList();
        if (!now)
            changes.append({ w.id, d->defaultQueueId(), oldSkills, true });
        else if (normalisedSkills(oldSkills) != normalisedSkills(now->requiredSkills))
            changes.append({ w.id, w.placement.queueId, oldSkills, false });
    }
    for (const Change &c : std::as_const(changes))
        d->requeue(c.conversationId, c.queueId, c.oldQueueSkills, c.queueRemoved);

    if (strategyChanged)
        for (auto &a : d->agents)
            d->reindex(a);
}

const RoutingConfig &RoutingEngine::config() const
{
    return d->config;
}

Placement RoutingEngine::place(const ConversationFacts &facts) const
{
    Placement placement;
    const RoutingRule *matched = nullptr;
    for (const auto &compiled : std::as_const(d->rules)) {
        if (compiled.expression && compiled.expression->matches(facts.fields)
            && d->config.queue(compiled.rule.queueId)) {
            matched = &compiled.rule;
            break;
        }
    }
    placement.queueId = matched ? matched->queueId : d->defaultQueueId();
    const QueueDefinition *queue = d->config.queue(placement.queueId);
    placement.priority = matched && matched->priority ? *matched->priority : (queue ? queue->priority : 0);
    QStringList skills = queue ? queue->requiredSkills : QStringList();
    if (matched) {
        skills += matched->skills;
        placement.ruleName = matched->name;
    }
    placement.requiredSkills = normalisedSkills(skills);
    return placement;
}

Availability RoutingEngine::availability(const QString &queueId) const
{
    const QueueDefinition *queue = d->config.queue(queueId);
    if (!queue)
        queue = d->config.queue(d->defaultQueueId());
    if (!queue)
        return Availability::NoAgents;
    if (!BusinessHoursCalendar::isOpen(queue->hours, d->clock.now()))
        return Availability::Closed;
    if (d->signedInFor(normalisedSkills(queue->requiredSkills)) == 0)
        return Availability::NoAgents;
    return Availability::Open;
}

EnqueueResult RoutingEngine::enqueue(const ConversationFacts &facts)
{
    EnqueueResult result;
    result.placement = place(facts);
    enqueueAt(facts.conversationId, result.placement, d->clock.now());
    result.availability = availability(result.placement.queueId);
    const QueueDefinition *queue = d->config.queue(result.placement.queueId);
    if (result.availability == Availability::Closed) {
        result.visitorNotice = queue && !queue->closedMessage.isEmpty()
            ? queue->closedMessage
            : QCoreApplication::translate("RoutingEngine",
                "We are closed right now. Your message is kept and we will reply when "
                "we are back.");
    } else if (result.availability == Availability::NoAgents) {
        result.visitorNotice = queue && !queue->noAgentsMessage.isEmpty()
            ? queue->noAgentsMessage
            : QCoreApplication::translate("RoutingEngine",
                "No one is available right now. Leave us a message, or stay: you keep your place in the "
                "queue.");
    }
    return result;
}

void RoutingEngine::enqueueAt(const QString &conversationId, const Placement &placement, const QDateTime &enqueuedAt,
    const QString &preferredAgent)
{
    if (d->waiting.contains(conversationId))
        remove(conversationId);
    Impl::Waiting w;
    w.id = conversationId;
    w.placement = placement;
    if (!d->config.queue(w.placement.queueId))
        w.placement.queueId = d->defaultQueueId();
    w.placement.requiredSkills = normalisedSkills(placement.requiredSkills);
    w.enqueuedAt = enqueuedAt.isValid() ? enqueuedAt.toUTC() : d->clock.now();
    w.queueEnteredAt = d->clock.now();
    w.preferredAgent = preferredAgent;
    w.key = { -placement.priority, w.enqueuedAt.toMSecsSinceEpoch(), ++d->arrivalSequence };
    d->insertWaiting(w);
}

void RoutingEngine::restoreWaiting(const QString &conversationId, const Placement &placement,
    const QDateTime &enqueuedAt, const QDateTime &queueEnteredAt, bool formOffered)
{
    enqueueAt(conversationId, placement, enqueuedAt);
    Impl::Waiting &w = d->waiting[conversationId];
    // A time in the future (a clock set back) would hold the overflow off; count from now at the latest.
    if (queueEnteredAt.isValid())
        w.queueEnteredAt = std::min(queueEnteredAt.toUTC(), d->clock.now());
    w.formOffered = formOffered;
}

QDateTime RoutingEngine::queueEnteredAt(const QString &conversationId) const
{
    const auto w = d->waiting.constFind(conversationId);
    return w == d->waiting.constEnd() ? QDateTime() : w->queueEnteredAt;
}

void RoutingEngine::avoidAgent(const QString &conversationId, const QString &agentId)
{
    if (const auto w = d->waiting.find(conversationId); w != d->waiting.end())
        w->declinedBy.insert(agentId);
}

void RoutingEngine::remove(const QString &conversationId)
{
    if (const auto offer = d->dropOffer(conversationId)) {
        RoutingEvent e = makeEvent(RoutingEvent::Kind::OfferWithdrawn, conversationId, offer->agentId);
        e.offer = *offer;
        d->pendingEvents.append(e);
    }
    d->eraseWaiting(conversationId);
}

bool RoutingEngine::isWaiting(const QString &conversationId) const
{
    return d->waiting.contains(conversationId);
}

QStringList RoutingEngine::waitingIn(const QString &queueId) const
{
    QStringList ids;
    const auto q = d->byQueue.constFind(queueId);
    if (q == d->byQueue.constEnd())
        return ids;
    for (const auto &[key, id] : *q)
        ids << id;
    return ids;
}

void RoutingEngine::upsertAgent(const AgentProfile &profile)
{
    Impl::Agent &a = d->agentRef(profile.id);
    a.profile = profile;
    a.profile.capacity = std::max(0, profile.capacity);
    if (a.profile.displayName.isEmpty())
        a.profile.displayName = profile.id;
    a.skills.clear();
    for (const QString &s : normalisedSkills(profile.skills))
        a.skills.insert(s);
    d->refreshPools(a);
}

void RoutingEngine::setPresence(const QString &agentId, Presence presence)
{
    Impl::Agent &a = d->agentRef(agentId);
    // Several desks of one agent report the same choice; only a change counts.
    if (a.chosen == presence)
        return;
    a.chosen = presence;
    if (presence == Presence::Available) {
        a.missedInARow = 0;
        a.idleSince = d->clock.now();
    } else {
        d->withdrawOffersOf(a, RoutingEvent::Withdrawal::AgentUnavailable, &d->pendingEvents);
    }
    d->reindex(a);
}

void RoutingEngine::assignmentStarted(const QString &agentId, const QString &conversationId)
{
    if (const auto offer = d->liveOffers.constFind(conversationId);
        offer != d->liveOffers.constEnd() && offer->agentId != agentId) {
        remove(conversationId); // withdraws the other agent's offer
    }
    d->dropOffer(conversationId);
    d->eraseWaiting(conversationId);
    Impl::Agent &a = d->agentRef(agentId);
    if (a.conversations.contains(conversationId))
        return;
    a.conversations << conversationId;
    a.lastAssignmentAt = d->clock.now();
    a.idleSince = a.lastAssignmentAt;
    d->reindex(a);
}

void RoutingEngine::assignmentEnded(const QString &agentId, const QString &conversationId)
{
    const auto it = d->agents.find(agentId);
    if (it == d->agents.end() || !it->conversations.removeOne(conversationId))
        return;
    d->reindex(*it);
}

AgentStatus RoutingEngine::agent(const QString &agentId) const
{
    AgentStatus status;
    const auto it = d->agents.constFind(agentId);
    if (it == d->agents.constEnd()) {
        status.profile.id = agentId;
        return status;
    }
    status.profile = it->profile;
    status.presence = it->effective;
    status.chosenPresence = it->chosen;
    status.load = int(it->conversations.size());
    status.conversations = it->conversations;
    status.presenceSince = it->presenceSince;
    status.lastAssignmentAt = it->lastAssignmentAt;
    return status;
}

QList<AgentStatus> RoutingEngine::agents() const
{
    QList<AgentStatus> list;
    QStringList ids = d->agents.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        list << agent(id);
    return list;
}

QList<RoutingEvent> RoutingEngine::dispatch()
{
    return d->dispatch();
}

bool RoutingEngine::accept(const QString &conversationId, const QString &agentId)
{
    const auto offer = d->liveOffers.constFind(conversationId);
    if (offer == d->liveOffers.constEnd() || offer->agentId != agentId)
        return false;
    d->dropOffer(conversationId);
    d->eraseWaiting(conversationId);
    Impl::Agent &a = d->agentRef(agentId);
    a.missedInARow = 0;
    if (!a.conversations.contains(conversationId))
        a.conversations << conversationId;
    a.lastAssignmentAt = d->clock.now();
    a.idleSince = a.lastAssignmentAt;
    d->reindex(a);
    return true;
}

QList<RoutingEvent> RoutingEngine::decline(const QString &conversationId, const QString &agentId)
{
    const auto offer = d->liveOffers.constFind(conversationId);
    if (offer != d->liveOffers.constEnd() && offer->agentId == agentId) {
        d->dropOffer(conversationId);
        if (auto w = d->waiting.find(conversationId); w != d->waiting.end())
            w->declinedBy.insert(agentId);
        d->agentRef(agentId).missedInARow = 0; // a decline is an answer
    }
    return d->dispatch();
}

QList<RoutingEvent> RoutingEngine::tick()
{
    const QDateTime now = d->clock.now();
    QList<RoutingEvent> events;
    events.swap(d->pendingEvents);

    // Offer timeouts, earliest first so "missed in a row" counts in the order they happened.
    QList<Offer> expired;
    for (const Offer &offer : std::as_const(d->liveOffers))
        if (offer.expiresAt <= now)
            expired << offer;
    std::sort(expired.begin(), expired.end(), [](const Offer &a, const Offer &b) {
        return std::tie(a.expiresAt, a.conversationId) < std::tie(b.expiresAt, b.conversationId);
    });
    for (const Offer &offer : std::as_const(expired)) {
        if (!d->liveOffers.contains(offer.conversationId))
            continue; // withdrawn above when its agent was set away
        d->dropOffer(offer.conversationId);
        if (auto w = d->waiting.find(offer.conversationId); w != d->waiting.end())
            w->declinedBy.insert(offer.agentId);
        RoutingEvent e = makeEvent(RoutingEvent::Kind::OfferExpired, offer.conversationId, offer.agentId);
        e.offer = offer;
        events << e;
        Impl::Agent &a = d->agentRef(offer.agentId);
        ++a.missedInARow;
        if (d->config.missedOffersBeforeAway > 0 && a.missedInARow >= d->config.missedOffersBeforeAway
            && a.chosen == Presence::Available) {
            a.chosen = Presence::Away;
            a.missedInARow = 0;
            d->withdrawOffersOf(a, RoutingEvent::Withdrawal::AgentSetAway, &events);
            d->reindex(a);
            events << makeEvent(RoutingEvent::Kind::AgentSetAway, {}, offer.agentId);
        }
    }

    // Overflow: a conversation whose offer is live stays until that offer is answered or expires.
    for (const QueueDefinition &queue : std::as_const(d->config.queues)) {
        if (queue.overflowQueue.isEmpty() || queue.overflowAfterSeconds <= 0 || queue.overflowQueue == queue.id
            || !d->config.queue(queue.overflowQueue))
            continue;
        QStringList moving;
        const auto waitingHere = d->byQueue.constFind(queue.id);
        if (waitingHere == d->byQueue.constEnd())
            continue;
        for (const auto &[key, id] : *waitingHere) {
            const Impl::Waiting &w = d->waiting[id];
            if (!w.offered && w.queueEnteredAt.secsTo(now) >= queue.overflowAfterSeconds)
                moving << id;
        }
        for (const QString &id : std::as_const(moving)) {
            d->moveToQueue(id, queue.overflowQueue);
            RoutingEvent e = makeEvent(RoutingEvent::Kind::Overflowed, id);
            e.fromQueue = queue.id;
            e.queueId = queue.overflowQueue;
            events << e;
        }
    }

    // The message form for visitors nobody has taken in time, counted from when they started waiting
    // (a transfer starts a new wait; overflow does not). A live offer does not count as being served.
    for (auto it = d->waiting.begin(); it != d->waiting.end(); ++it) {
        Impl::Waiting &w = *it;
        if (w.formOffered)
            continue;
        const QueueDefinition *queue = d->config.queue(w.placement.queueId);
        if (!queue || queue->offerFormAfterSeconds <= 0 || w.enqueuedAt.secsTo(now) < queue->offerFormAfterSeconds)
            continue;
        w.formOffered = true;
        RoutingEvent e = makeEvent(RoutingEvent::Kind::WaitedTooLong, w.id);
        e.queueId = w.placement.queueId;
        events << e;
    }

    // Business hours: tell the server once per closing about everyone still waiting.
    for (const QueueDefinition &queue : std::as_const(d->config.queues)) {
        const bool open = BusinessHoursCalendar::isOpen(queue.hours, now);
        const bool wasOpen = d->queueWasOpen.value(queue.id, open);
        d->queueWasOpen[queue.id] = open;
        const auto waitingHere = d->byQueue.constFind(queue.id);
        if (!wasOpen || open || waitingHere == d->byQueue.constEnd())
            continue;
        for (const auto &[key, id] : *waitingHere) {
            RoutingEvent e = makeEvent(RoutingEvent::Kind::QueueClosed, id);
            e.queueId = queue.id;
            events << e;
        }
    }

    events += d->dispatch();
    return events;
}

QList<Offer> RoutingEngine::offers() const
{
    QList<Offer> list = d->liveOffers.values();
    std::sort(list.begin(), list.end(), [](const Offer &a, const Offer &b) {
        return std::tie(a.offeredAt, a.conversationId) < std::tie(b.offeredAt, b.conversationId);
    });
    return list;
}

std::optional<Offer> RoutingEngine::offerFor(const QString &conversationId) const
{
    const auto it = d->liveOffers.constFind(conversationId);
    if (it == d->liveOffers.constEnd())
        return std::nullopt;
    return *it;
}

int RoutingEngine::position(const QString &conversationId) const
{
    const auto w = d->waiting.constFind(conversationId);
    if (w == d->waiting.constEnd())
        return 0;
    const QString &queueId = w->placement.queueId;
    const quint64 version = d->queueVersion.value(queueId);
    Impl::Ranks &ranks = d->ranks[queueId];
    if (ranks.position.isEmpty() || ranks.version != version) {
        ranks.position.clear();
        int n = 0;
        for (const auto &[key, id] : d->byQueue[queueId])
            ranks.position.insert(id, ++n);
        ranks.version = version;
    }
    return ranks.position.value(conversationId);
}

int RoutingEngine::estimatedWaitSeconds(const QString &conversationId) const
{
    const auto w = d->waiting.constFind(conversationId);
    if (w == d->waiting.constEnd())
        return -1;
    const QList<int> samples = d->handleTimes.value(w->placement.queueId);
    if (samples.isEmpty())
        return -1;
    const int agents = d->signedInFor(w->placement.requiredSkills);
    if (agents == 0)
        return -1;
    double sum = 0;
    for (int s : samples)
        sum += s;
    const double average = sum / samples.size();
    return int(std::ceil(position(conversationId) * average / agents));
}

void RoutingEngine::recordHandleTime(const QString &queueId, int seconds)
{
    if (seconds < 0)
        return;
    QList<int> &samples = d->handleTimes[queueId];
    samples << seconds;
    while (samples.size() > kHandleTimeSamples)
        samples.removeFirst();
}

QList<QueueStatus> RoutingEngine::queues() const
{
    QList<QueueStatus> list;
    const QDateTime now = d->clock.now();
    for (const QueueDefinition &queue : std::as_const(d->config.queues)) {
        QueueStatus status;
        status.queueId = queue.id;
        status.name = queue.name;
        if (const auto waiting = d->byQueue.constFind(queue.id); waiting != d->byQueue.constEnd()) {
            status.waiting = int(waiting->size());
            for (const auto &[key, id] : *waiting)
                status.longestWaitSeconds
                    = std::max(status.longestWaitSeconds, int(d->waiting[id].enqueuedAt.secsTo(now)));
        }
        const QStringList skills = normalisedSkills(queue.requiredSkills);
        const auto pool = d->pools.constFind(skillKeyOf(skills));
        status.agentsAvailable = pool == d->pools.constEnd() ? 0 : int(pool->ready.size());
        status.agentsSignedIn = d->signedInFor(skills);
        status.open = BusinessHoursCalendar::isOpen(queue.hours, now);
        list << status;
    }
    return list;
}

} // namespace handoff::routing
