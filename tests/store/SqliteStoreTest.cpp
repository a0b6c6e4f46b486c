// The SQLite store on real files: migrations, users and passwords, tokens, message order and dedupe,
// and that everything survives closing and reopening the file.
#include "store/PasswordHash.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::store;

namespace {

class SqliteStoreTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("handoff.db")); }
    std::unique_ptr<SqliteStore> openStore()
    {
        auto s = std::make_unique<SqliteStore>(path());
        QString error;
        EXPECT_TRUE(s->open(&error)) << error.toStdString();
        return s;
    }
    static ConversationRecord newConversation(const QString &id)
    {
        ConversationRecord c;
        c.id = id;
        c.state = ConversationState::Bot;
        c.visitorTokenHash = QStringLiteral("hash-") + id;
        c.createdAt = QDateTime::currentDateTimeUtc();
        return c;
    }
    static ChatMessage visitorLine(const QString &conversationId, const QString &clientId, const QString &text)
    {
        ChatMessage m;
        m.conversationId = conversationId;
        m.clientId = clientId;
        m.author = AuthorKind::Visitor;
        m.authorName = QStringLiteral("Ada");
        m.text = text;
        return m;
    }

    QTemporaryDir m_dir;
};

TEST_F(SqliteStoreTest, MigratesAnEmptyFileToTheLatestSchema)
{
    auto store = openStore();
    EXPECT_GE(SqliteStore::latestSchemaVersion(), 1);
    EXPECT_EQ(store->schemaVersion(), SqliteStore::latestSchemaVersion());
    // Opening again applies nothing and keeps the version.
    store.reset();
    auto again = openStore();
    EXPECT_EQ(again->schemaVersion(), SqliteStore::latestSchemaVersion());
}

TEST_F(SqliteStoreTest, VerifiesPasswordsAndRejectsWrongOnes)
{
    auto store = openStore();
    UserRecord alice{QStringLiteral("alice"), QStringLiteral("Alice"), Role::Agent, {QStringLiteral("orders")}, 4, {}};
    ASSERT_TRUE(store->addUser(alice, QStringLiteral("s3cret")));
    EXPECT_FALSE(store->addUser(alice, QStringLiteral("other"))) << "a user name is unique";
    EXPECT_TRUE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("s3cret")));
    EXPECT_FALSE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("S3cret")));
    EXPECT_FALSE(store->verifyPassword(QStringLiteral("nobody"), QStringLiteral("s3cret")));
    const auto loaded = store->user(QStringLiteral("alice"));
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->displayName, QStringLiteral("Alice"));
    EXPECT_EQ(loaded->skills, QStringList{QStringLiteral("orders")});
    EXPECT_EQ(loaded->capacity, 4);

    ASSERT_TRUE(store->setPassword(QStringLiteral("alice"), QStringLiteral("new")));
    EXPECT_FALSE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("s3cret")));
    EXPECT_TRUE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("new")));
}

TEST_F(SqliteStoreTest, PasswordHashesAreSaltedAndSlow)
{
    const QString a = PasswordHash::create(QStringLiteral("demo"));
    const QString b = PasswordHash::create(QStringLiteral("demo"));
    EXPECT_NE(a, b) << "the same password hashes differently each time";
    EXPECT_TRUE(a.startsWith(QStringLiteral("pbkdf2-sha256$")));
    EXPECT_GE(a.section(QLatin1Char('$'), 1, 1).toInt(), 100000);
    EXPECT_FALSE(a.contains(QStringLiteral("demo")));
}

TEST_F(SqliteStoreTest, TokensAreStoredHashedAndCanBeRevoked)
{
    auto store = openStore();
    ASSERT_TRUE(store->addUser({QStringLiteral("bob"), {}, Role::Supervisor, {}, 3, {}}, QStringLiteral("pw")));
    const QString token = store->issueToken(QStringLiteral("bob"), 30);
    ASSERT_EQ(token.size(), 64);
    EXPECT_EQ(store->userForToken(token).value_or(QString()), QStringLiteral("bob"));
    EXPECT_FALSE(store->userForToken(token + QStringLiteral("0")));
    const QString expired = store->issueToken(QStringLiteral("bob"), -1);
    EXPECT_FALSE(store->userForToken(expired)) << "an expired token signs nobody in";
    ASSERT_TRUE(store->revokeToken(token));
    EXPECT_FALSE(store->userForToken(token));

    const QString api = store->addApiToken(QStringLiteral("copilot"));
    ASSERT_FALSE(api.isEmpty());
    EXPECT_EQ(store->apiTokenName(api).value_or(QString()), QStringLiteral("copilot"));
    EXPECT_TRUE(store->addApiToken(QStringLiteral("copilot")).isEmpty()) << "names are unique";
    EXPECT_FALSE(store->apiTokenName(QStringLiteral("nonsense")));
}

TEST_F(SqliteStoreTest, RepeatedClientIdIsStoredOnce)
{
    auto store = openStore();
    ASSERT_TRUE(store->createConversation(newConversation(QStringLiteral("c_1"))));
    const auto first = store->appendMessage(visitorLine(QStringLiteral("c_1"), QStringLiteral("v1"), QStringLiteral("Hi")));
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->duplicate);
    const auto again = store->appendMessage(visitorLine(QStringLiteral("c_1"), QStringLiteral("v1"), QStringLiteral("Hi")));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->duplicate);
    EXPECT_EQ(again->message.id, first->message.id);
    EXPECT_EQ(store->messages(QStringLiteral("c_1")).size(), 1);

    // The same clientId from another author is another message.
    ChatMessage agent = visitorLine(QStringLiteral("c_1"), QStringLiteral("v1"), QStringLiteral("Hello"));
    agent.author = AuthorKind::Agent;
    agent.authorId = QStringLiteral("alice");
    const auto agentLine = store->appendMessage(agent);
    ASSERT_TRUE(agentLine);
    EXPECT_FALSE(agentLine->duplicate);
    EXPECT_EQ(store->messages(QStringLiteral("c_1")).size(), 2);
}

TEST_F(SqliteStoreTest, MessagesComeBackInTheOrderStored)
{
    auto store = openStore();
    ASSERT_TRUE(store->createConversation(newConversation(QStringLiteral("c_2"))));
    const QDateTime sameTime = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 20; ++i) {
        ChatMessage m = visitorLine(QStringLiteral("c_2"), QStringLiteral("v%1").arg(i), QStringLiteral("line %1").arg(i));
        m.at = sameTime; // equal timestamps must not reorder lines
        ASSERT_TRUE(store->appendMessage(m));
    }
    const auto lines = store->messages(QStringLiteral("c_2"));
    ASSERT_EQ(lines.size(), 20);
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(lines[i].text, QStringLiteral("line %1").arg(i));
}

TEST_F(SqliteStoreTest, MessagesNeedAnExistingConversation)
{
    auto store = openStore();
    EXPECT_FALSE(store->appendMessage(visitorLine(QStringLiteral("c_missing"), QStringLiteral("x"), QStringLiteral("t"))));
}

TEST_F(SqliteStoreTest, EverythingSurvivesReopeningTheFile)
{
    HandoffContext context;
    context.trigger = EscalationTrigger::Topic;
    context.reason = QStringLiteral("Billing disputes go to a person.");
    context.lastTopic = QStringLiteral("billing");
    context.fields = {{QStringLiteral("order.number"), QStringLiteral("A1001")}};
    context.at = QDateTime::currentDateTimeUtc();
    {
        auto store = openStore();
        ASSERT_TRUE(store->addUser({QStringLiteral("alice"), QStringLiteral("Alice"), Role::Agent, {}, 3, {}},
                                   QStringLiteral("pw")));
        ConversationRecord c = newConversation(QStringLiteral("c_3"));
        c.state = ConversationState::Waiting;
        c.queueId = QStringLiteral("billing");
        c.handoff = context;
        c.botState = QJsonObject{{QStringLiteral("turn"), 3}};
        c.enqueuedAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(store->createConversation(c));
        ASSERT_TRUE(store->appendMessage(visitorLine(QStringLiteral("c_3"), QStringLiteral("a"), QStringLiteral("one"))));
        ASSERT_TRUE(store->appendMessage(visitorLine(QStringLiteral("c_3"), QStringLiteral("b"), QStringLiteral("two"))));
        ASSERT_TRUE(store->addEscalation({QStringLiteral("c_3"), QDateTime::currentDateTimeUtc(), QStringLiteral("billing"),
                                          EscalationTrigger::Topic, context.reason, QStringLiteral("billing")}));
        ASSERT_GT(store->addOfflineMessage({0, {}, QStringLiteral("Ada"), QStringLiteral("ada@example.org"),
                                            QStringLiteral("Call me"), QStringLiteral("default"), {}, false}),
                  0);
        ASSERT_GT(store->addCannedResponse({0, QStringLiteral("hi"), QStringLiteral("Greeting"), QStringLiteral("General"),
                                            QStringLiteral("Hello {visitor.name}!"), {}}),
                  0);
        ASSERT_GT(store->addCannedResponse({0, QStringLiteral("mine"), QStringLiteral("Mine"), {}, QStringLiteral("x"),
                                            QStringLiteral("alice")}),
                  0);
        ASSERT_TRUE(store->addAudit({QStringLiteral("sam"), QStringLiteral("reassign"), QStringLiteral("c_3"), {}, {}, {}}));
        store->close();
    }
    auto store = openStore();
    EXPECT_TRUE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("pw")));
    const auto open = store->openConversations();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0].state, ConversationState::Waiting);
    EXPECT_EQ(open[0].queueId, QStringLiteral("billing"));
    ASSERT_TRUE(open[0].handoff);
    EXPECT_EQ(open[0].handoff->reason, context.reason);
    EXPECT_EQ(open[0].handoff->field(QStringLiteral("order.number")), QStringLiteral("A1001"));
    EXPECT_EQ(open[0].botState.value(QStringLiteral("turn")).toInt(), 3);
    EXPECT_TRUE(store->conversationForVisitor(QStringLiteral("hash-c_3")));
    const auto lines = store->messages(QStringLiteral("c_3"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1].text, QStringLiteral("two"));
    EXPECT_EQ(store->escalations(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1))
                  .size(),
              1);
    ASSERT_EQ(store->offlineMessages(false).size(), 1);
    EXPECT_EQ(store->cannedResponses(QStringLiteral("alice")).size(), 2);
    EXPECT_EQ(store->cannedResponses(QStringLiteral("bob")).size(), 1) << "personal responses stay personal";
    EXPECT_EQ(store->audit(10).size(), 1);
}

TEST_F(SqliteStoreTest, ClosedConversationsAreNotOpen)
{
    auto store = openStore();
    ConversationRecord c = newConversation(QStringLiteral("c_4"));
    ASSERT_TRUE(store->createConversation(c));
    c.state = ConversationState::Closed;
    c.closedAt = QDateTime::currentDateTimeUtc();
    c.disposition = QStringLiteral("resolved");
    ASSERT_TRUE(store->updateConversation(c));
    EXPECT_TRUE(store->openConversations().isEmpty());
    EXPECT_EQ(store->conversation(QStringLiteral("c_4"))->disposition, QStringLiteral("resolved"));
}

TEST_F(SqliteStoreTest, UnwritableLocationGivesAClearError)
{
    SqliteStore store(QStringLiteral("/proc/handoff-cannot-be-here/handoff.db"));
    QString error;
    EXPECT_FALSE(store.open(&error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
