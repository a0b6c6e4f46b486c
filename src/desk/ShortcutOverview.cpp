#include "desk/ShortcutOverview.h"

#include "desk/ArrowKeysToView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace handoff {

namespace {

constexpr int kActionRole = Qt::UserRole + 1; // row into m_actions

// "&Next chat" -> "Next chat"; "&&" stays one ampersand.
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace

ShortcutOverview::ShortcutOverview(QWidget *window, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
    , m_model(new QStandardItemModel(0, 3, this))
    , m_filtered(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("shortcutOverview"));
    setWindowTitle(mode == Mode::Palette ? tr("Find an action") : tr("Keyboard shortcuts"));
    resize(560, 520);
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    collect(window);

    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Part of an action's name or its keys, e.g. chat or Ctrl+J"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find an action"));
    m_filter->setAccessibleDescription(tr("Up and Down choose an action, Enter runs it."));
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("shortcutView"));
    m_view->setModel(m_filtered);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_hint->setObjectName(QStringLiteral("shortcutHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Enter runs the chosen action. Besides these: Enter sends and Shift+Enter starts a new "
                       "line in the message; Alt and an underlined letter go to that field or button."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    new ArrowKeysToView(m_filter, m_view);

    auto *layout = new QVBoxLayout(this);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_filter, 1);
    layout->addLayout(findRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text.trimmed());
        selectFirstRunnable();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &ShortcutOverview::runCurrent);
    connect(m_view, &QTreeView::activated, this, &ShortcutOverview::runCurrent);
    selectFirstRunnable();
    m_filter->setFocus();
}

QString ShortcutOverview::keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void ShortcutOverview::collect(QWidget *window)
{
    QSet<QAction *> seen;
    // The menus first, in their order, with the menu's name; submenus under their own name.
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            seen.insert(a);
            if (a->menu())
                walk(a->menu());
            else if (!a->isSeparator() && a->isVisible())
                addRow(a, withoutMnemonic(menu->title()));
        }
    };
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *top : main->menuBar()->actions())
            if (top->menu() && top->isVisible())
                walk(top->menu());
    // Then every other action with a key: the window's own and those of a list or a panel.
    for (QAction *a : window->findChildren<QAction *>()) {
        if (seen.contains(a) || a->isSeparator() || a->menu() || a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QString where = tr("Window");
        for (QObject *o : a->associatedObjects())
            if (auto *w = qobject_cast<QWidget *>(o); w && w != window && !w->accessibleName().isEmpty())
                where = w->accessibleName();
        addRow(a, where);
    }
}

void ShortcutOverview::addRow(QAction *action, const QString &where)
{
    const QString name = withoutMnemonic(action->text());
    auto *nameItem = new QStandardItem(action->isEnabled() ? name : tr("%1 (not possible now)").arg(name));
    nameItem->setData(int(m_actions.size()), kActionRole);
    const QString keys = keysText(action);
    auto *keysItem = new QStandardItem(keys);
    auto *whereItem = new QStandardItem(where);
    // What a screen reader says for the row: "Next chat waiting for a reply, Ctrl+J, in Chat".
    const QString spoken = keys.isEmpty() ? tr("%1, no key, in %2").arg(nameItem->text(), where)
                                          : tr("%1, %2, in %3").arg(nameItem->text(), keys, where);
    for (QStandardItem *item : {nameItem, keysItem, whereItem}) {
        item->setData(spoken, Qt::AccessibleTextRole);
        item->setEnabled(action->isEnabled());
        item->setEditable(false);
    }
    m_model->appendRow({nameItem, keysItem, whereItem});
    m_actions.append(action);
}

void ShortcutOverview::selectFirstRunnable()
{
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex i = m_filtered->index(row, 0);
        if (i.flags() & Qt::ItemIsEnabled) {
            m_view->setCurrentIndex(i);
            return;
        }
    }
    m_view->setCurrentIndex({});
}

void ShortcutOverview::runCurrent()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (!current.isValid() || !(current.flags() & Qt::ItemIsEnabled))
        return;
    QPointer<QAction> action = m_actions.value(current.data(kActionRole).toInt());
    if (!action)
        return;
    accept();
    // After the dialog is gone, so an action that opens a dialog of its own or moves the focus finds
    // the window as the keys would.
    QTimer::singleShot(0, action.data(), [action] {
        if (action && action->isEnabled())
            action->trigger();
    });
}

} // namespace handoff
