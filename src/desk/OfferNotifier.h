// Makes a new offer impossible to miss: a desktop notification, a short chime (the system bell where no
// audio output works), and the window asking for attention. Reliable when the desk is minimised or
// behind other windows. Where a notification server runs on the D-Bus session bus (every Linux desktop)
// the offer's notification has Accept and Decline buttons and disappears when the offer ends (taken,
// withdrawn, timed out); elsewhere the tray icon shows a message. A message a visitor left gets a quiet
// notification.
// The tray icon, the chime and the link to the notification server are set up by setUp(), which the main
// window calls after its first paint (asking for the tray and loading the chime cost several ms), or by
// the first notice, whichever is first.
#pragma once

#include "client/DeskTypes.h"
#include "client/OfflineMessageModel.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QStringList>

class QSystemTrayIcon;
class QWidget;

namespace handoff {

class DesktopNotifications;

class OfferNotifier : public QObject
{
    Q_OBJECT
public:
    explicit OfferNotifier(QWidget *window);

    void setUp(); // once; later calls do nothing
    bool isSetUp() const { return m_setUp; }

    void setSoundEnabled(bool on) { m_sound = on; }
    bool soundEnabled() const { return m_sound; }
    // The chime's QSoundEffect, made by the module handoff-desk-chime (loaded on first use, see
    // src/desk/CMakeLists.txt); nullptr in a build without QtMultimedia or when the module is missing.
    static QObject *newChime(QObject *parent);
    // True when the bundled chime can be played (QtMultimedia built in and an audio output works).
    bool hasChime() const;
    int soundsPlayed() const { return m_sounded; } // offers that were sounded (chime or bell)
    void setDesktopNotificationsEnabled(bool on) { m_notify = on; }
    void notifyOffer(const OfferInfo &offer);
    // The offer is no longer this desk's to take: its notification goes away.
    void offerEnded(const QString &conversationId);
    // After the offers were replaced as a whole (a snapshot): closes the notifications of the others.
    void keepOffers(const QStringList &conversationIds);
    void notifyOfflineMessage(const handoff::OfflineMessage &message); // no sound: it can wait
    // A colleague asks me about their chat: like an offer (Accept, Decline, sound) until it ends.
    void notifyConsult(const handoff::ConsultInfo &consult);
    void consultEnded(const QString &conversationId); // answered, withdrawn or lapsed: its notification goes
    void setUnread(int unread); // tray tooltip
    // Something about the agent's own status they must not miss (set Away by the router); no sound.
    void notifyStatus(const QString &title, const QString &text);

    int notificationsShown() const { return m_shown; }
    // The body of the last notification as handed to the tray (visitor text escaped where the
    // platform's notification server reads markup: see plainNotification()).
    QString lastNotification() const { return m_last; }
    QSystemTrayIcon *trayIcon() const { return m_tray; } // null until setUp(), or without a system tray
    // True when notifications go to the desktop's notification server (with buttons), not the tray.
    bool usesDesktopNotifications() const;

signals:
    void activated(); // the agent clicked the tray icon or the notification
    void acceptRequested(const QString &conversationId); // Accept on an offer's notification
    void declineRequested(const QString &conversationId); // Decline on an offer's notification
    void consultAcceptRequested(const QString &conversationId); // Accept on a consult invitation's notification
    void consultDeclineRequested(const QString &conversationId);

private:
    QString trayToolTip() const;
    void ringAndAlert(); // the chime (when sound is on) and the window's attention request
    // Through the notification server when one runs, else as a tray message. key: what it is about.
    void show(const QString &key, const QString &title, const QString &text, const QStringList &actions,
        int urgency, int trayIcon, int trayTimeoutMs);
    void onAction(const QString &key, const QString &action);

    QWidget *m_window;
    bool m_setUp = false;
    int m_unread = 0;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    QHash<QString, QPair<QString, QString>> m_fallback; // key → title and text, for a tray message if refused
    bool m_sound = true;
    bool m_notify = true;
    QObject *m_chime = nullptr; // a QSoundEffect from the chime module
    int m_shown = 0;
    int m_sounded = 0;
    QString m_last;
};

} // namespace handoff
