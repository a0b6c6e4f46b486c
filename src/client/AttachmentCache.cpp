#include "client/AttachmentCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace handoff {

namespace {

const QString kPartialSuffix = QStringLiteral(".part");

} // namespace

void AttachmentCache::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    for (const QFileInfo &f : QDir(m_directory).entryInfoList({QStringLiteral("*") + kPartialSuffix}, QDir::Files))
        QFile::remove(f.filePath());
}

QString AttachmentCache::keyFor(const Attachment &a)
{
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    return safeId.match(a.id).hasMatch() ? QStringLiteral("id-") + a.id : QString();
}

QString AttachmentCache::find(const Attachment &a) const
{
    const QString key = keyFor(a);
    if (key.isEmpty() || m_directory.isEmpty())
        return {};
    const QString path = QDir(m_directory).filePath(key);
    QFile file(path);
    if (!file.exists())
        return {};
    // Renewed use: the eviction's order.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return path;
}

QString AttachmentCache::temporaryPath() const
{
    QDir().mkpath(m_directory);
    return QDir(m_directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + kPartialSuffix);
}

QString AttachmentCache::adopt(const QString &downloadedPath, const Attachment &a)
{
    const QString key = keyFor(a);
    if (key.isEmpty() || m_directory.isEmpty()) {
        QFile::remove(downloadedPath);
        return {};
    }
    const QString path = QDir(m_directory).filePath(key);
    QFile::remove(path); // rename() does not replace
    if (!QFile::rename(downloadedPath, path)) {
        QFile::remove(downloadedPath);
        return {};
    }
    evict(key);
    return path;
}

void AttachmentCache::remove(const QList<Attachment> &attachments)
{
    for (const Attachment &a : attachments) {
        const QString key = keyFor(a);
        if (!key.isEmpty() && !m_directory.isEmpty())
            QFile::remove(QDir(m_directory).filePath(key));
    }
}

qint64 AttachmentCache::totalBytes() const
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(m_directory).entryInfoList(QDir::Files))
        total += f.size();
    return total;
}

void AttachmentCache::evict(const QString &keep)
{
    QFileInfoList files = QDir(m_directory).entryInfoList(QDir::Files);
    qint64 total = 0;
    for (const QFileInfo &f : std::as_const(files))
        total += f.size();
    if (total <= m_limitBytes)
        return;
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &x, const QFileInfo &y) { return x.lastModified() < y.lastModified(); });
    for (const QFileInfo &f : std::as_const(files)) {
        if (total <= m_limitBytes)
            break;
        // A download still arriving is not the cache's to take.
        if (f.fileName() == keep || f.fileName().endsWith(kPartialSuffix))
            continue;
        if (QFile::remove(f.filePath()))
            total -= f.size();
    }
}

} // namespace handoff
