// One table of the supervisor board: uniform rows, sortable headers, whole-row selection, and the
// context menu offered from the mouse and from the keyboard (Menu key, Shift+F10) at the current row.
// Conversation rows can be dragged; agent and queue rows take them.
#pragma once

#include <QTableView>

namespace handoff {

class BoardView : public QTableView
{
    Q_OBJECT
public:
    explicit BoardView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

signals:
    // The context menu is wanted for `index` (valid) at `globalPos`.
    void menuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *e) override;
    void startDrag(Qt::DropActions supportedActions) override;
};

} // namespace handoff
