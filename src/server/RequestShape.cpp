#include "server/RequestShape.h"

#include "protocol/DomainTypes.h"
#include "server/HubSupport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace handoff::server {

namespace {

using protocol::ErrorCode;

enum class Kind {
    Id,     // a non-empty string of at most protocol::kMaxIdChars characters
    Text,   // non-empty text of at most protocol::kMaxMessageChars characters
    String, // any string (its length is checked where it is used)
    Bool,
    Integer,
};

struct FieldRule {
    const char *name;
    Kind kind;
    bool required;
};

using Shape = QList<FieldRule>;

const QHash<QString, Shape> &deskShapes()
{
    static const QHash<QString, Shape> shapes {
        { QStringLiteral("presence.set"), { { "presence", Kind::String, true } } },
        { QStringLiteral("offer.accept"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("offer.decline"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("message.send"),
            { { "conversationId", Kind::Id, true }, { "clientId", Kind::Id, true }, { "text", Kind::Text, true },
                { "internal", Kind::Bool, false } } },
        { QStringLiteral("typing"), { { "conversationId", Kind::Id, true }, { "typing", Kind::Bool, false } } },
        { QStringLiteral("conversation.history"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("conversation.transfer"),
            { { "conversationId", Kind::Id, true }, { "queueId", Kind::String, false },
                { "agentId", Kind::String, false }, { "note", Kind::String, false } } },
        { QStringLiteral("conversation.close"),
            { { "conversationId", Kind::Id, true }, { "disposition", Kind::String, false },
                { "note", Kind::String, false } } },
        { QStringLiteral("agents.watch"), { { "watch", Kind::Bool, true } } },
        { QStringLiteral("offline.list"), { { "includeHandled", Kind::Bool, false } } },
        { QStringLiteral("offline.handle"), { { "id", Kind::String, true } } },
        { QStringLiteral("conversation.reassign"),
            { { "conversationId", Kind::Id, true }, { "agentId", Kind::String, false },
                { "queueId", Kind::String, false }, { "note", Kind::String, false } } },
        { QStringLiteral("conversation.monitor"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("conversation.unmonitor"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("conversation.forceClose"),
            { { "conversationId", Kind::Id, true }, { "reason", Kind::String, false } } },
        { QStringLiteral("agent.presence.set"), { { "agentId", Kind::Id, true }, { "presence", Kind::String, true } } },
        { QStringLiteral("report.escalations"), { { "from", Kind::String, true }, { "to", Kind::String, true } } },
        { QStringLiteral("audit.list"), { { "limit", Kind::Integer, false } } },
        { QStringLiteral("conversation.join"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("conversation.leave"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("consult.invite"), { { "conversationId", Kind::Id, true }, { "agentId", Kind::Id, true } } },
        { QStringLiteral("consult.accept"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("consult.decline"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("consult.end"), { { "conversationId", Kind::Id, true } } },
        { QStringLiteral("consult.say"),
            { { "conversationId", Kind::Id, true }, { "clientId", Kind::Id, true }, { "text", Kind::Text, true } } },
        { QStringLiteral("consult.handover"), { { "conversationId", Kind::Id, true }, { "note", Kind::String, false } } },
    };
    return shapes;
}

const QHash<QString, Shape> &visitorShapes()
{
    static const QHash<QString, Shape> shapes {
        { QStringLiteral("message.send"), { { "clientId", Kind::Id, true }, { "text", Kind::Text, true } } },
        { QStringLiteral("typing"), { { "typing", Kind::Bool, false } } },
        { QStringLiteral("leave_message"),
            { { "text", Kind::Text, true }, { "name", Kind::String, false }, { "email", Kind::String, false } } },
        { QStringLiteral("transcript.mail"), { { "address", Kind::String, true } } },
    };
    return shapes;
}

ShapeError invalid(const QString &language, const char *source, const char *name)
{
    return { ErrorCode::Invalid, hub::forVisitor(language, source).arg(QLatin1String(name)) };
}

std::optional<ShapeError> fieldError(const QJsonObject &data, const FieldRule &rule, const QString &language)
{
    const QJsonValue v = data.value(QLatin1String(rule.name));
    if (v.isUndefined() && !rule.required)
        return std::nullopt;
    switch (rule.kind) {
    case Kind::Id: return idFieldError(data, rule.name, language);
    case Kind::Text: return textFieldError(data, rule.name, language);
    case Kind::String:
        if (!v.isString())
            return invalid(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Field \"%1\" must be a string."),
                           rule.name);
        break;
    case Kind::Bool:
        if (!v.isBool())
            return invalid(language,
                           QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Field \"%1\" must be true or false."),
                           rule.name);
        break;
    case Kind::Integer:
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
            return invalid(language,
                           QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Field \"%1\" must be a whole number."),
                           rule.name);
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<ShapeError> idFieldError(const QJsonObject &data, const char *name, const QString &language)
{
    const QJsonValue v = data.value(QLatin1String(name));
    if (v.isString() && !v.toString().isEmpty() && v.toString().size() <= protocol::kMaxIdChars)
        return std::nullopt;
    // A visitor reads it in their language; a desk (no visitor language) in the router's.
    return ShapeError { ErrorCode::Invalid,
        hub::forVisitor(language,
                        QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                          "Field \"%1\" must be a non-empty string of at most %2 characters."))
            .arg(QLatin1String(name))
            .arg(protocol::kMaxIdChars) };
}

std::optional<ShapeError> textFieldError(const QJsonObject &data, const char *name, const QString &language)
{
    const QJsonValue v = data.value(QLatin1String(name));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return invalid(language,
                       QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Field \"%1\" must be non-empty text."), name);
    const qsizetype characters = hub::characterCount(v.toString());
    if (characters > protocol::kMaxMessageChars)
        return ShapeError { ErrorCode::TooLarge,
            hub::forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                        "The text has %1 characters; at most %2 are allowed."))
                .arg(characters)
                .arg(protocol::kMaxMessageChars) };
    return std::nullopt;
}

std::optional<ShapeError> requestShapeError(RequestEndpoint endpoint, const protocol::Envelope &e,
                                            const QString &language)
{
    const auto &shapes = endpoint == RequestEndpoint::Desk ? deskShapes() : visitorShapes();
    const auto shape = shapes.find(e.type);
    if (shape == shapes.end())
        return std::nullopt;
    // A line that carries a file may come without words: its text is then any string, or none.
    const bool withFile = e.type == QLatin1String("message.send") && e.data.contains(QLatin1String("attachmentId"));
    for (FieldRule rule : *shape) {
        if (withFile && qstrcmp(rule.name, "text") == 0)
            rule = { "text", Kind::String, false };
        if (auto error = fieldError(e.data, rule, language))
            return error;
    }
    if (withFile)
        return fieldError(e.data, { "attachmentId", Kind::Id, true }, language);
    return std::nullopt;
}

} // namespace handoff::server
