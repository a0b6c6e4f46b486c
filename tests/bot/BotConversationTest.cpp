// The built-in bot as a visitor meets it: greeting, each demo topic, typo tolerance, slot filling,
// order lookup, every escalation trigger, and a conversation surviving a save and restore.
#include "bot/BotEngine.h"
#include "bot/DemoOrderDirectory.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::bot;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

class BotConversationTest : public ::testing::Test
{
protected:
    TopicSet topics = TopicSet::builtIn();
    DemoOrderDirectory orders;
    BotSettings settings;

    std::unique_ptr<BotConversation> make()
    {
        auto c = std::make_unique<BotConversation>(topics, settings, &orders);
        c->setClock([] { return kNow; });
        return c;
    }
    // A conversation that greeted and already knows the visitor's name.
    std::unique_ptr<BotConversation> greeted(const QString &name = QStringLiteral("Anna"))
    {
        auto c = make();
        c->start(QStringLiteral("https://shop.example.com/help"), QStringLiteral("en-US"));
        c->reply(name);
        return c;
    }
};

QString joined(const BotTurn &t)
{
    return t.replies.join(QLatin1Char('\n'));
}

#define EXPECT_SAYS(turn, text)                                                                                        \
    EXPECT_TRUE(joined(turn).contains(QStringLiteral(text))) << "bot said: " << joined(turn).toStdString()

} // namespace

TEST_F(BotConversationTest, BuiltInTopicFileLoadsFromTheLibrary)
{
    const QStringList ids = topics.topicIds();
    for (const char *id : { "greeting", "order-status", "returns-policy", "form-returns", "form-warranty",
             "form-address-change", "forms", "email-updates", "billing-dispute", "goodbye" })
        EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;
}

TEST_F(BotConversationTest, GreetsAndAsksForTheNameThenUsesIt)
{
    auto bot = make();
    const BotTurn hello = bot->start(QStringLiteral("https://shop.example.com/help"), QStringLiteral("en-US"));
    EXPECT_EQ(hello.topic, QStringLiteral("greeting"));
    EXPECT_SAYS(hello, "Handoff Assistant");
    EXPECT_EQ(hello.replies.last(), QStringLiteral("May I have your name?"));
    const BotTurn named = bot->reply(QStringLiteral("anna"));
    EXPECT_SAYS(named, "Nice to meet you, Anna!");
    EXPECT_EQ(bot->fields(), (QList<BotField> { { QStringLiteral("visitor.name"), QStringLiteral("Anna") } }));
}

TEST_F(BotConversationTest, TakesTheNameFromASentence)
{
    auto bot = make();
    bot->start({}, QStringLiteral("en"));
    const BotTurn named = bot->reply(QStringLiteral("Hi, my name is anna berg."));
    EXPECT_SAYS(named, "Nice to meet you, Anna Berg!");
    EXPECT_EQ(bot->fields().value(0).value, QStringLiteral("Anna Berg"));
}

TEST_F(BotConversationTest, TheNameMayBeDeclined)
{
    auto bot = make();
    bot->start({}, QStringLiteral("en"));
    const BotTurn t = bot->reply(QStringLiteral("I'd rather not"));
    EXPECT_SAYS(t, "Nice to meet you, and welcome!");
    EXPECT_TRUE(bot->fields().isEmpty());
    EXPECT_FALSE(t.handoff);
}

TEST_F(BotConversationTest, AskingSomethingElseInsteadOfTheNameSwitchesTopic)
{
    auto bot = make();
    bot->start({}, QStringLiteral("en"));
    const BotTurn t = bot->reply(QStringLiteral("where is my order?"));
    EXPECT_EQ(t.topic, QStringLiteral("order-status"));
    EXPECT_EQ(t.replies, QStringList { QStringLiteral("What is your order number? It looks like A1002.") });
    EXPECT_TRUE(bot->fields().isEmpty()) << "the question is not a name";
}

TEST_F(BotConversationTest, AnUnrelatedQuestionIsNotTakenForAName)
{
    auto bot = make();
    bot->start({}, QStringLiteral("en"));
    const BotTurn t = bot->reply(QStringLiteral("opening hours"));
    EXPECT_SAYS(t, "Sorry, I didn't quite get that.");
    EXPECT_TRUE(bot->fields().isEmpty());
    EXPECT_SAYS(
        bot->reply(QStringLiteral("how long does delivery take")), "Standard delivery takes 2 to 4 working days");
}

TEST_F(BotConversationTest, OrdinaryRepliesToTheNameQuestionAreNotNames)
{
    for (const char *text : { "I'm fine", "I am looking for my order", "I'm just browsing", "im not sure" }) {
        auto bot = make();
        bot->start({}, QStringLiteral("en"));
        bot->reply(QString::fromUtf8(text));
        for (const BotField &f : bot->fields())
            EXPECT_NE(f.name, QStringLiteral("visitor.name")) << text << " -> " << f.value.toStdString();
    }
}

TEST_F(BotConversationTest, AGreetingLaterInTheConversationIsAnsweredBriefly)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("hello"));
    EXPECT_EQ(t.replies, QStringList { QStringLiteral("Hello again! What else can I do for you?") });
}

TEST_F(BotConversationTest, HelloWhileBeingAskedForTheNameAsksAgainWithoutCountingAMiss)
{
    auto bot = make();
    bot->start({}, QStringLiteral("en"));
    EXPECT_EQ(bot->reply(QStringLiteral("hello")).replies, QStringList { QStringLiteral("May I have your name?") });
    EXPECT_EQ(bot->reply(QStringLiteral("hi")).replies, QStringList { QStringLiteral("May I have your name?") });
    EXPECT_SAYS(bot->reply(QStringLiteral("Omar")), "Nice to meet you, Omar!");
}

TEST_F(BotConversationTest, OrderStatusAsksForTheNumberAndLooksItUp)
{
    auto bot = greeted();
    const BotTurn ask = bot->reply(QStringLiteral("Can you check my order?"));
    EXPECT_EQ(ask.topic, QStringLiteral("order-status"));
    EXPECT_SAYS(ask, "What is your order number?");
    const BotTurn answer = bot->reply(QStringLiteral("a1001"));
    EXPECT_EQ(answer.topic, QStringLiteral("order-status"));
    EXPECT_SAYS(answer, "Order A1001: Shipped");
    const QList<BotField> expected { { QStringLiteral("visitor.name"), QStringLiteral("Anna") },
        { QStringLiteral("order.number"), QStringLiteral("A1001") },
        { QStringLiteral("order.status"), *orders.statusOf(QStringLiteral("A1001")) },
        { QStringLiteral("order.total"), QStringLiteral("59.90 EUR") } };
    EXPECT_EQ(bot->fields(), expected);
    EXPECT_EQ(bot->lastTopic(), QStringLiteral("order-status"));
}

TEST_F(BotConversationTest, OrderNumberGivenInlineIsTakenDirectly)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("where is my order A1002?"));
    EXPECT_EQ(t.topic, QStringLiteral("order-status"));
    EXPECT_EQ(t.replies.size(), 1);
    EXPECT_SAYS(t, "Order A1002: Being prepared");
}

TEST_F(BotConversationTest, ABareOrderNumberIsUnderstoodAsAnOrderQuestion)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("A1003"));
    EXPECT_EQ(t.topic, QStringLiteral("order-status"));
    EXPECT_SAYS(t, "Delivered on 20 November");
}

TEST_F(BotConversationTest, AWrongOrderNumberIsReAskedWithAnExplanation)
{
    auto bot = greeted();
    bot->reply(QStringLiteral("order status"));
    const BotTurn bad = bot->reply(QStringLiteral("12345"));
    EXPECT_FALSE(bad.handoff);
    EXPECT_SAYS(bad, "doesn't look like an order number");
    EXPECT_EQ(bad.replies.last(), QStringLiteral("What is your order number? It looks like A1002."));
    EXPECT_TRUE(bot->fields().size() == 1) << "nothing stored from a bad value";
    EXPECT_SAYS(bot->reply(QStringLiteral("it's A1004")), "Order A1004: Cancelled");
}

TEST_F(BotConversationTest, AnUnknownOrderIsReportedAndACorrectedNumberAccepted)
{
    auto bot = greeted();
    bot->reply(QStringLiteral("where is my order A1001"));
    const BotTurn unknown = bot->reply(QStringLiteral("sorry, I meant Z9999"));
    EXPECT_SAYS(unknown, "I couldn't find an order Z9999.");
    EXPECT_EQ(unknown.topic, QStringLiteral("order-status"));
    EXPECT_EQ(bot->fields().value(1).value, QStringLiteral("Z9999"));
    for (const BotField &f : bot->fields())
        EXPECT_NE(f.name, QStringLiteral("order.status")) << "no stale status from the earlier order";
    const BotTurn fixed = bot->reply(QStringLiteral("B2001"));
    EXPECT_SAYS(fixed, "Order B2001: Waiting for payment.");
}

TEST_F(BotConversationTest, ReturnsPolicy)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("How do I return something?"));
    EXPECT_EQ(t.topic, QStringLiteral("returns-policy"));
    EXPECT_SAYS(t, "within 30 days");
    EXPECT_EQ(bot->reply(QStringLiteral("what's your refund policy")).topic, QStringLiteral("returns-policy"));
}

TEST_F(BotConversationTest, FormQuestionsGetTheRightLink)
{
    auto bot = greeted();
    const struct {
        const char *question;
        const char *topic;
        const char *link;
    } cases[] = {
        { "Where is the form for returns?", "form-returns", "/forms/returns" },
        { "where is the warranty claim form", "form-warranty", "/forms/warranty-claim" },
        { "I need the form for a warranty claim", "form-warranty", "/forms/warranty-claim" },
        { "I moved, how do I change my address?", "form-address-change", "/forms/address-change" },
        { "where is the form", "forms", "/forms/address-change" },
    };
    for (const auto &c : cases) {
        const BotTurn t = bot->reply(QString::fromUtf8(c.question));
        EXPECT_EQ(t.topic, QString::fromLatin1(c.topic)) << c.question;
        EXPECT_TRUE(joined(t).contains(QString::fromLatin1(c.link))) << c.question << " -> " << joined(t).toStdString();
    }
}

TEST_F(BotConversationTest, EmailIsAskedValidatedAndKept)
{
    auto bot = greeted();
    EXPECT_SAYS(bot->reply(QStringLiteral("please email me updates")), "What is your email address?");
    EXPECT_SAYS(bot->reply(QStringLiteral("anna at example")), "doesn't look like an email address");
    const BotTurn t = bot->reply(QStringLiteral("Anna.Berg@Example.com"));
    EXPECT_SAYS(t, "We will send updates to anna.berg@example.com.");
    EXPECT_EQ(bot->fields().value(1),
        (BotField { QStringLiteral("visitor.email"), QStringLiteral("anna.berg@example.com") }));
}

TEST_F(BotConversationTest, ShippingTimesAndWhatTheBotIs)
{
    auto bot = greeted();
    const BotTurn shipping = bot->reply(QStringLiteral("How long does shipping take?"));
    EXPECT_EQ(shipping.topic, QStringLiteral("shipping-times"));
    EXPECT_SAYS(shipping, "express delivery");
    const BotTurn about = bot->reply(QStringLiteral("are you a bot?"));
    EXPECT_EQ(about.topic, QStringLiteral("about-bot"));
    EXPECT_SAYS(about, "I'm Handoff Assistant, a virtual assistant.");
    EXPECT_FALSE(about.handoff);
}

TEST_F(BotConversationTest, ABrokenItemGetsTheWarrantyForm)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("my order A1003 arrived broken"));
    EXPECT_EQ(t.topic, QStringLiteral("form-warranty"));
    EXPECT_EQ(bot->fields().value(1).value, QStringLiteral("A1003")) << "the order number is kept for the agent";
}

TEST_F(BotConversationTest, GoodbyeUsesTheName)
{
    auto bot = greeted(QStringLiteral("Lena"));
    const BotTurn t = bot->reply(QStringLiteral("Thanks, bye!"));
    EXPECT_EQ(t.topic, QStringLiteral("goodbye"));
    EXPECT_SAYS(t, "Goodbye, Lena!");
}

TEST_F(BotConversationTest, SmallTyposAreTolerated)
{
    auto bot = greeted();
    EXPECT_EQ(bot->reply(QStringLiteral("wher is my oder?")).topic, QStringLiteral("order-status"));
    bot = greeted();
    EXPECT_EQ(bot->reply(QStringLiteral("retrun polcy")).topic, QStringLiteral("returns-policy"));
    EXPECT_EQ(bot->reply(QStringLiteral("WARRENTY CLAIM FORM")).topic, QStringLiteral("form-warranty"));
    EXPECT_EQ(bot->reply(QStringLiteral("adress change form")).topic, QStringLiteral("form-address-change"));
    EXPECT_EQ(bot->reply(QStringLiteral("Good bye!")).topic, QStringLiteral("goodbye"));
}

TEST_F(BotConversationTest, UnrelatedWordsAreNotForcedOntoATopic)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("what's the weather in Paris tomorrow"));
    EXPECT_TRUE(t.topic.isEmpty());
    EXPECT_FALSE(t.handoff);
    EXPECT_SAYS(t, "Sorry, I didn't quite get that.");
}

TEST_F(BotConversationTest, TwoMessagesNotUnderstoodInARowHandOver)
{
    auto bot = greeted();
    bot->reply(QStringLiteral("where is my order A1002"));
    EXPECT_FALSE(bot->reply(QStringLiteral("purple elephants dancing")).handoff);
    const BotTurn t = bot->reply(QStringLiteral("quantum marmalade"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Unrecognised);
    EXPECT_EQ(t.context->reason, QStringLiteral("The bot did not understand 2 messages in a row."));
    EXPECT_EQ(t.context->lastTopic, QStringLiteral("order-status"));
    EXPECT_EQ(t.replies.last(), QStringLiteral("Let me connect you with someone who can help."));
}

TEST_F(BotConversationTest, AnUnderstoodMessageResetsTheCount)
{
    auto bot = greeted();
    EXPECT_FALSE(bot->reply(QStringLiteral("purple elephants dancing")).handoff);
    EXPECT_EQ(bot->reply(QStringLiteral("what is the return policy")).topic, QStringLiteral("returns-policy"));
    EXPECT_FALSE(bot->reply(QStringLiteral("quantum marmalade")).handoff);
    EXPECT_TRUE(bot->reply(QStringLiteral("zebra crossing tango")).handoff);
}

TEST_F(BotConversationTest, BadSlotValuesCountAsNotUnderstood)
{
    auto bot = greeted();
    bot->reply(QStringLiteral("track my order"));
    EXPECT_FALSE(bot->reply(QStringLiteral("no idea")).handoff);
    const BotTurn t = bot->reply(QStringLiteral("12"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Unrecognised);
}

TEST_F(BotConversationTest, TheLimitOfMissesIsASetting)
{
    settings.maxUnrecognisedTurns = 3;
    auto bot = greeted();
    EXPECT_FALSE(bot->reply(QStringLiteral("purple elephants")).handoff);
    EXPECT_FALSE(bot->reply(QStringLiteral("quantum marmalade")).handoff);
    const BotTurn t = bot->reply(QStringLiteral("zebra tango"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->reason, QStringLiteral("The bot did not understand 3 messages in a row."));
}

TEST_F(BotConversationTest, ExplicitRequestHandsOverWithTheWholeContext)
{
    auto bot = make();
    bot->start(QStringLiteral("https://shop.example.com/orders"), QStringLiteral("en-US"));
    bot->reply(QStringLiteral("Anna"));
    bot->reply(QStringLiteral("email updates please"));
    bot->reply(QStringLiteral("anna@example.com"));
    bot->reply(QStringLiteral("where is my order A1001"));
    const BotTurn t = bot->reply(QStringLiteral("I want to talk to a real agent"));
    ASSERT_TRUE(t.handoff);
    ASSERT_TRUE(t.context);
    EXPECT_EQ(t.replies, QStringList { QStringLiteral("Let me connect you with someone who can help.") });
    const HandoffContext &c = *t.context;
    EXPECT_EQ(c.trigger, EscalationTrigger::Explicit);
    EXPECT_EQ(c.reason, QStringLiteral("The visitor asked for a person."));
    EXPECT_EQ(c.lastTopic, QStringLiteral("order-status"));
    QStringList names;
    for (const BotField &f : c.fields)
        names.append(f.name);
    EXPECT_EQ(names,
        (QStringList { QStringLiteral("visitor.name"), QStringLiteral("visitor.email"), QStringLiteral("order.number"),
            QStringLiteral("order.status"), QStringLiteral("order.total") }));
    EXPECT_EQ(c.field(QStringLiteral("order.total")), QStringLiteral("59.90 EUR"));
    EXPECT_EQ(c.page, QStringLiteral("https://shop.example.com/orders"));
    EXPECT_EQ(c.language, QStringLiteral("en-US"));
    EXPECT_EQ(c.source, QStringLiteral("bot"));
    EXPECT_EQ(c.at, kNow);
    EXPECT_TRUE(bot->handedOff());
    EXPECT_TRUE(bot->reply(QStringLiteral("hello?")).replies.isEmpty()) << "the bot is silent once a person takes over";
}

TEST_F(BotConversationTest, ExplicitRequestsInTheMiddleOfASlotQuestion)
{
    for (const char *text :
        { "connect me to support", "human please", "representative", "speak to someone", "live agent", "operator" }) {
        auto bot = greeted();
        bot->reply(QStringLiteral("where is my order"));
        const BotTurn t = bot->reply(QString::fromUtf8(text));
        ASSERT_TRUE(t.handoff) << text;
        EXPECT_EQ(t.context->trigger, EscalationTrigger::Explicit) << text;
    }
}

TEST_F(BotConversationTest, TheWordAgentAloneInASentenceDoesNotHandOver)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("my travel agent booked the order A1002"));
    EXPECT_FALSE(t.handoff);
    EXPECT_EQ(t.topic, QStringLiteral("order-status"));
}

TEST_F(BotConversationTest, TheTalkToAPersonButtonHandsOver)
{
    auto bot = greeted();
    const BotTurn t = bot->requestHuman();
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Explicit);
    EXPECT_EQ(t.context->field(QStringLiteral("visitor.name")), QStringLiteral("Anna"));
}

TEST_F(BotConversationTest, FrustrationHandsOverWithTheMessageQuoted)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("this is useless!!!"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Frustration);
    EXPECT_EQ(t.context->reason, QStringLiteral("The visitor seemed frustrated (\"this is useless!!!\")."));
}

TEST_F(BotConversationTest, FrustrationAddsUpOverTwoMessages)
{
    auto bot = greeted();
    EXPECT_FALSE(bot->reply(QStringLiteral("the tracking is useless")).handoff);
    const BotTurn t = bot->reply(QStringLiteral("where is my order, this is ridiculous"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Frustration);
}

TEST_F(BotConversationTest, CalmMessagesDoNotHandOver)
{
    auto bot = greeted();
    for (const char *text : { "Great, thanks!!", "where is my order A1002?", "Is the NASA edition returnable?" })
        EXPECT_FALSE(bot->reply(QString::fromUtf8(text)).handoff) << text;
}

TEST_F(BotConversationTest, BillingDisputesAlwaysGoToAPerson)
{
    auto bot = greeted();
    const BotTurn t = bot->reply(QStringLiteral("I was charged twice for order A1002"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.topic, QStringLiteral("billing-dispute"));
    EXPECT_EQ(t.replies,
        (QStringList { QStringLiteral("I'm sorry about the trouble with your bill."),
            QStringLiteral("Let me connect you with someone who can help.") }));
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Topic);
    EXPECT_EQ(t.context->reason, QStringLiteral("Billing disputes always go to a person."));
    EXPECT_EQ(t.context->lastTopic, QStringLiteral("billing-dispute"));
    EXPECT_EQ(t.context->field(QStringLiteral("order.number")), QStringLiteral("A1002"));
}

TEST_F(BotConversationTest, TheHandoffLineComesFromTheSettings)
{
    settings.handoffLine = QStringLiteral("One moment, a colleague will join you.");
    auto bot = greeted();
    EXPECT_EQ(bot->reply(QStringLiteral("human please")).replies.last(), settings.handoffLine);
}

TEST_F(BotConversationTest, SaveAndRestoreInTheMiddleOfASlotQuestion)
{
    QByteArray saved;
    {
        auto bot = make();
        bot->start(QStringLiteral("https://shop.example.com/p/42"), QStringLiteral("de-DE"));
        bot->reply(QStringLiteral("Jonas"));
        bot->reply(QStringLiteral("purple elephants")); // one miss, remembered across the restart
        // A German visitor: English phrases are understood too, the answers are German.
        const BotTurn ask = bot->reply(QStringLiteral("I want to track my order"));
        EXPECT_SAYS(ask, "Wie lautet Ihre Bestellnummer?");
        saved = QJsonDocument(bot->saveState()).toJson();
    }
    auto restored = make();
    ASSERT_TRUE(restored->restoreState(QJsonDocument::fromJson(saved).object()));
    EXPECT_EQ(restored->lastTopic(), QStringLiteral("order-status"));
    EXPECT_EQ(restored->fields().value(0).value, QStringLiteral("Jonas"));
    const BotTurn answer = restored->reply(QStringLiteral("A1003"));
    EXPECT_SAYS(answer, "Bestellung A1003: Delivered") << "the language is restored with the rest";
    const BotTurn t = restored->reply(QStringLiteral("representative"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->page, QStringLiteral("https://shop.example.com/p/42"));
    EXPECT_EQ(t.context->language, QStringLiteral("de-DE"));
    EXPECT_EQ(t.context->field(QStringLiteral("order.number")), QStringLiteral("A1003"));
}

TEST_F(BotConversationTest, SaveAndRestoreKeepsTheMissCountAndTheHandoff)
{
    auto bot = greeted();
    bot->reply(QStringLiteral("purple elephants"));
    auto second = make();
    ASSERT_TRUE(second->restoreState(bot->saveState()));
    EXPECT_TRUE(second->reply(QStringLiteral("quantum marmalade")).handoff) << "the earlier miss still counts";
    auto third = make();
    ASSERT_TRUE(third->restoreState(second->saveState()));
    EXPECT_TRUE(third->handedOff());
    EXPECT_EQ(third->saveState(), second->saveState());
}

TEST_F(BotConversationTest, RestoreRejectsAMalformedStateAndKeepsTheCurrentOne)
{
    auto bot = greeted();
    const QJsonObject before = bot->saveState();
    EXPECT_FALSE(bot->restoreState(QJsonObject {}));
    EXPECT_FALSE(bot->restoreState(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("fields"), 3 } }));
    EXPECT_FALSE(bot->restoreState(
        QJsonObject { { QStringLiteral("version"), 99 }, { QStringLiteral("fields"), QJsonArray {} } }));
    EXPECT_EQ(bot->saveState(), before);
}

// The built-in topics in each shipped language: the greeting, a question in the language, and a request for a
// person that escalates explicitly. The order status sentence comes from the router's translation, which a
// test without the router's resources does not have: it stays English here (tests/server/VisitorLanguageTest).
struct LanguageCase {
    const char *tag;
    const char *greeting;
    const char *question;
    const char *answer;
    const char *askForPerson;
    const char *handoffLine;
};

void PrintTo(const LanguageCase &c, std::ostream *os)
{
    *os << c.tag;
}

class BuiltInTopicsInLanguage : public ::testing::TestWithParam<LanguageCase>
{
};

TEST_P(BuiltInTopicsInLanguage, GreetAnswerAndEscalateInTheVisitorsLanguage)
{
    const LanguageCase c = GetParam();
    const TopicSet topics = TopicSet::builtIn();
    DemoOrderDirectory orders;
    BotConversation bot(topics, BotSettings {}, &orders);
    const BotTurn hello = bot.start(QStringLiteral("https://shop.example.com/"), QString::fromUtf8(c.tag));
    ASSERT_FALSE(hello.replies.isEmpty());
    EXPECT_TRUE(hello.replies.first().startsWith(QString::fromUtf8(c.greeting))) << joined(hello).toStdString();
    const BotTurn answer = bot.reply(QString::fromUtf8(c.question));
    EXPECT_FALSE(answer.handoff);
    EXPECT_TRUE(joined(answer).contains(QString::fromUtf8(c.answer))) << joined(answer).toStdString();
    const BotTurn escalation = bot.reply(QString::fromUtf8(c.askForPerson));
    ASSERT_TRUE(escalation.handoff) << c.askForPerson;
    EXPECT_EQ(escalation.context->trigger, EscalationTrigger::Explicit);
    EXPECT_EQ(escalation.replies.value(0), QString::fromUtf8(c.handoffLine));
    EXPECT_EQ(escalation.context->language, QString::fromUtf8(c.tag));
}

INSTANTIATE_TEST_SUITE_P(Languages, BuiltInTopicsInLanguage,
    ::testing::Values(
        LanguageCase { "de", "Hallo! Ich bin Handoff Assistant", "Wie lange dauert der Versand?",
            "Die Standardlieferung dauert 2 bis 4 Werktage", "ich möchte einen Menschen sprechen",
            "Ich verbinde Sie mit jemandem, der Ihnen helfen kann." },
        LanguageCase { "de-AT", "Hallo! Ich bin Handoff Assistant", "Wo finde ich das Rücksendeformular?",
            "Hier ist das Rücksendeformular:", "Kann ich bitte mit einem Mitarbeiter sprechen?",
            "Ich verbinde Sie mit jemandem, der Ihnen helfen kann." },
        LanguageCase { "fr-CA", "Bonjour ! Je suis Handoff Assistant", "Quel est le délai de livraison ?",
            "La livraison standard prend 2 à 4 jours ouvrés", "je voudrais parler à un conseiller",
            "Je vous mets en relation avec quelqu'un qui peut vous aider." },
        LanguageCase { "es", "¡Hola! Soy Handoff Assistant", "Quiero devolver un artículo",
            "Puede devolver cualquier artículo en los 30 días", "quiero hablar con una persona",
            "Le paso con alguien que puede ayudarle." },
        LanguageCase { "pt", "Olá! Eu sou Handoff Assistant", "Meu produto chegou quebrado",
            "formulário de acionamento da garantia", "quero falar com um atendente",
            "Vou transferir você para alguém que pode ajudar." },
        LanguageCase { "nl-BE", "Hallo! Ik ben Handoff Assistant", "Hoe lang duurt de levering?",
            "Standaardlevering duurt 2 tot 4 werkdagen", "ik wil graag een medewerker spreken",
            "Ik verbind u door met iemand die u kan helpen." },
        LanguageCase { "it", "Hello! I'm Handoff Assistant", "What is your return policy?",
            "You can return any item within 30 days", "I want a real person",
            "Let me connect you with someone who can help." }));

TEST_F(BotConversationTest, AGermanVisitorGivesTheNameInGermanOrDeclines)
{
    auto bot = make();
    const BotTurn hello = bot->start({}, QStringLiteral("de"));
    EXPECT_SAYS(hello, "Darf ich Ihren Namen erfahren?");
    const BotTurn named = bot->reply(QStringLiteral("Ich heiße Jonas Weber"));
    EXPECT_SAYS(named, "Schön, Sie kennenzulernen, Jonas Weber!");

    auto declining = make();
    declining->start({}, QStringLiteral("de"));
    const BotTurn declined = declining->reply(QStringLiteral("lieber nicht"));
    EXPECT_SAYS(declined, "Schön, Sie kennenzulernen, und willkommen!");
    EXPECT_TRUE(declining->fields().isEmpty());

    auto notAName = make();
    notAName->start({}, QStringLiteral("de"));
    const BotTurn order = notAName->reply(QStringLiteral("Wo ist meine Bestellung?"));
    EXPECT_SAYS(order, "Wie lautet Ihre Bestellnummer?");
    EXPECT_TRUE(notAName->fields().isEmpty()) << "a question is not a name";
}

TEST_F(BotConversationTest, FrustrationInGermanHandsOver)
{
    auto bot = make();
    bot->start({}, QStringLiteral("de"));
    bot->reply(QStringLiteral("Anna"));
    const BotTurn t = bot->reply(QStringLiteral("Das ist nutzlos und lächerlich"));
    ASSERT_TRUE(t.handoff);
    EXPECT_EQ(t.context->trigger, EscalationTrigger::Frustration);
}
