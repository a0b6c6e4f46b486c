#include "store/PostgresStore.h"

#include "store/SharedQueries.h"
#include "store/PasswordHash.h"
#include "store/RecordRows.h"
#include "store/SecretToken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#include <atomic>

// Resources of a static library must be initialised by name, outside any namespace.
static void initPostgresStoreResources()
{
    Q_INIT_RESOURCE(handoff_store_sql);
}

namespace handoff::store {

namespace {

constexpr auto kMigrationDir = ":/store/sql/postgres";

// Every router migrating the same database takes this lock first (pg_advisory_xact_lock), so two
// routers starting at once apply each migration exactly once. The value is "Handoff" in ASCII.
constexpr qint64 kMigrationLock = 0x48616e646f6666;

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::store::PostgresStore)
};

// A null QString would be bound as NULL; the schema wants empty text instead.
QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Times cross the driver as epoch milliseconds so neither the driver's nor the session's time zone
// handling can shift them; the columns themselves are timestamptz.
constexpr auto kToTime = "to_timestamp(CAST(? AS bigint) / 1000.0)";

QString epochMs(const QString &column)
{
    return QStringLiteral("CAST(round(extract(epoch FROM %1) * 1000) AS bigint)").arg(column);
}

QString userColumns()
{
    return QStringLiteral("name, display_name, role, skills, capacity, ") + epochMs(QStringLiteral("created_at"));
}

QString conversationColumns()
{
    return QStringLiteral("id, state, queue_id, priority, required_skills, agent_id, agent_name, visitor_token_hash, "
                          "visitor_name, page, language, topic, source, external_id, handoff_json, bot_state_json, "
                          "disposition, close_note, %1, %2, %3, enqueue_order, %4, %5, %6, %7, %8, api_token_name")
        .arg(epochMs(QStringLiteral("created_at")), epochMs(QStringLiteral("escalated_at")),
            epochMs(QStringLiteral("enqueued_at")), epochMs(QStringLiteral("assigned_at")),
            epochMs(QStringLiteral("closed_at")), epochMs(QStringLiteral("last_visitor_at")),
            epochMs(QStringLiteral("queue_entered_at")), epochMs(QStringLiteral("form_offered_at")));
}

QString messageColumns()
{
    return QStringLiteral("id, client_id, conversation_id, author_kind, author_id, author_name, text, internal, ")
        + epochMs(QStringLiteral("at"));
}

QString offlineMessageColumns()
{
    return QStringLiteral("id, conversation_id, name, email, text, queue_id, %1, handled, handled_by, %2")
        .arg(epochMs(QStringLiteral("at")), epochMs(QStringLiteral("handled_at")));
}

QStringList migrationFiles()
{
    return QDir(QString::fromLatin1(kMigrationDir)).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
}

// Migration files hold plain DDL: no functions with bodies, so ';' ends a statement.
QStringList statementsOf(const QString &sql)
{
    QStringList lines;
    for (const QString &line : sql.split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    // Statements end at a semicolon, except inside a dollar-quoted body ($name$ … $name$) such as a
    // function's, whose own statements end in semicolons too.
    static const QRegularExpression dollarTag(QStringLiteral(R"(\$[A-Za-z_]*\$)"));
    const QString text = lines.join(QLatin1Char('\n'));
    QStringList statements;
    QString quote; // the open dollar tag, empty outside one
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('$')) {
            const auto tag = dollarTag.match(text, i, QRegularExpression::NormalMatch,
                                             QRegularExpression::AnchorAtOffsetMatchOption);
            if (tag.hasMatch()) {
                if (quote.isEmpty())
                    quote = tag.captured();
                else if (tag.captured() == quote)
                    quote.clear();
                i += tag.capturedLength() - 1;
                continue;
            }
        }
        if (text.at(i) == QLatin1Char(';') && quote.isEmpty()) {
            if (const QString s = text.mid(start, i - start).trimmed(); !s.isEmpty())
                statements << s;
            start = i + 1;
        }
    }
    if (const QString s = text.mid(start).trimmed(); !s.isEmpty())
        statements << s;
    return statements;
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
void PostgresStore::notifyChange(const QString &kind, const QString &conversationId, const QString &detail) const
{
    const auto q = kept(QStringLiteral("SELECT pg_notify(?, ?)"));
    q->bindValue(0, notifyChannel());
    q->bindValue(1, notifyPayload(kind, conversationId, detail));
    exec(*q);
    q->finish();
}

QString PostgresStore::notifyPayload(const QString &kind, const QString &conversationId, const QString &detail) const
{
    const QJsonObject payload { { QStringLiteral("kind"), kind }, { QStringLiteral("schema"), m_schema },
        { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("detail"), detail },
        { QStringLiteral("origin"), originTag() } };
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

// QPSQL's prepare() is a PREPARE round trip, and the query's end a DEALLOCATE: a statement prepared for
// each call costs three round trips to the server instead of one. The writer's throughput on PostgreSQL is
// bound by those round trips (one connection, one statement after another), so the statements of every
// message are kept prepared for the connection's life.
std::shared_ptr<QSqlQuery> PostgresStore::kept(const QString &sql) const
{
    std::shared_ptr<QSqlQuery> &q = m_kept[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_db);
        q->prepare(sql);
    }
    return q;
}

PostgresStore::PostgresStore(const QString &connection)
{
    initPostgresStoreResources();
    static std::atomic<int> counter { 0 };
    m_connectionName = QStringLiteral("handoff-pg-store-%1").arg(counter++);
    parseConnection(connection);
}

PostgresStore::~PostgresStore()
{
    close();
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
    initPostgresStoreResources();
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : files.last().section(QLatin1Char('_'), 0, 0).toInt();
}

bool PostgresStore::open(QString *error)
{
    auto fail = [&](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        close();
        return false;
    };
    if (!m_parseError.isEmpty())
        return fail(m_parseError);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Text::tr("the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_host);
    m_db.setPort(m_port);
    m_db.setUserName(m_user);
    m_db.setPassword(m_password);
    m_db.setDatabaseName(m_dbName);
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
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open())
        return fail(Text::tr("cannot connect to %1: %2").arg(description(), m_db.lastError().text().trimmed()));
    QString why;
    if (!prepareSession(&why))
        return fail(why);
    if (!migrate(&why))
        return fail(why);
    return true;
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
    m_kept.clear(); // prepared on the connection that is gone; a caller holding one prepares it again
    qWarning("store: reconnected to %s", qPrintable(description()));
    return true;
}

void PostgresStore::close()
{
    m_kept.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
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

bool PostgresStore::migrate(QString *error)
{
    const int latest = latestSchemaVersion();
    if (!m_db.transaction()) {
        *error = Text::tr("cannot start the migration: %1").arg(m_db.lastError().text());
        return false;
    }
    auto failWith = [&](const QString &why) {
        *error = why;
        m_db.rollback();
        return false;
    };
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return failWith(Text::tr("cannot lock the schema for migration: %1").arg(q.lastError().text()));
    if (!m_schema.isEmpty() && !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(m_schema)))
        return failWith(Text::tr("cannot create schema %1: %2").arg(m_schema, q.lastError().text()));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return failWith(Text::tr("cannot create the schema version table: %1").arg(q.lastError().text()));
    // Read under the lock: another router may have migrated while this one waited.
    const int current = schemaVersion();
    if (current < 0)
        return failWith(Text::tr("cannot read the schema version: %1").arg(q.lastError().text()));
    if (current > latest)
        return failWith(Text::tr("%1 has schema version %2, newer than this build knows (%3)")
                            .arg(description())
                            .arg(current)
                            .arg(latest));
    for (const QString &name : migrationFiles()) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= current)
            continue;
        QFile file(QString::fromLatin1(kMigrationDir) + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(Text::tr("migration %1 is missing from the build").arg(name));
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            if (!q.exec(statement))
                return failWith(Text::tr("migration %1 failed: %2").arg(name, q.lastError().text()));
        }
        if (!q.exec(QStringLiteral("DELETE FROM schema_version"))
            || !q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)))
            return failWith(Text::tr("migration %1 failed: %2").arg(name, q.lastError().text()));
    }
    if (!m_db.commit())
        return failWith(Text::tr("cannot commit the migration: %1").arg(m_db.lastError().text()));
    return true;
}

bool PostgresStore::beginBatch()
{
    if (m_db.transaction())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool PostgresStore::commitBatch()
{
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

void PostgresStore::rollbackBatch()
{
    m_db.rollback();
}

bool PostgresStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    if (reconnectIfLost()) {
        // Prepared statements die with their connection: prepare it again with the same values.
        const QString sql = q.lastQuery();
        const QVariantList values = q.boundValues();
        q = QSqlQuery(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        m_lastError = q.lastError().text();
    }
    qWarning("store: %s", qPrintable(m_lastError));
    return false;
}

bool PostgresStore::addUser(const UserRecord &user, const QString &password)
{
    const QString hash = PasswordHash::create(password);
    if (hash.isEmpty()) {
        m_lastError = Text::tr("cannot hash the password");
        qWarning("store: %s", qPrintable(m_lastError));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO users (name, display_name, role, password_hash, skills, capacity, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, %1)")
            .arg(QLatin1String(kToTime)));
    q.addBindValue(textValue(user.name));
    q.addBindValue(textValue(user.displayName.isEmpty() ? user.name : user.displayName));
    q.addBindValue(toString(user.role));
    q.addBindValue(hash);
    q.addBindValue(textValue(user.skills.join(QLatin1Char(','))));
    q.addBindValue(user.capacity);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q);
}

bool PostgresStore::updateUser(const UserRecord &user)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, skills = ?, capacity = ? WHERE name = ?"));
    q.addBindValue(textValue(user.displayName));
    q.addBindValue(toString(user.role));
    q.addBindValue(textValue(user.skills.join(QLatin1Char(','))));
    q.addBindValue(user.capacity);
    q.addBindValue(textValue(user.name));
    return exec(q) && q.numRowsAffected() == 1;
}

bool PostgresStore::setPassword(const QString &name, const QString &password)
{
    const QString hash = PasswordHash::create(password);
    if (hash.isEmpty()) {
        m_lastError = Text::tr("cannot hash the password");
        qWarning("store: %s", qPrintable(m_lastError));
        return false;
    }
    // One statement, so the new hash and the sign-out of every desk that used the old one commit together.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("WITH changed AS (UPDATE users SET password_hash = ? WHERE name = ? RETURNING name), "
                             "revoked AS (DELETE FROM tokens WHERE user_name IN (SELECT name FROM changed)) "
                             "SELECT count(*) FROM changed"));
    q.addBindValue(hash);
    q.addBindValue(textValue(name));
    return exec(q) && q.next() && q.value(0).toInt() == 1;
}

std::optional<UserRecord> PostgresStore::user(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(userColumns()));
    q.addBindValue(textValue(name));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return RecordRows::user(q);
}

QList<UserRecord> PostgresStore::users() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(userColumns()));
    QList<UserRecord> result;
    if (exec(q))
        while (q.next())
            result << RecordRows::user(q);
    return result;
}

Store::PasswordCheck PostgresStore::checkPassword(const QString &name, const QString &password)
{
    return checkPasswordIn(m_db, name, password, [this](QSqlQuery &q) { return exec(q); });
}

QString PostgresStore::issueToken(const QString &userName, int validDays)
{
    const QString token = SecretToken::generate(32);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user_name, created_at, expires_at) VALUES (?, ?, %1, %1)")
                  .arg(QLatin1String(kToTime)));
    q.addBindValue(SecretToken::hash(token));
    q.addBindValue(textValue(userName));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.addDays(validDays).toMSecsSinceEpoch());
    return exec(q) ? token : QString();
}

std::optional<QString> PostgresStore::userForToken(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT user_name FROM tokens WHERE token_hash = ? AND expires_at > now()"));
    q.addBindValue(SecretToken::hash(token));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool PostgresStore::revokeToken(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    q.addBindValue(SecretToken::hash(token));
    return exec(q);
}

QString PostgresStore::addApiToken(const QString &name)
{
    const QString token = SecretToken::generate(32);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO api_tokens (token_hash, name, created_at) VALUES (?, ?, now())"));
    q.addBindValue(SecretToken::hash(token));
    q.addBindValue(textValue(name));
    return exec(q) ? token : QString();
}

std::optional<QString> PostgresStore::apiTokenName(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM api_tokens WHERE token_hash = ?"));
    q.addBindValue(SecretToken::hash(token));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool PostgresStore::writeConversation(const ConversationRecord &c, bool insert)
{
    const QString t = QLatin1String(kToTime);
    QSqlQuery q(m_db);
    if (insert)
        q.prepare(
            QStringLiteral("INSERT INTO conversations (id, state, queue_id, priority, required_skills, agent_id, "
                           "agent_name, visitor_token_hash, visitor_name, page, language, topic, source, "
                           "external_id, handoff_json, bot_state_json, disposition, close_note, created_at, "
                           "escalated_at, enqueued_at, enqueue_order, assigned_at, closed_at, last_visitor_at, "
                           "queue_entered_at, form_offered_at, api_token_name) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1, %1, %1, ?, %1, %1, %1, %1, %1, ?)")
                .arg(t));
    else
        q.prepare(QStringLiteral(
            "UPDATE conversations SET id = ?, state = ?, queue_id = ?, priority = ?, required_skills = ?, "
            "agent_id = ?, agent_name = ?, visitor_token_hash = ?, visitor_name = ?, page = ?, language = ?, "
            "topic = ?, source = ?, external_id = ?, handoff_json = ?, bot_state_json = ?, disposition = ?, "
            "close_note = ?, created_at = %1, escalated_at = %1, enqueued_at = %1, enqueue_order = ?, "
            "assigned_at = %1, closed_at = %1, last_visitor_at = %1, queue_entered_at = %1, form_offered_at = %1, "
            "api_token_name = ? WHERE id = ?")
                      .arg(t));
    q.addBindValue(textValue(c.id));
    q.addBindValue(toString(c.state));
    q.addBindValue(textValue(c.queueId));
    q.addBindValue(c.priority);
    q.addBindValue(textValue(c.requiredSkills.join(QLatin1Char(','))));
    q.addBindValue(textValue(c.agentId));
    q.addBindValue(textValue(c.agentName));
    q.addBindValue(textValue(c.visitorTokenHash));
    q.addBindValue(textValue(c.visitorName));
    q.addBindValue(textValue(c.page));
    q.addBindValue(textValue(c.language));
    q.addBindValue(textValue(c.topic));
    q.addBindValue(textValue(c.source));
    q.addBindValue(textValue(c.externalId));
    q.addBindValue(textValue(c.handoff ? RecordRows::jsonText(c.handoff->toJson()) : QString()));
    q.addBindValue(textValue(RecordRows::jsonText(c.botState)));
    q.addBindValue(textValue(c.disposition));
    q.addBindValue(textValue(c.closeNote));
    q.addBindValue(RecordRows::epochMs(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(RecordRows::epochMs(c.escalatedAt));
    q.addBindValue(RecordRows::epochMs(c.enqueuedAt));
    q.addBindValue(c.enqueueOrder);
    q.addBindValue(RecordRows::epochMs(c.assignedAt));
    q.addBindValue(RecordRows::epochMs(c.closedAt));
    q.addBindValue(RecordRows::epochMs(c.lastVisitorAt));
    q.addBindValue(RecordRows::epochMs(c.queueEnteredAt));
    q.addBindValue(RecordRows::epochMs(c.formOfferedAt));
    q.addBindValue(textValue(c.apiTokenName));
    if (!insert)
        q.addBindValue(textValue(c.id));
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    notifyChange(QStringLiteral("conversation"), c.id, toString(c.state));
    return true;
}

bool PostgresStore::createConversation(const ConversationRecord &c)
{
    return writeConversation(c, true);
}

bool PostgresStore::updateConversation(const ConversationRecord &c)
{
    return writeConversation(c, false);
}

std::optional<ConversationRecord> PostgresStore::conversation(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(conversationColumns()));
    q.addBindValue(textValue(id));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return RecordRows::conversation(q);
}

std::optional<ConversationRecord> PostgresStore::conversationForVisitor(const QString &visitorTokenHash) const
{
    if (visitorTokenHash.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE visitor_token_hash = ? ORDER BY created_at DESC LIMIT 1")
            .arg(conversationColumns()));
    q.addBindValue(textValue(visitorTokenHash));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return RecordRows::conversation(q);
}

bool PostgresStore::deleteConversation(const QString &id)
{
    return deleteConversationIn(m_db, id, [this](QSqlQuery &q) { return exec(q); });
}

QList<ConversationRecord> PostgresStore::openConversations() const
{
    // NULLS FIRST matches SQLite, where NULL sorts before every value.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE state <> 'closed' ORDER BY enqueued_at NULLS FIRST, "
                             "enqueue_order, created_at")
                  .arg(conversationColumns()));
    QList<ConversationRecord> result;
    if (exec(q))
        while (q.next())
            result << RecordRows::conversation(q);
    return result;
}

std::optional<ChatMessage> PostgresStore::messageByClientId(const ChatMessage &m) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND author_kind = ? AND author_id = ? "
                             "AND client_id = ?")
                  .arg(messageColumns()));
    q.addBindValue(textValue(m.conversationId));
    q.addBindValue(toString(m.author));
    q.addBindValue(textValue(m.authorId));
    q.addBindValue(textValue(m.clientId));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return RecordRows::message(q);
}

std::optional<AppendedMessage> PostgresStore::appendMessage(const ChatMessage &message)
{
    ChatMessage m = message;
    if (m.id.isEmpty())
        m.id = SecretToken::newId(QStringLiteral("m_"));
    if (!m.at.isValid())
        m.at = QDateTime::currentDateTimeUtc();
    // Two routers may receive the same resent line at once: the unique key decides, not a prior read. The
    // notification goes in the same statement (one round trip), only when the row was inserted.
    const auto q = kept(
        QStringLiteral("WITH inserted AS (INSERT INTO messages (id, client_id, conversation_id, author_kind, "
                       "author_id, author_name, text, internal, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1) "
                       "ON CONFLICT (conversation_id, author_kind, author_id, client_id) DO NOTHING RETURNING serial) "
                       "SELECT serial, pg_notify(?, ?) FROM inserted")
            .arg(QLatin1String(kToTime)));
    const QVariantList values { textValue(m.id),
        m.clientId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.clientId),
        textValue(m.conversationId), toString(m.author), textValue(m.authorId), textValue(m.authorName),
        textValue(m.text), m.internal, m.at.toMSecsSinceEpoch(), notifyChannel(),
        notifyPayload(QStringLiteral("message"), m.conversationId, m.id) };
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!exec(*q))
        return std::nullopt;
    const bool inserted = q->next();
    q->finish();
    if (inserted) {
        // Read back through the same conversion as every other read, so the time is what later reads return.
        m.at = QDateTime::fromMSecsSinceEpoch(m.at.toMSecsSinceEpoch(), Qt::UTC);
        return AppendedMessage { m, false };
    }
    if (auto existing = messageByClientId(m))
        return AppendedMessage { *existing, true };
    return std::nullopt;
}

QList<ChatMessage> PostgresStore::messages(const QString &conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY serial").arg(messageColumns()));
    q.addBindValue(textValue(conversationId));
    QList<ChatMessage> result;
    if (exec(q))
        while (q.next())
            result << RecordRows::message(q);
    return result;
}

bool PostgresStore::addEscalation(const EscalationRecord &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO escalations (conversation_id, at, topic, trigger_kind, reason, queue_id) "
                             "VALUES (?, %1, ?, ?, ?, ?)")
                  .arg(QLatin1String(kToTime)));
    q.addBindValue(textValue(e.conversationId));
    q.addBindValue(RecordRows::epochMs(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(textValue(e.topic));
    q.addBindValue(toString(e.trigger));
    q.addBindValue(textValue(e.reason));
    q.addBindValue(textValue(e.queueId));
    return exec(q);
}

QList<EscalationRecord> PostgresStore::escalations(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT conversation_id, %1, topic, trigger_kind, reason, queue_id FROM escalations "
                             "WHERE at >= %2 AND at < %2 ORDER BY at, id")
                  .arg(epochMs(QStringLiteral("at")), QLatin1String(kToTime)));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    QList<EscalationRecord> result;
    if (exec(q))
        while (q.next())
            result << EscalationRecord { q.value(0).toString(), RecordRows::time(q.value(1)), q.value(2).toString(),
                triggerFromString(q.value(3).toString()).value_or(EscalationTrigger::Explicit), q.value(4).toString(),
                q.value(5).toString() };
    return result;
}

qint64 PostgresStore::addOfflineMessage(const OfflineMessageRecord &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO offline_messages (conversation_id, name, email, text, queue_id, at, handled) "
                             "VALUES (?, ?, ?, ?, ?, %1, FALSE) RETURNING id")
                  .arg(QLatin1String(kToTime)));
    q.addBindValue(textValue(m.conversationId));
    q.addBindValue(textValue(m.name));
    q.addBindValue(textValue(m.email));
    q.addBindValue(textValue(m.text));
    q.addBindValue(textValue(m.queueId));
    q.addBindValue(RecordRows::epochMs(m.at.isValid() ? m.at : QDateTime::currentDateTimeUtc()));
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<OfflineMessageRecord> PostgresStore::offlineMessages(bool includeHandled, const QDateTime &handledSince) const
{
    QSqlQuery q(m_db);
    QString where = QStringLiteral("WHERE NOT handled");
    if (includeHandled)
        where = handledSince.isValid() ? QStringLiteral("WHERE NOT handled OR handled_at >= %1").arg(QLatin1String(kToTime))
                                       : QString();
    q.prepare(QStringLiteral("SELECT %1 FROM offline_messages %2 ORDER BY at, id").arg(offlineMessageColumns(), where));
    if (includeHandled && handledSince.isValid())
        q.addBindValue(RecordRows::epochMs(handledSince));
    QList<OfflineMessageRecord> result;
    if (exec(q))
        while (q.next())
            result << RecordRows::offlineMessage(q);
    return result;
}

std::optional<OfflineMessageRecord> PostgresStore::offlineMessage(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM offline_messages WHERE id = ?").arg(offlineMessageColumns()));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return RecordRows::offlineMessage(q);
}

bool PostgresStore::markOfflineMessageHandled(qint64 id, const QString &by, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE offline_messages SET handled = TRUE, handled_by = ?, handled_at = %1 "
                             "WHERE id = ? AND NOT handled")
                  .arg(QLatin1String(kToTime)));
    q.addBindValue(textValue(by));
    q.addBindValue(RecordRows::epochMs(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

qint64 PostgresStore::addCannedResponse(const CannedResponseRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO canned_responses (shortcut, title, category, text, owner) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(textValue(r.shortcut));
    q.addBindValue(textValue(r.title));
    q.addBindValue(textValue(r.category));
    q.addBindValue(textValue(r.text));
    q.addBindValue(textValue(r.owner));
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<CannedResponseRecord> PostgresStore::cannedResponses(const QString &forUser) const
{
    // COLLATE "C" sorts by code point, as SQLite's default BINARY collation does.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, shortcut, title, category, text, owner FROM canned_responses "
                       "WHERE owner = '' OR owner = ? ORDER BY category COLLATE \"C\", shortcut COLLATE \"C\", id"));
    q.addBindValue(textValue(forUser));
    QList<CannedResponseRecord> result;
    if (exec(q))
        while (q.next())
            result << CannedResponseRecord { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
    return result;
}

bool PostgresStore::addAudit(const AuditRecord &a)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (actor, action, target, detail, desk, at) VALUES (?, ?, ?, ?, ?, %1)")
            .arg(QLatin1String(kToTime)));
    q.addBindValue(textValue(a.actor));
    q.addBindValue(textValue(a.action));
    q.addBindValue(textValue(a.target));
    q.addBindValue(textValue(a.detail));
    q.addBindValue(textValue(a.desk));
    q.addBindValue(RecordRows::epochMs(a.at.isValid() ? a.at : QDateTime::currentDateTimeUtc()));
    return exec(q);
}

QList<AuditRecord> PostgresStore::audit(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT actor, action, target, detail, desk, %1 FROM audit_log ORDER BY id DESC LIMIT ?")
                  .arg(epochMs(QStringLiteral("at"))));
    q.addBindValue(limit);
    QList<AuditRecord> result;
    if (exec(q))
        while (q.next())
            result << AuditRecord { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), RecordRows::time(q.value(5)) };
    return result;
}

bool PostgresStore::setDemoOrder(const QString &number, const QString &status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO demo_orders (number, status) VALUES (?, ?) "
                             "ON CONFLICT (number) DO UPDATE SET status = EXCLUDED.status"));
    q.addBindValue(textValue(number));
    q.addBindValue(textValue(status));
    return exec(q);
}

QList<QPair<QString, QString>> PostgresStore::demoOrders() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, status FROM demo_orders ORDER BY number COLLATE \"C\""));
    QList<QPair<QString, QString>> result;
    if (exec(q))
        while (q.next())
            result << qMakePair(q.value(0).toString(), q.value(1).toString());
    return result;
}

} // namespace handoff::store
