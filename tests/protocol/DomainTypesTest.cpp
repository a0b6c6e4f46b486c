#include "protocol/DomainTypes.h"

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
