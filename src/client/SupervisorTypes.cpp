#include "client/SupervisorTypes.h"

#include "client/QueueOverviewModel.h"

#include <QJsonArray>

namespace handoff {

namespace {

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

QDateTime time(const QJsonObject &o, const char *name)
{
    const QString s = text(o, name);
    return s.isEmpty() ? QDateTime() : fromIsoUtc(s);
}

QStringList strings(const QJsonObject &o, const char *name)
{
    QStringList list;
    for (const QJsonValue &v : o.value(QLatin1String(name)).toArray())
        if (v.isString())
            list.append(v.toString());
    return list;
}

} // namespace

QString csvField(const QString &value)
{
    // Topics can come from external bots: a cell a spreadsheet would run as a formula gets a leading
    // apostrophe, so opening the export never executes anything.
    QString s = value;
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString formatBoardDuration(int seconds)
{
    return seconds < 0 ? QString() : QueueOverviewModel::formatDuration(seconds);
}

BoardQueue BoardQueue::fromJson(const QJsonObject &o)
{
    BoardQueue q;
    q.id = text(o, "id");
    q.name = text(o, "name");
    q.waiting = o.value(QStringLiteral("waiting")).toInt();
    q.longestWaitSeconds = o.value(QStringLiteral("longestWaitSeconds")).toInt();
    q.oldestWaitingSince = time(o, "oldestWaitingSince");
    q.agentsAvailable = o.value(QStringLiteral("agentsAvailable")).toInt();
    q.agentsSignedIn = o.value(QStringLiteral("agentsSignedIn")).toInt();
    q.open = o.value(QStringLiteral("open")).toBool(true);
    return q;
}

BoardAgent BoardAgent::fromJson(const QJsonObject &o)
{
    BoardAgent a;
    a.id = text(o, "id");
    a.name = text(o, "name").isEmpty() ? a.id : text(o, "name");
    a.role = roleFromString(text(o, "role")).value_or(Role::Agent);
    a.presence = presenceFromString(text(o, "presence")).value_or(Presence::Offline);
    a.chosen = presenceFromString(text(o, "chosen")).value_or(a.presence);
    a.load = o.value(QStringLiteral("load")).toInt();
    a.capacity = o.value(QStringLiteral("capacity")).toInt();
    a.skills = strings(o, "skills");
    a.conversations = strings(o, "conversations");
    a.stateSince = time(o, "stateSince");
    a.queues = strings(o, "queues");
    return a;
}

BoardConversation BoardConversation::fromJson(const QJsonObject &o)
{
    BoardConversation c;
    c.id = text(o, "id");
    c.state = conversationStateFromString(text(o, "state")).value_or(ConversationState::Waiting);
    c.queueId = text(o, "queueId");
    c.agentId = text(o, "agentId");
    c.agentName = text(o, "agentName");
    c.visitorName = text(o, "visitorName");
    c.topic = text(o, "topic");
    c.trigger = text(o, "trigger");
    c.createdAt = time(o, "createdAt");
    c.escalatedAt = time(o, "escalatedAt");
    c.enqueuedAt = time(o, "enqueuedAt");
    c.assignedAt = time(o, "assignedAt");
    c.offeredTo = text(o, "offeredTo");
    c.replyWaitingSince = time(o, "replyWaitingSince");
    c.monitoredBy = strings(o, "monitoredBy");
    return c;
}

int BoardConversation::waitingSeconds(const QDateTime &now) const
{
    if (state == ConversationState::Assigned && replyWaitingSince.isValid())
        return static_cast<int>(std::max<qint64>(0, replyWaitingSince.secsTo(now)));
    if ((state != ConversationState::Waiting && state != ConversationState::Offered) || !enqueuedAt.isValid())
        return -1;
    return static_cast<int>(std::max<qint64>(0, enqueuedAt.secsTo(now)));
}

int BoardConversation::handlingSeconds(const QDateTime &now) const
{
    if (state != ConversationState::Assigned || !assignedAt.isValid())
        return -1;
    return static_cast<int>(std::max<qint64>(0, assignedAt.secsTo(now)));
}

EscalationReport EscalationReport::fromJson(const QJsonObject &o)
{
    EscalationReport r;
    r.from = time(o, "from");
    r.to = time(o, "to");
    r.total = o.value(QStringLiteral("total")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("byTopic")).toArray()) {
        const QJsonObject t = v.toObject();
        EscalationTopicCount c { text(t, "topic"), t.value(QStringLiteral("count")).toInt(), {} };
        const QJsonObject triggers = t.value(QStringLiteral("byTrigger")).toObject();
        for (auto it = triggers.begin(); it != triggers.end(); ++it)
            c.byTrigger.insert(it.key(), it.value().toInt());
        r.byTopic.append(c);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("byTrigger")).toArray())
        r.byTrigger.append({ text(v.toObject(), "trigger"), v.toObject().value(QStringLiteral("count")).toInt() });
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray())
        r.rows.append({ text(v.toObject(), "topic"), text(v.toObject(), "trigger"),
            v.toObject().value(QStringLiteral("count")).toInt() });
    const auto figures = [](const QJsonObject &f, const char *idKey) {
        return SatisfactionFigures { idKey ? text(f, idKey) : QString(), f.value(QStringLiteral("count")).toInt(),
            f.value(QStringLiteral("average")).toDouble(), f.value(QStringLiteral("satisfiedPercent")).toDouble() };
    };
    const QJsonObject satisfaction = o.value(QStringLiteral("satisfaction")).toObject();
    r.satisfaction = figures(satisfaction, nullptr);
    for (const QJsonValue &v : satisfaction.value(QStringLiteral("byQueue")).toArray())
        r.satisfactionByQueue.append(figures(v.toObject(), "queueId"));
    for (const QJsonValue &v : satisfaction.value(QStringLiteral("byAgent")).toArray())
        r.satisfactionByAgent.append(figures(v.toObject(), "agentId"));
    return r;
}

QString EscalationReport::toCsv() const
{
    QString csv = QStringLiteral("topic,trigger,count\r\n");
    for (const EscalationRow &row : rows)
        csv += csvField(row.topic) + QLatin1Char(',') + csvField(row.trigger) + QLatin1Char(',')
            + QString::number(row.count) + QStringLiteral("\r\n");
    return csv;
}

WebhookDeliveryEntry WebhookDeliveryEntry::fromJson(const QJsonObject &o)
{
    WebhookDeliveryEntry d;
    d.id = text(o, "id");
    d.endpoint = text(o, "endpoint");
    d.url = text(o, "url");
    d.event = text(o, "event");
    d.conversationId = text(o, "conversationId");
    d.createdAt = time(o, "createdAt");
    d.attempts = o.value(QStringLiteral("attempts")).toInt();
    d.state = text(o, "state");
    d.deliveredAt = time(o, "deliveredAt");
    d.nextAttemptAt = time(o, "nextAttemptAt");
    d.lastStatus = o.value(QStringLiteral("lastStatus")).toInt();
    d.lastError = text(o, "lastError");
    return d;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry a;
    a.at = time(o, "at");
    a.actor = text(o, "actor");
    a.action = text(o, "action");
    a.target = text(o, "target");
    a.detail = text(o, "detail");
    a.desk = text(o, "desk");
    a.allowed = o.value(QStringLiteral("allowed")).toBool(true);
    return a;
}

} // namespace handoff
