// Alt+letter must do one thing per window: the letters of the menu bar, the visible buttons and check
// boxes and the labels with a buddy share one keyboard, and a letter used twice makes Alt+letter cycle
// between them instead of doing what it says. Used on the main window and on every dialog, in English
// and with the German translation loaded (DeskInGerman).
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMap>
#include <QMenuBar>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QWidget>

namespace handoff::test {

// The letter after the first single '&' ("&&" is a literal ampersand), lower-cased; null when none.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// "Alt+x: a, b" for every letter that more than one of `texts` uses.
inline QStringList clashesAmong(const QMap<QChar, QStringList> &users)
{
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return clashes;
}

// "Alt+t: button &Transfer, label &To…" for every letter used more than once in `window`; for a main
// window also the letters used twice inside one of its menus ("&Chat menu: Alt+w: …"), which an open
// menu shares the same way.
inline QStringList mnemonicClashes(QWidget *window)
{
    QMap<QChar, QStringList> users;
    QStringList menuClashes;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions()) {
            if (const QChar c = mnemonicOf(a->text()); !c.isNull())
                users[c] << QStringLiteral("menu ") + a->text();
            if (QMenu *menu = a->menu()) {
                QMap<QChar, QStringList> items;
                for (QAction *item : menu->actions())
                    if (!item->isSeparator())
                        if (const QChar c = mnemonicOf(item->text()); !c.isNull())
                            items[c] << item->text();
                for (const QString &clash : clashesAmong(items))
                    menuClashes << a->text() + QStringLiteral(" menu: ") + clash;
            }
        }
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(window))
            if (const QChar c = mnemonicOf(b->text()); !c.isNull())
                users[c] << QStringLiteral("button ") + b->text();
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->buddy() && l->isVisibleTo(window))
            if (const QChar c = mnemonicOf(l->text()); !c.isNull())
                users[c] << QStringLiteral("label ") + l->text();
    return menuClashes + clashesAmong(users);
}

// The desk's German translation for as long as this lives. HANDOFF_QM_DIR is where the build put the .qm.
class DeskInGerman
{
public:
    DeskInGerman()
    {
        m_loaded = m_translator.load(QStringLiteral(HANDOFF_QM_DIR "/handoff-desk_de.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~DeskInGerman()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace handoff::test
