#include "desk/BoardView.h"

#include "desk/BoardFilterModel.h"

#include <QContextMenuEvent>
#include <QHeaderView>

namespace handoff {

BoardView::BoardView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so hundreds of updates a second stay cheap.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    setDragDropOverwriteMode(true); // a drop lands on a row, not between rows
    setDropIndicatorShown(true);
}

void BoardView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const auto *board = qobject_cast<BoardFilterModel *>(model);
    const auto kind = board ? board->kind() : BoardFilterModel::Kind::Other;
    setDragEnabled(kind == BoardFilterModel::Kind::Conversations);
    setAcceptDrops(kind == BoardFilterModel::Kind::Agents || kind == BoardFilterModel::Kind::Queues);
    setDragDropMode(kind == BoardFilterModel::Kind::Conversations ? DragOnly
                    : acceptDrops()                                ? DropOnly
                                                                   : NoDragDrop);
    setDefaultDropAction(Qt::CopyAction);
}

void BoardView::contextMenuEvent(QContextMenuEvent *e)
{
    QModelIndex index;
    QPoint pos = e->globalPos();
    if (e->reason() == QContextMenuEvent::Mouse) {
        index = indexAt(viewport()->mapFromGlobal(e->globalPos()));
        if (index.isValid())
            setCurrentIndex(index);
    } else {
        index = currentIndex();
        if (index.isValid())
            pos = viewport()->mapToGlobal(visualRect(index).bottomLeft());
    }
    if (index.isValid())
        emit menuRequested(index, pos);
    e->accept();
}

void BoardView::startDrag(Qt::DropActions supportedActions)
{
    // Conversations are copied by id: the row must stay where it is until the router moves the chat.
    QTableView::startDrag(supportedActions & Qt::CopyAction);
}

} // namespace handoff
