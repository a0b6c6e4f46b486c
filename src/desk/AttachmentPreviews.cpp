#include "desk/AttachmentPreviews.h"

#include "client/AttachmentDownloads.h"
#include "client/TranscriptModel.h"
#include "desk/AttachmentThumbnail.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QThreadPool>

namespace handoff {

AttachmentPreviews::AttachmentPreviews(TranscriptModel *model, AttachmentDownloads *downloads, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_downloads(downloads)
{
    connect(model, &QAbstractItemModel::modelReset, this, [this] { scan(0, m_model->rowCount() - 1); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { scan(first, last); });
    // A line of mine becomes the stored one (its attachment known only then).
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to,
                                                                  const QList<int> &roles) {
        if (roles.isEmpty() || roles.contains(TranscriptModel::MessageIdRole))
            scan(from.row(), to.row());
    });
    connect(downloads, &AttachmentDownloads::stateChanged, this, &AttachmentPreviews::showState);
    connect(downloads, &AttachmentDownloads::ready, this, &AttachmentPreviews::onReady);
    scan(0, model->rowCount() - 1);
}

void AttachmentPreviews::scan(int first, int last)
{
    for (int row = first; row <= last && row < m_model->rowCount(); ++row) {
        const auto &a = m_model->line(row).message.attachment;
        if (a && !a->id.isEmpty())
            want(*a);
    }
}

void AttachmentPreviews::want(const Attachment &a)
{
    m_pictures.insert(a.id, a.isImage());
    showState(a.id);
    m_downloads->fetch(a);
}

void AttachmentPreviews::showState(const QString &attachmentId)
{
    if (!m_pictures.contains(attachmentId) || m_decoded.contains(attachmentId))
        return;
    m_model->setAttachmentState(attachmentId, m_downloads->stateText(attachmentId));
}

void AttachmentPreviews::onReady(const QString &attachmentId, const QString &path)
{
    if (!m_pictures.contains(attachmentId))
        return;
    if (!m_pictures.value(attachmentId)) {
        m_model->setAttachmentState(attachmentId, {});
        return;
    }
    if (m_decoded.contains(attachmentId) || m_decoding.contains(attachmentId))
        return;
    m_decoding.insert(attachmentId);
    m_model->setAttachmentState(attachmentId, tr("Preparing the picture…"));
    // Decoded from the file on a pool thread; the answer comes back to this thread (if it is still there).
    QPointer<AttachmentPreviews> self(this);
    QThreadPool::globalInstance()->start([self, attachmentId, path] {
        QString why;
        QFile file(path);
        QImage image;
        if (file.open(QIODevice::ReadOnly))
            image = AttachmentThumbnail::decode(&file, &why);
        else
            why = file.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, attachmentId, image, why] {
                if (!self)
                    return;
                self->m_decoding.remove(attachmentId);
                self->m_decoded.insert(attachmentId);
                if (image.isNull()) {
                    self->m_model->setAttachmentState(attachmentId, tr("Not shown: %1").arg(why));
                } else {
                    self->m_model->setThumbnail(attachmentId, image);
                    self->m_model->setAttachmentState(attachmentId, {});
                }
                emit self->thumbnailDone(attachmentId, !image.isNull());
            },
            Qt::QueuedConnection);
    });
}

} // namespace handoff
