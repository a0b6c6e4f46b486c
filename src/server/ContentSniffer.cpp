#include "server/ContentSniffer.h"

#include <QStringList>
#include <algorithm>

namespace handoff::server {

namespace {

constexpr qsizetype kHeadBytes = 16;

// The accepted types: the extensions that name them, and a reader's word for them.
struct KnownType {
    const char *contentType;
    const char *extensions; // separated by spaces
    const char *word;
};
constexpr KnownType kKnownTypes[] = {{"image/png", "png", "PNG"},         {"image/jpeg", "jpg jpeg", "JPEG"},
                                     {"image/gif", "gif", "GIF"},         {"image/webp", "webp", "WebP"},
                                     {"application/pdf", "pdf", "PDF"},   {"text/plain", "txt", "text"}};

// C0 controls other than tab, line feed, form feed and carriage return, and DEL, do not occur in text.
bool isTextByte(unsigned char c)
{
    return c >= 0x20 ? c != 0x7f : (c == '\t' || c == '\n' || c == '\f' || c == '\r');
}

} // namespace

void ContentSniffer::feed(QByteArrayView chunk)
{
    if (m_head.size() < kHeadBytes)
        m_head.append(chunk.first(std::min(chunk.size(), kHeadBytes - m_head.size())));
    m_total += chunk.size();
    if (!m_textPossible)
        return;
    for (char c : chunk) {
        if (!isTextByte(static_cast<unsigned char>(c))) {
            m_textPossible = false;
            return;
        }
    }
    // The decoder keeps a sequence split between two pieces; an invalid one sets its error for good.
    (void)m_utf8.decode(chunk);
    if (m_utf8.hasError())
        m_textPossible = false;
    m_tail.append(chunk.last(std::min<qsizetype>(chunk.size(), 4)));
    m_tail = m_tail.right(4);
}

bool ContentSniffer::endsInsideSequence() const
{
    // The last lead byte among the final four bytes, and whether all its continuation bytes follow it.
    for (qsizetype i = m_tail.size() - 1; i >= 0; --i) {
        const auto c = static_cast<unsigned char>(m_tail.at(i));
        if ((c & 0xc0) == 0x80)
            continue; // a continuation byte
        const qsizetype needed = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return m_tail.size() - i < needed;
    }
    return false; // only continuation bytes: the decoder has judged them already
}

QString ContentSniffer::contentType() const
{
    const QByteArrayView h(m_head);
    if (h.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (h.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (h.startsWith("GIF87a") || h.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (h.size() >= 12 && h.startsWith("RIFF") && h.sliced(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (h.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    // Text: valid UTF-8 to the end (a sequence cut off by the end is not), no control characters.
    if (m_total > 0 && m_textPossible && !endsInsideSequence())
        return QStringLiteral("text/plain");
    return {};
}

QString ContentSniffer::typeOfName(const QString &fileName)
{
    if (!fileName.contains(QLatin1Char('.')))
        return {};
    const QString extension = fileName.section(QLatin1Char('.'), -1).toLower();
    for (const KnownType &t : kKnownTypes)
        if (QString::fromLatin1(t.extensions).split(QLatin1Char(' ')).contains(extension))
            return QLatin1String(t.contentType);
    return {};
}

QString ContentSniffer::describe(const QString &contentType)
{
    for (const KnownType &t : kKnownTypes)
        if (contentType == QLatin1String(t.contentType))
            return QLatin1String(t.word);
    return contentType;
}

QString ContentSniffer::acceptedTypesText()
{
    return QStringLiteral("PNG, JPEG, GIF, WebP, PDF, plain text (UTF-8)");
}

bool ContentSniffer::servableAsItself(const QString &contentType)
{
    return contentType.startsWith(QLatin1String("image/"))
        && std::any_of(std::begin(kKnownTypes), std::end(kKnownTypes),
                       [&contentType](const KnownType &t) { return contentType == QLatin1String(t.contentType); });
}

} // namespace handoff::server
