// VisitorLanguage: see header.
#include "bot/VisitorLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QTranslator>
#include <map>
#include <memory>

namespace handoff::bot {

namespace {

const QString kDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("handoff-router_");

// "de-at" -> {"de", "AT"}; "pt" -> {"pt", ""}.
std::pair<QString, QString> split(const QString &tag)
{
    QString t = tag.trimmed();
    t.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList parts = t.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    QString region;
    // "zh_Hant_TW", "sr_Latn": a script part of four letters is skipped, the region is two letters or three digits.
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() == 2 || (parts[i].size() == 3 && parts[i].front().isDigit())) {
            region = parts[i].toUpper();
            break;
        }
    }
    return { parts.front().toLower(), region };
}

struct Translators {
    QMutex mutex;
    std::map<QString, std::unique_ptr<QTranslator>> loaded; // nullptr: tried, not there
};

Translators &translators()
{
    static Translators t;
    return t;
}

} // namespace

QString VisitorLanguage::best(const QString &tag, const QStringList &available)
{
    const auto [language, region] = split(tag);
    if (language.isEmpty())
        return {};
    QString sameLanguage; // the language alone
    QString otherRegion; // the language in another region
    for (const QString &a : available) {
        const auto [aLanguage, aRegion] = split(a);
        if (aLanguage != language)
            continue;
        if (!region.isEmpty() && aRegion == region)
            return a;
        if (aRegion.isEmpty())
            sameLanguage = sameLanguage.isEmpty() ? a : sameLanguage;
        else if (otherRegion.isEmpty())
            otherRegion = a;
    }
    return sameLanguage.isEmpty() ? otherRegion : sameLanguage;
}

QStringList VisitorLanguage::shipped()
{
    static const QStringList languages = [] {
        QStringList out;
        const QStringList files = QDir(kDir).entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
        for (const QString &f : files)
            out.append(f.mid(kPrefix.size()).chopped(3));
        return out;
    }();
    return languages;
}

QString VisitorLanguage::choose(const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return {};
    const QString language = best(tag, shipped());
    return language.isEmpty() ? QStringLiteral("en") : language;
}

QString VisitorLanguage::translate(const QString &language, const char *context, const char *source, int n)
{
    if (language.isNull())
        return QCoreApplication::translate(context, source, nullptr, n);
    QString text;
    if (language != QLatin1String("en")) {
        Translators &t = translators();
        const QTranslator *translator = nullptr;
        {
            QMutexLocker lock(&t.mutex);
            auto it = t.loaded.find(language);
            if (it == t.loaded.end()) {
                auto loaded = std::make_unique<QTranslator>();
                if (!shipped().contains(language) || !loaded->load(kPrefix + language, kDir))
                    loaded.reset();
                it = t.loaded.emplace(language, std::move(loaded)).first;
            }
            translator = it->second.get();
        }
        // A loaded translator is only read from here on; QTranslator::translate() is const.
        if (translator)
            text = translator->translate(context, source, nullptr, n);
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace handoff::bot
