// Routes 10,000 conversations across 1,000 agents (mixed skills, capacity 3, every offer accepted) and prints
// assignments per second and the wall time from enqueue to offer. Usage: bench_routing [conversations] [agents]
#include "routing/RoutingEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace handoff;
using namespace handoff::routing;

namespace {

struct Latencies {
    std::vector<qint64> ns;
    qint64 percentile(double p)
    {
        if (ns.empty())
            return 0;
        std::sort(ns.begin(), ns.end());
        const size_t i = std::min(ns.size() - 1, size_t(p * double(ns.size() - 1) + 0.5));
        return ns[i];
    }
};

RoutingConfig benchConfig()
{
    QString error;
    const auto config = RoutingConfig::fromJson(R"({
      "defaultQueue": "general",
      "queues": [
        { "id": "general" },
        { "id": "billing", "requiredSkills": ["billing"], "priority": 1,
          "overflow": { "queue": "general", "afterSeconds": 600 } },
        { "id": "german", "requiredSkills": ["german"] },
        { "id": "vip", "requiredSkills": ["senior"], "priority": 5 }
      ],
      "rules": [
        { "condition": "order.total > 500 and topic == billing", "queue": "vip" },
        { "condition": "topic == billing", "queue": "billing" },
        { "condition": "language startsWith de", "queue": "german" }
      ]
    })",
        &error);
    if (!config)
        qFatal("bench config: %s", qPrintable(error));
    return *config;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int conversations = args.size() > 1 ? args[1].toInt() : 10'000;
    const int agentCount = args.size() > 2 ? args[2].toInt() : 1'000;
    const int batchSize = 1000; // arrivals per simulated 10 s
    const int chatBatches = 8; // a chat lasts 80 simulated seconds
    QTextStream out(stdout);

    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    RoutingEngine engine(clock);
    engine.setConfig(benchConfig());
    QRandomGenerator random(42);

    QElapsedTimer wall;
    wall.start();
    qint64 engineNs = 0;
    auto timed = [&](auto &&call) {
        const qint64 t0 = wall.nsecsElapsed();
        call();
        engineNs += wall.nsecsElapsed() - t0;
    };

    for (int i = 0; i < agentCount; ++i) {
        AgentProfile p;
        p.id = QStringLiteral("agent%1").arg(i);
        p.capacity = 3;
        if (i % 3 == 0)
            p.skills << QStringLiteral("billing");
        if (i % 4 == 0)
            p.skills << QStringLiteral("german");
        if (i % 10 == 0)
            p.skills << QStringLiteral("senior");
        timed([&] {
            engine.upsertAgent(p);
            engine.setPresence(p.id, Presence::Available);
        });
    }

    std::vector<qint64> enqueuedAtNs(size_t(conversations), -1);
    std::vector<int> arrivalBatch(size_t(conversations), -1);
    Latencies enqueueToOffer;
    Latencies sameBatch; // an agent had room when the conversation arrived
    Latencies dispatchCall;
    std::vector<std::vector<std::pair<QString, QString>>> endingInBatch(size_t(conversations / batchSize + 1000));
    int assigned = 0;
    int next = 0;
    int maxWaiting = 0;

    auto handleEvents = [&](const QList<RoutingEvent> &events, int batch) {
        const qint64 now = wall.nsecsElapsed();
        for (const RoutingEvent &e : events) {
            if (e.kind != RoutingEvent::Kind::OfferMade)
                continue;
            const int index = e.conversationId.mid(1).toInt();
            enqueueToOffer.ns.push_back(now - enqueuedAtNs[size_t(index)]);
            if (arrivalBatch[size_t(index)] == batch)
                sameBatch.ns.push_back(now - enqueuedAtNs[size_t(index)]);
            bool ok = false;
            timed([&] { ok = engine.accept(e.conversationId, e.agentId); });
            if (ok) {
                ++assigned;
                endingInBatch[size_t(batch + chatBatches)].push_back({ e.agentId, e.conversationId });
            }
        }
    };

    for (int batch = 0; assigned < conversations; ++batch) {
        if (size_t(batch + chatBatches) >= endingInBatch.size()) {
            out << "did not finish: " << assigned << " of " << conversations << " assigned\n";
            return 1;
        }
        for (const auto &[agent, conversation] : endingInBatch[size_t(batch)])
            timed([&] {
                engine.assignmentEnded(agent, conversation);
                engine.recordHandleTime(QStringLiteral("general"), chatBatches * 10);
            });
        for (int i = 0; i < batchSize && next < conversations; ++i, ++next) {
            ConversationFacts facts;
            facts.conversationId = QStringLiteral("c%1").arg(next);
            const quint32 r = random.bounded(100u);
            facts.fields.insert(QStringLiteral("topic"), r < 35 ? QStringLiteral("billing") : QStringLiteral("other"));
            facts.fields.insert(QStringLiteral("order.total"), QString::number(random.bounded(1000)));
            facts.fields.insert(
                QStringLiteral("language"), r % 5 == 0 ? QStringLiteral("de-DE") : QStringLiteral("en"));
            enqueuedAtNs[size_t(next)] = wall.nsecsElapsed();
            arrivalBatch[size_t(next)] = batch;
            timed([&] { engine.enqueue(facts); });
        }
        int waitingNow = 0;
        for (const QueueStatus &q : engine.queues())
            waitingNow += q.waiting;
        maxWaiting = std::max(maxWaiting, waitingNow);
        QList<RoutingEvent> events;
        const qint64 t0 = wall.nsecsElapsed();
        timed([&] { events = engine.tick(); });
        dispatchCall.ns.push_back(wall.nsecsElapsed() - t0);
        handleEvents(events, batch);
        clock.advance(10'000);
    }

    const double seconds = double(engineNs) / 1e9;
    out << "conversations " << conversations << ", agents " << agentCount << " (capacity 3, mixed skills), "
        << "arrivals " << batchSize << " per batch, most waiting at once " << maxWaiting << "\n";
    out << "assignments " << assigned << " in " << QString::number(seconds * 1000, 'f', 1)
        << " ms of engine time: " << QString::number(assigned / seconds, 'f', 0) << " assignments/s\n";
    out << "enqueue -> offer (wall), all " << enqueueToOffer.ns.size() << ": p50 "
        << QString::number(enqueueToOffer.percentile(0.50) / 1e6, 'f', 3) << " ms, p99 "
        << QString::number(enqueueToOffer.percentile(0.99) / 1e6, 'f', 3) << " ms\n";
    out << "enqueue -> offer (wall), offered in their arrival batch " << sameBatch.ns.size() << ": p50 "
        << QString::number(sameBatch.percentile(0.50) / 1e6, 'f', 3) << " ms, p99 "
        << QString::number(sameBatch.percentile(0.99) / 1e6, 'f', 3) << " ms\n";
    out << "tick() with dispatch per batch: p50 " << QString::number(dispatchCall.percentile(0.50) / 1e6, 'f', 3)
        << " ms, p99 " << QString::number(dispatchCall.percentile(0.99) / 1e6, 'f', 3) << " ms\n";

    // Burst: every conversation already waiting when the agents sign in at once.
    ManualClock burstClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    RoutingEngine burst(burstClock);
    burst.setConfig(benchConfig());
    for (int i = 0; i < conversations; ++i) {
        ConversationFacts facts;
        facts.conversationId = QStringLiteral("b%1").arg(i);
        facts.fields.insert(QStringLiteral("topic"), i % 3 == 0 ? QStringLiteral("billing") : QStringLiteral("other"));
        burst.enqueue(facts);
    }
    for (int i = 0; i < agentCount; ++i) {
        AgentProfile p;
        p.id = QStringLiteral("agent%1").arg(i);
        p.skills = i % 2 ? QStringList { QStringLiteral("billing") } : QStringList {};
        burst.upsertAgent(p);
        burst.setPresence(p.id, Presence::Available);
    }
    // What the router does every second: tell each waiting visitor their place and wait.
    QElapsedTimer statusTimer;
    statusTimer.start();
    qint64 positionSum = 0;
    for (int i = 0; i < conversations; ++i) {
        const QString id = QStringLiteral("b%1").arg(i);
        positionSum += burst.position(id) + burst.estimatedWaitSeconds(id);
    }
    const qint64 statusNs = statusTimer.nsecsElapsed();
    out << "status: position and estimated wait for all " << conversations << " waiting in "
        << QString::number(statusNs / 1e6, 'f', 2) << " ms (checksum " << positionSum << ")\n";
    QElapsedTimer burstTimer;
    burstTimer.start();
    const QList<RoutingEvent> offers = burst.dispatch();
    const qint64 burstNs = burstTimer.nsecsElapsed();
    out << "burst: one dispatch() with " << conversations << " waiting and " << agentCount << " agents made "
        << offers.size() << " offers in " << QString::number(burstNs / 1e6, 'f', 2) << " ms\n";
    return 0;
}
