#include "server/HttpRequestParser.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace handoff::server {

namespace {

HttpRequestParser::Result failure(int status, const QString &message)
{
    HttpRequestParser::Result r;
    r.status = HttpRequestParser::Status::Failed;
    r.errorStatus = status;
    r.errorMessage = message;
    return r;
}

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::HttpRequestParser)
};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// RFC 9110 §5.6.2: token = 1*tchar.
bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 9110 §5.5: field-value = *( field-vchar / SP / HTAB ), field-vchar = VCHAR / obs-text. No CTL but HTAB.
bool isFieldValue(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// origin-form (RFC 9112 §3.2.1): "/" then visible ASCII; no fragment.
bool isOriginForm(QByteArrayView s)
{
    if (s.isEmpty() || s.front() != '/')
        return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#')
            return false;
    }
    return true;
}

// uri-host [ ":" port ] (RFC 3986 §3.2.2): the characters of reg-name, IP-literal and port. Empty is allowed.
bool isHostValue(QByteArrayView s)
{
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("-._~%!$&'()*+,;=:[]").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

QByteArrayView trimOws(QByteArrayView s)
{
    while (!s.isEmpty() && isOws(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isOws(s.back()))
        s.chop(1);
    return s;
}

// One line of the head. Only CRLF ends a line: a bare CR, a bare LF or a NUL anywhere is an error.
enum class Line { Complete, Incomplete, Invalid };
Line nextLine(const QByteArray &buffer, qsizetype from, qsizetype limit, QByteArrayView *line, qsizetype *next)
{
    const qsizetype end = std::min(buffer.size(), limit);
    for (qsizetype i = from; i < end; ++i) {
        const char c = buffer.at(i);
        if (c == '\0' || c == '\n')
            return Line::Invalid;
        if (c == '\r') {
            if (i + 1 >= buffer.size())
                return Line::Incomplete;
            if (buffer.at(i + 1) != '\n')
                return Line::Invalid;
            *line = QByteArrayView(buffer).sliced(from, i - from);
            *next = i + 2;
            return Line::Complete;
        }
    }
    return Line::Incomplete;
}

// "HTTP/" DIGIT "." DIGIT (RFC 9112 §2.3).
bool isHttpVersion(QByteArrayView v)
{
    return v.size() == 8 && v.startsWith("HTTP/") && v[5] >= '0' && v[5] <= '9' && v[6] == '.' && v[7] >= '0'
        && v[7] <= '9';
}

// What of a request line can be judged before it is complete: a method of tchar, then one SP.
bool requestLinePrefixIsPlausible(QByteArrayView partial)
{
    const qsizetype space = partial.indexOf(' ');
    const QByteArrayView method = space >= 0 ? partial.first(space) : partial;
    if (space < 0 && partial.size() > 16)
        return false;
    for (char c : method)
        if (!isTokenChar(c))
            return false;
    return space != 0;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return method == "GET" && header("upgrade").toLower() == "websocket"
        && header("connection").toLower().contains("upgrade");
}

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &buffer, StreamsBody streamsBody)
{
    auto malformed = [](const QString &message) { return failure(400, message); };
    const qsizetype limit = kMaxHeaderBytes; // the whole head, its final CRLF CRLF included
    auto tooLarge = [] { return failure(431, Text::tr("The request headers are larger than 16 KiB.")); };

    qsizetype pos = 0;
    // RFC 9112 §2.2: at least one empty line before the request line SHOULD be ignored. One is.
    if (buffer.startsWith("\r\n"))
        pos = 2;

    // Request line: method SP request-target SP HTTP-version, single spaces, nothing else.
    QByteArrayView requestLine;
    qsizetype next = 0;
    switch (nextLine(buffer, pos, limit, &requestLine, &next)) {
    case Line::Invalid:
        return malformed(Text::tr("The request line is not HTTP."));
    case Line::Incomplete: {
        QByteArrayView partial = QByteArrayView(buffer).sliced(pos, std::min(buffer.size(), limit) - pos);
        if (partial.endsWith('\r'))
            partial.chop(1); // its LF is still on the way
        if (!requestLinePrefixIsPlausible(partial))
            return malformed(Text::tr("The request line is not HTTP."));
        return buffer.size() >= limit ? tooLarge() : Result{};
    }
    case Line::Complete:
        break;
    }
    pos = next;
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return malformed(Text::tr("The request line is not HTTP."));
    HttpRequest request;
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method) || !isHttpVersion(version))
        return malformed(Text::tr("The request line is not HTTP."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return failure(505, Text::tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
    // absolute-form, authority-form (CONNECT) and asterisk-form (OPTIONS *) are not served; a space inside
    // the target (an extra space in the line) fails here too.
    if (!isOriginForm(target))
        return malformed(Text::tr("The request target must be a path."));
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    request.version = version.toByteArray();
    const qsizetype query = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(target.first(query >= 0 ? query : target.size()).toByteArray());

    // Header fields up to the empty line.
    int hostCount = 0;
    int lengthCount = 0;
    int transferEncodingCount = 0;
    QByteArrayView lengthText;
    QByteArrayView transferEncoding;
    for (;;) {
        QByteArrayView line;
        switch (nextLine(buffer, pos, limit, &line, &next)) {
        case Line::Invalid:
            return malformed(Text::tr("A header line is malformed."));
        case Line::Incomplete:
            return buffer.size() >= limit ? tooLarge() : Result{};
        case Line::Complete:
            break;
        }
        pos = next;
        if (line.isEmpty())
            break;
        // obs-fold (a line starting with SP or HTAB) and a space or tab before the colon are refused
        // (RFC 9112 §5.2, §5.1): the name must be a token right up to the colon.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return malformed(Text::tr("A header line is malformed."));
        const QByteArrayView value = trimOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return malformed(Text::tr("A header line is malformed."));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        if (name == "host") {
            if (++hostCount > 1 || !isHostValue(value))
                return malformed(Text::tr("The request must have exactly one valid Host header."));
        } else if (name == "content-length") {
            ++lengthCount;
            lengthText = value;
        } else if (name == "transfer-encoding") {
            ++transferEncodingCount;
            transferEncoding = value;
        }
        request.headers.append({name, value.toByteArray()});
    }
    const qsizetype bodyStart = pos;

    if (hostCount == 0 && request.version == "HTTP/1.1")
        return malformed(Text::tr("The request must have exactly one valid Host header."));
    // Framing. Anything two parsers on the way could read differently is refused, never guessed.
    if (transferEncodingCount > 0) {
        if (lengthCount > 0)
            return malformed(Text::tr("Content-Length and Transfer-Encoding must not be sent together."));
        if (request.version == "HTTP/1.0" || transferEncodingCount > 1)
            return malformed(Text::tr("The Transfer-Encoding header is not valid here."));
        // A list of transfer codings; the body can be framed only when chunked is the last one.
        QByteArrayView last;
        qsizetype from = 0;
        for (;;) {
            const qsizetype comma = transferEncoding.sliced(from).indexOf(',');
            const QByteArrayView coding = trimOws(comma >= 0 ? transferEncoding.sliced(from, comma) : transferEncoding.sliced(from));
            if (!isToken(coding))
                return malformed(Text::tr("The Transfer-Encoding header is not valid here."));
            last = coding;
            if (comma < 0)
                break;
            from += comma + 1;
        }
        if (last.compare("chunked", Qt::CaseInsensitive) != 0)
            return malformed(Text::tr("The Transfer-Encoding header is not valid here."));
        return failure(501, Text::tr("Chunked request bodies are not supported; send Content-Length."));
    }
    qint64 bodyLength = 0;
    if (lengthCount > 1)
        return malformed(Text::tr("Content-Length must be sent once."));
    const bool streamed = streamsBody && streamsBody(request);
    // A streamed body's reader judges its length; saturating far above any limit it may set.
    const qint64 saturation = streamed ? kMaxStreamedBodyBytes : kMaxBodyBytes;
    if (lengthCount == 1) {
        // 1*DIGIT and nothing else: no sign, no list, no inner space. Saturates instead of overflowing.
        if (lengthText.isEmpty())
            return malformed(Text::tr("Content-Length is not a number."));
        for (char c : lengthText) {
            if (c < '0' || c > '9')
                return malformed(Text::tr("Content-Length is not a number."));
            if (bodyLength <= saturation)
                bodyLength = bodyLength * 10 + (c - '0');
        }
        if (!streamed && bodyLength > kMaxBodyBytes)
            return failure(413, Text::tr("The request body is larger than 256 KiB."));
    }
    if (streamed) {
        request.bodyStreamed = true;
        request.contentLength = lengthCount == 1 ? std::min(bodyLength, saturation + 1) : -1;
        Result r;
        r.status = Status::Complete;
        r.request = request;
        r.consumed = bodyStart;
        return r;
    }
    if (buffer.size() - bodyStart < bodyLength)
        return {};
    request.body = buffer.mid(bodyStart, bodyLength);

    Result r;
    r.status = Status::Complete;
    r.request = request;
    r.consumed = bodyStart + bodyLength;
    return r;
}

} // namespace handoff::server
