#include "desk/ArrowKeysToView.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace handoff {

ArrowKeysToView::ArrowKeysToView(QLineEdit *field, QAbstractItemView *view)
    : QObject(field)
    , m_view(view)
{
    field->installEventFilter(this);
}

bool ArrowKeysToView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_view, &copy);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace handoff
