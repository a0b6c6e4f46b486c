#include "server/MailMessage.h"

#include "store/SecretToken.h"

#include <QLocale>
#include <QRegularExpression>

namespace handoff::server {

namespace {

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

// Base64 in lines of 76 characters (RFC 2045).
QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

// RFC 5322 date in English whatever the locale: "Thu, 03 Dec 2026 17:24:47 +0000".
QByteArray rfc5322Date(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'")).toLatin1();
}

} // namespace

bool MailMessage::validAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > kMaxAddressChars)
        return false;
    // Local part: printable ASCII but the characters that separate, quote or break headers; domain: labels of
    // letters, digits and hyphens with at least one dot. \A and \z, not ^ and $: "$" also matches before a
    // final line break.
    static const QRegularExpression shape(QStringLiteral(
        R"(\A[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\z)"));
    return shape.match(address).hasMatch() && address.count(QLatin1Char('@')) == 1;
}

QByteArray MailMessage::encodedHeader(const QString &text)
{
    const QString line = oneLine(text);
    bool plain = true;
    for (const QChar c : line)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            plain = false;
    // "=?" in a plain value would read as the start of an encoded word: encode that too.
    if (plain && !line.contains(QLatin1String("=?")))
        return line.toLatin1();
    // Each word carries at most 45 bytes (60 base64 characters, 72 with "=?UTF-8?B?" and "?="), never half a
    // character: a word ends before a UTF-8 lead byte.
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = std::min<qsizetype>(start + 45, utf8.size());
        while (end < utf8.size() && end > start + 1 && (quint8(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return out;
}

QByteArray MailMessage::toMime() const
{
    const QByteArray boundary = "=_handoff_" + store::SecretToken::newId(QString()).toLatin1();
    const QString domain = fromAddress.section(QLatin1Char('@'), 1);
    QByteArray from = "<" + oneLine(fromAddress).toLatin1() + ">";
    if (!fromName.isEmpty()) {
        const QByteArray name = encodedHeader(fromName);
        // A plain display name is quoted, so its commas or dots mean nothing to the parser.
        from = (name.startsWith("=?") ? name
                                      : "\"" + QByteArray(name).replace('\\', "\\\\").replace('"', "\\\"") + "\"")
            + " " + from;
    }
    QByteArray m;
    m += "Date: " + rfc5322Date(date) + "\r\n";
    m += "Message-ID: <" + store::SecretToken::newId(QString()).toLatin1() + "@" + oneLine(domain).toLatin1() + ">\r\n";
    m += "From: " + from + "\r\n";
    m += "To: <" + oneLine(to).toLatin1() + ">\r\n";
    m += "Subject: " + encodedHeader(subject) + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    QString text = plainText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    m += base64Lines(text.toUtf8());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(html.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace handoff::server
