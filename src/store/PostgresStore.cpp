#include "store/PostgresStore.h"

#include "store/SecretToken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#include <algorithm>

namespace handoff::store {

namespace {

// Every router migrating the same database takes this lock first (pg_advisory_xact_lock), so two
// routers starting at once apply each migration exactly once. The value is "Handoff" in ASCII.
constexpr qint64 kMigrationLock = 0x48616e646f6666;

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::store::PostgresStore)
};

// Times are timestamptz but cross the driver as epoch milliseconds, so neither the driver's nor the session's
// time zone handling can shift them. Flags are BOOLEAN. COLLATE "C" sorts by code point, as SQLite's BINARY
// collation does. The driver knows no last insert id: an insert returns it. A new password and the sign-out
// of every desk that used the old one are one statement, so they commit together.
const SqlDialect &postgresDialect()
{
    static const SqlDialect dialect{
        ":/store/sql/postgres",
        {QStringLiteral("DELETE FROM schema_version"), QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")},
        "BEGIN",
        "to_timestamp(CAST(? AS bigint) / 1000.0)",
        "CAST(round(extract(epoch FROM %1) * 1000) AS bigint)",
        "now()",
        "FALSE",
        "TRUE",
        " COLLATE \"C\"",
        " RETURNING id",
        " FOR UPDATE",
        "WITH changed AS (UPDATE users SET password_hash = ? WHERE name = ? RETURNING name), "
        "revoked AS (DELETE FROM tokens WHERE user_name IN (SELECT name FROM changed)) "
        "SELECT name FROM changed",
        "",
    };
    return dialect;
}

// libpq keyword strings: key=value pairs separated by spaces; values may be single-quoted.
QList<QPair<QString, QString>> keywordPairs(const QString &text, bool *ok)
{
    static const QRegularExpression pair(QStringLiteral(R"(\s*([A-Za-z_]+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|([^\s']*)))"));
    QList<QPair<QString, QString>> result;
    qsizetype pos = 0;
    *ok = true;
    while (pos < text.size()) {
        if (text.mid(pos).trimmed().isEmpty())
            break;
        const auto match
            = pair.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            *ok = false;
            break;
        }
        QString value = match.hasCaptured(2) ? match.captured(2) : match.captured(3);
        value.replace(QStringLiteral("\\'"), QStringLiteral("'")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        result << qMakePair(match.captured(1).toLower(), value);
        pos = match.capturedEnd();
    }
    return result;
}

bool validSchemaName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

} // namespace

QString PostgresStore::notifyChannel()
{
    return QStringLiteral("handoff_events");
}

QString PostgresStore::originTag()
{
    static const QString tag = SecretToken::generate(8);
    return tag;
}

// Tells every router listening on this database that something changed; delivered when the statement
// commits. The payload is small JSON: kind, schema, conversation, detail (message id or state), origin.
void PostgresStore::announce(const QString &kind, const QString &conversationId, const QString &detail) const
{
    publish({ { QStringLiteral("kind"), kind }, { QStringLiteral("conversationId"), conversationId },
        { QStringLiteral("detail"), detail } });
}

QString PostgresStore::payloadText(QJsonObject payload) const
{
    payload.insert(QStringLiteral("schema"), m_schema);
    payload.insert(QStringLiteral("origin"), originTag());
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

bool PostgresStore::publish(QJsonObject payload) const
{
    const QString text = payloadText(std::move(payload));
    if (text.toUtf8().size() > 7900) // NOTIFY's limit is 8000 bytes
        return true;
    QSqlQuery &q = cached(CachedStatement::Notify, "SELECT pg_notify(?, ?)");
    q.bindValue(0, notifyChannel());
    q.bindValue(1, text);
    const bool ok = exec(q);
    q.finish();
    return ok;
}

std::pair<QString, QString> PostgresStore::announcement(const QString &kind, const QString &conversationId,
                                                        const QString &detail) const
{
    return { notifyChannel(),
        payloadText({ { QStringLiteral("kind"), kind }, { QStringLiteral("conversationId"), conversationId },
            { QStringLiteral("detail"), detail } }) };
}

// A message and its notification in one statement: the notification only when the row was inserted (a
// resend inserts nothing), delivered at commit like every NOTIFY.
const char *PostgresStore::insertMessageAnnouncing() const
{
    return "WITH inserted AS (INSERT INTO messages (id, client_id, conversation_id, author_kind, author_id, "
           "author_name, text, internal, at, thread, attachment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {t}, ?, ?) "
           "ON CONFLICT (conversation_id, author_kind, author_id, client_id) DO NOTHING RETURNING serial) "
           "SELECT serial, pg_notify(?, ?) FROM inserted";
}

PostgresStore::PostgresStore(const QString &connection)
    : SqlStore(postgresDialect(), QStringLiteral("handoff-pg-store-"))
{
    parseConnection(connection);
}

bool PostgresStore::looksLikeConnection(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgres://")) || t.startsWith(QLatin1String("postgresql://")))
        return true;
    static const QRegularExpression keyword(
        QStringLiteral(R"(^(host|hostaddr|port|user|dbname|password|service)\s*=)"));
    return keyword.match(t).hasMatch();
}

bool PostgresStore::parseConnection(const QString &connection)
{
    const QString text = connection.trimmed();
    QList<QPair<QString, QString>> pairs;
    if (text.startsWith(QLatin1String("postgres://")) || text.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            m_parseError = Text::tr("not a valid PostgreSQL URL: %1").arg(url.errorString());
            return false;
        }
        if (!url.host().isEmpty())
            pairs << qMakePair(QStringLiteral("host"), url.host());
        if (url.port() > 0)
            pairs << qMakePair(QStringLiteral("port"), QString::number(url.port()));
        if (!url.userName().isEmpty())
            pairs << qMakePair(QStringLiteral("user"), url.userName());
        if (!url.password().isEmpty())
            pairs << qMakePair(QStringLiteral("password"), url.password());
        const QString db = url.path().mid(1);
        if (!db.isEmpty())
            pairs << qMakePair(QStringLiteral("dbname"), db);
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            pairs << qMakePair(item.first.toLower(), item.second);
    } else {
        bool ok = false;
        pairs = keywordPairs(text, &ok);
        if (!ok) {
            m_parseError = Text::tr("not a PostgreSQL connection string (expected key=value pairs)");
            return false;
        }
    }
    for (const auto &[key, value] : pairs) {
        if (key == QLatin1String("host"))
            m_host = value;
        else if (key == QLatin1String("port"))
            m_port = value.toInt();
        else if (key == QLatin1String("user"))
            m_user = value;
        else if (key == QLatin1String("password"))
            m_password = value;
        else if (key == QLatin1String("dbname"))
            m_dbName = value;
        else if (key == QLatin1String("schema"))
            m_schema = value;
        else if (key.contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))) && !value.contains(QLatin1Char(';'))
            && !value.contains(QLatin1Char(' ')))
            m_options << key + QLatin1Char('=') + value;
        else {
            m_parseError = Text::tr("unsupported connection option %1").arg(key);
            return false;
        }
    }
    if (m_port <= 0 || m_port > 65535) {
        m_parseError = Text::tr("the port must be a number from 1 to 65535");
        return false;
    }
    if (!m_schema.isEmpty() && !validSchemaName(m_schema)) {
        m_parseError = Text::tr("schema \"%1\" must be letters, digits and underscores").arg(m_schema);
        return false;
    }
    return true;
}

QString PostgresStore::description() const
{
    QString where = QStringLiteral("%1%2:%3/%4")
                        .arg(m_user.isEmpty() ? QString() : m_user + QLatin1Char('@'),
                            m_host.isEmpty() ? QStringLiteral("localhost") : m_host)
                        .arg(m_port)
                        .arg(m_dbName);
    if (!m_schema.isEmpty())
        where += QStringLiteral(" (schema %1)").arg(m_schema);
    return QStringLiteral("PostgreSQL %1").arg(where);
}

int PostgresStore::latestSchemaVersion()
{
    return SqlStore::latestSchemaVersion(postgresDialect());
}

bool PostgresStore::openConnection(QString *error)
{
    if (!m_parseError.isEmpty()) {
        *error = m_parseError;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Text::tr("the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed");
        return false;
    }
    QSqlDatabase db = addConnection(QStringLiteral("QPSQL"));
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_dbName);
    QStringList options = m_options;
    if (!std::any_of(options.cbegin(), options.cend(),
            [](const QString &o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        options << QStringLiteral("connect_timeout=10");
    // Names the router in pg_stat_activity, unless the connection names itself.
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!std::any_of(options.cbegin(), options.cend(),
            [](const QString &o) { return o.startsWith(QLatin1String("application_name=")); })
        && plainName.match(QCoreApplication::applicationName()).hasMatch())
        options << QStringLiteral("application_name=") + QCoreApplication::applicationName();
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = Text::tr("cannot connect to %1: %2").arg(description(), db.lastError().text().trimmed());
        return false;
    }
    return prepareSession(error);
}

bool PostgresStore::prepareSession(QString *error) const
{
    QSqlQuery q(m_db);
    // "already exists, skipping" notices from every router's start-up are not worth a line in the log.
    q.exec(QStringLiteral("SET client_min_messages TO warning"));
    if (!m_schema.isEmpty() && !q.exec(QStringLiteral("SET search_path TO \"%1\"").arg(m_schema))) {
        *error = Text::tr("cannot use schema %1: %2").arg(m_schema, q.lastError().text());
        return false;
    }
    return true;
}

// A PostgreSQL restart or fail-over drops the connection; the router reconnects instead of failing
// every later write until it is restarted.
bool PostgresStore::reconnectIfLost() const
{
    if (m_db.isOpen()) {
        QSqlQuery probe(m_db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false; // the connection is fine: the statement itself failed
    }
    QSqlDatabase db = m_db; // a handle on the same connection
    db.close();
    QString why;
    if (!db.open() || !prepareSession(&why)) {
        m_lastError = Text::tr("lost the connection to %1 and cannot reconnect: %2")
                          .arg(description(), why.isEmpty() ? db.lastError().text().trimmed() : why);
        qWarning("store: %s", qPrintable(m_lastError));
        return false;
    }
    qWarning("store: reconnected to %s", qPrintable(description()));
    return true;
}

int PostgresStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool PostgresStore::prepareMigration(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock))) {
        *error = Text::tr("cannot lock the schema for migration: %1").arg(q.lastError().text());
        return false;
    }
    if (!m_schema.isEmpty() && !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(m_schema))) {
        *error = Text::tr("cannot create schema %1: %2").arg(m_schema, q.lastError().text());
        return false;
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        *error = Text::tr("cannot create the schema version table: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace handoff::store
