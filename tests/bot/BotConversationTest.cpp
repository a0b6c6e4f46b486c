// The built-in bot as a visitor meets it: greeting, topics, slot filling, order lookup and handoff.
#include "bot/BotEngine.h"
#include "bot/DemoOrderDirectory.h"

#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::bot;

namespace {

class BotConversationTest : public ::testing::Test
{
protected:
    TopicSet topics = TopicSet::builtIn();
    DemoOrderDirectory orders;
    BotSettings settings;

    std::unique_ptr<BotConversation> make()
    {
        auto c = std::make_unique<BotConversation>(topics, settings, &orders);
        c->setClock([] { return QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC); });
        return c;
    }
};

QString joined(const BotTurn &t)
{
    return t.replies.join(QLatin1Char('\n'));
}

} // namespace

TEST_F(BotConversationTest, BuiltInTopicFileLoadsFromTheLibrary)
{
    const QStringList ids = topics.topicIds();
    EXPECT_TRUE(ids.contains(QStringLiteral("greeting")));
    EXPECT_TRUE(ids.contains(QStringLiteral("order-status")));
    EXPECT_TRUE(ids.contains(QStringLiteral("billing-dispute")));
}

TEST_F(BotConversationTest, GreetsAndAsksForTheNameThenUsesIt)
{
    auto bot = make();
    const BotTurn hello = bot->start(QStringLiteral("https://shop.example.com/help"), QStringLiteral("en-US"));
    EXPECT_TRUE(joined(hello).contains(QStringLiteral("Handoff Assistant")));
    EXPECT_TRUE(joined(hello).contains(QStringLiteral("May I have your name?")));
    const BotTurn named = bot->reply(QStringLiteral("anna"));
    EXPECT_TRUE(joined(named).contains(QStringLiteral("Nice to meet you, Anna!"))) << joined(named).toStdString();
    EXPECT_EQ(bot->fields(), (QList<BotField>{{QStringLiteral("visitor.name"), QStringLiteral("Anna")}}));
}

TEST_F(BotConversationTest, AnswersOrderStatusWithTheNumberGivenInline)
{
    auto bot = make();
    bot->start({}, QStringLiteral("en"));
    const BotTurn t = bot->reply(QStringLiteral("where is my order A1002?"));
    EXPECT_EQ(t.topic, QStringLiteral("order-status"));
    EXPECT_TRUE(joined(t).contains(QStringLiteral("A1002"))) << joined(t).toStdString();
    EXPECT_TRUE(joined(t).contains(QStringLiteral("warehouse")));
}

TEST_F(BotConversationTest, ExplicitRequestHandsOverWithContext)
{
    auto bot = make();
    bot->start(QStringLiteral("https://shop.example.com/orders"), QStringLiteral("en-US"));
    bot->reply(QStringLiteral("Anna"));
    bot->reply(QStringLiteral("where is my order A1001"));
    const BotTurn t = bot->reply(QStringLiteral("I want a real person"));
    ASSERT_TRUE(t.handoff);
    ASSERT_TRUE(t.context);
    EXPECT_EQ(t.replies.last(), QStringLiteral("Let me connect you with someone who can help."));
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Explicit);
    EXPECT_EQ(t.context->reason, QStringLiteral("The visitor asked for a person."));
    EXPECT_EQ(t.context->lastTopic, QStringLiteral("order-status"));
    EXPECT_EQ(t.context->field(QStringLiteral("visitor.name")), QStringLiteral("Anna"));
    EXPECT_EQ(t.context->field(QStringLiteral("order.number")), QStringLiteral("A1001"));
    EXPECT_EQ(t.context->field(QStringLiteral("order.total")), QStringLiteral("59.90 EUR"));
    EXPECT_EQ(t.context->page, QStringLiteral("https://shop.example.com/orders"));
    EXPECT_EQ(t.context->language, QStringLiteral("en-US"));
    EXPECT_EQ(t.context->source, QStringLiteral("bot"));
}
