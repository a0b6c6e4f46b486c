// The row bookkeeping the supervisor board's tables share: rows keyed by a stable id, updates that
// announce only the cells whose shown or sorted value changed, inserts and removals for arrivals and
// departures, and never a model reset, so sorted and filtered views keep their selection and scroll
// position however often the data changes.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace handoff {

template <typename Row> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : columns(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columns())
            return {};
        if (role == BoardIdRole)
            return m_rows.at(index.row()).id;
        return cell(m_rows.at(index.row()), index.column(), role);
    }

    // Makes the rows equal to `rows`: changed cells, inserted and removed rows, never a reset.
    void replaceAll(const QList<Row> &rows)
    {
        QSet<QString> keep;
        for (const Row &r : rows) {
            keep.insert(r.id);
            upsertOne(r);
        }
        for (int i = int(m_rows.size()) - 1; i >= 0; --i)
            if (!keep.contains(m_rows.at(i).id))
                removeRowAt(i);
    }
    // Updates each row that exists and appends the others.
    void upsert(const QList<Row> &rows)
    {
        for (const Row &r : rows)
            upsertOne(r);
    }
    void remove(const QStringList &ids)
    {
        for (const QString &id : ids)
            if (const int row = rowOf(id); row >= 0)
                removeRowAt(row);
    }
    // The clock that times are counted on; only the columns that show times are announced as changed.
    void setNow(const QDateTime &now)
    {
        m_now = now;
        if (m_rows.isEmpty())
            return;
        for (int column : clockColumns())
            emit dataChanged(
                index(0, column), index(int(m_rows.size()) - 1, column), { Qt::DisplayRole, BoardSortRole });
    }
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    // A column shows something from elsewhere (a queue's name) that changed: every row's cell is new.
    void refreshColumn(int column)
    {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                             { Qt::DisplayRole, Qt::ToolTipRole, BoardSortRole });
    }

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const Row *find(const QString &id) const
    {
        const int row = rowOf(id);
        return row < 0 ? nullptr : &m_rows.at(row);
    }
    const QList<Row> &all() const { return m_rows; }

protected:
    virtual int columns() const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;
    virtual QList<int> clockColumns() const { return {}; }

private:
    void upsertOne(const Row &r)
    {
        const int row = rowOf(r.id);
        if (row < 0) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(r);
            m_rowById.insert(r.id, at);
            endInsertRows();
            return;
        }
        if (m_rows.at(row) == r)
            return;
        const Row old = m_rows.at(row);
        m_rows[row] = r;
        static const QList<int> roles { Qt::DisplayRole, BoardSortRole, Qt::ToolTipRole, Qt::ForegroundRole,
            Qt::DecorationRole };
        for (int column = 0; column < columns(); ++column) {
            QList<int> changed;
            for (int role : roles)
                if (cell(old, column, role) != cell(r, column, role))
                    changed.append(role);
            if (!changed.isEmpty())
                emit dataChanged(index(row, column), index(row, column), changed);
        }
    }
    void removeRowAt(int row)
    {
        beginRemoveRows({}, row, row);
        m_rowById.remove(m_rows.at(row).id);
        m_rows.removeAt(row);
        for (int i = row; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows.at(i).id, i);
        endRemoveRows();
    }

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QDateTime m_now;
};

} // namespace handoff
