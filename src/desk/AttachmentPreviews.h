// Brings a transcript's files onto the screen: every line with a file that is shown (the open chat, an
// earlier chat, a monitored one) asks the downloads for it; a picture, once cached, is made a thumbnail by
// AttachmentThumbnail on a pool thread (a 40-megapixel photo never holds up the window) and handed to the
// model; what is not there yet, or will not be, becomes the line's state ("Downloading…", "Not shown: …").
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

namespace handoff {

class AttachmentDownloads;
class TranscriptModel;
struct Attachment;

class AttachmentPreviews : public QObject
{
    Q_OBJECT
public:
    AttachmentPreviews(TranscriptModel *model, AttachmentDownloads *downloads, QObject *parent = nullptr);

    // Thumbnails being decoded now (for tests and the bench: the window stays responsive meanwhile).
    int decoding() const { return int(m_decoding.size()); }

signals:
    void thumbnailDone(const QString &attachmentId, bool shown);

private:
    void scan(int first, int last);
    void want(const Attachment &a);
    void showState(const QString &attachmentId);
    void onReady(const QString &attachmentId, const QString &path);

    TranscriptModel *m_model;
    AttachmentDownloads *m_downloads;
    QHash<QString, bool> m_pictures; // attachment ids in this model -> is a picture
    QSet<QString> m_decoding;
    QSet<QString> m_decoded;         // thumbnails made (or refused) already
};

} // namespace handoff
