// A picture sent in a chat, made small enough for the transcript without trusting what its header
// says: the size is read first, and a picture that would take more than kMaxPixels (a "decompression bomb",
// e.g. a few KB of PNG that claims 20000 × 20000) or whose size cannot be read is refused before a
// single pixel is decoded; Qt's own allocation limit stands behind that; the picture is scaled while it
// is decoded, so the full-size image is never in memory.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;

namespace handoff {

class AttachmentThumbnail
{
public:
    static constexpr qint64 kMaxPixels = 40LL * 1000 * 1000;  // 40 megapixels, about 160 MB decoded
    static constexpr int kAllocationLimitMegabytes = 64;      // QImageReader's own cap for the scaled image
    static QSize box() { return QSize(220, 160); }             // a thumbnail fits in this

    // The thumbnail, or a null image with *why saying what was wrong ("The picture is 20000 × 20000
    // pixels; pictures over 40 megapixels are not shown.").
    static QImage decode(QIODevice *device, QString *why);
    static QImage decode(const QByteArray &bytes, QString *why);
};

} // namespace handoff
