#include "client/FieldsModel.h"
#include "client/PlainText.h"

namespace handoff {

FieldsModel::FieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int FieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BotField &f = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == NameColumn ? f.name : f.value;
    if (role == Qt::ToolTipRole)
        return plainToolTip(index.column() == NameColumn ? f.name : f.value);
    if (role == Qt::UserRole)
        return f.name;
    return {};
}

QVariant FieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Field") : tr("Value");
}

void FieldsModel::setConversation(const std::optional<ConversationSummary> &c)
{
    beginResetModel();
    m_rows.clear();
    if (c && c->handoff) {
        m_rows = c->handoff->fields;
        if (!c->handoff->page.isEmpty())
            m_rows.append(BotField { tr("page"), c->handoff->page });
        if (!c->handoff->language.isEmpty())
            m_rows.append(BotField { tr("language"), c->handoff->language });
    }
    endResetModel();
}

QString FieldsModel::valueAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : QString();
}

QString FieldsModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

} // namespace handoff
