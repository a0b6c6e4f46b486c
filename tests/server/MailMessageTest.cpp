// The e-mail the router composes (MailMessage): which recipient addresses pass, headers that no visitor or
// configuration text can break into two, RFC 2047 words that split no character, and a body whose lines
// are short and come back as written.
#include "server/MailMessage.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using handoff::server::MailMessage;

namespace {

// The text of a header value made of encoded words (or plain text), as a mail reader shows it.
QString decoded(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)"));
    const QString v = QString::fromLatin1(value);
    if (!v.contains(QLatin1String("=?")))
        return v;
    QByteArray utf8;
    auto it = word.globalMatch(v);
    while (it.hasNext())
        utf8 += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(utf8);
}

// The header lines of a message (folded lines joined), name -> value.
QMap<QByteArray, QByteArray> headersOf(const QByteArray &mime)
{
    QMap<QByteArray, QByteArray> out;
    QByteArray last;
    for (const QByteArray &line : mime.left(mime.indexOf("\r\n\r\n")).split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith(' ')) {
            out[last] += l;
            continue;
        }
        last = l.left(l.indexOf(':'));
        out.insert(last, l.mid(l.indexOf(':') + 2));
    }
    return out;
}

TEST(MailMessage, AcceptsOneAddressAndRefusesAnythingThatCouldAddARecipientOrAHeader)
{
    for (const char *good : {"ada@example.org", "ada.lovelace+chat@mail.example.co.uk", "o'brien@example.ie", "x@a-b.example"})
        EXPECT_TRUE(MailMessage::validAddress(QString::fromLatin1(good))) << good;
    const QString tooLong = QString(64, QLatin1Char('a')) + QLatin1Char('@') + QString(186, QLatin1Char('b')) + QStringLiteral(".org");
    ASSERT_EQ(tooLong.size(), 255);
    for (const QString &bad : {QStringLiteral("ada@example.org\r\nBcc: eve@example.net"), QStringLiteral("ada@example.org\n"),
                               QStringLiteral("ada@example.org, eve@example.net"), QStringLiteral("ada@example.org;eve@example.net"),
                               QStringLiteral("Ada <ada@example.org>"), QStringLiteral("ada @example.org"),
                               QStringLiteral("ada@@example.org"), QStringLiteral("ada@example@org.net"),
                               QStringLiteral("@example.org"), QStringLiteral("ada@"), QStringLiteral("ada@localhost"),
                               QStringLiteral("ada@-example.org"), QStringLiteral("\"ada\"@example.org"),
                               QStringLiteral("adä@example.org"), QString(), tooLong})
        EXPECT_FALSE(MailMessage::validAddress(bad)) << bad.toStdString();
}

TEST(MailMessage, HeaderTextStaysOnOneLogicalLineAndNonAsciiSurvivesEncoding)
{
    EXPECT_EQ(MailMessage::encodedHeader(QStringLiteral("Your chat 2026-12-03")), QByteArray("Your chat 2026-12-03"));
    EXPECT_EQ(MailMessage::encodedHeader(QStringLiteral("Hi\r\nBcc: eve@example.net")), QByteArray("Hi  Bcc: eve@example.net"));
    // "=?" in plain text would read as an encoded word: it is encoded itself.
    EXPECT_TRUE(MailMessage::encodedHeader(QStringLiteral("a =?x?= b")).startsWith("=?UTF-8?B?"));

    const QString subject = QStringLiteral("Ihr Chat mit Café Crème über Größen – 👋 ") + QString(40, QChar(0x00E9));
    const QByteArray encoded = MailMessage::encodedHeader(subject + QStringLiteral("\nBcc: eve@example.net"));
    for (const QByteArray &line : encoded.split('\n')) {
        const QByteArray word = line.trimmed();
        EXPECT_LE(word.size(), 75) << word.constData();
        ASSERT_TRUE(word.startsWith("=?UTF-8?B?") && word.endsWith("?=")) << word.constData();
        // Each word is whole UTF-8 on its own: no character is split between two.
        const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        EXPECT_EQ(QString::fromUtf8(bytes).toUtf8(), bytes);
        EXPECT_FALSE(QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
    }
    EXPECT_EQ(decoded(encoded), subject + QStringLiteral(" Bcc: eve@example.net"));
}

TEST(MailMessage, TheMessageHasTheHeadersAndBothPartsWithShortLines)
{
    MailMessage m;
    m.fromAddress = QStringLiteral("chat@shop.example");
    m.fromName = QStringLiteral("Café Crème");
    m.to = QStringLiteral("ada@example.org");
    m.subject = QStringLiteral("Transcription de la discussion 2026-12-03");
    m.plainText = QStringLiteral("Chat transcript\n.\n10:02 You: ") + QString(500, QLatin1Char('x')) + QStringLiteral(" ✓\n");
    m.html = QStringLiteral("<!DOCTYPE html>\n<p>Grüße &amp; merci</p>\n");
    m.date = QDateTime(QDate(2026, 12, 3), QTime(17, 24, 47), Qt::UTC);
    const QByteArray mime = m.toMime();

    const auto headers = headersOf(mime);
    EXPECT_EQ(headers.value("Date"), QByteArray("Thu, 03 Dec 2026 17:24:47 +0000"));
    EXPECT_EQ(headers.value("To"), QByteArray("<ada@example.org>"));
    EXPECT_EQ(decoded(headers.value("From").left(headers.value("From").indexOf(" <"))), QStringLiteral("Café Crème"));
    EXPECT_TRUE(headers.value("From").endsWith(" <chat@shop.example>"));
    EXPECT_EQ(headers.value("Subject"), QByteArray("Transcription de la discussion 2026-12-03"));
    EXPECT_TRUE(headers.value("Message-ID").endsWith("@shop.example>"));
    EXPECT_EQ(headers.value("MIME-Version"), QByteArray("1.0"));
    EXPECT_TRUE(headers.value("Content-Type").startsWith("multipart/alternative; boundary="));

    // CRLF everywhere, no line over 78 characters, none starting with a dot (SMTP's end of data).
    EXPECT_FALSE(mime.contains("\r\r") || QByteArray(mime).replace("\r\n", "").contains('\n'));
    for (const QByteArray &line : mime.split('\n')) {
        EXPECT_LE(line.size(), 79) << line.constData();
        EXPECT_FALSE(line.startsWith('.')) << line.constData();
    }

    // Both parts come back as written (the text part with CRLF line ends).
    const QByteArray boundary = "--" + headers.value("Content-Type").split('"').at(1);
    QList<QByteArray> parts;
    for (qsizetype from = 0, at; (at = mime.indexOf(boundary + "\r\n", from)) >= 0; from = at + 1)
        parts << mime.mid(at + boundary.size() + 2);
    ASSERT_EQ(parts.size(), 2);
    const auto body = [&boundary](QByteArray part) {
        part = part.left(part.indexOf(boundary));
        const QByteArray b64 = part.mid(part.indexOf("\r\n\r\n") + 4);
        return QString::fromUtf8(QByteArray::fromBase64(QByteArray(b64).replace("\r\n", "")));
    };
    EXPECT_TRUE(parts.at(0).startsWith("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64"));
    EXPECT_EQ(body(parts.at(0)), QString(m.plainText).replace(QLatin1String("\n"), QLatin1String("\r\n")));
    EXPECT_TRUE(parts.at(1).startsWith("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64"));
    EXPECT_EQ(body(parts.at(1)), m.html);
    EXPECT_TRUE(mime.endsWith(boundary + "--\r\n"));
}

} // namespace
