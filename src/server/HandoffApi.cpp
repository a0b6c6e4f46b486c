#include "server/HandoffApi.h"

#include "bot/ExternalHandoff.h"
#include "server/ConversationHub.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>
#include <QUrl>

namespace handoff::server {

namespace {

const QString kOwnPath = QStringLiteral("/api/v1/handoff");
const QString kCopilotPath = QStringLiteral("/api/v1/copilot/handoff");
const QString kConversationsPrefix = QStringLiteral("/api/v1/conversations/");

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
    return path == kOwnPath || path == kCopilotPath || path.startsWith(kConversationsPrefix);
}

std::optional<QString> HandoffApi::authorise(const HttpRequest &request, HttpResponse *refusal) const
{
    // credentials = auth-scheme 1*SP token68 (RFC 9110 §11.4); the scheme is case-insensitive (§11.1).
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray token = space >= 0 ? authorization.mid(space + 1).trimmed() : QByteArray();
    if (space < 0 || QByteArrayView(authorization).first(space).compare("Bearer", Qt::CaseInsensitive) != 0
        || token.isEmpty()) {
        *refusal = HttpResponse::error(
            401, QStringLiteral("unauthenticated"), Text::tr("Send the API token as \"Authorization: Bearer TOKEN\"."));
        refusal->addHeader("WWW-Authenticate", "Bearer");
        return std::nullopt;
    }
    const auto tokenName = m_store.apiTokenName(QString::fromLatin1(token));
    if (!tokenName) {
        *refusal = HttpResponse::error(401, QStringLiteral("unauthenticated"), Text::tr("The API token is not known."));
        refusal->addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return std::nullopt;
    }
    return tokenName;
}

HttpResponse HandoffApi::conversationStatus(const QString &conversationId, const QString &tokenName)
{
    const auto status = conversationId.isEmpty() || conversationId.size() > protocol::kMaxIdChars
            || conversationId.contains(QLatin1Char('/'))
        ? std::nullopt
        : m_hub.externalStatus(conversationId);
    // Only the token that handed the conversation over may read it; to every other caller it does not
    // exist, so ids cannot be probed across bots (nor web chats read at all).
    if (!status || status->record.apiTokenName.isEmpty() || status->record.apiTokenName != tokenName)
        return HttpResponse::error(404, QStringLiteral("not_found"),
            Text::tr("There is no conversation %1 handed over with this API token.").arg(conversationId));
    const store::ConversationRecord &r = status->record;
    QJsonObject body{{QStringLiteral("conversationId"), r.id},
                     {QStringLiteral("state"), toString(r.state)},
                     {QStringLiteral("queueId"), r.queueId},
                     {QStringLiteral("createdAt"), toIsoUtc(r.createdAt)}};
    if (!r.externalId.isEmpty())
        body.insert(QStringLiteral("externalConversationId"), r.externalId);
    if (r.state == ConversationState::Waiting || r.state == ConversationState::Offered) {
        body.insert(QStringLiteral("position"), status->position);
        body.insert(QStringLiteral("estimatedWaitSeconds"), status->estimatedWaitSeconds);
        switch (status->availability) {
        case routing::Availability::Open: body.insert(QStringLiteral("availability"), QStringLiteral("open")); break;
        case routing::Availability::Closed: body.insert(QStringLiteral("availability"), QStringLiteral("closed")); break;
        case routing::Availability::NoAgents:
            body.insert(QStringLiteral("availability"), QStringLiteral("no_agents"));
            break;
        }
    }
    if (!r.agentName.isEmpty() && (r.state == ConversationState::Assigned || r.state == ConversationState::Closed))
        body.insert(QStringLiteral("agentName"), r.agentName);
    if (r.assignedAt.isValid())
        body.insert(QStringLiteral("assignedAt"), toIsoUtc(r.assignedAt));
    if (r.state == ConversationState::Closed && r.closedAt.isValid())
        body.insert(QStringLiteral("closedAt"), toIsoUtc(r.closedAt));
    HttpResponse response = HttpResponse::json(200, body);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse HandoffApi::handle(const HttpRequest &request)
{
    const bool statusRequest = request.path.startsWith(kConversationsPrefix);
    if (statusRequest && request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("invalid"), Text::tr("Use GET."));
        r.addHeader("Allow", "GET, HEAD");
        return r;
    }
    if (!statusRequest && request.method != "POST") {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("invalid"), Text::tr("Use POST."));
        r.addHeader("Allow", "POST");
        return r;
    }
    HttpResponse refusal;
    const auto tokenName = authorise(request, &refusal);
    if (!tokenName)
        return refusal;
    if (statusRequest)
        return conversationStatus(request.path.mid(kConversationsPrefix.size()), *tokenName);
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
    bot::ExternalHandoff handoff = std::get<bot::ExternalHandoff>(mapped);
    // handoff.status events go back where the bot says: the body's "callbackUrl" or, for either shape,
    // the Handoff-Callback header.
    if (handoff.callbackUrl.isEmpty())
        handoff.callbackUrl = QString::fromUtf8(request.header("handoff-callback")).trimmed();
    if (!handoff.callbackUrl.isEmpty()) {
        const QUrl url(handoff.callbackUrl, QUrl::StrictMode);
        if (handoff.callbackUrl.size() > 2048 || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || !url.userInfo().isEmpty())
            return HttpResponse::error(400, QStringLiteral("invalid"),
                Text::tr("The callback must be an http or https address of at most 2048 characters, without a "
                         "user name or password."));
    }
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
