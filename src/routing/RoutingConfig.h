// Queues, rules and settings of the routing engine, and their loading from JSON with errors that name
// the line and field. See docs/routing.md for the file format.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace handoff::routing {

struct TimeRange {
    QTime from;
    QTime to;
};

struct BusinessHours {
    bool alwaysOpen = true;
    QString timeZone;               // IANA, e.g. "Europe/Berlin"
    QList<TimeRange> weekly[7];     // index 0 = Monday
    QList<QDate> holidays;          // closed all day, in the queue's time zone
};

struct QueueDefinition {
    QString id;
    QString name;
    QStringList requiredSkills;
    int priority = 0;
    BusinessHours hours;
    QString overflowQueue;          // empty = none
    int overflowAfterSeconds = 0;   // 0 = never
    QString closedMessage;          // told to the visitor when closed
    QString noAgentsMessage;        // told to the visitor when no agent is signed in
    int offerFormAfterSeconds = 300; // a visitor waiting this long is offered the message form; 0 = never
    int serviceLevelSeconds = 20;    // the KPI report's service level: answered within this many seconds
    bool survey = true;             // the visitor is asked to rate a chat an agent took part in, once it closes
};

struct RoutingRule {
    QString name;
    QString condition;              // e.g. "topic == billing and order.total > 500"
    QString queueId;
    std::optional<int> priority;
    QStringList skills;
};

struct RoutingConfig {
    QList<QueueDefinition> queues;  // at least one
    QList<RoutingRule> rules;       // first match wins
    QString defaultQueue;           // used when no rule matches
    int offerTimeoutSeconds = 30;
    int missedOffersBeforeAway = 3;
    int strategy = 0;               // 0 = least busy then longest idle, 1 = round robin
    int abandonAfterSeconds = 120;  // a waiting visitor whose page is gone this long has abandoned; 0 = never
    int shortAbandonSeconds = 0;    // the KPI report leaves out abandons after a shorter wait than this; 0 = none

    static RoutingConfig defaults(); // one open queue "default"
    // Parses and validates; on failure returns nullopt and sets *error to "line L: FIELD: problem", e.g.
    // `line 12: rules[2].queue: unknown queue "biling"` (L found by scanning the text for the field).
    static std::optional<RoutingConfig> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
    const QueueDefinition *queue(const QString &id) const;
};

} // namespace handoff::routing
