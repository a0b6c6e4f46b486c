// The HTTP handoff API for external bots: POST /api/v1/handoff (our JSON), POST
// /api/v1/copilot/handoff (Copilot Studio's handoff.initiate activity) and GET
// /api/v1/conversations/ID (what became of a handoff), authorised by an API token.
// See docs/handoff-api.md.
#pragma once

#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"

#include <optional>

namespace handoff::store {
class Store;
}

namespace handoff::server {

class ConversationHub;

class HandoffApi
{
public:
    HandoffApi(store::Store &store, ConversationHub &hub);
    bool handles(const QString &path) const;
    HttpResponse handle(const HttpRequest &request);

private:
    // The name of the request's API token, or nullopt with the 401 answer in *refusal.
    std::optional<QString> authorise(const HttpRequest &request, HttpResponse *refusal) const;
    HttpResponse conversationStatus(const QString &conversationId, const QString &tokenName);

    store::Store &m_store;
    ConversationHub &m_hub;
};

} // namespace handoff::server
