// The router's audit log of supervisor actions, newest first: when, who, what, on what, from which desk
// and whether it was allowed. A refresh inserts only the entries not shown yet.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>

namespace handoff {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AtColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        DetailColumn,
        DeskColumn,
        AllowedColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `entries` newest first, as the router sends them.
    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

private:
    QList<AuditEntry> m_entries;
};

} // namespace handoff
