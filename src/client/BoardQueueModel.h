// The supervisor board's queues, one row per queue, kept in arrival order: waiting visitors, the
// longest wait, agents available and signed in, open or closed.
#pragma once

#include "client/KeyedTableModel.h"

namespace handoff {

class BoardQueueModel : public KeyedTableModel<BoardQueue>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        WaitingColumn,
        LongestWaitColumn,
        AvailableColumn,
        SignedInColumn,
        OpenColumn,
        ColumnCount
    };

    explicit BoardQueueModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const BoardQueue *queue(const QString &id) const { return find(id); }
    // Seconds the longest-waiting visitor has waited, counted on this model's clock.
    int longestWait(const BoardQueue &q) const;

protected:
    int columns() const override { return ColumnCount; }
    QVariant cell(const BoardQueue &q, int column, int role) const override;
    QList<int> clockColumns() const override { return { LongestWaitColumn }; }
};

} // namespace handoff
