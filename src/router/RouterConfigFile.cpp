#include "router/RouterConfigFile.h"

#include "routing/JsonLineIndex.h"
#include "server/MailMessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <algorithm>
#include <cmath>
#include <functional>

namespace handoff::router {

namespace {

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::router::RouterConfigFile)
};

// The byte range of a top-level key's value, found by scanning the text (strings and nesting aware),
// so an inline routing configuration can be checked with the line numbers of this file.
std::pair<qsizetype, qsizetype> valueRange(const QByteArray &json, const QByteArray &key)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = -1;
    QByteArray lastString;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"') {
                inString = false;
                lastString = json.mid(stringStart + 1, i - stringStart - 1);
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ':' && depth == 1 && lastString == key) {
            qsizetype start = i + 1;
            while (start < json.size() && QByteArrayView(" \t\r\n").contains(json[start]))
                ++start;
            int inner = 0;
            bool str = false;
            for (qsizetype j = start; j < json.size(); ++j) {
                const char d = json[j];
                if (str) {
                    if (d == '\\')
                        ++j;
                    else if (d == '"')
                        str = false;
                    continue;
                }
                if (d == '"')
                    str = true;
                else if (d == '{' || d == '[')
                    ++inner;
                else if (d == '}' || d == ']') {
                    if (--inner == 0)
                        return {start, j + 1};
                }
            }
            return {-1, -1};
        }
    }
    return {-1, -1};
}

// Keeps the bytes of [from, to) and blanks everything else except newlines, so line numbers stay.
QByteArray blankOutside(const QByteArray &json, qsizetype from, qsizetype to)
{
    QByteArray out = json;
    for (qsizetype i = 0; i < out.size(); ++i)
        if ((i < from || i >= to) && out[i] != '\n')
            out[i] = ' ';
    return out;
}

// "identity": how the ID tokens of signed-in customers are checked (docs/router.md#signed-in-customers).
bool readIdentity(const QJsonValue &value, const QDir &base, server::IdentitySettings *out, QString *fieldPath,
                  QString *problem)
{
    auto fail = [&](const QString &name, const QString &why) {
        *fieldPath = QStringLiteral("identity") + (name.isEmpty() ? QString() : QLatin1Char('.') + name);
        *problem = why;
        return false;
    };
    if (!value.isObject())
        return fail({}, Text::tr("must be an object such as {\"issuer\": \"https://shop.example\", \"keyFile\": \"site.pem\"}"));
    const QJsonObject o = value.toObject();
    const QStringList known{QStringLiteral("issuer"),          QStringLiteral("audience"), QStringLiteral("keyFile"),
                            QStringLiteral("jwksUrl"),         QStringLiteral("clockSkewSeconds"),
                            QStringLiteral("required"),        QStringLiteral("claims"),
                            QStringLiteral("jwksCacheSeconds")};
    for (const QString &key : o.keys())
        if (!known.contains(key))
            return fail(key, Text::tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));
    server::IdentitySettings &s = *out;
    s.issuer = o.value(QStringLiteral("issuer")).toString();
    if (s.issuer.isEmpty())
        return fail(QStringLiteral("issuer"), Text::tr("must name the tokens' issuer (their \"iss\")"));
    const QJsonValue audience = o.value(QStringLiteral("audience"));
    if (audience.isString() && !audience.toString().isEmpty())
        s.audiences << audience.toString();
    for (const QJsonValue &a : audience.toArray())
        if (a.isString() && !a.toString().isEmpty())
            s.audiences << a.toString();
    if (s.audiences.isEmpty())
        return fail(QStringLiteral("audience"), Text::tr("must name the audience (\"aud\") the site issues tokens for"));
    if (o.contains(QStringLiteral("keyFile"))) {
        if (!o.value(QStringLiteral("keyFile")).isString())
            return fail(QStringLiteral("keyFile"), Text::tr("must be the path of a PEM file"));
        s.keyFile = base.absoluteFilePath(o.value(QStringLiteral("keyFile")).toString());
    }
    if (o.contains(QStringLiteral("jwksUrl"))) {
        const QUrl url(o.value(QStringLiteral("jwksUrl")).toString());
        const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
        if (!url.isValid() || !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && loopback)))
            return fail(QStringLiteral("jwksUrl"), Text::tr("must be an https address (http only on this machine)"));
        s.jwksUrl = url.toString();
    }
    if (s.keyFile.isEmpty() == s.jwksUrl.isEmpty())
        return fail({}, Text::tr("needs exactly one of \"keyFile\" and \"jwksUrl\""));
    struct Number {
        const char *name;
        int *into;
        int min;
        int max;
    };
    for (const Number &n : {Number{"clockSkewSeconds", &s.clockSkewSeconds, 0, 600},
                            Number{"jwksCacheSeconds", &s.jwksCacheSeconds, 60, 7 * 86400}}) {
        const QJsonValue v = o.value(QLatin1String(n.name));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < n.min || v.toDouble() > n.max)
            return fail(QLatin1String(n.name), Text::tr("must be a whole number from %1 to %2").arg(n.min).arg(n.max));
        *n.into = v.toInt();
    }
    if (o.contains(QStringLiteral("required"))) {
        if (!o.value(QStringLiteral("required")).isBool())
            return fail(QStringLiteral("required"), Text::tr("must be true or false"));
        s.required = o.value(QStringLiteral("required")).toBool();
    }
    static const QRegularExpression claimName(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    const QJsonArray claims = o.value(QStringLiteral("claims")).toArray();
    if (claims.size() > server::IdentityTokenVerifier::kMaxClaims)
        return fail(QStringLiteral("claims"), Text::tr("may name at most %1 claims").arg(server::IdentityTokenVerifier::kMaxClaims));
    for (const QJsonValue &c : claims) {
        if (!claimName.match(c.toString()).hasMatch())
            return fail(QStringLiteral("claims"), Text::tr("\"%1\" is not a claim name").arg(c.toString()));
        s.claims << c.toString();
    }
    return true;
}

// "smtp": the server the transcript by e-mail goes through, and how (docs/router.md#the-transcript-by-e-mail).
bool readSmtp(const QJsonValue &value, const QDir &base, server::MailSettings *out, QString *fieldPath, QString *problem)
{
    auto fail = [&](const QString &name, const QString &why) {
        *fieldPath = QStringLiteral("smtp") + (name.isEmpty() ? QString() : QLatin1Char('.') + name);
        *problem = why;
        return false;
    };
    if (!value.isObject())
        return fail({}, Text::tr("must be an object such as {\"url\": \"smtp://mail.example:587\", \"from\": \"chat@shop.example\"}"));
    const QJsonObject o = value.toObject();
    const QStringList texts{QStringLiteral("url"),      QStringLiteral("user"),         QStringLiteral("password"),
                            QStringLiteral("passwordFile"), QStringLiteral("from"), QStringLiteral("fromName"),
                            QStringLiteral("subject")};
    struct Number {
        const char *name;
        int *into;
        int min;
        int max;
    };
    server::MailSettings &s = *out;
    const Number numbers[] = {{"maxAttempts", &s.maxAttempts, 1, 100},
                              {"firstRetrySeconds", &s.firstRetrySeconds, 1, 86400},
                              {"maxRetrySeconds", &s.maxRetrySeconds, 1, 86400},
                              {"connectTimeoutSeconds", &s.smtp.connectTimeoutSeconds, 1, 120},
                              {"timeoutSeconds", &s.smtp.timeoutSeconds, 1, 600},
                              {"perAddressPerHour", &s.perAddressPerHour, 1, 100000},
                              {"perHour", &s.perHour, 1, 10000000}};
    QStringList known = texts;
    for (const Number &n : numbers)
        known << QLatin1String(n.name);
    known << QStringLiteral("requireTls");
    QHash<QString, QString> text;
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            return fail(key, Text::tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));
        const QJsonValue v = o.value(key);
        if (texts.contains(key)) {
            // One line each: none of these may carry a line break into a mail header or an SMTP command.
            if (!v.isString() || v.toString().contains(QLatin1Char('\n')) || v.toString().contains(QLatin1Char('\r'))
                || v.toString().size() > 1000)
                return fail(key, Text::tr("must be one line of text"));
            text.insert(key, v.toString());
            continue;
        }
        if (key == QLatin1String("requireTls")) {
            if (!v.isBool())
                return fail(key, Text::tr("must be true or false"));
            s.smtp.requireTls = v.toBool();
            continue;
        }
        const auto n = std::find_if(std::begin(numbers), std::end(numbers),
                                    [&key](const Number &x) { return key == QLatin1String(x.name); });
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < n->min || v.toDouble() > n->max)
            return fail(key, Text::tr("must be a whole number from %1 to %2").arg(n->min).arg(n->max));
        *n->into = v.toInt();
    }
    const QUrl url(text.value(QStringLiteral("url")));
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps")))
        return fail(QStringLiteral("url"), Text::tr("must be an smtp:// or smtps:// address with a host"));
    s.smtp.url = url.toString();
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (!s.smtp.requireTls && !loopback)
        return fail(QStringLiteral("requireTls"),
                    Text::tr("may be false only for a server on this machine (127.0.0.1, ::1 or localhost)"));
    if (url.scheme() == QLatin1String("smtps"))
        s.smtp.requireTls = true;
    s.fromAddress = text.value(QStringLiteral("from"));
    if (!server::MailMessage::validAddress(s.fromAddress))
        return fail(QStringLiteral("from"), Text::tr("must be an e-mail address such as chat@shop.example"));
    s.fromName = text.value(QStringLiteral("fromName"));
    if (text.contains(QStringLiteral("subject")))
        s.subject = text.value(QStringLiteral("subject"));
    s.smtp.user = text.value(QStringLiteral("user"));
    if (text.contains(QStringLiteral("password")) && text.contains(QStringLiteral("passwordFile")))
        return fail({}, Text::tr("needs at most one of \"password\" and \"passwordFile\""));
    s.smtp.password = text.value(QStringLiteral("password"));
    if (text.contains(QStringLiteral("passwordFile"))) {
        // Kept out of the configuration, e.g. a file only the router's account may read; its first line.
        const QString path = base.absoluteFilePath(text.value(QStringLiteral("passwordFile")));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("passwordFile"), Text::tr("cannot read %1: %2").arg(path, file.errorString()));
        s.smtp.password = QString::fromUtf8(file.readLine(4096)).trimmed();
    }
    return true;
}

} // namespace

std::optional<RouterConfigFile> RouterConfigFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray json = file.readAll();
    const routing::JsonLineIndex lines(json);
    auto fail = [&](const QString &fieldPath, const QString &problem) {
        *error = Text::tr("%1: line %2: field %3: %4").arg(path).arg(lines.lineOf(fieldPath)).arg(fieldPath, problem);
        return std::nullopt;
    };
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        *error = Text::tr("%1: line %2: not valid JSON: %3")
                     .arg(path)
                     .arg(lines.lineOfOffset(perr.offset))
                     .arg(perr.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Text::tr("%1: line 1: the configuration must be a JSON object").arg(path);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QStringList known{QStringLiteral("listen"), QStringLiteral("dataDir"), QStringLiteral("routing"),
                            QStringLiteral("topicsFile"), QStringLiteral("bot"), QStringLiteral("presenceGraceSeconds"),
                            QStringLiteral("embedOrigins"), QStringLiteral("database"), QStringLiteral("limits"),
                            QStringLiteral("allowedOrigins"), QStringLiteral("tls"), QStringLiteral("metricsToken"),
                            QStringLiteral("webhooks"), QStringLiteral("attachments"), QStringLiteral("identity"),
                            QStringLiteral("smtp")};
    for (const QString &key : root.keys())
        if (!known.contains(key))
            return fail(key, Text::tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));

    RouterConfigFile config;
    const QDir base = QFileInfo(path).absoluteDir();
    if (root.contains(QStringLiteral("listen"))) {
        if (!root.value(QStringLiteral("listen")).isString())
            return fail(QStringLiteral("listen"), Text::tr("must be a string such as \"127.0.0.1:8080\""));
        config.listen = root.value(QStringLiteral("listen")).toString();
    }
    if (root.contains(QStringLiteral("dataDir"))) {
        if (!root.value(QStringLiteral("dataDir")).isString())
            return fail(QStringLiteral("dataDir"), Text::tr("must be a directory path"));
        config.dataDir = base.absoluteFilePath(root.value(QStringLiteral("dataDir")).toString());
    }
    if (root.contains(QStringLiteral("database"))) {
        const QJsonValue v = root.value(QStringLiteral("database"));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(QStringLiteral("database"),
                Text::tr("must be a PostgreSQL URL such as \"postgres://handoff@db/handoff\" or \"sqlite:FILE\""));
        config.database = v.toString().trimmed();
        // A relative SQLite file is relative to the configuration file, as dataDir is.
        if (config.database.startsWith(QLatin1String("sqlite:")))
            config.database = QStringLiteral("sqlite:") + base.absoluteFilePath(config.database.mid(7));
    }
    if (root.contains(QStringLiteral("webhooks"))) {
        const QJsonValue v = root.value(QStringLiteral("webhooks"));
        if (!v.isObject())
            return fail(QStringLiteral("webhooks"), Text::tr("must be an object such as {\"maxAttempts\": 12}"));
        const QJsonObject w = v.toObject();
        struct Bound {
            const char *key;
            int low, high;
            int *into;
            int scale;
        };
        server::WebhookSettings &s = config.webhooks;
        const Bound bounds[] = { { "maxAttempts", 1, 100, &s.maxAttempts, 1 },
            { "firstRetrySeconds", 1, 3600, &s.firstRetrySeconds, 1 },
            { "maxRetrySeconds", 1, 86400, &s.maxRetrySeconds, 1 }, { "timeoutSeconds", 1, 120, &s.timeoutMs, 1000 } };
        for (const QString &key : w.keys()) {
            const auto b = std::find_if(std::begin(bounds), std::end(bounds),
                [&](const Bound &x) { return key == QLatin1String(x.key); });
            const QString field = QStringLiteral("webhooks.") + key;
            if (b == std::end(bounds))
                return fail(field, Text::tr("unknown field (known: maxAttempts, firstRetrySeconds, maxRetrySeconds, "
                                            "timeoutSeconds)"));
            const QJsonValue n = w.value(key);
            if (!n.isDouble() || n.toDouble() != std::floor(n.toDouble()) || n.toInt() < b->low || n.toInt() > b->high)
                return fail(field, Text::tr("must be a whole number from %1 to %2").arg(b->low).arg(b->high));
            *b->into = n.toInt() * b->scale;
        }
    }
    if (root.contains(QStringLiteral("presenceGraceSeconds"))) {
        const QJsonValue v = root.value(QStringLiteral("presenceGraceSeconds"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 3600)
            return fail(QStringLiteral("presenceGraceSeconds"), Text::tr("must be a number of seconds from 0 to 3600"));
        config.presenceGraceSeconds = v.toInt();
    }
    static const QRegularExpression origin(QStringLiteral("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$"));
    for (const QString &name : {QStringLiteral("embedOrigins"), QStringLiteral("allowedOrigins")}) {
        if (!root.contains(name))
            continue;
        const QJsonValue v = root.value(name);
        if (!v.isArray())
            return fail(name, Text::tr("must be a list of origins such as \"https://shop.example\""));
        const QJsonArray list = v.toArray();
        QStringList &into = name == QLatin1String("embedOrigins") ? config.embedOrigins : config.limits.allowedOrigins;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString entry = list.at(i).toString();
            if (!origin.match(entry).hasMatch())
                return fail(QStringLiteral("%1[%2]").arg(name).arg(i),
                    Text::tr("\"%1\" is not an origin such as \"https://shop.example\"").arg(entry));
            into << entry;
        }
    }
    if (root.contains(QStringLiteral("metricsToken"))) {
        const QJsonValue v = root.value(QStringLiteral("metricsToken"));
        if (!v.isString() || v.toString().size() < 16 || v.toString().contains(QLatin1Char(' ')))
            return fail(QStringLiteral("metricsToken"), Text::tr("must be a secret of at least 16 characters without spaces"));
        config.limits.metricsToken = v.toString();
    }
    if (root.contains(QStringLiteral("limits"))) {
        const QJsonValue v = root.value(QStringLiteral("limits"));
        if (!v.isObject())
            return fail(QStringLiteral("limits"), Text::tr("must be an object such as {\"helloTimeoutSeconds\": 10}"));
        const QJsonObject limits = v.toObject();
        struct IntLimit {
            const char *name;
            int *into;
            int min;
            int max;
        };
        server::Limits &l = config.limits;
        const IntLimit known[] = {{"helloTimeoutSeconds", &l.helloTimeoutSeconds, 1, 300},
                                  {"httpIdleSeconds", &l.httpIdleSeconds, 1, 3600},
                                  {"maxConnectionsPerAddress", &l.maxConnectionsPerAddress, 1, 1000000},
                                  {"maxNewChatsPerMinute", &l.maxNewChatsPerMinute, 1, 1000000},
                                  {"anonymousChatExpirySeconds", &l.anonymousChatExpirySeconds, 0, 30 * 86400}};
        for (const QString &key : limits.keys()) {
            const auto it = std::find_if(std::begin(known), std::end(known),
                                         [&key](const IntLimit &k) { return key == QLatin1String(k.name); });
            if (it == std::end(known))
                return fail(QStringLiteral("limits.") + key, Text::tr("unknown limit"));
            const QJsonValue n = limits.value(key);
            if (!n.isDouble() || n.toDouble() != std::floor(n.toDouble()) || n.toDouble() < it->min || n.toDouble() > it->max)
                return fail(QStringLiteral("limits.") + key,
                            Text::tr("must be a whole number from %1 to %2").arg(it->min).arg(it->max));
            *it->into = n.toInt();
        }
    }
    if (root.contains(QStringLiteral("attachments"))) {
        const QJsonValue v = root.value(QStringLiteral("attachments"));
        if (!v.isObject())
            return fail(QStringLiteral("attachments"), Text::tr("must be an object such as {\"maxMegabytes\": 10}"));
        const QJsonObject files = v.toObject();
        server::AttachmentLimits &a = config.limits.attachments;
        struct Number {
            const char *name;
            qint64 min;
            qint64 max;
            std::function<void(qint64)> into;
        };
        constexpr qint64 MB = 1024 * 1024;
        const Number numbers[] = {
            {"maxMegabytes", 1, 1024, [&a](qint64 n) { a.maxBytes = n * MB; }},
            {"maxPerConversation", 1, 100000, [&a](qint64 n) { a.maxPerConversation = int(n); }},
            {"maxMegabytesPerConversation", 1, 1024 * 1024, [&a](qint64 n) { a.maxBytesPerConversation = n * MB; }},
            {"uploadsPerMinute", 1, 10000, [&a](qint64 n) { a.uploadsPerMinute = int(n); }},
            {"maxConcurrentPerConversation", 1, 100, [&a](qint64 n) { a.maxConcurrentPerConversation = int(n); }},
            {"maxConcurrentUploads", 1, 10000, [&a](qint64 n) { a.maxConcurrentUploads = int(n); }},
            {"uploadSeconds", 1, 3600, [&a](qint64 n) { a.uploadSeconds = int(n); }},
            {"minFreeDiskMegabytes", 0, 1024 * 1024 * 1024, [&a](qint64 n) { a.minFreeDiskBytes = n * MB; }},
            {"scannerTimeoutSeconds", 1, 600, [&a](qint64 n) { a.scannerTimeoutSeconds = int(n); }}};
        for (const QString &key : files.keys()) {
            const QString where = QStringLiteral("attachments.") + key;
            const QJsonValue n = files.value(key);
            if (key == QLatin1String("scanner")) {
                const QString address = n.toString();
                const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
                const bool hostPort = colon > 0 && address.mid(colon + 1).toUShort() > 0;
                if (!n.isString() || !(address.startsWith(QLatin1Char('/')) || hostPort))
                    return fail(where, Text::tr("must be clamd's Unix socket (an absolute path) or HOST:PORT"));
                a.scanner = address;
                continue;
            }
            if (key == QLatin1String("directory")) {
                if (!n.isString() || n.toString().isEmpty())
                    return fail(where, Text::tr("must be a directory (relative to the configuration file)"));
                a.directory = base.absoluteFilePath(n.toString());
                continue;
            }
            if (key == QLatin1String("scannerFailOpen")) {
                if (!n.isBool())
                    return fail(where, Text::tr("must be true or false"));
                a.scannerFailOpen = n.toBool();
                continue;
            }
            const auto it = std::find_if(std::begin(numbers), std::end(numbers),
                                         [&key](const Number &k) { return key == QLatin1String(k.name); });
            if (it == std::end(numbers))
                return fail(where, Text::tr("unknown setting"));
            if (!n.isDouble() || n.toDouble() != std::floor(n.toDouble()) || n.toDouble() < double(it->min)
                || n.toDouble() > double(it->max))
                return fail(where, Text::tr("must be a whole number from %1 to %2").arg(it->min).arg(it->max));
            it->into(qint64(n.toDouble()));
        }
    }
    if (root.contains(QStringLiteral("smtp"))) {
        QString fieldPath, problem;
        if (!readSmtp(root.value(QStringLiteral("smtp")), base, &config.mail, &fieldPath, &problem))
            return fail(fieldPath, problem);
    }
    if (root.contains(QStringLiteral("identity"))) {
        QString fieldPath, problem;
        if (!readIdentity(root.value(QStringLiteral("identity")), base, &config.identity, &fieldPath, &problem))
            return fail(fieldPath, problem);
    }
    const QJsonValue routingValue = root.value(QStringLiteral("routing"));
    if (routingValue.isString()) {
        const QString routingPath = base.absoluteFilePath(routingValue.toString());
        QFile routingFile(routingPath);
        if (!routingFile.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("routing"), Text::tr("cannot read %1: %2").arg(routingPath, routingFile.errorString()));
        QString why;
        config.routing = routing::RoutingConfig::fromJson(routingFile.readAll(), &why);
        if (!config.routing) {
            *error = QStringLiteral("%1: %2").arg(routingPath, why);
            return std::nullopt;
        }
    } else if (routingValue.isObject()) {
        const auto [from, to] = valueRange(json, "routing");
        QString why;
        config.routing = routing::RoutingConfig::fromJson(from >= 0 ? blankOutside(json, from, to)
                                                                    : QJsonDocument(routingValue.toObject()).toJson(),
                                                          &why);
        if (!config.routing) {
            *error = QStringLiteral("%1: routing: %2").arg(path, why);
            return std::nullopt;
        }
    } else if (!routingValue.isUndefined()) {
        return fail(
            QStringLiteral("routing"), Text::tr("must be an object (the routing configuration) or a file name"));
    }
    if (root.contains(QStringLiteral("topicsFile"))) {
        const QString topicsPath = base.absoluteFilePath(root.value(QStringLiteral("topicsFile")).toString());
        QString why;
        config.topics = bot::TopicSet::fromFile(topicsPath, &why);
        if (!config.topics) {
            *error = QStringLiteral("%1: %2").arg(topicsPath, why);
            return std::nullopt;
        }
    }
    const QJsonValue tlsValue = root.value(QStringLiteral("tls"));
    if (!tlsValue.isUndefined()) {
        if (!tlsValue.isObject())
            return fail(QStringLiteral("tls"), Text::tr("must be an object such as {\"cert\": \"FILE\", \"key\": \"FILE\"}"));
        const QJsonObject t = tlsValue.toObject();
        for (const QString &key : t.keys())
            if (key != QLatin1String("cert") && key != QLatin1String("key"))
                return fail(QStringLiteral("tls.") + key, Text::tr("unknown field (known: cert, key)"));
        for (const QString &key : {QStringLiteral("cert"), QStringLiteral("key")}) {
            const QJsonValue v = t.value(key);
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return fail(QStringLiteral("tls.") + key, Text::tr("must be the path of a PEM file"));
            // Relative to the configuration file, as dataDir is.
            (key == QLatin1String("cert") ? config.tlsCert : config.tlsKey) = base.absoluteFilePath(v.toString());
        }
    }
    const QJsonValue botValue = root.value(QStringLiteral("bot"));
    if (!botValue.isUndefined()) {
        if (!botValue.isObject())
            return fail(QStringLiteral("bot"), Text::tr("must be an object"));
        const QJsonObject b = botValue.toObject();
        for (const QString &key : b.keys())
            if (key != QLatin1String("name") && key != QLatin1String("maxUnrecognisedTurns")
                && key != QLatin1String("handoffLine"))
                return fail(QStringLiteral("bot.") + key,
                    Text::tr("unknown field (known: name, maxUnrecognisedTurns, handoffLine)"));
        if (b.contains(QStringLiteral("maxUnrecognisedTurns"))) {
            const QJsonValue v = b.value(QStringLiteral("maxUnrecognisedTurns"));
            if (!v.isDouble() || v.toInt() < 1 || v.toInt() > 20)
                return fail(QStringLiteral("bot.maxUnrecognisedTurns"), Text::tr("must be a number from 1 to 20"));
            config.bot.maxUnrecognisedTurns = v.toInt();
        }
        config.bot.botName = b.value(QStringLiteral("name")).toString();
        config.bot.handoffLine = b.value(QStringLiteral("handoffLine")).toString();
    }
    return config;
}

} // namespace handoff::router
