// Every queue I can see: how many visitors wait, the longest wait, and how many agents are free.
#pragma once

#include "client/DeskTypes.h"

#include <QAbstractTableModel>

namespace handoff {

class QueueOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, WaitingColumn, LongestWaitColumn, AvailableColumn, ColumnCount };

    explicit QueueOverviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueues(const QList<QueueStatus> &queues);
    const QList<QueueStatus> &queues() const { return m_queues; }
    int totalWaiting() const;

    static QString formatDuration(int seconds); // "41 s", "3 min 5 s", "1 h 2 min"

private:
    QList<QueueStatus> m_queues;
};

} // namespace handoff
