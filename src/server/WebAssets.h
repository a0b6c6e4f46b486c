// The web chat page (resources/web, compiled in under :/web): GET / is index.html, other files by
// name, with their Content-Type and a Content-Security-Policy that allows only this origin.
#pragma once

#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"

#include <optional>

namespace handoff::server {

class WebAssets
{
public:
    WebAssets();
    // A response for GET/HEAD of a page file, nullopt when the path is not one.
    std::optional<HttpResponse> respond(const HttpRequest &request) const;
    static QByteArray contentTypeFor(const QString &fileName);
};

} // namespace handoff::server
