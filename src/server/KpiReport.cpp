#include "server/KpiReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <cmath>

namespace handoff::server {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::KpiReport)
};

std::optional<double> ratio(qint64 part, qint64 whole, double scale)
{
    if (whole <= 0)
        return std::nullopt;
    return scale * double(part) / double(whole);
}

QJsonValue orNull(const std::optional<double> &v)
{
    // One decimal: what a report shows, and the same in every client.
    return v ? QJsonValue(std::round(*v * 10.0) / 10.0) : QJsonValue(QJsonValue::Null);
}

QString cell(const std::optional<double> &v, const char *unit)
{
    return v ? QString::number(*v, 'f', 1) + QLatin1String(unit) : QStringLiteral("-");
}

} // namespace

std::optional<KpiPeriod> KpiPeriod::fromDates(const QString &from, const QString &to, const QTimeZone &zone,
                                              QString *error)
{
    KpiPeriod p;
    p.from = QDate::fromString(from, Qt::ISODate);
    p.to = QDate::fromString(to, Qt::ISODate);
    if (!p.from.isValid() || !p.to.isValid() || p.to < p.from || p.from.daysTo(p.to) >= kMaxDays) {
        if (error)
            *error = Text::tr("Give \"from\" and \"to\" as dates (YYYY-MM-DD), \"to\" not before \"from\" and at "
                              "most %1 days in all.")
                         .arg(kMaxDays);
        return std::nullopt;
    }
    p.zone = zone;
    p.start = p.from.startOfDay(zone).toUTC();
    p.end = p.to.addDays(1).startOfDay(zone).toUTC();
    return p;
}

KpiPeriod KpiPeriod::today(const QTimeZone &zone)
{
    const QString day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().toString(Qt::ISODate);
    return *fromDates(day, day, zone, nullptr);
}

std::optional<double> KpiFigures::abandonRate() const { return ratio(abandoned, offered, 100.0); }
std::optional<double> KpiFigures::serviceLevel() const
{
    return ratio(answeredInServiceLevel, answered + abandoned, 100.0);
}
std::optional<double> KpiFigures::asaSeconds() const { return ratio(answerWaitMs, answered, 0.001); }
std::optional<double> KpiFigures::ahtSeconds() const { return ratio(handleMs, handled, 0.001); }

void KpiFigures::add(const store::KpiSums &s)
{
    offered += s.entered - s.shortAbandoned;
    answered += s.answered;
    answeredInServiceLevel += s.answeredInServiceLevel;
    answerWaitMs += s.answerWaitMs;
    abandoned += s.abandoned;
    shortAbandoned += s.shortAbandoned;
    handled += s.handled;
    handleMs += s.handleMs;
    missed += s.missed;
    declined += s.declined;
    transfers += s.transferred;
}

std::optional<double> KpiFigures::csatAverage() const
{
    if (ratings == 0)
        return std::nullopt;
    return std::round(double(ratingSum) / double(ratings) * 10.0) / 10.0;
}

std::optional<double> KpiFigures::csat() const
{
    if (ratings == 0)
        return std::nullopt;
    return std::round(double(satisfied) * 1000.0 / double(ratings)) / 10.0;
}

void KpiFigures::addRating(const store::RatingRecord &r)
{
    ++ratings;
    ratingSum += r.rating;
    satisfied += r.rating >= 4 ? 1 : 0;
}

QJsonObject KpiFigures::toJson() const
{
    QJsonObject o{{QStringLiteral("offered"), offered},
                  {QStringLiteral("answered"), answered},
                  {QStringLiteral("answeredInServiceLevel"), answeredInServiceLevel},
                  {QStringLiteral("abandoned"), abandoned},
                  {QStringLiteral("shortAbandoned"), shortAbandoned},
                  {QStringLiteral("handled"), handled},
                  {QStringLiteral("missedOffers"), missed},
                  {QStringLiteral("declinedOffers"), declined},
                  {QStringLiteral("transfers"), transfers},
                  {QStringLiteral("abandonRate"), orNull(abandonRate())},
                  {QStringLiteral("serviceLevel"), orNull(serviceLevel())},
                  {QStringLiteral("asaSeconds"), orNull(asaSeconds())},
                  {QStringLiteral("ahtSeconds"), orNull(ahtSeconds())},
                  {QStringLiteral("ratings"), ratings},
                  {QStringLiteral("csatAverage"), orNull(csatAverage())},
                  {QStringLiteral("csat"), orNull(csat())}};
    if (serviceLevelSeconds > 0)
        o.insert(QStringLiteral("serviceLevelSeconds"), serviceLevelSeconds);
    return o;
}

store::KpiThresholds KpiReport::thresholds(const routing::RoutingConfig &config)
{
    store::KpiThresholds t;
    for (const routing::QueueDefinition &q : config.queues)
        t.serviceLevelMs.insert(q.id, qint64(q.serviceLevelSeconds) * 1000);
    t.defaultServiceLevelMs = qint64(routing::QueueDefinition().serviceLevelSeconds) * 1000;
    t.shortAbandonMs = qint64(config.shortAbandonSeconds) * 1000;
    return t;
}

KpiReport KpiReport::build(const KpiPeriod &period, const routing::RoutingConfig &config,
                           const QList<store::KpiSums> &sums, const QList<store::RatingRecord> &ratings)
{
    KpiReport r;
    r.period = period;
    r.shortAbandonSeconds = config.shortAbandonSeconds;
    QMap<QString, KpiFigures> queues;
    QStringList order;
    for (const routing::QueueDefinition &q : config.queues) {
        queues[q.id].id = q.id;
        queues[q.id].name = q.name;
        queues[q.id].serviceLevelSeconds = q.serviceLevelSeconds;
        order << q.id;
    }
    QMap<QString, KpiFigures> agents;
    for (const store::KpiSums &s : sums) {
        if (!queues.contains(s.queueId)) {
            queues[s.queueId].id = s.queueId;
            queues[s.queueId].name = s.queueId;
            queues[s.queueId].serviceLevelSeconds = routing::QueueDefinition().serviceLevelSeconds;
        }
        queues[s.queueId].add(s);
        if (!s.agentId.isEmpty()) {
            agents[s.agentId].id = s.agentId;
            agents[s.agentId].add(s);
        }
        r.total.add(s);
    }
    for (const store::RatingRecord &rating : ratings) {
        if (!queues.contains(rating.queueId)) {
            queues[rating.queueId].id = rating.queueId;
            queues[rating.queueId].name = rating.queueId;
            queues[rating.queueId].serviceLevelSeconds = routing::QueueDefinition().serviceLevelSeconds;
        }
        queues[rating.queueId].addRating(rating);
        if (!rating.agentId.isEmpty()) {
            agents[rating.agentId].id = rating.agentId;
            agents[rating.agentId].addRating(rating);
        }
        r.total.addRating(rating);
    }
    for (const QString &id : std::as_const(order))
        r.queues << queues.take(id);
    r.queues << queues.values(); // queues no longer in the routing file, by id
    r.agents = agents.values();
    return r;
}

QJsonObject KpiReport::toJson() const
{
    QJsonArray queueArray, agentArray;
    for (const KpiFigures &q : queues) {
        QJsonObject o = q.toJson();
        o.insert(QStringLiteral("queueId"), q.id);
        o.insert(QStringLiteral("name"), q.name);
        queueArray.append(o);
    }
    for (const KpiFigures &a : agents) {
        QJsonObject o = a.toJson();
        o.insert(QStringLiteral("agentId"), a.id);
        // Per agent: what the agent did; queue entries and abandons belong to no agent.
        for (const char *key : {"offered", "abandoned", "shortAbandoned", "abandonRate", "serviceLevel",
                                "answeredInServiceLevel"})
            o.remove(QLatin1String(key));
        agentArray.append(o);
    }
    return {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
            {QStringLiteral("timeZone"), QString::fromUtf8(period.zone.id())},
            {QStringLiteral("start"), period.start.toString(Qt::ISODateWithMs)},
            {QStringLiteral("end"), period.end.toString(Qt::ISODateWithMs)},
            {QStringLiteral("shortAbandonSeconds"), shortAbandonSeconds},
            {QStringLiteral("queues"), queueArray},
            {QStringLiteral("agents"), agentArray},
            {QStringLiteral("total"), total.toJson()}};
}

QString KpiReport::toText() const
{
    QString out = Text::tr("KPIs from %1 to %2 (%3)")
                      .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                           QString::fromUtf8(period.zone.id()))
                + QLatin1Char('\n');
    const auto line = [](QStringList cells) {
        QString s = cells.takeFirst().leftJustified(16);
        for (const QString &c : std::as_const(cells))
            s += c.rightJustified(10);
        return s.trimmed() + QLatin1Char('\n');
    };
    out += line({Text::tr("Queue"), Text::tr("Offered"), Text::tr("Answered"), Text::tr("Abandoned"),
                 Text::tr("Aband. %"), Text::tr("SL %"), Text::tr("ASA"), Text::tr("AHT"), Text::tr("Missed"),
                 Text::tr("Transfers"), Text::tr("CSAT %")});
    const auto queueLine = [&](const QString &name, const KpiFigures &q) {
        return line({name, QString::number(q.offered), QString::number(q.answered), QString::number(q.abandoned),
                     cell(q.abandonRate(), ""), cell(q.serviceLevel(), ""), cell(q.asaSeconds(), " s"),
                     cell(q.ahtSeconds(), " s"), QString::number(q.missed), QString::number(q.transfers),
                     cell(q.csat(), "")});
    };
    for (const KpiFigures &q : queues)
        out += queueLine(QStringLiteral("%1 (%2 s)").arg(q.id).arg(q.serviceLevelSeconds), q);
    out += queueLine(Text::tr("All queues"), total);
    out += QLatin1Char('\n');
    out += line({Text::tr("Agent"), Text::tr("Answered"), Text::tr("ASA"), Text::tr("Handled"), Text::tr("AHT"),
                 Text::tr("Missed"), Text::tr("Declined"), Text::tr("Transfers"), Text::tr("CSAT %")});
    for (const KpiFigures &a : agents)
        out += line({a.id, QString::number(a.answered), cell(a.asaSeconds(), " s"), QString::number(a.handled),
                     cell(a.ahtSeconds(), " s"), QString::number(a.missed), QString::number(a.declined),
                     QString::number(a.transfers), cell(a.csat(), "")});
    return out;
}

} // namespace handoff::server
