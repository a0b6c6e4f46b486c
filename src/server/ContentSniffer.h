// What a file is, judged from its bytes as they arrive, never from its name or the type its sender
// claims: the signatures of the image and document formats the router accepts, and for plain text that
// every byte is valid UTF-8 without control characters. Fed a piece at a time, so an upload is checked
// while it streams to disk.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace handoff::server {

class ContentSniffer
{
public:
    void feed(QByteArrayView chunk);
    // After the last piece: "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf" or
    // "text/plain"; empty when the bytes are none of these (or nothing was fed).
    QString contentType() const;
    // The type a file name's extension stands for among the accepted ones ("photo.PNG" -> "image/png"), or
    // empty. The name never makes a type; a name that promises another type than the content is refused.
    static QString typeOfName(const QString &fileName);
    // A reader's word for a type, for error messages: "a PNG image", "plain text", …
    static QString describe(const QString &contentType);
    // The accepted types, for error messages and the documentation.
    static QString acceptedTypesText();
    // Types the router may serve as themselves (images, verified; shown inline as thumbnails). Any other
    // file is served as application/octet-stream.
    static bool servableAsItself(const QString &contentType);

private:
    bool endsInsideSequence() const;

    QByteArray m_head; // the first bytes, for the signatures
    QStringDecoder m_utf8{QStringDecoder::Utf8}; // keeps a sequence split between two pieces
    QByteArray m_tail; // the last bytes, for a sequence cut off by the end
    qint64 m_total = 0;
    bool m_textPossible = true;
};

} // namespace handoff::server
