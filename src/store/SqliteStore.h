// The Store on an SQLite file: WAL journal, synchronous=FULL (a message is on disk before the router
// acknowledges it), foreign keys on, a busy timeout for the admin commands that share the file.
#pragma once

#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <array>
#include <memory>

class QSqlQuery;

namespace handoff::store {

class SqliteStore final : public Store
{
public:
    explicit SqliteStore(const QString &filePath);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    // The newest schema version compiled into this build.
    static int latestSchemaVersion();

    bool open(QString *error) override;
    void close() override;
    int schemaVersion() const override;
    QString lastError() const override { return m_lastError; }
    bool beginBatch() override;
    bool commitBatch() override;
    void rollbackBatch() override;
    bool hasCheckpoints() const override { return true; }
    void setCommitsCheckpoint(bool on) override;
    bool checkpoint() override;

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
    bool migrate(QString *error);
    bool exec(QSqlQuery &q) const; // records the error
    bool writeConversation(const ConversationRecord &c, bool insert);
    std::optional<ChatMessage> messageByClientId(const ChatMessage &m) const;
    // Statements of the store writer's hot path, prepared once per connection.
    enum class CachedStatement { InsertMessage, UpdateConversation, Count };
    QSqlQuery &cached(CachedStatement which, const char *sql) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    mutable QString m_lastError;
    mutable std::array<std::unique_ptr<QSqlQuery>, static_cast<size_t>(CachedStatement::Count)> m_cached;
};

} // namespace handoff::store
