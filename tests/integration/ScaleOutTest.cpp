// Several routers on one PostgreSQL database (HANDOFF_TEST_PG): they migrate the empty database together
// without tripping over each other, share users and sign-in tokens, and a line a visitor sends through
// one router is in the conversation history a supervisor reads through the other. Skipped without
// HANDOFF_TEST_PG, failed instead when CI is set.
#include "ProtocolPeer.h"
#include "StoreBackend.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

class ScaleOut : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        if (m_database.available(&why))
            return;
        if (PostgresBackend::required())
            FAIL() << "CI is set, so several routers on PostgreSQL must be tested, but " << why.toStdString();
        GTEST_SKIP() << why.toStdString();
    }

    QStringList databaseArgs() const { return { QStringLiteral("--database"), m_database.location() }; }

    PostgresBackend m_database; // a schema of its own, dropped at the end
};

QStringList textsOf(const QJsonArray &messages)
{
    QStringList texts;
    for (const QJsonValue &m : messages)
        texts << m.toObject().value(QStringLiteral("text")).toString();
    return texts;
}

TEST_F(ScaleOut, TwoRoutersShareOneDatabase)
{
    RouterProcess first;
    RouterProcess second;

    // Two admin commands on the empty database at the same moment: both migrate-or-wait, both succeed.
    QProcess addSam;
    QProcess addAlice;
    addSam.setProcessChannelMode(QProcess::MergedChannels);
    addAlice.setProcessChannelMode(QProcess::MergedChannels);
    addSam.start(QStringLiteral(HANDOFF_ROUTER_BINARY),
        QStringList { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sam"), QStringLiteral("--role"),
            QStringLiteral("supervisor"), QStringLiteral("--password"), QStringLiteral("sam-password"),
            QStringLiteral("--data-dir"), first.dataDir() }
            << databaseArgs());
    addAlice.start(QStringLiteral(HANDOFF_ROUTER_BINARY),
        QStringList { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
            QStringLiteral("agent"), QStringLiteral("--password"), QStringLiteral("alice-pw"),
            QStringLiteral("--data-dir"), second.dataDir() }
            << databaseArgs());
    ASSERT_TRUE(addSam.waitForFinished(60000));
    ASSERT_TRUE(addAlice.waitForFinished(60000));
    EXPECT_EQ(addSam.exitCode(), 0) << addSam.readAll().toStdString();
    EXPECT_EQ(addAlice.exitCode(), 0) << addAlice.readAll().toStdString();

    ASSERT_TRUE(first.start(databaseArgs())) << first.log().toStdString();
    ASSERT_TRUE(second.start(databaseArgs())) << second.log().toStdString();
    EXPECT_TRUE(first.log().contains(QStringLiteral("PostgreSQL"))) << first.log().toStdString();

    // A visitor on the first router says something; it is acknowledged, so it is committed.
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(first.wsUrl(QStringLiteral("visitor"))));
    const Envelope opened = visitor.call(QStringLiteral("hello"),
        { { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("visitorToken"), QString() } });
    ASSERT_EQ(opened.type, kOk);
    const QString conversationId = opened.data.value(QStringLiteral("conversationId")).toString();
    ASSERT_FALSE(conversationId.isEmpty());

    const Envelope said = visitor.call(QStringLiteral("message.send"),
        { { QStringLiteral("clientId"), QStringLiteral("v1") },
            { QStringLiteral("text"), QStringLiteral("Sent through the first router") } });
    ASSERT_EQ(said.type, kOk) << said.data.value(QStringLiteral("message")).toString().toStdString();

    // The supervisor, added by one admin command, signs in on the second router and reads the history.
    ProtocolPeer supervisor;
    ASSERT_TRUE(supervisor.open(second.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(supervisor.helloDesk().type, kOk);
    const Envelope auth = supervisor.signIn(QStringLiteral("sam"), QStringLiteral("sam-password"));
    ASSERT_EQ(auth.type, kOk) << second.log().toStdString();
    const Envelope history = supervisor.call(
        QStringLiteral("conversation.history"), { { QStringLiteral("conversationId"), conversationId } });
    ASSERT_EQ(history.type, kOk) << history.data.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_TRUE(textsOf(history.data.value(QStringLiteral("messages")).toArray())
                    .contains(QStringLiteral("Sent through the first router")));
    EXPECT_EQ(history.data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(),
        conversationId);

    // The desk token the second router issued signs in on the first one too.
    const QString token = auth.data.value(QStringLiteral("token")).toString();
    ASSERT_FALSE(token.isEmpty());
    ProtocolPeer sameDeskElsewhere;
    ASSERT_TRUE(sameDeskElsewhere.open(first.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(sameDeskElsewhere.helloDesk().type, kOk);
    const Envelope byToken = sameDeskElsewhere.call(QStringLiteral("auth"), { { QStringLiteral("token"), token } });
    EXPECT_EQ(byToken.type, kOk) << byToken.data.value(QStringLiteral("message")).toString().toStdString();

    // And the agent added through the other admin command signs in on the first router.
    ProtocolPeer agent;
    ASSERT_TRUE(agent.open(first.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(agent.helloDesk().type, kOk);
    EXPECT_EQ(agent.signIn(QStringLiteral("alice"), QStringLiteral("alice-pw")).type, kOk);
}

TEST(RouterDatabaseOption, UnreachableDatabaseIsOneClearLine)
{
    RouterProcess router;
    QString output;
    const int code = router.runAdmin({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"),
                                         QStringLiteral("postgres://handoff:top-secret@127.0.0.1:1/handoff") },
        &output);
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(
        output.contains(QStringLiteral("handoff-router: cannot connect to PostgreSQL handoff@127.0.0.1:1/handoff")))
        << output.toStdString();
    EXPECT_FALSE(output.contains(QStringLiteral("top-secret"))) << "the password never reaches the log";
}

TEST(RouterDatabaseOption, ConfigFileNamesABadDatabaseField)
{
    RouterProcess router;
    const QString path = router.dataDir() + QStringLiteral("/router.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"listen\": \"127.0.0.1:0\",\n  \"database\": 5432\n}\n");
    file.close();
    QString output;
    EXPECT_EQ(
        router.runAdmin({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--config"), path }, &output),
        1);
    EXPECT_TRUE(output.contains(QStringLiteral("line 3: field database"))) << output.toStdString();
}

TEST(RouterDatabaseOption, SqliteFileCanBeNamedExplicitly)
{
    RouterProcess router;
    const QString file = router.dataDir() + QStringLiteral("/elsewhere.db");
    ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-password"), QStringLiteral("agent"),
        { QStringLiteral("--database"), QStringLiteral("sqlite:") + file }));
    EXPECT_TRUE(QFile::exists(file));
    QString output;
    ASSERT_EQ(router.runAdmin({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"),
                                  QStringLiteral("sqlite:") + file },
                  &output),
        0);
    EXPECT_TRUE(output.contains(QStringLiteral("alice"))) << output.toStdString();
    // The default file in the data directory is another database.
    ASSERT_EQ(router.runAdmin({ QStringLiteral("user"), QStringLiteral("list") }, &output), 0);
    EXPECT_FALSE(output.contains(QStringLiteral("alice")));
}

} // namespace
