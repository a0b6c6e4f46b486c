// What only the SQLite store has to get right, and the password hash format. The behaviour every backend
// shares (migrations, users, tokens, messages, reopening) is tested for SQLite and PostgreSQL in StoreTest.cpp.
#include "store/PasswordHash.h"
#include "store/SqliteStore.h"

#include <QFileInfo>
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

TEST_F(SqliteStoreTest, PasswordHashesAreSaltedAndSlow)
{
    const QString a = PasswordHash::create(QStringLiteral("demo"));
    const QString b = PasswordHash::create(QStringLiteral("demo"));
    EXPECT_NE(a, b) << "the same password hashes differently each time";
    EXPECT_TRUE(a.startsWith(QStringLiteral("pbkdf2-sha256$")));
    EXPECT_GE(a.section(QLatin1Char('$'), 1, 1).toInt(), 100000);
    EXPECT_FALSE(a.contains(QStringLiteral("demo")));
}

TEST_F(SqliteStoreTest, ReopenedFileKeepsItsRows)
{
    {
        auto store = openStore();
        ASSERT_TRUE(store->createConversation(newConversation(QStringLiteral("c_1"))));
        ASSERT_TRUE(store->appendMessage(visitorLine(QStringLiteral("c_1"), QStringLiteral("a"), QStringLiteral("kept"))));
    }
    auto store = openStore();
    EXPECT_EQ(store->schemaVersion(), SqliteStore::latestSchemaVersion());
    ASSERT_EQ(store->messages(QStringLiteral("c_1")).size(), 1);
    EXPECT_TRUE(QFileInfo::exists(path()));
}

TEST_F(SqliteStoreTest, UnwritableLocationGivesAClearError)
{
    SqliteStore store(QStringLiteral("/proc/handoff-cannot-be-here/handoff.db"));
    QString error;
    EXPECT_FALSE(store.open(&error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
