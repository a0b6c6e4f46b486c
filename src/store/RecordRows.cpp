#include "store/RecordRows.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace handoff::store {

QDateTime RecordRows::time(const QVariant &epochMs)
{
    return epochMs.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(epochMs.toLongLong(), Qt::UTC);
}

QVariant RecordRows::epochMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString RecordRows::jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject RecordRows::json(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList RecordRows::list(const QString &commaSeparated)
{
    return commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

UserRecord RecordRows::user(const QSqlQuery &q)
{
    UserRecord u;
    u.name = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = roleFromString(q.value(2).toString()).value_or(Role::Agent);
    u.skills = list(q.value(3).toString());
    u.capacity = q.value(4).toInt();
    u.createdAt = time(q.value(5));
    return u;
}

ConversationRecord RecordRows::conversation(const QSqlQuery &q)
{
    ConversationRecord c;
    c.id = q.value(0).toString();
    c.state = conversationStateFromString(q.value(1).toString()).value_or(ConversationState::Closed);
    c.queueId = q.value(2).toString();
    c.priority = q.value(3).toInt();
    c.requiredSkills = list(q.value(4).toString());
    c.agentId = q.value(5).toString();
    c.agentName = q.value(6).toString();
    c.visitorTokenHash = q.value(7).toString();
    c.visitorName = q.value(8).toString();
    c.page = q.value(9).toString();
    c.language = q.value(10).toString();
    c.topic = q.value(11).toString();
    c.source = q.value(12).toString();
    c.externalId = q.value(13).toString();
    const QJsonObject handoff = json(q.value(14).toString());
    if (!handoff.isEmpty())
        c.handoff = HandoffContext::fromJson(handoff);
    c.botState = json(q.value(15).toString());
    c.disposition = q.value(16).toString();
    c.closeNote = q.value(17).toString();
    c.createdAt = time(q.value(18));
    c.escalatedAt = time(q.value(19));
    c.enqueuedAt = time(q.value(20));
    c.enqueueOrder = q.value(21).toLongLong();
    c.assignedAt = time(q.value(22));
    c.closedAt = time(q.value(23));
    c.lastVisitorAt = time(q.value(24));
    c.queueEnteredAt = time(q.value(25));
    c.formOfferedAt = time(q.value(26));
    c.apiTokenName = q.value(27).toString();
    if (!q.value(29).toString().isEmpty()) {
        CustomerIdentity customer;
        customer.issuer = q.value(28).toString();
        customer.subject = q.value(29).toString();
        customer.name = q.value(30).toString();
        customer.email = q.value(31).toString();
        const QJsonObject claims = json(q.value(32).toString());
        for (auto it = claims.begin(); it != claims.end(); ++it)
            customer.claims.append({it.key(), it.value().toString()});
        c.customer = customer;
    }
    c.visitorId = q.value(33).toString();
    return c;
}

ChatMessage RecordRows::message(const QSqlQuery &q)
{
    ChatMessage m;
    m.id = q.value(0).toString();
    m.clientId = q.value(1).toString();
    m.conversationId = q.value(2).toString();
    m.author = authorKindFromString(q.value(3).toString()).value_or(AuthorKind::System);
    m.authorId = q.value(4).toString();
    m.authorName = q.value(5).toString();
    m.text = q.value(6).toString();
    m.internal = q.value(7).toBool();
    m.at = time(q.value(8));
    m.thread = q.value(9).toString();
    const QByteArray attachment = q.value(10).toString().toUtf8();
    if (!attachment.isEmpty())
        m.attachment = Attachment::fromJson(QJsonDocument::fromJson(attachment).object());
    return m;
}

QString RecordRows::attachmentText(const std::optional<Attachment> &a)
{
    return a ? QString::fromUtf8(QJsonDocument(a->toJson()).toJson(QJsonDocument::Compact)) : QString(QLatin1String(""));
}

AttachmentRecord RecordRows::attachment(const QSqlQuery &q)
{
    AttachmentRecord a;
    a.id = q.value(0).toString();
    a.conversationId = q.value(1).toString();
    a.sha256 = q.value(2).toString();
    a.name = q.value(3).toString();
    a.size = q.value(4).toLongLong();
    a.contentType = q.value(5).toString();
    a.uploaderKind = authorKindFromString(q.value(6).toString()).value_or(AuthorKind::Visitor);
    a.uploaderId = q.value(7).toString();
    a.at = time(q.value(8));
    return a;
}

ConversationSummary ConversationRecord::summary() const
{
    return ConversationSummary{.id = id, .state = state, .queueId = queueId, .agentId = agentId, .agentName = agentName,
                               .visitorName = visitorName, .topic = topic, .createdAt = createdAt,
                               .escalatedAt = escalatedAt, .assignedAt = assignedAt, .closedAt = closedAt,
                               .lastVisitorAt = lastVisitorAt, .handoff = handoff,
                               .customer = customer};
}

OfflineMessageRecord RecordRows::offlineMessage(const QSqlQuery &q)
{
    OfflineMessageRecord m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toString();
    m.name = q.value(2).toString();
    m.email = q.value(3).toString();
    m.text = q.value(4).toString();
    m.queueId = q.value(5).toString();
    m.at = time(q.value(6));
    m.handled = q.value(7).toBool();
    m.handledBy = q.value(8).toString();
    m.handledAt = time(q.value(9));
    return m;
}

} // namespace handoff::store
