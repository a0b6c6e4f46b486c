// What an operations team watches: counters and histograms the router keeps as it works, served at
// /metrics in Prometheus' text format (version 0.0.4) together with gauges read from the hub at scrape time
// (connections, open chats, each queue's length and oldest wait). Counters are atomics: the store writer's
// thread records its batches too.
#pragma once

#include "protocol/DomainTypes.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <atomic>
#include <mutex>
#include <vector>

namespace handoff::server {

class ConversationHub;

class Histogram
{
public:
    explicit Histogram(std::vector<double> upperBounds);
    void observe(double value);
    // Appends the _bucket, _sum and _count lines of `name` (HELP and TYPE are the caller's).
    void render(QByteArray &out, const char *name) const;

private:
    std::vector<double> m_bounds;
    mutable std::mutex m_mutex;
    std::vector<quint64> m_counts; // per bucket, not cumulative; the last is +Inf
    double m_sum = 0;
    quint64 m_count = 0;
};

class Metrics
{
public:
    static Metrics &instance();

    enum Author { Visitor, Agent, Bot, System, AuthorCount };
    enum Offer { Made, Accepted, Declined, Expired, OfferCount };
    enum Endpoint { Desk, VisitorEndpoint, EndpointCount };
    // Several routers: why a conversation came to this router from another one.
    enum Takeover { FromGoneRouter, WaitingUnoffered, AgentSignedInHere, TransferredHere, TakeoverCount };

    std::array<std::atomic<quint64>, AuthorCount> messages{};
    std::array<std::atomic<quint64>, OfferCount> offers{};
    std::array<std::atomic<qint64>, EndpointCount> connections{};
    std::array<std::atomic<quint64>, TakeoverCount> takeovers{};
    std::atomic<quint64> conversationsLetGo{0}; // taken by another router
    std::atomic<quint64> rateLimitedFrames{0};
    std::atomic<quint64> signInFailures{0};
    Histogram storeBatchSize{{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}};
    Histogram storeCommitSeconds{{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5}};

    void messageStored(AuthorKind author);
    QByteArray render(const ConversationHub &hub) const;

    // A label value as the text format writes it (backslash, quote and newline escaped).
    static QByteArray labelValue(const QString &value);
};

} // namespace handoff::server
