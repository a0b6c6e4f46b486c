#include "server/HttpRequestParser.h"

#include <QCoreApplication>
#include <QUrl>

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

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
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

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            return failure(431, Text::tr("The request headers are larger than 16 KiB."));
        // A request line that is already garbage need not wait for more bytes.
        const qsizetype lineEnd = buffer.indexOf("\r\n");
        const QByteArray firstLine = lineEnd >= 0 ? buffer.left(lineEnd) : buffer;
        const qsizetype space = firstLine.indexOf(' ');
        const QByteArray method = space >= 0 ? firstLine.left(space) : firstLine;
        if ((space < 0 && firstLine.size() > 16) || (!method.isEmpty() && !isToken(method)))
            return failure(400, Text::tr("The request line is not HTTP."));
        return {};
    }
    if (headerEnd + 4 > kMaxHeaderBytes)
        return failure(431, Text::tr("The request headers are larger than 16 KiB."));

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    HttpRequest request;
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[2].startsWith("HTTP/"))
        return failure(400, Text::tr("The request line is not HTTP."));
    request.method = parts[0];
    request.target = parts[1];
    request.version = parts[2];
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
        return failure(505, Text::tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
    if (!request.target.startsWith('/'))
        return failure(400, Text::tr("The request target must be a path."));
    const QByteArray rawPath = request.target.left(request.target.indexOf('?') >= 0 ? request.target.indexOf('?')
                                                                                   : request.target.size());
    request.path = QUrl::fromPercentEncoding(rawPath);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return failure(400, Text::tr("A header line is malformed."));
        request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    if (!request.header("transfer-encoding").isEmpty())
        return failure(501, Text::tr("Chunked request bodies are not supported; send Content-Length."));
    qsizetype bodyLength = 0;
    const QByteArray lengthText = request.header("content-length");
    if (!lengthText.isEmpty()) {
        bool ok = false;
        bodyLength = lengthText.toLongLong(&ok);
        if (!ok || bodyLength < 0)
            return failure(400, Text::tr("Content-Length is not a number."));
        if (bodyLength > kMaxBodyBytes)
            return failure(413, Text::tr("The request body is larger than 256 KiB."));
    }
    const qsizetype bodyStart = headerEnd + 4;
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
