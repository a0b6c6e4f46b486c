#include "client/SupervisorBoard.h"

#include "client/DeskConnection.h"
#include "client/DeskTypes.h"
#include "protocol/Envelope.h"

#include <QJsonArray>
#include <QUuid>

namespace handoff {

namespace {

constexpr int kDefaultCoalesceMs = 150;
constexpr int kClockIntervalMs = 1000;

} // namespace

SupervisorBoard::SupervisorBoard(DeskConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_conversations.setQueues(&m_queues);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kDefaultCoalesceMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SupervisorBoard::flush);
    m_clockTimer.setInterval(kClockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &SupervisorBoard::tickClock);
    if (m_connection) {
        connect(m_connection, &DeskConnection::eventReceived, this, &SupervisorBoard::onEvent);
        connect(m_connection, &DeskConnection::signedIn, this, [this](bool resumed) {
            // A resumed session replays the board events it missed; a new one needs a new snapshot.
            if (!resumed)
                onSignedIn();
        });
    }
}

SupervisorBoard::~SupervisorBoard() = default;

bool SupervisorBoard::isAvailable() const
{
    return m_connection && m_connection->user().role == Role::Supervisor;
}

void SupervisorBoard::onSignedIn()
{
    if (m_wantSubscription)
        sendSubscribe();
}

void SupervisorBoard::onEvent(const protocol::Envelope &e)
{
    if (e.type.startsWith(QLatin1String("board.")) || e.type.startsWith(QLatin1String("monitor.")))
        applyEvent(e);
}

void SupervisorBoard::applyEvent(const protocol::Envelope &e)
{
    const QJsonObject &d = e.data;
    if (e.type == QLatin1String("board.snapshot")) {
        m_pendingQueues.clear();
        m_pendingAgents.clear();
        m_pendingConversations.clear();
        m_pendingRemoved.clear();
        m_flushTimer.stop();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_queues.setNow(now);
        m_agents.setNow(now);
        m_conversations.setNow(now);
        QList<BoardQueue> queues;
        for (const QJsonValue &v : d.value(QStringLiteral("queues")).toArray())
            queues.append(BoardQueue::fromJson(v.toObject()));
        QList<BoardAgent> agents;
        for (const QJsonValue &v : d.value(QStringLiteral("agents")).toArray())
            agents.append(BoardAgent::fromJson(v.toObject()));
        QList<BoardConversation> conversations;
        for (const QJsonValue &v : d.value(QStringLiteral("conversations")).toArray())
            conversations.append(BoardConversation::fromJson(v.toObject()));
        m_queues.replaceAll(queues);
        m_agents.replaceAll(agents);
        m_conversations.replaceAll(conversations);
        m_conversations.refreshColumn(BoardConversationModel::QueueColumn); // names of queues that changed
        emit snapshotApplied();
    } else if (e.type == QLatin1String("board.delta")) {
        queueDelta(d);
        if (m_flushTimer.interval() <= 0)
            flush();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    } else if (e.type == QLatin1String("monitor.message")) {
        const auto m = ChatMessage::fromJson(d.value(QStringLiteral("message")).toObject());
        if (!m)
            return;
        const QString id = d.value(QStringLiteral("conversationId")).toString(m->conversationId);
        QList<ChatMessage> &lines = m_monitorTranscripts[id];
        for (const ChatMessage &known : std::as_const(lines))
            if (known.id == m->id)
                return; // already in the transcript it started with
        lines.append(*m);
        emit monitoredMessage(id, *m);
    } else if (e.type == QLatin1String("monitor.updated")) {
        if (const auto c = ConversationSummary::fromJson(d.value(QStringLiteral("conversation")).toObject()))
            emit monitoredConversationUpdated(*c);
    } else if (e.type == QLatin1String("monitor.ended")) {
        const QString id = d.value(QStringLiteral("conversationId")).toString();
        if (m_joined.remove(id))
            emit joinedChanged(id, false);
        if (m_monitored.remove(id))
            emit monitoringEnded(id, d.value(QStringLiteral("reason")).toString());
    }
}

void SupervisorBoard::queueDelta(const QJsonObject &d)
{
    for (const QJsonValue &v : d.value(QStringLiteral("queues")).toArray()) {
        const BoardQueue q = BoardQueue::fromJson(v.toObject());
        m_pendingQueues.insert(q.id, q);
    }
    for (const QJsonValue &v : d.value(QStringLiteral("agents")).toArray()) {
        const BoardAgent a = BoardAgent::fromJson(v.toObject());
        m_pendingAgents.insert(a.id, a);
    }
    for (const QJsonValue &v : d.value(QStringLiteral("conversations")).toArray()) {
        const BoardConversation c = BoardConversation::fromJson(v.toObject());
        m_pendingConversations.insert(c.id, c);
        m_pendingRemoved.remove(c.id);
    }
    for (const QJsonValue &v : d.value(QStringLiteral("removed")).toArray()) {
        m_pendingConversations.remove(v.toString());
        m_pendingRemoved.insert(v.toString());
    }
}

void SupervisorBoard::flush()
{
    m_flushTimer.stop();
    if (!m_pendingQueues.isEmpty()) {
        m_queues.upsert(m_pendingQueues.values());
        m_conversations.refreshColumn(BoardConversationModel::QueueColumn);
    }
    if (!m_pendingAgents.isEmpty())
        m_agents.upsert(m_pendingAgents.values());
    if (!m_pendingConversations.isEmpty())
        m_conversations.upsert(m_pendingConversations.values());
    if (!m_pendingRemoved.isEmpty())
        m_conversations.remove(m_pendingRemoved.values());
    m_pendingQueues.clear();
    m_pendingAgents.clear();
    m_pendingConversations.clear();
    m_pendingRemoved.clear();
}

void SupervisorBoard::tickClock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_queues.setNow(now);
    m_agents.setNow(now);
    m_conversations.setNow(now);
}

void SupervisorBoard::request(
    const QString &type, const QJsonObject &data, const QString &target, std::function<void(const QJsonObject &)> onOk)
{
    if (!m_connection) {
        const QString message = tr("Not connected to the router.");
        emit actionFinished(type, target, message);
        emit errorOccurred(message);
        return;
    }
    QPointer<SupervisorBoard> self(this);
    m_connection->request(type, data, [self, type, target, onOk](const protocol::Envelope &reply) {
        if (!self)
            return;
        if (reply.isError()) {
            const QString message = reply.errorMessage();
            emit self->actionFinished(type, target, message);
            emit self->errorOccurred(message);
            return;
        }
        if (onOk)
            onOk(reply.data);
        emit self->actionFinished(type, target, QString());
    });
}

void SupervisorBoard::subscribe()
{
    const bool changed = !m_wantSubscription;
    m_wantSubscription = true;
    m_clockTimer.start();
    if (changed)
        emit subscribedChanged(true);
    if (m_connection && m_connection->isSignedIn())
        sendSubscribe();
}

void SupervisorBoard::sendSubscribe()
{
    QPointer<SupervisorBoard> self(this);
    m_connection->request(QStringLiteral("board.subscribe"), {}, [self](const protocol::Envelope &reply) {
        if (!self || !reply.isError())
            return;
        // Refused (not a supervisor) is final; a lost connection is retried after the next sign-in.
        if (reply.errorCode() == protocol::ErrorCode::Forbidden) {
            self->m_wantSubscription = false;
            self->m_clockTimer.stop();
            emit self->subscribedChanged(false);
        }
        emit self->actionFinished(QStringLiteral("board.subscribe"), QString(), reply.errorMessage());
        emit self->errorOccurred(reply.errorMessage());
    });
}

void SupervisorBoard::unsubscribe()
{
    if (!m_wantSubscription)
        return;
    m_wantSubscription = false;
    m_clockTimer.stop();
    emit subscribedChanged(false);
    if (m_connection && m_connection->isSignedIn())
        m_connection->request(QStringLiteral("board.unsubscribe"), {});
}

void SupervisorBoard::reassignToAgent(const QString &conversationId, const QString &agentId, const QString &note)
{
    QJsonObject data { { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("agentId"), agentId } };
    if (!note.trimmed().isEmpty())
        data.insert(QStringLiteral("note"), note);
    request(QStringLiteral("conversation.reassign"), data, conversationId,
        [this, conversationId](const QJsonObject &) { emit reassigned(conversationId); });
}

void SupervisorBoard::reassignToQueue(const QString &conversationId, const QString &queueId, const QString &note)
{
    QJsonObject data { { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("queueId"), queueId } };
    if (!note.trimmed().isEmpty())
        data.insert(QStringLiteral("note"), note);
    request(QStringLiteral("conversation.reassign"), data, conversationId,
        [this, conversationId](const QJsonObject &) { emit reassigned(conversationId); });
}

void SupervisorBoard::monitor(const QString &conversationId)
{
    request(QStringLiteral("conversation.monitor"), { { QStringLiteral("conversationId"), conversationId } },
        conversationId, [this, conversationId](const QJsonObject &d) {
            const auto summary = ConversationSummary::fromJson(d.value(QStringLiteral("conversation")).toObject());
            const QList<ChatMessage> messages = messagesFromJson(d.value(QStringLiteral("messages")));
            m_monitored.insert(conversationId);
            m_monitorTranscripts.insert(conversationId, messages);
            emit monitoringStarted(conversationId, summary.value_or(ConversationSummary {}), messages);
        });
}

void SupervisorBoard::stopMonitoring(const QString &conversationId)
{
    if (m_joined.contains(conversationId))
        leave(conversationId); // who stops watching a chat does not stay in it
    if (m_monitored.remove(conversationId)) {
        m_monitorTranscripts.remove(conversationId);
        emit monitoringEnded(conversationId, QStringLiteral("unmonitored"));
    }
    request(QStringLiteral("conversation.unmonitor"), { { QStringLiteral("conversationId"), conversationId } },
        conversationId, {});
}

void SupervisorBoard::join(const QString &conversationId)
{
    request(QStringLiteral("conversation.join"), { { QStringLiteral("conversationId"), conversationId } },
        conversationId, [this, conversationId](const QJsonObject &d) {
            const auto summary = ConversationSummary::fromJson(d.value(QStringLiteral("conversation")).toObject());
            const QList<ChatMessage> messages = messagesFromJson(d.value(QStringLiteral("messages")));
            m_joined.insert(conversationId);
            const bool wasMonitored = m_monitored.contains(conversationId);
            m_monitored.insert(conversationId);
            m_monitorTranscripts.insert(conversationId, messages);
            if (!wasMonitored)
                emit monitoringStarted(conversationId, summary.value_or(ConversationSummary {}), messages);
            emit joinedChanged(conversationId, true);
        });
}

void SupervisorBoard::leave(const QString &conversationId)
{
    request(QStringLiteral("conversation.leave"), { { QStringLiteral("conversationId"), conversationId } },
        conversationId, [this, conversationId](const QJsonObject &) {
            if (m_joined.remove(conversationId))
                emit joinedChanged(conversationId, false);
        });
}

void SupervisorBoard::say(const QString &conversationId, const QString &text)
{
    // The clientId makes a resend after a drop harmless, as for an agent's lines.
    const QString clientId = QStringLiteral("s_") + QUuid::createUuid().toString(QUuid::Id128);
    request(QStringLiteral("message.send"),
        { { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("clientId"), clientId },
            { QStringLiteral("text"), text } },
        conversationId, [this, conversationId](const QJsonObject &d) {
            if (const auto m = ChatMessage::fromJson(d.value(QStringLiteral("message")).toObject())) {
                m_monitorTranscripts[conversationId].append(*m);
                emit monitoredMessage(conversationId, *m);
            }
        });
}

void SupervisorBoard::forceClose(const QString &conversationId, const QString &reason)
{
    QJsonObject data { { QStringLiteral("conversationId"), conversationId } };
    if (!reason.trimmed().isEmpty())
        data.insert(QStringLiteral("reason"), reason);
    request(QStringLiteral("conversation.forceClose"), data, conversationId,
        [this, conversationId](const QJsonObject &) { emit forceClosed(conversationId); });
}

void SupervisorBoard::setAgentPresence(const QString &agentId, Presence presence)
{
    request(QStringLiteral("agent.presence.set"),
        { { QStringLiteral("agentId"), agentId }, { QStringLiteral("presence"), toString(presence) } }, agentId,
        [this, agentId, presence](const QJsonObject &) { emit agentPresenceSet(agentId, presence); });
}

void SupervisorBoard::requestReport(const QDateTime &from, const QDateTime &to)
{
    request(QStringLiteral("report.escalations"),
        { { QStringLiteral("from"), toIsoUtc(from) }, { QStringLiteral("to"), toIsoUtc(to) } }, QString(),
        [this](const QJsonObject &d) {
            const EscalationReport report = EscalationReport::fromJson(d.value(QStringLiteral("report")).toObject());
            m_report.setReport(report);
            emit reportReady(report);
        });
}

void SupervisorBoard::requestDeliveries(int limit)
{
    request(QStringLiteral("webhooks.deliveries"), { { QStringLiteral("limit"), limit } }, QString(),
        [this](const QJsonObject &d) {
            QList<WebhookDeliveryEntry> entries;
            for (const QJsonValue &v : d.value(QStringLiteral("deliveries")).toArray())
                entries.append(WebhookDeliveryEntry::fromJson(v.toObject()));
            m_deliveries.setEntries(entries);
        });
}

void SupervisorBoard::requestKpiReport(const QDate &from, const QDate &to)
{
    request(QStringLiteral("report.kpi"),
        { { QStringLiteral("from"), from.toString(Qt::ISODate) }, { QStringLiteral("to"), to.toString(Qt::ISODate) } },
        QString(), [this](const QJsonObject &d) {
            const KpiReportData report = KpiReportData::fromJson(d.value(QStringLiteral("report")).toObject());
            m_kpiQueues.setReport(report);
            m_kpiAgents.setReport(report);
            emit kpiReportReady(report);
        });
}

void SupervisorBoard::requestAudit(int limit)
{
    request(
        QStringLiteral("audit.list"), { { QStringLiteral("limit"), limit } }, QString(), [this](const QJsonObject &d) {
            QList<AuditEntry> entries;
            for (const QJsonValue &v : d.value(QStringLiteral("entries")).toArray())
                entries.append(AuditEntry::fromJson(v.toObject()));
            m_audit.setEntries(entries);
            emit auditReady(entries);
        });
}

} // namespace handoff
