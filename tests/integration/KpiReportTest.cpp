// The contact-centre KPI report against a scripted day through the real router process: visitors on a
// sales and a support page, desks that accept after known waits, a decline and an offer left to time out,
// a visitor who leaves at once (a short abandon) and one who leaves after a while, a transfer, chats closed
// after known times. The figures come from the store (report.kpi, and `handoff-router report --kpi`), the
// same after a restart, on SQLite and, with HANDOFF_TEST_PG, on PostgreSQL.
//
// Waits and handle times are real time on loopback. Each is known to lie between two bounds the test
// measures around the requests that start and end it (the router takes its time while handling them):
//   lower = (request that ends it sent) - (answer to the request that started it received)
//   upper = (answer to the request that ends it received) - (request that started it sent)
// Counts, rates and service levels are exact: the waits are chosen far from the thresholds.
#include "ProtocolPeer.h"
#include "StoreBackend.h"
#include "TestSupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

// The routing file: sales answers within 2 s for its service level, support within 20 s; abandons after
// less than 1 s of waiting are short abandons; an offer times out after 5 s.
constexpr const char *kRouting = R"({
  "offerTimeoutSeconds": 5,
  "shortAbandonSeconds": 1,
  "defaultQueue": "sales",
  "queues": [
    { "id": "sales", "name": "Sales", "requiredSkills": ["sales"], "serviceLevelSeconds": 2 },
    { "id": "support", "name": "Support", "requiredSkills": ["support"], "serviceLevelSeconds": 20 }
  ],
  "rules": [ { "name": "support pages", "condition": "page contains \"/support\"", "queue": "support" } ]
})";

// A span of real time known to lie between two measured bounds, in milliseconds.
struct Span {
    qint64 lower = 0;
    qint64 upper = 0;
    Span operator+(const Span &o) const { return {lower + o.lower, upper + o.upper}; }
};

// A request and when it left and its answer came, on the test's clock.
struct Timed {
    Envelope reply;
    qint64 sent = 0;
    qint64 answered = 0;
};

class Clock
{
public:
    Clock() { m_timer.start(); }
    qint64 now() const { return m_timer.elapsed(); }
    Timed call(ProtocolPeer &peer, const QString &type, const QJsonObject &data = {}) const
    {
        Timed t;
        t.sent = now();
        t.reply = peer.call(type, data);
        t.answered = now();
        return t;
    }
    // Lets `ms` pass after the moment `since` (events keep flowing meanwhile).
    void until(qint64 since, qint64 ms) const
    {
        waitUntil([&] { return now() >= since + ms; }, int(ms) + 5000);
    }

private:
    QElapsedTimer m_timer;
};

Span between(const Timed &start, const Timed &end)
{
    return {end.sent - start.answered, end.answered - start.sent};
}

QString offered(const Envelope &offer)
{
    return offer.data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString();
}

std::function<bool(const Envelope &)> offerOf(const QString &id)
{
    return [id](const Envelope &e) { return offered(e) == id; };
}

QJsonObject byId(const QJsonArray &list, const char *key, const QString &id)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(QLatin1String(key)).toString() == id)
            return v.toObject();
    return {};
}

// The value, in seconds with one decimal, lies within the span (ms) divided by `count`, give or take the rounding.
void expectWithin(const QJsonObject &o, const char *key, const Span &span, int count)
{
    const double v = o.value(QLatin1String(key)).toDouble(-1);
    EXPECT_GE(v, span.lower / 1000.0 / count - 0.05) << key;
    EXPECT_LE(v, span.upper / 1000.0 / count + 0.05) << key;
}

class ScriptedDay
{
public:
    explicit ScriptedDay(QStringList databaseArgs) : m_db(std::move(databaseArgs)) {}

    void run();

private:
    bool admin(const QStringList &args)
    {
        QString output;
        const int code = m_router.runAdmin(QStringList(args) << m_db, &output);
        EXPECT_EQ(code, 0) << output.toStdString();
        return code == 0;
    }
    bool signIn(ProtocolPeer &desk, const QString &user)
    {
        return desk.open(m_router.wsUrl(QStringLiteral("desk"))) && desk.helloDesk().type == kOk
            && desk.signIn(user, user + QStringLiteral("-password")).type == kOk;
    }
    // A visitor on `page` asks for a person; returns the conversation id and the timed handoff request.
    QString handoff(ProtocolPeer &visitor, const QString &page, Timed *asked)
    {
        EXPECT_TRUE(visitor.open(m_router.wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = visitor.call(QStringLiteral("hello"),
            {{QStringLiteral("version"), QStringLiteral("1.0")}, {QStringLiteral("page"), page},
             {QStringLiteral("language"), QStringLiteral("en-US")}});
        EXPECT_EQ(hello.type, kOk);
        *asked = m_clock.call(visitor, QStringLiteral("handoff.request"));
        EXPECT_EQ(asked->reply.type, kOk) << asked->reply.errorMessage().toStdString();
        return hello.data.value(QStringLiteral("conversationId")).toString();
    }
    Timed desk(ProtocolPeer &peer, const QString &type, const QString &id, QJsonObject data = {})
    {
        data.insert(QStringLiteral("conversationId"), id);
        Timed t = m_clock.call(peer, type, data);
        EXPECT_EQ(t.reply.type, kOk) << type.toStdString() << ": " << t.reply.errorMessage().toStdString();
        return t;
    }
    QJsonObject report(ProtocolPeer &supervisor)
    {
        const Envelope r = supervisor.call(QStringLiteral("report.kpi"), period());
        EXPECT_EQ(r.type, kOk) << r.errorMessage().toStdString();
        return r.data.value(QStringLiteral("report")).toObject();
    }
    // Yesterday to tomorrow in the router's (and this test's) time zone: the whole script whatever the hour.
    static QJsonObject period()
    {
        const QDate today = QDate::currentDate();
        return {{QStringLiteral("from"), today.addDays(-1).toString(Qt::ISODate)},
                {QStringLiteral("to"), today.addDays(1).toString(Qt::ISODate)}};
    }

    QStringList m_db;
    RouterProcess m_router;
    Clock m_clock;
};

void ScriptedDay::run()
{
    QFile routing(m_router.dataDir() + QStringLiteral("/routing.json"));
    ASSERT_TRUE(routing.open(QIODevice::WriteOnly));
    routing.write(kRouting);
    routing.close();
    for (const auto &[name, skills] : {std::pair{"ann", "sales"}, std::pair{"ben", "support"}})
        ASSERT_TRUE(admin({QStringLiteral("user"), QStringLiteral("add"), QLatin1String(name), QStringLiteral("--role"),
                           QStringLiteral("agent"), QStringLiteral("--password"),
                           QLatin1String(name) + QStringLiteral("-password"), QStringLiteral("--skills"),
                           QLatin1String(skills)}));
    ASSERT_TRUE(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sam"), QStringLiteral("--role"),
                       QStringLiteral("supervisor"), QStringLiteral("--password"), QStringLiteral("sam-password")}));
    ASSERT_TRUE(m_router.start(m_db)) << m_router.log().toStdString();

    ProtocolPeer ann, ben, sam;
    ASSERT_TRUE(signIn(ann, QStringLiteral("ann")));
    ASSERT_TRUE(signIn(ben, QStringLiteral("ben")));
    ASSERT_TRUE(signIn(sam, QStringLiteral("sam")));
    const QString salesPage = QStringLiteral("https://shop.example/pricing");
    const QString supportPage = QStringLiteral("https://shop.example/support/setup");

    // C1 (sales): ann accepts as soon as the offer arrives.
    ProtocolPeer v1;
    Timed asked1;
    const QString c1 = handoff(v1, salesPage, &asked1);
    ASSERT_TRUE(ann.event(QStringLiteral("offer"), offerOf(c1), 20000));
    const Timed accept1 = desk(ann, QStringLiteral("offer.accept"), c1);
    const Span wait1 = between(asked1, accept1);

    // C2 (sales): ann declines (a missed offer), is offered it again (nobody else has the skill) and
    // accepts 2.5 s after the visitor asked: outside the 2 s service level. She closes it 0.5 s later.
    ProtocolPeer v2;
    Timed asked2;
    const QString c2 = handoff(v2, salesPage, &asked2);
    ASSERT_TRUE(ann.event(QStringLiteral("offer"), offerOf(c2), 20000));
    desk(ann, QStringLiteral("offer.decline"), c2);
    ASSERT_TRUE(ann.event(QStringLiteral("offer"), offerOf(c2), 20000)) << "offered again after the decline";
    m_clock.until(asked2.answered, 2500);
    const Timed accept2 = desk(ann, QStringLiteral("offer.accept"), c2);
    m_clock.until(accept2.answered, 500);
    const Timed close2 = desk(ann, QStringLiteral("conversation.close"), c2);
    const Span wait2 = between(asked2, accept2);
    const Span handle2 = between(accept2, close2);

    // C3 (sales): ann lets the offer time out (5 s, a missed offer), takes the next one at once and closes.
    ProtocolPeer v3;
    Timed asked3;
    const QString c3 = handoff(v3, salesPage, &asked3);
    ASSERT_TRUE(ann.event(QStringLiteral("offer"), offerOf(c3), 20000));
    ASSERT_TRUE(ann.event(
        QStringLiteral("offer.withdrawn"),
        [&](const Envelope &e) {
            return e.data.value(QStringLiteral("conversationId")).toString() == c3
                && e.data.value(QStringLiteral("reason")).toString() == QStringLiteral("expired");
        },
        20000));
    ASSERT_TRUE(ann.event(QStringLiteral("offer"), offerOf(c3), 20000));
    const Timed accept3 = desk(ann, QStringLiteral("offer.accept"), c3);
    const Timed close3 = desk(ann, QStringLiteral("conversation.close"), c3);
    const Span wait3 = between(asked3, accept3);
    const Span handle3 = between(accept3, close3);
    EXPECT_GE(wait3.lower, 5000) << "the offer timeout is part of the wait";
    // The post-chat survey: C2's visitor rates 5, C3's rates 2.
    for (const auto &[v, rating] : { std::pair<ProtocolPeer *, int> { &v2, 5 }, { &v3, 2 } }) {
        ASSERT_TRUE(v->event(QStringLiteral("closed"), {}, 20000));
        ASSERT_EQ(v->call(QStringLiteral("survey.submit"), { { QStringLiteral("rating"), rating } }).type,
            QStringLiteral("ok"));
    }

    // C4 (sales): the visitor leaves at once: a short abandon (under 1 s), left out of the figures.
    ProtocolPeer v4;
    Timed asked4;
    const QString c4 = handoff(v4, salesPage, &asked4);
    const Timed left4 = m_clock.call(v4, QStringLiteral("end"));
    ASSERT_EQ(left4.reply.type, kOk);
    EXPECT_LT(between(asked4, left4).upper, 1000) << "C4 must leave within the short-abandon time";

    // C5 (support): the visitor waits 1.5 s and leaves: an abandon.
    ProtocolPeer v5;
    Timed asked5;
    handoff(v5, supportPage, &asked5);
    m_clock.until(asked5.answered, 1500);
    const Timed left5 = m_clock.call(v5, QStringLiteral("end"));
    ASSERT_EQ(left5.reply.type, kOk);

    // C1 again: ann transfers it to support; ben accepts at once and closes 0.3 s later.
    const Timed transfer1 = desk(ann, QStringLiteral("conversation.transfer"), c1,
                                 {{QStringLiteral("queueId"), QStringLiteral("support")}});
    const Span handle1 = between(accept1, transfer1);
    ASSERT_TRUE(ben.event(QStringLiteral("offer"), offerOf(c1), 20000));
    const Timed accept6 = desk(ben, QStringLiteral("offer.accept"), c1);
    m_clock.until(accept6.answered, 300);
    const Timed close6 = desk(ben, QStringLiteral("conversation.close"), c1);
    const Span wait6 = between(transfer1, accept6);
    const Span handle6 = between(accept6, close6);

    // Only supervisors see the report; a bad period is refused with a reason.
    EXPECT_EQ(ann.call(QStringLiteral("report.kpi"), period()).errorCode(), protocol::ErrorCode::Forbidden);
    const Envelope backwards = sam.call(QStringLiteral("report.kpi"),
        {{QStringLiteral("from"), QStringLiteral("2026-03-02")}, {QStringLiteral("to"), QStringLiteral("2026-03-01")}});
    EXPECT_EQ(backwards.errorCode(), protocol::ErrorCode::Invalid);
    EXPECT_FALSE(backwards.errorMessage().isEmpty());

    const QJsonObject kpi = report(sam);
    const QJsonArray queues = kpi.value(QStringLiteral("queues")).toArray();
    const QJsonObject sales = byId(queues, "queueId", QStringLiteral("sales"));
    const QJsonObject support = byId(queues, "queueId", QStringLiteral("support"));
    const QJsonObject total = kpi.value(QStringLiteral("total")).toObject();
    const auto number = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toDouble(-1); };

    // sales: entered C1, C2, C3, C4 = 4; C4 a short abandon, so offered = 4 - 1 = 3.
    //   answered C1, C2, C3 = 3; within 2 s only C1 (C2 waited 2.5 s, C3 over 5 s) = 1; abandoned 0.
    //   service level = 1 / (3 answered + 0 abandoned) = 33.3 %; abandon rate = 0 / 3 = 0 %.
    //   ASA = (wait1 + wait2 + wait3) / 3; missed = C2 declined + C3 expired = 2 (1 declined);
    //   handled = C1 (transferred) + C2 + C3 (closed) = 3, AHT = (handle1 + handle2 + handle3) / 3; transfers 1.
    EXPECT_EQ(number(sales, "offered"), 3);
    EXPECT_EQ(number(sales, "answered"), 3);
    EXPECT_EQ(number(sales, "answeredInServiceLevel"), 1);
    EXPECT_EQ(number(sales, "abandoned"), 0);
    EXPECT_EQ(number(sales, "shortAbandoned"), 1);
    EXPECT_EQ(number(sales, "serviceLevel"), 33.3);
    EXPECT_EQ(number(sales, "abandonRate"), 0);
    EXPECT_EQ(number(sales, "missedOffers"), 2);
    EXPECT_EQ(number(sales, "declinedOffers"), 1);
    EXPECT_EQ(number(sales, "handled"), 3);
    EXPECT_EQ(number(sales, "transfers"), 1);
    EXPECT_EQ(number(sales, "serviceLevelSeconds"), 2);
    // Ratings: C2 5, C3 2 = 2 ratings, average 3.5, satisfied (4 or 5) 1 / 2 = 50 %.
    EXPECT_EQ(number(sales, "ratings"), 2);
    EXPECT_EQ(number(sales, "csatAverage"), 3.5);
    EXPECT_EQ(number(sales, "csat"), 50);
    expectWithin(sales, "asaSeconds", wait1 + wait2 + wait3, 3);
    expectWithin(sales, "ahtSeconds", handle1 + handle2 + handle3, 3);

    // support: entered C5 and C1 (transferred in) = 2 = offered; answered C1 = 1, within 20 s = 1;
    //   abandoned C5 (1.5 s >= 1 s) = 1; service level = 1 / (1 + 1) = 50 %; abandon rate = 1 / 2 = 50 %.
    //   ASA = wait6 / 1; handled = 1 (ben closed C1), AHT = handle6; no missed offers (C5's was withdrawn).
    EXPECT_EQ(number(support, "offered"), 2);
    EXPECT_EQ(number(support, "answered"), 1);
    EXPECT_EQ(number(support, "answeredInServiceLevel"), 1);
    EXPECT_EQ(number(support, "abandoned"), 1);
    EXPECT_EQ(number(support, "serviceLevel"), 50);
    EXPECT_EQ(number(support, "abandonRate"), 50);
    EXPECT_EQ(number(support, "missedOffers"), 0);
    EXPECT_EQ(number(support, "handled"), 1);
    EXPECT_EQ(number(support, "transfers"), 0);
    expectWithin(support, "asaSeconds", wait6, 1);
    expectWithin(support, "ahtSeconds", handle6, 1);

    // all queues: offered 3 + 2 = 5, answered 3 + 1 = 4, abandoned 1; service level = (1 + 1) / (4 + 1) = 40 %;
    //   abandon rate = 1 / 5 = 20 %; ASA = (wait1 + wait2 + wait3 + wait6) / 4.
    EXPECT_EQ(number(total, "offered"), 5);
    EXPECT_EQ(number(total, "answered"), 4);
    EXPECT_EQ(number(total, "abandoned"), 1);
    EXPECT_EQ(number(total, "serviceLevel"), 40);
    EXPECT_EQ(number(total, "abandonRate"), 20);
    EXPECT_EQ(number(total, "missedOffers"), 2);
    EXPECT_EQ(number(total, "transfers"), 1);
    expectWithin(total, "asaSeconds", wait1 + wait2 + wait3 + wait6, 4);

    // Per agent: ann answered 3, missed 2 (1 declined), handled 3 with 1 transfer; ben answered and handled 1.
    const QJsonArray agents = kpi.value(QStringLiteral("agents")).toArray();
    const QJsonObject annFigures = byId(agents, "agentId", QStringLiteral("ann"));
    const QJsonObject benFigures = byId(agents, "agentId", QStringLiteral("ben"));
    EXPECT_EQ(number(annFigures, "answered"), 3);
    EXPECT_EQ(number(annFigures, "missedOffers"), 2);
    EXPECT_EQ(number(annFigures, "declinedOffers"), 1);
    EXPECT_EQ(number(annFigures, "handled"), 3);
    EXPECT_EQ(number(annFigures, "transfers"), 1);
    EXPECT_EQ(number(annFigures, "csat"), 50);
    expectWithin(annFigures, "ahtSeconds", handle1 + handle2 + handle3, 3);
    EXPECT_EQ(number(benFigures, "answered"), 1);
    EXPECT_EQ(number(benFigures, "handled"), 1);
    EXPECT_EQ(number(benFigures, "missedOffers"), 0);

    // /metrics has today's figures per queue as gauges (read again within seconds of a change).
    QNetworkAccessManager http;
    QByteArray metrics;
    const bool gauges = waitUntil(
        [&] {
            std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(QUrl(m_router.httpUrl(QStringLiteral("/metrics"))))));
            waitUntil([&] { return reply->isFinished(); }, 10000);
            metrics = reply->readAll();
            return metrics.contains("handoff_kpi_today_answered{queue=\"sales\"} 3\n");
        },
        20000);
    EXPECT_TRUE(gauges) << metrics.constData();
    EXPECT_TRUE(metrics.contains("handoff_kpi_today_offered{queue=\"support\"} 2\n")) << metrics.constData();
    EXPECT_TRUE(metrics.contains("handoff_kpi_today_service_level_ratio{queue=\"support\"} 0.5\n")) << metrics.constData();

    // From the store, not from memory: the same after a restart, and from the command line.
    ann.close();
    ben.close();
    sam.close();
    m_router.stop();
    ASSERT_TRUE(m_router.start(m_db)) << m_router.log().toStdString();
    ProtocolPeer samAgain;
    ASSERT_TRUE(signIn(samAgain, QStringLiteral("sam")));
    const QJsonObject again = report(samAgain);
    EXPECT_EQ(again.value(QStringLiteral("queues")), kpi.value(QStringLiteral("queues")));
    EXPECT_EQ(again.value(QStringLiteral("agents")), kpi.value(QStringLiteral("agents")));
    samAgain.close();
    m_router.stop();

    QString output;
    const auto cliReport = [&](const QStringList &extra) {
        const QJsonObject p = period();
        return m_router.runAdmin(QStringList{QStringLiteral("report"), QStringLiteral("--kpi"), QStringLiteral("--from"),
                                             p.value(QStringLiteral("from")).toString(), QStringLiteral("--to"),
                                             p.value(QStringLiteral("to")).toString()}
                                     << extra << m_db,
                                 &output);
    };
    ASSERT_EQ(cliReport({QStringLiteral("--json")}), 0) << output.toStdString();
    const QJsonObject fromCli = QJsonDocument::fromJson(output.toUtf8()).object();
    EXPECT_EQ(fromCli.value(QStringLiteral("queues")), kpi.value(QStringLiteral("queues"))) << output.toStdString();
    EXPECT_EQ(fromCli.value(QStringLiteral("total")), kpi.value(QStringLiteral("total")));
    ASSERT_EQ(cliReport({}), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("33.3"))) << output.toStdString();
}

TEST(KpiReport, ScriptedDayOnSqlite)
{
    ScriptedDay day({});
    day.run();
}

TEST(KpiReport, ScriptedDayOnPostgres)
{
    PostgresBackend database;
    QString why;
    if (!database.available(&why)) {
        if (PostgresBackend::required())
            FAIL() << "CI is set, so the KPI report must be tested on PostgreSQL, but " << why.toStdString();
        GTEST_SKIP() << why.toStdString();
    }
    ScriptedDay day({QStringLiteral("--database"), database.location()});
    day.run();
}

} // namespace
