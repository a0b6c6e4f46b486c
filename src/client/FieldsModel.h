// What the bot collected before the handoff (name, order number, …) plus the page the visitor was on,
// as two columns: field and value. A signed-in customer's name, e-mail address, customer id and kept claims
// come first, marked verified: they come only from the router's check of the website's ID token
// (Summary.customer), so a visitor or bot who types the same field names gets rows that are not marked.
#pragma once

#include "protocol/DomainTypes.h"

#include <QAbstractTableModel>

namespace handoff {

class FieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Roles { VerifiedRole = Qt::UserRole + 1 };

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
    bool isVerified(int row) const;
    const std::optional<CustomerIdentity> &customer() const { return m_customer; }

private:
    struct Row {
        BotField field;
        bool verified = false;
    };
    QList<Row> m_rows;
    std::optional<CustomerIdentity> m_customer;
};

} // namespace handoff
