// The router's outbox of webhook events and bot status callbacks, newest first: when, what, where to,
// whether it arrived, how many attempts, the receiver's last answer. Each refresh replaces the rows
// (a pending delivery becomes delivered or given up in place).
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>

namespace handoff {

class WebhookDeliveryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CreatedColumn, EventColumn, UrlColumn, StateColumn, AttemptsColumn, ChatColumn, AnswerColumn, ColumnCount };

    explicit WebhookDeliveryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<WebhookDeliveryEntry> &entries);
    const QList<WebhookDeliveryEntry> &entries() const { return m_entries; }

private:
    QList<WebhookDeliveryEntry> m_entries;
};

} // namespace handoff
