#include "client/OfferModel.h"
#include "client/PlainText.h"

namespace handoff {

OfferModel::OfferModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_offers.isEmpty())
            emit dataChanged(
                index(0), index(int(m_offers.size()) - 1), { Qt::DisplayRole, Qt::AccessibleTextRole, SecondsLeftRole, WaitSecondsRole });
    });
    m_tick.start();
}

int OfferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OfferModel::secondsLeft(const OfferInfo &o) const
{
    if (!o.expiresAt.isValid())
        return 0;
    return int(qMax<qint64>(0, (m_now().msecsTo(o.expiresAt) + 999) / 1000));
}

int OfferModel::waitSeconds(const OfferInfo &o) const
{
    QDateTime since = o.conversation.escalatedAt.isValid() ? o.conversation.escalatedAt : o.offeredAt;
    if (!since.isValid())
        return 0;
    return int(qMax<qint64>(0, since.secsTo(m_now())));
}

QVariant OfferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_offers.size())
        return {};
    const OfferInfo &o = m_offers.at(index.row());
    const auto &c = o.conversation;
    const QString visitor = c.visitorName.isEmpty() ? tr("Visitor") : c.visitorName;
    const QString topic = c.topic.isEmpty() && c.handoff ? c.handoff->lastTopic : c.topic;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 · %3 s left").arg(visitor, topic.isEmpty() ? tr("no topic") : topic).arg(secondsLeft(o));
    case Qt::AccessibleTextRole:
        return accessibleText(index.row());
    case Qt::ToolTipRole:
        return c.handoff ? plainToolTip(c.handoff->reason) : QString();
    case ConversationIdRole:
        return o.conversationId;
    case VisitorNameRole:
        return visitor;
    case TopicRole:
        return topic;
    case ReasonRole:
        return c.handoff ? c.handoff->reason : QString();
    case TriggerRole:
        return c.handoff ? toString(c.handoff->trigger) : QString();
    case SecondsLeftRole:
        return secondsLeft(o);
    case WaitSecondsRole:
        return waitSeconds(o);
    case QueueRole:
        return c.queueId;
    default:
        return {};
    }
}

QString OfferModel::accessibleText(int row) const
{
    if (row < 0 || row >= m_offers.size())
        return {};
    const QModelIndex i = index(row);
    const OfferInfo &o = m_offers.at(row);
    QStringList parts{ tr("Offer: %1").arg(i.data(VisitorNameRole).toString()) };
    const QString topic = i.data(TopicRole).toString();
    if (!topic.isEmpty())
        parts << tr("topic %1").arg(topic);
    const QString queueId = o.conversation.queueId;
    if (!queueId.isEmpty()) {
        const QString name = m_queueName ? m_queueName(queueId) : QString();
        parts << tr("queue %1").arg(name.isEmpty() ? queueId : name);
    }
    const int left = secondsLeft(o);
    parts << (left == 1 ? tr("1 second left to accept") : tr("%1 seconds left to accept").arg(left));
    const int wait = waitSeconds(o);
    if (wait >= 60)
        parts << (wait < 120 ? tr("waiting 1 minute") : tr("waiting %1 minutes").arg(wait / 60));
    return parts.join(QStringLiteral(", "));
}

QHash<int, QByteArray> OfferModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(VisitorNameRole, "visitorName");
    names.insert(TopicRole, "topic");
    names.insert(ReasonRole, "reason");
    names.insert(TriggerRole, "trigger");
    names.insert(SecondsLeftRole, "secondsLeft");
    names.insert(WaitSecondsRole, "waitSeconds");
    names.insert(QueueRole, "queue");
    return names;
}

void OfferModel::setOffers(const QList<OfferInfo> &offers)
{
    beginResetModel();
    m_offers = offers;
    endResetModel();
}

void OfferModel::addOffer(const OfferInfo &offer)
{
    const int row = rowOf(offer.conversationId);
    if (row >= 0) {
        m_offers[row] = offer;
        emit dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, int(m_offers.size()), int(m_offers.size()));
    m_offers.append(offer);
    endInsertRows();
}

bool OfferModel::removeOffer(const QString &conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_offers.removeAt(row);
    endRemoveRows();
    return true;
}

std::optional<OfferInfo> OfferModel::offer(const QString &conversationId) const
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return std::nullopt;
    return m_offers.at(row);
}

QString OfferModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_offers.size() ? m_offers.at(row).conversationId : QString();
}

int OfferModel::rowOf(const QString &conversationId) const
{
    for (int i = 0; i < m_offers.size(); ++i)
        if (m_offers.at(i).conversationId == conversationId)
            return i;
    return -1;
}

} // namespace handoff
