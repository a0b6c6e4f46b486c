#include "store/SqliteStore.h"

#include "store/SharedQueries.h"
#include "store/PasswordHash.h"
#include "store/RecordRows.h"
#include "store/SecretToken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <fcntl.h>
#include <unistd.h>

// Resources of a static library must be initialised by name, outside any namespace.
static void initStoreResources()
{
    Q_INIT_RESOURCE(handoff_store_sql);
}

namespace handoff::store {

namespace {

constexpr auto kMigrationDir = ":/store/sql/sqlite";

// The SQLite driver binds a null QString as NULL; the schema wants empty text instead.
QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFrom(const QString &s)
{
    return s.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(s.toUtf8()).object();
}

QStringList listFrom(const QString &s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Migration files are named NNN_description.sql; the number is the schema version they lead to.
QStringList migrationFiles()
{
    QStringList files = QDir(QString::fromLatin1(kMigrationDir)).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

QStringList statementsOf(const QString &sql)
{
    QStringList lines;
    for (const QString &line : sql.split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    QStringList statements;
    for (const QString &s : lines.join(QLatin1Char('\n')).split(QLatin1Char(';')))
        if (!s.trimmed().isEmpty())
            statements << s.trimmed();
    return statements;
}

UserRecord userFrom(const QSqlQuery &q)
{
    UserRecord u;
    u.name = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = roleFromString(q.value(2).toString()).value_or(Role::Agent);
    u.skills = listFrom(q.value(3).toString());
    u.capacity = q.value(4).toInt();
    u.createdAt = timeFrom(q.value(5));
    return u;
}

constexpr auto kConversationColumns =
    "id, state, queue_id, priority, required_skills, agent_id, agent_name, visitor_token_hash, visitor_name, page, "
    "language, topic, source, external_id, handoff_json, bot_state_json, disposition, close_note, created_at, "
    "escalated_at, enqueued_at, enqueue_order, assigned_at, closed_at, last_visitor_at, queue_entered_at, form_offered_at, "
    "api_token_name";

ConversationRecord conversationFrom(const QSqlQuery &q)
{
    ConversationRecord c;
    c.id = q.value(0).toString();
    c.state = conversationStateFromString(q.value(1).toString()).value_or(ConversationState::Closed);
    c.queueId = q.value(2).toString();
    c.priority = q.value(3).toInt();
    c.requiredSkills = listFrom(q.value(4).toString());
    c.agentId = q.value(5).toString();
    c.agentName = q.value(6).toString();
    c.visitorTokenHash = q.value(7).toString();
    c.visitorName = q.value(8).toString();
    c.page = q.value(9).toString();
    c.language = q.value(10).toString();
    c.topic = q.value(11).toString();
    c.source = q.value(12).toString();
    c.externalId = q.value(13).toString();
    const QJsonObject handoff = jsonFrom(q.value(14).toString());
    if (!handoff.isEmpty())
        c.handoff = HandoffContext::fromJson(handoff);
    c.botState = jsonFrom(q.value(15).toString());
    c.disposition = q.value(16).toString();
    c.closeNote = q.value(17).toString();
    c.createdAt = timeFrom(q.value(18));
    c.escalatedAt = timeFrom(q.value(19));
    c.enqueuedAt = timeFrom(q.value(20));
    c.enqueueOrder = q.value(21).toLongLong();
    c.assignedAt = timeFrom(q.value(22));
    c.closedAt = timeFrom(q.value(23));
    c.lastVisitorAt = timeFrom(q.value(24));
    c.queueEnteredAt = timeFrom(q.value(25));
    c.formOfferedAt = timeFrom(q.value(26));
    c.apiTokenName = q.value(27).toString();
    return c;
}

constexpr auto kMessageColumns = "id, client_id, conversation_id, author_kind, author_id, author_name, text, internal, at";

ChatMessage messageFrom(const QSqlQuery &q)
{
    ChatMessage m;
    m.id = q.value(0).toString();
    m.clientId = q.value(1).toString();
    m.conversationId = q.value(2).toString();
    m.author = authorKindFromString(q.value(3).toString()).value_or(AuthorKind::System);
    m.authorId = q.value(4).toString();
    m.authorName = q.value(5).toString();
    m.text = q.value(6).toString();
    m.internal = q.value(7).toBool();
    m.at = timeFrom(q.value(8));
    return m;
}

} // namespace

ConversationSummary ConversationRecord::summary() const
{
    ConversationSummary s;
    s.id = id;
    s.state = state;
    s.queueId = queueId;
    s.agentId = agentId;
    s.agentName = agentName;
    s.visitorName = visitorName;
    s.topic = topic;
    s.createdAt = createdAt;
    s.escalatedAt = escalatedAt;
    s.assignedAt = assignedAt;
    s.closedAt = closedAt;
    s.lastVisitorAt = lastVisitorAt;
    s.handoff = handoff;
    return s;
}

SqliteStore::SqliteStore(const QString &filePath)
    : m_path(filePath)
{
    initStoreResources();
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("handoff-store-%1").arg(counter++);
}

SqliteStore::~SqliteStore()
{
    close();
}

int SqliteStore::latestSchemaVersion()
{
    initStoreResources();
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : files.last().section(QLatin1Char('_'), 0, 0).toInt();
}

bool SqliteStore::open(QString *error)
{
    auto fail = [&](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        close();
        return false;
    };
    // Conversations and password hashes are nobody else's business: a new database file is created 0600 before
    // SQLite opens it (SQLite would create it 0644), and its -wal and -shm files take the same mode from it.
    if (!m_path.isEmpty() && !m_path.startsWith(QLatin1Char(':')) && !m_path.startsWith(QLatin1String("file:"))
        && !QFile::exists(m_path)) {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(QCoreApplication::translate("SqliteStore", "cannot open %1: %2").arg(m_path, m_db.lastError().text()));
    QSqlQuery q(m_db);
    // A page cache and a memory map large enough for the working set: without them every insert into the
    // growing message indexes re-read pages through read(2) (a profile showed a third of the writer's time
    // in the kernel copying file pages).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-32768", "PRAGMA mmap_size=268435456",
                               "PRAGMA journal_size_limit=67108864"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(QCoreApplication::translate("SqliteStore", "cannot set up %1: %2")
                            .arg(m_path, q.lastError().text()));
    }
    // An unwritable file opens fine but fails on the first write; find out now.
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS store_probe (x INTEGER)"))
        || !q.exec(QStringLiteral("DROP TABLE store_probe")))
        return fail(QCoreApplication::translate("SqliteStore", "cannot write %1: %2").arg(m_path, q.lastError().text()));
    QString why;
    if (!migrate(&why))
        return fail(why);
    return true;
}

void SqliteStore::close()
{
    for (auto &statement : m_cached)
        statement.reset(); // prepared statements go before their connection
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int SqliteStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool SqliteStore::migrate(QString *error)
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        *error = QCoreApplication::translate("SqliteStore", "%1 has schema version %2, newer than this build knows (%3)")
                     .arg(m_path)
                     .arg(current)
                     .arg(latest);
        return false;
    }
    for (const QString &name : migrationFiles()) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= current)
            continue;
        QFile file(QString::fromLatin1(kMigrationDir) + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("SqliteStore", "migration %1 is missing from the build").arg(name);
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        QSqlQuery q(m_db);
        for (const QString &statement : statementsOf(sql)) {
            if (!q.exec(statement)) {
                *error = QCoreApplication::translate("SqliteStore", "migration %1 failed: %2")
                             .arg(name, q.lastError().text());
                m_db.rollback();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !m_db.commit()) {
            *error = QCoreApplication::translate("SqliteStore", "migration %1 failed: %2")
                         .arg(name, m_db.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    return true;
}

bool SqliteStore::beginBatch()
{
    // IMMEDIATE takes the write lock now: a deferred transaction that reads first could fail to upgrade its
    // lock (SQLITE_BUSY without waiting) while another connection of this router writes.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool SqliteStore::commitBatch()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

void SqliteStore::rollbackBatch()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

void SqliteStore::setCommitsCheckpoint(bool on)
{
    QSqlQuery q(m_db);
    // 1000 pages is SQLite's default. Off, the writer still checkpoints itself past 10,000 pages (about 40 MB):
    // under load without a pause the checkpointer's PASSIVE runs cannot reset the log (a new write
    // transaction starts while it copies), so this keeps the log bounded.
    q.exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000") : QStringLiteral("PRAGMA wal_autocheckpoint=10000"));
}

bool SqliteStore::checkpoint()
{
    // PASSIVE copies what it can without taking the write lock, so commits go on meanwhile.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool SqliteStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    qWarning("store: %s", qPrintable(m_lastError));
    return false;
}

bool SqliteStore::addUser(const UserRecord &user, const QString &password)
{
    const QString hash = PasswordHash::create(password);
    if (hash.isEmpty()) {
        m_lastError = QCoreApplication::translate("SqliteStore", "cannot hash the password");
        qWarning("store: %s", qPrintable(m_lastError));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (name, display_name, role, password_hash, skills, capacity, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(textValue(user.name));
    q.addBindValue(textValue(user.displayName.isEmpty() ? user.name : user.displayName));
    q.addBindValue(toString(user.role));
    q.addBindValue(hash);
    q.addBindValue(textValue(user.skills.join(QLatin1Char(','))));
    q.addBindValue(user.capacity);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q);
}

bool SqliteStore::updateUser(const UserRecord &user)
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

bool SqliteStore::setPassword(const QString &name, const QString &password)
{
    const QString hash = PasswordHash::create(password);
    if (hash.isEmpty()) {
        m_lastError = QCoreApplication::translate("SqliteStore", "cannot hash the password");
        qWarning("store: %s", qPrintable(m_lastError));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    q.addBindValue(hash);
    q.addBindValue(textValue(name));
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    // A new password signs out every desk that used the old one.
    QSqlQuery revoke(m_db);
    revoke.prepare(QStringLiteral("DELETE FROM tokens WHERE user_name = ?"));
    revoke.addBindValue(textValue(name));
    return exec(revoke);
}

std::optional<UserRecord> SqliteStore::user(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, display_name, role, skills, capacity, created_at FROM users WHERE name = ?"));
    q.addBindValue(textValue(name));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<UserRecord> SqliteStore::users() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, display_name, role, skills, capacity, created_at FROM users ORDER BY name"));
    QList<UserRecord> result;
    if (exec(q))
        while (q.next())
            result << userFrom(q);
    return result;
}

Store::PasswordCheck SqliteStore::checkPassword(const QString &name, const QString &password)
{
    return checkPasswordIn(m_db, name, password, [this](QSqlQuery &q) { return exec(q); });
}

QString SqliteStore::issueToken(const QString &userName, int validDays)
{
    const QString token = SecretToken::generate(32);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(SecretToken::hash(token));
    q.addBindValue(textValue(userName));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.addDays(validDays).toMSecsSinceEpoch());
    return exec(q) ? token : QString();
}

std::optional<QString> SqliteStore::userForToken(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT user_name FROM tokens WHERE token_hash = ? AND expires_at > ?"));
    q.addBindValue(SecretToken::hash(token));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SqliteStore::revokeToken(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    q.addBindValue(SecretToken::hash(token));
    return exec(q);
}

QString SqliteStore::addApiToken(const QString &name)
{
    const QString token = SecretToken::generate(32);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO api_tokens (token_hash, name, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(SecretToken::hash(token));
    q.addBindValue(textValue(name));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q) ? token : QString();
}

std::optional<QString> SqliteStore::apiTokenName(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM api_tokens WHERE token_hash = ?"));
    q.addBindValue(SecretToken::hash(token));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SqliteStore::writeConversation(const ConversationRecord &c, bool insert)
{
    QSqlQuery insertQuery(m_db);
    if (insert)
        insertQuery.prepare(QStringLiteral("INSERT INTO conversations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kConversationColumns)));
    QSqlQuery &q = insert ? insertQuery : cached(CachedStatement::UpdateConversation,
            "UPDATE conversations SET id = ?, state = ?, queue_id = ?, priority = ?, required_skills = ?, agent_id = ?, "
            "agent_name = ?, visitor_token_hash = ?, visitor_name = ?, page = ?, language = ?, topic = ?, source = ?, "
            "external_id = ?, handoff_json = ?, bot_state_json = ?, disposition = ?, close_note = ?, created_at = ?, "
            "escalated_at = ?, enqueued_at = ?, enqueue_order = ?, assigned_at = ?, closed_at = ?, last_visitor_at = ?, "
            "queue_entered_at = ?, form_offered_at = ?, api_token_name = ? WHERE id = ?");
    QVariantList values;
    values.append(textValue(c.id));
    values.append(toString(c.state));
    values.append(textValue(c.queueId));
    values.append(c.priority);
    values.append(textValue(c.requiredSkills.join(QLatin1Char(','))));
    values.append(textValue(c.agentId));
    values.append(textValue(c.agentName));
    values.append(textValue(c.visitorTokenHash));
    values.append(textValue(c.visitorName));
    values.append(textValue(c.page));
    values.append(textValue(c.language));
    values.append(textValue(c.topic));
    values.append(textValue(c.source));
    values.append(textValue(c.externalId));
    values.append(textValue(c.handoff ? jsonText(c.handoff->toJson()) : QString()));
    values.append(textValue(jsonText(c.botState)));
    values.append(textValue(c.disposition));
    values.append(textValue(c.closeNote));
    values.append(timeValue(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()));
    values.append(timeValue(c.escalatedAt));
    values.append(timeValue(c.enqueuedAt));
    values.append(c.enqueueOrder);
    values.append(timeValue(c.assignedAt));
    values.append(timeValue(c.closedAt));
    values.append(timeValue(c.lastVisitorAt));
    values.append(timeValue(c.queueEnteredAt));
    values.append(timeValue(c.formOfferedAt));
    values.append(textValue(c.apiTokenName));
    if (!insert)
        values.append(textValue(c.id));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    const bool ok = exec(q) && q.numRowsAffected() == 1;
    q.finish();
    return ok;
}

bool SqliteStore::createConversation(const ConversationRecord &c)
{
    return writeConversation(c, true);
}

bool SqliteStore::updateConversation(const ConversationRecord &c)
{
    return writeConversation(c, false);
}

std::optional<ConversationRecord> SqliteStore::conversation(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(kConversationColumns)));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return conversationFrom(q);
}

std::optional<ConversationRecord> SqliteStore::conversationForVisitor(const QString &visitorTokenHash) const
{
    if (visitorTokenHash.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE visitor_token_hash = ? ORDER BY created_at DESC LIMIT 1")
                  .arg(QLatin1String(kConversationColumns)));
    q.addBindValue(textValue(visitorTokenHash));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return conversationFrom(q);
}

bool SqliteStore::deleteConversation(const QString &id)
{
    return deleteConversationIn(m_db, id, [this](QSqlQuery &q) { return exec(q); });
}

QList<ConversationRecord> SqliteStore::openConversations() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE state <> 'closed' ORDER BY enqueued_at, enqueue_order, "
                             "created_at")
                  .arg(QLatin1String(kConversationColumns)));
    QList<ConversationRecord> result;
    if (exec(q))
        while (q.next())
            result << conversationFrom(q);
    return result;
}

std::optional<ChatMessage> SqliteStore::messageByClientId(const ChatMessage &m) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND author_kind = ? AND author_id = ? "
                             "AND client_id = ?")
                  .arg(QLatin1String(kMessageColumns)));
    q.addBindValue(textValue(m.conversationId));
    q.addBindValue(toString(m.author));
    q.addBindValue(textValue(m.authorId));
    q.addBindValue(textValue(m.clientId));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return messageFrom(q);
}

std::optional<AppendedMessage> SqliteStore::appendMessage(const ChatMessage &message)
{
    ChatMessage m = message;
    if (m.id.isEmpty())
        m.id = SecretToken::newId(QStringLiteral("m_"));
    if (!m.at.isValid())
        m.at = QDateTime::currentDateTimeUtc();
    // One statement per message, prepared once: the unique key (conversation, author, authorId, clientId)
    // decides whether it is a resend, so the usual case is a single insert without a read before it.
    QSqlQuery &q = cached(CachedStatement::InsertMessage,
                          "INSERT INTO messages (id, client_id, conversation_id, author_kind, author_id, author_name, "
                          "text, internal, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (conversation_id, author_kind, author_id, client_id) DO NOTHING");
    q.bindValue(0, textValue(m.id));
    q.bindValue(1, m.clientId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.clientId));
    q.bindValue(2, textValue(m.conversationId));
    q.bindValue(3, toString(m.author));
    q.bindValue(4, textValue(m.authorId));
    q.bindValue(5, textValue(m.authorName));
    q.bindValue(6, textValue(m.text));
    q.bindValue(7, m.internal ? 1 : 0);
    q.bindValue(8, m.at.toMSecsSinceEpoch());
    if (!exec(q))
        return std::nullopt;
    const bool inserted = q.numRowsAffected() == 1;
    q.finish();
    if (inserted)
        return AppendedMessage{m, false};
    if (auto existing = messageByClientId(m))
        return AppendedMessage{*existing, true};
    return std::nullopt;
}

QSqlQuery &SqliteStore::cached(CachedStatement which, const char *sql) const
{
    std::unique_ptr<QSqlQuery> &slot = m_cached[static_cast<size_t>(which)];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}

QList<ChatMessage> SqliteStore::messages(const QString &conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY serial")
                  .arg(QLatin1String(kMessageColumns)));
    q.addBindValue(textValue(conversationId));
    QList<ChatMessage> result;
    if (exec(q))
        while (q.next())
            result << messageFrom(q);
    return result;
}

bool SqliteStore::addEscalation(const EscalationRecord &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO escalations (conversation_id, at, topic, trigger_kind, reason, queue_id) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(textValue(e.conversationId));
    q.addBindValue(timeValue(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(textValue(e.topic));
    q.addBindValue(toString(e.trigger));
    q.addBindValue(textValue(e.reason));
    q.addBindValue(textValue(e.queueId));
    return exec(q);
}

QList<EscalationRecord> SqliteStore::escalations(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT conversation_id, at, topic, trigger_kind, reason, queue_id FROM escalations "
                             "WHERE at >= ? AND at < ? ORDER BY at, id"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    QList<EscalationRecord> result;
    if (exec(q))
        while (q.next())
            result << EscalationRecord{q.value(0).toString(),
                                       timeFrom(q.value(1)),
                                       q.value(2).toString(),
                                       triggerFromString(q.value(3).toString()).value_or(EscalationTrigger::Explicit),
                                       q.value(4).toString(),
                                       q.value(5).toString()};
    return result;
}

qint64 SqliteStore::addOfflineMessage(const OfflineMessageRecord &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO offline_messages (conversation_id, name, email, text, queue_id, at, handled) "
                             "VALUES (?, ?, ?, ?, ?, ?, 0)"));
    q.addBindValue(textValue(m.conversationId));
    q.addBindValue(textValue(m.name));
    q.addBindValue(textValue(m.email));
    q.addBindValue(textValue(m.text));
    q.addBindValue(textValue(m.queueId));
    q.addBindValue(timeValue(m.at.isValid() ? m.at : QDateTime::currentDateTimeUtc()));
    if (!exec(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

QList<OfflineMessageRecord> SqliteStore::offlineMessages(bool includeHandled, const QDateTime &handledSince) const
{
    QSqlQuery q(m_db);
    QString where = QStringLiteral("WHERE handled = 0");
    if (includeHandled)
        where = handledSince.isValid() ? QStringLiteral("WHERE handled = 0 OR handled_at >= ?") : QString();
    q.prepare(QStringLiteral("SELECT id, conversation_id, name, email, text, queue_id, at, handled, handled_by, handled_at "
                             "FROM offline_messages %1 ORDER BY at, id")
                  .arg(where));
    if (includeHandled && handledSince.isValid())
        q.addBindValue(timeValue(handledSince));
    QList<OfflineMessageRecord> result;
    if (exec(q))
        while (q.next())
            result << RecordRows::offlineMessage(q);
    return result;
}

std::optional<OfflineMessageRecord> SqliteStore::offlineMessage(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, conversation_id, name, email, text, queue_id, at, handled, handled_by, handled_at "
                             "FROM offline_messages WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return RecordRows::offlineMessage(q);
}

bool SqliteStore::markOfflineMessageHandled(qint64 id, const QString &by, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE offline_messages SET handled = 1, handled_by = ?, handled_at = ? "
                             "WHERE id = ? AND handled = 0"));
    q.addBindValue(textValue(by));
    q.addBindValue(timeValue(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

qint64 SqliteStore::addCannedResponse(const CannedResponseRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO canned_responses (shortcut, title, category, text, owner) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(textValue(r.shortcut));
    q.addBindValue(textValue(r.title));
    q.addBindValue(textValue(r.category));
    q.addBindValue(textValue(r.text));
    q.addBindValue(textValue(r.owner));
    if (!exec(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

QList<CannedResponseRecord> SqliteStore::cannedResponses(const QString &forUser) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, shortcut, title, category, text, owner FROM canned_responses "
                             "WHERE owner = '' OR owner = ? ORDER BY category, shortcut, id"));
    q.addBindValue(textValue(forUser));
    QList<CannedResponseRecord> result;
    if (exec(q))
        while (q.next())
            result << CannedResponseRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
    return result;
}

bool SqliteStore::addAudit(const AuditRecord &a)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (actor, action, target, detail, desk, at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(textValue(a.actor));
    q.addBindValue(textValue(a.action));
    q.addBindValue(textValue(a.target));
    q.addBindValue(textValue(a.detail));
    q.addBindValue(textValue(a.desk));
    q.addBindValue(timeValue(a.at.isValid() ? a.at : QDateTime::currentDateTimeUtc()));
    return exec(q);
}

QList<AuditRecord> SqliteStore::audit(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT actor, action, target, detail, desk, at FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    QList<AuditRecord> result;
    if (exec(q))
        while (q.next())
            result << AuditRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString(), timeFrom(q.value(5))};
    return result;
}

bool SqliteStore::setDemoOrder(const QString &number, const QString &status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO demo_orders (number, status) VALUES (?, ?)"));
    q.addBindValue(textValue(number));
    q.addBindValue(textValue(status));
    return exec(q);
}

QList<QPair<QString, QString>> SqliteStore::demoOrders() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, status FROM demo_orders ORDER BY number"));
    QList<QPair<QString, QString>> result;
    if (exec(q))
        while (q.next())
            result << qMakePair(q.value(0).toString(), q.value(1).toString());
    return result;
}

} // namespace handoff::store
