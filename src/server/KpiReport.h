// The contact-centre KPI report (docs/supervisor.md, "KPI report"): the period a report covers, and the
// figures per queue, per agent and in all, rolled up from the store's sums (Store::kpiSums). The supervisor
// desk, handoff-cli, `handoff-router report --kpi` and /metrics all show these figures.
#pragma once

#include "routing/RoutingConfig.h"
#include "store/StoreRecords.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace handoff::server {

struct KpiPeriod {
    QDate from;         // first day, inclusive
    QDate to;           // last day, inclusive
    QTimeZone zone;     // the router's time zone: where the days start and end
    QDateTime start;    // from's midnight in zone
    QDateTime end;      // the midnight after `to` in zone
    static constexpr int kMaxDays = 92;
    // From two ISO dates (YYYY-MM-DD), `to` not before `from`, at most kMaxDays days; nullopt with *error.
    static std::optional<KpiPeriod> fromDates(const QString &from, const QString &to, const QTimeZone &zone,
                                              QString *error);
    static KpiPeriod today(const QTimeZone &zone);
};

// The figures of one queue, one agent, or all (name empty).
struct KpiFigures {
    QString id;
    QString name; // queues: the name agents see (the id for queues no longer in the routing file)
    qint64 offered = 0;  // queue entries, short abandons left out
    qint64 answered = 0;
    qint64 answeredInServiceLevel = 0;
    qint64 abandoned = 0;
    qint64 shortAbandoned = 0;
    qint64 handled = 0;
    qint64 missed = 0;
    qint64 declined = 0;
    qint64 transfers = 0;
    qint64 answerWaitMs = 0;
    qint64 handleMs = 0;
    int serviceLevelSeconds = 0; // queues only
    qint64 ratings = 0;          // post-chat survey answers given in the period
    qint64 ratingSum = 0;
    qint64 satisfied = 0;        // of them rated 4 or 5
    // The rates and averages; nullopt where nothing was counted to divide by.
    std::optional<double> abandonRate() const;    // abandoned / offered, percent
    std::optional<double> serviceLevel() const;   // answered within the threshold / (answered + abandoned), percent
    std::optional<double> asaSeconds() const;     // answer wait / answered
    std::optional<double> ahtSeconds() const;     // handle time / handled
    std::optional<double> csatAverage() const;    // the ratings' average, 1 to 5
    std::optional<double> csat() const;           // rated 4 or 5 / ratings, percent
    QJsonObject toJson() const;
    void add(const store::KpiSums &s);
    void addRating(const store::RatingRecord &r);
};

struct KpiReport {
    KpiPeriod period;
    int shortAbandonSeconds = 0;
    QList<KpiFigures> queues; // every queue of the routing file, then any others with events, by id
    QList<KpiFigures> agents; // agents with events, by id
    KpiFigures total;

    static store::KpiThresholds thresholds(const routing::RoutingConfig &config);
    // Ratings count by when the visitor gave them, with the queue and agent the chat had then.
    static KpiReport build(const KpiPeriod &period, const routing::RoutingConfig &config,
                           const QList<store::KpiSums> &sums, const QList<store::RatingRecord> &ratings = {});
    QJsonObject toJson() const;
    // A plain-text table for the command line: one line per queue and agent.
    QString toText() const;
};

} // namespace handoff::server
