// Queues, rules and agents managed from the handoff-router command line: each command edits routing.json in
// the data directory (or the user table), refuses bad input with a clear line and leaves the file as it was,
// and a running router picks the change up on SIGHUP.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>

using namespace handoff::test;
using handoff::protocol::Envelope;

namespace {

struct CommandResult {
    int exitCode = -1;
    QString output;
};

CommandResult runRouter(QStringList args, const QString &dataDir)
{
    args << QStringLiteral("--data-dir") << dataDir;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(HANDOFF_ROUTER_BINARY), args);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()) };
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

TEST(RoutingCommandLine, QueuesAreAddedListedAndRemoved)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const QString file = dir.filePath(QStringLiteral("routing.json"));

    const CommandResult defaults = runRouter(words("queue list"), data);
    EXPECT_EQ(defaults.exitCode, 0) << defaults.output.toStdString();
    EXPECT_TRUE(defaults.output.contains(QStringLiteral("default\t"))) << defaults.output.toStdString();
    EXPECT_FALSE(QFile::exists(file)) << "listing writes nothing";

    CommandResult add = runRouter(words("queue add billing --name Billing --skills Billing,refunds --priority 5")
            + QStringList { QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--hours"),
                QStringLiteral("mon-fri 09:00-17:00, sat 10:00-14:00") },
        data);
    ASSERT_EQ(add.exitCode, 0) << add.output.toStdString();
    EXPECT_TRUE(add.output.contains(QStringLiteral("SIGHUP"))) << "tells how a running router learns of it";
    const QByteArray json = readFile(file);
    EXPECT_TRUE(json.contains("\"billing\"") && json.contains("refunds") && json.contains("Europe/Berlin")
        && json.contains("saturday") && json.contains("10:00-14:00"))
        << json.toStdString();

    add = runRouter(
        words("queue add technical --name Technical --skills technical --overflow billing --after 120"), data);
    ASSERT_EQ(add.exitCode, 0) << add.output.toStdString();
    const CommandResult list = runRouter(words("queue list"), data);
    EXPECT_TRUE(list.output.contains(QStringLiteral("billing\tBilling\tbilling,refunds\t5\tEurope/Berlin")))
        << list.output.toStdString();
    EXPECT_TRUE(list.output.contains(QStringLiteral("overflow to billing after 120 s"))) << list.output.toStdString();

    const CommandResult removed = runRouter(words("queue remove technical"), data);
    EXPECT_EQ(removed.exitCode, 0) << removed.output.toStdString();
    EXPECT_FALSE(runRouter(words("queue list"), data).output.contains(QStringLiteral("technical")));
}

TEST(RoutingCommandLine, BadQueueInputIsRefusedAndTheFileStaysAsItWas)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const QString file = dir.filePath(QStringLiteral("routing.json"));
    ASSERT_EQ(runRouter(words("queue add billing --name Billing"), data).exitCode, 0);
    const QByteArray before = readFile(file);

    CommandResult r = runRouter(words("queue add billing --name Again"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("exists already"))) << r.output.toStdString();

    r = runRouter(words("queue add vip"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("usage: queue add"))) << "--name is required";

    r = runRouter(words("queue add late --name Late --time-zone Europe/Berlin"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("--time-zone needs --hours"))) << r.output.toStdString();

    r = runRouter(
        QStringList { QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("late"), QStringLiteral("--name"),
            QStringLiteral("Late"), QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus"),
            QStringLiteral("--hours"), QStringLiteral("mon-fri 09:00-17:00") },
        data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("timeZone"))) << r.output.toStdString();

    r = runRouter(
        QStringList { QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("night"), QStringLiteral("--name"),
            QStringLiteral("Night"), QStringLiteral("--hours"), QStringLiteral("mon 22:00-02:00") },
        data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("line "))) << "names the line: " << r.output.toStdString();
    EXPECT_TRUE(r.output.contains(QStringLiteral("monday"))) << r.output.toStdString();

    r = runRouter(
        QStringList { QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("odd"), QStringLiteral("--name"),
            QStringLiteral("Odd"), QStringLiteral("--hours"), QStringLiteral("weekdays 9-5") },
        data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("--hours"))) << r.output.toStdString();

    r = runRouter(words("queue add spill --name Spill --overflow nowhere --after 60"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("unknown queue \"nowhere\""))) << r.output.toStdString();

    r = runRouter(words("queue add spill --name Spill --overflow billing"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("--after"))) << r.output.toStdString();

    r = runRouter(words("queue remove nowhere"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("there is no queue nowhere"))) << r.output.toStdString();

    r = runRouter(words("queue remove default"), data);
    EXPECT_NE(r.exitCode, 0) << "the default queue cannot go while it is the default";
    EXPECT_TRUE(r.output.contains(QStringLiteral("defaultQueue"))) << r.output.toStdString();

    EXPECT_EQ(readFile(file), before) << "refused commands leave the file untouched";
}

TEST(RoutingCommandLine, RulesAreAddedInOrderListedAndRemoved)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    ASSERT_EQ(runRouter(words("queue add billing --name Billing --skills billing"), data).exitCode, 0);
    ASSERT_EQ(runRouter(words("queue add technical --name Technical --skills technical"), data).exitCode, 0);

    CommandResult r
        = runRouter(QStringList { QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("disputes"),
                        QStringLiteral("--if"), QStringLiteral("topic == billing-dispute"), QStringLiteral("--queue"),
                        QStringLiteral("billing"), QStringLiteral("--priority"), QStringLiteral("10") },
            data);
    ASSERT_EQ(r.exitCode, 0) << r.output.toStdString();
    r = runRouter(QStringList { QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("tech"),
                      QStringLiteral("--if"), QStringLiteral("topic == technical"), QStringLiteral("--queue"),
                      QStringLiteral("technical"), QStringLiteral("--position"), QStringLiteral("1") },
        data);
    ASSERT_EQ(r.exitCode, 0) << r.output.toStdString();
    const CommandResult list = runRouter(words("rule list"), data);
    EXPECT_TRUE(list.output.contains(QStringLiteral("1\ttech\ttopic == technical\ttechnical")))
        << list.output.toStdString();
    EXPECT_TRUE(list.output.contains(QStringLiteral("2\tdisputes\ttopic == billing-dispute\tbilling")))
        << list.output.toStdString();

    r = runRouter(
        QStringList { QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("typo"), QStringLiteral("--if"),
            QStringLiteral("topic == x"), QStringLiteral("--queue"), QStringLiteral("biling") },
        data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("rules[2].queue"))) << r.output.toStdString();
    EXPECT_TRUE(r.output.contains(QStringLiteral("unknown queue \"biling\""))) << r.output.toStdString();

    r = runRouter(
        QStringList { QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("broken"), QStringLiteral("--if"),
            QStringLiteral("topic =="), QStringLiteral("--queue"), QStringLiteral("billing") },
        data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("condition"))) << r.output.toStdString();

    r = runRouter(
        QStringList { QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("tech"), QStringLiteral("--if"),
            QStringLiteral("topic == y"), QStringLiteral("--queue"), QStringLiteral("billing") },
        data);
    EXPECT_TRUE(r.output.contains(QStringLiteral("exists already"))) << r.output.toStdString();
    r = runRouter(QStringList { QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("far"),
                      QStringLiteral("--if"), QStringLiteral("topic == y"), QStringLiteral("--queue"),
                      QStringLiteral("billing"), QStringLiteral("--position"), QStringLiteral("9") },
        data);
    EXPECT_TRUE(r.output.contains(QStringLiteral("--position"))) << r.output.toStdString();

    r = runRouter(words("queue remove billing"), data);
    EXPECT_NE(r.exitCode, 0) << "a queue a rule sends chats to stays";
    EXPECT_TRUE(r.output.contains(QStringLiteral("unknown queue \"billing\""))) << r.output.toStdString();

    EXPECT_EQ(runRouter(words("rule remove tech"), data).exitCode, 0);
    EXPECT_NE(runRouter(words("rule remove tech"), data).exitCode, 0);
    EXPECT_FALSE(runRouter(words("rule list"), data).output.contains(QStringLiteral("tech\t")));
}

TEST(RoutingCommandLine, UserSetChangesSkillsCapacityRoleAndName)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    ASSERT_EQ(runRouter(words("user add bella --role agent --password bella-password"), data).exitCode, 0);
    CommandResult r
        = runRouter(QStringList { QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("bella"),
                        QStringLiteral("--skills"), QStringLiteral("Billing,refunds"), QStringLiteral("--capacity"),
                        QStringLiteral("2"), QStringLiteral("--display-name"), QStringLiteral("Bella B.") },
            data);
    ASSERT_EQ(r.exitCode, 0) << r.output.toStdString();
    EXPECT_TRUE(runRouter(words("user list"), data)
                    .output.contains(QStringLiteral("bella\tagent\tBella B.\tbilling,refunds\t2")));
    EXPECT_EQ(runRouter(words("user set bella --role supervisor"), data).exitCode, 0);
    EXPECT_TRUE(runRouter(words("user list"), data).output.contains(QStringLiteral("bella\tsupervisor\tBella B.")));

    r = runRouter(words("user set nobody --capacity 2"), data);
    EXPECT_TRUE(r.exitCode != 0 && r.output.contains(QStringLiteral("there is no user nobody")))
        << r.output.toStdString();
    r = runRouter(words("user set bella --capacity 0"), data);
    EXPECT_TRUE(r.exitCode != 0 && r.output.contains(QStringLiteral("--capacity"))) << r.output.toStdString();
    r = runRouter(words("user set bella --role boss"), data);
    EXPECT_TRUE(r.exitCode != 0 && r.output.contains(QStringLiteral("--role"))) << r.output.toStdString();
    r = runRouter(words("user set bella"), data);
    EXPECT_TRUE(r.exitCode != 0 && r.output.contains(QStringLiteral("nothing to change"))) << r.output.toStdString();
    EXPECT_TRUE(runRouter(words("user list"), data)
                    .output.contains(QStringLiteral("bella\tsupervisor\tBella B.\tbilling,refunds\t2")))
        << "refused changes change nothing";
}

TEST(RoutingCommandLine, CheckNamesLineAndField)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    CommandResult r = runRouter(words("routing check"), data);
    EXPECT_NE(r.exitCode, 0) << "no routing.json yet";
    EXPECT_TRUE(r.output.contains(QStringLiteral("routing.json"))) << r.output.toStdString();

    ASSERT_EQ(runRouter(words("queue add billing --name Billing"), data).exitCode, 0);
    r = runRouter(words("routing check"), data);
    EXPECT_EQ(r.exitCode, 0) << r.output.toStdString();
    EXPECT_TRUE(r.output.contains(QStringLiteral("2 queues"))) << r.output.toStdString();

    const QString other = dir.filePath(QStringLiteral("other.json"));
    writeFile(other,
        "{\n  \"queues\": [{\"id\": \"default\", \"name\": \"General\"}],\n  \"defaultQueue\": \"default\",\n"
        "  \"rules\": [\n    {\"name\": \"r\", \"condition\": \"topic == a\", \"queue\": \"biling\"}\n  ]\n}\n");
    r = runRouter(QStringList { QStringLiteral("routing"), QStringLiteral("check"), other }, data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("other.json: line 5: rules[0].queue: unknown queue \"biling\"")))
        << r.output.toStdString();
}

TEST(RoutingCommandLine, ServeUsesRoutingJsonAndReloadsItOnSighup)
{
    QTemporaryDir dir;
    ASSERT_EQ(runRouter(words("queue add billing --name Billing"), dir.path()).exitCode, 0);
    QProcess router;
    router.setProcessChannelMode(QProcess::MergedChannels);
    router.start(QStringLiteral(HANDOFF_ROUTER_BINARY),
        { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
            QStringLiteral("--data-dir"), dir.path() });
    QString log;
    auto readLog = [&] { log += QString::fromUtf8(router.readAll()); };
    ASSERT_TRUE(waitUntil(
        [&] {
            readLog();
            return log.contains(QStringLiteral("listening on"));
        },
        15000))
        << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("2 queues"))) << "serve reads DATA/routing.json: " << log.toStdString();

    ASSERT_EQ(runRouter(words("queue add technical --name Technical"), dir.path()).exitCode, 0);
    ::kill(static_cast<pid_t>(router.processId()), SIGHUP);
    EXPECT_TRUE(waitUntil(
        [&] {
            readLog();
            return log.contains(QStringLiteral("3 queues"));
        },
        10000))
        << log.toStdString();

    router.terminate();
    EXPECT_TRUE(router.waitForFinished(10000));
}

} // namespace

namespace {

QJsonObject queueIn(const QString &routingFile, const QString &id)
{
    const QJsonArray queues = QJsonDocument::fromJson(readFile(routingFile)).object().value(QStringLiteral("queues")).toArray();
    for (const QJsonValue &v : queues)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

TEST(RoutingCommandLine, QueueVisitorTextsAndMessageFormDelayAreSetOnAddAndChangedWithSet)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const QString file = dir.filePath(QStringLiteral("routing.json"));

    const CommandResult help = runRouter({QStringLiteral("--help")}, data);
    for (const char *option : {"--closed-message", "--no-agents-message", "--offer-form-after", "queue set"})
        EXPECT_TRUE(help.output.contains(QLatin1String(option))) << option << " in:\n" << help.output.toStdString();

    CommandResult r = runRouter({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("billing"),
                                 QStringLiteral("--name"), QStringLiteral("Billing"), QStringLiteral("--closed-message"),
                                 QStringLiteral("Billing is closed; we answer on Monday."),
                                 QStringLiteral("--no-agents-message"), QStringLiteral("All billing agents are busy."),
                                 QStringLiteral("--offer-form-after"), QStringLiteral("90")},
                                data);
    ASSERT_EQ(r.exitCode, 0) << r.output.toStdString();
    QJsonObject billing = queueIn(file, QStringLiteral("billing"));
    EXPECT_EQ(billing.value(QStringLiteral("closedMessage")).toString(), QStringLiteral("Billing is closed; we answer on Monday."));
    EXPECT_EQ(billing.value(QStringLiteral("noAgentsMessage")).toString(), QStringLiteral("All billing agents are busy."));
    EXPECT_EQ(billing.value(QStringLiteral("offerFormAfterSeconds")).toInt(), 90);
    EXPECT_EQ(runRouter(words("routing check"), data).exitCode, 0);

    // set changes only what it is given; an empty text goes back to the built-in one.
    r = runRouter({QStringLiteral("queue"), QStringLiteral("set"), QStringLiteral("billing"),
                   QStringLiteral("--offer-form-after"), QStringLiteral("0"), QStringLiteral("--closed-message"),
                   QString()},
                  data);
    ASSERT_EQ(r.exitCode, 0) << r.output.toStdString();
    billing = queueIn(file, QStringLiteral("billing"));
    EXPECT_EQ(billing.value(QStringLiteral("offerFormAfterSeconds")).toInt(-1), 0) << "0 = never";
    EXPECT_FALSE(billing.contains(QStringLiteral("closedMessage")));
    EXPECT_EQ(billing.value(QStringLiteral("noAgentsMessage")).toString(), QStringLiteral("All billing agents are busy."));
    EXPECT_EQ(billing.value(QStringLiteral("name")).toString(), QStringLiteral("Billing"));
    ASSERT_EQ(runRouter(words("queue set billing --name Invoices --skills billing"), data).exitCode, 0);
    billing = queueIn(file, QStringLiteral("billing"));
    EXPECT_EQ(billing.value(QStringLiteral("name")).toString(), QStringLiteral("Invoices"));
    EXPECT_EQ(billing.value(QStringLiteral("requiredSkills")).toArray().size(), 1);
    EXPECT_EQ(billing.value(QStringLiteral("offerFormAfterSeconds")).toInt(-1), 0);

    // Bad values are refused and change nothing.
    const QByteArray before = readFile(file);
    r = runRouter(words("queue set billing --offer-form-after soon"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("--offer-form-after"))) << r.output.toStdString();
    r = runRouter(words("queue set billing --offer-form-after -5"), data);
    EXPECT_NE(r.exitCode, 0);
    r = runRouter(words("queue add vip --name VIP --offer-form-after 99999999"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("offerFormAfterSeconds"))) << r.output.toStdString();
    r = runRouter(words("queue set nowhere --name X"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("there is no queue nowhere"))) << r.output.toStdString();
    r = runRouter(words("queue set billing --overflow default"), data);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("--after"))) << r.output.toStdString();
    EXPECT_EQ(readFile(file), before) << "refused commands leave the file untouched";
}

TEST(RoutingCommandLine, QueuesNoAgentsTextSetFromTheCommandLineReachesTheVisitor)
{
    RouterProcess router;
    QString output;
    ASSERT_EQ(router.runAdmin({QStringLiteral("queue"), QStringLiteral("set"), QStringLiteral("default"),
                               QStringLiteral("--no-agents-message"),
                               QStringLiteral("Nobody is in right now. Leave us a note!")},
                              &output),
              0)
        << output.toStdString();
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type,
              QStringLiteral("ok"));
    ASSERT_EQ(visitor.call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));
    const auto offline = visitor.event(QStringLiteral("offline"), {}, 20000);
    ASSERT_TRUE(offline);
    EXPECT_EQ(offline->data.value(QStringLiteral("reason")).toString(), QStringLiteral("no_agents"));
    EXPECT_EQ(offline->data.value(QStringLiteral("notice")).toString(), QStringLiteral("Nobody is in right now. Leave us a note!"));
}
