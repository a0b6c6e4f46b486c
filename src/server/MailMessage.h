// One e-mail as the router sends it: a multipart/alternative message (text/plain and text/html, both
// UTF-8 in base64, so no line is too long and none starts with a dot) with the headers mail systems expect
// (Date, Message-ID, From, To, Subject, MIME-Version, Auto-Submitted). Names and subjects outside ASCII are
// RFC 2047 encoded words. Nothing a visitor typed can add a header: the one address is checked by
// validAddress(), every other header value is encoded or stripped of line breaks. See docs/router.md.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace handoff::server {

struct MailMessage {
    static constexpr int kMaxAddressChars = 254;

    QString fromAddress;
    QString fromName; // may be empty
    QString to;
    QString subject;
    QString plainText;
    QString html;
    QDateTime date = QDateTime::currentDateTimeUtc();

    // One recipient: at most 254 characters of printable ASCII, one @ with something on each side and a dot
    // in the domain, no spaces, no line breaks, no commas, semicolons, quotes or angle brackets.
    static bool validAddress(const QString &address);
    // `text` as a header value: unchanged when it is printable ASCII, else UTF-8 encoded words ("=?UTF-8?B?…?=")
    // of at most 75 characters, folded onto continuation lines. Line breaks become spaces either way.
    static QByteArray encodedHeader(const QString &text);

    // The whole message, CRLF line ends, ready for SMTP's DATA.
    QByteArray toMime() const;
};

} // namespace handoff::server
