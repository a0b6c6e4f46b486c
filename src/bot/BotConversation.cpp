// BotConversation: one visitor's turn-by-turn conversation with the built-in bot — topic matching,
// slot filling, actions, and the decision to hand over to a person (docs/bot.md).
#include "bot/BotEngine.h"
#include "bot/EscalationDetector.h"
#include "bot/PhraseMatcher.h"
#include "bot/TopicSetData.h"
#include "bot/VisitorLanguage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace handoff::bot {

namespace {

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::bot::BotConversation)
};

constexpr int kStateVersion = 1;
constexpr int kQuoteLength = 80;

QString titleCase(const QString &s)
{
    QString out = s.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('\'');
    }
    return out;
}

QString quoted(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > kQuoteLength)
        t = t.left(kQuoteLength - 1) + QChar(0x2026);
    return t;
}

struct TopicMatch {
    const TopicSpec *topic = nullptr;
    double score = 0.0;
};

} // namespace

struct BotConversation::Impl {
    TopicSet topics;
    const TopicSet::Data *data = nullptr;
    BotSettings settings;
    const OrderDirectory *orders = nullptr;
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };

    QList<BotField> fields;
    QStringList declined; // optional slots the visitor chose not to give
    QStringList answered; // topics that gave their answer, for their "again" line
    QString activeTopic; // the topic waiting for awaitingSlot
    QString awaitingSlot;
    QString lastTopic;
    int misses = 0;
    int previousFrustration = 0;
    QString page;
    QString language;
    bool started = false;
    bool handedOff = false;
    std::optional<HandoffContext> handoff;

    QString field(const QString &name) const
    {
        for (const BotField &f : fields)
            if (f.name == name)
                return f.value;
        return {};
    }
    bool hasField(const QString &name) const
    {
        for (const BotField &f : fields)
            if (f.name == name)
                return true;
        return false;
    }
    void setField(const QString &name, const QString &value)
    {
        for (BotField &f : fields) {
            if (f.name == name) {
                f.value = value;
                return;
            }
        }
        fields.append(BotField { name, value });
    }
    void removeField(const QString &name)
    {
        fields.removeIf([&](const BotField &f) { return f.name == name; });
    }

    // The topic file in the visitor's language (its "translations"), the file itself when it has none.
    void useLanguage(const QString &tag)
    {
        language = tag;
        data = topics.data()->forLanguage(tag);
    }
    // A text of the bot's own (not of the topic file) in the visitor's language (VisitorLanguage).
    QString visitorText(const char *source) const
    {
        return VisitorLanguage::translate(VisitorLanguage::choose(language), "handoff::bot::BotConversation", source);
    }

    QString botName() const { return settings.botName.isEmpty() ? data->botName : settings.botName; }

    // "{order.number}" and "{visitor.name|fallback}" from the fields collected so far.
    QString fill(const QString &text) const
    {
        static const QRegularExpression re(QStringLiteral("\\{([^}|]*)(?:\\|([^}]*))?\\}"));
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            const QString name = m.captured(1).trimmed();
            const QString value = name == QLatin1String("bot.name") ? botName() : field(name);
            out += value.isEmpty() ? m.captured(2) : value;
            last = m.capturedEnd();
        }
        out += text.mid(last);
        return out;
    }
    void say(BotTurn &turn, const QStringList &lines) const
    {
        for (const QString &l : lines)
            turn.replies.append(fill(l));
    }

    QString normalised(const SlotSpec &slot, QString value) const
    {
        value = value.trimmed();
        while (!value.isEmpty() && QStringLiteral(".,;:!?").contains(value.back()))
            value.chop(1);
        value = value.simplified();
        if (slot.transform == QLatin1String("upper"))
            value = value.toUpper();
        else if (slot.transform == QLatin1String("lower"))
            value = value.toLower();
        else if (slot.transform == QLatin1String("title"))
            value = titleCase(value);
        return value;
    }
    bool valid(const SlotSpec &slot, const QString &value) const
    {
        if (value.isEmpty() || !slot.pattern.match(value).hasMatch())
            return false;
        for (const QString &token : PhraseMatcher::tokens(value))
            if (slot.rejectWords.contains(token))
                return false;
        return true;
    }
    // The slot's value inside a longer message ("where is my order A1002"), if there is one.
    std::optional<QString> extract(const SlotSpec &slot, const QString &text) const
    {
        for (const QRegularExpression &re : slot.extract) { // the file's own, then the visitor's language's
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const QString raw = m.lastCapturedIndex() >= 1 ? m.captured(1) : m.captured(0);
                const QString value = normalised(slot, raw);
                if (valid(slot, value))
                    return value;
            }
        }
        return std::nullopt;
    }

    TopicMatch bestTopic(const QString &text) const
    {
        QStringList tokens = PhraseMatcher::contentTokens(text);
        if (tokens.isEmpty())
            tokens = PhraseMatcher::tokens(text);
        TopicMatch best;
        int bestMatched = 0;
        for (const TopicSpec &t : data->topics) {
            for (const QStringList &phrase : t.triggers) {
                int matched = 0;
                const double s = PhraseMatcher::score(phrase, tokens, &matched);
                if (s > best.score + 1e-9 || (std::abs(s - best.score) < 1e-9 && matched > bestMatched)) {
                    best = { &t, s };
                    bestMatched = matched;
                }
            }
        }
        if (best.score < data->matchThreshold)
            return {};
        return best;
    }

    bool declines(const QString &text) const
    {
        const QString t = PhraseMatcher::tokens(text).join(QLatin1Char(' '));
        for (const QString &p : data->declinePhrases)
            if (PhraseMatcher::tokens(p).join(QLatin1Char(' ')) == t)
                return true;
        return false;
    }

    QString handoffLine(const TopicSpec *topic) const
    {
        if (topic && !topic->handoffLine.isEmpty())
            return fill(topic->handoffLine);
        if (!settings.handoffLine.isEmpty())
            return settings.handoffLine;
        if (!data->handoffLine.isEmpty())
            return fill(data->handoffLine);
        return visitorText(QT_TRANSLATE_NOOP("handoff::bot::BotConversation", "Let me connect you with someone who can help."));
    }

    void handOver(BotTurn &turn, EscalationTrigger trigger, const QString &reason, const TopicSpec *topic = nullptr)
    {
        turn.replies.append(handoffLine(topic));
        HandoffContext ctx;
        ctx.trigger = trigger;
        ctx.reason = reason;
        ctx.lastTopic = lastTopic;
        ctx.fields = fields;
        ctx.language = language;
        ctx.page = page;
        ctx.source = QStringLiteral("bot");
        ctx.at = now().toUTC();
        turn.handoff = true;
        turn.context = ctx;
        handoff = ctx;
        handedOff = true;
        activeTopic.clear();
        awaitingSlot.clear();
    }

    void runTopic(BotTurn &turn, const TopicSpec &topic, const QString &text)
    {
        lastTopic = topic.id;
        turn.topic = topic.id;
        activeTopic.clear();
        awaitingSlot.clear();
        for (const QString &name : topic.slotNames) {
            if (const std::optional<QString> v = extract(*data->slot(name), text))
                setField(name, *v);
        }
        if (topic.handoff) {
            say(turn, topic.answer);
            handOver(turn, EscalationTrigger::Topic, topic.handoffReason, &topic);
            return;
        }
        if (!topic.again.isEmpty() && answered.contains(topic.id) && !missingSlot(topic)) {
            say(turn, topic.again);
            return;
        }
        say(turn, topic.intro);
        continueTopic(turn, topic);
    }

    const SlotSpec *missingSlot(const TopicSpec &topic) const
    {
        for (const QString &name : topic.slotNames)
            if (!hasField(name) && !declined.contains(name))
                return data->slot(name);
        return nullptr;
    }

    // Asks for the next missing slot, or runs the action and answers once all are there.
    void continueTopic(BotTurn &turn, const TopicSpec &topic)
    {
        turn.topic = topic.id;
        for (const QString &name : topic.slotNames) {
            if (hasField(name) || declined.contains(name))
                continue;
            activeTopic = topic.id;
            awaitingSlot = name;
            say(turn, { data->slot(name)->prompt });
            return;
        }
        activeTopic.clear();
        awaitingSlot.clear();
        if (topic.action == QLatin1String("lookupOrder")) {
            const std::optional<OrderDirectory::Order> order
                = orders ? orders->lookup(field(QStringLiteral("order.number")), language) : std::nullopt;
            if (!order) {
                removeField(QStringLiteral("order.status"));
                removeField(QStringLiteral("order.total"));
                say(turn, topic.failureAnswer);
                // Wait for a corrected number; anything else simply starts another topic.
                activeTopic = topic.id;
                awaitingSlot = QStringLiteral("order.number");
                return;
            }
            setField(QStringLiteral("order.status"), order->status);
            if (!order->total.isEmpty())
                setField(QStringLiteral("order.total"), order->total);
            else
                removeField(QStringLiteral("order.total"));
        }
        say(turn, topic.answer);
        if (!answered.contains(topic.id))
            answered.append(topic.id);
    }

    void notUnderstood(BotTurn &turn, const QStringList &lines)
    {
        ++misses;
        if (misses >= std::max(1, settings.maxUnrecognisedTurns)) {
            const QString reason = misses == 1
                ? Text::tr("The bot did not understand the visitor's message.")
                : Text::tr("The bot did not understand %1 messages in a row.").arg(misses);
            handOver(turn, EscalationTrigger::Unrecognised, reason);
            return;
        }
        say(turn, lines);
    }

    BotTurn reply(const QString &text)
    {
        BotTurn turn;
        if (handedOff || text.trimmed().isEmpty())
            return turn;

        // Values worth keeping whatever the visitor is talking about (an order number, an email).
        QStringList capturedNow;
        for (const SlotSpec &s : data->slotSpecs) {
            if (!s.captureAnywhere)
                continue;
            if (const std::optional<QString> v = extract(s, text)) {
                setField(s.name, *v);
                capturedNow.append(s.name);
            }
        }

        if (EscalationDetector::asksForPerson(text, language)) {
            handOver(turn, EscalationTrigger::Explicit, Text::tr("The visitor asked for a person."));
            return turn;
        }
        const int frustration = EscalationDetector::frustrationScore(text, language);
        const int previous = previousFrustration;
        previousFrustration = frustration;
        if (frustration >= EscalationDetector::kFrustrationThreshold
            || (frustration > 0 && frustration + previous >= EscalationDetector::kTwoMessageThreshold)) {
            handOver(turn, EscalationTrigger::Frustration,
                Text::tr("The visitor seemed frustrated (\"%1\").").arg(quoted(text)));
            return turn;
        }

        const TopicMatch match = bestTopic(text);
        const TopicSpec *active = activeTopic.isEmpty() ? nullptr : data->topic(activeTopic);
        const SlotSpec *awaited = active ? data->slot(awaitingSlot) : nullptr;
        if (active && awaited) {
            const std::optional<QString> inline_ = extract(*awaited, text);
            if (inline_) {
                setField(awaited->name, *inline_);
                misses = 0;
                lastTopic = active->id;
                continueTopic(turn, *active);
                return turn;
            }
            if (match.topic && match.topic != active) {
                misses = 0;
                runTopic(turn, *match.topic, text);
                return turn;
            }
            if (awaited->optional && declines(text)) {
                declined.append(awaited->name);
                misses = 0;
                continueTopic(turn, *active);
                return turn;
            }
            if (match.topic == active) {
                // "hi" while being asked for a name: ask again, it was not a wrong answer.
                say(turn, { awaited->prompt });
                turn.topic = active->id;
                return turn;
            }
            const QString whole = normalised(*awaited, text);
            if (valid(*awaited, whole)) {
                setField(awaited->name, whole);
                misses = 0;
                continueTopic(turn, *active);
                return turn;
            }
            if (awaited->optional) {
                // Not worth insisting on: drop the question and treat the message like any other.
                activeTopic.clear();
                awaitingSlot.clear();
            } else {
                QStringList lines;
                if (!awaited->invalid.isEmpty())
                    lines.append(awaited->invalid);
                lines.append(awaited->prompt);
                notUnderstood(turn, lines);
                return turn;
            }
        }

        if (match.topic) {
            misses = 0;
            runTopic(turn, *match.topic, text);
            return turn;
        }
        // A bare order number: the topic that asks for it answers.
        for (const QString &name : std::as_const(capturedNow)) {
            for (const TopicSpec &t : data->topics) {
                if (!t.handoff && t.slotNames.contains(name)) {
                    misses = 0;
                    runTopic(turn, t, text);
                    return turn;
                }
            }
        }
        notUnderstood(turn,
            data->fallback.isEmpty()
                ? QStringList { visitorText(
                      QT_TRANSLATE_NOOP("handoff::bot::BotConversation", "Sorry, I didn't understand that.")) }
                : data->fallback);
        return turn;
    }
};

BotConversation::BotConversation(const TopicSet &topics, const BotSettings &settings, const OrderDirectory *orders)
    : d(std::make_unique<Impl>())
{
    d->topics = topics;
    d->data = d->topics.data().get();
    d->settings = settings;
    d->orders = orders;
}

BotConversation::~BotConversation() = default;

void BotConversation::setClock(std::function<QDateTime()> now)
{
    d->now = std::move(now);
}

bool BotConversation::handedOff() const
{
    return d->handedOff;
}

BotTurn BotConversation::start(const QString &page, const QString &language)
{
    d->page = page;
    d->useLanguage(language);
    d->started = true;
    BotTurn turn;
    if (d->handedOff)
        return turn;
    if (const TopicSpec *t = d->data->topic(d->data->startTopic))
        d->runTopic(turn, *t, QString());
    return turn;
}

BotTurn BotConversation::reply(const QString &visitorText)
{
    return d->reply(visitorText);
}

BotTurn BotConversation::requestHuman()
{
    BotTurn turn;
    if (d->handedOff)
        return turn;
    d->handOver(turn, EscalationTrigger::Explicit, Text::tr("The visitor asked for a person."));
    return turn;
}

QList<BotField> BotConversation::fields() const
{
    return d->fields;
}

QString BotConversation::lastTopic() const
{
    return d->lastTopic;
}

QJsonObject BotConversation::saveState() const
{
    QJsonArray fields;
    for (const BotField &f : d->fields)
        fields.append(QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("value"), f.value } });
    QJsonObject o {
        { QStringLiteral("version"), kStateVersion },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("declined"), QJsonArray::fromStringList(d->declined) },
        { QStringLiteral("answered"), QJsonArray::fromStringList(d->answered) },
        { QStringLiteral("activeTopic"), d->activeTopic },
        { QStringLiteral("awaitingSlot"), d->awaitingSlot },
        { QStringLiteral("lastTopic"), d->lastTopic },
        { QStringLiteral("misses"), d->misses },
        { QStringLiteral("previousFrustration"), d->previousFrustration },
        { QStringLiteral("page"), d->page },
        { QStringLiteral("language"), d->language },
        { QStringLiteral("started"), d->started },
        { QStringLiteral("handedOff"), d->handedOff },
    };
    if (d->handoff)
        o.insert(QStringLiteral("handoff"), d->handoff->toJson());
    return o;
}

bool BotConversation::restoreState(const QJsonObject &state)
{
    if (state.value(QStringLiteral("version")).toInt() != kStateVersion)
        return false;
    const QJsonValue fieldsValue = state.value(QStringLiteral("fields"));
    if (!fieldsValue.isArray())
        return false;
    QList<BotField> fields;
    for (const QJsonValue &v : fieldsValue.toArray()) {
        const QJsonObject f = v.toObject();
        if (!f.value(QStringLiteral("name")).isString() || !f.value(QStringLiteral("value")).isString())
            return false;
        fields.append(
            BotField { f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("value")).toString() });
    }
    std::optional<HandoffContext> handoff;
    if (state.contains(QStringLiteral("handoff"))) {
        handoff = HandoffContext::fromJson(state.value(QStringLiteral("handoff")).toObject());
        if (!handoff)
            return false;
    }
    QStringList declined;
    for (const QJsonValue &v : state.value(QStringLiteral("declined")).toArray())
        declined.append(v.toString());
    QStringList answered;
    for (const QJsonValue &v : state.value(QStringLiteral("answered")).toArray())
        answered.append(v.toString());

    d->useLanguage(state.value(QStringLiteral("language")).toString());
    d->fields = fields;
    d->declined = declined;
    d->answered = answered;
    d->activeTopic = state.value(QStringLiteral("activeTopic")).toString();
    d->awaitingSlot = state.value(QStringLiteral("awaitingSlot")).toString();
    // A topic file changed between save and restore: forget the question rather than ask a missing one.
    const TopicSpec *active = d->data->topic(d->activeTopic);
    if (!active || !d->data->slot(d->awaitingSlot)) {
        d->activeTopic.clear();
        d->awaitingSlot.clear();
    }
    d->lastTopic = state.value(QStringLiteral("lastTopic")).toString();
    d->misses = state.value(QStringLiteral("misses")).toInt();
    d->previousFrustration = state.value(QStringLiteral("previousFrustration")).toInt();
    d->page = state.value(QStringLiteral("page")).toString();
    d->started = state.value(QStringLiteral("started")).toBool();
    d->handedOff = state.value(QStringLiteral("handedOff")).toBool();
    d->handoff = handoff;
    return true;
}

} // namespace handoff::bot
