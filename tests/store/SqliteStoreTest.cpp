// What only the SQLite store has to get right, and the password hash formats (Argon2id, PBKDF2 of older
// builds) with their rehash rule. The behaviour every backend shares (migrations, users, tokens, messages,
// reopening) is tested for SQLite and PostgreSQL in StoreTest.cpp.
#include "StoreBackend.h"
#include "store/PasswordHash.h"
#include "store/SqliteStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sodium.h>

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
    // Argon2id with OWASP's parameters: 19 MiB, two passes, one lane.
    EXPECT_TRUE(a.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$"))) << a.toStdString();
    EXPECT_FALSE(a.contains(QStringLiteral("demo")));
    EXPECT_TRUE(PasswordHash::verify(QStringLiteral("demo"), a));
    EXPECT_TRUE(PasswordHash::verify(QStringLiteral("demo"), b));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("Demo"), a));
    EXPECT_FALSE(PasswordHash::verify(QString(), a));
    const QString unicode = PasswordHash::create(QStringLiteral("gr\u00fc\u00dfe \U0001F511"));
    EXPECT_TRUE(PasswordHash::verify(QStringLiteral("gr\u00fc\u00dfe \U0001F511"), unicode));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("grusse \U0001F511"), unicode));
}

TEST_F(SqliteStoreTest, Pbkdf2HashesOfOlderBuildsStillVerify)
{
    const QString legacy = test::pbkdf2Hash(QStringLiteral("demo"));
    ASSERT_TRUE(legacy.startsWith(QStringLiteral("pbkdf2-sha256$120000$")));
    EXPECT_TRUE(PasswordHash::verify(QStringLiteral("demo"), legacy));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("demO"), legacy));
    EXPECT_TRUE(PasswordHash::verify(QStringLiteral("demo"), test::pbkdf2Hash(QStringLiteral("demo"), 1000)));
    // Damaged or unknown strings never verify.
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("demo"), QStringLiteral("pbkdf2-sha256$0$00$00")));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("demo"), legacy.section(QLatin1Char('$'), 0, 2)));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("demo"), QStringLiteral("md5$abc")));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("demo"), QString()));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("demo"), QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
}

TEST_F(SqliteStoreTest, OnlyCurrentArgon2idHashesNeedNoRehash)
{
    EXPECT_FALSE(PasswordHash::needsRehash(PasswordHash::create(QStringLiteral("demo"))));
    EXPECT_TRUE(PasswordHash::needsRehash(test::pbkdf2Hash(QStringLiteral("demo"))));
    EXPECT_TRUE(PasswordHash::needsRehash(QString()));
    EXPECT_TRUE(PasswordHash::needsRehash(QStringLiteral("$argon2id$garbage")));

    // Argon2id with other costs verifies (the string carries its parameters) but is due for a new hash.
    const QByteArray password("demo");
    for (const auto &[passes, memory] : { std::pair<unsigned long long, std::size_t> { 3, 19 * 1024 * 1024 },
                                          std::pair<unsigned long long, std::size_t> { 2, 8 * 1024 * 1024 } }) {
        char out[crypto_pwhash_STRBYTES];
        ASSERT_EQ(crypto_pwhash_str_alg(out, password.constData(), password.size(), passes, memory,
                                        crypto_pwhash_ALG_ARGON2ID13),
                  0);
        const QString other = QString::fromLatin1(out);
        EXPECT_TRUE(PasswordHash::verify(QStringLiteral("demo"), other)) << out;
        EXPECT_TRUE(PasswordHash::needsRehash(other)) << out;
    }
    // Argon2i (not id) is not a format the store writes or accepts.
    char argon2i[crypto_pwhash_STRBYTES];
    ASSERT_EQ(crypto_pwhash_str_alg(argon2i, password.constData(), password.size(), 3, 8 * 1024 * 1024,
                                    crypto_pwhash_ALG_ARGON2I13),
              0);
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("demo"), QString::fromLatin1(argon2i)));
    EXPECT_TRUE(PasswordHash::needsRehash(QString::fromLatin1(argon2i)));
}

TEST_F(SqliteStoreTest, DummyVerificationNeverMatches)
{
    EXPECT_FALSE(PasswordHash::verifyDummy(QStringLiteral("demo")));
    EXPECT_FALSE(PasswordHash::verifyDummy(QString()));
    EXPECT_FALSE(PasswordHash::verifyDummy(QStringLiteral("demo")));
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
