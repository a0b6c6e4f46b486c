// What only the PostgreSQL store has to get right: routers starting together migrate once (advisory
// lock), connection strings in both forms, clear errors for a server that is not there, and rows kept
// in the schema the connection names; writes that go on after the server ended the session.
#include "store/PostgresStore.h"

#include "StoreBackend.h"
#include "TestSupport.h"
#include "store/StoreFactory.h"
#include "store/StoreNotifier.h"

#include <QMutex>
#include <QThread>
#include <atomic>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::store;
using handoff::test::PostgresBackend;

namespace {

class PostgresStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        if (m_backend.available(&why))
            return;
        if (PostgresBackend::required())
            FAIL() << "CI is set, so the PostgreSQL store must be tested, but " << why.toStdString();
        GTEST_SKIP() << why.toStdString();
    }

    // A store whose session endSession() can end, as a restart of the server would.
    std::unique_ptr<Store> openSession()
    {
        m_sessionName = m_backend.location().section(QStringLiteral("schema="), 1);
        QString error;
        auto store = StoreFactory::open(m_backend.location() + QStringLiteral(" application_name=") + m_sessionName,
                                        &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }

    void endSession()
    {
        QString error;
        ASSERT_TRUE(PostgresBackend::execute(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'")
                .arg(m_sessionName),
            &error))
            << error.toStdString();
    }

    PostgresBackend m_backend;
    QString m_sessionName;
};

TEST(StoreFactoryTest, ChoosesTheBackendFromTheLocation)
{
    EXPECT_TRUE(StoreFactory::isPostgres(QStringLiteral("postgres://u@db.example.org/handoff")));
    EXPECT_TRUE(StoreFactory::isPostgres(QStringLiteral("postgresql://db.example.org:5433/handoff")));
    EXPECT_TRUE(StoreFactory::isPostgres(QStringLiteral("host=127.0.0.1 port=5432 dbname=handoff")));
    EXPECT_FALSE(StoreFactory::isPostgres(QStringLiteral("sqlite:/var/lib/handoff/handoff.db")));
    EXPECT_FALSE(StoreFactory::isPostgres(QStringLiteral("/var/lib/handoff/handoff.db")));
    EXPECT_FALSE(StoreFactory::create(QString()));
}

TEST(StoreFactoryTest, DescriptionsNeverShowThePassword)
{
    const QString url = QStringLiteral("postgres://handoff:top-secret@db.example.org:5433/chat?schema=eu");
    const QString text = StoreFactory::describe(url);
    EXPECT_FALSE(text.contains(QStringLiteral("top-secret"))) << text.toStdString();
    EXPECT_EQ(text, QStringLiteral("PostgreSQL handoff@db.example.org:5433/chat (schema eu)"));
    EXPECT_FALSE(StoreFactory::describe(QStringLiteral("host=h user=u password=top-secret dbname=d"))
                     .contains(QStringLiteral("top-secret")));
}

TEST(StoreFactoryTest, UnreachableServerGivesAClearError)
{
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    QString error;
    EXPECT_FALSE(StoreFactory::open(QStringLiteral("postgres://handoff:top-secret@127.0.0.1:1/handoff"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot connect to PostgreSQL"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("top-secret"))) << error.toStdString();
}

TEST(StoreFactoryTest, MalformedConnectionsAreRefusedBeforeConnecting)
{
    QString error;
    EXPECT_FALSE(StoreFactory::open(QStringLiteral("host=127.0.0.1 port=notaport dbname=x"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("port"))) << error.toStdString();
    EXPECT_FALSE(StoreFactory::open(QStringLiteral("host=127.0.0.1 dbname=x schema=bad;name"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("schema"))) << error.toStdString();
}

TEST_F(PostgresStoreTest, RoutersStartingTogetherMigrateOnce)
{
    // Four stores open the same empty schema at the same moment, each on its own thread and connection,
    // as four routers would; the advisory lock makes the others wait and then find the schema current.
    constexpr int kRouters = 4;
    std::atomic<int> opened { 0 };
    std::atomic<int> atLatest { 0 };
    QList<QThread *> threads;
    QStringList errors;
    QMutex errorsLock;
    for (int i = 0; i < kRouters; ++i) {
        threads << QThread::create([&] {
            PostgresStore store(m_backend.location());
            QString error;
            if (store.open(&error)) {
                ++opened;
                if (store.schemaVersion() == PostgresStore::latestSchemaVersion())
                    ++atLatest;
            } else {
                QMutexLocker locker(&errorsLock);
                errors << error;
            }
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    EXPECT_EQ(opened.load(), kRouters) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(atLatest.load(), kRouters);
}

TEST_F(PostgresStoreTest, EachSchemaKeepsItsOwnRows)
{
    PostgresBackend other;
    QString error;
    auto here = StoreFactory::open(m_backend.location(), &error);
    ASSERT_TRUE(here) << error.toStdString();
    auto there = StoreFactory::open(other.location(), &error);
    ASSERT_TRUE(there) << error.toStdString();
    ASSERT_TRUE(here->addUser({ QStringLiteral("alice"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("pw")));
    EXPECT_FALSE(there->user(QStringLiteral("alice")));
    EXPECT_TRUE(there->addUser({ QStringLiteral("alice"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("other")));
    EXPECT_TRUE(there->verifyPassword(QStringLiteral("alice"), QStringLiteral("other")));
    EXPECT_FALSE(here->verifyPassword(QStringLiteral("alice"), QStringLiteral("other")));
}

TEST_F(PostgresStoreTest, UrlAndKeywordFormsReachTheSameDatabase)
{
    // The keyword string from HANDOFF_TEST_PG, rewritten as a URL with the same schema.
    QString host = QStringLiteral("127.0.0.1"), port = QStringLiteral("5432"), user, db;
    for (const QString &pair : PostgresBackend::serverConnection().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("host"))
            host = value;
        else if (key == QLatin1String("port"))
            port = value;
        else if (key == QLatin1String("user"))
            user = value;
        else if (key == QLatin1String("dbname"))
            db = value;
    }
    const QString schema = m_backend.location().section(QStringLiteral("schema="), 1);
    const QString url = QStringLiteral("postgresql://%1@%2:%3/%4?schema=%5").arg(user, host, port, db, schema);
    QString error;
    auto byKeywords = StoreFactory::open(m_backend.location(), &error);
    ASSERT_TRUE(byKeywords) << error.toStdString();
    auto byUrl = StoreFactory::open(url, &error);
    ASSERT_TRUE(byUrl) << error.toStdString() << " for " << url.toStdString();
    ASSERT_TRUE(byKeywords->setDemoOrder(QStringLiteral("A1"), QStringLiteral("packed")));
    const auto orders = byUrl->demoOrders();
    ASSERT_EQ(orders.size(), 1);
    EXPECT_EQ(orders[0].second, QStringLiteral("packed"));
}

TEST_F(PostgresStoreTest, WritesGoOnAfterTheConnectionIsLost)
{
    // As after a PostgreSQL restart: the server ends the store's session between two writes.
    auto store = openSession();
    ASSERT_TRUE(store);
    ConversationRecord c;
    c.id = QStringLiteral("c_1");
    ASSERT_TRUE(store->createConversation(c));
    endSession();
    ChatMessage line;
    line.conversationId = c.id;
    line.clientId = QStringLiteral("v1");
    line.author = AuthorKind::Visitor;
    line.text = QStringLiteral("after the restart");
    const auto stored = store->appendMessage(line);
    ASSERT_TRUE(stored) << store->lastError().toStdString();
    const auto lines = store->messages(c.id);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].text, QStringLiteral("after the restart"));
}

TEST_F(PostgresStoreTest, StatementsPreparedBeforeTheConnectionWasLostWorkAfterIt)
{
    // The store writer's statements are prepared once per connection; a restart of the server between
    // two batches must not leave the second kind of write failing after the first one reconnected.
    auto store = openSession();
    ASSERT_TRUE(store);
    ConversationRecord c;
    c.id = QStringLiteral("c_1");
    c.state = ConversationState::Bot;
    ASSERT_TRUE(store->createConversation(c));
    ChatMessage line;
    line.conversationId = c.id;
    line.clientId = QStringLiteral("v1");
    line.author = AuthorKind::Visitor;
    line.text = QStringLiteral("before the restart");
    ASSERT_TRUE(store->appendMessage(line));
    c.state = ConversationState::Waiting;
    ASSERT_TRUE(store->updateConversation(c));
    endSession();
    line.clientId = QStringLiteral("v2");
    line.text = QStringLiteral("after the restart");
    ASSERT_TRUE(store->appendMessage(line)) << store->lastError().toStdString();
    c.state = ConversationState::Assigned;
    c.agentId = QStringLiteral("anna");
    ASSERT_TRUE(store->updateConversation(c)) << store->lastError().toStdString();
    const auto stored = store->conversation(c.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, ConversationState::Assigned);
    EXPECT_EQ(stored->agentId, QStringLiteral("anna"));
    EXPECT_EQ(store->messages(c.id).size(), 2);
}

TEST_F(PostgresStoreTest, NotifierReportsChangesFromOtherRoutersOnly)
{
    QString error;
    auto store = StoreFactory::open(m_backend.location(), &error);
    ASSERT_TRUE(store) << error.toStdString();
    StoreNotifier notifier;
    ASSERT_TRUE(notifier.start(m_backend.location(), &error)) << error.toStdString();
    QStringList messages;
    QStringList conversations;
    QObject::connect(&notifier, &StoreNotifier::messageStored,
        [&](const QString &c, const QString &m) { messages << c + QLatin1Char('/') + m; });
    QObject::connect(&notifier, &StoreNotifier::conversationChanged,
        [&](const QString &c, const QString &state) { conversations << c + QLatin1Char('/') + state; });

    // This process's own writes are not echoed back to it.
    ConversationRecord c;
    c.id = QStringLiteral("c_own");
    ASSERT_TRUE(store->createConversation(c));
    ChatMessage line;
    line.conversationId = c.id;
    line.author = AuthorKind::Visitor;
    line.text = QStringLiteral("mine");
    ASSERT_TRUE(store->appendMessage(line));

    // Another router's events, as PostgresStore sends them, and one from another schema (ignored).
    const QString schema = m_backend.location().section(QStringLiteral("schema="), 1);
    auto notify = [](const QString &payload) {
        return PostgresBackend::execute(
            QStringLiteral("SELECT pg_notify('%1', '%2')").arg(PostgresStore::notifyChannel(), payload));
    };
    ASSERT_TRUE(notify(QStringLiteral(
        R"({"kind":"message","schema":"elsewhere","conversationId":"c_x","detail":"m_x","origin":"r2"})")));
    ASSERT_TRUE(
        notify(QStringLiteral(R"({"kind":"message","schema":"%1","conversationId":"c_9","detail":"m_1","origin":"r2"})")
                   .arg(schema)));
    ASSERT_TRUE(notify(QStringLiteral(
        R"({"kind":"conversation","schema":"%1","conversationId":"c_9","detail":"waiting","origin":"r2"})")
                           .arg(schema)));
    ASSERT_TRUE(handoff::test::waitUntil([&] { return !messages.isEmpty() && !conversations.isEmpty(); }, 20000));
    EXPECT_EQ(messages, QStringList { QStringLiteral("c_9/m_1") });
    EXPECT_EQ(conversations, QStringList { QStringLiteral("c_9/waiting") });
}

} // namespace
