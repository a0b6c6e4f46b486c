#include "store/StoreNotifier.h"

#include "store/PostgresStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>

namespace handoff::store {

StoreNotifier::StoreNotifier(QObject *parent)
    : QObject(parent)
{ }

StoreNotifier::~StoreNotifier()
{
    stop();
}

bool StoreNotifier::start(const QString &connection, QString *error)
{
    stop();
    auto store = std::make_unique<PostgresStore>(connection);
    if (!store->open(error))
        return false;
    QSqlDriver *driver = store->database().driver();
    if (!driver || !driver->subscribeToNotification(PostgresStore::notifyChannel())) {
        if (error)
            *error = QCoreApplication::translate("StoreNotifier", "cannot listen for changes on %1: %2")
                         .arg(store->description(), driver ? driver->lastError().text() : QString());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &StoreNotifier::onNotification);
    m_connection = std::move(store);
    return true;
}

void StoreNotifier::stop()
{
    if (!m_connection)
        return;
    if (QSqlDriver *driver = m_connection->database().driver()) {
        disconnect(driver, nullptr, this, nullptr);
        driver->unsubscribeFromNotification(PostgresStore::notifyChannel());
    }
    m_connection.reset();
}

bool StoreNotifier::isListening() const
{
    return m_connection != nullptr;
}

void StoreNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != PostgresStore::notifyChannel())
        return;
    const QJsonObject event = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    // One database may hold several installations in separate schemas; the channel is database-wide.
    if (event.value(QStringLiteral("schema")).toString() != m_connection->schema())
        return;
    if (event.value(QStringLiteral("origin")).toString() == PostgresStore::originTag())
        return;
    const QString conversationId = event.value(QStringLiteral("conversationId")).toString();
    const QString detail = event.value(QStringLiteral("detail")).toString();
    const QString kind = event.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("message"))
        Q_EMIT messageStored(conversationId, detail);
    else if (kind == QLatin1String("conversation"))
        Q_EMIT conversationChanged(conversationId, detail);
    else
        Q_EMIT routerEvent(kind, conversationId, event);
}

} // namespace handoff::store
