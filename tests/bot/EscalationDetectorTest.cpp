// Which messages ask for a person and which sound frustrated — the rules docs/bot.md promises.
#include "bot/EscalationDetector.h"

#include <gtest/gtest.h>

using handoff::bot::EscalationDetector;

class AsksForPerson : public ::testing::TestWithParam<const char *>
{
};

TEST_P(AsksForPerson, IsRecognised)
{
    EXPECT_TRUE(EscalationDetector::asksForPerson(QString::fromUtf8(GetParam()))) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Wordings, AsksForPerson,
    ::testing::Values("I want to talk to a real agent", "connect me to support", "human please", "representative",
        "Representative!", "speak to someone", "live agent", "operator", "Can I speak with a human?",
        "I'd like to talk to a person", "Please transfer me to an agent.", "get me a human", "I need a real person",
        "talk to customer service", "put me through to someone", "is there a real person I can chat with", "AGENT",
        "agent please", "I want an agent now", "let me speak to a representative",
        "can you connect me with your support team", "speek to a humen", "I want to talk to someone about my order",
        "Talk to a person", "a real human being please", "escalate to a supervisor",
        "i want to talk to my account manager", "can I speak with the store manager", "anyone there?",
        "Hello, is anybody there", "is there a person I can talk to", "Isn't there a real human here?"));

class DoesNotAskForPerson : public ::testing::TestWithParam<const char *>
{
};

TEST_P(DoesNotAskForPerson, IsNotMistakenForARequest)
{
    EXPECT_FALSE(EscalationDetector::asksForPerson(QString::fromUtf8(GetParam()))) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Wordings, DoesNotAskForPerson,
    ::testing::Values("my travel agent booked the trip", "where is my order A1002",
        "the delivery person left it at the door", "someone stole my package", "I don't want to talk to a person",
        "what is your return policy", "my travel agent's number is in the order", "hello", "support for USB-C?",
        "I went to the agent in town", "the human resources department called", "is the warranty per person",
        "no need for a human, thanks", "can I talk to you about my travel agent",
        "I don't want to speak to your manager", "someone there stole my parcel", "is there a warranty per person",
        "is there support for USB-C", "do you have agents in Germany?",
        "can you tell me if a person needs to sign for it"));

TEST(Frustration, ScoresNegativeWordsShoutingAndRepeatedPunctuation)
{
    EXPECT_GE(EscalationDetector::frustrationScore(QStringLiteral("this is useless!!!")), 3);
    EXPECT_GE(EscalationDetector::frustrationScore(QStringLiteral("WHERE IS MY ORDER???")), 3);
    EXPECT_GE(EscalationDetector::frustrationScore(QStringLiteral("wtf, this is ridiculous")), 3);
    EXPECT_GE(EscalationDetector::frustrationScore(QStringLiteral("terrible service!!")), 3);
    EXPECT_GE(EscalationDetector::frustrationScore(QStringLiteral("I AM SO ANGRY")), 3);
}

TEST(Frustration, CalmMessagesStayBelowTheThreshold)
{
    for (const char *text : { "where is my order A1002?", "Thanks!", "Great, thank you!!",
             "I have a USB cable question", "It's not terrible, just slow", "Is the NASA edition in stock?", "ok",
             "why?", "ORDER A1002", "this is useless" }) {
        EXPECT_LT(
            EscalationDetector::frustrationScore(QString::fromUtf8(text)), EscalationDetector::kFrustrationThreshold)
            << text;
    }
}

TEST(Frustration, EachPartHasItsDocumentedWeight)
{
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("useless")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("useless useless")), 2); // a word counts once
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("useless and terrible")), 4);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("WHERE IS IT")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("hello??")), 0);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("hello???")), 1);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("hello!!")), 1);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("really?!")), 1);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("It isn't terrible")), 0);
}

TEST(Frustration, TheExamplesInTheDocumentationScoreAsDocumented)
{
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("this is useless!!!")), 3);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("WHERE IS MY ORDER???")), 3);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("I AM SO ANGRY")), 4);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("this is useless")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("Great, thanks!!")), 1);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("Is the NASA edition in stock?")), 0);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("ORDER A1002")), 0);
}
