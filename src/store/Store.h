// The router's persistence behind one interface, so SQLite (one machine) and PostgreSQL (several
// routers) can serve the same server code. Every write is durable when the call returns.
#pragma once

#include "store/StoreRecords.h"

#include <QList>
#include <QString>
#include <optional>

namespace handoff::store {

class Store
{
public:
    virtual ~Store() = default;

    // Opens the database and applies pending schema migrations. On failure *error says why.
    virtual bool open(QString *error) = 0;
    virtual void close() = 0;
    virtual int schemaVersion() const = 0;
    virtual QString lastError() const = 0;

    // A group of writes as one transaction, so one commit (one fsync) makes them all durable: the router's
    // store writer runs each batch between these. Batches do not nest. A write inside a batch is durable
    // only after commitBatch() returns true; after a failed write call rollbackBatch().
    virtual bool beginBatch() = 0;
    virtual bool commitBatch() = 0;
    virtual void rollbackBatch() = 0;

    // Stores with a write-ahead log (SQLite) copy it into the database now and then; by default the connection
    // that commits does it, inside its commit. A writer that must not wait for that turns it off for its own
    // connection and lets another connection call checkpoint() (which never blocks the writer). No-ops
    // where there is nothing of the kind (PostgreSQL).
    virtual bool hasCheckpoints() const { return false; }
    virtual void setCommitsCheckpoint(bool) {}
    virtual bool checkpoint() { return true; }

    // Users. The password is stored only as a salted Argon2id hash (PasswordHash); addUser and setPassword
    // fail when no hash could be made.
    virtual bool addUser(const UserRecord &user, const QString &password) = 0;
    virtual bool updateUser(const UserRecord &user) = 0;
    virtual bool setPassword(const QString &name, const QString &password) = 0;
    virtual std::optional<UserRecord> user(const QString &name) const = 0;
    virtual QList<UserRecord> users() const = 0;

    enum class PasswordCheck { Match, Mismatch, Failed }; // Failed: the store could not be read
    // Checks a sign-in. An unknown name costs as much as a known one (PasswordHash::verifyDummy), so the
    // time does not reveal which names exist. After a match, a hash in an older format (PBKDF2) or with
    // older Argon2id parameters is replaced by a current one, unless the password changed meanwhile; a
    // failed rewrite is logged and the sign-in still matches. Slow by design (tens of milliseconds): the
    // router calls it on SignInService's worker threads, each with its own Store.
    virtual PasswordCheck checkPassword(const QString &name, const QString &password) = 0;
    // checkPassword() == Match.
    bool verifyPassword(const QString &name, const QString &password)
    {
        return checkPassword(name, password) == PasswordCheck::Match;
    }

    // Desk sign-in tokens: random, returned once, stored as SHA-256.
    virtual QString issueToken(const QString &userName, int validDays) = 0; // empty on failure
    virtual std::optional<QString> userForToken(const QString &token) const = 0; // valid, unexpired
    virtual bool revokeToken(const QString &token) = 0;

    // API tokens for external bots.
    virtual QString addApiToken(const QString &name) = 0; // empty on failure (e.g. name taken)
    virtual std::optional<QString> apiTokenName(const QString &token) const = 0;

    // Conversations.
    virtual bool createConversation(const ConversationRecord &c) = 0;
    virtual bool updateConversation(const ConversationRecord &c) = 0;
    virtual std::optional<ConversationRecord> conversation(const QString &id) const = 0;
    virtual std::optional<ConversationRecord> conversationForVisitor(const QString &visitorTokenHash) const = 0;
    virtual QList<ConversationRecord> openConversations() const = 0; // not closed, oldest first
    // A customer's conversations other than exceptId, newest first: by issuer and subject when the key has a
    // subject, else by the browser's visitor id. Paged by offset and limit.
    virtual QList<ConversationRecord> customerHistory(const CustomerKey &key, const QString &exceptId, int offset,
                                                      int limit) const = 0;
    // Conversations of signed-in customers whose subject, e-mail address or name contains `text` (any case),
    // newest first.
    virtual QList<ConversationRecord> searchCustomers(const QString &text, int offset, int limit) const = 0;
    // Removes a conversation, its transcript and its attachment rows for good (a chat the visitor never wrote
    // in). The files of the attachments are the caller's: unusedAttachmentHashes() says which may go.
    virtual bool deleteConversation(const QString &id) = 0;

    // Files sent in a chat (the bytes are in the data directory, named by sha256).
    virtual bool addAttachment(const AttachmentRecord &a) = 0;
    virtual std::optional<AttachmentRecord> attachment(const QString &id) const = 0;
    virtual QList<AttachmentRecord> attachments(const QString &conversationId) const = 0;
    // Of these hashes, the ones no attachment row names any more (their files may be removed).
    virtual QStringList unusedAttachmentHashes(const QStringList &sha256s) const = 0;

    // Messages, in the order they were stored. The store assigns id and time when empty.
    // A repeat of (conversation, author, authorId, clientId) returns the stored message, duplicate = true.
    virtual std::optional<AppendedMessage> appendMessage(const ChatMessage &message) = 0;
    // The same without telling other processes (PostgreSQL's NOTIFY): for a line no other router needs to
    // hear of. Stores that announce nothing need not tell the two apart.
    virtual std::optional<AppendedMessage> appendMessageQuietly(const ChatMessage &message)
    {
        return appendMessage(message);
    }
    virtual QList<ChatMessage> messages(const QString &conversationId) const = 0;

    // Post-chat survey: one rating per conversation; the first answer stays (AlreadyRated for later ones).
    enum class RatingSaved { Saved, AlreadyRated, Failed };
    virtual RatingSaved addRating(const RatingRecord &r) = 0;
    virtual std::optional<RatingRecord> rating(const QString &conversationId) const = 0;
    // Those given at or after `from` and before `to`, oldest first.
    virtual QList<RatingRecord> ratings(const QDateTime &from, const QDateTime &to) const = 0;

    // Escalation report.
    virtual bool addEscalation(const EscalationRecord &e) = 0;
    virtual QList<EscalationRecord> escalations(const QDateTime &from, const QDateTime &to) const = 0;

    // KPI report: the events of conversations in their queues, and their sums per queue and agent for the
    // events at or after `from` and before `to` (std::nullopt when the store could not be read).
    virtual bool addContactEvent(const ContactEventRecord &e) = 0;
    virtual std::optional<QList<KpiSums>> kpiSums(const QDateTime &from, const QDateTime &to,
                                                  const KpiThresholds &thresholds) const = 0;

    // Messages left while nobody could answer. Nothing is deleted: handling one marks it.
    virtual qint64 addOfflineMessage(const OfflineMessageRecord &m) = 0; // id, 0 on failure
    // The unhandled ones, oldest first; with includeHandled also those handled at or after handledSince
    // (every handled one when handledSince is invalid).
    virtual QList<OfflineMessageRecord> offlineMessages(bool includeHandled, const QDateTime &handledSince) const = 0;
    virtual std::optional<OfflineMessageRecord> offlineMessage(qint64 id) const = 0;
    // Marks it handled by `by` at `at` unless someone already has (one statement, so two routers
    // cannot both win). False when unknown, already handled, or the store failed.
    virtual bool markOfflineMessageHandled(qint64 id, const QString &by, const QDateTime &at) = 0;

    // Canned responses: shared ones (owner empty) and the user's personal ones.
    virtual qint64 addCannedResponse(const CannedResponseRecord &r) = 0;
    virtual QList<CannedResponseRecord> cannedResponses(const QString &forUser) const = 0;

    // Audit log of supervisor and admin actions.
    virtual bool addAudit(const AuditRecord &a) = 0;
    virtual QList<AuditRecord> audit(int limit) const = 0;

    // Events out: webhook endpoints, handoff callbacks, and the outbox of deliveries.
    virtual bool addWebhook(const WebhookRecord &w) = 0;
    virtual QList<WebhookRecord> webhooks() const = 0;
    virtual bool removeWebhook(const QString &id) = 0; // false when unknown or the store failed
    virtual bool setHandoffCallback(const HandoffCallbackRecord &c) = 0;
    virtual std::optional<HandoffCallbackRecord> handoffCallback(const QString &conversationId) const = 0;
    // The stored SHA-256 (hex) of the API token named `name`: the key handoff.status callbacks are signed with.
    virtual std::optional<QString> apiTokenHash(const QString &name) const = 0;
    virtual bool enqueueDeliveries(const QList<WebhookDelivery> &deliveries) = 0;
    // Takes up to `limit` deliveries that are due (oldest first) for `leaseSeconds`: until then no one else
    // (another router included) takes them. Their attempt count is not raised here.
    virtual QList<WebhookDelivery> claimDueDeliveries(int limit, int leaseSeconds) = 0;
    // Records an attempt: delivered, or the next attempt's time (or given up).
    virtual bool finishDelivery(const WebhookDelivery &d) = 0;
    virtual QList<WebhookDelivery> webhookDeliveries(int limit) const = 0; // newest first, without bodies

    // The transcript by e-mail: the outbox of requests. Queued only while the conversation has fewer than
    // `maxPerConversation` requests (every one counts, sent or not).
    enum class TranscriptMailQueued { Queued, TooMany, Failed };
    virtual TranscriptMailQueued queueTranscriptMail(const TranscriptMailRecord &m, int maxPerConversation) = 0;
    // Takes up to `limit` due requests (oldest first) for `leaseSeconds`, as claimDueDeliveries does.
    virtual QList<TranscriptMailRecord> claimDueTranscriptMails(int limit, int leaseSeconds) = 0;
    // Records an attempt: sent, or the next attempt's time (or given up).
    virtual bool finishTranscriptMail(const TranscriptMailRecord &m) = 0;
    virtual QList<TranscriptMailRecord> transcriptMails(const QString &conversationId) const = 0; // oldest first

    // Demo order table (used by the demo order directory).
    virtual bool setDemoOrder(const QString &number, const QString &status) = 0;
    virtual QList<QPair<QString, QString>> demoOrders() const = 0;
};

} // namespace handoff::store
