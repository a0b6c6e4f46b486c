// TopicSet: parsing and validation of the topic file (docs/bot.md, "Topic file").
#include "bot/BotEngine.h"
#include "bot/PhraseMatcher.h"
#include "bot/TopicSetData.h"
#include "bot/VisitorLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initBotResources()
{
    Q_INIT_RESOURCE(bot_topics);
}

namespace handoff::bot {

namespace {

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::bot::TopicSet)
};

const QStringList kActions { QStringLiteral("lookupOrder") };
const QStringList kTransforms { QString(), QStringLiteral("upper"), QStringLiteral("lower"), QStringLiteral("title") };

// Fields an action fills besides its input slot, so answers may name them.
QStringList actionOutputs(const QString &action)
{
    if (action == QLatin1String("lookupOrder"))
        return { QStringLiteral("order.status"), QStringLiteral("order.total") };
    return {};
}

class Parser
{
public:
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    // A text value: a string or an array of strings (several lines).
    bool lines(const QJsonValue &v, const QString &where, QStringList *out, bool required)
    {
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(Text::tr("%1 is missing.").arg(where));
            return true;
        }
        if (v.isString()) {
            if (v.toString().trimmed().isEmpty())
                return fail(Text::tr("%1 must not be empty.").arg(where));
            out->append(v.toString());
            return true;
        }
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.isEmpty() && required)
                return fail(Text::tr("%1 must not be empty.").arg(where));
            for (int i = 0; i < a.size(); ++i) {
                if (!a[i].isString() || a[i].toString().trimmed().isEmpty())
                    return fail(Text::tr("%1[%2] must be a non-empty string.").arg(where).arg(i));
                out->append(a[i].toString());
            }
            return true;
        }
        return fail(Text::tr("%1 must be a string or an array of strings.").arg(where));
    }

    bool text(const QJsonObject &o, const char *key, const QString &where, QString *out, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(Text::tr("%1 \"%2\" is missing.").arg(where, QLatin1String(key)));
            return true;
        }
        if (!v.isString())
            return fail(Text::tr("%1 \"%2\" must be a string.").arg(where, QLatin1String(key)));
        *out = v.toString();
        return true;
    }

    bool flag(const QJsonObject &o, const char *key, const QString &where, bool *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(Text::tr("%1 \"%2\" must be true or false.").arg(where, QLatin1String(key)));
        *out = v.toBool();
        return true;
    }

    bool regex(const QString &pattern, const QString &where, bool anchored, QRegularExpression *out)
    {
        QRegularExpression re(anchored ? QRegularExpression::anchoredPattern(pattern) : pattern,
            QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            return fail(Text::tr("%1 is not a valid regular expression: %2.").arg(where, re.errorString()));
        if (!anchored)
            re.setPatternOptions(re.patternOptions() | QRegularExpression::CaseInsensitiveOption);
        *out = re;
        return true;
    }

    bool slot(const QString &name, const QJsonValue &v, SlotSpec *s)
    {
        const QString where = Text::tr("slot \"%1\"").arg(name);
        static const QRegularExpression validName(QStringLiteral("^[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"));
        if (!validName.match(name).hasMatch())
            return fail(
                Text::tr("%1: a slot name is lower-case words joined by dots, e.g. \"order.number\".").arg(where));
        if (!v.isObject())
            return fail(Text::tr("%1 must be an object.").arg(where));
        const QJsonObject o = v.toObject();
        s->name = name;
        QString pattern;
        QString extract;
        if (!text(o, "prompt", where, &s->prompt, true) || !text(o, "invalid", where, &s->invalid, false)
            || !text(o, "pattern", where, &pattern, true) || !text(o, "extract", where, &extract, false)
            || !text(o, "transform", where, &s->transform, false) || !flag(o, "optional", where, &s->optional)
            || !flag(o, "captureAnywhere", where, &s->captureAnywhere))
            return false;
        QStringList rejectWords;
        if (!lines(
                o.value(QStringLiteral("rejectWords")), Text::tr("%1 \"rejectWords\"").arg(where), &rejectWords, false))
            return false;
        for (const QString &w : std::as_const(rejectWords))
            s->rejectWords.append(PhraseMatcher::tokens(w));
        if (!kTransforms.contains(s->transform))
            return fail(Text::tr("%1 \"transform\" must be \"upper\", \"lower\" or \"title\".").arg(where));
        if (!regex(pattern, Text::tr("%1 \"pattern\"").arg(where), true, &s->pattern))
            return false;
        QRegularExpression re;
        if (!regex(extract.isEmpty() ? pattern : extract, Text::tr("%1 \"extract\"").arg(where), false, &re))
            return false;
        s->extract.append(re);
        return true;
    }

    // Only these keys may stand in a translation; a misspelt one is an error rather than an English text.
    bool onlyKeys(const QJsonObject &o, const QString &where, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(Text::tr("%1 has the key \"%2\", which a translation cannot give; it may give: %3.")
                                .arg(where, it.key(), allowed.join(QStringLiteral(", "))));
        return true;
    }

    // A text a translation may replace: kept when the translation does not give it.
    bool replaced(const QJsonObject &o, const char *key, const QString &where, QStringList *out)
    {
        if (!o.contains(QLatin1String(key)))
            return true;
        QStringList lines;
        if (!this->lines(o.value(QLatin1String(key)), QStringLiteral("%1 \"%2\"").arg(where, QLatin1String(key)),
                &lines, true))
            return false;
        *out = lines;
        return true;
    }

    bool triggers(const QStringList &phrases, const QString &where, QList<QStringList> *out)
    {
        for (const QString &phrase : phrases) {
            QStringList tokens = PhraseMatcher::contentTokens(phrase);
            if (tokens.isEmpty())
                tokens = PhraseMatcher::tokens(phrase);
            if (tokens.isEmpty())
                return fail(Text::tr("%1: the trigger \"%2\" has no words.").arg(where, phrase));
            out->append(tokens);
        }
        return true;
    }

    // "translations": {"de": {...}, "pt_BR": {...}} of the file or of one topic, checked; their languages
    // are added to `languages`.
    bool translationsOf(const QJsonObject &o, const QString &where, QMap<QString, QJsonObject> *out,
        QSet<QString> *languages)
    {
        const QJsonValue v = o.value(QStringLiteral("translations"));
        if (v.isUndefined())
            return true;
        const QString place = QStringLiteral("%1 \"translations\"").arg(where);
        if (!v.isObject())
            return fail(Text::tr("%1 must be an object.").arg(place));
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
        const QJsonObject all = v.toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (!code.match(it.key()).hasMatch())
                return fail(Text::tr("%1: \"%2\" is not a language code such as \"de\" or \"pt_BR\".")
                                .arg(place, it.key()));
            if (!it.value().isObject())
                return fail(Text::tr("%1 must be an object.").arg(QStringLiteral("%1 \"%2\"").arg(place, it.key())));
            out->insert(it.key(), it.value().toObject());
            languages->insert(it.key());
        }
        return true;
    }

    // The file's copy in `language`: its texts where the translation gives them, the file's elsewhere; its
    // phrases (triggers, decline phrases, slot extraction, reject words) recognised besides the file's.
    std::optional<TopicSet::Data> translated(const TopicSet::Data &base, const QString &language,
        const QJsonObject &top, const QList<QMap<QString, QJsonObject>> &perTopic,
        const QList<QSet<QString>> &knownPerTopic)
    {
        TopicSet::Data d = base;
        const QString where = QStringLiteral("\"translations\" \"%1\"").arg(language);
        if (!onlyKeys(top, where, { QStringLiteral("handoffLine"), QStringLiteral("fallback"),
                                      QStringLiteral("declinePhrases"), QStringLiteral("slots") })
            || !text(top, "handoffLine", where, &d.handoffLine, false) || !replaced(top, "fallback", where, &d.fallback))
            return std::nullopt;
        QStringList decline;
        if (!lines(top.value(QStringLiteral("declinePhrases")), QStringLiteral("%1 \"declinePhrases\"").arg(where),
                &decline, false))
            return std::nullopt;
        d.declinePhrases += decline;
        const QJsonValue slotsValue = top.value(QStringLiteral("slots"));
        if (!slotsValue.isUndefined() && !slotsValue.isObject()) {
            fail(Text::tr("%1 must be an object.").arg(QStringLiteral("%1 \"slots\"").arg(where)));
            return std::nullopt;
        }
        const QJsonObject slotObject = slotsValue.toObject();
        for (auto it = slotObject.begin(); it != slotObject.end(); ++it) {
            const QString slotWhere = QStringLiteral("%1 \"slots\" \"%2\"").arg(where, it.key());
            auto spec = d.slotSpecs.find(it.key());
            if (spec == d.slotSpecs.end()) {
                fail(Text::tr("%1 names the slot \"%2\", which is not defined under \"slots\" at the top of the "
                              "file.")
                         .arg(where, it.key()));
                return std::nullopt;
            }
            if (!it.value().isObject()) {
                fail(Text::tr("%1 must be an object.").arg(slotWhere));
                return std::nullopt;
            }
            const QJsonObject o = it.value().toObject();
            QString extract;
            QStringList rejectWords;
            QRegularExpression re;
            if (!onlyKeys(o, slotWhere,
                    { QStringLiteral("prompt"), QStringLiteral("invalid"), QStringLiteral("extract"),
                        QStringLiteral("rejectWords") })
                || !text(o, "prompt", slotWhere, &spec->prompt, false)
                || !text(o, "invalid", slotWhere, &spec->invalid, false)
                || !text(o, "extract", slotWhere, &extract, false)
                || !lines(o.value(QStringLiteral("rejectWords")), QStringLiteral("%1 \"rejectWords\"").arg(slotWhere),
                    &rejectWords, false)
                || (!extract.isEmpty()
                    && !regex(extract, QStringLiteral("%1 \"extract\"").arg(slotWhere), false, &re)))
                return std::nullopt;
            if (!extract.isEmpty())
                spec->extract.append(re);
            for (const QString &w : std::as_const(rejectWords))
                spec->rejectWords.append(PhraseMatcher::tokens(w));
        }
        for (int i = 0; i < d.topics.size(); ++i) {
            TopicSpec &t = d.topics[i];
            const auto variant = perTopic[i].constFind(language);
            if (variant == perTopic[i].constEnd())
                continue;
            const QJsonObject &o = *variant;
            const QString topicWhere
                = QStringLiteral("topic \"%1\" \"translations\" \"%2\"").arg(t.id, language);
            QStringList phrases;
            if (!onlyKeys(o, topicWhere,
                    { QStringLiteral("triggers"), QStringLiteral("intro"), QStringLiteral("again"),
                        QStringLiteral("answer"), QStringLiteral("failureAnswer"), QStringLiteral("handoffLine") })
                || !lines(o.value(QStringLiteral("triggers")), QStringLiteral("%1 \"triggers\"").arg(topicWhere),
                    &phrases, false)
                || !triggers(phrases, topicWhere, &t.triggers) || !replaced(o, "intro", topicWhere, &t.intro)
                || !replaced(o, "again", topicWhere, &t.again) || !replaced(o, "answer", topicWhere, &t.answer)
                || !replaced(o, "failureAnswer", topicWhere, &t.failureAnswer)
                || !text(o, "handoffLine", topicWhere, &t.handoffLine, false)
                || !placeholders(t.intro + t.again + t.answer + t.failureAnswer + QStringList { t.handoffLine },
                    topicWhere, knownPerTopic[i]))
                return std::nullopt;
            t.triggerTexts += phrases;
        }
        return d;
    }

    bool placeholders(const QStringList &texts, const QString &where, const QSet<QString> &known)
    {
        static const QRegularExpression re(QStringLiteral("\\{([^}|]*)(\\|[^}]*)?\\}"));
        for (const QString &t : texts) {
            auto it = re.globalMatch(t);
            while (it.hasNext()) {
                const QString name = it.next().captured(1).trimmed();
                if (!known.contains(name))
                    return fail(Text::tr("%1 uses the placeholder {%2}, which no slot or action of this topic "
                                         "fills.")
                                    .arg(where, name));
            }
        }
        return true;
    }

    bool topic(int index, const QJsonValue &v, const TopicSet::Data &data, QSet<QString> *ids, TopicSpec *t,
        QSet<QString> *known)
    {
        QString where = Text::tr("topics[%1]").arg(index);
        if (!v.isObject())
            return fail(Text::tr("%1 must be an object.").arg(where));
        const QJsonObject o = v.toObject();
        if (!text(o, "id", where, &t->id, true))
            return false;
        static const QRegularExpression validId(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!validId.match(t->id).hasMatch())
            return fail(
                Text::tr("%1 \"id\" must be lower-case letters, digits and dashes, e.g. \"order-status\".").arg(where));
        if (ids->contains(t->id))
            return fail(Text::tr("%1: the id \"%2\" is used twice.").arg(where, t->id));
        ids->insert(t->id);
        where = Text::tr("topic \"%1\"").arg(t->id);
        t->title = t->id;
        QString handoffValue;
        if (!text(o, "title", where, &t->title, false) || !text(o, "action", where, &t->action, false)
            || !text(o, "handoffReason", where, &t->handoffReason, false)
            || !text(o, "handoffLine", where, &t->handoffLine, false) || !flag(o, "handoff", where, &t->handoff))
            return false;
        if (!lines(o.value(QStringLiteral("triggers")), Text::tr("%1 \"triggers\"").arg(where), &t->triggerTexts, true))
            return false;
        if (!triggers(t->triggerTexts, where, &t->triggers))
            return false;
        if (!lines(o.value(QStringLiteral("intro")), Text::tr("%1 \"intro\"").arg(where), &t->intro, false)
            || !lines(o.value(QStringLiteral("again")), Text::tr("%1 \"again\"").arg(where), &t->again, false)
            || !lines(o.value(QStringLiteral("answer")), Text::tr("%1 \"answer\"").arg(where), &t->answer, !t->handoff)
            || !lines(o.value(QStringLiteral("failureAnswer")), Text::tr("%1 \"failureAnswer\"").arg(where),
                &t->failureAnswer, false))
            return false;
        const QJsonValue slotsValue = o.value(QStringLiteral("slots"));
        if (!slotsValue.isUndefined()) {
            if (!slotsValue.isArray())
                return fail(Text::tr("%1 \"slots\" must be an array of slot names.").arg(where));
            for (const QJsonValue &s : slotsValue.toArray()) {
                if (!s.isString())
                    return fail(Text::tr("%1 \"slots\" must be an array of slot names.").arg(where));
                if (!data.slotSpecs.contains(s.toString()))
                    return fail(Text::tr("%1 \"slots\" names \"%2\", which is not defined under \"slots\" at the top "
                                         "of the file.")
                                    .arg(where, s.toString()));
                t->slotNames.append(s.toString());
            }
        }
        known->insert(QStringLiteral("bot.name"));
        for (const SlotSpec &s : data.slotSpecs)
            known->insert(s.name); // any slot may have been filled by an earlier topic
        if (!t->action.isEmpty()) {
            if (!kActions.contains(t->action))
                return fail(
                    Text::tr("%1 \"action\" must be one of: %2.").arg(where, kActions.join(QStringLiteral(", "))));
            if (t->action == QLatin1String("lookupOrder") && !t->slotNames.contains(QStringLiteral("order.number")))
                return fail(Text::tr("%1: the action \"lookupOrder\" needs \"order.number\" in \"slots\".").arg(where));
            if (t->failureAnswer.isEmpty())
                return fail(Text::tr("%1 has an action, so it needs a \"failureAnswer\".").arg(where));
            for (const QString &out : actionOutputs(t->action))
                known->insert(out);
        }
        if (t->handoff && t->handoffReason.isEmpty())
            return fail(Text::tr("%1 hands off, so it needs a \"handoffReason\".").arg(where));
        return placeholders(t->intro + t->again + t->answer + t->failureAnswer, where, *known);
    }

    std::optional<TopicSet::Data> parse(const QByteArray &json)
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError) {
            fail(Text::tr("The topic file is not valid JSON: %1 at offset %2.").arg(pe.errorString()).arg(pe.offset));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            fail(Text::tr("The topic file must be a JSON object."));
            return std::nullopt;
        }
        const QJsonObject root = doc.object();
        const QString where = Text::tr("The topic file");
        if (root.contains(QStringLiteral("version")) && root.value(QStringLiteral("version")).toInt() != 1) {
            fail(Text::tr("The topic file's \"version\" must be 1."));
            return std::nullopt;
        }
        TopicSet::Data data;
        data.botName = Text::tr("Handoff Assistant");
        if (!text(root, "botName", where, &data.botName, false)
            || !text(root, "handoffLine", where, &data.handoffLine, false)
            || !text(root, "startTopic", where, &data.startTopic, false)
            || !lines(root.value(QStringLiteral("fallback")), Text::tr("The topic file's \"fallback\""), &data.fallback,
                false)
            || !lines(root.value(QStringLiteral("declinePhrases")), Text::tr("The topic file's \"declinePhrases\""),
                &data.declinePhrases, false))
            return std::nullopt;
        const QJsonValue threshold = root.value(QStringLiteral("matchThreshold"));
        if (!threshold.isUndefined()) {
            if (!threshold.isDouble() || threshold.toDouble() <= 0.0 || threshold.toDouble() > 1.0) {
                fail(Text::tr("The topic file's \"matchThreshold\" must be a number above 0 and at most 1."));
                return std::nullopt;
            }
            data.matchThreshold = threshold.toDouble();
        }
        const QJsonValue slotsValueTop = root.value(QStringLiteral("slots"));
        if (!slotsValueTop.isUndefined() && !slotsValueTop.isObject()) {
            fail(Text::tr("The topic file's \"slots\" must be an object of slot definitions."));
            return std::nullopt;
        }
        const QJsonObject slotObject = slotsValueTop.toObject();
        for (auto it = slotObject.begin(); it != slotObject.end(); ++it) {
            SlotSpec s;
            if (!slot(it.key(), it.value(), &s))
                return std::nullopt;
            data.slotSpecs.insert(s.name, s);
        }
        const QJsonValue topics = root.value(QStringLiteral("topics"));
        if (!topics.isArray() || topics.toArray().isEmpty()) {
            fail(Text::tr("The topic file needs a non-empty \"topics\" array."));
            return std::nullopt;
        }
        QSet<QString> ids;
        const QJsonArray topicArray = topics.toArray();
        QSet<QString> languages;
        QMap<QString, QJsonObject> topTranslations;
        QList<QMap<QString, QJsonObject>> topicTranslations;
        QList<QSet<QString>> knownPerTopic;
        if (!translationsOf(root, where, &topTranslations, &languages))
            return std::nullopt;
        for (int i = 0; i < topicArray.size(); ++i) {
            TopicSpec t;
            QSet<QString> known;
            if (!topic(i, topicArray[i], data, &ids, &t, &known))
                return std::nullopt;
            QMap<QString, QJsonObject> variants;
            if (!translationsOf(topicArray[i].toObject(), Text::tr("topic \"%1\"").arg(t.id), &variants, &languages))
                return std::nullopt;
            data.topics.append(t);
            topicTranslations.append(variants);
            knownPerTopic.append(known);
        }
        if (!data.startTopic.isEmpty() && !ids.contains(data.startTopic)) {
            fail(Text::tr("The topic file's \"startTopic\" names \"%1\", which is not a topic.").arg(data.startTopic));
            return std::nullopt;
        }
        QList<QString> sorted = languages.values();
        std::sort(sorted.begin(), sorted.end());
        QMap<QString, std::shared_ptr<const TopicSet::Data>> translations;
        for (const QString &language : std::as_const(sorted)) {
            std::optional<TopicSet::Data> copy
                = translated(data, language, topTranslations.value(language), topicTranslations, knownPerTopic);
            if (!copy)
                return std::nullopt;
            translations.insert(language, std::make_shared<const TopicSet::Data>(std::move(*copy)));
        }
        data.translations = translations;
        return data;
    }
};

} // namespace

TopicSet::TopicSet()
    : d(std::make_shared<const Data>())
{ }

TopicSet::~TopicSet() = default;
TopicSet::TopicSet(const TopicSet &) = default;
TopicSet &TopicSet::operator=(const TopicSet &) = default;

std::optional<TopicSet> TopicSet::fromJson(const QByteArray &json, QString *error)
{
    Parser parser;
    std::optional<Data> data = parser.parse(json);
    if (!data) {
        if (error)
            *error = parser.error;
        return std::nullopt;
    }
    TopicSet set;
    set.d = std::make_shared<const Data>(std::move(*data));
    return set;
}

TopicSet TopicSet::builtIn()
{
    // The library is static: without this call the linker may drop the compiled-in topic file.
    initBotResources();
    QFile file(QStringLiteral(":/bot/topics.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in topic file :/bot/topics.json is missing from the build.");
    QString error;
    std::optional<TopicSet> set = fromJson(file.readAll(), &error);
    if (!set)
        qFatal("The built-in topic file is invalid: %s", qPrintable(error));
    return *set;
}

std::optional<TopicSet> TopicSet::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the topic file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error); // callers name the file themselves
}

const TopicSet::Data *TopicSet::Data::forLanguage(const QString &tag) const
{
    const QString language = VisitorLanguage::best(tag, translations.keys());
    return language.isEmpty() ? this : translations.value(language).get();
}

QStringList TopicSet::topicIds() const
{
    QStringList ids;
    for (const TopicSpec &t : d->topics)
        ids.append(t.id);
    return ids;
}

} // namespace handoff::bot
