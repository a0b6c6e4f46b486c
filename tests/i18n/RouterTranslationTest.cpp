// The router's German at run time: the real handoff-router explains a broken configuration or routing file in
// German, and with the router's translation loaded the bot, the topic-file check, the handoff API and the demo
// orders speak German. A text whose run-time context differs from the one in the .ts file would stay English
// here. That every router text in every .ts file is translated is checked with the other programs' files
// (TranslationTest.cpp).
#include "bot/BotEngine.h"
#include "bot/DemoOrderDirectory.h"
#include "bot/ExternalHandoff.h"
#include "ProgramRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::bot;

namespace {


// Runs handoff-router to completion and returns what it printed on stdout and stderr.
QString runRouter(const QStringList &args, const QStringList &extraEnv = {})
{
    return runProgram(QStringLiteral(HANDOFF_ROUTER_BINARY), args, extraEnv).output;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A small valid topic file without a handoff line of its own, so the bot says its built-in one.
QByteArray smallTopicFile(const QString &topicsJson = {})
{
    const QString topics = topicsJson.isEmpty()
        ? QStringLiteral(R"([{"id": "hours", "triggers": ["opening hours"], "answer": "We are open 9 to 5."}])")
        : topicsJson;
    return QStringLiteral(R"({"version": 1, "topics": %1})").arg(topics).toUtf8();
}

TEST(GermanRouterProgram, ExplainsABrokenConfigurationFileInGerman)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("router.json"));
    ASSERT_TRUE(writeFile(config, "{\n  \"listen\": 8080\n}\n"));
    const QStringList serve { QStringLiteral("--config"), config, QStringLiteral("serve"), QStringLiteral("--data-dir"),
        dir.filePath(QStringLiteral("data")) };

    const QString byOption = runRouter(QStringList { QStringLiteral("--language"), QStringLiteral("de") } + serve);
    EXPECT_TRUE(byOption.contains(QStringLiteral("Zeile 2: Feld listen: muss eine Zeichenkette wie")))
        << qPrintable(byOption);
    const QString bySystem
        = runRouter(serve, { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8") });
    EXPECT_TRUE(bySystem.contains(QStringLiteral("Feld listen: muss eine Zeichenkette wie"))) << qPrintable(bySystem);
    const QString english = runRouter(QStringList { QStringLiteral("--language=en") } + serve);
    EXPECT_TRUE(english.contains(QStringLiteral("line 2: field listen: must be a string such as")))
        << qPrintable(english);

    ASSERT_TRUE(writeFile(config, "[]\n"));
    const QString notAnObject = runRouter(serve, { QStringLiteral("HANDOFF_LANGUAGE=de") });
    EXPECT_TRUE(notAnObject.contains(QStringLiteral("Zeile 1: die Konfiguration muss ein JSON-Objekt sein")))
        << qPrintable(notAnObject);
}

TEST(GermanRouterProgram, SaysInGermanThatItCannotReadTheRoutingFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing-routing.json"));
    const QString output = runRouter(
        { QStringLiteral("routing"), QStringLiteral("check"), missing }, { QStringLiteral("HANDOFF_LANGUAGE=de") });
    EXPECT_TRUE(output.contains(QStringLiteral("%1 kann nicht gelesen werden").arg(missing))) << qPrintable(output);
}

// The router's compiled translation for one language, installed for the test's length.
class RouterTexts : public ::testing::Test
{
protected:
    void install(const char *language)
    {
        const QString qm = QStringLiteral(HANDOFF_QM_DIR "/handoff-router_%1.qm").arg(QLatin1String(language));
        ASSERT_TRUE(m_translator.load(qm)) << "missing " << qPrintable(qm);
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

// The bot's turn when a visitor of the small topic file asks for a person.
BotTurn askForAPerson()
{
    QString error;
    const std::optional<TopicSet> topics = TopicSet::fromJson(smallTopicFile(), &error);
    EXPECT_TRUE(topics) << qPrintable(error);
    if (!topics)
        return {};
    BotConversation asked(*topics, BotSettings {}, nullptr);
    return asked.requestHuman();
}

class GermanRouterTexts : public RouterTexts
{
protected:
    void SetUp() override { install("de"); }
};

TEST_F(GermanRouterTexts, TheBotHandsOverInGerman)
{
    QString error;
    const std::optional<TopicSet> topics = TopicSet::fromJson(smallTopicFile(), &error);
    ASSERT_TRUE(topics) << qPrintable(error);

    const BotTurn turn = askForAPerson();
    ASSERT_TRUE(turn.handoff);
    EXPECT_EQ(
        turn.replies, QStringList { QStringLiteral("Ich verbinde Sie mit jemandem, der Ihnen weiterhelfen kann.") });
    ASSERT_TRUE(turn.context);
    EXPECT_EQ(turn.context->reason, QStringLiteral("Der Besucher wollte einen Menschen sprechen."));

    BotSettings settings;
    settings.maxUnrecognisedTurns = 2;
    BotConversation puzzled(*topics, settings, nullptr);
    puzzled.reply(QStringLiteral("xyzzy plugh"));
    const BotTurn second = puzzled.reply(QStringLiteral("frobnicate quux"));
    ASSERT_TRUE(second.handoff);
    ASSERT_TRUE(second.context);
    EXPECT_EQ(second.context->reason, QStringLiteral("Der Bot hat 2 Nachrichten hintereinander nicht verstanden."));
}

// What visitors read from the bot and what a broken topic file says, in French, Spanish, Brazilian Portuguese
// and Dutch: the texts are put together from pieces ("%1 is missing." around "Field "answer" of topic
// "hours"") and must read as one sentence.
struct RouterLanguage {
    const char *code;
    const char *handoffLine;    // the bot's line when a visitor asks for a person
    const char *missingAnswer;  // topic "hours" without "answer"
};

class TranslatedRouterTexts : public RouterTexts, public ::testing::WithParamInterface<RouterLanguage>
{
protected:
    void SetUp() override { install(GetParam().code); }
};

TEST_P(TranslatedRouterTexts, TheBotAndTheTopicFileCheckSpeakTheLanguage)
{
    const BotTurn turn = askForAPerson();
    ASSERT_TRUE(turn.handoff);
    EXPECT_EQ(turn.replies, QStringList { QString::fromUtf8(GetParam().handoffLine) });

    QString error;
    EXPECT_FALSE(TopicSet::fromJson(smallTopicFile(QStringLiteral(R"([{"id": "hours", "triggers": ["x"]}])")), &error));
    EXPECT_EQ(error, QString::fromUtf8(GetParam().missingAnswer));
}

INSTANTIATE_TEST_SUITE_P(ShippedLanguages, TranslatedRouterTexts,
    ::testing::Values(RouterLanguage { "fr", "Je vous mets en relation avec quelqu'un qui pourra vous aider.",
                          "Le champ \"answer\" du sujet « hours » est absent." },
        RouterLanguage { "es", "Le paso con alguien que pueda ayudarle.",
            "El campo \"answer\" del tema «hours» no existe." },
        RouterLanguage { "pt_BR", "Vou conectar você com alguém que pode ajudar.",
            "O campo \"answer\" do assunto \"hours\" está faltando." },
        RouterLanguage { "nl", "Ik breng u in contact met iemand die u verder kan helpen.",
            "Het veld \"answer\" van onderwerp \"hours\" ontbreekt." }),
    [](const ::testing::TestParamInfo<RouterLanguage> &info) { return std::string(info.param.code); });

TEST_F(GermanRouterTexts, ABrokenTopicFileIsExplainedInGerman)
{
    QString error;
    EXPECT_FALSE(TopicSet::fromJson("[]", &error));
    EXPECT_EQ(error, QStringLiteral("Die Themendatei muss ein JSON-Objekt sein."));
    // Texts put together from several pieces: the place and the complaint both come out German.
    EXPECT_FALSE(TopicSet::fromJson(smallTopicFile(QStringLiteral(R"([{"id": "hours", "triggers": ["x"]}])")), &error));
    EXPECT_EQ(error, QStringLiteral("Feld \"answer\" von Thema „hours“ fehlt.")) << qPrintable(error);
}

TEST_F(GermanRouterTexts, AnExternalBotsBrokenHandoffIsRefusedInGerman)
{
    const auto request = parseHandoffRequest(QJsonObject {});
    ASSERT_TRUE(std::holds_alternative<MappingError>(request));
    EXPECT_EQ(std::get<MappingError>(request).message,
        QStringLiteral("\"reason\" fehlt: Sagen Sie in einem Satz, warum das Gespräch einen Menschen braucht."));
    const auto copilot = mapCopilotHandoff(QJsonObject { { QStringLiteral("type"), QStringLiteral("message") } });
    ASSERT_TRUE(std::holds_alternative<MappingError>(copilot));
    EXPECT_EQ(std::get<MappingError>(copilot).message, QStringLiteral("\"type\" muss \"event\" sein."));
}

TEST_F(GermanRouterTexts, TheDemoOrdersReadInGerman)
{
    const DemoOrderDirectory orders;
    EXPECT_EQ(orders.statusOf(QStringLiteral("A1003")), QStringLiteral("Am 20. November zugestellt."));
}

} // namespace
