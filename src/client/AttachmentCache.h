// Files received in chats, kept on disk next to the desk's SQLite cache so a desk without the router still
// shows them: one file per attachment, named by its attachment id (the router's lines name no hash of the
// bytes). The total is bounded; the files used least recently (their modification time, renewed on each
// use) go first.
#pragma once

#include "protocol/DomainTypes.h"

#include <QList>

#include <QString>

namespace handoff {

class AttachmentCache
{
public:
    static constexpr qint64 kDefaultLimitBytes = 200LL * 1024 * 1024;

    // Also removes what downloads cut short by a crash left there.
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    void setLimitBytes(qint64 bytes) { m_limitBytes = bytes; }
    qint64 limitBytes() const { return m_limitBytes; }

    // The file's name in the cache, from its id; empty for a link or an id that is no safe file name.
    static QString keyFor(const Attachment &a);
    // The cached file's path (its use renewed), or empty when it is not cached.
    QString find(const Attachment &a) const;
    // Moves a downloaded file (in directory()) into place under the attachment's key, then evicts the
    // least recently used files over the limit (never the one just added). Returns its path, or empty.
    QString adopt(const QString &downloadedPath, const Attachment &a);
    // A fresh file name in the cache directory for a download in progress.
    QString temporaryPath() const;
    // Removes the cached files of these attachments (their chats were purged).
    void remove(const QList<Attachment> &attachments);
    qint64 totalBytes() const;

private:
    void evict(const QString &keep);

    QString m_directory;
    qint64 m_limitBytes = kDefaultLimitBytes;
};

} // namespace handoff
