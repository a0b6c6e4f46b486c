// Notifications through the desktop's notification server (freedesktop.org Desktop Notifications,
// org.freedesktop.Notifications on the D-Bus session bus), with buttons: an offer's notification has
// Accept and Decline, and the notification goes away when the offer does. Each notification belongs to
// a key (the conversation it is about), so the rest of the desk never sees the server's numbers.
// Without a notification server on the bus (or without D-Bus) isAvailable() is false and OfferNotifier
// uses the tray icon's messages instead.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace handoff {

class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kService = "org.freedesktop.Notifications";
    static constexpr auto kPath = "/org/freedesktop/Notifications";

    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // A notification server runs on the session bus (or can be started by it). Follows servers that
    // start or stop while the desk runs.
    bool isAvailable() const { return m_available; }

    // actions: pairs of key and label, as the specification has them ("accept", "Accept", …); the key
    // "default" is a click on the notification itself. timeoutMs: -1 the server's choice, 0 never.
    // A second show() for the same key replaces the first notification. Asynchronous: failed() tells
    // when the server refused it.
    void show(const QString &key, const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeoutMs);
    void close(const QString &key); // nothing happens when none is shown for the key
    bool isShown(const QString &key) const;
    QStringList shownKeys() const;

signals:
    void actionInvoked(const QString &key, const QString &action);
    void closed(const QString &key); // dismissed by the user, expired, or closed by close()
    void failed(const QString &key, const QString &error);

private slots:
    // Connected by name to the server's D-Bus signals.
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void setAvailable(bool available);
    QString keyOf(uint id) const;

    bool m_available = false;
    QHash<QString, uint> m_ids;   // key → the server's id, once Notify answered
    QSet<QString> m_pending;      // keys whose Notify has not answered yet
    QSet<QString> m_closeWhenShown; // closed before Notify answered
};

} // namespace handoff
