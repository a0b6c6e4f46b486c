// handoff-router: the routing backend of Handoff. Everything but the command line lives in src/server.
#include "router/RouterCommandLine.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handoff-router"));
    QCoreApplication::setOrganizationName(QStringLiteral("handoff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDOFF_VERSION));
    handoff::router::RouterCommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
