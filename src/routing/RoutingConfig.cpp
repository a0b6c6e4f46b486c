// Loading, validating and writing the routing configuration file (format in docs/routing.md).
#include "routing/RoutingConfig.h"

#include "routing/JsonLineIndex.h"
#include "routing/RuleExpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace handoff::routing {

// One translation context for the messages of this file, the same for lupdate and at run time.
struct RoutingConfigText {
    Q_DECLARE_TR_FUNCTIONS(RoutingConfig)
};

namespace {

const char *const kDayNames[7] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
const QTime kEndOfDay(23, 59, 59, 999);

// Collects the first error with the line of the field it is about.
class Validator
{
public:
    explicit Validator(const QByteArray &json)
        : m_lines(json)
    { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = RoutingConfigText::tr("line %1: %2: %3").arg(m_lines.lineOf(path)).arg(path, problem);
        return false;
    }
    bool failAtOffset(int offset, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = RoutingConfigText::tr("line %1: %2").arg(m_lines.lineOfOffset(offset)).arg(problem);
        return false;
    }

    bool checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(join(path, it.key()),
                    RoutingConfigText::tr("unknown field (expected one of: %1)")
                        .arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(path.isEmpty() ? key : path, RoutingConfigText::tr("missing required field \"%1\"").arg(key));
                return std::nullopt;
            }
            return QString();
        }
        if (!v.isString()) {
            fail(join(path, key), RoutingConfigText::tr("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<int> integer(
        const QJsonObject &o, const QString &path, const QString &key, int fallback, int min, int max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(join(path, key), RoutingConfigText::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(join(path, key), RoutingConfigText::tr("must be true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QStringList> strings(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(join(path, key), RoutingConfigText::tr("must be a list of strings"));
            return std::nullopt;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty()) {
                fail(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i),
                    RoutingConfigText::tr("must be a non-empty string"));
                return std::nullopt;
            }
            out << a.at(i).toString().trimmed();
        }
        return out;
    }

private:
    JsonLineIndex m_lines;
    QString m_error;
};

std::optional<QTime> parseClock(const QString &text)
{
    if (text == u"24:00")
        return kEndOfDay;
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid())
        return std::nullopt;
    return t;
}

bool parseHours(Validator &v, const QJsonValue &value, const QString &path, BusinessHours *hours)
{
    if (value.isUndefined() || value.isNull()) {
        hours->alwaysOpen = true;
        return true;
    }
    if (!value.isObject())
        return v.fail(path, RoutingConfigText::tr("must be an object with timeZone, weekly and holidays"));
    const QJsonObject o = value.toObject();
    if (!v.checkKeys(o, path, { QStringLiteral("timeZone"), QStringLiteral("weekly"), QStringLiteral("holidays") }))
        return false;
    hours->alwaysOpen = false;
    const auto zone = v.string(o, path, QStringLiteral("timeZone"), true);
    if (!zone)
        return false;
    if (!QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
        return v.fail(Validator::join(path, QStringLiteral("timeZone")),
            RoutingConfigText::tr("unknown time zone \"%1\" (use an IANA name such as Europe/Berlin)").arg(*zone));
    hours->timeZone = *zone;

    const QString weeklyPath = Validator::join(path, QStringLiteral("weekly"));
    const QJsonValue weekly = o.value(QStringLiteral("weekly"));
    if (!weekly.isUndefined()) {
        if (!weekly.isObject())
            return v.fail(weeklyPath,
                RoutingConfigText::tr("must be an object with days as keys, e.g. \"monday\": [\"09:00-17:00\"]"));
        const QJsonObject days = weekly.toObject();
        for (auto it = days.begin(); it != days.end(); ++it) {
            int day = -1;
            for (int d = 0; d < 7; ++d) {
                const QString full = QLatin1String(kDayNames[d]);
                if (it.key().compare(full, Qt::CaseInsensitive) == 0
                    || it.key().compare(full.left(3), Qt::CaseInsensitive) == 0)
                    day = d;
            }
            const QString dayPath = Validator::join(weeklyPath, it.key());
            if (day < 0)
                return v.fail(dayPath, RoutingConfigText::tr("unknown day (use monday ... sunday)"));
            if (!it.value().isArray())
                return v.fail(dayPath, RoutingConfigText::tr("must be a list of ranges such as \"09:00-17:00\""));
            const QJsonArray ranges = it.value().toArray();
            for (qsizetype i = 0; i < ranges.size(); ++i) {
                const QString rangePath = QStringLiteral("%1[%2]").arg(dayPath).arg(i);
                const QStringList parts = ranges.at(i).toString().split(u'-');
                const auto from = parts.size() == 2 ? parseClock(parts[0].trimmed()) : std::nullopt;
                const auto to = parts.size() == 2 ? parseClock(parts[1].trimmed()) : std::nullopt;
                if (!ranges.at(i).isString() || !from || !to)
                    return v.fail(
                        rangePath, RoutingConfigText::tr("must be a range \"HH:mm-HH:mm\", e.g. \"09:00-17:30\""));
                if (!(*from < *to))
                    return v.fail(rangePath,
                        RoutingConfigText::tr("must end after it starts (ranges cannot cross midnight; "
                                              "split them over two days)"));
                hours->weekly[day].append({ *from, *to });
            }
        }
    }
    const QJsonValue holidays = o.value(QStringLiteral("holidays"));
    const QString holidaysPath = Validator::join(path, QStringLiteral("holidays"));
    if (!holidays.isUndefined()) {
        if (!holidays.isArray())
            return v.fail(holidaysPath, RoutingConfigText::tr("must be a list of dates \"YYYY-MM-DD\""));
        const QJsonArray dates = holidays.toArray();
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const QDate date = QDate::fromString(dates.at(i).toString(), Qt::ISODate);
            if (!dates.at(i).isString() || !date.isValid())
                return v.fail(QStringLiteral("%1[%2]").arg(holidaysPath).arg(i),
                    RoutingConfigText::tr("must be a date \"YYYY-MM-DD\""));
            hours->holidays.append(date);
        }
    }
    return true;
}

QString formatClock(const QTime &t)
{
    return t == kEndOfDay ? QStringLiteral("24:00") : t.toString(QStringLiteral("HH:mm"));
}

} // namespace

RoutingConfig RoutingConfig::defaults()
{
    RoutingConfig config;
    QueueDefinition queue;
    queue.id = QStringLiteral("default");
    queue.name = QCoreApplication::translate("RoutingConfig", "General");
    config.queues.append(queue);
    config.defaultQueue = queue.id;
    return config;
}

const QueueDefinition *RoutingConfig::queue(const QString &id) const
{
    for (const QueueDefinition &q : queues)
        if (q.id == id)
            return &q;
    return nullptr;
}

std::optional<RoutingConfig> RoutingConfig::fromJson(const QByteArray &json, QString *error)
{
    Validator v(json);
    auto finish = [&]() -> std::optional<RoutingConfig> {
        if (error)
            *error = v.error();
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        v.failAtOffset(parseError.offset,
            QCoreApplication::translate("RoutingConfig", "not valid JSON: %1").arg(parseError.errorString()));
        return finish();
    }
    if (!doc.isObject()) {
        v.failAtOffset(0, QCoreApplication::translate("RoutingConfig", "the configuration must be a JSON object"));
        return finish();
    }
    const QJsonObject root = doc.object();
    if (!v.checkKeys(root, {},
            { QStringLiteral("queues"), QStringLiteral("rules"), QStringLiteral("defaultQueue"),
                QStringLiteral("offerTimeoutSeconds"), QStringLiteral("missedOffersBeforeAway"),
                QStringLiteral("strategy"), QStringLiteral("abandonAfterSeconds"),
                QStringLiteral("shortAbandonSeconds") }))
        return finish();

    RoutingConfig config;
    const auto timeout = v.integer(root, {}, QStringLiteral("offerTimeoutSeconds"), 30, 5, 3600);
    const auto missed = v.integer(root, {}, QStringLiteral("missedOffersBeforeAway"), 3, 0, 100);
    const auto strategy = v.string(root, {}, QStringLiteral("strategy"), false);
    const auto abandon = v.integer(root, {}, QStringLiteral("abandonAfterSeconds"), 120, 0, 24 * 3600);
    const auto shortAbandon = v.integer(root, {}, QStringLiteral("shortAbandonSeconds"), 0, 0, 3600);
    if (v.failed())
        return finish();
    config.shortAbandonSeconds = *shortAbandon;
    config.offerTimeoutSeconds = *timeout;
    config.missedOffersBeforeAway = *missed;
    config.abandonAfterSeconds = *abandon;
    if (strategy->isEmpty() || *strategy == u"leastBusy")
        config.strategy = 0;
    else if (*strategy == u"roundRobin")
        config.strategy = 1;
    else {
        v.fail(QStringLiteral("strategy"),
            QCoreApplication::translate(
                "RoutingConfig", "unknown strategy \"%1\" (use \"leastBusy\" or \"roundRobin\")")
                .arg(*strategy));
        return finish();
    }

    const QJsonValue queues = root.value(QStringLiteral("queues"));
    if (!queues.isArray() || queues.toArray().isEmpty()) {
        v.fail(QStringLiteral("queues"),
            QCoreApplication::translate("RoutingConfig", "must be a non-empty list of queues"));
        return finish();
    }
    const QJsonArray queueArray = queues.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < queueArray.size(); ++i) {
        const QString path = QStringLiteral("queues[%1]").arg(i);
        if (!queueArray.at(i).isObject()) {
            v.fail(path, QCoreApplication::translate("RoutingConfig", "must be an object"));
            return finish();
        }
        const QJsonObject o = queueArray.at(i).toObject();
        if (!v.checkKeys(o, path,
                { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("requiredSkills"),
                    QStringLiteral("priority"), QStringLiteral("hours"), QStringLiteral("overflow"),
                    QStringLiteral("closedMessage"), QStringLiteral("noAgentsMessage"),
                    QStringLiteral("offerFormAfterSeconds"), QStringLiteral("serviceLevelSeconds"),
                    QStringLiteral("survey") }))
            return finish();
        QueueDefinition q;
        const auto id = v.string(o, path, QStringLiteral("id"), true);
        const auto name = v.string(o, path, QStringLiteral("name"), false);
        const auto skills = v.strings(o, path, QStringLiteral("requiredSkills"));
        const auto priority = v.integer(o, path, QStringLiteral("priority"), 0, -1000, 1000);
        const auto closed = v.string(o, path, QStringLiteral("closedMessage"), false);
        const auto noAgents = v.string(o, path, QStringLiteral("noAgentsMessage"), false);
        const auto offerForm = v.integer(o, path, QStringLiteral("offerFormAfterSeconds"), 300, 0, 7 * 24 * 3600);
        const auto serviceLevel = v.integer(o, path, QStringLiteral("serviceLevelSeconds"), 20, 1, 24 * 3600);
        const auto survey = v.boolean(o, path, QStringLiteral("survey"), true);
        if (v.failed())
            return finish();
        if (id->trimmed().isEmpty()) {
            v.fail(path + QStringLiteral(".id"), QCoreApplication::translate("RoutingConfig", "must not be empty"));
            return finish();
        }
        if (ids.contains(*id)) {
            v.fail(path + QStringLiteral(".id"),
                QCoreApplication::translate("RoutingConfig", "duplicate queue id \"%1\"").arg(*id));
            return finish();
        }
        ids.insert(*id);
        q.id = *id;
        q.name = name->isEmpty() ? *id : *name;
        q.requiredSkills = *skills;
        q.priority = *priority;
        q.closedMessage = *closed;
        q.noAgentsMessage = *noAgents;
        q.offerFormAfterSeconds = *offerForm;
        q.serviceLevelSeconds = *serviceLevel;
        q.survey = *survey;
        if (!parseHours(v, o.value(QStringLiteral("hours")), path + QStringLiteral(".hours"), &q.hours))
            return finish();
        const QJsonValue overflow = o.value(QStringLiteral("overflow"));
        if (!overflow.isUndefined() && !overflow.isNull()) {
            const QString overflowPath = path + QStringLiteral(".overflow");
            if (!overflow.isObject()) {
                v.fail(overflowPath,
                    QCoreApplication::translate(
                        "RoutingConfig", "must be an object with \"queue\" and \"afterSeconds\""));
                return finish();
            }
            const QJsonObject of = overflow.toObject();
            if (!v.checkKeys(of, overflowPath, { QStringLiteral("queue"), QStringLiteral("afterSeconds") }))
                return finish();
            const auto target = v.string(of, overflowPath, QStringLiteral("queue"), true);
            const auto after = v.integer(of, overflowPath, QStringLiteral("afterSeconds"), 0, 1, 7 * 24 * 3600);
            if (v.failed())
                return finish();
            if (!of.contains(QStringLiteral("afterSeconds"))) {
                v.fail(overflowPath,
                    QCoreApplication::translate("RoutingConfig", "missing required field \"afterSeconds\""));
                return finish();
            }
            q.overflowQueue = *target;
            q.overflowAfterSeconds = *after;
        }
        config.queues.append(q);
    }
    for (qsizetype i = 0; i < config.queues.size(); ++i) {
        const QueueDefinition &q = config.queues.at(i);
        if (q.overflowQueue.isEmpty())
            continue;
        const QString path = QStringLiteral("queues[%1].overflow.queue").arg(i);
        if (!ids.contains(q.overflowQueue)) {
            v.fail(path, QCoreApplication::translate("RoutingConfig", "unknown queue \"%1\"").arg(q.overflowQueue));
            return finish();
        }
        if (q.overflowQueue == q.id) {
            v.fail(path, QCoreApplication::translate("RoutingConfig", "a queue cannot overflow into itself"));
            return finish();
        }
    }

    const auto defaultQueue = v.string(root, {}, QStringLiteral("defaultQueue"), false);
    if (v.failed())
        return finish();
    config.defaultQueue = defaultQueue->isEmpty() ? config.queues.front().id : *defaultQueue;
    if (!ids.contains(config.defaultQueue)) {
        v.fail(QStringLiteral("defaultQueue"),
            QCoreApplication::translate("RoutingConfig", "unknown queue \"%1\"").arg(config.defaultQueue));
        return finish();
    }

    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isUndefined() && !rules.isNull() && !rules.isArray()) {
        v.fail(QStringLiteral("rules"), QCoreApplication::translate("RoutingConfig", "must be a list of rules"));
        return finish();
    }
    const QJsonArray ruleArray = rules.toArray();
    for (qsizetype i = 0; i < ruleArray.size(); ++i) {
        const QString path = QStringLiteral("rules[%1]").arg(i);
        if (!ruleArray.at(i).isObject()) {
            v.fail(path, QCoreApplication::translate("RoutingConfig", "must be an object"));
            return finish();
        }
        const QJsonObject o = ruleArray.at(i).toObject();
        if (!v.checkKeys(o, path,
                { QStringLiteral("name"), QStringLiteral("condition"), QStringLiteral("queue"),
                    QStringLiteral("priority"), QStringLiteral("skills") }))
            return finish();
        RoutingRule rule;
        const auto name = v.string(o, path, QStringLiteral("name"), false);
        const auto condition = v.string(o, path, QStringLiteral("condition"), true);
        const auto queue = v.string(o, path, QStringLiteral("queue"), true);
        const auto skills = v.strings(o, path, QStringLiteral("skills"));
        const auto priority = v.integer(o, path, QStringLiteral("priority"), 0, -1000, 1000);
        if (v.failed())
            return finish();
        QString conditionError;
        if (!RuleExpression::parse(*condition, &conditionError)) {
            v.fail(path + QStringLiteral(".condition"), conditionError);
            return finish();
        }
        if (!ids.contains(*queue)) {
            v.fail(path + QStringLiteral(".queue"),
                QCoreApplication::translate("RoutingConfig", "unknown queue \"%1\"").arg(*queue));
            return finish();
        }
        rule.name = name->isEmpty() ? QCoreApplication::translate("RoutingConfig", "rule %1").arg(i + 1) : *name;
        rule.condition = *condition;
        rule.queueId = *queue;
        rule.skills = *skills;
        if (o.contains(QStringLiteral("priority")) && !o.value(QStringLiteral("priority")).isNull())
            rule.priority = *priority;
        config.rules.append(rule);
    }
    if (error)
        error->clear();
    return config;
}

QByteArray RoutingConfig::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("strategy"), strategy == 1 ? QStringLiteral("roundRobin") : QStringLiteral("leastBusy"));
    root.insert(QStringLiteral("offerTimeoutSeconds"), offerTimeoutSeconds);
    root.insert(QStringLiteral("missedOffersBeforeAway"), missedOffersBeforeAway);
    root.insert(QStringLiteral("abandonAfterSeconds"), abandonAfterSeconds);
    if (shortAbandonSeconds != 0)
        root.insert(QStringLiteral("shortAbandonSeconds"), shortAbandonSeconds);
    root.insert(QStringLiteral("defaultQueue"), defaultQueue);
    QJsonArray queueArray;
    for (const QueueDefinition &q : queues) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), q.id);
        o.insert(QStringLiteral("name"), q.name);
        if (!q.requiredSkills.isEmpty())
            o.insert(QStringLiteral("requiredSkills"), QJsonArray::fromStringList(q.requiredSkills));
        if (q.priority != 0)
            o.insert(QStringLiteral("priority"), q.priority);
        if (!q.hours.alwaysOpen) {
            QJsonObject hours;
            hours.insert(QStringLiteral("timeZone"), q.hours.timeZone);
            QJsonObject weekly;
            for (int d = 0; d < 7; ++d) {
                if (q.hours.weekly[d].isEmpty())
                    continue;
                QJsonArray ranges;
                for (const TimeRange &r : q.hours.weekly[d])
                    ranges.append(formatClock(r.from) + u'-' + formatClock(r.to));
                weekly.insert(QLatin1String(kDayNames[d]), ranges);
            }
            hours.insert(QStringLiteral("weekly"), weekly);
            QJsonArray holidays;
            for (const QDate &date : q.hours.holidays)
                holidays.append(date.toString(Qt::ISODate));
            hours.insert(QStringLiteral("holidays"), holidays);
            o.insert(QStringLiteral("hours"), hours);
        }
        if (!q.overflowQueue.isEmpty() && q.overflowAfterSeconds > 0)
            o.insert(QStringLiteral("overflow"),
                QJsonObject { { QStringLiteral("queue"), q.overflowQueue },
                    { QStringLiteral("afterSeconds"), q.overflowAfterSeconds } });
        if (!q.closedMessage.isEmpty())
            o.insert(QStringLiteral("closedMessage"), q.closedMessage);
        if (!q.noAgentsMessage.isEmpty())
            o.insert(QStringLiteral("noAgentsMessage"), q.noAgentsMessage);
        if (q.offerFormAfterSeconds != QueueDefinition().offerFormAfterSeconds)
            o.insert(QStringLiteral("offerFormAfterSeconds"), q.offerFormAfterSeconds);
        if (q.serviceLevelSeconds != QueueDefinition().serviceLevelSeconds)
            o.insert(QStringLiteral("serviceLevelSeconds"), q.serviceLevelSeconds);
        if (!q.survey)
            o.insert(QStringLiteral("survey"), false);
        queueArray.append(o);
    }
    root.insert(QStringLiteral("queues"), queueArray);
    QJsonArray ruleArray;
    for (const RoutingRule &r : rules) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), r.name);
        o.insert(QStringLiteral("condition"), r.condition);
        o.insert(QStringLiteral("queue"), r.queueId);
        if (r.priority)
            o.insert(QStringLiteral("priority"), *r.priority);
        if (!r.skills.isEmpty())
            o.insert(QStringLiteral("skills"), QJsonArray::fromStringList(r.skills));
        ruleArray.append(o);
    }
    root.insert(QStringLiteral("rules"), ruleArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace handoff::routing
