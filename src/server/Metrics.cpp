#include "server/Metrics.h"

#include "server/ConversationHub.h"

#include <algorithm>

namespace handoff::server {

namespace {

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

void sample(QByteArray &out, const char *name, const QByteArray &labels, double value)
{
    out.append(name);
    if (!labels.isEmpty())
        out.append('{').append(labels).append('}');
    out.append(' ').append(QByteArray::number(value, 'g', 17)).append('\n');
}

} // namespace

Histogram::Histogram(std::vector<double> upperBounds)
    : m_bounds(std::move(upperBounds))
    , m_counts(m_bounds.size() + 1, 0)
{
}

void Histogram::observe(double value)
{
    const auto bucket = size_t(std::lower_bound(m_bounds.begin(), m_bounds.end(), value) - m_bounds.begin());
    std::lock_guard lock(m_mutex);
    ++m_counts[bucket];
    m_sum += value;
    ++m_count;
}

void Histogram::render(QByteArray &out, const char *name) const
{
    std::lock_guard lock(m_mutex);
    const QByteArray bucket = QByteArray(name) + "_bucket";
    quint64 cumulative = 0;
    for (size_t i = 0; i <= m_bounds.size(); ++i) {
        cumulative += m_counts[i];
        const QByteArray le = i < m_bounds.size() ? QByteArray::number(m_bounds[i], 'g', 17) : QByteArray("+Inf");
        sample(out, bucket.constData(), "le=\"" + le + '"', double(cumulative));
    }
    sample(out, (QByteArray(name) + "_sum").constData(), {}, m_sum);
    sample(out, (QByteArray(name) + "_count").constData(), {}, double(m_count));
}

void Metrics::messageStored(AuthorKind author)
{
    switch (author) {
    case AuthorKind::Visitor: ++messages[Visitor]; break;
    case AuthorKind::Agent: ++messages[Agent]; break;
    case AuthorKind::Bot: ++messages[Bot]; break;
    case AuthorKind::System: ++messages[System]; break;
    }
}

Metrics &Metrics::instance()
{
    static Metrics metrics;
    return metrics;
}

QByteArray Metrics::labelValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '"')
            out.append("\\\"");
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
    return out;
}

QByteArray Metrics::render(const ConversationHub &hub) const
{
    QByteArray out;
    header(out, "handoff_messages_total", "counter", "Chat messages stored, by author.");
    static const char *authors[] = {"visitor", "agent", "bot", "system"};
    for (int i = 0; i < AuthorCount; ++i)
        sample(out, "handoff_messages_total", QByteArray("author=\"") + authors[i] + '"', double(messages[i].load()));
    header(out, "handoff_offers_total", "counter", "Offers of a chat to an agent, by outcome.");
    static const char *outcomes[] = {"made", "accepted", "declined", "expired"};
    for (int i = 0; i < OfferCount; ++i)
        sample(out, "handoff_offers_total", QByteArray("outcome=\"") + outcomes[i] + '"', double(offers[i].load()));
    header(out, "handoff_frames_rate_limited_total", "counter", "Frames refused because their connection sent too many.");
    sample(out, "handoff_frames_rate_limited_total", {}, double(rateLimitedFrames.load()));
    header(out, "handoff_sign_in_failures_total", "counter", "Desk sign-ins refused for a wrong name, password or token.");
    sample(out, "handoff_sign_in_failures_total", {}, double(signInFailures.load()));
    header(out, "handoff_connections", "gauge", "Open WebSocket connections, by endpoint.");
    sample(out, "handoff_connections", "endpoint=\"desk\"", double(connections[Desk].load()));
    sample(out, "handoff_connections", "endpoint=\"visitor\"", double(connections[VisitorEndpoint].load()));
    header(out, "handoff_open_conversations", "gauge", "Conversations not closed, in this router's memory.");
    sample(out, "handoff_open_conversations", {}, hub.openConversationCount());

    if (hub.clustered()) {
        header(out, "handoff_cluster_takeovers_total", "counter",
               "Conversations this router took from another one, by reason.");
        static const char *reasons[] = {"router_gone", "waiting_unoffered", "agent_signed_in_here", "transferred_here"};
        for (int i = 0; i < TakeoverCount; ++i)
            sample(out, "handoff_cluster_takeovers_total", QByteArray("reason=\"") + reasons[i] + '"',
                   double(takeovers[i].load()));
        header(out, "handoff_cluster_conversations_let_go_total", "counter",
               "Conversations another router took from this one.");
        sample(out, "handoff_cluster_conversations_let_go_total", {}, double(conversationsLetGo.load()));
        header(out, "handoff_cluster_hosted_conversations", "gauge",
               "Conversations another router serves whose visitor is connected to this one.");
        sample(out, "handoff_cluster_hosted_conversations", {}, hub.hostedConversationCount());
    }

    const QList<routing::QueueStatus> queues = hub.queueStatus();
    header(out, "handoff_queue_waiting", "gauge", "Chats waiting for an agent, by queue.");
    for (const routing::QueueStatus &q : queues)
        sample(out, "handoff_queue_waiting", "queue=\"" + labelValue(q.queueId) + '"', q.waiting);
    header(out, "handoff_queue_oldest_wait_seconds", "gauge", "How long the longest-waiting chat has waited, by queue.");
    for (const routing::QueueStatus &q : queues)
        sample(out, "handoff_queue_oldest_wait_seconds", "queue=\"" + labelValue(q.queueId) + '"', q.longestWaitSeconds);
    header(out, "handoff_queue_agents_available", "gauge", "Agents who could take a chat now, by queue.");
    for (const routing::QueueStatus &q : queues)
        sample(out, "handoff_queue_agents_available", "queue=\"" + labelValue(q.queueId) + '"', q.agentsAvailable);

    // Today's KPIs per queue, from the store (renewed every minute; absent until the first read).
    if (const auto &kpi = hub.kpiToday()) {
        const auto perQueue = [&](const char *name, const char *help, const auto &value) {
            header(out, name, "gauge", help);
            for (const KpiFigures &q : kpi->queues)
                if (const std::optional<double> v = value(q))
                    sample(out, name, "queue=\"" + labelValue(q.id) + '"', *v);
        };
        using F = const KpiFigures &;
        perQueue("handoff_kpi_today_offered", "Chats offered to the queue today (short abandons left out).",
                 [](F q) { return std::optional<double>(q.offered); });
        perQueue("handoff_kpi_today_answered", "Chats answered from the queue today.",
                 [](F q) { return std::optional<double>(q.answered); });
        perQueue("handoff_kpi_today_abandoned", "Visitors who left the queue today before an answer.",
                 [](F q) { return std::optional<double>(q.abandoned); });
        perQueue("handoff_kpi_today_service_level_ratio",
                 "Today's share answered within the queue's service-level threshold, of answered and abandoned.",
                 [](F q) { return q.serviceLevel() ? std::optional<double>(*q.serviceLevel() / 100) : std::nullopt; });
        perQueue("handoff_kpi_today_asa_seconds", "Today's average speed of answer, by queue.",
                 [](F q) { return q.asaSeconds(); });
        perQueue("handoff_kpi_today_aht_seconds", "Today's average handle time, by queue.",
                 [](F q) { return q.ahtSeconds(); });
    }

    header(out, "handoff_store_batch_size", "histogram", "Writes committed together in one transaction (group commit).");
    storeBatchSize.render(out, "handoff_store_batch_size");
    header(out, "handoff_store_commit_seconds", "histogram", "Time from BEGIN to a durable COMMIT of one batch.");
    storeCommitSeconds.render(out, "handoff_store_commit_seconds");
    return out;
}

} // namespace handoff::server
