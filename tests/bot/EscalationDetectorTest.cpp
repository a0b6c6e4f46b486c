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

// The other shipped languages: requests in the visitor's language, and sentences that are not one.
struct InLanguage {
    const char *language;
    const char *text;
    bool asks;
};

void PrintTo(const InLanguage &c, std::ostream *os)
{
    *os << '"' << c.language << "\": " << c.text;
}

class PersonRequestInLanguage : public ::testing::TestWithParam<InLanguage>
{
};

TEST_P(PersonRequestInLanguage, IsRecognisedOnlyWhenItIsOne)
{
    const InLanguage c = GetParam();
    EXPECT_EQ(EscalationDetector::asksForPerson(QString::fromUtf8(c.text), QString::fromUtf8(c.language)), c.asks)
        << c.text;
}

INSTANTIATE_TEST_SUITE_P(Wordings, PersonRequestInLanguage,
    ::testing::Values(
        InLanguage { "de", "ich möchte einen Menschen sprechen", true },
        InLanguage { "de-DE", "Kann ich bitte mit einem Mitarbeiter reden?", true },
        InLanguage { "de", "Mensch bitte", true },
        InLanguage { "de", "verbinden Sie mich mit einem Berater", true },
        InLanguage { "de", "ich mochte einen menschen sprechen", true },
        InLanguage { "de", "I want a real person", true },
        InLanguage { "fr", "je voudrais parler à un conseiller", true },
        InLanguage { "fr", "Je veux parler à un humain", true },
        InLanguage { "fr", "un conseiller svp", true },
        InLanguage { "es", "quiero hablar con una persona", true },
        InLanguage { "es", "¿Me pasa con un agente?", true },
        InLanguage { "es", "necesito hablar con alguien", true },
        InLanguage { "pt_BR", "quero falar com um atendente", true },
        InLanguage { "pt", "Gostaria de falar com uma pessoa", true },
        InLanguage { "pt", "atendente por favor", true },
        InLanguage { "nl", "ik wil graag een medewerker spreken", true },
        InLanguage { "nl", "mag ik iemand spreken", true },
        InLanguage { "nl", "medewerker alstublieft", true },
        // Negated, about something else, or naming a person without asking for one.
        InLanguage { "de", "der Mitarbeiter an der Kasse war sehr freundlich", false },
        InLanguage { "fr", "la personne qui a livré le colis", false },
        InLanguage { "de", "ich möchte keinen Menschen sprechen", false },
        InLanguage { "de", "Wo ist meine Bestellung?", false },
        InLanguage { "de", "Ich möchte etwas zurückschicken", false },
        InLanguage { "fr", "je ne veux pas parler à un humain", false },
        InLanguage { "fr", "où est ma commande", false },
        InLanguage { "es", "no quiero hablar con una persona", false },
        InLanguage { "es", "quiero devolver un artículo", false },
        InLanguage { "pt", "não quero falar com um atendente", false },
        InLanguage { "pt", "quero trocar o tamanho", false },
        InLanguage { "nl", "ik wil geen medewerker spreken", false },
        InLanguage { "nl", "ik wil mijn bestelling retourneren", false },
        // Without the visitor's language only English is understood.
        InLanguage { "", "ich möchte einen Menschen sprechen", false },
        InLanguage { "it", "vorrei parlare con una persona", false }));

TEST(Frustration, EachShippedLanguageHasItsNegativeWords)
{
    EXPECT_GE(EscalationDetector::frustrationScore(QStringLiteral("Das ist nutzlos und lächerlich"), QStringLiteral("de")),
        EscalationDetector::kFrustrationThreshold);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("Das ist nutzlos"), QStringLiteral("de")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("Das ist nutzlos"), QStringLiteral("en")), 0);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("c'est inutile"), QStringLiteral("fr-FR")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("esto es ridículo"), QStringLiteral("es")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("que absurdo"), QStringLiteral("pt_BR")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("dit is belachelijk"), QStringLiteral("nl")), 2);
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("gar nicht schlecht, nicht nutzlos"), QStringLiteral("de")), 0)
        << "negated";
    EXPECT_EQ(EscalationDetector::frustrationScore(QStringLiteral("this is useless"), QStringLiteral("de")), 2)
        << "English words count in every language";
}
