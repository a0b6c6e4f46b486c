// Tests of the translations: key desk texts read in German, no finished translation loses a placeholder
// or an accelerator, the real dialogs come up in German, and both programs speak German when asked to;
// the Brazilian Portuguese and Dutch files are complete and their key texts use the chosen terms.
#include "LanguageSetup.h"
#include "TestSupport.h"
#include "desk/WrapUpDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace {

const QString translationsSourceDir = QStringLiteral(HANDOFF_SOURCE_DIR "/translations");
const QString qmDir = QStringLiteral(HANDOFF_QM_DIR);

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "" when finished, else unfinished / vanished / obsolete
};

std::vector<TsMessage> readTs(const QString &path, QString *error)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A translation holds either text or <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    current.translations.append(xml.text().toString());
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            messages.push_back(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// Placeholders %1…%9 and %n, counted; a translation may reorder them but not drop or add any.
std::map<QString, int> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%([1-9]|n)"));
    std::map<QString, int> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        ++found[it.next().captured(0)];
    return found;
}

// Number of accelerator markers: "&x" where x is not another '&' ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

class GermanDesk : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(qmDir + QStringLiteral("/handoff-desk_de.qm")))
            << "missing " << qPrintable(qmDir) << "/handoff-desk_de.qm";
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    static QString de(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

    QTranslator m_translator;
};

TEST_F(GermanDesk, KeyWordsOfTheDeskReadInGerman)
{
    EXPECT_EQ(de("MainWindow", "&Accept"), QStringLiteral("&Annehmen"));
    EXPECT_EQ(de("MainWindow", "Dec&line"), QStringLiteral("Ab&lehnen"));
    EXPECT_EQ(de("MainWindow", "Canned responses"), QStringLiteral("Textbausteine"));
    EXPECT_EQ(de("handoff::MainWindow", "&Accept offer"), QStringLiteral("Chat &annehmen"));
    EXPECT_EQ(de("handoff::MainWindow", "&Transfer…"), QStringLiteral("&Weiterleiten…"));
    EXPECT_EQ(de("handoff::MainWindow", "Supervisor &board"), QStringLiteral("Supervisor-&Übersicht"));
    EXPECT_EQ(de("handoff::BoardAgentModel", "Available"), QStringLiteral("Verfügbar"));
    EXPECT_EQ(de("handoff::BoardAgentModel", "Busy"), QStringLiteral("Beschäftigt"));
    EXPECT_EQ(de("handoff::BoardAgentModel", "Away"), QStringLiteral("Abwesend"));
    // The queue table's column is "Name" in German: "Warteschlange" was clipped in the narrow panel.
    EXPECT_EQ(de("handoff::QueueOverviewModel", "Queue"), QStringLiteral("Name"));
    EXPECT_EQ(de("handoff::TranscriptModel", "Handoff"), QStringLiteral("Übergabe"));
    EXPECT_EQ(de("WrapUpDialog", "&Wrap-up note (for the team, not the visitor):"),
              QStringLiteral("&Nachbereitungsnotiz (für das Team, nicht für den Besucher):"));
}

TEST_F(GermanDesk, PluralsFollowTheCount)
{
    EXPECT_EQ(de("handoff::OfferNotifier", "Handoff Desk — %n unread", 1), QStringLiteral("Handoff Desk – 1 ungelesen"));
    EXPECT_EQ(de("handoff::OfferNotifier", "Handoff Desk — %n unread", 3), QStringLiteral("Handoff Desk – 3 ungelesen"));
}

TEST_F(GermanDesk, TheRealWrapUpDialogComesUpInGerman)
{
    handoff::WrapUpDialog dialog;
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Chat &beenden"));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Chat beenden"));
    const auto *outcome = dialog.findChild<QComboBox *>();
    ASSERT_NE(outcome, nullptr);
    QStringList outcomes;
    for (int i = 0; i < outcome->count(); ++i)
        outcomes << outcome->itemText(i);
    EXPECT_TRUE(outcomes.contains(QStringLiteral("Gelöst"))) << qPrintable(outcomes.join(QStringLiteral(", ")));
}

class TsFile : public ::testing::TestWithParam<const char *> {};

TEST_P(TsFile, EveryFinishedTranslationKeepsPlaceholdersAndAccelerators)
{
    QString error;
    const auto messages = readTs(translationsSourceDir + QLatin1Char('/') + QLatin1String(GetParam()), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GT(messages.size(), 100u);
    int finished = 0;
    for (const TsMessage &m : messages) {
        if (!m.type.isEmpty())
            continue;
        ++finished;
        ASSERT_FALSE(m.translations.isEmpty()) << qPrintable(m.context + QStringLiteral(": ") + m.source);
        for (const QString &t : m.translations) {
            auto expected = placeholders(m.source);
            auto actual = placeholders(t);
            // A plural form for exactly one may say "one" instead of %n; every other marker stays.
            if (m.translations.size() > 1)
                expected.erase(QStringLiteral("%n")), actual.erase(QStringLiteral("%n"));
            EXPECT_EQ(actual, expected) << qPrintable(m.context + QStringLiteral(": \"") + m.source
                                                      + QStringLiteral("\" -> \"") + t + QLatin1Char('"'));
            EXPECT_EQ(accelerators(t), accelerators(m.source))
                << qPrintable(m.context + QStringLiteral(": \"") + m.source + QStringLiteral("\" -> \"") + t + QLatin1Char('"'));
        }
    }
    EXPECT_GT(finished, 100);
}

INSTANTIATE_TEST_SUITE_P(German, TsFile, ::testing::Values("handoff-desk_de.ts", "handoff-router_de.ts"));

INSTANTIATE_TEST_SUITE_P(BrazilianPortugueseAndDutch, TsFile,
                         ::testing::Values("handoff-desk_pt_BR.ts", "handoff-router_pt_BR.ts", "handoff-desk_nl.ts",
                                           "handoff-router_nl.ts"));

// Brazilian Portuguese and Dutch: every desk and router text is translated, and the compiled desk
// translations use the terms docs/translations.md names (atendente, fila; medewerker, wachtrij).
class CompleteTsFile : public ::testing::TestWithParam<const char *> {};

TEST_P(CompleteTsFile, EveryTextIsTranslated)
{
    QString error;
    const auto messages = readTs(translationsSourceDir + QLatin1Char('/') + QLatin1String(GetParam()), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GT(messages.size(), 100u);
    for (const TsMessage &m : messages)
        EXPECT_TRUE(m.type.isEmpty()) << qPrintable(m.type) << ": " << qPrintable(m.context + QStringLiteral(": ") + m.source);
}

INSTANTIATE_TEST_SUITE_P(BrazilianPortugueseAndDutch, CompleteTsFile,
                         ::testing::Values("handoff-desk_pt_BR.ts", "handoff-router_pt_BR.ts", "handoff-desk_nl.ts",
                                           "handoff-router_nl.ts"));

QString translated(QTranslator &translator, const char *context, const char *source, int n = -1)
{
    QCoreApplication::installTranslator(&translator);
    const QString text = QCoreApplication::translate(context, source, nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    return text;
}

TEST(BrazilianPortugueseDesk, KeyWordsAndPlurals)
{
    QTranslator pt;
    ASSERT_TRUE(pt.load(qmDir + QStringLiteral("/handoff-desk_pt_BR.qm")));
    EXPECT_EQ(translated(pt, "MainWindow", "&Accept"), QStringLiteral("&Aceitar"));
    EXPECT_EQ(translated(pt, "MainWindow", "Canned responses"), QStringLiteral("Respostas prontas"));
    EXPECT_EQ(translated(pt, "handoff::BoardAgentModel", "Agent"), QStringLiteral("Atendente"));
    EXPECT_EQ(translated(pt, "handoff::QueueOverviewModel", "Queue"), QStringLiteral("Fila"));
    EXPECT_EQ(translated(pt, "handoff::MyChatsModel", "%n unread", 1), QStringLiteral("1 não lida"));
    EXPECT_EQ(translated(pt, "handoff::MyChatsModel", "%n unread", 3), QStringLiteral("3 não lidas"));
}

TEST(DutchDesk, KeyWordsAndPlurals)
{
    QTranslator nl;
    ASSERT_TRUE(nl.load(qmDir + QStringLiteral("/handoff-desk_nl.qm")));
    EXPECT_EQ(translated(nl, "MainWindow", "&Accept"), QStringLiteral("&Accepteren"));
    EXPECT_EQ(translated(nl, "MainWindow", "Canned responses"), QStringLiteral("Standaardantwoorden"));
    EXPECT_EQ(translated(nl, "handoff::BoardAgentModel", "Agent"), QStringLiteral("Medewerker"));
    EXPECT_EQ(translated(nl, "handoff::QueueOverviewModel", "Queue"), QStringLiteral("Wachtrij"));
    EXPECT_EQ(translated(nl, "handoff::TranscriptModel", "Handoff"), QStringLiteral("Overdracht"));
    EXPECT_EQ(translated(nl, "handoff::OfferNotifier", "Handoff Desk — %n unread", 3), QStringLiteral("Handoff Desk — 3 ongelezen"));
}

TEST(DeskTranslationFile, EveryDeskTextIsTranslated)
{
    QString error;
    const auto messages = readTs(translationsSourceDir + QStringLiteral("/handoff-desk_de.ts"), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    for (const TsMessage &m : messages)
        EXPECT_NE(m.type, QStringLiteral("unfinished")) << "not yet translated: " << qPrintable(m.context + QStringLiteral(": ") + m.source);
}

TEST(LanguageChoice, CommandLineWinsOverTheEnvironment)
{
    qputenv("HANDOFF_LANGUAGE", "fr");
    EXPECT_EQ(handoff::LanguageSetup::requestedLanguage({QStringLiteral("prog"), QStringLiteral("--language"), QStringLiteral("de")}),
              QStringLiteral("de"));
    EXPECT_EQ(handoff::LanguageSetup::requestedLanguage({QStringLiteral("prog"), QStringLiteral("--language=de_AT")}),
              QStringLiteral("de_AT"));
    EXPECT_EQ(handoff::LanguageSetup::requestedLanguage({QStringLiteral("prog"), QStringLiteral("serve")}), QStringLiteral("fr"));
    qunsetenv("HANDOFF_LANGUAGE");
    EXPECT_TRUE(handoff::LanguageSetup::requestedLanguage({QStringLiteral("prog")}).isEmpty());
}

TEST(LanguageChoice, TheOptionIsTakenOutOfTheCommandsArguments)
{
    const QStringList args{QStringLiteral("handoff-router"), QStringLiteral("--language"), QStringLiteral("de"),
                           QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--language=de")};
    EXPECT_EQ(handoff::LanguageSetup::withoutLanguageOption(args),
              (QStringList{QStringLiteral("handoff-router"), QStringLiteral("user"), QStringLiteral("list")}));
}

// Runs a program to completion and returns what it printed on stdout and stderr.
QString runProgram(const QString &program, const QStringList &args, const QStringList &extraEnv = {})
{
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HANDOFF_LANGUAGE"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        process.kill();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

TEST(GermanPrograms, TheRouterSaysInGermanWhyItCannotListen)
{
    // Someone else holds the port, so `serve` must explain why it cannot start.
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());
    QTemporaryDir dataDir;
    ASSERT_TRUE(dataDir.isValid());
    const QStringList serve{QStringLiteral("serve"), QStringLiteral("--listen"), listen, QStringLiteral("--data-dir"), dataDir.path()};
    const QString router = QStringLiteral(HANDOFF_ROUTER_BINARY);

    const QString byOption = runProgram(router, QStringList{QStringLiteral("--language"), QStringLiteral("de")} + serve);
    EXPECT_TRUE(byOption.contains(QStringLiteral("kann nicht auf %1 lauschen: Adresse bereits belegt").arg(listen))) << qPrintable(byOption);
    const QString byEnvironment = runProgram(router, serve, {QStringLiteral("HANDOFF_LANGUAGE=de")});
    EXPECT_TRUE(byEnvironment.contains(QStringLiteral("Adresse bereits belegt"))) << qPrintable(byEnvironment);
    // An explicit choice of English wins over a German system.
    const QString english = runProgram(router, QStringList{QStringLiteral("--language=en")} + serve, {QStringLiteral("LANG=de_DE.UTF-8")});
    EXPECT_TRUE(english.contains(QStringLiteral("address already in use"))) << qPrintable(english);
}

TEST(GermanPrograms, TheDeskHelpIsInGermanWhenTheSystemSpeaksGerman)
{
    const QString help = runProgram(QStringLiteral(HANDOFF_DESK_BINARY), {QStringLiteral("--help")},
                                    {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8")});
    EXPECT_TRUE(help.contains(QStringLiteral("Adresse des Routers"))) << qPrintable(help);
}

TEST(GermanPrograms, AnUnknownLanguageFallsBackToEnglishWithAClearWord)
{
    const QString output = runProgram(QStringLiteral(HANDOFF_ROUTER_BINARY),
                                      {QStringLiteral("--language"), QStringLiteral("sw"), QStringLiteral("frobnicate")});
    EXPECT_TRUE(output.contains(QStringLiteral("No translation for the language “sw”; using English."))) << qPrintable(output);
    // The command line itself still works: the option is not taken for a command.
    EXPECT_TRUE(output.contains(QStringLiteral("\"frobnicate\""))) << qPrintable(output);
    EXPECT_FALSE(output.contains(QStringLiteral("\"sw\""))) << qPrintable(output);
}

} // namespace
