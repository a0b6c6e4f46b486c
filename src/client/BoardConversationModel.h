// The supervisor board's open conversations: visitor, state, queue, agent, waiting and handling time,
// topic and trigger. Arrivals insert a row, closed chats remove theirs.
#pragma once

#include "client/BoardQueueModel.h"
#include "client/KeyedTableModel.h"

namespace handoff {

class BoardConversationModel : public KeyedTableModel<BoardConversation>
{
    Q_OBJECT
public:
    enum Column {
        VisitorColumn,
        StateColumn,
        QueueColumn,
        AgentColumn,
        WaitingColumn,
        HandlingColumn,
        TopicColumn,
        TriggerColumn,
        ColumnCount
    };

    explicit BoardConversationModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const BoardConversation *conversation(const QString &id) const { return find(id); }

    // Where queue names come from: the Queue column shows "General", not the id "default".
    void setQueues(const BoardQueueModel *queues) { m_queueNames = queues; }
    QString queueName(const QString &queueId) const;

    static QString stateText(ConversationState s);
    static QString triggerText(const QString &trigger);

protected:
    int columns() const override { return ColumnCount; }
    QVariant cell(const BoardConversation &c, int column, int role) const override;
    QList<int> clockColumns() const override { return { WaitingColumn, HandlingColumn }; }

private:
    const BoardQueueModel *m_queueNames = nullptr;
};

} // namespace handoff
