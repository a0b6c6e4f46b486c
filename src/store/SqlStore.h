// The Store over a QSqlDatabase: every operation written once, with the SQL that differs between
// backends taken from the backend's SqlDialect. SqliteStore and PostgresStore derive from it and add only
// what is theirs: how to connect, how the schema version is kept and locked, and (SQLite) checkpoints,
// (PostgreSQL) reconnecting after a lost connection and the NOTIFY other routers listen to.
#pragma once

#include "store/SqlDialect.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <array>
#include <initializer_list>
#include <memory>

namespace handoff::store {

class SqlStore : public Store
{
public:
    ~SqlStore() override;
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    bool open(QString *error) override;
    void close() override;
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
    QList<ConversationRecord> customerHistory(const CustomerKey &key, const QString &exceptId, int offset,
                                              int limit) const override;
    QList<ConversationRecord> searchCustomers(const QString &text, int offset, int limit) const override;
    QList<ConversationRecord> openConversations() const override;
    bool addWebhook(const WebhookRecord &w) override;
    QList<WebhookRecord> webhooks() const override;
    bool removeWebhook(const QString &id) override;
    bool setHandoffCallback(const HandoffCallbackRecord &c) override;
    std::optional<HandoffCallbackRecord> handoffCallback(const QString &conversationId) const override;
    std::optional<QString> apiTokenHash(const QString &name) const override;
    bool enqueueDeliveries(const QList<WebhookDelivery> &deliveries) override;
    QList<WebhookDelivery> claimDueDeliveries(int limit, int leaseSeconds) override;
    bool finishDelivery(const WebhookDelivery &d) override;
    QList<WebhookDelivery> webhookDeliveries(int limit) const override;
    TranscriptMailQueued queueTranscriptMail(const TranscriptMailRecord &m, int maxPerConversation) override;
    QList<TranscriptMailRecord> claimDueTranscriptMails(int limit, int leaseSeconds) override;
    bool finishTranscriptMail(const TranscriptMailRecord &m) override;
    QList<TranscriptMailRecord> transcriptMails(const QString &conversationId) const override;
    // Several routers (PostgreSQL): the open conversations another router serves, or none does, oldest
    // first, at most `limit`.
    QList<ConversationRecord> openConversationsNotServedBy(const QString &routerId, int limit) const;
    bool deleteConversation(const QString &id) override;

    bool addAttachment(const AttachmentRecord &a) override;
    std::optional<AttachmentRecord> attachment(const QString &id) const override;
    QList<AttachmentRecord> attachments(const QString &conversationId) const override;
    QStringList unusedAttachmentHashes(const QStringList &sha256s) const override;

    std::optional<AppendedMessage> appendMessage(const ChatMessage &message) override;
    std::optional<AppendedMessage> appendMessageQuietly(const ChatMessage &message) override;
    QList<ChatMessage> messages(const QString &conversationId) const override;

    RatingSaved addRating(const RatingRecord &r) override;
    std::optional<RatingRecord> rating(const QString &conversationId) const override;
    QList<RatingRecord> ratings(const QDateTime &from, const QDateTime &to) const override;

    bool addEscalation(const EscalationRecord &e) override;
    QList<EscalationRecord> escalations(const QDateTime &from, const QDateTime &to) const override;
    bool addContactEvent(const ContactEventRecord &e) override;
    std::optional<QList<KpiSums>> kpiSums(const QDateTime &from, const QDateTime &to,
                                          const KpiThresholds &thresholds) const override;

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

protected:
    // connectionPrefix names this store's QSqlDatabase connections (a number is appended).
    SqlStore(const SqlDialect &dialect, const QString &connectionPrefix);

    // The newest schema version among the dialect's migration files.
    static int latestSchemaVersion(const SqlDialect &dialect);

    // Adds this store's connection for the Qt SQL driver and opens it, with the backend's session
    // settings; *error says why not. open() migrates after it.
    virtual bool openConnection(QString *error) = 0;
    // Where the database is, for messages: the file, or the server without the password.
    virtual QString location() const = 0;
    // Runs first in the migration transaction (locks, the schema and its version table); *error says why not.
    virtual bool prepareMigration(QString *) { return true; }
    // After a failed statement: true when the connection had been lost and is open again (then the
    // statement runs once more).
    virtual bool reconnectIfLost() const { return false; }
    // A conversation (kind "conversation", detail its state) or a message (kind "message", detail its id)
    // was stored.
    virtual void announce(const QString &, const QString &, const QString &) const {}
    // Where a store announces: the insert of a message and its announcement as one statement (one round trip
    // instead of two), with two more placeholders after the message's nine: channel and payload. nullptr:
    // the plain insert, then announce().
    virtual const char *insertMessageAnnouncing() const { return nullptr; }
    virtual std::pair<QString, QString> announcement(const QString &, const QString &, const QString &) const
    {
        return {};
    }

    // Runs a prepared statement; a failure is recorded in lastError() and logged.
    bool exec(QSqlQuery &q) const;
    // The connection, added under this store's name.
    QSqlDatabase addConnection(const QString &driver);

    // Statements of the store writer's hot path, prepared once per connection (QPSQL's prepare() is a
    // PREPARE round trip and a query's end a DEALLOCATE: three round trips a call instead of one).
    enum class CachedStatement { InsertMessage, InsertMessageAnnouncing, UpdateConversation, Notify, Count };
    QSqlQuery &cached(CachedStatement which, const char *text) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;

private:
    bool migrate(QString *error);
    bool begin() const;
    // The dialect's statement text: its pieces put into {t}, {ms:column}, {now}, {false}, {true}, {C},
    // {returning id}.
    QString sql(const char *text) const;
    // A hash of the password for the users table; empty (and lastError() set) when none could be made.
    QString newPasswordHash(const QString &password) const;
    bool writeConversation(const ConversationRecord &c, bool insert);
    std::optional<AppendedMessage> append(const ChatMessage &message, bool announced);
    std::optional<ChatMessage> messageByClientId(const ChatMessage &m) const;
    // The first column of the row `select` finds by the token's hash (its one placeholder).
    std::optional<QString> textForToken(const char *select, const QString &token) const;
    // Prepares `text` as sql(text) on this connection.
    QSqlQuery prepared(const char *text) const;
    // Runs q: its first row read by `read`, none when it finds nothing or fails.
    template <typename Read> auto firstRow(QSqlQuery &q, Read read) const -> std::optional<decltype(read(q))>
    {
        if (!exec(q) || !q.next())
            return std::nullopt;
        return read(q);
    }
    // Runs q: every row read by `read`, in order; none when it fails.
    template <typename Read> auto allRows(QSqlQuery &q, Read read) const -> QList<decltype(read(q))>
    {
        QList<decltype(read(q))> rows;
        if (exec(q))
            while (q.next())
                rows << read(q);
        return rows;
    }
    // Binds values to the placeholders in order.
    static void bind(QSqlQuery &q, std::initializer_list<QVariant> values);

    const SqlDialect &m_dialect;
    QString m_connectionName;
    mutable std::array<std::unique_ptr<QSqlQuery>, static_cast<size_t>(CachedStatement::Count)> m_cached;
};

} // namespace handoff::store
