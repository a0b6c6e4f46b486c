#include "desk/DesktopNotifications.h"

#ifdef HANDOFF_DESK_HAS_DBUS
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#endif

namespace handoff {

#ifdef HANDOFF_DESK_HAS_DBUS

namespace {

const QString kInterface = QString::fromLatin1(DesktopNotifications::kService);

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(DesktopNotifications::kService),
        QString::fromLatin1(DesktopNotifications::kPath), kInterface, method);
}

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    const QString service = QString::fromLatin1(kService);
    bus.connect(service, QString::fromLatin1(kPath), kInterface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint,QString)));
    bus.connect(service, QString::fromLatin1(kPath), kInterface, QStringLiteral("NotificationClosed"), this,
        SLOT(onNotificationClosed(uint,uint)));
    // A server that starts or goes away later (a desktop session restarting its shell) is followed.
    auto *watcher = new QDBusServiceWatcher(service, bus,
        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] { setAvailable(true); });
    connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] { setAvailable(false); });
    // Once, at start: running now, or started by the bus on the first Notify (most desktops' servers).
    QDBusConnectionInterface *daemon = bus.interface();
    const bool running = daemon && daemon->isServiceRegistered(service).value();
    const bool activatable = daemon && daemon->activatableServiceNames().value().contains(service);
    setAvailable(running || activatable);
}

DesktopNotifications::~DesktopNotifications()
{
    // Offers this desk can no longer accept must not stay on screen with an Accept button.
    for (const QString &key : shownKeys())
        close(key);
}

void DesktopNotifications::setAvailable(bool available)
{
    m_available = available;
    if (!available) {
        // A server that went away took its notifications with it.
        m_ids.clear();
        m_pending.clear();
        m_closeWhenShown.clear();
    }
}

void DesktopNotifications::show(const QString &key, const QString &summary, const QString &body,
    const QStringList &actions, const QVariantMap &hints, int timeoutMs)
{
    QDBusMessage m = call(QStringLiteral("Notify"));
    m << QCoreApplication::applicationName() << m_ids.value(key, 0u) << QStringLiteral("handoff-desk") << summary
      << body << actions << hints << timeoutMs;
    m_pending.insert(key);
    m_closeWhenShown.remove(key);
    auto *watch = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(m), this);
    connect(watch, &QDBusPendingCallWatcher::finished, this, [this, watch, key] {
        watch->deleteLater();
        const QDBusPendingReply<uint> reply = *watch;
        m_pending.remove(key);
        if (reply.isError()) {
            emit failed(key, reply.error().message());
            return;
        }
        m_ids.insert(key, reply.value());
        if (m_closeWhenShown.remove(key))
            close(key);
    });
}

void DesktopNotifications::close(const QString &key)
{
    if (m_pending.contains(key)) {
        m_closeWhenShown.insert(key);
        return;
    }
    const auto it = m_ids.constFind(key);
    if (it == m_ids.constEnd())
        return;
    QDBusMessage m = call(QStringLiteral("CloseNotification"));
    m << *it;
    m_ids.erase(it);
    QDBusConnection::sessionBus().send(m);
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const QString key = keyOf(id);
    if (!key.isEmpty())
        emit actionInvoked(key, action);
}

void DesktopNotifications::onNotificationClosed(uint id, uint /*reason*/)
{
    const QString key = keyOf(id);
    if (key.isEmpty())
        return; // another program's notification, or one this desk closed already
    m_ids.remove(key);
    emit closed(key);
}

#else // no D-Bus: never available, OfferNotifier uses the tray

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{ }
DesktopNotifications::~DesktopNotifications() = default;
void DesktopNotifications::setAvailable(bool) { }
void DesktopNotifications::show(
    const QString &key, const QString &, const QString &, const QStringList &, const QVariantMap &, int)
{
    emit failed(key, QStringLiteral("no D-Bus"));
}
void DesktopNotifications::close(const QString &) { }
void DesktopNotifications::onActionInvoked(uint, const QString &) { }
void DesktopNotifications::onNotificationClosed(uint, uint) { }

#endif

bool DesktopNotifications::isShown(const QString &key) const
{
    return m_ids.contains(key) || (m_pending.contains(key) && !m_closeWhenShown.contains(key));
}

QStringList DesktopNotifications::shownKeys() const
{
    QStringList keys = m_ids.keys();
    for (const QString &k : m_pending) {
        if (!m_ids.contains(k) && !m_closeWhenShown.contains(k))
            keys << k;
    }
    return keys;
}

QString DesktopNotifications::keyOf(uint id) const
{
    for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it) {
        if (it.value() == id)
            return it.key();
    }
    return {};
}

} // namespace handoff
