#include "client/AuditLogModel.h"
#include "client/PlainText.h"

namespace handoff {

namespace {

bool sameEntry(const AuditEntry &a, const AuditEntry &b)
{
    return a.at == b.at && a.actor == b.actor && a.action == b.action && a.target == b.target && a.desk == b.desk
        && a.detail == b.detail;
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &a = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == BoardSortRole) {
        switch (index.column()) {
        case AtColumn:
            return role == BoardSortRole ? QVariant(a.at.toMSecsSinceEpoch())
                                         : QVariant(a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case ActorColumn:
            return a.actor;
        case ActionColumn:
            return a.action;
        case TargetColumn:
            return a.target;
        case DetailColumn:
            return a.detail;
        case DeskColumn:
            return a.desk;
        case AllowedColumn:
            return role == BoardSortRole ? QVariant(a.allowed ? 1 : 0)
                                         : QVariant(a.allowed ? tr("Allowed") : tr("Refused"));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return plainToolTip(a.detail);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("On");
    case DetailColumn:
        return tr("Detail");
    case DeskColumn:
        return tr("Desk");
    case AllowedColumn:
        return tr("Result");
    }
    return {};
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    // Newer entries arrive on top; rows already shown stay where a view has them.
    int known = -1;
    if (!m_entries.isEmpty())
        for (int i = 0; i < entries.size() && known < 0; ++i)
            if (sameEntry(entries.at(i), m_entries.first()))
                known = i;
    if (known < 0 && !m_entries.isEmpty()) {
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        m_entries.clear();
        endRemoveRows();
    }
    const int fresh = known < 0 ? int(entries.size()) : known;
    if (fresh > 0) {
        beginInsertRows({}, 0, fresh - 1);
        m_entries = entries.mid(0, fresh) + m_entries;
        endInsertRows();
    }
    // Keep no more than the router listed, dropping the oldest.
    if (m_entries.size() > entries.size() && !entries.isEmpty()) {
        beginRemoveRows({}, int(entries.size()), int(m_entries.size()) - 1);
        m_entries.resize(entries.size());
        endRemoveRows();
    }
}

} // namespace handoff
