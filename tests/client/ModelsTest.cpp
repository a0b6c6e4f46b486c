// The item models the desk shows: rows, counts, countdowns, the handoff marker and delivery states.
#include "ClientTestSupport.h"
#include "client/CannedResponseModel.h"
#include "client/FieldsModel.h"
#include "client/MyChatsModel.h"
#include "client/OfferModel.h"
#include "client/QueueOverviewModel.h"
#include "client/TranscriptModel.h"

#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::makeMessage;
using handoff::test::makeSummary;

namespace {

const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);

} // namespace

TEST(OfferModel, ShowsCountdownTopicReasonAndWait)
{
    OfferModel model;
    model.setClock([] { return t0.addSecs(20); });
    OfferInfo o;
    o.conversationId = QStringLiteral("c1");
    o.offeredAt = t0.addSecs(15);
    o.expiresAt = t0.addSecs(45);
    o.conversation = makeSummary(QStringLiteral("c1"), QStringLiteral("Ada"));
    model.addOffer(o);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    EXPECT_EQ(i.data(OfferModel::SecondsLeftRole).toInt(), 25);
    EXPECT_EQ(i.data(OfferModel::WaitSecondsRole).toInt(), 11); // escalated at t0+9
    EXPECT_EQ(i.data(OfferModel::TopicRole).toString(), QStringLiteral("order-status"));
    EXPECT_EQ(i.data(OfferModel::ReasonRole).toString(), QStringLiteral("The visitor asked for a person."));
    EXPECT_TRUE(i.data().toString().contains(QStringLiteral("Ada")));

    model.setClock([] { return t0.addSecs(100); });
    EXPECT_EQ(model.index(0).data(OfferModel::SecondsLeftRole).toInt(), 0); // never negative

    model.addOffer(o); // the same conversation again replaces, not duplicates
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.removeOffer(QStringLiteral("c1")));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(MyChatsModel, CountsUnreadAndWaitingSinceTheVisitorsLastLine)
{
    MyChatsModel model;
    model.setClock([] { return t0.addSecs(70); });
    model.upsert(makeSummary(QStringLiteral("c1"), QStringLiteral("Ada")));
    model.upsert(makeSummary(QStringLiteral("c2"), QStringLiteral("Bob")));
    ASSERT_EQ(model.rowCount(), 2);

    model.noteMessage(makeMessage(QStringLiteral("m1"), QStringLiteral("c2"), AuthorKind::Visitor,
                          QStringLiteral("Hello?"), t0.addSecs(10)),
        true);
    model.noteMessage(makeMessage(QStringLiteral("m2"), QStringLiteral("c2"), AuthorKind::Visitor,
                          QStringLiteral("Anyone there?"), t0.addSecs(40)),
        true);
    // Rows move (chats waiting for a reply come first): find Bob's by its id.
    auto row = [&model](const QString &id) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.conversationIdAt(r) == id)
                return model.index(r);
        return QModelIndex();
    };
    const QModelIndex bob = row(QStringLiteral("c2"));
    EXPECT_EQ(bob.row(), 0) << "the chat waiting for a reply comes first";
    EXPECT_EQ(bob.data(MyChatsModel::UnreadRole).toInt(), 2);
    EXPECT_EQ(bob.data(MyChatsModel::LastLineRole).toString(), QStringLiteral("Anyone there?"));
    EXPECT_EQ(bob.data(MyChatsModel::WaitingSecondsRole).toInt(), 30);
    EXPECT_EQ(model.totalUnread(), 2);

    // My answer: the visitor is no longer waiting; reading clears the count.
    model.noteMessage(makeMessage(QStringLiteral("m3"), QStringLiteral("c2"), AuthorKind::Agent,
                          QStringLiteral("Yes, here."), t0.addSecs(60)),
        false);
    EXPECT_EQ(row(QStringLiteral("c2")).data(MyChatsModel::WaitingSecondsRole).toInt(), -1);
    model.markRead(QStringLiteral("c2"));
    EXPECT_EQ(row(QStringLiteral("c2")).data(MyChatsModel::UnreadRole).toInt(), 0);
    EXPECT_TRUE(model.remove(QStringLiteral("c1")));
    EXPECT_EQ(model.conversationIdAt(0), QStringLiteral("c2"));
}

TEST(QueueOverviewModel, ShowsEachQueuesFigures)
{
    QueueOverviewModel model;
    QueueStatus q;
    q.id = QStringLiteral("billing");
    q.name = QStringLiteral("Billing");
    q.waiting = 3;
    q.longestWaitSeconds = 125;
    q.agentsAvailable = 1;
    q.agentsSignedIn = 4;
    model.setQueues({ q });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, QueueOverviewModel::NameColumn).data().toString(), QStringLiteral("Billing"));
    EXPECT_EQ(model.index(0, QueueOverviewModel::WaitingColumn).data().toInt(), 3);
    EXPECT_EQ(model.index(0, QueueOverviewModel::LongestWaitColumn).data().toString(), QStringLiteral("2 min 5 s"));
    EXPECT_EQ(model.index(0, QueueOverviewModel::AvailableColumn).data().toString(), QStringLiteral("1 of 4"));
    EXPECT_EQ(model.totalWaiting(), 3);
}

TEST(TranscriptModel, MarksTheHandoffPointBetweenBotAndAgentTurns)
{
    TranscriptModel model;
    model.setMyUserId(QStringLiteral("alice"));
    const auto c = makeSummary(QStringLiteral("c1"), QStringLiteral("Ada")); // handed off at t0+9
    model.setConversation(c,
        { makeMessage(QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Bot, QStringLiteral("Hi!"), t0),
            makeMessage(QStringLiteral("m2"), QStringLiteral("c1"), AuthorKind::Visitor,
                QStringLiteral("A person please"), t0.addSecs(5)),
            makeMessage(QStringLiteral("m3"), QStringLiteral("c1"), AuthorKind::Agent, QStringLiteral("Alice here."),
                t0.addSecs(30)) },
        {});
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.messageCount(), 3);
    const QModelIndex marker = model.index(2);
    EXPECT_TRUE(marker.data(TranscriptModel::IsHandoffPointRole).toBool());
    // The reason repeats the trigger here, so it is said once.
    EXPECT_EQ(marker.data(TranscriptModel::TextRole).toString(),
        QStringLiteral("Handed over to a person: the visitor asked for a person."));
    EXPECT_EQ(model.index(1).data(TranscriptModel::AuthorKindRole).toInt(), int(AuthorKind::Visitor));
    EXPECT_TRUE(model.index(3).data(TranscriptModel::IsMineRole).toBool());
}

TEST(TranscriptModel, AVisitorsLinesCarryTheNameSheGaveTheBot)
{
    TranscriptModel model;
    // Her first lines were stored while the bot did not know her name yet.
    auto hello
        = makeMessage(QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor, QStringLiteral("hello"), t0);
    hello.authorName.clear();
    auto name = makeMessage(
        QStringLiteral("m2"), QStringLiteral("c1"), AuthorKind::Visitor, QStringLiteral("maria"), t0.addSecs(2));
    name.authorName.clear();
    const auto bot = makeMessage(
        QStringLiteral("m3"), QStringLiteral("c1"), AuthorKind::Bot, QStringLiteral("Hi!"), t0.addSecs(3));
    auto before = makeSummary(QStringLiteral("c1"), QString());
    before.handoff.reset();
    model.setConversation(before, { hello, name, bot }, {});
    EXPECT_EQ(model.index(0).data(TranscriptModel::AuthorNameRole).toString(), QString());
    EXPECT_EQ(model.index(0).data(TranscriptModel::AuthorDisplayNameRole).toString(), QStringLiteral("Visitor"));

    // The router learns the name: every line of hers is relabelled; the bot's stays the bot's.
    int changed = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model, [&] { ++changed; });
    model.setVisitorName(QStringLiteral("Maria"));
    EXPECT_GE(changed, 1);
    EXPECT_EQ(model.index(0).data(TranscriptModel::AuthorDisplayNameRole).toString(), QStringLiteral("Maria"));
    EXPECT_EQ(model.index(1).data(TranscriptModel::AuthorNameRole).toString(), QStringLiteral("Maria"));
    EXPECT_EQ(model.index(2).data(TranscriptModel::AuthorNameRole).toString(), QStringLiteral("Alice"));

    // Opening the chat again takes the name from its summary.
    model.setConversation(makeSummary(QStringLiteral("c1"), QStringLiteral("Maria")), { hello, name }, {});
    EXPECT_EQ(model.index(0).data(TranscriptModel::AuthorNameRole).toString(), QStringLiteral("Maria"));
}

TEST(TranscriptModel, TheHandoffLineGivesTriggerAndTheBotsOwnReason)
{
    HandoffContext h;
    h.trigger = EscalationTrigger::Unrecognised;
    h.reason = QStringLiteral("3 turns in a row were not understood.");
    EXPECT_EQ(TranscriptModel::describeHandoff(h),
        QStringLiteral("Handed over to a person: the bot did not understand the visitor (3 turns in a row were "
                       "not understood)."));
}

TEST(TranscriptModel, MyQueuedLineBecomesSentWhenTheRouterStoresItAndIsNotDoubled)
{
    TranscriptModel model;
    model.setMyUserId(QStringLiteral("alice"));
    ConversationSummary c = makeSummary(QStringLiteral("c1"), QStringLiteral("Ada"));
    c.handoff.reset();
    OutboxItem item;
    item.clientId = QStringLiteral("d_1");
    item.conversationId = QStringLiteral("c1");
    item.text = QStringLiteral("On my way");
    item.createdAt = t0.addSecs(50);
    model.setConversation(c, {}, { item });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(TranscriptModel::DeliveryRole).toInt(), int(DeliveryState::Queued));

    const auto stored = makeMessage(QStringLiteral("m9"), QStringLiteral("c1"), AuthorKind::Agent,
        QStringLiteral("On my way"), t0.addSecs(51), QStringLiteral("d_1"));
    model.addMessage(stored);
    model.addMessage(stored); // the `message` event after the `ok`: no second line
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(TranscriptModel::DeliveryRole).toInt(), int(DeliveryState::Sent));
    EXPECT_EQ(model.index(0).data(TranscriptModel::MessageIdRole).toString(), QStringLiteral("m9"));

    item.clientId = QStringLiteral("d_2");
    item.createdAt = t0.addSecs(60);
    item.state = DeliveryState::Failed;
    item.error = QStringLiteral("The chat is closed.");
    model.updateOutboxItem(item);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(
        model.index(1).data(TranscriptModel::DeliveryErrorRole).toString(), QStringLiteral("The chat is closed."));

    model.addMessage(
        makeMessage(QStringLiteral("mX"), QStringLiteral("other"), AuthorKind::Visitor, QStringLiteral("x"), t0));
    EXPECT_EQ(model.rowCount(), 2); // another conversation's line is not shown here
}

TEST(FieldsModel, ListsEveryBotFieldAndThePage)
{
    FieldsModel model;
    model.setConversation(makeSummary(QStringLiteral("c1"), QStringLiteral("Ada")));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("visitor.name"));
    EXPECT_EQ(model.index(1, 1).data().toString(), QStringLiteral("A1001"));
    EXPECT_EQ(model.valueAt(2), QStringLiteral("https://shop.example/orders"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CannedResponseModel, FiltersByCategoryAndSearchAndFindsShortcuts)
{
    CannedResponseModel model;
    CannedResponse greet { QStringLiteral("1"), QStringLiteral("hi"), QStringLiteral("Greeting"),
        QStringLiteral("General"), QStringLiteral("Hi {visitor.name}!"), false };
    CannedResponse refund { QStringLiteral("2"), QStringLiteral("refund"), QStringLiteral("Refund policy"),
        QStringLiteral("Billing"), QStringLiteral("Refunds take 5 days."), false };
    CannedResponse mine { QStringLiteral("p1"), QStringLiteral("hi"), QStringLiteral("My greeting"),
        QStringLiteral("General"), QStringLiteral("Hello, {agent.name} here."), true };
    model.setShared({ greet, refund });
    EXPECT_EQ(model.rowCount(), 2);
    model.setPersonal({ mine });
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.categories(), (QStringList { QStringLiteral("Billing"), QStringLiteral("General") }));

    model.setFilter(QStringLiteral("Billing"), QString());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.at(0).shortcut, QStringLiteral("refund"));
    model.setFilter(QString(), QStringLiteral("5 days"));
    ASSERT_EQ(model.rowCount(), 1);
    model.setFilter(QString(), QString());

    EXPECT_EQ(model.byShortcut(QStringLiteral("/hi"))->title, QStringLiteral("My greeting")); // personal wins
    EXPECT_EQ(model.byShortcut(QStringLiteral("REFUND"))->id, QStringLiteral("2"));
    EXPECT_FALSE(model.byShortcut(QStringLiteral("nope")).has_value());
    const auto completions = model.completions(QStringLiteral("/re"));
    ASSERT_EQ(completions.size(), 1);
    EXPECT_EQ(completions.first().shortcut, QStringLiteral("refund"));
    EXPECT_EQ(model.completions(QStringLiteral("/")).size(), 2); // one "hi", one "refund"
}

TEST(TranscriptModel, AnExternalBotsNoteToTheAgentIsShownOnce)
{
    // A Copilot Studio handoff: the note is the handoff's agentMessage, quoted in its reason, and the router
    // stores it as an internal line. The transcript says it once: as that line.
    const QString note = QStringLiteral("Order A1001 was not delivered; the customer wants a person.");
    auto c = makeSummary(QStringLiteral("c1"), QStringLiteral("Ada"));
    c.handoff->trigger = EscalationTrigger::External;
    c.handoff->source = QStringLiteral("copilot-studio");
    c.handoff->agentMessage = note;
    c.handoff->reason = QStringLiteral("The Copilot Studio bot handed over: \"%1\".").arg(note);
    ChatMessage internalNote = makeMessage(QStringLiteral("m2"), QStringLiteral("c1"), AuthorKind::System, note,
                                           c.escalatedAt.addSecs(1));
    internalNote.internal = true;
    TranscriptModel model;
    model.setConversation(c,
        { makeMessage(QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor, QStringLiteral("Hello"), t0),
            internalNote },
        {});
    int shown = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        shown += model.index(row).data(TranscriptModel::TextRole).toString().count(note);
    EXPECT_EQ(shown, 1);
}

TEST(TranscriptModel, LinesNotFromTodayShowTheirDate)
{
    const QDate today(2026, 11, 25);
    const QDateTime now(today, QTime(15, 30));
    const QDateTime lastWeek(today.addDays(-7), QTime(9, 5));
    EXPECT_EQ(TranscriptModel::timeText(now, today), QLocale().toString(QTime(15, 30), QLocale::ShortFormat));
    const QString older = TranscriptModel::timeText(lastWeek, today);
    EXPECT_EQ(older, QLocale().toString(lastWeek, QLocale::ShortFormat));
    EXPECT_TRUE(older.contains(QLocale().toString(QTime(9, 5), QLocale::ShortFormat)));
    EXPECT_NE(older, QLocale().toString(QTime(9, 5), QLocale::ShortFormat)) << "the date is part of it";
    // Localised: the same line in German and in US English.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = TranscriptModel::timeText(lastWeek, today);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = TranscriptModel::timeText(lastWeek, today);
    QLocale::setDefault(QLocale::system());
    EXPECT_TRUE(german.startsWith(QStringLiteral("18.11.26"))) << qPrintable(german);
    EXPECT_TRUE(english.startsWith(QStringLiteral("11/18/26"))) << qPrintable(english);
    EXPECT_EQ(TranscriptModel::timeText(QDateTime(), today), QString());
}
