// LanguageSetup: chooses the language a Handoff program speaks and installs its translators. The choice is
// `--language LANG` on the command line, else the HANDOFF_LANGUAGE environment variable, else the system locale.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace handoff {

class LanguageSetup {
public:
    // The language asked for explicitly ("de", "de_DE", "en"), or an empty string to follow the system locale.
    static QString requestedLanguage(const QStringList &arguments);

    // The arguments without `--language LANG` / `--language=LANG`, for programs whose parser does not know it.
    static QStringList withoutLanguageOption(const QStringList &arguments);

    // Installs `:/i18n/<program>_<lang>.qm` and Qt's own qtbase translation for `language` (or the system
    // locale when empty); a language the program has only in another region is taken from there (pt_PT finds
    // pt_BR). Returns the language whose translation was loaded, or an empty string when the program stays in
    // its source language (English).
    static QString install(QCoreApplication *app, const QString &program, const QString &language);
};

} // namespace handoff
