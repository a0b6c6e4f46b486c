#include "desk/BoardFilterModel.h"

#include "client/SupervisorTypes.h"

#include <QMimeData>

namespace handoff {

const QString BoardFilterModel::ConversationMimeType = QStringLiteral("application/x-handoff-conversation-ids");

BoardFilterModel::BoardFilterModel(Kind kind, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kind(kind)
{
    setSortRole(BoardSortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

QString BoardFilterModel::idAt(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? proxyIndex.siblingAtColumn(0).data(BoardIdRole).toString() : QString();
}

QModelIndex BoardFilterModel::indexOfId(const QString &id, int column) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (index(row, 0).data(BoardIdRole).toString() == id)
            return index(row, column);
    return {};
}

Qt::ItemFlags BoardFilterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index) & ~Qt::ItemIsEditable;
    if (!index.isValid())
        return f;
    if (m_kind == Kind::Conversations)
        f |= Qt::ItemIsDragEnabled;
    else if ((m_kind == Kind::Agents || m_kind == Kind::Queues) && index.data(BoardDropTargetRole) != QVariant(false))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList BoardFilterModel::mimeTypes() const
{
    return {ConversationMimeType};
}

QMimeData *BoardFilterModel::mimeData(const QModelIndexList &indexes) const
{
    if (m_kind != Kind::Conversations)
        return nullptr;
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = idAt(i);
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(ConversationMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList BoardFilterModel::conversationIdsIn(const QMimeData *data)
{
    if (!data || !data->hasFormat(ConversationMimeType))
        return {};
    return QString::fromUtf8(data->data(ConversationMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Qt::DropActions BoardFilterModel::supportedDragActions() const
{
    // Copy, never Move: the view must not delete the dragged row; the router moves the chat.
    return m_kind == Kind::Conversations ? Qt::CopyAction : Qt::IgnoreAction;
}

Qt::DropActions BoardFilterModel::supportedDropActions() const
{
    return (m_kind == Kind::Agents || m_kind == Kind::Queues) ? Qt::CopyAction : Qt::IgnoreAction;
}

QModelIndex BoardFilterModel::dropTarget(int row, const QModelIndex &parent) const
{
    // Dropped on a row: parent is that row. Dropped between rows: parent is the root, row the next one.
    if (parent.isValid())
        return parent.siblingAtColumn(0);
    if (row >= 0 && row < rowCount())
        return index(row, 0);
    return {};
}

bool BoardFilterModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent) const
{
    const QModelIndex target = dropTarget(row, parent);
    return (m_kind == Kind::Agents || m_kind == Kind::Queues) && action == Qt::CopyAction
        && conversationIdsIn(data).size() == 1 && target.isValid() && target.data(BoardDropTargetRole) != QVariant(false);
}

bool BoardFilterModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = idAt(dropTarget(row, parent));
    if (target.isEmpty())
        return false;
    emit conversationDropped(conversationIdsIn(data).constFirst(), target);
    return true;
}

} // namespace handoff
