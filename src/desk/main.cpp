// handoff-desk: the agents' desktop. `handoff-desk [--server URL] [--user NAME] [--language LANG]`; the environment
// variable HANDOFF_DESK_PASSWORD signs in without the dialog (demo script, GUI tests).
#include "LanguageSetup.h"
#include "client/DeskSession.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/KeychainCredentialStore.h"
#include "desk/ThemePalette.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Handoff"));
    QApplication::setOrganizationDomain(QStringLiteral("handoff.example.org"));
    QApplication::setApplicationName(QStringLiteral("handoff-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Handoff Desk"));
    QApplication::setApplicationVersion(QStringLiteral(HANDOFF_VERSION));
    // Installed before the parser is built so --help is translated too.
    handoff::LanguageSetup::install(
        &app, QStringLiteral("handoff-desk"), handoff::LanguageSetup::requestedLanguage(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Handoff Desk: answer the chats a bot hands over.")
        + QStringLiteral("\n\n")
        + QApplication::translate("main",
            "Environment:\n"
            "  HANDOFF_DESK_PASSWORD  Sign in with this password, without the login dialog. For demos and\n"
            "                         scripts only: it is not remembered, and other programs of the same\n"
            "                         user can read it. Needs --user (or the user name of the last sign-in).\n"
            "                         A wrong password opens the login dialog with the error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
        QApplication::translate("main", "Router address, e.g. chat.example.org:8080."), QStringLiteral("url"));
    const QCommandLineOption userOpt(
        QStringLiteral("user"), QApplication::translate("main", "User name."), QStringLiteral("name"));
    const QCommandLineOption languageOpt(QStringLiteral("language"),
        QApplication::translate("main", "Language of the desk, e.g. de or en (default: the system's)."),
        QStringLiteral("lang"));
    parser.addOptions({ serverOpt, userOpt, languageOpt });
    parser.process(app);

    handoff::DeskSettings settings;
    handoff::ThemePalette::apply(settings.theme());
    handoff::DeskSession session;
    handoff::KeychainCredentialStore credentials;
    handoff::DeskController controller(&session, &settings, &credentials);
    QObject::connect(&controller, &handoff::DeskController::quitRequested, &app, &QApplication::quit);
    QApplication::setQuitOnLastWindowClosed(true);
    controller.start(parser.value(serverOpt), parser.value(userOpt), qEnvironmentVariable("HANDOFF_DESK_PASSWORD"));
    return app.exec();
}
