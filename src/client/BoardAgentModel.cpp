#include "client/BoardAgentModel.h"
#include "client/PlainText.h"

namespace handoff {

BoardAgentModel::BoardAgentModel(QObject *parent)
    : KeyedTableModel<BoardAgent>(parent)
{ }

QString BoardAgentModel::presenceText(Presence p)
{
    switch (p) {
    case Presence::Available:
        return tr("Available");
    case Presence::Busy:
        return tr("Busy");
    case Presence::Away:
        return tr("Away");
    case Presence::Offline:
        break;
    }
    return tr("Offline");
}

QVariant BoardAgentModel::cell(const BoardAgent &a, int column, int role) const
{
    const int inState = a.stateSince.isValid() ? static_cast<int>(std::max<qint64>(0, a.stateSince.secsTo(now()))) : -1;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return a.name;
        case RoleColumn:
            return a.role == Role::Supervisor ? tr("Supervisor") : tr("Agent");
        case PresenceColumn:
            // Supervisors are offered no chats: they are signed in or not, never "available".
            if (a.role == Role::Supervisor)
                return a.presence == Presence::Offline ? presenceText(a.presence) : tr("Signed in");
            return presenceText(a.presence);
        case LoadColumn:
            return a.role == Role::Supervisor ? QString() : tr("%1 / %2").arg(a.load).arg(a.capacity);
        case ChatsColumn:
            return a.conversations.size();
        case TimeInStateColumn:
            return formatBoardDuration(inState);
        }
    } else if (role == BoardSortRole) {
        switch (column) {
        case NameColumn:
            return a.name.toLower();
        case RoleColumn:
            return a.role == Role::Supervisor ? 1 : 0;
        case PresenceColumn:
            return static_cast<int>(a.presence);
        case LoadColumn:
            return a.capacity > 0 ? double(a.load) / a.capacity : 0.0;
        case ChatsColumn:
            return int(a.conversations.size());
        case TimeInStateColumn:
            return inState;
        }
    } else if (role == BoardDropTargetRole) {
        return a.role == Role::Agent;
    } else if (role == Qt::ToolTipRole) {
        if (column == NameColumn)
            return plainToolTip(
                a.skills.isEmpty() ? a.id : tr("%1 — skills: %2").arg(a.id, a.skills.join(QStringLiteral(", "))));
        if (column == PresenceColumn && a.chosen != a.presence)
            return tr("Chose %1").arg(presenceText(a.chosen));
    }
    return {};
}

QVariant BoardAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case PresenceColumn:
        return tr("Presence");
    case LoadColumn:
        return tr("Load");
    case ChatsColumn:
        return tr("Chats");
    case TimeInStateColumn:
        return tr("In state for");
    }
    return {};
}

} // namespace handoff
