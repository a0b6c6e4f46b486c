// Turning an external bot's handoff into an ExternalHandoff: our own JSON shape and Copilot Studio's
// `handoff.initiate` event activity (docs/handoff-api.md). Every rejection names the field at fault.
#include "bot/ExternalHandoff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace handoff::bot {

namespace {

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::bot::ExternalHandoff)
};

constexpr int kMaxTranscript = 2000; // messages
constexpr int kMaxText = 4000; // characters per message, as in docs/protocol.md
constexpr int kMaxFields = 200;
constexpr int kMaxFieldName = 100;
constexpr int kMaxFieldValue = 4000;
constexpr int kMaxShortText = 2000; // reason, topic, names, ids
constexpr int kMaxCallbackUrl = 2048;

MappingError error(const QString &message)
{
    return MappingError { message };
}

// An optional string member: absent or null is fine, anything but a string is an error.
std::optional<MappingError> optionalString(
    const QJsonObject &o, const QString &key, const QString &path, QString *out, int maxLength = kMaxShortText)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        return error(Text::tr("\"%1\" must be a string.").arg(path));
    if (v.toString().size() > maxLength)
        return error(Text::tr("\"%1\" is longer than %2 characters.").arg(path).arg(maxLength));
    *out = v.toString().trimmed();
    return std::nullopt;
}

// Files a transcript line carries, as links: {"name", "url" (or Bot Framework's "contentUrl"),
// "contentType"}. Only http(s) addresses are kept, and the router never fetches them; items without one
// (cards, inline content) are skipped. Bounded: at most kMaxLinks per line, names and addresses cut short.
QList<Attachment> linkAttachments(const QJsonValue &value)
{
    constexpr int kMaxLinks = 10;
    constexpr int kMaxUrl = 2048;
    QList<Attachment> links;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString url = o.value(QStringLiteral("contentUrl")).toString(o.value(QStringLiteral("url")).toString());
        const QUrl parsed(url, QUrl::StrictMode);
        if (url.size() > kMaxUrl || !parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
            continue;
        Attachment a;
        a.url = url;
        a.name = o.value(QStringLiteral("name")).toString().left(200);
        if (a.name.isEmpty())
            a.name = parsed.fileName().left(200);
        a.contentType = o.value(QStringLiteral("contentType")).toString().left(100);
        if (a.contentType.isEmpty())
            a.contentType = QStringLiteral("application/octet-stream");
        links.append(a);
        if (links.size() == kMaxLinks)
            break;
    }
    return links;
}

// One line per linked file, after the line itself (or instead of it when it had no text).
void appendWithLinks(QList<ChatMessage> &transcript, ChatMessage line, const QList<Attachment> &links)
{
    if (!line.text.isEmpty())
        transcript.append(line);
    line.text.clear();
    for (const Attachment &a : links) {
        line.attachment = a;
        transcript.append(line);
    }
}

// A field value as text: strings as they are, numbers and booleans spelled out, objects as compact JSON.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // The range test first: qint64(d) for |d| >= 2^63 is undefined behaviour.
        if (std::abs(d) < 1e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

void setField(QList<BotField> *fields, const QString &name, const QString &value)
{
    for (BotField &f : *fields) {
        if (f.name == name) {
            f.value = value;
            return;
        }
    }
    fields->append(BotField { name, value });
}

std::optional<MappingError> addField(
    QList<BotField> *fields, const QString &name, const QJsonValue &value, const QString &path)
{
    if (name.trimmed().isEmpty())
        return error(Text::tr("\"%1\" has a field without a name.").arg(path));
    if (name.size() > kMaxFieldName)
        return error(Text::tr("\"%1\" has a field name longer than %2 characters.").arg(path).arg(kMaxFieldName));
    if (value.isUndefined())
        return error(Text::tr("\"%1\" has no value for the field \"%2\".").arg(path, name));
    if (value.isNull())
        return std::nullopt; // nothing known: not worth a line in the agent's panel
    const QString text = valueText(value);
    if (text.size() > kMaxFieldValue)
        return error(
            Text::tr("The field \"%1\" in \"%2\" is longer than %3 characters.").arg(name, path).arg(kMaxFieldValue));
    setField(fields, name.trimmed(), text);
    if (fields->size() > kMaxFields)
        return error(Text::tr("\"%1\" has more than %2 fields.").arg(path).arg(kMaxFields));
    return std::nullopt;
}

// "En-US", "en-us", "en_US" -> "en-US"; "zh-hant-tw" -> "zh-Hant-TW".
QString bcp47(const QString &tag)
{
    QStringList parts = tag.trimmed().split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        QString &p = parts[i];
        if (i == 0)
            p = p.toLower();
        else if (p.size() == 2 || (p.size() == 3 && p[0].isDigit()))
            p = p.toUpper();
        else if (p.size() == 4)
            p = p.left(1).toUpper() + p.mid(1).toLower();
        else
            p = p.toLower();
    }
    return parts.join(QLatin1Char('-'));
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$"));
    return re;
}

} // namespace

std::variant<ExternalHandoff, MappingError> parseHandoffRequest(const QJsonObject &body)
{
    ExternalHandoff h;
    HandoffContext &ctx = h.context;
    ctx.source = QStringLiteral("api");
    ctx.trigger = EscalationTrigger::External;
    ctx.at = QDateTime::currentDateTimeUtc();

    if (!body.value(QStringLiteral("reason")).isString()
        || body.value(QStringLiteral("reason")).toString().trimmed().isEmpty())
        return error(Text::tr("\"reason\" is missing: say in one sentence why the conversation needs a person."));
    if (auto e = optionalString(body, QStringLiteral("reason"), QStringLiteral("reason"), &ctx.reason))
        return *e;

    const QJsonValue trigger = body.value(QStringLiteral("trigger"));
    if (!trigger.isUndefined() && !trigger.isNull()) {
        const std::optional<EscalationTrigger> t = triggerFromString(trigger.toString());
        if (!trigger.isString() || !t)
            return error(
                Text::tr("\"trigger\" must be one of \"explicit\", \"unrecognised\", \"frustration\", \"topic\" or "
                         "\"external\"."));
        ctx.trigger = *t;
    }
    if (auto e = optionalString(body, QStringLiteral("topic"), QStringLiteral("topic"), &ctx.lastTopic))
        return *e;
    if (auto e = optionalString(body, QStringLiteral("language"), QStringLiteral("language"), &ctx.language))
        return *e;
    ctx.language = bcp47(ctx.language);
    if (auto e = optionalString(body, QStringLiteral("page"), QStringLiteral("page"), &ctx.page))
        return *e;
    if (auto e = optionalString(
            body, QStringLiteral("agentMessage"), QStringLiteral("agentMessage"), &ctx.agentMessage, kMaxFieldValue))
        return *e;
    if (auto e = optionalString(body, QStringLiteral("externalConversationId"),
            QStringLiteral("externalConversationId"), &h.externalConversationId))
        return *e;
    if (auto e = optionalString(body, QStringLiteral("callbackUrl"), QStringLiteral("callbackUrl"), &h.callbackUrl,
            kMaxCallbackUrl))
        return *e;

    const QJsonValue visitor = body.value(QStringLiteral("visitor"));
    if (!visitor.isUndefined() && !visitor.isNull()) {
        if (!visitor.isObject())
            return error(Text::tr(
                "\"visitor\" must be an object such as {\"name\": \"Anna\", \"email\": \"anna@example.com\"}."));
        const QJsonObject v = visitor.toObject();
        QString email;
        if (auto e = optionalString(v, QStringLiteral("name"), QStringLiteral("visitor.name"), &h.visitorName))
            return *e;
        if (auto e = optionalString(v, QStringLiteral("email"), QStringLiteral("visitor.email"), &email))
            return *e;
        if (!email.isEmpty() && !emailPattern().match(email).hasMatch())
            return error(Text::tr("\"visitor.email\" is not an email address."));
        if (!h.visitorName.isEmpty())
            setField(&ctx.fields, QStringLiteral("visitor.name"), h.visitorName);
        if (!email.isEmpty())
            setField(&ctx.fields, QStringLiteral("visitor.email"), email);
    }

    const QJsonValue fields = body.value(QStringLiteral("fields"));
    if (fields.isObject()) {
        const QJsonObject o = fields.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (auto e = addField(&ctx.fields, it.key(), it.value(), QStringLiteral("fields")))
                return *e;
    } else if (fields.isArray()) {
        const QJsonArray a = fields.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("fields[%1]").arg(i);
            if (!a[i].isObject() || !a[i].toObject().value(QStringLiteral("name")).isString())
                return error(Text::tr("\"%1\" must be an object with a \"name\" string and a \"value\".").arg(path));
            const QJsonObject f = a[i].toObject();
            if (auto e = addField(
                    &ctx.fields, f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("value")), path))
                return *e;
        }
    } else if (!fields.isUndefined() && !fields.isNull()) {
        return error(
            Text::tr("\"fields\" must be an object of names and values, or an array of {\"name\", \"value\"}."));
    }
    if (h.visitorName.isEmpty())
        h.visitorName = ctx.field(QStringLiteral("visitor.name"));

    const QJsonValue transcript = body.value(QStringLiteral("transcript"));
    if (!transcript.isUndefined() && !transcript.isNull()) {
        if (!transcript.isArray())
            return error(Text::tr("\"transcript\" must be an array of {\"role\", \"text\", \"timestamp\"}."));
        const QJsonArray a = transcript.toArray();
        if (a.size() > kMaxTranscript)
            return error(Text::tr("\"transcript\" has more than %1 messages.").arg(kMaxTranscript));
        for (int i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("transcript[%1]").arg(i);
            if (!a[i].isObject())
                return error(Text::tr("\"%1\" must be an object.").arg(path));
            const QJsonObject m = a[i].toObject();
            const QString role = m.value(QStringLiteral("role")).toString();
            ChatMessage msg;
            if (role == QLatin1String("user") || role == QLatin1String("visitor"))
                msg.author = AuthorKind::Visitor;
            else if (role == QLatin1String("bot"))
                msg.author = AuthorKind::Bot;
            else
                return error(Text::tr("\"%1.role\" must be \"user\" or \"bot\".").arg(path));
            const QList<Attachment> links = linkAttachments(m.value(QStringLiteral("attachments")));
            if (!m.value(QStringLiteral("text")).isString() && !(links.size() > 0 && m.value(QStringLiteral("text")).isUndefined()))
                return error(Text::tr("\"%1.text\" must be a string.").arg(path));
            msg.text = m.value(QStringLiteral("text")).toString();
            if (msg.text.size() > kMaxText)
                return error(Text::tr("\"%1.text\" is longer than %2 characters.").arg(path).arg(kMaxText));
            const QJsonValue ts = m.value(QStringLiteral("timestamp"));
            if (!ts.isUndefined() && !ts.isNull()) {
                msg.at = ts.isString() ? fromIsoUtc(ts.toString()) : QDateTime();
                if (!msg.at.isValid())
                    return error(Text::tr("\"%1.timestamp\" must be an ISO 8601 time such as "
                                          "\"2026-11-25T09:30:00Z\".")
                                     .arg(path));
            }
            if (!msg.at.isValid())
                msg.at = ctx.at; // untimed lines are stamped with the handoff's time, keeping their order
            msg.authorName = msg.author == AuthorKind::Visitor ? h.visitorName : QString();
            appendWithLinks(h.transcript, msg, links);
        }
    }
    return h;
}

std::variant<ExternalHandoff, MappingError> mapCopilotHandoff(const QJsonObject &activity)
{
    // An adapter may pass on what Direct Line returned: {"activities": [...], "watermark": …}.
    if (!activity.contains(QStringLiteral("type")) && activity.value(QStringLiteral("activities")).isArray()) {
        for (const QJsonValue &v : activity.value(QStringLiteral("activities")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("type")).toString() == QLatin1String("event")
                && a.value(QStringLiteral("name")).toString() == QLatin1String("handoff.initiate"))
                return mapCopilotHandoff(a);
        }
        return error(Text::tr("\"activities\" holds no event named \"handoff.initiate\"."));
    }
    if (activity.value(QStringLiteral("type")).toString() != QLatin1String("event"))
        return error(Text::tr("\"type\" must be \"event\"."));
    if (activity.value(QStringLiteral("name")).toString() != QLatin1String("handoff.initiate"))
        return error(Text::tr("\"name\" must be \"handoff.initiate\"."));
    const QJsonValue valueValue = activity.value(QStringLiteral("value"));
    if (!valueValue.isObject())
        return error(
            Text::tr("\"value\" must be an object holding the handoff context (va_LastTopic, va_ConversationId, …)."));
    const QJsonObject value = valueValue.toObject();

    // Copilot Studio's own variables, looked up in any case ("va_lastTopic", "VA_LASTTOPIC"…).
    QMap<QString, QJsonValue> va;
    QList<std::pair<QString, QJsonValue>> userVariables;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString lower = it.key().toLower();
        if (lower.startsWith(QLatin1String("va_")))
            va.insert(lower, it.value());
        else if (lower != QLatin1String("mscallerid"))
            userVariables.append({ it.key(), it.value() });
    }
    auto vaString = [&](const char *key, QString *out) -> std::optional<MappingError> {
        const QJsonValue v = va.value(QString::fromLatin1(key).toLower());
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return error(Text::tr("\"value.%1\" must be a string.").arg(QLatin1String(key)));
        if (v.toString().size() > kMaxFieldValue)
            return error(
                Text::tr("\"value.%1\" is longer than %2 characters.").arg(QLatin1String(key)).arg(kMaxFieldValue));
        *out = v.toString().trimmed();
        return std::nullopt;
    };
    auto vaStrings = [&](const char *key, QStringList *out) -> std::optional<MappingError> {
        const QJsonValue v = va.value(QString::fromLatin1(key).toLower());
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isString()) {
            out->append(v.toString());
            return std::nullopt;
        }
        if (!v.isArray())
            return error(Text::tr("\"value.%1\" must be an array of strings.").arg(QLatin1String(key)));
        for (const QJsonValue &s : v.toArray()) {
            if (!s.isString())
                return error(Text::tr("\"value.%1\" must be an array of strings.").arg(QLatin1String(key)));
            out->append(s.toString());
        }
        return std::nullopt;
    };

    ExternalHandoff h;
    HandoffContext &ctx = h.context;
    ctx.source = QStringLiteral("copilot-studio");
    ctx.trigger = EscalationTrigger::External;
    QString botName;
    QString botId;
    QString scope;
    QString language;
    QStringList topics;
    QStringList lastPhrases;
    QStringList phrases;
    for (const auto &e : { vaString("va_LastTopic", &ctx.lastTopic), vaString("va_AgentMessage", &ctx.agentMessage),
             vaString("va_ConversationId", &h.externalConversationId), vaString("va_BotName", &botName),
             vaString("va_BotId", &botId), vaString("va_Scope", &scope), vaString("va_Language", &language),
             vaStrings("va_Topics", &topics), vaStrings("va_LastPhrases", &lastPhrases),
             vaStrings("va_LastPhrase", &lastPhrases), vaStrings("va_Phrases", &phrases) }) {
        if (e)
            return *e;
    }
    const QJsonObject conversation = activity.value(QStringLiteral("conversation")).toObject();
    if (h.externalConversationId.isEmpty())
        h.externalConversationId = conversation.value(QStringLiteral("id")).toString();
    if (h.externalConversationId.isEmpty())
        return error(Text::tr("\"value.va_ConversationId\" is missing (and the activity has no \"conversation.id\")."));

    const QJsonValue relatesTo = activity.value(QStringLiteral("relatesTo"));
    if (!relatesTo.isUndefined() && !relatesTo.isNull() && !relatesTo.isObject())
        return error(Text::tr("\"relatesTo\" must be an object (a conversation reference)."));
    h.relatesTo = relatesTo.toObject();

    if (language.isEmpty())
        language = activity.value(QStringLiteral("locale")).toString();
    ctx.language = bcp47(language);

    if (!ctx.agentMessage.isEmpty())
        ctx.reason = Text::tr("The Copilot Studio bot handed over: \"%1\".").arg(ctx.agentMessage);
    else if (!ctx.lastTopic.isEmpty())
        ctx.reason = Text::tr("The Copilot Studio bot handed over from the topic \"%1\".").arg(ctx.lastTopic);
    else
        ctx.reason = Text::tr("The Copilot Studio bot handed over the conversation.");

    // What the topic variables held, then what Copilot Studio knows about its own run.
    for (const auto &[name, v] : userVariables)
        if (auto e = addField(&ctx.fields, name, v, QStringLiteral("value")))
            return *e;
    if (!botName.isEmpty())
        setField(&ctx.fields, QStringLiteral("copilot.botName"), botName);
    if (!topics.isEmpty())
        setField(&ctx.fields, QStringLiteral("copilot.topics"), topics.join(QStringLiteral(", ")));
    if (!lastPhrases.isEmpty())
        setField(&ctx.fields, QStringLiteral("copilot.lastPhrase"), lastPhrases.last());

    const QDateTime sent = fromIsoUtc(activity.value(QStringLiteral("timestamp")).toString());
    ctx.at = sent.isValid() ? sent : QDateTime::currentDateTimeUtc();

    h.visitorName = h.relatesTo.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString();

    const QJsonValue attachmentsValue = activity.value(QStringLiteral("attachments"));
    if (!attachmentsValue.isUndefined() && !attachmentsValue.isNull() && !attachmentsValue.isArray())
        return error(Text::tr("\"attachments\" must be an array."));
    const QJsonArray attachments = attachmentsValue.toArray();
    for (int i = 0; i < attachments.size(); ++i) {
        const QJsonObject a = attachments[i].toObject();
        if (a.value(QStringLiteral("name")).toString().compare(QLatin1String("transcript"), Qt::CaseInsensitive) != 0)
            continue;
        const QString path = QStringLiteral("attachments[%1]").arg(i);
        const QString contentType = a.value(QStringLiteral("contentType")).toString();
        if (!contentType.isEmpty() && !contentType.startsWith(QLatin1String("application/json"), Qt::CaseInsensitive))
            return error(Text::tr("\"%1.contentType\" of the Transcript must be \"application/json\".").arg(path));
        QJsonValue content = a.value(QStringLiteral("content"));
        if (content.isString()) {
            // Some adapters send the transcript as a JSON string rather than an object.
            const QJsonDocument doc = QJsonDocument::fromJson(content.toString().toUtf8());
            content = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
        }
        if (!content.isObject() || !content.toObject().value(QStringLiteral("activities")).isArray())
            return error(Text::tr("\"%1.content.activities\" must be an array of activities.").arg(path));
        const QJsonArray activities = content.toObject().value(QStringLiteral("activities")).toArray();
        if (activities.size() > kMaxTranscript)
            return error(
                Text::tr("\"%1.content.activities\" has more than %2 activities.").arg(path).arg(kMaxTranscript));
        for (const QJsonValue &av : activities) {
            const QJsonObject act = av.toObject();
            if (act.value(QStringLiteral("type")).toString() != QLatin1String("message"))
                continue;
            const QJsonObject from = act.value(QStringLiteral("from")).toObject();
            const QString role = from.value(QStringLiteral("role")).toString();
            const QString text = act.value(QStringLiteral("text")).toString();
            const QList<Attachment> links = linkAttachments(act.value(QStringLiteral("attachments")));
            if (text.trimmed().isEmpty() && links.isEmpty())
                continue; // cards and typing carry no text the agent can read
            ChatMessage msg;
            if (role == QLatin1String("user"))
                msg.author = AuthorKind::Visitor;
            else if (role == QLatin1String("bot"))
                msg.author = AuthorKind::Bot;
            else
                continue;
            msg.authorName = from.value(QStringLiteral("name")).toString();
            msg.at = fromIsoUtc(act.value(QStringLiteral("timestamp")).toString());
            if (!msg.at.isValid())
                msg.at = ctx.at;
            if (msg.author == AuthorKind::Visitor && h.visitorName.isEmpty())
                h.visitorName = msg.authorName;
            // A long bot answer becomes several lines rather than losing its end; files follow as lines of their own.
            for (qsizetype at = 0; !text.trimmed().isEmpty() && at < text.size(); at += kMaxText) {
                msg.text = text.mid(at, kMaxText);
                h.transcript.append(msg);
            }
            msg.text.clear();
            appendWithLinks(h.transcript, msg, links);
        }
        break;
    }
    return h;
}

QJsonObject copilotHandoffStatus(
    const ExternalHandoff &handoff, CopilotHandoffState state, const QString &message, const QDateTime &at)
{
    QJsonObject value;
    switch (state) {
    case CopilotHandoffState::Accepted:
        value.insert(QStringLiteral("state"), QStringLiteral("accepted"));
        break;
    case CopilotHandoffState::Failed:
        value.insert(QStringLiteral("state"), QStringLiteral("failed"));
        break;
    case CopilotHandoffState::Completed:
        value.insert(QStringLiteral("state"), QStringLiteral("completed"));
        break;
    }
    if (!message.isEmpty())
        value.insert(QStringLiteral("message"), message);
    QJsonObject conversation = handoff.relatesTo.value(QStringLiteral("conversation")).toObject();
    if (conversation.isEmpty())
        conversation.insert(QStringLiteral("id"), handoff.externalConversationId);
    QJsonObject activity {
        { QStringLiteral("type"), QStringLiteral("event") },
        { QStringLiteral("name"), QStringLiteral("handoff.status") },
        { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("timestamp"), toIsoUtc(at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("conversation"), conversation },
        { QStringLiteral("value"), value },
    };
    if (!handoff.relatesTo.isEmpty())
        activity.insert(QStringLiteral("relatesTo"), handoff.relatesTo);
    return activity;
}

} // namespace handoff::bot
