#include "client/ColleagueModel.h"

#include "client/PlainText.h"

#include <algorithm>

namespace handoff {

namespace {

// Sort rank: who can take a chat now first, then those who will later (full), then away and offline.
int rank(const BoardAgent &a)
{
    if (ColleagueModel::canTakeChat(a))
        return 0;
    if (a.presence == Presence::Busy || (a.presence == Presence::Available && a.load >= a.capacity))
        return 1;
    return a.presence == Presence::Away ? 2 : 3;
}

} // namespace

ColleagueModel::ColleagueModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ColleagueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

bool ColleagueModel::canTakeChat(const BoardAgent &a)
{
    return a.presence == Presence::Available && (a.capacity <= 0 || a.load < a.capacity);
}

bool ColleagueModel::canBeChosen(const BoardAgent &a) const
{
    return m_purpose == Purpose::Consult ? a.presence != Presence::Offline : canTakeChat(a);
}

QString ColleagueModel::unavailableReason(const BoardAgent &a)
{
    switch (a.presence) {
    case Presence::Offline:
        return tr("offline");
    case Presence::Away:
        return tr("away");
    case Presence::Busy:
    case Presence::Available:
        break;
    }
    return canTakeChat(a) ? QString() : tr("no free chat");
}

QString ColleagueModel::queueList(const BoardAgent &a) const
{
    QStringList names;
    for (const QString &id : a.queues)
        names.append(m_queueNames.value(id, id));
    return names.join(QStringLiteral(", "));
}

QString ColleagueModel::describe(const BoardAgent &a) const
{
    const QString who = a.name == a.id ? a.id : tr("%1 (%2)").arg(a.name, a.id);
    const QString chats = tr("%1 of %2 chats").arg(a.load).arg(a.capacity);
    if (m_purpose == Purpose::Consult) {
        if (a.presence == Presence::Offline)
            return tr("%1 — cannot be chosen: %2").arg(who, unavailableReason(a));
        const QString status = a.presence == Presence::Away ? tr("away") : tr("signed in");
        return a.role == Role::Supervisor ? tr("%1 — supervisor, %2").arg(who, status)
                                          : tr("%1 — %2, %3").arg(who, status, chats);
    }
    if (canTakeChat(a))
        return tr("%1 — available, %2").arg(who, chats);
    if (a.presence == Presence::Busy || a.presence == Presence::Available)
        return tr("%1 — cannot be chosen: %2, %3").arg(who, unavailableReason(a), chats);
    return tr("%1 — cannot be chosen: %2").arg(who, unavailableReason(a));
}

QVariant ColleagueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agents.size())
        return {};
    const BoardAgent &a = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return describe(a);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const QString queues = queueList(a);
        const QString text = queues.isEmpty() ? describe(a) : tr("%1; serves %2").arg(describe(a), queues);
        return role == Qt::ToolTipRole ? QVariant(plainToolTip(text)) : QVariant(text);
    }
    case IdRole:
        return a.id;
    case CanTakeChatRole:
        return canBeChosen(a);
    case SearchRole:
        return a.name + QLatin1Char(' ') + a.id;
    default:
        return {};
    }
}

Qt::ItemFlags ColleagueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_agents.size())
        return Qt::NoItemFlags;
    // Not enabled: the view greys the row and neither a click nor the arrow keys choose it.
    return canBeChosen(m_agents.at(index.row())) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                                 : Qt::ItemNeverHasChildren;
}

void ColleagueModel::setColleagues(const QList<BoardAgent> &agents, const QString &selfId)
{
    beginResetModel();
    m_selfId = selfId;
    m_agents.clear();
    for (const BoardAgent &a : agents)
        if ((a.role == Role::Agent || m_purpose == Purpose::Consult) && a.id != selfId)
            m_agents.append(a);
    std::stable_sort(m_agents.begin(), m_agents.end(), [this](const BoardAgent &x, const BoardAgent &y) {
        if (canBeChosen(x) != canBeChosen(y))
            return canBeChosen(x);
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        if (rank(x) == 0 && x.load != y.load)
            return x.load < y.load;
        return QString::localeAwareCompare(x.name, y.name) < 0;
    });
    endResetModel();
}

void ColleagueModel::updateColleagues(const QList<BoardAgent> &changed)
{
    QList<BoardAgent> merged = m_agents;
    for (const BoardAgent &a : changed) {
        const int row = rowOf(a.id);
        if (row >= 0)
            merged[row] = a;
        else
            merged.append(a);
    }
    setColleagues(merged, m_selfId);
}

int ColleagueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_agents.size(); ++i)
        if (m_agents.at(i).id == id)
            return i;
    return -1;
}

} // namespace handoff
