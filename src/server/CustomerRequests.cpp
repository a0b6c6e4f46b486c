// A customer's earlier conversations, for the desk's history pane: listed for the agent the current chat is
// assigned to and for supervisors only; read on the store writer's thread (never on the event loop), a page
// of at most kHistoryPage at a time. A signed-in customer's chats are found by issuer and subject, an
// anonymous visitor's by the browser's random id; supervisors can search signed-in customers.
#include "server/ConversationHub.h"

#include "server/ClientConnection.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"

#include <QHash>
#include <QJsonArray>
#include <memory>

namespace handoff::server {

using namespace hub;

namespace {

constexpr int kHistoryPage = 20;
constexpr int kMaxOffset = 10000;
constexpr int kMinSearchChars = 2;
constexpr int kMaxSearchChars = 200;

store::CustomerKey keyOf(const store::ConversationRecord &r)
{
    if (r.customer)
        return {r.customer->issuer, r.customer->subject, {}};
    return {{}, {}, r.visitorId};
}

bool sameCustomer(const store::ConversationRecord &a, const store::ConversationRecord &b)
{
    const store::CustomerKey x = keyOf(a), y = keyOf(b);
    if (!x.subject.isEmpty())
        return b.customer && x.issuer == b.customer->issuer && x.subject == b.customer->subject;
    return !x.visitorId.isEmpty() && !b.customer && x.visitorId == y.visitorId;
}

// Reads "offset" (default 0); answers `invalid` and returns -1 when it is not a whole number in range.
int offsetOf(ClientConnection *c, const protocol::Envelope &e)
{
    const QJsonValue v = e.data.value(QStringLiteral("offset"));
    if (v.isUndefined())
        return 0;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > kMaxOffset || v.toDouble() != double(v.toInt())) {
        c->sendError(e.id, ErrorCode::Invalid,
                     Text::tr("Field \"offset\" must be a whole number from 0 to %1.").arg(kMaxOffset));
        return -1;
    }
    return v.toInt();
}

struct HistoryRead {
    std::optional<store::ConversationRecord> current;
    QList<store::ConversationRecord> rows;
    QList<ChatMessage> messages;
    QHash<QString, store::RatingRecord> ratings; // of the rows that were rated
};

// The visitor's rating, when the conversation has one: "rating" 1–5 and "ratingComment" (plain text).
void addRating(QJsonObject *entry, const HistoryRead &read, const QString &conversationId)
{
    const auto it = read.ratings.constFind(conversationId);
    if (it == read.ratings.cend())
        return;
    entry->insert(QStringLiteral("rating"), it->rating);
    if (!it->comment.isEmpty())
        entry->insert(QStringLiteral("ratingComment"), it->comment);
}

} // namespace

void ConversationHub::deskCustomerHistory(ClientConnection *c, const Envelope &e)
{
    QString id;
    if (!requireId(c, e, "conversationId", &id))
        return;
    const int offset = offsetOf(c, e);
    if (offset < 0)
        return;
    const bool supervisor = isSupervisor(c->userName);
    std::optional<store::ConversationRecord> current;
    if (Live *l = find(id)) {
        if (!supervisor && !(l->record.state == ConversationState::Assigned && l->record.agentId == c->userName)) {
            c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not assigned to you.").arg(id));
            return;
        }
        current = l->record;
    } else if (!supervisor) {
        c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not assigned to you.").arg(id));
        return;
    }
    auto read = std::make_shared<HistoryRead>();
    read->current = current;
    this->read(
        [read, id, offset](store::Store &s) {
            if (!read->current)
                read->current = s.conversation(id); // a supervisor looking at a closed chat
            if (read->current && !keyOf(*read->current).isEmpty())
                read->rows = s.customerHistory(keyOf(*read->current), id, offset, kHistoryPage + 1);
            for (qsizetype i = 0; i < read->rows.size() && i < kHistoryPage; ++i)
                if (auto rated = s.rating(read->rows[i].id))
                    read->ratings.insert(read->rows[i].id, *rated);
            return true;
        },
        [this, guard = QPointer<ClientConnection>(c), re = e.id, read, id, offset](bool) {
            if (!guard)
                return;
            if (!read->current) {
                guard->sendError(re, ErrorCode::NotFound, Text::tr("There is no chat %1.").arg(id));
                return;
            }
            const store::ConversationRecord &r = *read->current;
            QJsonArray entries;
            for (qsizetype i = 0; i < read->rows.size() && i < kHistoryPage; ++i) {
                QJsonObject entry = historyEntry(read->rows[i]);
                addRating(&entry, *read, read->rows[i].id);
                entries.append(entry);
            }
            QJsonObject answer{{QStringLiteral("conversationId"), id},
                               {QStringLiteral("by"), r.customer ? QStringLiteral("customer")
                                                                 : r.visitorId.isEmpty() ? QStringLiteral("none")
                                                                                         : QStringLiteral("browser")},
                               {QStringLiteral("offset"), offset},
                               {QStringLiteral("conversations"), entries},
                               {QStringLiteral("more"), read->rows.size() > kHistoryPage}};
            if (r.customer)
                answer.insert(QStringLiteral("customer"), r.customer->toJson());
            guard->sendOk(re, answer);
        });
}

void ConversationHub::deskCustomerSearch(ClientConnection *c, const Envelope &e)
{
    if (!isSupervisor(c->userName)) {
        c->sendError(e.id, ErrorCode::Forbidden, Text::tr("Only supervisors can search customers."));
        return;
    }
    const QString query = field(e.data, "query").trimmed();
    if (query.size() < kMinSearchChars || query.size() > kMaxSearchChars) {
        c->sendError(e.id, ErrorCode::Invalid,
                     Text::tr("Field \"query\" must have %1 to %2 characters.").arg(kMinSearchChars).arg(kMaxSearchChars));
        return;
    }
    const int offset = offsetOf(c, e);
    if (offset < 0)
        return;
    auto read = std::make_shared<HistoryRead>();
    this->read(
        [read, query, offset](store::Store &s) {
            read->rows = s.searchCustomers(query, offset, kHistoryPage + 1);
            return true;
        },
        [this, guard = QPointer<ClientConnection>(c), re = e.id, read, offset](bool) {
            if (!guard)
                return;
            QJsonArray entries;
            for (qsizetype i = 0; i < read->rows.size() && i < kHistoryPage; ++i) {
                QJsonObject entry = historyEntry(read->rows[i]);
                entry.insert(QStringLiteral("customer"), read->rows[i].customer->toJson());
                entries.append(entry);
            }
            guard->sendOk(re, {{QStringLiteral("offset"), offset},
                               {QStringLiteral("conversations"), entries},
                               {QStringLiteral("more"), read->rows.size() > kHistoryPage}});
        });
}

void ConversationHub::deskEarlierConversation(ClientConnection *c, const Envelope &e, const QString &via)
{
    QString id;
    if (!requireId(c, e, "conversationId", &id))
        return;
    Live *current = find(via);
    const bool supervisor = isSupervisor(c->userName);
    if (!current || !(supervisor || (current->record.state == ConversationState::Assigned
                                     && current->record.agentId == c->userName))) {
        c->sendError(e.id, ErrorCode::Forbidden, Text::tr("The chat %1 is not assigned to you.").arg(via));
        return;
    }
    auto read = std::make_shared<HistoryRead>();
    read->current = current->record;
    write(
        [read, id](store::Store &s) {
            if (auto earlier = s.conversation(id)) {
                read->rows.append(*earlier);
                read->messages = s.messages(id);
            }
            return true;
        },
        [guard = QPointer<ClientConnection>(c), re = e.id, read, id](bool) {
            if (!guard)
                return;
            // Only a chat of the same customer: an id of anybody else's answers as if it did not exist.
            if (read->rows.isEmpty() || !sameCustomer(*read->current, read->rows.first())) {
                guard->sendError(re, ErrorCode::NotFound, Text::tr("There is no chat %1.").arg(id));
                return;
            }
            guard->sendOk(re, {{QStringLiteral("conversation"), read->rows.first().summary().toJson()},
                               {QStringLiteral("messages"), messagesJson(read->messages, true)}});
        });
}

QJsonObject ConversationHub::historyEntry(const store::ConversationRecord &r) const
{
    const routing::QueueDefinition *queue = m_engine.config().queue(r.queueId);
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("state"), toString(r.state)},
                  {QStringLiteral("createdAt"), toIsoUtc(r.createdAt)},
                  {QStringLiteral("closedAt"), toIsoUtc(r.closedAt)},
                  {QStringLiteral("queueId"), r.queueId},
                  {QStringLiteral("queueName"), queue ? queue->name : r.queueId},
                  {QStringLiteral("agentId"), r.agentId},
                  {QStringLiteral("agentName"), r.agentName},
                  {QStringLiteral("topic"), r.topic},
                  {QStringLiteral("disposition"), r.disposition}};
    return o;
}

} // namespace handoff::server
