// What one stranger on the public internet may cost the router: deadlines for connections that say
// nothing, caps per address, how long a chat nobody wrote in is kept, and which sites may open visitor
// chats and call the handoff API from a browser. Set in the configuration file's "limits" and
// "allowedOrigins" (docs/security.md).
#pragma once

#include <QStringList>

namespace handoff::server {

// Files sent in chats: how big, how many, how fast, and the virus scanner each upload passes through.
// Set in the configuration file's "attachments" (docs/router.md); bounds explained in docs/security.md.
struct AttachmentLimits {
    qint64 maxBytes = 10 * 1024 * 1024;                 // one file
    int maxPerConversation = 50;                        // files uploaded into one conversation
    qint64 maxBytesPerConversation = 100 * 1024 * 1024; // their bytes together
    int uploadsPerMinute = 10;                          // uploads into one conversation per minute
    int maxConcurrentPerConversation = 2;               // uploads into one conversation at the same time
    int maxConcurrentUploads = 32;                      // uploads into the whole router at the same time
    int uploadSeconds = 120;                            // a whole upload body must arrive within this
    qint64 minFreeDiskBytes = 512LL * 1024 * 1024;      // uploads are refused while the disk has less free
    // clamd: "/path/to/clamd.sock" (a Unix socket) or "host:port"; empty = no scanning.
    QString scanner;
    bool scannerFailOpen = false; // clamd down or failing: accept unscanned (true) or refuse (false)
    int scannerTimeoutSeconds = 30;
    QString directory; // where the files live: "directory" in the file, else DATA_DIR/attachments
};

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
    AttachmentLimits attachments;
};

} // namespace handoff::server
