// Files received in chats, fetched from the router (GET /api/v1/attachments/ID) with this desk's sign-in
// token, asynchronously, written to the attachment cache as they arrive and never read past the size limit;
// a file already cached is served from there, with or without the router. Each file's state ("Downloading…",
// "Not available (404)", …) is kept for the lines that show it; what failed for want of the router is
// fetched again once the desk is signed in again.
#pragma once

#include "client/AttachmentCache.h"

#include <QHash>
#include <QObject>
#include <functional>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace handoff {

class DeskConnection;

class AttachmentDownloads : public QObject
{
    Q_OBJECT
public:
    enum class State {
        None,        // not asked for
        Waiting,     // not cached; waits for the router
        Downloading,
        Ready,       // in the cache
        NotFound,    // 404: unknown, not this desk's to read, or no longer kept
        Blocked,     // the router's scanner refused it
        TooLarge,    // over the limit: not downloaded
        Failed,      // anything else; tried again after the next sign-in
    };
    Q_ENUM(State)

    explicit AttachmentDownloads(DeskConnection *connection, QObject *parent = nullptr);
    ~AttachmentDownloads() override;

    static constexpr qint64 kDefaultMaxBytes = 10LL * 1024 * 1024; // the router's attachments.maxMegabytes by default

    AttachmentCache *cache() { return &m_cache; }
    // The most this desk reads of one file (the router's own limit by default).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Makes sure the file is (being) cached; ready() tells when it is. Links and lines without an id are ignored.
    void fetch(const Attachment &a);
    State state(const QString &attachmentId) const { return m_files.value(attachmentId).state; }
    // What a line with this file says about it: "Downloading…", "Not available (404)"; empty when there
    // is nothing to say (ready, or never asked for).
    QString stateText(const QString &attachmentId) const;
    static QString stateText(State state, const QString &detail = {});
    // The cached file, or empty.
    QString cachedPath(const Attachment &a) const { return m_cache.find(a); }
    // Fetches again what failed or waited for the router (called after each sign-in).
    void retry();
    // Calls `then` with the cached file's path once it is there (at once when it is), or with an empty
    // path and the reason when it will not be.
    void whenCached(const Attachment &a, QObject *context, std::function<void(const QString &path, const QString &why)> then);

    // A name to save a file under: no directories, no control characters, no leading dots, bounded;
    // "file" when nothing is left.
    static QString safeFileName(const QString &name);
    // Only pictures and PDFs are opened (with the system's viewer); everything else can only be saved.
    static bool mayOpen(const Attachment &a);
    // safeFileName() ending in the extension of the file's verified type ("invoice.pdf.exe" -> "invoice.pdf.exe.pdf").
    static QString openName(const Attachment &a);

signals:
    void stateChanged(const QString &attachmentId);
    void ready(const QString &attachmentId, const QString &path);

private:
    struct File {
        Attachment attachment;
        State state = State::None;
        QString detail; // the router's message for a refusal
    };
    void start(const QString &id);
    void finish(QNetworkReply *reply, QFile *file, const QString &id);
    void setState(const QString &id, State state, const QString &detail = {});

    DeskConnection *m_connection;
    QNetworkAccessManager *m_network = nullptr; // made on the first download
    AttachmentCache m_cache;
    qint64 m_maxBytes = kDefaultMaxBytes;
    QHash<QString, File> m_files;
    QHash<QString, QNetworkReply *> m_replies;
};

} // namespace handoff
