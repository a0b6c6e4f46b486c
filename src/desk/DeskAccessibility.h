// What a screen reader needs from the main window: names and descriptions for its views and
// controls, and announcements of what changes without the agent moving focus — a new line in the
// open chat, a new offer, a notice in the status bar, her status (also when the router sets Away)
// and the connection. See docs/desk.md, "Accessibility".
//
// Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent came in 6.8) and its AT-SPI bridge
// drops QAccessible::Alert. An announcement is therefore the name of a small "live region" widget
// with the Notification role: its name changes (NameChanged → AT-SPI accessible-name property change)
// and it reports being shown again (ObjectShow → state-changed:showing), which Orca speaks for a
// notification at once, wherever the focus is.
#pragma once

#include <QObject>
#include <functional>
#include <QWidget>

class QMainWindow;

namespace handoff {

class DeskSession;
struct ChatMessage;
struct OfferInfo;

// The announcer: occupies no space and takes no focus; only assistive technology sees it.
class LiveRegion : public QWidget
{
    Q_OBJECT
public:
    explicit LiveRegion(QWidget *parent = nullptr);
    // Makes the text its accessible name and sends NameChanged and ObjectShow.
    void announce(const QString &text);
    QString text() const { return m_text; }

private:
    QString m_text;
};

class DeskAccessibility : public QObject
{
    Q_OBJECT
public:
    // Names the window's controls and announces what the session reports. `connectionText` says
    // the connection state in words (MainWindow::connectionText()).
    DeskAccessibility(QMainWindow *window, DeskSession *session, std::function<QString()> connectionText);

    LiveRegion *liveRegion() const { return m_live; }
    void announce(const QString &text);

    // Names and descriptions for the main window's views and controls (again after the supervisor
    // board was added or removed).
    void nameMainWindow();

private:
    void onMessage(const ChatMessage &m);
    void onOffer(const OfferInfo &offer);
    void onPresence();
    void onConnection();

    QMainWindow *m_window;
    DeskSession *m_session;
    std::function<QString()> m_connectionText;
    LiveRegion *m_live;
    int m_lastPresence = -1;
    int m_lastConnection = -1;
};

} // namespace handoff
