#include "client/ConsultModel.h"

#include "client/PlainText.h"

#include <algorithm>

namespace handoff {

ConsultModel::ConsultModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                { Qt::DisplayRole, Qt::AccessibleTextRole, SecondsLeftRole });
    });
    m_tick.start();
}

int ConsultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsultModel::secondsLeft(const ConsultInfo &k) const
{
    if (!k.expiresAt.isValid())
        return 0;
    return int(qMax<qint64>(0, (m_now().msecsTo(k.expiresAt) + 999) / 1000));
}

QVariant ConsultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConsultInfo &k = m_consults[m_rows.at(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return accessibleText(index.row());
    case Qt::ToolTipRole:
        return plainToolTip(accessibleText(index.row()));
    case ConversationIdRole:
        return k.conversationId;
    case AgentNameRole:
        return k.agentName;
    case VisitorNameRole:
        return k.conversation.visitorName.isEmpty() ? tr("Visitor") : k.conversation.visitorName;
    case TopicRole:
        return k.conversation.topic.isEmpty() && k.conversation.handoff ? k.conversation.handoff->lastTopic
                                                                         : k.conversation.topic;
    case SecondsLeftRole:
        return secondsLeft(k);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsultModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(AgentNameRole, "agentName");
    names.insert(VisitorNameRole, "visitorName");
    names.insert(TopicRole, "topic");
    names.insert(SecondsLeftRole, "secondsLeft");
    return names;
}

QString ConsultModel::accessibleText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QModelIndex i = index(row);
    const QString topic = i.data(TopicRole).toString();
    const QString who = i.data(AgentNameRole).toString();
    const QString visitor = i.data(VisitorNameRole).toString();
    QString text = topic.isEmpty() ? tr("%1 asks you about %2's chat").arg(who, visitor)
                                   : tr("%1 asks you about %2's chat (%3)").arg(who, visitor, topic);
    const int left = secondsLeft(m_consults[m_rows.at(row)]);
    return left == 1 ? tr("%1, 1 second left to answer").arg(text) : tr("%1, %2 seconds left to answer").arg(text).arg(left);
}

void ConsultModel::setMyUserId(const QString &id)
{
    if (m_me == id)
        return;
    m_me = id;
    rebuildRows();
}

void ConsultModel::setConsults(const QList<ConsultInfo> &consults)
{
    m_consults.clear();
    for (const ConsultInfo &k : consults)
        m_consults.insert(k.conversationId, k);
    rebuildRows();
}

void ConsultModel::upsert(const ConsultInfo &consult)
{
    ConsultInfo k = consult;
    const auto known = m_consults.constFind(k.conversationId);
    if (known != m_consults.cend() && k.conversation.visitorName.isEmpty() && !k.conversation.createdAt.isValid())
        k.conversation = known->conversation;
    m_consults.insert(k.conversationId, k);
    rebuildRows();
}

std::optional<ConsultInfo> ConsultModel::take(const QString &conversationId)
{
    const auto it = m_consults.find(conversationId);
    if (it == m_consults.end())
        return std::nullopt;
    ConsultInfo k = *it;
    m_consults.erase(it);
    rebuildRows();
    return k;
}

std::optional<ConsultInfo> ConsultModel::consult(const QString &conversationId) const
{
    const auto it = m_consults.constFind(conversationId);
    return it == m_consults.cend() ? std::nullopt : std::optional<ConsultInfo>(*it);
}

bool ConsultModel::amConsultant(const QString &conversationId) const
{
    const auto k = consult(conversationId);
    return k && k->active && k->consultantId == m_me;
}

bool ConsultModel::amAgent(const QString &conversationId) const
{
    const auto k = consult(conversationId);
    return k && k->agentId == m_me;
}

QString ConsultModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
}

int ConsultModel::rowOf(const QString &conversationId) const
{
    return int(m_rows.indexOf(conversationId));
}

void ConsultModel::rebuildRows()
{
    QList<ConsultInfo> invitations;
    for (const ConsultInfo &k : std::as_const(m_consults))
        if (isInvitationToMe(k))
            invitations << k;
    // The one lapsing first comes first, as offers do.
    std::sort(invitations.begin(), invitations.end(),
        [](const ConsultInfo &a, const ConsultInfo &b) { return a.expiresAt < b.expiresAt; });
    QStringList rows;
    for (const ConsultInfo &k : invitations)
        rows << k.conversationId;
    if (rows == m_rows) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace handoff
