// LanguageSetup: see header. Translations are compiled into each program's resources under :/i18n.
#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace handoff {

namespace {
const QString languageOption = QStringLiteral("--language");
const QString ownDir = QStringLiteral(":/i18n");

// The program's translation for the locale (pt_BR, or de for de_AT), else the same language in another region,
// so that a Portuguese system (pt_PT) gets the Brazilian Portuguese texts rather than English, as the web chat
// page does.
bool loadOwn(QTranslator *translator, const QLocale &locale, const QString &program)
{
    if (translator->load(locale, program, QStringLiteral("_"), ownDir))
        return true;
    const QString language = QLocale::languageToCode(locale.language());
    const QStringList regional = QDir(ownDir).entryList(
        { program + QLatin1Char('_') + language + QStringLiteral("_*.qm") }, QDir::Files, QDir::Name);
    return !regional.isEmpty() && translator->load(regional.first(), ownDir);
}
}

QString LanguageSetup::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == languageOption && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(languageOption + QLatin1Char('=')))
            return arg.mid(languageOption.size() + 1);
    }
    return qEnvironmentVariable("HANDOFF_LANGUAGE");
}

QStringList LanguageSetup::withoutLanguageOption(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i > 0 && arg == languageOption) {
            ++i; // its value
            continue;
        }
        if (i > 0 && arg.startsWith(languageOption + QLatin1Char('=')))
            continue;
        kept.append(arg);
    }
    return kept;
}

QString LanguageSetup::install(QCoreApplication *app, const QString &program, const QString &language)
{
    const bool explicitChoice = !language.isEmpty();
    const QLocale locale = explicitChoice ? QLocale(language) : QLocale::system();
    // An explicit choice also sets how numbers and dates are written, so the program does not mix languages.
    if (explicitChoice)
        QLocale::setDefault(locale);
    // A code QLocale does not know ("xx") gives the C locale; the user asked for a language all the same
    // and hears, as for any other missing one, that it is not there.
    const bool unknownCode = explicitChoice && locale.language() == QLocale::C
        && language.compare(QLatin1String("C"), Qt::CaseInsensitive) != 0;
    if (!unknownCode && (locale.language() == QLocale::English || locale.language() == QLocale::C))
        return {};

    auto *own = new QTranslator(app);
    if (unknownCode || !loadOwn(own, locale, program)) {
        delete own;
        if (explicitChoice) {
            const QString warning = QCoreApplication::translate("handoff::LanguageSetup",
                                                                "No translation for the language “%1”; using English.")
                                        .arg(language);
            std::fprintf(stderr, "%s\n", qPrintable(warning));
        }
        return {};
    }
    app->installTranslator(own);

    // Qt's own texts (standard buttons, the file dialog, --help and --version) come from qtbase_<lang>.qm when
    // the system has them (Debian: qt6-translations-l10n); the program works without them.
    auto *qtBase = new QTranslator(app);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtBase);
    else
        delete qtBase;
    return own->language();
}

} // namespace handoff
