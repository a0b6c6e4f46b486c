// handoff-router: the routing backend of Handoff. Everything but the command line lives in src/server.
#include "LanguageSetup.h"
#include "router/RouterCommandLine.h"
#include "server/EpollEventDispatcher.h"
#include "server/LogLine.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    // The event loop on epoll: a pass of the loop costs what the busy connections cost, not all of them.
    if (handoff::server::EpollEventDispatcher::wanted())
        QCoreApplication::setEventDispatcher(new handoff::server::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    handoff::server::installLogMessageHandler(); // priorities for the journal when run by systemd
    QCoreApplication::setApplicationName(QStringLiteral("handoff-router"));
    QCoreApplication::setOrganizationName(QStringLiteral("handoff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDOFF_VERSION));
    // `--language LANG` (or HANDOFF_LANGUAGE) may come anywhere on the line; the commands never see it.
    const QStringList arguments = QCoreApplication::arguments();
    const QString language = handoff::LanguageSetup::requestedLanguage(arguments);
    handoff::LanguageSetup::install(&app, QStringLiteral("handoff-router"), language);
    handoff::router::RouterCommandLine commandLine;
    return commandLine.run(handoff::LanguageSetup::withoutLanguageOption(arguments));
}
