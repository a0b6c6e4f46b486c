// handoff-cli in the language it is asked for: the real program's help, its complaints about the command line
// and its word that the router cannot be reached, by --language, HANDOFF_LANGUAGE and the system locale.
#include "ProgramRun.h"

#include <QHostAddress>
#include <QTcpServer>
#include <gtest/gtest.h>

namespace {

ProgramRun runCli(const QStringList &args, const QStringList &extraEnv = {})
{
    return runProgram(QStringLiteral(HANDOFF_CLI_BINARY), args, extraEnv);
}

// A loopback port nobody listens on: taken, then given back.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

TEST(CliLanguage, HelpIsGermanWithTheOption)
{
    const ProgramRun help = runCli({ QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.output.contains(QStringLiteral("Handoff-Desk für die Kommandozeile."))) << qPrintable(help.output);
    EXPECT_TRUE(help.output.contains(QStringLiteral("meine offenen Chats auflisten"))) << qPrintable(help.output);
    EXPECT_TRUE(help.output.contains(QStringLiteral("Benutzername."))) << qPrintable(help.output);
    // --language is an option of the program like any other.
    EXPECT_TRUE(help.output.contains(QStringLiteral("--language <lang>"))) << qPrintable(help.output);
}

TEST(CliLanguage, CommandLineMistakesAreExplainedInGerman)
{
    const ProgramRun noCommand = runCli({ QStringLiteral("--language=de"), QStringLiteral("--user"), QStringLiteral("anna") });
    EXPECT_EQ(noCommand.exitCode, 2);
    EXPECT_TRUE(noCommand.output.contains(QStringLiteral("handoff-cli: Kein Befehl angegeben."))) << qPrintable(noCommand.output);
    EXPECT_TRUE(noCommand.output.contains(QStringLiteral("Aufruf: handoff-cli"))) << qPrintable(noCommand.output);

    const ProgramRun unknown = runCli({ QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("frobnicate") },
        { QStringLiteral("HANDOFF_LANGUAGE=de") });
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.output.contains(QStringLiteral("Unbekannter Befehl: frobnicate"))) << qPrintable(unknown.output);

    // The parser's own complaint about an option it does not know comes through the same usage text.
    const ProgramRun badOption = runCli({ QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--frobnicate") });
    EXPECT_EQ(badOption.exitCode, 2);
    EXPECT_TRUE(badOption.output.contains(QStringLiteral("Aufruf: handoff-cli"))) << qPrintable(badOption.output);
}

TEST(CliLanguage, AnUnreachableRouterIsReportedInTheSystemsLanguage)
{
    const quint16 port = closedPort();
    ASSERT_NE(port, 0);
    const QStringList chats { QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--user"),
        QStringLiteral("anna"), QStringLiteral("--password"), QStringLiteral("secret"), QStringLiteral("chats") };

    const ProgramRun german = runCli(chats, { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8") });
    EXPECT_EQ(german.exitCode, 1);
    EXPECT_TRUE(german.output.contains(
        QStringLiteral("Der Router unter 127.0.0.1:%1 ist nicht erreichbar: Verbindung abgelehnt").arg(port)))
        << qPrintable(german.output);

    const ProgramRun french = runCli(chats, { QStringLiteral("HANDOFF_LANGUAGE=fr") });
    EXPECT_TRUE(french.output.contains(QStringLiteral("connexion refusée"))) << qPrintable(french.output);
    const ProgramRun spanish = runCli(chats, { QStringLiteral("HANDOFF_LANGUAGE=es") });
    EXPECT_TRUE(spanish.output.contains(QStringLiteral("conexión rechazada"))) << qPrintable(spanish.output);

    // --language en wins over a German system.
    const ProgramRun english = runCli(QStringList { QStringLiteral("--language"), QStringLiteral("en") } + chats,
        { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8") });
    EXPECT_TRUE(english.output.contains(QStringLiteral("Cannot reach the router at 127.0.0.1:%1: connection refused").arg(port)))
        << qPrintable(english.output);
}

TEST(CliLanguage, AnUnknownLanguageCodeIsSaidAndTheCliGoesOnInEnglish)
{
    // "xx" is no language QLocale knows; "it" is one without a translation.
    for (const QString &code : { QStringLiteral("xx"), QStringLiteral("it") }) {
        const ProgramRun run = runCli({ QStringLiteral("--language"), code, QStringLiteral("--user"), QStringLiteral("anna") });
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.output.contains(QStringLiteral("No translation for the language “%1”; using English.").arg(code)))
            << qPrintable(run.output);
        EXPECT_TRUE(run.output.contains(QStringLiteral("handoff-cli: No command given."))) << qPrintable(run.output);
    }
}

TEST(CliLanguage, EveryLanguageOfTheCliTranslatesItsUsage)
{
    // The English usage line must not come back for any language the cli ships.
    for (const QString &language : QStringLiteral(HANDOFF_CLI_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const ProgramRun run = runCli({ QStringLiteral("--language"), language, QStringLiteral("--user"), QStringLiteral("anna") });
        EXPECT_EQ(run.exitCode, 2) << qPrintable(language);
        EXPECT_TRUE(run.output.contains(QStringLiteral("handoff-cli ["))) << qPrintable(language) << ": " << qPrintable(run.output);
        EXPECT_FALSE(run.output.contains(QStringLiteral("Usage: handoff-cli"))) << qPrintable(language) << ": " << qPrintable(run.output);
        EXPECT_FALSE(run.output.contains(QStringLiteral("No command given."))) << qPrintable(language) << ": " << qPrintable(run.output);
        EXPECT_FALSE(run.output.contains(QStringLiteral("No translation for the language"))) << qPrintable(language);
    }
}

} // namespace
