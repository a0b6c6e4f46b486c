#include "protocol/DomainTypes.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace handoff;

TEST(DomainTypes, ChatMessageRoundTrip)
{
    ChatMessage m;
    m.id = QStringLiteral("m1");
    m.clientId = QStringLiteral("d1");
    m.conversationId = QStringLiteral("c1");
    m.author = AuthorKind::Agent;
    m.authorId = QStringLiteral("alice");
    m.authorName = QStringLiteral("Alice");
    m.text = QStringLiteral("<script>alert(1)</script>");
    m.at = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 3, 120), Qt::UTC);
    m.internal = true;
    const auto back = ChatMessage::fromJson(m.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, m);
}

TEST(DomainTypes, ChatMessageWrittenDirectlyIsTheSameJson)
{
    // The router writes messages straight to bytes; a desk reads them as JSON objects. Both forms must say
    // the same, for every optional field and for text that needs escaping.
    ChatMessage m;
    m.id = QStringLiteral("m_1");
    m.conversationId = QStringLiteral("c_1");
    m.author = AuthorKind::Visitor;
    m.authorName = QStringLiteral("Zoë \"Z\" Ünal");
    m.text = QStringLiteral("line 1\nline 2\ttab \\ back \u0001 ctl \u2028 sep 😀 </script>");
    m.at = QDateTime(QDate(2026, 12, 3), QTime(9, 1, 2, 345), Qt::UTC);
    for (int variant = 0; variant < 4; ++variant) {
        m.clientId = variant & 1 ? QStringLiteral("v-7") : QString();
        m.authorId = variant & 2 ? QStringLiteral("alice") : QString();
        m.internal = variant == 3;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(m.toJsonBytes(), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << m.toJsonBytes().constData();
        EXPECT_EQ(doc.object(), m.toJson()) << variant;
        EXPECT_EQ(ChatMessage::fromJson(doc.object()), m) << variant;
    }
}

TEST(DomainTypes, ChatMessageRejectsUnknownAuthor)
{
    EXPECT_FALSE(ChatMessage::fromJson({{QStringLiteral("author"), QStringLiteral("robot")}, {QStringLiteral("text"), QStringLiteral("x")}}));
    EXPECT_FALSE(ChatMessage::fromJson({{QStringLiteral("author"), QStringLiteral("bot")}}));
}

TEST(DomainTypes, HandoffContextKeepsFieldOrder)
{
    HandoffContext h;
    h.trigger = EscalationTrigger::Frustration;
    h.reason = QStringLiteral("The visitor seems frustrated.");
    h.fields = {{QStringLiteral("visitor.name"), QStringLiteral("Ada")}, {QStringLiteral("order.number"), QStringLiteral("A1001")},
                {QStringLiteral("a.first"), QStringLiteral("1")}};
    h.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const auto back = HandoffContext::fromJson(h.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, h);
    EXPECT_EQ(back->fields.at(2).name, QStringLiteral("a.first"));
    EXPECT_EQ(back->field(QStringLiteral("order.number")), QStringLiteral("A1001"));
    EXPECT_TRUE(back->field(QStringLiteral("missing")).isEmpty());
}

TEST(DomainTypes, SummaryRoundTripWithHandoff)
{
    ConversationSummary c;
    c.id = QStringLiteral("c9");
    c.state = ConversationState::Waiting;
    c.queueId = QStringLiteral("billing");
    c.handoff = HandoffContext{};
    c.escalatedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    const auto back = ConversationSummary::fromJson(c.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->state, ConversationState::Waiting);
    EXPECT_EQ(back->queueId, QStringLiteral("billing"));
    EXPECT_EQ(back->escalatedAt, c.escalatedAt);
    EXPECT_TRUE(back->handoff.has_value());
    EXPECT_FALSE(ConversationSummary::fromJson({{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("state"), QStringLiteral("limbo")}}));
}

TEST(DomainTypes, EnumsHaveWireNames)
{
    EXPECT_EQ(toString(Presence::Away), QStringLiteral("away"));
    EXPECT_EQ(presenceFromString(QStringLiteral("busy")), Presence::Busy);
    EXPECT_EQ(toString(EscalationTrigger::Unrecognised), QStringLiteral("unrecognised"));
    EXPECT_EQ(roleFromString(QStringLiteral("supervisor")), Role::Supervisor);
    EXPECT_FALSE(roleFromString(QStringLiteral("admin")));
}
