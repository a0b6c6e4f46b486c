// handoff-cli as a new user meets it: mistakes on the command line and a missing password are told
// before anything reaches the router (exit code 2), a router that is down is named with the socket's
// reason (exit code 1), and against the real router the commands sign in.
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace handoff::test;

namespace {

struct CliResult {
    int exitCode = -1;
    QString output;
};

CliResult runCli(const QStringList &args, const QString &passwordInEnvironment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HANDOFF_PASSWORD"));
    if (!passwordInEnvironment.isEmpty())
        env.insert(QStringLiteral("HANDOFF_PASSWORD"), passwordInEnvironment);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(HANDOFF_CLI_BINARY), args);
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()) };
}

// A port that listens like a router but never answers: whether the program knocked on it shows whether
// it contacted the router.
class ListeningPort
{
public:
    ListeningPort() { m_server.listen(QHostAddress::LocalHost, 0); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    bool wasContacted()
    {
        m_server.waitForNewConnection(200);
        return m_server.hasPendingConnections();
    }

private:
    QTcpServer m_server;
};

TEST(HandoffCli, CommandLineMistakesAreUsageErrorsBeforeAnySignIn)
{
    ListeningPort router;
    const QStringList base { QStringLiteral("--server"), router.address(), QStringLiteral("--user"),
        QStringLiteral("alice"), QStringLiteral("--password"), QStringLiteral("long-enough") };
    const QList<QStringList> mistakes {
        base + QStringList { QStringLiteral("frobnicate") },
        base + QStringList { QStringLiteral("--frobnicate"), QStringLiteral("chats") },
        base,
        base + QStringList { QStringLiteral("send"), QStringLiteral("c_123") },
        base + QStringList { QStringLiteral("offers"), QStringLiteral("many") },
        base + QStringList { QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("chats") },
    };
    for (const QStringList &args : mistakes) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.output.toStdString();
        EXPECT_TRUE(r.output.contains(QStringLiteral("Usage: handoff-cli"))) << r.output.toStdString();
        for (const char *command : { "chats", "send", "offers", "accept", "search" })
            EXPECT_TRUE(r.output.contains(QStringLiteral("  %1").arg(QLatin1String(command))))
                << r.output.toStdString();
    }
    EXPECT_TRUE(runCli(base + QStringList { QStringLiteral("frobnicate") })
                    .output.contains(QStringLiteral("Unknown command: frobnicate")));
    EXPECT_TRUE(runCli(base + QStringList { QStringLiteral("--frobnicate"), QStringLiteral("chats") })
                    .output.contains(QStringLiteral("frobnicate")));
    EXPECT_FALSE(router.wasContacted()) << "a usage error must not reach the router";
}

TEST(HandoffCli, MissingPasswordSaysHowToGiveOneBeforeContactingTheRouter)
{
    ListeningPort router;
    const CliResult r = runCli({ QStringLiteral("--server"), router.address(), QStringLiteral("--user"),
        QStringLiteral("alice"), QStringLiteral("chats") });
    EXPECT_EQ(r.exitCode, 2) << r.output.toStdString();
    EXPECT_TRUE(r.output.contains(QStringLiteral("--password"))) << r.output.toStdString();
    EXPECT_TRUE(r.output.contains(QStringLiteral("HANDOFF_PASSWORD"))) << r.output.toStdString();
    EXPECT_FALSE(router.wasContacted()) << "without a password there is nothing to sign in with";
}

TEST(HandoffCli, RouterDownIsNamedWithTheSocketsReason)
{
    const quint16 port = freePort();
    const CliResult r = runCli({ QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
                                   QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("chats") },
        QStringLiteral("long-enough"));
    EXPECT_EQ(r.exitCode, 1) << r.output.toStdString();
    EXPECT_EQ(
        r.output.trimmed(), QStringLiteral("Cannot reach the router at 127.0.0.1:%1: connection refused").arg(port))
        << r.output.toStdString();
}

TEST(HandoffCli, SignsInToTheRealRouterWithThePasswordFromEitherPlace)
{
    RouterProcess router;
    ASSERT_TRUE(router.start());
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-password")));
    QTemporaryDir cache;
    const QString server = QStringLiteral("127.0.0.1:%1").arg(router.port());
    const QStringList base { QStringLiteral("--server"), server, QStringLiteral("--user"), QStringLiteral("alice"),
        QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--timeout"), QStringLiteral("60") };

    const CliResult fromEnvironment
        = runCli(base + QStringList { QStringLiteral("chats") }, QStringLiteral("alice-password"));
    EXPECT_EQ(fromEnvironment.exitCode, 0) << fromEnvironment.output.toStdString();
    const CliResult fromOption = runCli(
        base + QStringList { QStringLiteral("--password"), QStringLiteral("alice-password"), QStringLiteral("chats") });
    EXPECT_EQ(fromOption.exitCode, 0) << fromOption.output.toStdString();

    const CliResult wrong = runCli(base + QStringList { QStringLiteral("chats") }, QStringLiteral("not-her-password"));
    EXPECT_EQ(wrong.exitCode, 1) << wrong.output.toStdString();
    EXPECT_TRUE(wrong.output.contains(QStringLiteral("Wrong user name or password."))) << wrong.output.toStdString();
}

TEST(HandoffCli, KpiPrintsTheReportAsCsvForSupervisorsOnly)
{
    RouterProcess router;
    ASSERT_TRUE(router.start());
    ASSERT_TRUE(router.addUser(QStringLiteral("sam"), QStringLiteral("sam-password"), QStringLiteral("supervisor")));
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-password")));
    QTemporaryDir cache;
    const QString server = QStringLiteral("127.0.0.1:%1").arg(router.port());
    const auto base = [&](const QString &user) {
        return QStringList { QStringLiteral("--server"), server, QStringLiteral("--user"), user,
            QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("--timeout"), QStringLiteral("60") };
    };
    const CliResult report = runCli(base(QStringLiteral("sam")) + QStringList { QStringLiteral("kpi") },
        QStringLiteral("sam-password"));
    EXPECT_EQ(report.exitCode, 0) << report.output.toStdString();
    EXPECT_TRUE(report.output.contains(QStringLiteral("scope,id,offered,answered,"))) << report.output.toStdString();
    EXPECT_TRUE(report.output.contains(QStringLiteral("queue,default,0,0,"))) << report.output.toStdString();

    const CliResult agent = runCli(base(QStringLiteral("alice")) + QStringList { QStringLiteral("kpi") },
        QStringLiteral("alice-password"));
    EXPECT_EQ(agent.exitCode, 1) << agent.output.toStdString();
    EXPECT_TRUE(agent.output.contains(QStringLiteral("report.kpi"))) << agent.output.toStdString();

    const CliResult badDate = runCli(base(QStringLiteral("sam")) + QStringList { QStringLiteral("kpi"),
        QStringLiteral("yesterday") }, QStringLiteral("sam-password"));
    EXPECT_EQ(badDate.exitCode, 2) << badDate.output.toStdString();
}

} // namespace
