// The web chat page (resources/web, compiled in under :/web): GET / is index.html, other files by
// name, with their Content-Type and a Content-Security-Policy that allows only this origin. Text files
// are also kept gzip-compressed (once, when the router starts) and sent so to clients that accept gzip.
#pragma once

#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace handoff::server {

class WebAssets
{
public:
    WebAssets();
    // Sites allowed to show the page in an iframe ("https://shop.example"); none by default.
    void setEmbedOrigins(const QStringList &origins) { m_embedOrigins = origins; }
    // A response for GET/HEAD of a page file, nullopt when the path is not one.
    std::optional<HttpResponse> respond(const HttpRequest &request) const;
    static QByteArray contentTypeFor(const QString &fileName);
    // Whether an Accept-Encoding header value (RFC 9110 §12.5.3) lets the answer be gzip-coded.
    static bool acceptsGzip(const QByteArray &acceptEncoding);
    // `data` in the gzip format (RFC 1952) at the best compression; empty if zlib fails.
    static QByteArray gzip(const QByteArray &data);

private:
    struct Asset {
        QByteArray contentType;
        QByteArray body;
        QByteArray gzipped; // empty: not worth compressing (images, tiny files)
    };
    QHash<QString, Asset> m_files; // "/index.html" -> the file, read once
    QStringList m_embedOrigins;
};

} // namespace handoff::server
