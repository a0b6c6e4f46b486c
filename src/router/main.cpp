// handoff-router: the routing backend of Handoff. Everything but the command line lives in src/server.
#include "LanguageSetup.h"
#include "router/RouterCommandLine.h"
#include "server/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdio>

int main(int argc, char **argv)
{
    // The event loop on epoll: a pass of the loop costs what the busy connections cost, not all of them.
    if (handoff::server::EpollEventDispatcher::wanted())
        QCoreApplication::setEventDispatcher(new handoff::server::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handoff-router"));
    QCoreApplication::setOrganizationName(QStringLiteral("handoff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDOFF_VERSION));
    // `--language LANG` (or HANDOFF_LANGUAGE) may come anywhere on the line; the commands never see it.
    const QStringList arguments = QCoreApplication::arguments();
    const QString language = handoff::LanguageSetup::requestedLanguage(arguments);
    handoff::LanguageSetup::install(&app, QStringLiteral("handoff-router"), language);
    // A code QLocale does not know ("xx") falls back to the C locale, for which LanguageSetup stays silent;
    // the operator asked for a language all the same and hears, as for any other missing one, that it is not there.
    if (!language.isEmpty() && QLocale(language).language() == QLocale::C
        && language.compare(QLatin1String("C"), Qt::CaseInsensitive) != 0) {
        const QString notice = QCoreApplication::translate(
            "handoff::LanguageSetup", "No translation for the language “%1”; using English.")
                                   .arg(language);
        std::fprintf(stderr, "%s\n", qPrintable(notice));
    }
    handoff::router::RouterCommandLine commandLine;
    return commandLine.run(handoff::LanguageSetup::withoutLanguageOption(arguments));
}
