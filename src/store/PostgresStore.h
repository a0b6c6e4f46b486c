// The Store on PostgreSQL (Qt's QPSQL driver), for several routers sharing one database. Every statement
// runs in autocommit, so a write is committed before the call returns; migrations run in one transaction
// under an advisory lock, so routers starting together migrate once. Timestamps are timestamptz.
#pragma once

#include "store/Store.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;

namespace handoff::store {

class PostgresStore final : public Store
{
public:
    // connection: a URL ("postgres://user:password@host:port/dbname?schema=NAME&sslmode=require") or a
    // libpq keyword string ("host=H port=P user=U dbname=D schema=NAME"). "schema" puts every table into
    // that schema (created when missing) instead of the user's default search path.
    explicit PostgresStore(const QString &connection);
    ~PostgresStore() override;
    PostgresStore(const PostgresStore &) = delete;
    PostgresStore &operator=(const PostgresStore &) = delete;

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
    static QString originTag();

    bool open(QString *error) override;
    void close() override;
    int schemaVersion() const override;
    QString lastError() const override { return m_lastError; }
    bool beginBatch() override;
    bool commitBatch() override;
    void rollbackBatch() override;

    bool addUser(const UserRecord &user, const QString &password) override;
    bool updateUser(const UserRecord &user) override;
    bool setPassword(const QString &name, const QString &password) override;
    std::optional<UserRecord> user(const QString &name) const override;
    QList<UserRecord> users() const override;
    PasswordCheck checkPassword(const QString &name, const QString &password) override;

    QString issueToken(const QString &userName, int validDays) override;
    std::optional<QString> userForToken(const QString &token) const override;
    bool revokeToken(const QString &token) override;

    QString addApiToken(const QString &name) override;
    std::optional<QString> apiTokenName(const QString &token) const override;

    bool createConversation(const ConversationRecord &c) override;
    bool updateConversation(const ConversationRecord &c) override;
    std::optional<ConversationRecord> conversation(const QString &id) const override;
    std::optional<ConversationRecord> conversationForVisitor(const QString &visitorTokenHash) const override;
    QList<ConversationRecord> openConversations() const override;
    bool deleteConversation(const QString &id) override;

    std::optional<AppendedMessage> appendMessage(const ChatMessage &message) override;
    QList<ChatMessage> messages(const QString &conversationId) const override;

    bool addEscalation(const EscalationRecord &e) override;
    QList<EscalationRecord> escalations(const QDateTime &from, const QDateTime &to) const override;

    qint64 addOfflineMessage(const OfflineMessageRecord &m) override;
    QList<OfflineMessageRecord> offlineMessages(bool includeHandled, const QDateTime &handledSince) const override;
    std::optional<OfflineMessageRecord> offlineMessage(qint64 id) const override;
    bool markOfflineMessageHandled(qint64 id, const QString &by, const QDateTime &at) override;

    qint64 addCannedResponse(const CannedResponseRecord &r) override;
    QList<CannedResponseRecord> cannedResponses(const QString &forUser) const override;

    bool addAudit(const AuditRecord &a) override;
    QList<AuditRecord> audit(int limit) const override;

    bool setDemoOrder(const QString &number, const QString &status) override;
    QList<QPair<QString, QString>> demoOrders() const override;

private:
    bool parseConnection(const QString &connection);
    bool migrate(QString *error);
    bool exec(QSqlQuery &q) const; // records the error; runs it again once on a fresh connection if it was lost
    bool reconnectIfLost() const;
    bool prepareSession(QString *error) const; // search path and log level of a new connection
    bool writeConversation(const ConversationRecord &c, bool insert);
    void notifyChange(const QString &kind, const QString &conversationId, const QString &detail) const;
    QString notifyPayload(const QString &kind, const QString &conversationId, const QString &detail) const;
    // A statement of the message path, prepared once per connection and kept (bind by position).
    std::shared_ptr<QSqlQuery> kept(const QString &sql) const;
    std::optional<ChatMessage> messageByClientId(const ChatMessage &m) const;

    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_dbName;
    QString m_schema;
    QStringList m_options; // further libpq keywords (sslmode, connect_timeout, ...)
    QString m_parseError;
    QString m_connectionName;
    QSqlDatabase m_db;
    mutable QString m_lastError;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_kept; // by SQL text; emptied when the connection goes
};

} // namespace handoff::store
