// The list of messages visitors left: parsing the router's object, oldest first, live updates by id,
// handled ones dropping out (or staying with "show handled"), and the unhandled count the tab shows.
#include "client/OfflineMessageModel.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace handoff;

namespace {

const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-25T21:40:00Z"), Qt::ISODate);

OfflineMessage makeLeft(const QString &id, const QString &name, const QString &text, const QDateTime &at)
{
    OfflineMessage m;
    m.id = id;
    m.name = name;
    m.email = name.toLower() + QStringLiteral("@example.com");
    m.text = text;
    m.queueId = QStringLiteral("billing");
    m.queueName = QStringLiteral("Billing");
    m.at = at;
    return m;
}

OfflineMessage handledBy(OfflineMessage m, const QString &user, const QString &name)
{
    m.handledBy = user;
    m.handledByName = name;
    m.handledAt = m.at.addSecs(600);
    return m;
}

QStringList ids(const OfflineMessageModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.idAt(row);
    return out;
}

} // namespace

TEST(OfflineMessage, ReadsTheRoutersObjectWithFieldsAndHandledState)
{
    const QJsonObject o { { QStringLiteral("id"), QStringLiteral("17") },
        { QStringLiteral("name"), QStringLiteral("Dana") },
        { QStringLiteral("email"), QStringLiteral("dana@example.com") },
        { QStringLiteral("text"), QStringLiteral("\n  Please call me back about invoice 88.\nThanks") },
        { QStringLiteral("queueId"), QStringLiteral("billing") },
        { QStringLiteral("queueName"), QStringLiteral("Billing") },
        { QStringLiteral("conversationId"), QStringLiteral("c-1") },
        { QStringLiteral("at"), QStringLiteral("2026-11-25T21:40:00.000Z") },
        { QStringLiteral("topic"), QStringLiteral("billing_dispute") },
        { QStringLiteral("page"), QStringLiteral("https://shop.example.com/invoices") },
        { QStringLiteral("fields"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("order.number") },
                             { QStringLiteral("label"), QStringLiteral("Order number") },
                             { QStringLiteral("value"), QStringLiteral("A1001") } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("email") },
                    { QStringLiteral("value"), QStringLiteral("d@example.com") } } } },
        { QStringLiteral("handledBy"), QString() }, { QStringLiteral("handledByName"), QString() },
        { QStringLiteral("handledAt"), QString() } };
    const auto m = OfflineMessage::fromJson(o);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->id, QStringLiteral("17"));
    EXPECT_EQ(m->firstLine(), QStringLiteral("Please call me back about invoice 88."));
    EXPECT_EQ(m->at, t0);
    EXPECT_EQ(m->queueText(), QStringLiteral("Billing"));
    ASSERT_EQ(m->fields.size(), 2);
    EXPECT_EQ(m->fields.at(0).label, QStringLiteral("Order number"));
    EXPECT_EQ(m->fields.at(0).value, QStringLiteral("A1001"));
    EXPECT_EQ(m->fields.at(1).label, QStringLiteral("email")) << "without a label the field's name is shown";
    EXPECT_FALSE(m->isHandled());

    QJsonObject handled = o;
    handled.insert(QStringLiteral("handledBy"), QStringLiteral("bob"));
    handled.insert(QStringLiteral("handledByName"), QStringLiteral("Bob"));
    handled.insert(QStringLiteral("handledAt"), QStringLiteral("2026-11-25T21:50:00.000Z"));
    EXPECT_TRUE(OfflineMessage::fromJson(handled)->isHandled());
    EXPECT_EQ(OfflineMessage::fromJson(handled)->handledByText(), QStringLiteral("Bob"));

    EXPECT_FALSE(OfflineMessage::fromJson(QJsonObject { { QStringLiteral("text"), QStringLiteral("no id") } }))
        << "a message without an id cannot be marked handled, so it is not listed";
}

TEST(OfflineMessageModel, ListsOldestFirstAndUpdatesInPlaceById)
{
    OfflineMessageModel model;
    QSignalSpy counts(&model, &OfflineMessageModel::unhandledCountChanged);
    model.setMessages({ makeLeft(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Second"), t0.addSecs(60)),
        makeLeft(QStringLiteral("1"), QStringLiteral("Ada"), QStringLiteral("First\nmore"), t0) });
    EXPECT_EQ(ids(model), (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
    EXPECT_EQ(model.unhandledCount(), 2);
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts.last().at(0).toInt(), 2);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Ada — First"));
    EXPECT_EQ(model.index(0).data(OfflineMessageModel::QueueNameRole).toString(), QStringLiteral("Billing"));
    EXPECT_EQ(model.index(0).data(OfflineMessageModel::AtRole).toDateTime(), t0);

    // A new message arriving live goes in time order; the same id again updates, never duplicates.
    model.upsert(makeLeft(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Third"), t0.addSecs(30)));
    EXPECT_EQ(ids(model), (QStringList { QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2") }));
    EXPECT_EQ(model.unhandledCount(), 3);
    model.upsert(makeLeft(QStringLiteral("3"), QStringLiteral("Cy"), QStringLiteral("Third, edited"), t0.addSecs(30)));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(1).data(OfflineMessageModel::TextRole).toString(), QStringLiteral("Third, edited"));
    EXPECT_EQ(model.unhandledCount(), 3);

    // A later list from the router drops what it no longer lists.
    model.setMessages(
        { makeLeft(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Second"), t0.addSecs(60)) });
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("2") });
    EXPECT_EQ(model.unhandledCount(), 1);
    EXPECT_EQ(counts.last().at(0).toInt(), 1);
}

TEST(OfflineMessageModel, HandledMessagesLeaveTheListUnlessShowHandledIsOn)
{
    OfflineMessageModel model;
    const OfflineMessage ada = makeLeft(QStringLiteral("1"), QStringLiteral("Ada"), QStringLiteral("Hi"), t0);
    const OfflineMessage ben
        = makeLeft(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Yo"), t0.addSecs(5));
    model.setMessages({ ada, ben });

    model.upsert(handledBy(ada, QStringLiteral("bob"), QStringLiteral("Bob")));
    EXPECT_EQ(ids(model), QStringList { QStringLiteral("2") }) << "handled elsewhere: gone from the open list";
    EXPECT_EQ(model.unhandledCount(), 1);
    ASSERT_TRUE(model.message(QStringLiteral("1")).has_value()) << "still known, for Show handled";

    model.setShowHandled(true);
    EXPECT_EQ(ids(model), (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
    EXPECT_TRUE(model.index(0).data(OfflineMessageModel::HandledRole).toBool());
    EXPECT_EQ(model.index(0).data(OfflineMessageModel::HandledByNameRole).toString(), QStringLiteral("Bob"));
    EXPECT_EQ(model.unhandledCount(), 1) << "the count is of open messages only";

    // Handled while shown: stays as a row, updated.
    model.upsert(handledBy(ben, QStringLiteral("alice"), QStringLiteral("Alice")));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.index(1).data(OfflineMessageModel::HandledRole).toBool());
    EXPECT_EQ(model.unhandledCount(), 0);

    model.setShowHandled(false);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.remove(QStringLiteral("1")));
    EXPECT_FALSE(model.remove(QStringLiteral("1")));
}
