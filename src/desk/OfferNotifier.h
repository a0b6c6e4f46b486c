// Makes a new offer impossible to miss: tray icon message (desktop notification), a sound, and the
// window asking for attention. Reliable when the desk is minimised or behind other windows.
#pragma once

#include "client/DeskTypes.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace handoff {

class OfferNotifier : public QObject
{
    Q_OBJECT
public:
    explicit OfferNotifier(QWidget *window);

    void setSoundEnabled(bool on) { m_sound = on; }
    void setDesktopNotificationsEnabled(bool on) { m_notify = on; }
    void notifyOffer(const OfferInfo &offer);
    void setUnread(int unread); // tray tooltip

    int notificationsShown() const { return m_shown; }
    QString lastNotification() const { return m_last; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    void activated(); // the agent clicked the tray icon or the notification

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_sound = true;
    bool m_notify = true;
    int m_shown = 0;
    QString m_last;
};

} // namespace handoff
