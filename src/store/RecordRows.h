// Turns one result row into a store record, for every backend that selects the columns in the
// documented order with timestamps as milliseconds since the epoch (UTC) and lists comma-separated.
#pragma once

#include "store/StoreRecords.h"

class QSqlQuery;
class QVariant;

namespace handoff::store {

class RecordRows
{
public:
    // Column orders the readers expect (times as epoch milliseconds).
    // user:         name, display_name, role, skills, capacity, created_at
    // conversation: the ConversationRecord fields in declaration order (28 columns), then customer_issuer,
    //               customer_subject, customer_name, customer_email, customer_claims_json, visitor_id
    // message:      id, client_id, conversation_id, author_kind, author_id, author_name, text, internal, at
    // offline message: id, conversation_id, name, email, text, queue_id, at, handled, handled_by, handled_at
    static UserRecord user(const QSqlQuery &q);
    static ConversationRecord conversation(const QSqlQuery &q);
    static ChatMessage message(const QSqlQuery &q);
    static AttachmentRecord attachment(const QSqlQuery &q);
    // messages.attachment: compact JSON of the reference, empty for none.
    static QString attachmentText(const std::optional<Attachment> &a);
    static OfflineMessageRecord offlineMessage(const QSqlQuery &q);

    static QDateTime time(const QVariant &epochMs); // invalid for NULL
    static QVariant epochMs(const QDateTime &t); // NULL (typed) for an invalid time
    static QString jsonText(const QJsonObject &o); // compact, empty for an empty object
    static QJsonObject json(const QString &text);
    static QStringList list(const QString &commaSeparated);
};

} // namespace handoff::store
