// The built-in bot: topics from a JSON topic file, slot filling, explicit and implicit escalation, and
// the HandoffContext it produces. Pure logic: no sockets, no SQL. See docs/bot.md.
//
// This header is the contract src/server codes against. It may grow; existing members keep their meaning.
#pragma once

#include "protocol/DomainTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace handoff::bot {

// The demo order table (or a real one behind the same interface).
class OrderDirectory
{
public:
    virtual ~OrderDirectory() = default;
    // Status sentence for an order number, nullopt when unknown.
    virtual std::optional<QString> statusOf(const QString &orderNumber) const = 0;

    struct Order {
        QString status; // the status sentence, as statusOf() gives it
        QString total; // e.g. "59.90 EUR"; empty when the directory does not know it
    };
    // The order with what the bot stores in "order.status" and "order.total". By default only the status.
    virtual std::optional<Order> lookup(const QString &orderNumber) const
    {
        const std::optional<QString> status = statusOf(orderNumber);
        if (!status)
            return std::nullopt;
        return Order { *status, QString() };
    }
    // The same with the status in the visitor's language (a tag such as "de-AT"), for a directory that has its
    // sentences in several; by default lookup(orderNumber).
    virtual std::optional<Order> lookup(const QString &orderNumber, const QString &language) const
    {
        Q_UNUSED(language);
        return lookup(orderNumber);
    }
};

struct BotSettings {
    int maxUnrecognisedTurns = 2; // implicit escalation after this many misses in a row
    QString handoffLine; // said before the transfer; empty = the topic file's default
    QString botName; // e.g. "Handoff Assistant"
};

// The topic file, parsed and validated. Shared, read-only, by all conversations.
class TopicSet
{
public:
    TopicSet();
    ~TopicSet();
    TopicSet(const TopicSet &);
    TopicSet &operator=(const TopicSet &);
    static std::optional<TopicSet> fromJson(const QByteArray &json, QString *error);
    static TopicSet builtIn(); // resources/bot/topics.json compiled in
    // A topic file on disk (the router's config may name one instead of the built-in file). The error
    // names the file only when it cannot be read; validation errors name the place inside it.
    static std::optional<TopicSet> fromFile(const QString &path, QString *error);
    QStringList topicIds() const;

    struct Data;
    std::shared_ptr<const Data> data() const { return d; }

private:
    std::shared_ptr<const Data> d;
};

// What the bot does after one visitor turn.
struct BotTurn {
    QStringList replies; // bot lines to show, in order (may be empty)
    QString topic; // topic that answered, empty when not understood
    bool handoff = false; // hand the conversation to a human now
    std::optional<HandoffContext> context; // set when handoff is true
};

// One visitor's conversation with the bot. Its state can be saved and restored (router restarts).
class BotConversation
{
public:
    BotConversation(const TopicSet &topics, const BotSettings &settings, const OrderDirectory *orders);
    ~BotConversation();

    BotTurn start(const QString &page, const QString &language); // the greeting
    BotTurn reply(const QString &visitorText);
    // The visitor pressed "Talk to a person": explicit escalation without a phrase.
    BotTurn requestHuman();

    QList<BotField> fields() const; // collected so far, in order
    QString lastTopic() const;

    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state);

    // Where "now" comes from (the HandoffContext's time); the system clock by default, fixed in tests.
    void setClock(std::function<QDateTime()> now);
    bool handedOff() const; // after a handoff the bot stays silent

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace handoff::bot
