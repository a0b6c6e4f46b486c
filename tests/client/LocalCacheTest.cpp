// The desk's SQLite cache: what was cached is there after a restart, search finds words, dedupe.
#include "client/LocalCache.h"

#include "ClientTestSupport.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::makeMessage;
using handoff::test::makeSummary;

namespace {

const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);

} // namespace

TEST(LocalCache, ReopenedCacheStillHoldsMyChatsAndTheirMessages)
{
    QTemporaryDir dir;
    const QString path
        = dir.filePath(LocalCache::fileNameFor(QStringLiteral("ws://127.0.0.1:8080"), QStringLiteral("alice")));
    {
        LocalCache cache;
        ASSERT_TRUE(cache.open(path));
        ASSERT_TRUE(cache.saveConversation(makeSummary(QStringLiteral("c1"), QStringLiteral("Ada")), true));
        ASSERT_TRUE(cache.saveConversation(makeSummary(QStringLiteral("c2"), QStringLiteral("Bob")), false));
        cache.saveMessage(makeMessage(
            QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor, QStringLiteral("Where is my order?"), t0));
        cache.saveMessage(makeMessage(QStringLiteral("m2"), QStringLiteral("c1"), AuthorKind::Agent,
            QStringLiteral("Let me check."), t0.addSecs(5)));
    }
    LocalCache reopened;
    ASSERT_TRUE(reopened.open(path));
    const auto open = reopened.openConversations();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().id, QStringLiteral("c1"));
    EXPECT_EQ(open.first().visitorName, QStringLiteral("Ada"));
    ASSERT_TRUE(open.first().handoff.has_value());
    EXPECT_EQ(open.first().handoff->field(QStringLiteral("order.number")), QStringLiteral("A1001"));
    const auto messages = reopened.messages(QStringLiteral("c1"));
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).text, QStringLiteral("Where is my order?"));
    EXPECT_EQ(messages.at(1).text, QStringLiteral("Let me check."));
    EXPECT_EQ(reopened.lastMessage(QStringLiteral("c1"))->id, QStringLiteral("m2"));
}

TEST(LocalCache, OpenChatsComeWithTheirLastLineAndMyLastReplyToTheVisitor)
{
    QTemporaryDir dir;
    LocalCache cache;
    ASSERT_TRUE(cache.open(dir.filePath(QStringLiteral("c.db"))));
    ASSERT_TRUE(cache.saveConversation(makeSummary(QStringLiteral("c1"), QStringLiteral("Ada")), true));
    ASSERT_TRUE(cache.saveConversation(makeSummary(QStringLiteral("c2"), QStringLiteral("Bob")), false));
    ASSERT_TRUE(cache.saveConversation(makeSummary(QStringLiteral("c3"), QStringLiteral("Cy")), true));
    ASSERT_TRUE(cache.saveConversation(makeSummary(QStringLiteral("c4"), QStringLiteral("Di")), true));
    // c1: the visitor asks, I answer, a colleague's internal note, the visitor asks again.
    cache.saveMessage(makeMessage(
        QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor, QStringLiteral("Where is my order?"), t0));
    cache.saveMessage(makeMessage(
        QStringLiteral("m2"), QStringLiteral("c1"), AuthorKind::Agent, QStringLiteral("Let me check."), t0.addSecs(5)));
    ChatMessage note = makeMessage(
        QStringLiteral("m3"), QStringLiteral("c1"), AuthorKind::Agent, QStringLiteral("VIP customer"), t0.addSecs(9));
    note.internal = true;
    cache.saveMessage(note);
    cache.saveMessage(makeMessage(
        QStringLiteral("m4"), QStringLiteral("c1"), AuthorKind::Visitor, QStringLiteral("Any news?"), t0.addSecs(30)));
    // c2 is closed; c3 has only the visitor's line; c4 has no lines at all.
    cache.saveMessage(makeMessage(
        QStringLiteral("m5"), QStringLiteral("c2"), AuthorKind::Agent, QStringLiteral("Bye"), t0.addSecs(40)));
    cache.saveMessage(makeMessage(
        QStringLiteral("m6"), QStringLiteral("c3"), AuthorKind::Visitor, QStringLiteral("Hello?"), t0.addSecs(50)));

    const QList<LocalCache::OpenChat> chats = cache.openChats();
    ASSERT_EQ(chats.size(), 3);
    EXPECT_EQ(chats.at(0).conversation.id, QStringLiteral("c1"));
    EXPECT_EQ(chats.at(0).conversation.visitorName, QStringLiteral("Ada"));
    ASSERT_TRUE(chats.at(0).lastMessage.has_value());
    EXPECT_EQ(chats.at(0).lastMessage->text, QStringLiteral("Any news?"));
    EXPECT_EQ(chats.at(0).lastMessage->author, AuthorKind::Visitor);
    EXPECT_EQ(chats.at(0).lastReplyAt, t0.addSecs(5)); // my answer, not the internal note after it
    EXPECT_EQ(chats.at(1).conversation.id, QStringLiteral("c3"));
    EXPECT_EQ(chats.at(1).lastMessage->text, QStringLiteral("Hello?"));
    EXPECT_FALSE(chats.at(1).lastReplyAt.isValid());
    EXPECT_EQ(chats.at(2).conversation.id, QStringLiteral("c4"));
    EXPECT_FALSE(chats.at(2).lastMessage.has_value());
    EXPECT_FALSE(chats.at(2).lastReplyAt.isValid());
    // The same as asking chat by chat.
    for (const LocalCache::OpenChat &c : chats) {
        EXPECT_EQ(c.lastReplyAt, cache.lastReplyAt(c.conversation.id)) << qPrintable(c.conversation.id);
        EXPECT_EQ(c.lastMessage.has_value(), cache.lastMessage(c.conversation.id).has_value());
    }
}

TEST(LocalCache, AMessageSeenTwiceIsStoredOnce)
{
    QTemporaryDir dir;
    LocalCache cache;
    ASSERT_TRUE(cache.open(dir.filePath(QStringLiteral("c.db"))));
    const auto m
        = makeMessage(QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor, QStringLiteral("hi"), t0);
    EXPECT_TRUE(cache.saveMessage(m));
    EXPECT_FALSE(cache.saveMessage(m));
    EXPECT_EQ(cache.saveMessages({ m, m }), 0);
    EXPECT_EQ(cache.messages(QStringLiteral("c1")).size(), 1);
    EXPECT_EQ(cache.search(QStringLiteral("hi")).size(), 1);
}

TEST(LocalCache, SearchFindsAWordAcrossCachedTranscriptsByPrefix)
{
    QTemporaryDir dir;
    LocalCache cache;
    ASSERT_TRUE(cache.open(dir.filePath(QStringLiteral("c.db"))));
    cache.saveConversation(makeSummary(QStringLiteral("c1"), QStringLiteral("Ada")), false);
    cache.saveConversation(makeSummary(QStringLiteral("c2"), QStringLiteral("Bob")), true);
    cache.saveMessage(makeMessage(QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor,
        QStringLiteral("My parcel never arrived"), t0));
    cache.saveMessage(makeMessage(QStringLiteral("m2"), QStringLiteral("c2"), AuthorKind::Visitor,
        QStringLiteral("I want a refund"), t0.addSecs(60)));
    cache.saveMessage(makeMessage(QStringLiteral("m3"), QStringLiteral("c2"), AuthorKind::Agent,
        QStringLiteral("The refund is on its way"), t0.addSecs(90)));

    const auto parcel = cache.search(QStringLiteral("parc"));
    ASSERT_EQ(parcel.size(), 1);
    EXPECT_EQ(parcel.first().conversationId, QStringLiteral("c1"));
    EXPECT_EQ(parcel.first().visitorName, QStringLiteral("Ada"));
    EXPECT_TRUE(parcel.first().snippet.contains(QStringLiteral("parcel")));

    const auto refund = cache.search(QStringLiteral("refund"));
    ASSERT_EQ(refund.size(), 2);
    EXPECT_EQ(refund.first().messageId, QStringLiteral("m3")); // newest first

    EXPECT_TRUE(cache.search(QStringLiteral("\"unbalanced OR ( quote")).isEmpty()); // no SQL error, no match
    EXPECT_TRUE(cache.search(QStringLiteral("   ")).isEmpty());
}

TEST(LocalCache, PersonalCannedResponsesSurviveAReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    {
        LocalCache cache;
        ASSERT_TRUE(cache.open(path));
        CannedResponse c;
        c.shortcut = QStringLiteral("bye");
        c.title = QStringLiteral("Goodbye");
        c.text = QStringLiteral("Have a nice day, {visitor.name}!");
        ASSERT_TRUE(cache.savePersonalCannedResponse(c));
    }
    LocalCache cache;
    ASSERT_TRUE(cache.open(path));
    const auto list = cache.personalCannedResponses();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().shortcut, QStringLiteral("bye"));
    EXPECT_TRUE(list.first().personal);
    EXPECT_TRUE(cache.removePersonalCannedResponse(list.first().id));
    EXPECT_TRUE(cache.personalCannedResponses().isEmpty());
}

TEST(LocalCache, AnUnwritablePathIsAClearError)
{
    LocalCache cache;
    QString error;
    EXPECT_FALSE(cache.open(QStringLiteral("/proc/no-such-dir/cache.db"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(LocalCache, FileNameKeepsServerAndUserApartAndSafe)
{
    EXPECT_EQ(LocalCache::fileNameFor(QStringLiteral("ws://chat.example.org:8080"), QStringLiteral("alice")),
        QStringLiteral("cache-chat.example.org_8080-alice.db"));
    EXPECT_FALSE(LocalCache::fileNameFor(QStringLiteral("x"), QStringLiteral("../../etc")).contains(QLatin1Char('/')));
}
