// What one stranger on the public internet may cost the router: deadlines for connections that say
// nothing, caps per address, how long a chat nobody wrote in is kept, and which sites may open visitor
// chats and call the handoff API from a browser. Set in the configuration file's "limits" and
// "allowedOrigins" (docs/security.md).
#pragma once

#include <QStringList>

namespace handoff::server {

struct Limits {
    int helloTimeoutSeconds = 10;          // a WebSocket that has not said hello by then is closed
    int httpIdleSeconds = 15;              // an idle keep-alive HTTP connection is closed after this
    int maxConnectionsPerAddress = 256;    // open TCP connections from one address (an office behind NAT shares one)
    int maxNewChatsPerMinute = 30;         // new visitor chats one address may start per minute
    int anonymousChatExpirySeconds = 900;  // a bot chat the visitor never wrote in, with no page open, is deleted after this
    // Sites (scheme://host[:port]) whose pages may open visitor chats and call the handoff API from a browser,
    // besides the router's own origin. A browser always says its page's origin; other clients send none.
    QStringList allowedOrigins;
    // When set ("metricsToken" in the configuration), /metrics answers only `Authorization: Bearer <token>`.
    QString metricsToken;
};

} // namespace handoff::server
