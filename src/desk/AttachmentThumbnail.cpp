#include "desk/AttachmentThumbnail.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace handoff {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::AttachmentThumbnail)
};

} // namespace

QImage AttachmentThumbnail::decode(QIODevice *device, QString *why)
{
    QImageReader reader(device);
    reader.setAllocationLimit(kAllocationLimitMegabytes);
    reader.setAutoTransform(true);
    // The header alone: nothing is decoded yet.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        *why = Text::tr("The picture cannot be read: %1").arg(reader.errorString());
        return {};
    }
    if (qint64(size.width()) * size.height() > kMaxPixels) {
        *why = Text::tr("The picture is %1 × %2 pixels; pictures over 40 megapixels are not shown.")
                   .arg(size.width())
                   .arg(size.height());
        return {};
    }
    reader.setScaledSize(size.scaled(box(), Qt::KeepAspectRatio).boundedTo(size));
    QImage image = reader.read();
    if (image.isNull())
        *why = Text::tr("The picture cannot be read: %1").arg(reader.errorString());
    return image;
}

QImage AttachmentThumbnail::decode(const QByteArray &bytes, QString *why)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return decode(&buffer, why);
}

} // namespace handoff
