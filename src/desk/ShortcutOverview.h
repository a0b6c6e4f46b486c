// Every keyboard shortcut of a window, read from its QActions when the dialog opens (so the list is
// never out of date), with a field to find one by name or key. Enter runs the chosen action: the
// same dialog serves as the overview (F1) and as a command palette (Ctrl+Shift+P).
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace handoff {

class ShortcutOverview : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Overview, Palette };

    ShortcutOverview(QWidget *window, Mode mode, QWidget *parent = nullptr);

    // The actions listed, in the order shown before any filter: the menus left to right, then the rest.
    const QList<QPointer<QAction>> &actions() const { return m_actions; }
    QTreeView *view() const { return m_view; }

    // "Ctrl+J" as the platform writes it; several keys joined by ", ".
    static QString keysText(const QAction *action);

private:
    void collect(QWidget *window);
    void addRow(QAction *action, const QString &where);
    void selectFirstRunnable();
    void runCurrent();

    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_hint;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QList<QPointer<QAction>> m_actions;
};

} // namespace handoff
