// Tests of the translations: every shipped language has a complete .ts file for each program, no translation
// loses a placeholder or an accelerator, key desk texts read in each language with the terms
// docs/translations.md chose, the real dialogs come up translated, and the programs speak the language they
// are asked for.
#include "LanguageSetup.h"
#include "ProgramRun.h"
#include "TestSupport.h"
#include "desk/WrapUpDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHostAddress>
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

// French, Spanish, Brazilian Portuguese and Dutch: what an agent sees first, the plural forms, and the real
// wrap-up dialog.
struct DeskLanguage {
    const char *code;
    const char *accept;      // MainWindow "&Accept"
    const char *queues;      // MainWindow "Queues"
    const char *oneUnread;   // OfferNotifier "Handoff Desk — %n unread", n = 1
    const char *twoUnread;   // n = 2
    const char *endChat;     // WrapUpDialog's button
    const char *resolved;    // one of its outcomes
};

class TranslatedDesk : public ::testing::TestWithParam<DeskLanguage> {
protected:
    void SetUp() override
    {
        const QString qm = qmDir + QStringLiteral("/handoff-desk_%1.qm").arg(QLatin1String(GetParam().code));
        ASSERT_TRUE(m_translator.load(qm)) << "missing " << qPrintable(qm);
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

TEST_P(TranslatedDesk, KeyWordsPluralsAndTheWrapUpDialogSpeakTheLanguage)
{
    const DeskLanguage &l = GetParam();
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "&Accept"), QString::fromUtf8(l.accept));
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "Queues"), QString::fromUtf8(l.queues));
    EXPECT_EQ(QCoreApplication::translate("handoff::OfferNotifier", "Handoff Desk — %n unread", nullptr, 1),
        QString::fromUtf8(l.oneUnread));
    EXPECT_EQ(QCoreApplication::translate("handoff::OfferNotifier", "Handoff Desk — %n unread", nullptr, 2),
        QString::fromUtf8(l.twoUnread));

    handoff::WrapUpDialog dialog;
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Ok)->text(), QString::fromUtf8(l.endChat));
    const auto *outcome = dialog.findChild<QComboBox *>();
    ASSERT_NE(outcome, nullptr);
    QStringList outcomes;
    for (int i = 0; i < outcome->count(); ++i)
        outcomes << outcome->itemText(i);
    EXPECT_TRUE(outcomes.contains(QString::fromUtf8(l.resolved))) << qPrintable(outcomes.join(QStringLiteral(", ")));
}

INSTANTIATE_TEST_SUITE_P(ShippedLanguages, TranslatedDesk,
    ::testing::Values(
        DeskLanguage { "fr", "&Accepter", "Files d'attente", "Handoff Desk — 1 non lu", "Handoff Desk — 2 non lus",
            "&Terminer le chat", "Résolu" },
        DeskLanguage { "es", "&Aceptar", "Colas", "Handoff Desk — 1 sin leer", "Handoff Desk — 2 sin leer",
            "&Finalizar chat", "Resuelto" },
        DeskLanguage { "pt_BR", "&Aceitar", "Filas", "Handoff Desk — 1 não lida", "Handoff Desk — 2 não lidas",
            "&Encerrar chat", "Resolvido" },
        DeskLanguage { "nl", "&Accepteren", "Wachtrijen", "Handoff Desk — 1 ongelezen", "Handoff Desk — 2 ongelezen",
            "Chat &beëindigen", "Opgelost" }),
    [](const ::testing::TestParamInfo<DeskLanguage> &info) { return std::string(info.param.code); });

QString translated(QTranslator &translator, const char *context, const char *source, int n = -1)
{
    QCoreApplication::installTranslator(&translator);
    const QString text = QCoreApplication::translate(context, source, nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    return text;
}

// Brazilian Portuguese and Dutch use the terms docs/translations.md names (atendente, fila, respostas prontas;
// medewerker, wachtrij, standaardantwoorden, overdracht).
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

TEST(TranslatedPrograms, TheDeskHelpIsInEachLanguage)
{
    const QString desk = QStringLiteral(HANDOFF_DESK_BINARY);
    const QString french = runProgram(desk, {QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")}).output;
    EXPECT_TRUE(french.contains(QStringLiteral("Adresse du routeur"))) << qPrintable(french);
    const QString spanish = runProgram(desk, {QStringLiteral("--help")}, {QStringLiteral("HANDOFF_LANGUAGE=es")}).output;
    EXPECT_TRUE(spanish.contains(QStringLiteral("Dirección del router"))) << qPrintable(spanish);
    const QString portuguese = runProgram(desk, {QStringLiteral("--language=pt_BR"), QStringLiteral("--help")}).output;
    EXPECT_TRUE(portuguese.contains(QStringLiteral("Endereço do roteador"))) << qPrintable(portuguese);
    const QString dutch = runProgram(desk, {QStringLiteral("--help")}, {QStringLiteral("HANDOFF_LANGUAGE=nl")}).output;
    EXPECT_TRUE(dutch.contains(QStringLiteral("Adres van de router"))) << qPrintable(dutch);
}

TEST(TranslatedPrograms, APortugueseSystemGetsBrazilianPortuguese)
{
    // Only pt_BR ships: Portugal's Portuguese finds it, as on the web chat page, instead of English.
    const QString desk = runProgram(QStringLiteral(HANDOFF_DESK_BINARY), {QStringLiteral("--help")},
                                    {QStringLiteral("LANG=pt_PT.UTF-8"), QStringLiteral("LC_ALL=pt_PT.UTF-8")}).output;
    EXPECT_TRUE(desk.contains(QStringLiteral("Endereço do roteador"))) << qPrintable(desk);
    const QString router = runProgram(QStringLiteral(HANDOFF_ROUTER_BINARY),
                                      {QStringLiteral("--language"), QStringLiteral("pt_PT"), QStringLiteral("frobnicate")}).output;
    EXPECT_FALSE(router.contains(QStringLiteral("No translation"))) << qPrintable(router);
    const QString english = runProgram(QStringLiteral(HANDOFF_ROUTER_BINARY),
                                       {QStringLiteral("--language"), QStringLiteral("it"), QStringLiteral("frobnicate")}).output;
    EXPECT_TRUE(english.contains(QStringLiteral("No translation for the language “it”"))) << qPrintable(english);
}

// Every .ts file in translations/, whatever program and language it is for.
std::vector<std::string> allTsFiles()
{
    std::vector<std::string> names;
    for (const QString &name : QDir(translationsSourceDir).entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name))
        names.push_back(name.toStdString());
    return names;
}

QString describe(const TsMessage &m, const QString &translation = {})
{
    return m.context + QStringLiteral(": \"") + m.source
        + (translation.isNull() ? QStringLiteral("\"") : QStringLiteral("\" -> \"") + translation + QLatin1Char('"'));
}

class TsFile : public ::testing::TestWithParam<std::string> {
protected:
    std::vector<TsMessage> messages()
    {
        QString error;
        auto read = readTs(translationsSourceDir + QLatin1Char('/') + QString::fromStdString(GetParam()), &error);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
        return read;
    }
};

TEST_P(TsFile, EveryFinishedTranslationKeepsPlaceholdersAndAccelerators)
{
    const auto all = messages();
    ASSERT_GT(all.size(), 30u);
    int finished = 0;
    for (const TsMessage &m : all) {
        if (!m.type.isEmpty())
            continue;
        ++finished;
        ASSERT_FALSE(m.translations.isEmpty()) << qPrintable(describe(m));
        for (const QString &t : m.translations) {
            auto expected = placeholders(m.source);
            auto actual = placeholders(t);
            // A plural form for exactly one may say "one" instead of %n; every other marker stays.
            if (m.translations.size() > 1)
                expected.erase(QStringLiteral("%n")), actual.erase(QStringLiteral("%n"));
            EXPECT_EQ(actual, expected) << qPrintable(describe(m, t));
            EXPECT_EQ(accelerators(t), accelerators(m.source)) << qPrintable(describe(m, t));
        }
    }
    EXPECT_GT(finished, 30);
}

TEST_P(TsFile, EveryTextIsTranslatedAndNoneIsLeftBehind)
{
    // "unfinished" shows in English; "vanished" and "obsolete" are translations no code asks for any more,
    // usually after a text or its context changed. All mean the file needs a look after `update_translations`.
    for (const TsMessage &m : messages()) {
        EXPECT_TRUE(m.type.isEmpty()) << qPrintable(m.type) << ": " << qPrintable(describe(m));
        for (const QString &t : m.translations)
            EXPECT_FALSE(t.trimmed().isEmpty()) << "an empty plural form: " << qPrintable(describe(m));
    }
}

INSTANTIATE_TEST_SUITE_P(AllPrograms, TsFile, ::testing::ValuesIn(allTsFiles()),
    [](const ::testing::TestParamInfo<std::string> &info) {
        return QString::fromStdString(info.param).chopped(3).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
    });

// The language a .ts file says it is for (<TS language="fr_FR">), or an empty string.
QString tsLanguage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement())
        return xml.attributes().value(QLatin1String("language")).toString();
    return {};
}

TEST(TranslationFiles, EveryShippedLanguageHasAFileForEachProgram)
{
    const auto expectFile = [](const QString &program, const QString &language) {
        const QString path = translationsSourceDir + QStringLiteral("/%1_%2.ts").arg(program, language);
        ASSERT_TRUE(QFile::exists(path)) << "missing " << qPrintable(path);
        // lupdate and lrelease take the plural rules from this attribute.
        EXPECT_TRUE(tsLanguage(path).startsWith(language)) << qPrintable(path) << ": " << qPrintable(tsLanguage(path));
    };
    const QStringList languages = QStringLiteral(HANDOFF_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList cliLanguages = QStringLiteral(HANDOFF_CLI_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    EXPECT_FALSE(languages.isEmpty());
    for (const QString &language : languages) {
        expectFile(QStringLiteral("handoff-desk"), language);
        expectFile(QStringLiteral("handoff-router"), language);
        // Every language of the desk and router is also one of the cli's.
        EXPECT_TRUE(cliLanguages.contains(language)) << qPrintable(language);
    }
    for (const QString &language : cliLanguages)
        expectFile(QStringLiteral("handoff-cli"), language);
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

TEST(TranslatedPrograms, TheRouterSaysWhyItCannotListenInTheLanguageAskedFor)
{
    // Someone else holds the port, so `serve` must explain why it cannot start.
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());
    QTemporaryDir dataDir;
    ASSERT_TRUE(dataDir.isValid());
    const QStringList serve{QStringLiteral("serve"), QStringLiteral("--listen"), listen, QStringLiteral("--data-dir"), dataDir.path()};
    const QString router = QStringLiteral(HANDOFF_ROUTER_BINARY);

    const QString byOption = runProgram(router, QStringList{QStringLiteral("--language"), QStringLiteral("de")} + serve).output;
    EXPECT_TRUE(byOption.contains(QStringLiteral("kann nicht auf %1 lauschen: Adresse bereits belegt").arg(listen))) << qPrintable(byOption);
    const QString byEnvironment = runProgram(router, serve, {QStringLiteral("HANDOFF_LANGUAGE=de")}).output;
    EXPECT_TRUE(byEnvironment.contains(QStringLiteral("Adresse bereits belegt"))) << qPrintable(byEnvironment);
    // An explicit choice of English wins over a German system.
    const QString english = runProgram(router, QStringList{QStringLiteral("--language=en")} + serve, {QStringLiteral("LANG=de_DE.UTF-8")}).output;
    EXPECT_TRUE(english.contains(QStringLiteral("address already in use"))) << qPrintable(english);
    const QString french = runProgram(router, QStringList{QStringLiteral("--language"), QStringLiteral("fr")} + serve).output;
    EXPECT_TRUE(french.contains(QStringLiteral("impossible d'écouter sur %1 : adresse déjà utilisée").arg(listen))) << qPrintable(french);
    // A regional system locale finds its language.
    const QString spanish = runProgram(router, serve, {QStringLiteral("LANG=es_MX.UTF-8"), QStringLiteral("LC_ALL=es_MX.UTF-8")}).output;
    EXPECT_TRUE(spanish.contains(QStringLiteral("no se puede escuchar en %1: dirección en uso").arg(listen))) << qPrintable(spanish);
}

TEST(GermanPrograms, TheDeskHelpIsInGermanWhenTheSystemSpeaksGerman)
{
    const QString help = runProgram(QStringLiteral(HANDOFF_DESK_BINARY), {QStringLiteral("--help")},
                                    {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8")}).output;
    EXPECT_TRUE(help.contains(QStringLiteral("Adresse des Routers"))) << qPrintable(help);
}

TEST(GermanPrograms, AnUnknownLanguageFallsBackToEnglishWithAClearWord)
{
    const QString output = runProgram(QStringLiteral(HANDOFF_ROUTER_BINARY),
                                      {QStringLiteral("--language"), QStringLiteral("sw"), QStringLiteral("frobnicate")}).output;
    EXPECT_TRUE(output.contains(QStringLiteral("No translation for the language “sw”; using English."))) << qPrintable(output);
    // The command line itself still works: the option is not taken for a command.
    EXPECT_TRUE(output.contains(QStringLiteral("\"frobnicate\""))) << qPrintable(output);
    EXPECT_FALSE(output.contains(QStringLiteral("\"sw\""))) << qPrintable(output);
}

} // namespace
