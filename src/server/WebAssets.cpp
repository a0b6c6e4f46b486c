#include "server/WebAssets.h"

#include <QFile>
#include <QFileInfo>

static void initWebResources()
{
    Q_INIT_RESOURCE(handoff_web);
}

namespace handoff::server {

WebAssets::WebAssets()
{
    initWebResources();
}

QByteArray WebAssets::contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs"))
        return "text/javascript; charset=utf-8";
    if (suffix == QLatin1String("css"))
        return "text/css; charset=utf-8";
    if (suffix == QLatin1String("svg"))
        return "image/svg+xml";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("ico"))
        return "image/x-icon";
    if (suffix == QLatin1String("json"))
        return "application/json";
    if (suffix == QLatin1String("woff2"))
        return "font/woff2";
    if (suffix == QLatin1String("txt"))
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

std::optional<HttpResponse> WebAssets::respond(const HttpRequest &request) const
{
    QString path = request.path;
    if (path == QLatin1String("/"))
        path = QStringLiteral("/index.html");
    // Only plain file names below the page's folder: no "..", no hidden files.
    if (path.contains(QLatin1String("..")) || path.contains(QLatin1String("/.")) || path.contains(QLatin1Char('\\')))
        return std::nullopt;
    QFile file(QStringLiteral(":/web") + path);
    if (!QFileInfo(file).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    HttpResponse r;
    r.contentType = contentTypeFor(path);
    r.body = file.readAll();
    const QByteArray host = request.header("host");
    QByteArray connect = "'self'";
    if (!host.isEmpty() && !host.contains(' ') && !host.contains(';'))
        connect += " ws://" + host + " wss://" + host;
    const QByteArray ancestors = m_embedOrigins.isEmpty() ? QByteArray("'none'")
                                                          : m_embedOrigins.join(QLatin1Char(' ')).toLatin1();
    r.addHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src " + connect
                    + "; frame-ancestors " + ancestors + "; base-uri 'none'; form-action 'none'");
    r.addHeader("Referrer-Policy", "no-referrer");
    return r;
}

} // namespace handoff::server
