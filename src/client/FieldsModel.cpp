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
    const Row &row = m_rows.at(index.row());
    const BotField &f = row.field;
    switch (role) {
    case Qt::DisplayRole:
        // The mark is in the text, so it shows in every style and theme; before the name, whose column
        // is always wide enough, so a long value cut short never hides it.
        if (row.verified && index.column() == NameColumn)
            return tr("\u2713 %1").arg(f.name);
        return index.column() == NameColumn ? f.name : f.value;
    case Qt::EditRole:
        return index.column() == NameColumn ? f.name : f.value;
    case Qt::AccessibleTextRole:
        if (!row.verified)
            return index.column() == NameColumn ? f.name : f.value;
        return index.column() == NameColumn ? tr("%1, verified").arg(f.name)
                                            : tr("%1, verified by the website's sign-in").arg(f.value);
    case Qt::ToolTipRole:
        return plainToolTip(row.verified ? tr("%1\nVerified by the website's sign-in")
                                               .arg(index.column() == NameColumn ? f.name : f.value)
                                         : index.column() == NameColumn ? f.name : f.value);
    case Qt::UserRole:
        return f.name;
    case VerifiedRole:
        return row.verified;
    default:
        return {};
    }
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
    m_customer = c ? c->customer : std::nullopt;
    if (m_customer) {
        const CustomerIdentity &who = *m_customer;
        for (const BotField &f : { BotField { tr("name"), who.name }, BotField { tr("e-mail"), who.email },
                 BotField { tr("customer id"), who.subject } })
            if (!f.value.isEmpty())
                m_rows.append(Row { f, true });
        for (const BotField &f : who.claims)
            m_rows.append(Row { f, true });
    }
    if (c && c->handoff) {
        for (const BotField &f : c->handoff->fields)
            m_rows.append(Row { f, false });
        if (!c->handoff->page.isEmpty())
            m_rows.append(Row { BotField { tr("page"), c->handoff->page }, false });
        if (!c->handoff->language.isEmpty())
            m_rows.append(Row { BotField { tr("language"), c->handoff->language }, false });
    }
    endResetModel();
}

QString FieldsModel::valueAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).field.value : QString();
}

QString FieldsModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).field.name : QString();
}

bool FieldsModel::isVerified(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).verified;
}

} // namespace handoff
