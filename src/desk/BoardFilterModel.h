// Sorting, the filter box and drag and drop for one table of the supervisor board. Sorts by the board
// models' BoardSortRole (numbers and times as numbers), filters on every column, and carries
// conversations by id: a conversations table hands out their ids as drag data, an agents or queues
// table takes them and reports which conversation was dropped on which agent or queue.
#pragma once

#include <QSortFilterProxyModel>

namespace handoff {

class BoardFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind { Queues, Agents, Conversations, Other };
    static const QString ConversationMimeType; // newline-separated conversation ids, UTF-8

    explicit BoardFilterModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString idAt(const QModelIndex &proxyIndex) const; // the row's BoardIdRole
    QModelIndex indexOfId(const QString &id, int column = 0) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QStringList conversationIdsIn(const QMimeData *data);

signals:
    // A conversation row was dropped on the row of agent or queue `targetId`.
    void conversationDropped(const QString &conversationId, const QString &targetId);

private:
    QModelIndex dropTarget(int row, const QModelIndex &parent) const;

    Kind m_kind;
};

} // namespace handoff
