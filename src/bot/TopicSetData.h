// The parsed topic file (TopicSet::Data): what TopicSet::fromJson validated and BotConversation reads.
// Private to the bot library.
#pragma once

#include "bot/BotEngine.h"

#include <QList>
#include <memory>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace handoff::bot {

struct SlotSpec {
    QString name; // e.g. "order.number"
    QString prompt; // asked when the value is missing
    QString invalid; // said when a reply does not fit; the prompt follows
    QRegularExpression pattern; // the whole value must match (anchored when parsed)
    QList<QRegularExpression> extract; // find the value inside a longer message; group 1 when present
    QString transform; // "", "upper", "lower", "title"
    bool optional = false; // the visitor may decline ("skip", "rather not")
    bool captureAnywhere = false; // taken from any message, whatever the topic
    QStringList rejectWords; // a reply holding one of these words is not a value ("what", "hours")
};

struct TopicSpec {
    QString id;
    QString title;
    QStringList triggerTexts;
    QList<QStringList> triggers; // content tokens of each trigger phrase
    QStringList intro; // said when the topic starts, before any question
    QStringList again; // said instead when the topic already answered in this conversation
    QStringList slotNames; // slot names, asked in this order
    QString action; // "" or "lookupOrder"
    QStringList answer; // said when every slot is filled (and the action succeeded)
    QStringList failureAnswer; // said when the action failed
    bool handoff = false; // this topic always goes to a person
    QString handoffReason;
    QString handoffLine; // overrides the file's handoffLine for this topic
};

struct TopicSet::Data {
    // The file's translations ("translations" at the top and in topics, docs/bot.md): for each language code
    // ("de", "pt_BR") a whole copy of the file with that language's texts, recognising its phrases as well as
    // the file's own. Empty in the copies themselves.
    QMap<QString, std::shared_ptr<const Data>> translations;
    // The copy for a visitor's language tag ("de-AT" -> "de"), this one when the file has none for it.
    const Data *forLanguage(const QString &tag) const;

    QString botName;
    QString handoffLine;
    QStringList fallback; // said when a message is not understood
    QString startTopic; // the topic start() runs
    double matchThreshold = 0.6;
    QStringList declinePhrases;
    QMap<QString, SlotSpec> slotSpecs;
    QList<TopicSpec> topics;

    const TopicSpec *topic(const QString &id) const
    {
        for (const TopicSpec &t : topics)
            if (t.id == id)
                return &t;
        return nullptr;
    }
    const SlotSpec *slot(const QString &name) const
    {
        auto it = slotSpecs.constFind(name);
        return it == slotSpecs.constEnd() ? nullptr : &it.value();
    }
};

} // namespace handoff::bot
