// What the bot collected before the handoff (name, order number, …) plus the page the visitor was on,
// as two columns: field and value.
#pragma once

#include "protocol/DomainTypes.h"

#include <QAbstractTableModel>

namespace handoff {

class FieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit FieldsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the fields of this conversation's handoff (none when it has no handoff context).
    void setConversation(const std::optional<ConversationSummary> &c);
    void clear() { setConversation(std::nullopt); }

    QString valueAt(int row) const;
    QString nameAt(int row) const;

private:
    QList<BotField> m_rows;
};

} // namespace handoff
