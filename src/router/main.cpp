// handoff-router: the routing backend of Handoff. Everything but the command line lives in src/server.
#include "router/RouterCommandLine.h"
#include "LanguageSetup.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handoff-router"));
    QCoreApplication::setOrganizationName(QStringLiteral("handoff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDOFF_VERSION));
    // `--language LANG` (or HANDOFF_LANGUAGE) may come anywhere on the line; the commands never see it.
    const QStringList arguments = QCoreApplication::arguments();
    handoff::LanguageSetup::install(&app, QStringLiteral("handoff-router"), handoff::LanguageSetup::requestedLanguage(arguments));
    handoff::router::RouterCommandLine commandLine;
    return commandLine.run(handoff::LanguageSetup::withoutLanguageOption(arguments));
}
