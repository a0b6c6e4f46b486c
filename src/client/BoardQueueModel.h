// The supervisor board's queues, one row per queue, kept in arrival order. Updates touch only the
// cells whose value changed, so a sorted, filtered view never flickers.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace handoff {

class BoardQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, WaitingColumn, LongestWaitColumn, AvailableColumn, SignedInColumn, OpenColumn, ColumnCount };

    explicit BoardQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Makes the rows equal to `queues`: changed cells, inserted and removed rows, never a reset.
    void replaceAll(const QList<BoardQueue> &queues);
    // Updates or appends each queue.
    void upsert(const QList<BoardQueue> &queues);
    // The clock the wait column is counted on; only that column is announced as changed.
    void setNow(const QDateTime &now);

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const BoardQueue *queue(const QString &id) const;
    const QList<BoardQueue> &all() const { return m_rows; }

private:
    void upsertOne(const BoardQueue &q);
    void removeRowAt(int row);
    int longestWait(const BoardQueue &q) const;

    QList<BoardQueue> m_rows;
    QHash<QString, int> m_rowById;
    QDateTime m_now;
};

} // namespace handoff
