// A search field above a list: Up, Down, Page Up and Page Down typed in the field move the list's
// current row instead, so typing a few letters and choosing needs no Tab (transfer picker, shortcuts).
#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace handoff {

class ArrowKeysToView : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `field`; lives as long as the field.
    ArrowKeysToView(QLineEdit *field, QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};

} // namespace handoff
