// The HTTP handoff API for external bots: POST /api/v1/handoff (our JSON) and POST
// /api/v1/copilot/handoff (Copilot Studio's handoff.initiate activity), authorised by an API token.
// See docs/handoff-api.md.
#pragma once

#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"

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
    store::Store &m_store;
    ConversationHub &m_hub;
};

} // namespace handoff::server
