#include "client/QueueOverviewModel.h"
#include "client/PlainText.h"

namespace handoff {

QueueOverviewModel::QueueOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int QueueOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int QueueOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueOverviewModel::formatDuration(int seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant QueueOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_queues.size())
        return {};
    const QueueStatus &q = m_queues.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return q.open ? q.name : tr("%1 (closed)").arg(q.name);
        case WaitingColumn:
            return q.waiting;
        case LongestWaitColumn:
            return q.waiting > 0 ? formatDuration(q.longestWaitSeconds) : QStringLiteral("–");
        case AvailableColumn:
            return tr("%1 of %2").arg(q.agentsAvailable).arg(q.agentsSignedIn);
        }
    }
    if (role == Qt::UserRole)
        return q.id;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return plainToolTip(tr("%1: %2 waiting, longest %3, %4 agents available")
                                .arg(q.name)
                                .arg(q.waiting)
                                .arg(formatDuration(q.longestWaitSeconds))
                                .arg(q.agentsAvailable));
    return {};
}

QVariant QueueOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Queue");
    case WaitingColumn:
        return tr("Waiting");
    case LongestWaitColumn:
        return tr("Longest");
    case AvailableColumn:
        return tr("Agents free");
    }
    return {};
}

void QueueOverviewModel::setQueues(const QList<QueueStatus> &queues)
{
    if (queues.size() == m_queues.size()) {
        bool sameIds = true;
        for (int i = 0; i < queues.size() && sameIds; ++i)
            sameIds = queues.at(i).id == m_queues.at(i).id;
        if (sameIds) {
            // Same rows, new figures: keep the selection and scroll position.
            m_queues = queues;
            if (!m_queues.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_queues.size()) - 1, ColumnCount - 1));
            return;
        }
    }
    beginResetModel();
    m_queues = queues;
    endResetModel();
}

int QueueOverviewModel::totalWaiting() const
{
    int n = 0;
    for (const QueueStatus &q : m_queues)
        n += q.waiting;
    return n;
}

} // namespace handoff
