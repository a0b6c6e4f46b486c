// The colleagues a chat can be transferred to (the router's `agents.list`): each with presence and load,
// those who cannot take a chat now (offline, away, full) kept in the list but not selectable, with the
// reason in their text. Supervisors and the agent herself are left out: the router transfers to agents.
// For a consult the list is of everyone signed in, supervisors too: only offline colleagues cannot be chosen.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractListModel>
#include <QHash>

namespace handoff {

class ColleagueModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum ColleagueRole {
        IdRole = Qt::UserRole + 1,
        CanTakeChatRole, // bool
        SearchRole, // display name and user name, for a type-to-filter proxy
    };

    enum class Purpose {
        Transfer, // agents who can take a chat now
        Consult, // agents and supervisors who are signed in (docs/protocol.md, consult.invite)
    };

    explicit ColleagueModel(QObject *parent = nullptr);
    void setPurpose(Purpose purpose) { m_purpose = purpose; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Those who can take a chat first (the least busy first), then full, away and offline ones; by name.
    void setColleagues(const QList<BoardAgent> &agents, const QString &selfId);
    // The router's `agents.changed`: those listed replace (or join) the ones known; sorted again.
    void updateColleagues(const QList<BoardAgent> &changed);
    // Queue ids -> names, for "serves General, Billing".
    void setQueueNames(const QHash<QString, QString> &names) { m_queueNames = names; }
    const QList<BoardAgent> &colleagues() const { return m_agents; }
    int rowOf(const QString &id) const;

    static bool canTakeChat(const BoardAgent &a);
    // Whether the colleague can be chosen for this model's purpose.
    bool canBeChosen(const BoardAgent &a) const;
    // Empty when the agent can take a chat; otherwise why not, e.g. "offline".
    static QString unavailableReason(const BoardAgent &a);

private:
    QString describe(const BoardAgent &a) const;
    QString queueList(const BoardAgent &a) const;

    QList<BoardAgent> m_agents;
    QString m_selfId;
    Purpose m_purpose = Purpose::Transfer;
    QHash<QString, QString> m_queueNames;
};

} // namespace handoff
