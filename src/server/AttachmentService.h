// Files sent in chats, over HTTP with the conversation's own credential (the visitor's resume token, a
// desk's sign-in token): POST /api/v1/attachments?conversationId=ID&name=NAME streams the body to a
// temporary file in the data directory while hashing it (SHA-256) and judging its type from its bytes;
// the optional virus scanner (clamd) reads it; then it is renamed, off the event loop, to a path named by
// its hash (DATA_DIR/attachments/ab/abcdef…) and recorded in the store. GET /api/v1/attachments/ID serves
// it to the conversation's visitor, its agent and supervisors. Every bound is in AttachmentLimits.
// See docs/protocol.md (endpoints) and docs/security.md (bounds).
#pragma once

#include "server/ConversationHub.h"
#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"
#include "server/Limits.h"
#include "store/StoreRecords.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

class QTcpSocket;

namespace handoff::server {

class AttachmentService : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kPieceBytes = 64 * 1024;         // read from the socket and written at a time
    static constexpr qint64 kSocketBufferBytes = 256 * 1024; // what the socket may hold unread meanwhile

    AttachmentService(store::Store &store, ConversationHub &hub, QObject *parent = nullptr);
    ~AttachmentService() override;

    void setLimits(const AttachmentLimits &limits) { m_limits = limits; }
    const AttachmentLimits &limits() const { return m_limits; }

    // For HttpRequestParser: an upload's body is read from the socket by upload(), not by the parser.
    static bool isUpload(const HttpRequest &head);
    bool handlesDownload(const QString &path) const;
    // Takes the socket over for one upload request whose head has been read; `send` writes an answer
    // (through the store writer's durability order) and closes the connection.
    using Send = std::function<void(const HttpResponse &)>;
    void upload(QTcpSocket *socket, const HttpRequest &head, Send send);
    // GET /api/v1/attachments/ID: the row (and a closed chat's agent) is read on the hub's reader; `send` answers.
    void download(const HttpRequest &request, Send send);

    // Where a file with this SHA-256 (hex) lives under the attachments directory.
    static QString filePath(const QString &directory, const QString &sha256);
    // Removes the files of these hashes (a conversation was deleted and no other row names them). For the
    // store writer's thread: no event loop needed.
    static void removeFiles(const QString &directory, const QStringList &sha256s);

private:
    friend class AttachmentUpload;
    struct Usage {
        int count = 0;
        qint64 bytes = 0;
        qint64 minute = 0; // minutes since the epoch
        int thisMinute = 0;
        int inFlight = 0;
    };
    std::optional<AttachmentCaller> caller(const HttpRequest &request, HttpResponse *refusal) const;
    Usage &usage(const QString &conversationId);
    // Admits one more upload of `length` bytes into the conversation, or says why not.
    std::optional<HttpResponse> admit(const QString &conversationId, qint64 length, AuthorKind kind);
    void uploadEnded(const QString &conversationId, qint64 storedBytes); // storedBytes 0 when refused
    void record(const store::AttachmentRecord &record, std::function<void(bool ok)> done);

    store::Store &m_store;
    ConversationHub &m_hub;
    AttachmentLimits m_limits;
    QHash<QString, Usage> m_usage; // per conversation, while the router runs (counts read from the store once)
    int m_inFlight = 0;
    // Downloads whose token is looked up in the store (signed in or served through another router), at once.
    static constexpr int kMaxTokenLookups = 32;
    int m_tokenLookups = 0;
};

} // namespace handoff::server
