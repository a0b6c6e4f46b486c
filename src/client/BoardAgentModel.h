// The supervisor board's agents and supervisors: presence, load against capacity, current chats and
// time in the present state. Updates touch only the cells whose value changed.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace handoff {

class BoardAgentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PresenceColumn, LoadColumn, ChatsColumn, TimeInStateColumn, ColumnCount };

    explicit BoardAgentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void replaceAll(const QList<BoardAgent> &agents);
    void upsert(const QList<BoardAgent> &agents);
    void setNow(const QDateTime &now);

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const BoardAgent *agent(const QString &id) const;
    const QList<BoardAgent> &all() const { return m_rows; }

private:
    void upsertOne(const BoardAgent &a);
    void removeRowAt(int row);

    QList<BoardAgent> m_rows;
    QHash<QString, int> m_rowById;
    QDateTime m_now;
};

} // namespace handoff
