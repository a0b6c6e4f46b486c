// The supervisor board's open conversations: state, queue, agent, waiting and handling time, topic and
// trigger. Arrivals insert a row, closed chats remove theirs, and every other change touches only the
// cells whose value changed, so views stay still at hundreds of changes a second.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace handoff {

class BoardConversationModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void replaceAll(const QList<BoardConversation> &conversations);
    void upsert(const QList<BoardConversation> &conversations);
    void remove(const QStringList &ids);
    void setNow(const QDateTime &now);

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const BoardConversation *conversation(const QString &id) const;
    const QList<BoardConversation> &all() const { return m_rows; }

    static QString stateText(ConversationState s);
    static QString triggerText(const QString &trigger);

private:
    void upsertOne(const BoardConversation &c);
    void removeRowAt(int row);

    QList<BoardConversation> m_rows;
    QHash<QString, int> m_rowById;
    QDateTime m_now;
};

} // namespace handoff
