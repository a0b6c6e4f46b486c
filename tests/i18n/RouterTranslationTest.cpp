// The router's German at run time: the real handoff-router explains a broken configuration or routing file in
// German, and with the router's translation loaded the bot, the topic-file check, the handoff API and the demo
// orders speak German. A text whose run-time context differs from the one in the .ts file would stay English
// here. Also: every router text in the .ts file is translated and none is left behind.
#include "bot/BotEngine.h"
#include "bot/DemoOrderDirectory.h"
#include "bot/ExternalHandoff.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::bot;

namespace {

const QString routerTs = QStringLiteral(HANDOFF_SOURCE_DIR "/translations/handoff-router_de.ts");
const QString routerQm = QStringLiteral(HANDOFF_QM_DIR "/handoff-router_de.qm");

// Runs handoff-router to completion and returns what it printed on stdout and stderr.
QString runRouter(const QStringList &args, const QStringList &extraEnv = {})
{
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "HANDOFF_LANGUAGE", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
        env.remove(QString::fromLatin1(name));
    for (const QString &pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HANDOFF_ROUTER_BINARY), args);
    if (!process.waitForFinished(60000))
        process.kill();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
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

class GermanRouterTexts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(routerQm)) << "missing " << qPrintable(routerQm);
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

TEST_F(GermanRouterTexts, TheBotHandsOverInGerman)
{
    QString error;
    const std::optional<TopicSet> topics = TopicSet::fromJson(smallTopicFile(), &error);
    ASSERT_TRUE(topics) << qPrintable(error);

    BotConversation asked(*topics, BotSettings {}, nullptr);
    const BotTurn turn = asked.requestHuman();
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

TEST(RouterTranslationFile, EveryRouterTextIsTranslatedAndNoneIsLeftBehind)
{
    // "unfinished" shows in English; "vanished" is a translation no code asks for any more, usually one whose
    // context changed. Both mean the .ts file needs a look after `update_translations`.
    QFile file(routerTs);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(routerTs);
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            EXPECT_TRUE(type.isEmpty()) << qPrintable(type) << ": " << qPrintable(context) << ": "
                                        << qPrintable(source);
        }
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_GT(messages, 300);
}

} // namespace
