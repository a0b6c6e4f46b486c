// Loading topic files: the built-in one, one from disk, and the clear errors a broken file gets.
#include "bot/BotEngine.h"
#include "bot/DemoOrderDirectory.h"
#include "bot/PhraseMatcher.h"
#include "bot/VisitorLanguage.h"

#include <QFile>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::bot;

namespace {

// A small valid topic file; each error test breaks one thing in it.
QByteArray smallFile(const QString &topicsJson = {}, const QString &slotsJson = {})
{
    const QString slotText = slotsJson.isEmpty() ? QStringLiteral(R"({"order.number": {"prompt": "Order number?",
        "pattern": "[A-Z]\\d{4}", "transform": "upper"}})")
                                                 : slotsJson;
    const QString topics = topicsJson.isEmpty() ? QStringLiteral(R"([{"id": "hours", "triggers": ["opening hours"],
        "answer": "We are open 9 to 5."}])")
                                                : topicsJson;
    return QStringLiteral(R"({"version": 1, "slots": %1, "topics": %2})").arg(slotText, topics).toUtf8();
}

std::string errorOf(const QByteArray &json)
{
    QString error;
    const std::optional<TopicSet> set = TopicSet::fromJson(json, &error);
    EXPECT_FALSE(set.has_value());
    return error.toStdString();
}

// The JSON example of docs/bot.md that begins with `opening`; empty (and a failure) when there is none.
QByteArray docExample(const char *opening)
{
    QFile doc(QStringLiteral(HANDOFF_SOURCE_DIR "/docs/bot.md"));
    EXPECT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("```json\n") + QString::fromUtf8(opening));
    EXPECT_GE(start, 0) << "an example in docs/bot.md beginning " << opening;
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("```"), start + 7);
    return text.mid(start + 7, end - start - 7).toUtf8();
}

} // namespace

TEST(TopicSet, ASmallFileWorksEndToEnd)
{
    QString error;
    const std::optional<TopicSet> set = TopicSet::fromJson(smallFile(), &error);
    ASSERT_TRUE(set) << error.toStdString();
    EXPECT_EQ(set->topicIds(), QStringList { QStringLiteral("hours") });
    BotConversation bot(*set, BotSettings {}, nullptr);
    EXPECT_TRUE(bot.start({}, {}).replies.isEmpty()) << "no startTopic: the bot waits for the visitor";
    const BotTurn t = bot.reply(QStringLiteral("What are your opening hours?"));
    EXPECT_EQ(t.replies, QStringList { QStringLiteral("We are open 9 to 5.") });
}

TEST(TopicSet, AFileOnDiskReplacesTheBuiltInOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("topics.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(smallFile());
    f.close();
    QString error;
    const std::optional<TopicSet> set = TopicSet::fromFile(path, &error);
    ASSERT_TRUE(set) << error.toStdString();
    EXPECT_EQ(set->topicIds(), QStringList { QStringLiteral("hours") });

    EXPECT_FALSE(TopicSet::fromFile(dir.filePath(QStringLiteral("missing.json")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing.json"))) << error.toStdString();

    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"topics": [{"id": "a", "triggers": ["x"]}]})");
    broken.close();
    EXPECT_FALSE(TopicSet::fromFile(broken.fileName(), &error));
    EXPECT_EQ(error, QStringLiteral("topic \"a\" \"answer\" is missing."));
}

TEST(TopicSet, TheShippedTopicFileIsTheOneCompiledIn)
{
    QString error;
    const std::optional<TopicSet> onDisk
        = TopicSet::fromFile(QStringLiteral(HANDOFF_SOURCE_DIR "/resources/bot/topics.json"), &error);
    ASSERT_TRUE(onDisk) << error.toStdString();
    EXPECT_EQ(onDisk->topicIds(), TopicSet::builtIn().topicIds());
}

TEST(TopicSet, TheExampleInTheDocumentationIsAValidTopicFile)
{
    QString error;
    const std::optional<TopicSet> set = TopicSet::fromJson(docExample("{\n    \"version\": 1"), &error);
    ASSERT_TRUE(set) << error.toStdString();
    BotConversation bot(*set, BotSettings {}, nullptr);
    EXPECT_EQ(bot.start({}, {}).replies.last(), QStringLiteral("May I have your name?"));
    EXPECT_TRUE(bot.reply(QStringLiteral("I was charged twice")).handoff);
}

TEST(TopicSet, ValidationErrorsNameWhatIsWrong)
{
    using ::testing::HasSubstr;
    EXPECT_THAT(errorOf("{\"topics\": ["), HasSubstr("not valid JSON"));
    EXPECT_THAT(errorOf("[]"), HasSubstr("must be a JSON object"));
    EXPECT_THAT(errorOf("{\"version\": 2, \"topics\": []}"), HasSubstr("\"version\" must be 1"));
    EXPECT_THAT(errorOf("{\"topics\": []}"), HasSubstr("non-empty \"topics\" array"));
    EXPECT_THAT(errorOf(smallFile(QStringLiteral(R"([{"triggers": ["x"], "answer": "y"}])"))),
        HasSubstr("topics[0] \"id\" is missing"));
    EXPECT_THAT(errorOf(smallFile(QStringLiteral(R"([{"id": "Order Status", "triggers": ["x"], "answer": "y"}])"))),
        HasSubstr("lower-case letters, digits and dashes"));
    EXPECT_THAT(
        errorOf(smallFile(QStringLiteral(
            R"([{"id": "a", "triggers": ["x"], "answer": "y"}, {"id": "a", "triggers": ["z"], "answer": "y"}])"))),
        HasSubstr("topics[1]: the id \"a\" is used twice"));
    EXPECT_THAT(errorOf(smallFile(QStringLiteral(R"([{"id": "a", "answer": "y"}])"))),
        HasSubstr("topic \"a\" \"triggers\" is missing"));
    EXPECT_THAT(errorOf(smallFile(QStringLiteral(R"([{"id": "a", "triggers": ["x", 3], "answer": "y"}])"))),
        HasSubstr("topic \"a\" \"triggers\"[1] must be a non-empty string"));
    EXPECT_THAT(errorOf(smallFile(QStringLiteral(R"([{"id": "a", "triggers": ["x"]}])"))),
        HasSubstr("topic \"a\" \"answer\" is missing"));
    EXPECT_THAT(
        errorOf(smallFile(QStringLiteral(R"([{"id": "a", "triggers": ["x"], "slots": ["order.id"], "answer": "y"}])"))),
        HasSubstr("names \"order.id\", which is not defined"));
    EXPECT_THAT(
        errorOf(smallFile(QStringLiteral(R"([{"id": "a", "triggers": ["x"], "answer": "Hi {visitor.name}"}])"))),
        HasSubstr("placeholder {visitor.name}"));
    EXPECT_THAT(
        errorOf(smallFile(QStringLiteral(R"([{"id": "a", "triggers": ["x"], "action": "sendMoney", "answer": "y"}])"))),
        HasSubstr("\"action\" must be one of: lookupOrder"));
    EXPECT_THAT(
        errorOf(smallFile(QStringLiteral(
            R"([{"id": "a", "triggers": ["x"], "slots": ["order.number"], "action": "lookupOrder", "answer": "y"}])"))),
        HasSubstr("needs a \"failureAnswer\""));
    EXPECT_THAT(errorOf(smallFile(QStringLiteral(R"([{"id": "a", "triggers": ["x"], "handoff": true}])"))),
        HasSubstr("needs a \"handoffReason\""));
    EXPECT_THAT(errorOf(smallFile({}, QStringLiteral(R"({"order.number": {"prompt": "?", "pattern": "[A-Z"}})"))),
        HasSubstr("slot \"order.number\" \"pattern\" is not a valid regular expression"));
    EXPECT_THAT(errorOf(smallFile({}, QStringLiteral(R"({"order.number": {"pattern": "x"}})"))),
        HasSubstr("slot \"order.number\" \"prompt\" is missing"));
    EXPECT_THAT(errorOf(smallFile({},
                    QStringLiteral(R"({"order.number": {"prompt": "?", "pattern": "x", "transform": "reverse"}})"))),
        HasSubstr("\"transform\" must be"));
    EXPECT_THAT(errorOf(QStringLiteral(
                    R"({"startTopic": "welcome", "topics": [{"id": "a", "triggers": ["x"], "answer": "y"}]})")
                            .toUtf8()),
        HasSubstr("\"startTopic\" names \"welcome\""));
    EXPECT_THAT(
        errorOf(QStringLiteral(R"({"matchThreshold": 2, "topics": [{"id": "a", "triggers": ["x"], "answer": "y"}]})")
                    .toUtf8()),
        HasSubstr("\"matchThreshold\" must be a number above 0 and at most 1"));
}

TEST(PhraseMatcher, EditDistanceCountsATranspositionAsOneEdit)
{
    EXPECT_EQ(PhraseMatcher::editDistance(QStringLiteral("return"), QStringLiteral("retrun")), 1);
    EXPECT_EQ(PhraseMatcher::editDistance(QStringLiteral("order"), QStringLiteral("oder")), 1);
    EXPECT_EQ(PhraseMatcher::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
}

TEST(PhraseMatcher, ShortWordsMustBeExactLongerOnesMayHaveTypos)
{
    EXPECT_FALSE(PhraseMatcher::similar(QStringLiteral("hat"), QStringLiteral("hit")));
    EXPECT_TRUE(PhraseMatcher::similar(QStringLiteral("form"), QStringLiteral("from")));
    EXPECT_FALSE(PhraseMatcher::similar(QStringLiteral("order"), QStringLiteral("odrre")));
    EXPECT_TRUE(PhraseMatcher::similar(QStringLiteral("warranty"), QStringLiteral("waranty")));
    EXPECT_TRUE(PhraseMatcher::similar(QStringLiteral("representative"), QStringLiteral("representitive")));
    EXPECT_TRUE(PhraseMatcher::similar(QStringLiteral("warranty"), QStringLiteral("warrantee")));
}

TEST(PhraseMatcher, TokensIgnoreCasePunctuationAndApostrophes)
{
    EXPECT_EQ(PhraseMatcher::tokens(QStringLiteral("Where's MY order?!")),
        (QStringList { QStringLiteral("wheres"), QStringLiteral("my"), QStringLiteral("order") }));
    EXPECT_EQ(PhraseMatcher::contentTokens(QStringLiteral("Can you check the order, please")),
        (QStringList { QStringLiteral("check"), QStringLiteral("order") }));
}

TEST(TopicSet, ATopicFileMayGiveItsTextsInOtherLanguages)
{
    QString error;
    const std::optional<TopicSet> set = TopicSet::fromJson(QStringLiteral(R"({
        "version": 1,
        "fallback": "Sorry?",
        "slots": {"order.number": {"prompt": "Order number?", "pattern": "[A-Z]\\d{4}", "transform": "upper"}},
        "topics": [
            {"id": "hours", "triggers": ["opening hours"], "answer": "We are open 9 to 5.",
             "translations": {"de": {"triggers": ["öffnungszeiten"], "answer": "Wir haben von 9 bis 17 Uhr geöffnet."},
                              "pt_BR": {"answer": "Abrimos das 9 às 17 horas."}}},
            {"id": "order", "triggers": ["my order"], "slots": ["order.number"], "answer": "Order {order.number}.",
             "translations": {"de": {"triggers": ["meine bestellung"], "answer": "Bestellung {order.number}."}}}
        ],
        "translations": {"de": {"fallback": "Wie bitte?", "slots": {"order.number": {"prompt": "Bestellnummer?"}}}}
    })")
                                                               .toUtf8(),
        &error);
    ASSERT_TRUE(set) << error.toStdString();

    BotConversation german(*set, BotSettings {}, nullptr);
    german.start({}, QStringLiteral("de-CH"));
    EXPECT_EQ(german.reply(QStringLiteral("Öffnungszeiten?")).replies, QStringList { QStringLiteral("Wir haben von 9 bis 17 Uhr geöffnet.") });
    EXPECT_EQ(german.reply(QStringLiteral("opening hours")).replies.value(0), QStringLiteral("Wir haben von 9 bis 17 Uhr geöffnet."))
        << "the file's own phrases are understood in every language";
    EXPECT_EQ(german.reply(QStringLiteral("meine Bestellung")).replies, QStringList { QStringLiteral("Bestellnummer?") });
    EXPECT_EQ(german.reply(QStringLiteral("b1234")).replies, QStringList { QStringLiteral("Bestellung B1234.") });
    EXPECT_EQ(german.reply(QStringLiteral("purple elephants")).replies, QStringList { QStringLiteral("Wie bitte?") });

    // A language that translates only one answer takes the file's texts for everything else.
    BotConversation portuguese(*set, BotSettings {}, nullptr);
    portuguese.start({}, QStringLiteral("pt"));
    EXPECT_EQ(portuguese.reply(QStringLiteral("opening hours")).replies.value(0), QStringLiteral("Abrimos das 9 às 17 horas."));
    EXPECT_EQ(portuguese.reply(QStringLiteral("my order")).replies.value(0), QStringLiteral("Order number?"));

    BotConversation french(*set, BotSettings {}, nullptr);
    french.start({}, QStringLiteral("fr"));
    EXPECT_EQ(french.reply(QStringLiteral("opening hours")).replies.value(0), QStringLiteral("We are open 9 to 5."));
}

TEST(TopicSet, TheTranslationExampleInTheDocumentationWorks)
{
    QString error;
    const std::optional<TopicSet> set = TopicSet::fromJson(docExample("{\n    \"fallback\""), &error);
    ASSERT_TRUE(set) << error.toStdString();
    BotConversation bot(*set, BotSettings {}, nullptr);
    bot.start({}, QStringLiteral("de-DE"));
    EXPECT_EQ(bot.reply(QStringLiteral("Öffnungszeiten")).replies.value(0), QStringLiteral("Wir haben von 9 bis 17 Uhr geöffnet."));
    EXPECT_EQ(bot.reply(QStringLiteral("quantum marmalade")).replies.value(0), QStringLiteral("Wie bitte?"));
}

TEST(TopicSet, TranslationErrorsNameWhatIsWrong)
{
    using ::testing::HasSubstr;
    const auto withTopicTranslations = [](const char *translations) {
        return smallFile(QStringLiteral(R"([{"id": "hours", "triggers": ["opening hours"], "answer": "We are open.",
            "translations": %1}])")
                             .arg(QString::fromUtf8(translations)));
    };
    EXPECT_THAT(errorOf(withTopicTranslations(R"(["de"])")), HasSubstr("topic \"hours\" \"translations\" must be an object"));
    EXPECT_THAT(errorOf(withTopicTranslations(R"({"german": {"answer": "x"}})")),
        HasSubstr("\"german\" is not a language code such as \"de\" or \"pt_BR\""));
    EXPECT_THAT(errorOf(withTopicTranslations(R"({"de": {"anwser": "Geöffnet."}})")),
        HasSubstr("topic \"hours\" \"translations\" \"de\" has the key \"anwser\", which a translation cannot give"));
    EXPECT_THAT(errorOf(withTopicTranslations(R"({"de": {"answer": ""}})")), HasSubstr("\"answer\" must not be empty"));
    EXPECT_THAT(errorOf(withTopicTranslations(R"({"de": {"answer": "Hallo {visitor.name}"}})")),
        HasSubstr("placeholder {visitor.name}"));
    EXPECT_THAT(errorOf(QStringLiteral(R"({"topics": [{"id": "a", "triggers": ["x"], "answer": "y"}],
        "translations": {"de": {"slots": {"visitor.name": {"prompt": "Name?"}}}}})")
                            .toUtf8()),
        HasSubstr("names the slot \"visitor.name\", which is not defined"));
    QByteArray badExtract = smallFile();
    badExtract.replace(R"("topics")", R"("translations": {"fr": {"slots": {"order.number": {"extract": "[A-Z"}}}}, "topics")");
    EXPECT_THAT(errorOf(badExtract), HasSubstr("\"extract\" is not a valid regular expression"));
}

TEST(TopicSet, TheBuiltInFileSpeaksEveryShippedLanguage)
{
    const TopicSet builtIn = TopicSet::builtIn();
    for (const char *language : { "de", "fr", "es", "pt_BR", "nl" }) {
        BotConversation bot(builtIn, BotSettings {}, nullptr);
        const BotTurn hello = bot.start({}, QString::fromLatin1(language));
        ASSERT_EQ(hello.replies.size(), 2) << language;
        EXPECT_FALSE(hello.replies.first().startsWith(QStringLiteral("Hello!"))) << language;
        EXPECT_NE(hello.replies.last(), QStringLiteral("May I have your name?")) << language;
    }
}

TEST(VisitorLanguage, TheBestTranslationForATag)
{
    const QStringList shipped { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("nl"),
        QStringLiteral("pt_BR") };
    const auto best = [&](const char *tag) { return VisitorLanguage::best(QString::fromLatin1(tag), shipped); };
    EXPECT_EQ(best("de"), QStringLiteral("de"));
    EXPECT_EQ(best("de-AT"), QStringLiteral("de"));
    EXPECT_EQ(best("DE_at"), QStringLiteral("de"));
    EXPECT_EQ(best("pt-BR"), QStringLiteral("pt_BR"));
    EXPECT_EQ(best("pt"), QStringLiteral("pt_BR"));
    EXPECT_EQ(best("pt-PT"), QStringLiteral("pt_BR"));
    EXPECT_EQ(best("es-419"), QStringLiteral("es"));
    EXPECT_EQ(best("nl-Latn-BE"), QStringLiteral("nl"));
    EXPECT_EQ(best("it"), QString());
    EXPECT_EQ(best("en-US"), QString());
    EXPECT_EQ(best(""), QString());
    EXPECT_EQ(VisitorLanguage::best(QStringLiteral("pt-PT"), { QStringLiteral("pt_BR"), QStringLiteral("pt_PT") }),
        QStringLiteral("pt_PT"))
        << "the exact region first";
    EXPECT_EQ(VisitorLanguage::best(QStringLiteral("pt-AO"), { QStringLiteral("pt_BR"), QStringLiteral("pt") }),
        QStringLiteral("pt"))
        << "the language alone before another region";
}
