#include "server/WebAssets.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

static void initWebResources()
{
    Q_INIT_RESOURCE(handoff_web);
}

namespace handoff::server {

WebAssets::WebAssets()
{
    initWebResources();
    // The page is compiled in and never changes while the router runs: read and compress it once here,
    // so a request costs no file access and no compression on the event loop.
    QDirIterator it(QStringLiteral(":/web"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString resourcePath = it.next();
        QFile file(resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Asset asset;
        asset.body = file.readAll();
        asset.contentType = contentTypeFor(resourcePath);
        const bool text = asset.contentType.startsWith("text/") || asset.contentType.startsWith("image/svg")
            || asset.contentType.startsWith("application/json");
        if (text && asset.body.size() > 256) {
            QByteArray packed = gzip(asset.body);
            if (!packed.isEmpty() && packed.size() < asset.body.size())
                asset.gzipped = std::move(packed);
        }
        m_files.insert(resourcePath.mid(int(qstrlen(":/web"))), std::move(asset));
    }
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

bool WebAssets::acceptsGzip(const QByteArray &acceptEncoding)
{
    // "gzip, deflate, br", "gzip;q=0.5", "*;q=1", "gzip;q=0" (refused). An explicit gzip entry wins over "*".
    std::optional<bool> gzipEntry;
    std::optional<bool> anyEntry;
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        double quality = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q="))
                quality = parameter.mid(2).trimmed().toDouble();
        }
        if (coding == "gzip" || coding == "x-gzip")
            gzipEntry = quality > 0;
        else if (coding == "*")
            anyEntry = quality > 0;
    }
    return gzipEntry.value_or(anyEntry.value_or(false));
}

QByteArray WebAssets::gzip(const QByteArray &data)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

std::optional<HttpResponse> WebAssets::respond(const HttpRequest &request) const
{
    QString path = request.path;
    if (path == QLatin1String("/"))
        path = QStringLiteral("/index.html");
    // Only files compiled in below the page's folder; the lookup takes no "..", hidden files or escapes.
    const auto found = m_files.constFind(path);
    if (found == m_files.constEnd())
        return std::nullopt;
    const Asset &asset = *found;
    HttpResponse r;
    r.contentType = asset.contentType;
    if (!asset.gzipped.isEmpty()) {
        // Caches must keep the two codings apart.
        r.addHeader("Vary", "Accept-Encoding");
        if (acceptsGzip(request.header("accept-encoding"))) {
            r.body = asset.gzipped;
            r.addHeader("Content-Encoding", "gzip");
        } else {
            r.body = asset.body;
        }
    } else {
        r.body = asset.body;
    }
    const QByteArray host = request.header("host");
    QByteArray connect = "'self'";
    if (!host.isEmpty() && !host.contains(' ') && !host.contains(';'))
        connect += " ws://" + host + " wss://" + host;
    const QByteArray ancestors = m_embedOrigins.isEmpty() ? QByteArray("'none'")
                                                          : m_embedOrigins.join(QLatin1Char(' ')).toLatin1();
    r.addHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src " + connect
                    + "; frame-ancestors " + ancestors + "; base-uri 'none'; form-action 'none'");
    r.addHeader("Referrer-Policy", "no-referrer");
    return r;
}

} // namespace handoff::server
