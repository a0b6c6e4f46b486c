// The Store on PostgreSQL (Qt's QPSQL driver), for several routers sharing one database. Every statement
// runs in autocommit, so a write is committed before the call returns; migrations run in one transaction
// under an advisory lock, so routers starting together migrate once. Timestamps are timestamptz. The
// statements are SqlStore's; this class parses the connection, sets up the session (search path), keeps
// the schema version in a table, reconnects after a lost connection and announces every stored
// conversation and message with NOTIFY.
#pragma once

#include "store/SqlStore.h"

namespace handoff::store {

class PostgresStore final : public SqlStore
{
public:
    // connection: a URL ("postgres://user:password@host:port/dbname?schema=NAME&sslmode=require") or a
    // libpq keyword string ("host=H port=P user=U dbname=D schema=NAME"). "schema" puts every table into
    // that schema (created when missing) instead of the user's default search path.
    explicit PostgresStore(const QString &connection);

    static int latestSchemaVersion();
    // True when the text is a PostgreSQL URL or a libpq keyword string rather than a file path.
    static bool looksLikeConnection(const QString &text);

    // Where this store points, without the password: "PostgreSQL user@host:port/dbname (schema S)".
    QString description() const;
    QString schema() const { return m_schema; }
    // The open connection, for StoreNotifier's LISTEN.
    QSqlDatabase database() const { return m_db; }
    // The channel every store writes its change events to (NOTIFY), and this process's origin tag in them.
    static QString notifyChannel();
    // Sends `payload` (with this store's schema and this process's origin added) on notifyChannel() when the
    // transaction commits; a payload over NOTIFY's 8,000 bytes is not sent. False when the statement failed.
    bool publish(QJsonObject payload) const;
    static QString originTag();

    int schemaVersion() const override;

private:
    bool parseConnection(const QString &connection);
    bool openConnection(QString *error) override;
    QString location() const override { return description(); }
    bool prepareMigration(QString *error) override;
    bool reconnectIfLost() const override;
    void announce(const QString &kind, const QString &conversationId, const QString &detail) const override;
    const char *insertMessageAnnouncing() const override;
    QString payloadText(QJsonObject payload) const; // the JSON text, schema and origin added
    std::pair<QString, QString> announcement(const QString &kind, const QString &conversationId,
                                             const QString &detail) const override;
    bool prepareSession(QString *error) const; // search path and log level of a new connection

    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_dbName;
    QString m_schema;
    QStringList m_options; // further libpq keywords (sslmode, connect_timeout, ...)
    QString m_parseError;
};

} // namespace handoff::store
