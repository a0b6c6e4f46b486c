// The supervisor board's agents and supervisors: presence, load against capacity, current chats and
// time in the present state.
#pragma once

#include "client/KeyedTableModel.h"

namespace handoff {

class BoardAgentModel : public KeyedTableModel<BoardAgent>
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PresenceColumn, LoadColumn, ChatsColumn, TimeInStateColumn, ColumnCount };

    explicit BoardAgentModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const BoardAgent *agent(const QString &id) const { return find(id); }
    static QString presenceText(Presence p);

protected:
    int columns() const override { return ColumnCount; }
    QVariant cell(const BoardAgent &a, int column, int role) const override;
    QList<int> clockColumns() const override { return { TimeInStateColumn }; }
};

} // namespace handoff
