#include "client/BoardQueueModel.h"
#include "client/PlainText.h"

namespace handoff {

BoardQueueModel::BoardQueueModel(QObject *parent)
    : KeyedTableModel<BoardQueue>(parent)
{ }

int BoardQueueModel::longestWait(const BoardQueue &q) const
{
    if (q.waiting == 0)
        return 0;
    if (q.oldestWaitingSince.isValid())
        return static_cast<int>(std::max<qint64>(0, q.oldestWaitingSince.secsTo(now())));
    return q.longestWaitSeconds;
}

QVariant BoardQueueModel::cell(const BoardQueue &q, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return q.name.isEmpty() ? q.id : q.name;
        case WaitingColumn:
            return q.waiting;
        case LongestWaitColumn:
            return q.waiting > 0 ? formatBoardDuration(longestWait(q)) : QStringLiteral("–");
        case AvailableColumn:
            return q.agentsAvailable;
        case SignedInColumn:
            return q.agentsSignedIn;
        case OpenColumn:
            return q.open ? tr("Open") : tr("Closed");
        }
    } else if (role == BoardSortRole) {
        switch (column) {
        case NameColumn:
            return (q.name.isEmpty() ? q.id : q.name).toLower();
        case WaitingColumn:
            return q.waiting;
        case LongestWaitColumn:
            return longestWait(q);
        case AvailableColumn:
            return q.agentsAvailable;
        case SignedInColumn:
            return q.agentsSignedIn;
        case OpenColumn:
            return q.open ? 1 : 0;
        }
    } else if (role == Qt::ToolTipRole && column == NameColumn) {
        return plainToolTip(q.id);
    } else if (role == Qt::TextAlignmentRole && column != NameColumn && column != OpenColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant BoardQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Queue");
    case WaitingColumn:
        return tr("Waiting");
    case LongestWaitColumn:
        return tr("Longest wait");
    case AvailableColumn:
        return tr("Available");
    case SignedInColumn:
        return tr("Signed in");
    case OpenColumn:
        return tr("Hours");
    }
    return {};
}

} // namespace handoff
