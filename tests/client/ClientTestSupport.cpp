#include "ClientTestSupport.h"

#include <QFileInfo>

namespace handoff::test {

ChatMessage makeMessage(const QString &id, const QString &conversationId, AuthorKind author, const QString &text,
    const QDateTime &at, const QString &clientId)
{
    ChatMessage m;
    m.id = id;
    m.conversationId = conversationId;
    m.author = author;
    m.text = text;
    m.at = at;
    m.clientId = clientId;
    m.authorName = author == AuthorKind::Visitor ? QStringLiteral("Ada") : QStringLiteral("Alice");
    if (author == AuthorKind::Agent)
        m.authorId = QStringLiteral("alice");
    return m;
}

ConversationSummary makeSummary(const QString &id, const QString &visitorName)
{
    ConversationSummary c;
    c.id = id;
    c.state = ConversationState::Assigned;
    c.queueId = QStringLiteral("default");
    c.agentId = QStringLiteral("alice");
    c.visitorName = visitorName;
    c.topic = QStringLiteral("order-status");
    c.createdAt = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
    c.escalatedAt = c.createdAt.addSecs(9);
    HandoffContext h;
    h.trigger = EscalationTrigger::Explicit;
    h.reason = QStringLiteral("The visitor asked for a person.");
    h.lastTopic = QStringLiteral("order-status");
    h.fields = { { QStringLiteral("visitor.name"), visitorName },
        { QStringLiteral("order.number"), QStringLiteral("A1001") } };
    h.page = QStringLiteral("https://shop.example/orders");
    h.at = c.escalatedAt;
    c.handoff = h;
    return c;
}

bool routerBinaryAvailable()
{
    return QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable();
}

} // namespace handoff::test
