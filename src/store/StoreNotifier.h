// Change events between routers sharing one PostgreSQL database: PostgresStore sends a NOTIFY after
// each stored message and each conversation write; a StoreNotifier LISTENs on its own connection and
// turns what other processes sent into signals. Events are hints to re-read the store, not data.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSqlDriver>
#include <memory>

namespace handoff::store {

class PostgresStore;

class StoreNotifier : public QObject
{
    Q_OBJECT
public:
    explicit StoreNotifier(QObject *parent = nullptr);
    ~StoreNotifier() override;

    // Connects (same connection forms as PostgresStore) and starts listening; *error says why not.
    bool start(const QString &connection, QString *error);
    void stop();
    bool isListening() const;

Q_SIGNALS:
    // Only for changes made by other processes; this process knows its own.
    void messageStored(const QString &conversationId, const QString &messageId);
    void conversationChanged(const QString &conversationId, const QString &state);
    // Any other kind (events between routers), with the whole payload.
    void routerEvent(const QString &kind, const QString &conversationId, const QJsonObject &payload);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    std::unique_ptr<PostgresStore> m_connection;
};

} // namespace handoff::store
