#include "server/HandoffApi.h"

#include "bot/ExternalHandoff.h"
#include "server/ConversationHub.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>

namespace handoff::server {

namespace {

const QString kOwnPath = QStringLiteral("/api/v1/handoff");
const QString kCopilotPath = QStringLiteral("/api/v1/copilot/handoff");

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::HandoffApi)
};

} // namespace

HandoffApi::HandoffApi(store::Store &store, ConversationHub &hub)
    : m_store(store)
    , m_hub(hub)
{
}

bool HandoffApi::handles(const QString &path) const
{
    return path == kOwnPath || path == kCopilotPath;
}

HttpResponse HandoffApi::handle(const HttpRequest &request)
{
    if (request.method != "POST") {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("invalid"), Text::tr("Use POST."));
        r.addHeader("Allow", "POST");
        return r;
    }
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7) {
        HttpResponse r = HttpResponse::error(
            401, QStringLiteral("unauthenticated"), Text::tr("Send the API token as \"Authorization: Bearer TOKEN\"."));
        r.addHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    const auto tokenName = m_store.apiTokenName(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!tokenName) {
        HttpResponse r
            = HttpResponse::error(401, QStringLiteral("unauthenticated"), Text::tr("The API token is not known."));
        r.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return r;
    }
    const QByteArray contentType = request.header("content-type").toLower();
    if (!contentType.startsWith("application/json"))
        return HttpResponse::error(
            415, QStringLiteral("invalid"), Text::tr("The body must be JSON (Content-Type: application/json)."));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return HttpResponse::error(400, QStringLiteral("invalid"),
            perr.error != QJsonParseError::NoError
                ? Text::tr("The body is not valid JSON: %1 at offset %2.").arg(perr.errorString()).arg(perr.offset)
                : Text::tr("The body must be a JSON object."));
    const auto mapped = request.path == kCopilotPath ? bot::mapCopilotHandoff(doc.object())
                                                     : bot::parseHandoffRequest(doc.object());
    if (const auto *bad = std::get_if<bot::MappingError>(&mapped))
        return HttpResponse::error(400, QStringLiteral("invalid"), bad->message);
    const bot::ExternalHandoff &handoff = std::get<bot::ExternalHandoff>(mapped);
    QString error;
    const auto result = m_hub.createExternalHandoff(handoff, *tokenName, &error);
    if (!result)
        return HttpResponse::error(
            503, QStringLiteral("unavailable"), Text::tr("The handoff could not be stored: %1").arg(error));
    QJsonObject body{{QStringLiteral("conversationId"), result->conversationId},
                     {QStringLiteral("state"), toString(result->state)},
                     {QStringLiteral("queueId"), result->queueId},
                     {QStringLiteral("position"), result->position},
                     {QStringLiteral("estimatedWaitSeconds"), result->estimatedWaitSeconds}};
    if (!handoff.externalConversationId.isEmpty())
        body.insert(QStringLiteral("externalConversationId"), handoff.externalConversationId);
    switch (result->availability) {
    case routing::Availability::Open: body.insert(QStringLiteral("availability"), QStringLiteral("open")); break;
    case routing::Availability::Closed: body.insert(QStringLiteral("availability"), QStringLiteral("closed")); break;
    case routing::Availability::NoAgents: body.insert(QStringLiteral("availability"), QStringLiteral("no_agents")); break;
    }
    if (!result->notice.isEmpty())
        body.insert(QStringLiteral("notice"), result->notice);
    HttpResponse r = HttpResponse::json(201, body);
    r.addHeader("Location", "/api/v1/conversations/" + result->conversationId.toUtf8());
    return r;
}

} // namespace handoff::server
