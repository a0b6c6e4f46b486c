#pragma once
// Text from visitors, bots and everyone else the desk does not control, on its way to the screen.
//
// Qt decides by itself whether a tool tip (and a QLabel, QMessageBox or QInputDialog label left at
// Qt::AutoText) is rich text: Qt::mightBeRichText() looks for something like an HTML tag or "&lt;".
// A visitor who types "<img src=x>" or "<a href=…>" would then have it rendered, not shown. The rule
// in the desk: visitor and bot text always reaches the screen as plain text. Labels and message boxes
// get Qt::PlainText; views paint DisplayRole as plain text anyway; what Qt guesses the format of
// (tool tips, notifications) goes through the functions below. Header-only and QtCore-only, so
// handoff_client stays free of QtGui.
#include <QString>

namespace handoff {

// True when Qt could take the text for markup (a superset of Qt::mightBeRichText(): that needs a '<'
// or an "&lt;"). Text without either is shown as plain text wherever Qt guesses the format.
inline bool mightLookLikeMarkup(const QString &text)
{
    return text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('&'));
}

// A tool tip that shows exactly the characters of `text`. Ordinary text is returned unchanged (so it
// looks as it always did); text that could pass for markup is escaped and wrapped in a paragraph
// that keeps its line breaks and spaces, so Qt renders the escaped text, that is the literal
// characters. Empty stays empty (no tool tip). For tool tips put together from several parts, pass
// the whole tool tip.
inline QString plainToolTip(const QString &text)
{
    if (!mightLookLikeMarkup(text))
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

// The body of a desktop notification (QSystemTrayIcon::showMessage). On Linux and the BSDs the
// notification server (freedesktop Desktop Notifications over D-Bus) reads the body as markup, so
// '&', '<' and '>' are escaped there; Windows and macOS show the body as plain text, so it is left
// alone.
inline QString plainNotification(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!mightLookLikeMarkup(text) && !text.contains(QLatin1Char('>')))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
#else
    return text;
#endif
}

} // namespace handoff
