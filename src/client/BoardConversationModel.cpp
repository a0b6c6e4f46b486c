#include "client/BoardConversationModel.h"
#include "client/PlainText.h"

namespace handoff {

BoardConversationModel::BoardConversationModel(QObject *parent)
    : KeyedTableModel<BoardConversation>(parent)
{ }

QString BoardConversationModel::queueName(const QString &queueId) const
{
    const BoardQueue *q = m_queueNames ? m_queueNames->queue(queueId) : nullptr;
    return q && !q->name.isEmpty() ? q->name : queueId;
}

QString BoardConversationModel::stateText(ConversationState s)
{
    switch (s) {
    case ConversationState::Bot:
        return tr("With the bot");
    case ConversationState::Waiting:
        return tr("Waiting");
    case ConversationState::Offered:
        return tr("Offered");
    case ConversationState::Assigned:
        return tr("With an agent");
    case ConversationState::Closed:
        break;
    }
    return tr("Closed");
}

QString BoardConversationModel::triggerText(const QString &trigger)
{
    if (trigger == QLatin1String("explicit"))
        return tr("Asked for a person");
    if (trigger == QLatin1String("unrecognised"))
        return tr("Not understood");
    if (trigger == QLatin1String("frustration"))
        return tr("Frustration");
    if (trigger == QLatin1String("topic"))
        return tr("Always-human topic");
    if (trigger == QLatin1String("external"))
        return tr("External bot");
    return trigger;
}

QVariant BoardConversationModel::cell(const BoardConversation &c, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case VisitorColumn:
            return c.visitorName.isEmpty() ? tr("Visitor") : c.visitorName;
        case StateColumn:
            return stateText(c.state);
        case QueueColumn:
            return queueName(c.queueId);
        case AgentColumn:
            return c.agentName.isEmpty() ? c.agentId : c.agentName;
        case WaitingColumn:
            return formatBoardDuration(c.waitingSeconds(now()));
        case HandlingColumn:
            return formatBoardDuration(c.handlingSeconds(now()));
        case TopicColumn:
            return c.topic;
        case TriggerColumn:
            return triggerText(c.trigger);
        }
    } else if (role == BoardSortRole) {
        switch (column) {
        case VisitorColumn:
            return (c.visitorName.isEmpty() ? tr("Visitor") : c.visitorName).toLower();
        case StateColumn:
            return static_cast<int>(c.state);
        case QueueColumn:
            return queueName(c.queueId).toLower();
        case AgentColumn:
            return (c.agentName.isEmpty() ? c.agentId : c.agentName).toLower();
        case WaitingColumn:
            return c.waitingSeconds(now());
        case HandlingColumn:
            return c.handlingSeconds(now());
        case TopicColumn:
            return c.topic.toLower();
        case TriggerColumn:
            return c.trigger;
        }
    } else if (role == Qt::ToolTipRole && column == VisitorColumn) {
        return plainToolTip(c.monitoredBy.isEmpty()
                ? c.id
                : tr("%1 — monitored by %2").arg(c.id, c.monitoredBy.join(QStringLiteral(", "))));
    } else if (role == Qt::ToolTipRole && column == QueueColumn && queueName(c.queueId) != c.queueId) {
        return plainToolTip(tr("Queue %1 (id %2)").arg(queueName(c.queueId), c.queueId));
    } else if (role == Qt::ToolTipRole && column == StateColumn && !c.offeredTo.isEmpty()) {
        return plainToolTip(tr("Offered to %1").arg(c.offeredTo));
    }
    return {};
}

QVariant BoardConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VisitorColumn:
        return tr("Visitor");
    case StateColumn:
        return tr("State");
    case QueueColumn:
        return tr("Queue");
    case AgentColumn:
        return tr("Agent");
    case WaitingColumn:
        return tr("Waiting");
    case HandlingColumn:
        return tr("Handling");
    case TopicColumn:
        return tr("Topic");
    case TriggerColumn:
        return tr("Trigger");
    }
    return {};
}

} // namespace handoff
