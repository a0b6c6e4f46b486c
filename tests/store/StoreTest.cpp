// The same behaviour from every Store backend: each test runs on an SQLite file and on PostgreSQL
// (HANDOFF_TEST_PG), opened through StoreFactory as the router opens them. Migrations, users and
// passwords, tokens, message order and dedupe, and that everything survives closing and reopening.
#include "StoreBackend.h"
#include "store/PasswordHash.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"
#include "store/StoreFactory.h"

#include <gtest/gtest.h>
#include <type_traits>

using namespace handoff;
using namespace handoff::store;
using handoff::test::PostgresBackend;
using handoff::test::SqliteBackend;

namespace {

template <typename Backend> class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        if (m_backend.available(&why))
            return;
        if constexpr (std::is_same_v<Backend, PostgresBackend>) {
            if (PostgresBackend::required())
                FAIL() << "CI is set, so the PostgreSQL store must be tested, but " << why.toStdString();
        }
        GTEST_SKIP() << why.toStdString();
    }

    std::unique_ptr<Store> openStore()
    {
        QString error;
        auto s = StoreFactory::open(m_backend.location(), &error);
        EXPECT_TRUE(s) << error.toStdString();
        return s;
    }

    static int latestSchemaVersion()
    {
        if constexpr (std::is_same_v<Backend, PostgresBackend>)
            return PostgresStore::latestSchemaVersion();
        else
            return SqliteStore::latestSchemaVersion();
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

    Backend m_backend;
};

struct BackendNames {
    template <typename Backend> static std::string GetName(int) { return Backend::kName; }
};

using Backends = ::testing::Types<SqliteBackend, PostgresBackend>;
TYPED_TEST_SUITE(StoreTest, Backends, BackendNames);

TYPED_TEST(StoreTest, MigratesAnEmptyDatabaseToTheLatestSchema)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    EXPECT_GE(this->latestSchemaVersion(), 1);
    EXPECT_EQ(store->schemaVersion(), this->latestSchemaVersion());
    // Opening again applies nothing and keeps the version.
    store.reset();
    auto again = this->openStore();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->schemaVersion(), this->latestSchemaVersion());
}

TYPED_TEST(StoreTest, VerifiesPasswordsAndRejectsWrongOnes)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    UserRecord alice { QStringLiteral("alice"), QStringLiteral("Alice"), Role::Agent, { QStringLiteral("orders") }, 4,
        {} };
    ASSERT_TRUE(store->addUser(alice, QStringLiteral("s3cret")));
    EXPECT_FALSE(store->addUser(alice, QStringLiteral("other"))) << "a user name is unique";
    EXPECT_TRUE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("s3cret")));
    EXPECT_FALSE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("S3cret")));
    EXPECT_FALSE(store->verifyPassword(QStringLiteral("nobody"), QStringLiteral("s3cret")));
    const auto loaded = store->user(QStringLiteral("alice"));
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->displayName, QStringLiteral("Alice"));
    EXPECT_EQ(loaded->skills, QStringList { QStringLiteral("orders") });
    EXPECT_EQ(loaded->capacity, 4);
    EXPECT_LE(qAbs(loaded->createdAt.secsTo(QDateTime::currentDateTimeUtc())), 300);

    ASSERT_TRUE(store->setPassword(QStringLiteral("alice"), QStringLiteral("new")));
    EXPECT_FALSE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("s3cret")));
    EXPECT_TRUE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("new")));
    EXPECT_FALSE(store->setPassword(QStringLiteral("nobody"), QStringLiteral("x"))) << "no such user";
}

TYPED_TEST(StoreTest, NewPasswordsAreStoredAsArgon2id)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->addUser({ QStringLiteral("alice"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("s3cret")));
    QVariant hash;
    const QString select = QStringLiteral("SELECT password_hash FROM users WHERE name = ?");
    ASSERT_TRUE(this->m_backend.run(select, { QStringLiteral("alice") }, &hash));
    EXPECT_TRUE(hash.toString().startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$"))) << hash.toString().toStdString();
    EXPECT_FALSE(PasswordHash::needsRehash(hash.toString()));

    ASSERT_TRUE(store->setPassword(QStringLiteral("alice"), QStringLiteral("changed!")));
    ASSERT_TRUE(this->m_backend.run(select, { QStringLiteral("alice") }, &hash));
    EXPECT_TRUE(hash.toString().startsWith(QStringLiteral("$argon2id$"))) << hash.toString().toStdString();
    EXPECT_EQ(store->checkPassword(QStringLiteral("alice"), QStringLiteral("changed!")), Store::PasswordCheck::Match);
}

TYPED_TEST(StoreTest, Pbkdf2HashIsReplacedByArgon2idAfterASuccessfulSignIn)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->addUser({ QStringLiteral("alice"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("unused")));
    // The row as an older build left it.
    const QString legacy = test::pbkdf2Hash(QStringLiteral("s3cret"));
    ASSERT_TRUE(this->m_backend.run(
        QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"), { legacy, QStringLiteral("alice") }));
    const QString select = QStringLiteral("SELECT password_hash FROM users WHERE name = ?");
    QVariant hash;

    // A wrong password neither signs in nor touches the hash.
    EXPECT_EQ(store->checkPassword(QStringLiteral("alice"), QStringLiteral("S3cret")), Store::PasswordCheck::Mismatch);
    ASSERT_TRUE(this->m_backend.run(select, { QStringLiteral("alice") }, &hash));
    EXPECT_EQ(hash.toString(), legacy);

    EXPECT_EQ(store->checkPassword(QStringLiteral("alice"), QStringLiteral("s3cret")), Store::PasswordCheck::Match);
    ASSERT_TRUE(this->m_backend.run(select, { QStringLiteral("alice") }, &hash));
    const QString rehashed = hash.toString();
    EXPECT_TRUE(rehashed.startsWith(QStringLiteral("$argon2id$"))) << rehashed.toStdString();
    EXPECT_FALSE(PasswordHash::needsRehash(rehashed));
    EXPECT_TRUE(PasswordHash::verify(QStringLiteral("s3cret"), rehashed));

    // The new hash signs in (and is kept: it is current), the wrong password still does not.
    EXPECT_TRUE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("s3cret")));
    EXPECT_FALSE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("S3cret")));
    ASSERT_TRUE(this->m_backend.run(select, { QStringLiteral("alice") }, &hash));
    EXPECT_EQ(hash.toString(), rehashed);
    // A second store (another router) sees the new hash.
    auto other = this->openStore();
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->verifyPassword(QStringLiteral("alice"), QStringLiteral("s3cret")));
}

TYPED_TEST(StoreTest, UnknownUsersDoNotMatch)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->checkPassword(QStringLiteral("nobody"), QStringLiteral("s3cret")), Store::PasswordCheck::Mismatch);
    EXPECT_EQ(store->checkPassword(QString(), QString()), Store::PasswordCheck::Mismatch);
}

TYPED_TEST(StoreTest, UnknownAndKnownNamesTakeTheSameHashingPath)
{
    // Not timed: the number of Argon2id checks each sign-in runs tells whether both take the same path.
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->addUser({ QStringLiteral("kim"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("right-password")));
    const quint64 before = PasswordHash::argon2Checks();
    EXPECT_EQ(store->checkPassword(QStringLiteral("kim"), QStringLiteral("wrong-password")), Store::PasswordCheck::Mismatch);
    const quint64 afterKnown = PasswordHash::argon2Checks();
    EXPECT_EQ(store->checkPassword(QStringLiteral("nobody-at-all"), QStringLiteral("wrong-password")),
        Store::PasswordCheck::Mismatch);
    const quint64 afterUnknown = PasswordHash::argon2Checks();
    EXPECT_EQ(afterKnown - before, 1u) << "a known name with a wrong password: one Argon2id check";
    EXPECT_EQ(afterUnknown - afterKnown, 1u) << "an unknown name: the same one check, against the dummy";
}

TYPED_TEST(StoreTest, UsersCanBeChangedAndListed)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->addUser({ QStringLiteral("zoe"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("pw")));
    ASSERT_TRUE(store->addUser({ QStringLiteral("bob"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("pw")));
    EXPECT_EQ(store->user(QStringLiteral("bob"))->displayName, QStringLiteral("bob")) << "the name stands in";
    ASSERT_TRUE(store->updateUser({ QStringLiteral("bob"), QStringLiteral("Bob B."), Role::Supervisor,
        { QStringLiteral("billing"), QStringLiteral("orders") }, 5, {} }));
    EXPECT_FALSE(store->updateUser({ QStringLiteral("nobody"), {}, Role::Agent, {}, 3, {} }));
    const auto all = store->users();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].name, QStringLiteral("bob"));
    EXPECT_EQ(all[0].displayName, QStringLiteral("Bob B."));
    EXPECT_EQ(all[0].role, Role::Supervisor);
    EXPECT_EQ(all[0].skills, (QStringList { QStringLiteral("billing"), QStringLiteral("orders") }));
    EXPECT_EQ(all[0].capacity, 5);
    EXPECT_EQ(all[1].name, QStringLiteral("zoe"));
}

TYPED_TEST(StoreTest, TokensAreStoredHashedAndCanBeRevoked)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->addUser({ QStringLiteral("bob"), {}, Role::Supervisor, {}, 3, {} }, QStringLiteral("pw")));
    const QString token = store->issueToken(QStringLiteral("bob"), 30);
    ASSERT_EQ(token.size(), 64);
    EXPECT_EQ(store->userForToken(token).value_or(QString()), QStringLiteral("bob"));
    EXPECT_FALSE(store->userForToken(token + QStringLiteral("0")));
    const QString expired = store->issueToken(QStringLiteral("bob"), -1);
    EXPECT_FALSE(store->userForToken(expired)) << "an expired token signs nobody in";
    ASSERT_TRUE(store->revokeToken(token));
    EXPECT_FALSE(store->userForToken(token));
    EXPECT_TRUE(store->issueToken(QStringLiteral("nobody"), 30).isEmpty()) << "tokens belong to existing users";

    const QString api = store->addApiToken(QStringLiteral("copilot"));
    ASSERT_FALSE(api.isEmpty());
    EXPECT_EQ(store->apiTokenName(api).value_or(QString()), QStringLiteral("copilot"));
    EXPECT_TRUE(store->addApiToken(QStringLiteral("copilot")).isEmpty()) << "names are unique";
    EXPECT_FALSE(store->apiTokenName(QStringLiteral("nonsense")));
}

TYPED_TEST(StoreTest, NewPasswordSignsOutEveryDesk)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->addUser({ QStringLiteral("alice"), {}, Role::Agent, {}, 3, {} }, QStringLiteral("pw")));
    const QString token = store->issueToken(QStringLiteral("alice"), 30);
    ASSERT_TRUE(store->userForToken(token));
    ASSERT_TRUE(store->setPassword(QStringLiteral("alice"), QStringLiteral("changed")));
    EXPECT_FALSE(store->userForToken(token));
}

TYPED_TEST(StoreTest, RepeatedClientIdIsStoredOnce)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_1"))));
    EXPECT_FALSE(store->createConversation(this->newConversation(QStringLiteral("c_1")))) << "ids are unique";
    const auto first
        = store->appendMessage(this->visitorLine(QStringLiteral("c_1"), QStringLiteral("v1"), QStringLiteral("Hi")));
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->duplicate);
    EXPECT_FALSE(first->message.id.isEmpty());
    const auto again
        = store->appendMessage(this->visitorLine(QStringLiteral("c_1"), QStringLiteral("v1"), QStringLiteral("Hi")));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->duplicate);
    EXPECT_EQ(again->message.id, first->message.id);
    EXPECT_EQ(store->messages(QStringLiteral("c_1")).size(), 1);

    // The same clientId from another author is another message.
    ChatMessage agent = this->visitorLine(QStringLiteral("c_1"), QStringLiteral("v1"), QStringLiteral("Hello"));
    agent.author = AuthorKind::Agent;
    agent.authorId = QStringLiteral("alice");
    agent.internal = true;
    const auto agentLine = store->appendMessage(agent);
    ASSERT_TRUE(agentLine);
    EXPECT_FALSE(agentLine->duplicate);
    // Lines without a clientId are never taken for repeats.
    ChatMessage system = this->visitorLine(QStringLiteral("c_1"), QString(), QStringLiteral("Joined"));
    system.author = AuthorKind::System;
    ASSERT_TRUE(store->appendMessage(system));
    ASSERT_TRUE(store->appendMessage(system));
    const auto lines = store->messages(QStringLiteral("c_1"));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[1].internal);
    EXPECT_FALSE(lines[0].internal);
    EXPECT_EQ(lines[1].authorId, QStringLiteral("alice"));
    EXPECT_TRUE(lines[2].clientId.isEmpty());
}

TYPED_TEST(StoreTest, ALineKeepsTheThreadItBelongsTo)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_t"))));
    ASSERT_TRUE(store->appendMessage(this->visitorLine(QStringLiteral("c_t"), QStringLiteral("v1"), QStringLiteral("Hi"))));
    ChatMessage consult = this->visitorLine(QStringLiteral("c_t"), QStringLiteral("a1"), QStringLiteral("Refund it?"));
    consult.author = AuthorKind::Agent;
    consult.authorId = QStringLiteral("alice");
    consult.internal = true;
    consult.thread = QStringLiteral("consult");
    ASSERT_TRUE(store->appendMessage(consult));
    const auto lines = store->messages(QStringLiteral("c_t"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].thread, QString()) << "the transcript";
    EXPECT_EQ(lines[1].thread, QStringLiteral("consult"));
    EXPECT_TRUE(lines[1].internal);
}

TYPED_TEST(StoreTest, MessagesComeBackInTheOrderStoredWithTheirTimes)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_2"))));
    const QDateTime sameTime = QDateTime::fromMSecsSinceEpoch(1764000000123, Qt::UTC);
    for (int i = 0; i < 20; ++i) {
        ChatMessage m
            = this->visitorLine(QStringLiteral("c_2"), QStringLiteral("v%1").arg(i), QStringLiteral("line %1").arg(i));
        m.at = sameTime; // equal timestamps must not reorder lines
        ASSERT_TRUE(store->appendMessage(m));
    }
    const auto lines = store->messages(QStringLiteral("c_2"));
    ASSERT_EQ(lines.size(), 20);
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(lines[i].text, QStringLiteral("line %1").arg(i));
        EXPECT_EQ(lines[i].at, sameTime) << "times keep their milliseconds";
    }
}

TYPED_TEST(StoreTest, AttachmentsAreKeptWithTheirLinesAndGoWithTheirConversation)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_f1"))));
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_f2"))));
    const QString sha(64, QLatin1Char('a'));
    const QString otherSha(64, QLatin1Char('b'));
    AttachmentRecord a;
    a.id = QStringLiteral("a_1");
    a.conversationId = QStringLiteral("c_f1");
    a.sha256 = sha;
    a.name = QStringLiteral("parcel.png");
    a.size = 5000000000; // over 32 bits
    a.contentType = QStringLiteral("image/png");
    a.uploaderKind = AuthorKind::Agent;
    a.uploaderId = QStringLiteral("alice");
    ASSERT_TRUE(store->addAttachment(a));
    AttachmentRecord sameBytes = a;
    sameBytes.id = QStringLiteral("a_2");
    sameBytes.conversationId = QStringLiteral("c_f2");
    ASSERT_TRUE(store->addAttachment(sameBytes));
    AttachmentRecord own = a;
    own.id = QStringLiteral("a_3");
    own.sha256 = otherSha;
    ASSERT_TRUE(store->addAttachment(own));

    const auto read = store->attachment(QStringLiteral("a_1"));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->size, 5000000000);
    EXPECT_EQ(read->uploaderKind, AuthorKind::Agent);
    EXPECT_EQ(read->uploaderId, QStringLiteral("alice"));
    EXPECT_TRUE(read->at.isValid());
    EXPECT_EQ(store->attachments(QStringLiteral("c_f1")).size(), 2);

    // The line carries the reference; a link handed over by a bot too.
    ChatMessage line = this->visitorLine(QStringLiteral("c_f1"), QStringLiteral("f1"), QString());
    line.attachment = a.reference();
    ASSERT_TRUE(store->appendMessage(line));
    ChatMessage link = this->visitorLine(QStringLiteral("c_f1"), QStringLiteral("f2"), QString());
    link.attachment = Attachment{{}, QStringLiteral("terms.pdf"), -1, QStringLiteral("application/pdf"),
                                 QStringLiteral("https://files.example/terms.pdf")};
    ASSERT_TRUE(store->appendMessage(link));
    const auto lines = store->messages(QStringLiteral("c_f1"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].attachment, a.reference());
    EXPECT_EQ(lines[1].attachment, link.attachment);

    // Deleting c_f1 takes its rows; the bytes shared with c_f2 are still named, its own are not.
    ASSERT_TRUE(store->deleteConversation(QStringLiteral("c_f1")));
    EXPECT_FALSE(store->attachment(QStringLiteral("a_1")));
    EXPECT_TRUE(store->attachment(QStringLiteral("a_2")));
    EXPECT_EQ(store->unusedAttachmentHashes({sha, otherSha}), QStringList{otherSha});
}

TYPED_TEST(StoreTest, MessagesNeedAnExistingConversation)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    EXPECT_FALSE(
        store->appendMessage(this->visitorLine(QStringLiteral("c_missing"), QStringLiteral("x"), QStringLiteral("t"))));
    EXPECT_FALSE(store->lastError().isEmpty());
}

TYPED_TEST(StoreTest, EverythingSurvivesReopening)
{
    HandoffContext context;
    context.trigger = EscalationTrigger::Topic;
    context.reason = QStringLiteral("Billing disputes go to a person.");
    context.lastTopic = QStringLiteral("billing");
    context.fields = { { QStringLiteral("order.number"), QStringLiteral("A1001") } };
    context.at = QDateTime::currentDateTimeUtc();
    const QDateTime enqueued = QDateTime::fromMSecsSinceEpoch(1764000000456, Qt::UTC);
    {
        auto store = this->openStore();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->addUser(
            { QStringLiteral("alice"), QStringLiteral("Alice"), Role::Agent, {}, 3, {} }, QStringLiteral("pw")));
        ConversationRecord c = this->newConversation(QStringLiteral("c_3"));
        c.state = ConversationState::Waiting;
        c.queueId = QStringLiteral("billing");
        c.requiredSkills = { QStringLiteral("billing") };
        c.handoff = context;
        c.botState = QJsonObject { { QStringLiteral("turn"), 3 } };
        c.enqueuedAt = enqueued;
        c.queueEnteredAt = enqueued.addSecs(30);
        c.formOfferedAt = enqueued.addSecs(300);
        c.enqueueOrder = 7;
        c.visitorName = QStringLiteral("Ada Ünal");
        c.source = QStringLiteral("api");
        c.apiTokenName = QStringLiteral("shopbot");
        ASSERT_TRUE(store->createConversation(c));
        ASSERT_TRUE(
            store->appendMessage(this->visitorLine(QStringLiteral("c_3"), QStringLiteral("a"), QStringLiteral("one"))));
        ASSERT_TRUE(store->appendMessage(
            this->visitorLine(QStringLiteral("c_3"), QStringLiteral("b"), QStringLiteral("two ✓ 'quoted'"))));
        ASSERT_TRUE(store->addEscalation({ QStringLiteral("c_3"), QDateTime::currentDateTimeUtc(),
            QStringLiteral("billing"), EscalationTrigger::Topic, context.reason, QStringLiteral("billing") }));
        ASSERT_GT(store->addOfflineMessage({ 0, {}, QStringLiteral("Ada"), QStringLiteral("ada@example.org"),
                      QStringLiteral("Call me"), QStringLiteral("default"), {}, false }),
            0);
        ASSERT_GT(store->addCannedResponse({ 0, QStringLiteral("hi"), QStringLiteral("Greeting"),
                      QStringLiteral("General"), QStringLiteral("Hello {visitor.name}!"), {} }),
            0);
        ASSERT_GT(store->addCannedResponse({ 0, QStringLiteral("mine"), QStringLiteral("Mine"), {}, QStringLiteral("x"),
                      QStringLiteral("alice") }),
            0);
        ASSERT_TRUE(
            store->addAudit({ QStringLiteral("sam"), QStringLiteral("reassign"), QStringLiteral("c_3"), {}, {}, {} }));
        ASSERT_TRUE(store->setDemoOrder(QStringLiteral("A1001"), QStringLiteral("shipped")));
        ASSERT_TRUE(store->setDemoOrder(QStringLiteral("A1001"), QStringLiteral("delivered")));
        store->close();
    }
    auto store = this->openStore();
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->verifyPassword(QStringLiteral("alice"), QStringLiteral("pw")));
    const auto open = store->openConversations();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0].state, ConversationState::Waiting);
    EXPECT_EQ(open[0].queueId, QStringLiteral("billing"));
    EXPECT_EQ(open[0].requiredSkills, QStringList { QStringLiteral("billing") });
    EXPECT_EQ(open[0].enqueuedAt, enqueued);
    EXPECT_EQ(open[0].enqueueOrder, 7);
    EXPECT_EQ(open[0].queueEnteredAt, enqueued.addSecs(30)) << "the overflow clock survives a restart";
    EXPECT_EQ(open[0].formOfferedAt, enqueued.addSecs(300)) << "the message form is offered once, also across restarts";
    EXPECT_FALSE(open[0].assignedAt.isValid()) << "unset times stay unset";
    EXPECT_EQ(open[0].visitorName, QStringLiteral("Ada Ünal"));
    EXPECT_EQ(open[0].apiTokenName, QStringLiteral("shopbot")) << "only the bot that handed it over may ask about it";
    EXPECT_EQ(store->conversation(QStringLiteral("c_3"))->apiTokenName, QStringLiteral("shopbot"));
    ASSERT_TRUE(open[0].handoff);
    EXPECT_EQ(open[0].handoff->reason, context.reason);
    EXPECT_EQ(open[0].handoff->field(QStringLiteral("order.number")), QStringLiteral("A1001"));
    EXPECT_EQ(open[0].botState.value(QStringLiteral("turn")).toInt(), 3);
    EXPECT_TRUE(store->conversationForVisitor(QStringLiteral("hash-c_3")));
    EXPECT_FALSE(store->conversationForVisitor(QStringLiteral("hash-other")));
    const auto lines = store->messages(QStringLiteral("c_3"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1].text, QStringLiteral("two ✓ 'quoted'"));
    const auto escalations
        = store->escalations(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1));
    ASSERT_EQ(escalations.size(), 1);
    EXPECT_EQ(escalations[0].trigger, EscalationTrigger::Topic);
    EXPECT_TRUE(
        store->escalations(QDateTime::currentDateTimeUtc().addDays(1), QDateTime::currentDateTimeUtc().addDays(2))
            .isEmpty());
    const auto offline = store->offlineMessages(false, {});
    ASSERT_EQ(offline.size(), 1);
    EXPECT_EQ(offline[0].email, QStringLiteral("ada@example.org"));
    EXPECT_FALSE(offline[0].handled);
    EXPECT_TRUE(offline[0].handledBy.isEmpty());
    EXPECT_FALSE(offline[0].handledAt.isValid());
    const QDateTime handledAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    EXPECT_TRUE(store->markOfflineMessageHandled(offline[0].id, QStringLiteral("alice"), handledAt));
    EXPECT_FALSE(store->markOfflineMessageHandled(offline[0].id, QStringLiteral("bob"), handledAt))
        << "a message is handled once; the second one loses";
    EXPECT_FALSE(store->markOfflineMessageHandled(offline[0].id + 1000, QStringLiteral("bob"), handledAt));
    EXPECT_TRUE(store->offlineMessages(false, {}).isEmpty());
    EXPECT_EQ(store->offlineMessages(true, {}).size(), 1);
    EXPECT_EQ(store->offlineMessages(true, handledAt.addSecs(-60)).size(), 1);
    EXPECT_TRUE(store->offlineMessages(true, handledAt.addSecs(60)).isEmpty()) << "handled before the cut-off";
    const auto handled = store->offlineMessage(offline[0].id);
    ASSERT_TRUE(handled);
    EXPECT_TRUE(handled->handled);
    EXPECT_EQ(handled->handledBy, QStringLiteral("alice")) << "the first one to handle it is kept";
    EXPECT_EQ(handled->handledAt, handledAt);
    EXPECT_EQ(handled->text, QStringLiteral("Call me"));
    EXPECT_FALSE(store->offlineMessage(offline[0].id + 1000));
    EXPECT_EQ(store->cannedResponses(QStringLiteral("alice")).size(), 2);
    EXPECT_EQ(store->cannedResponses(QStringLiteral("bob")).size(), 1) << "personal responses stay personal";
    const auto audit = store->audit(10);
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit[0].action, QStringLiteral("reassign"));
    EXPECT_TRUE(audit[0].at.isValid());
    const auto orders = store->demoOrders();
    ASSERT_EQ(orders.size(), 1);
    EXPECT_EQ(orders[0].second, QStringLiteral("delivered"));
}

TYPED_TEST(StoreTest, ClosedConversationsAreNotOpen)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ConversationRecord c = this->newConversation(QStringLiteral("c_4"));
    ASSERT_TRUE(store->createConversation(c));
    c.state = ConversationState::Closed;
    c.closedAt = QDateTime::currentDateTimeUtc();
    c.disposition = QStringLiteral("resolved");
    ASSERT_TRUE(store->updateConversation(c));
    EXPECT_TRUE(store->openConversations().isEmpty());
    EXPECT_EQ(store->conversation(QStringLiteral("c_4"))->disposition, QStringLiteral("resolved"));
    EXPECT_FALSE(store->updateConversation(this->newConversation(QStringLiteral("c_never")))) << "nothing to update";
}

TYPED_TEST(StoreTest, OpenConversationsComeOldestInQueueFirst)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
    ConversationRecord later = this->newConversation(QStringLiteral("c_later"));
    later.state = ConversationState::Waiting;
    later.enqueuedAt = t0.addSecs(60);
    ConversationRecord tie2 = this->newConversation(QStringLiteral("c_tie2"));
    tie2.state = ConversationState::Waiting;
    tie2.enqueuedAt = t0;
    tie2.enqueueOrder = 2;
    ConversationRecord tie1 = this->newConversation(QStringLiteral("c_tie1"));
    tie1.state = ConversationState::Waiting;
    tie1.enqueuedAt = t0;
    tie1.enqueueOrder = 1;
    for (const auto &c : { later, tie2, tie1 })
        ASSERT_TRUE(store->createConversation(c));
    const auto open = store->openConversations();
    ASSERT_EQ(open.size(), 3);
    EXPECT_EQ(open[0].id, QStringLiteral("c_tie1"));
    EXPECT_EQ(open[1].id, QStringLiteral("c_tie2"));
    EXPECT_EQ(open[2].id, QStringLiteral("c_later"));
}

TYPED_TEST(StoreTest, TwoOpenStoresSeeEachOthersWrites)
{
    // Several routers on one database: what one writes, the other reads at once.
    auto first = this->openStore();
    auto second = this->openStore();
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->createConversation(this->newConversation(QStringLiteral("c_5"))));
    ASSERT_TRUE(first->appendMessage(
        this->visitorLine(QStringLiteral("c_5"), QStringLiteral("a"), QStringLiteral("from one"))));
    const auto seen = second->messages(QStringLiteral("c_5"));
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0].text, QStringLiteral("from one"));
    const auto repeat = second->appendMessage(
        this->visitorLine(QStringLiteral("c_5"), QStringLiteral("a"), QStringLiteral("from one")));
    ASSERT_TRUE(repeat);
    EXPECT_TRUE(repeat->duplicate) << "a line resent to the other router is still stored once";
}

TYPED_TEST(StoreTest, AWebhookDeliveryIsTakenByOneStoreAtATimeUntilItIsDelivered)
{
    auto first = this->openStore();
    auto second = this->openStore(); // another router of the same database
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->addWebhook({ QStringLiteral("wh_1"), QStringLiteral("https://crm.example/hook"),
        QStringLiteral("a-secret-of-sixteen"), { QStringLiteral("conversation.closed") }, {} }));
    ASSERT_EQ(second->webhooks().size(), 1);
    EXPECT_EQ(second->webhooks().first().events, QStringList { QStringLiteral("conversation.closed") });

    WebhookDelivery d;
    d.webhookId = QStringLiteral("wh_1");
    d.url = QStringLiteral("https://crm.example/hook");
    d.secret = QStringLiteral("a-secret-of-sixteen");
    d.event = QStringLiteral("conversation.closed");
    d.conversationId = QStringLiteral("c_1");
    d.body = R"({"type":"conversation.closed"})";
    ASSERT_TRUE(first->enqueueDeliveries({ d, d }));

    const auto taken = first->claimDueDeliveries(1, 60);
    ASSERT_EQ(taken.size(), 1);
    EXPECT_EQ(taken.first().body, d.body);
    EXPECT_EQ(taken.first().secret, d.secret);
    const auto rest = second->claimDueDeliveries(10, 60);
    ASSERT_EQ(rest.size(), 1) << "the leased one is not taken again";
    EXPECT_NE(rest.first().id, taken.first().id);
    EXPECT_TRUE(first->claimDueDeliveries(10, 60).isEmpty());

    // A failed attempt due again at once, then delivered: the log says so, newest first.
    WebhookDelivery failed = rest.first();
    failed.attempts = 1;
    failed.lastStatus = 503;
    failed.lastError = QStringLiteral("HTTP 503");
    failed.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(second->finishDelivery(failed));
    WebhookDelivery delivered = taken.first();
    delivered.attempts = 1;
    delivered.lastStatus = 200;
    delivered.deliveredAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(first->finishDelivery(delivered));
    const auto again = first->claimDueDeliveries(10, 60);
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.first().id, failed.id);
    EXPECT_EQ(again.first().attempts, 1);
    const auto log = second->webhookDeliveries(10);
    ASSERT_EQ(log.size(), 2);
    EXPECT_TRUE(log.last().deliveredAt.isValid());
    EXPECT_EQ(log.first().lastError, QStringLiteral("HTTP 503"));
    EXPECT_TRUE(log.first().body.isEmpty()) << "the log carries no bodies";
    EXPECT_TRUE(first->removeWebhook(QStringLiteral("wh_1")));
    EXPECT_FALSE(first->removeWebhook(QStringLiteral("wh_1")));
}

} // namespace

TYPED_TEST(StoreTest, TranscriptMailsAreCappedPerConversationClaimedOnceAndGoWithTheirConversation)
{
    auto first = this->openStore();
    auto second = this->openStore(); // another router of the same database
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->createConversation(this->newConversation(QStringLiteral("c_mail"))));
    TranscriptMailRecord m;
    m.conversationId = QStringLiteral("c_mail");
    m.requestedFrom = QStringLiteral("192.0.2.7");
    for (int i = 1; i <= 3; ++i) {
        m.address = QStringLiteral("copy%1@example.org").arg(i);
        EXPECT_EQ(first->queueTranscriptMail(m, 3), Store::TranscriptMailQueued::Queued) << i;
    }
    m.address = QStringLiteral("copy4@example.org");
    EXPECT_EQ(second->queueTranscriptMail(m, 3), Store::TranscriptMailQueued::TooMany) << "three per conversation";

    const auto taken = first->claimDueTranscriptMails(1, 60);
    ASSERT_EQ(taken.size(), 1);
    EXPECT_EQ(taken.first().address, QStringLiteral("copy1@example.org"));
    EXPECT_EQ(taken.first().requestedFrom, QStringLiteral("192.0.2.7"));
    const auto rest = second->claimDueTranscriptMails(10, 60);
    ASSERT_EQ(rest.size(), 2) << "the leased one is not taken again";
    EXPECT_TRUE(first->claimDueTranscriptMails(10, 60).isEmpty());

    // Sent; failed and due again at once; given up.
    TranscriptMailRecord sent = taken.first();
    sent.attempts = 1;
    sent.sentAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(first->finishTranscriptMail(sent));
    TranscriptMailRecord failed = rest.at(0);
    failed.attempts = 1;
    failed.lastError = QStringLiteral("Couldn't connect to server");
    failed.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(second->finishTranscriptMail(failed));
    TranscriptMailRecord givenUp = rest.at(1);
    givenUp.attempts = 8;
    givenUp.givenUp = true;
    ASSERT_TRUE(second->finishTranscriptMail(givenUp));
    const auto again = first->claimDueTranscriptMails(10, 60);
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again.first().id, failed.id);
    EXPECT_EQ(again.first().attempts, 1);
    EXPECT_EQ(again.first().lastError, QStringLiteral("Couldn't connect to server"));
    const auto all = second->transcriptMails(QStringLiteral("c_mail"));
    ASSERT_EQ(all.size(), 3);
    EXPECT_TRUE(all.at(0).sentAt.isValid());
    EXPECT_TRUE(all.at(2).givenUp);

    ASSERT_TRUE(first->deleteConversation(QStringLiteral("c_mail")));
    EXPECT_TRUE(second->transcriptMails(QStringLiteral("c_mail")).isEmpty()) << "the addresses go with the chat";
}

TYPED_TEST(StoreTest, KeepsTheFirstRatingOfAConversationAndListsThemByTime)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_rated"))));
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_other"))));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    RatingRecord first{QStringLiteral("c_rated"), 4, QStringLiteral("Quick <b>and</b> kind"), QStringLiteral("general"),
                       QStringLiteral("alice"), at};
    EXPECT_EQ(store->addRating(first), Store::RatingSaved::Saved);
    RatingRecord again = first;
    again.rating = 1;
    again.comment = QStringLiteral("changed my mind");
    EXPECT_EQ(store->addRating(again), Store::RatingSaved::AlreadyRated);
    EXPECT_EQ(store->addRating({QStringLiteral("c_other"), 2, QString(), QStringLiteral("sales"), QStringLiteral("bob"),
                                at.addSecs(1)}),
              Store::RatingSaved::Saved);

    const auto stored = store->rating(QStringLiteral("c_rated"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->rating, 4);
    EXPECT_EQ(stored->comment, QStringLiteral("Quick <b>and</b> kind"));
    EXPECT_EQ(stored->agentId, QStringLiteral("alice"));
    EXPECT_EQ(stored->at.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    EXPECT_FALSE(store->rating(QStringLiteral("c_unknown")));

    const QList<RatingRecord> all = store->ratings(at.addSecs(-60), at.addSecs(60));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).conversationId, QStringLiteral("c_rated"));
    EXPECT_EQ(all.at(1).queueId, QStringLiteral("sales"));
    EXPECT_TRUE(store->ratings(at.addSecs(60), at.addSecs(120)).isEmpty());
    // The schema refuses a rating out of range, should one ever get past the router.
    ASSERT_TRUE(store->createConversation(this->newConversation(QStringLiteral("c_bad"))));
    EXPECT_EQ(store->addRating({QStringLiteral("c_bad"), 9, QString(), QString(), QString(), at}),
              Store::RatingSaved::Failed);
    EXPECT_FALSE(store->rating(QStringLiteral("c_bad")));
}

// Signed-in customers: their conversations are found by issuer and subject (newest first, paged), an
// anonymous visitor's by the browser's id, and supervisors find customers by any part of subject, e-mail
// address or name, where % and _ are plain characters.
TYPED_TEST(StoreTest, CustomerHistoryAndSearch)
{
    auto store = this->openStore();
    ASSERT_TRUE(store);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    auto signedIn = [&](const QString &id, const QString &issuer, const QString &subject, const QString &name, int day) {
        ConversationRecord c = this->newConversation(id);
        c.createdAt = start.addDays(day);
        c.customer = CustomerIdentity{issuer, subject, name, subject + QStringLiteral("@example.org"),
                                      {{QStringLiteral("tier"), QStringLiteral("gold")}}};
        c.visitorId = QStringLiteral("browser-1");
        return store->createConversation(c);
    };
    ASSERT_TRUE(signedIn("h1", "https://shop.example", "ada_100%", "Ada Lovelace", 1));
    ASSERT_TRUE(signedIn("h2", "https://shop.example", "ada_100%", "Ada Lovelace", 2));
    ASSERT_TRUE(signedIn("h3", "https://shop.example", "ada_100%", "Ada Lovelace", 3));
    ASSERT_TRUE(signedIn("h4", "https://other.example", "ada_100%", "Ada at the other shop", 4));
    ASSERT_TRUE(signedIn("h5", "https://shop.example", "adaX100X", "Grace Hopper", 5));
    ConversationRecord anonymous = this->newConversation(QStringLiteral("h6"));
    anonymous.visitorId = QStringLiteral("browser-1");
    ASSERT_TRUE(store->createConversation(anonymous));

    const CustomerKey ada{QStringLiteral("https://shop.example"), QStringLiteral("ada_100%"), {}};
    const auto all = store->customerHistory(ada, QStringLiteral("h3"), 0, 20);
    ASSERT_EQ(all.size(), 2) << "not the current one, not the same subject of another issuer";
    EXPECT_EQ(all[0].id, QStringLiteral("h2")) << "newest first";
    EXPECT_EQ(all[1].id, QStringLiteral("h1"));
    ASSERT_TRUE(all[0].customer);
    EXPECT_EQ(all[0].customer->name, QStringLiteral("Ada Lovelace"));
    ASSERT_EQ(all[0].customer->claims.size(), 1);
    EXPECT_EQ(all[0].customer->claims[0].value, QStringLiteral("gold"));
    const auto page = store->customerHistory(ada, QString(), 1, 1);
    ASSERT_EQ(page.size(), 1);
    EXPECT_EQ(page[0].id, QStringLiteral("h2"));

    const auto browser = store->customerHistory({{}, {}, QStringLiteral("browser-1")}, QStringLiteral("h6"), 0, 20);
    EXPECT_EQ(browser.size(), 5);
    EXPECT_TRUE(store->customerHistory({{}, {}, QString()}, QString(), 0, 20).isEmpty()) << "no key, no history";

    EXPECT_EQ(store->searchCustomers(QStringLiteral("LOVELACE"), 0, 20).size(), 3);
    EXPECT_EQ(store->searchCustomers(QStringLiteral("ada_100%@"), 0, 20).size(), 4);
    EXPECT_EQ(store->searchCustomers(QStringLiteral("_100%"), 0, 20).size(), 4) << "not adaX100X";
    EXPECT_EQ(store->searchCustomers(QStringLiteral("hopper"), 0, 20).size(), 1);
    EXPECT_EQ(store->searchCustomers(QStringLiteral("nobody"), 0, 20).size(), 0);
    EXPECT_TRUE(store->conversation(QStringLiteral("h6")) && !store->conversation(QStringLiteral("h6"))->customer);
}
