#include "client/WebhookDeliveryModel.h"

#include "client/PlainText.h"

namespace handoff {

namespace {
QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
} // namespace

WebhookDeliveryModel::WebhookDeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int WebhookDeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookDeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const WebhookDeliveryEntry &d = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == BoardSortRole) {
        switch (index.column()) {
        case CreatedColumn:
            return role == BoardSortRole ? QVariant(d.createdAt.toMSecsSinceEpoch()) : QVariant(localTime(d.createdAt));
        case EventColumn:
            return d.event;
        case UrlColumn:
            return d.endpoint == QLatin1String("callback") ? tr("%1 (bot callback)").arg(d.url) : d.url;
        case StateColumn:
            if (d.state == QLatin1String("delivered"))
                return tr("Delivered %1").arg(localTime(d.deliveredAt));
            if (d.state == QLatin1String("given_up"))
                return tr("Given up");
            return tr("Pending, next attempt %1").arg(localTime(d.nextAttemptAt));
        case AttemptsColumn:
            return d.attempts;
        case AnswerColumn:
            if (d.attempts == 0)
                return QString();
            return d.lastError.isEmpty() ? QStringLiteral("HTTP %1").arg(d.lastStatus) : d.lastError;
        case ChatColumn:
            return d.conversationId;
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == AnswerColumn || index.column() == UrlColumn))
        return plainToolTip(index.column() == UrlColumn ? d.url : d.lastError);
    return {};
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("When");
    case EventColumn:
        return tr("Event");
    case UrlColumn:
        return tr("Sent to");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case AnswerColumn:
        return tr("Last answer");
    case ChatColumn:
        return tr("Chat");
    }
    return {};
}

void WebhookDeliveryModel::setEntries(const QList<WebhookDeliveryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

} // namespace handoff
