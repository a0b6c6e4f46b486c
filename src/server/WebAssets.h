// The web chat page (resources/web, compiled in under :/web): GET / is index.html, other files by
// name, with their Content-Type and a Content-Security-Policy that allows only this origin.
#pragma once

#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"

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

private:
    QStringList m_embedOrigins;
};

} // namespace handoff::server
