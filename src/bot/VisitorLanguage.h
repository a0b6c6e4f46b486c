// The language a visitor is spoken to in. The web page says which language the visitor reads (`language` of
// the visitor's hello, a BCP 47 tag such as "de-AT" or "pt"); the router answers in the best translation it
// ships for it, whatever language the router itself runs in. Desk and log texts stay in the router's language.
//
// The translations are the router's own .qm files (`:/i18n/handoff-router_<lang>.qm`), one QTranslator per
// language, loaded on first use and never installed globally: visitor texts are looked up through translate(),
// so conversations in different languages do not disturb each other or the router's own language.
#pragma once

#include <QString>
#include <QStringList>

namespace handoff::bot {

class VisitorLanguage
{
public:
    // The entry of `available` that serves `tag`: the exact language and region ("pt-BR" -> pt_BR), else the
    // language alone ("de-AT" -> de), else the language in another region ("pt", "pt-PT" -> pt_BR). `_` and `-`
    // are the same, case does not matter. Empty when none fits (the visitor gets English).
    static QString best(const QString &tag, const QStringList &available);

    // The languages the router has translations for (its .qm resources), e.g. {de, es, fr, nl, pt_BR}.
    static QStringList shipped();
    // The translation a conversation's visitor gets: best(tag, shipped()), or "en" (the source texts) when the
    // router has none for the tag ("it"). A visitor who names no language at all gets the router's own language,
    // returned as a null string.
    static QString choose(const QString &tag);

    // `source` (a text of the given tr() context; mark it with QT_TRANSLATE_NOOP so lupdate sees it) in
    // `language`, a value of choose(): the router's own language for a null string, the source for "en" or when
    // the language's translation lacks the text. `%n` is replaced by n. Thread-safe.
    static QString translate(const QString &language, const char *context, const char *source, int n = -1);
};

} // namespace handoff::bot
