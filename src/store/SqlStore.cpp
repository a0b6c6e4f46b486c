#include "store/SqlStore.h"

#include "store/PasswordHash.h"
#include "store/RecordRows.h"
#include "store/SecretToken.h"

#include <QJsonDocument>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>
#include <atomic>

// Resources of a static library must be initialised by name, outside any namespace.
static void initStoreResources()
{
    Q_INIT_RESOURCE(handoff_store_sql);
}

namespace handoff::store {

namespace {

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::store::SqlStore)
};

// A null QString would be bound as NULL; the schema wants empty text instead.
QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Column lists in the order RecordRows reads them (macros, so that statements are one literal).
#define USER_COLUMNS "name, display_name, role, skills, capacity, {ms:created_at}"
#define CONVERSATION_COLUMNS                                                                                    \
    "id, state, queue_id, priority, required_skills, agent_id, agent_name, visitor_token_hash, visitor_name, page, " \
    "language, topic, source, external_id, handoff_json, bot_state_json, disposition, close_note, {ms:created_at}, " \
    "{ms:escalated_at}, {ms:enqueued_at}, enqueue_order, {ms:assigned_at}, {ms:closed_at}, {ms:last_visitor_at}, "   \
    "{ms:queue_entered_at}, {ms:form_offered_at}, api_token_name, customer_issuer, customer_subject, customer_name, " \
    "customer_email, customer_claims_json, visitor_id"
#define MESSAGE_COLUMNS                                                                                          \
    "id, client_id, conversation_id, author_kind, author_id, author_name, text, internal, {ms:at}, thread, attachment"
#define ATTACHMENT_COLUMNS                                                                                       \
    "id, conversation_id, sha256, name, size, content_type, uploader_kind, uploader_id, {ms:at}"
#define OFFLINE_MESSAGE_COLUMNS                                                                                  \
    "id, conversation_id, name, email, text, queue_id, {ms:at}, handled, handled_by, {ms:handled_at}"

// Migration files are named NNN_description.sql; the number is the schema version they lead to.
QStringList migrationFiles(const SqlDialect &dialect)
{
    initStoreResources();
    return QDir(QString::fromLatin1(dialect.migrationDir)).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

int versionOf(const QString &migrationFile)
{
    return migrationFile.section(QLatin1Char('_'), 0, 0).toInt();
}

// A statement ends at a semicolon, except inside a dollar-quoted body ($name$ … $name$) such as a
// PostgreSQL function's, whose own statements end in semicolons too. Lines starting with -- are comments.
QStringList statementsOf(const QString &sql)
{
    QStringList lines;
    for (const QString &line : sql.split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
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

QDateTime orNow(const QDateTime &t)
{
    return t.isValid() ? t : QDateTime::currentDateTimeUtc();
}

// The id an INSERT ... {returning id} generated: its row where the dialect returns one, else the driver's.
qint64 insertedId(QSqlQuery &q)
{
    if (q.isSelect())
        return q.next() ? q.value(0).toLongLong() : 0;
    return q.lastInsertId().toLongLong();
}

// How many rows a write changed: the rows it returned where it returns them, else the rows it affected.
int rowsChanged(QSqlQuery &q)
{
    if (!q.isSelect())
        return q.numRowsAffected();
    int rows = 0;
    while (q.next())
        ++rows;
    return rows;
}

} // namespace

SqlStore::SqlStore(const SqlDialect &dialect, const QString &connectionPrefix)
    : m_dialect(dialect)
{
    initStoreResources();
    static std::atomic<int> counter{0};
    m_connectionName = connectionPrefix + QString::number(counter++);
}

SqlStore::~SqlStore()
{
    close();
}

int SqlStore::latestSchemaVersion(const SqlDialect &dialect)
{
    const QStringList files = migrationFiles(dialect);
    return files.isEmpty() ? 0 : versionOf(files.last());
}

QSqlDatabase SqlStore::addConnection(const QString &driver)
{
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    return m_db;
}

QString SqlStore::sql(const char *text) const
{
    QString s = QString::fromLatin1(text);
    if (!s.contains(QLatin1Char('{')))
        return s;
    s.replace(QLatin1String("{t}"), QLatin1String(m_dialect.timeParam))
        .replace(QLatin1String("{now}"), QLatin1String(m_dialect.now))
        .replace(QLatin1String("{false}"), QLatin1String(m_dialect.falseValue))
        .replace(QLatin1String("{true}"), QLatin1String(m_dialect.trueValue))
        .replace(QLatin1String("{C}"), QLatin1String(m_dialect.codePointOrder))
        .replace(QLatin1String("{returning id}"), QLatin1String(m_dialect.returningId))
        .replace(QLatin1String("{for update}"), QLatin1String(m_dialect.forUpdate));
    static const QRegularExpression timeColumn(QStringLiteral(R"(\{ms:([a-z_]+)\})"));
    for (auto match = timeColumn.match(s); match.hasMatch(); match = timeColumn.match(s))
        s.replace(match.capturedStart(), match.capturedLength(),
                  QString::fromLatin1(m_dialect.timeColumn).arg(match.captured(1)));
    return s;
}

QSqlQuery SqlStore::prepared(const char *text) const
{
    QSqlQuery q(m_db);
    q.prepare(sql(text));
    return q;
}

QSqlQuery &SqlStore::cached(CachedStatement which, const char *text) const
{
    std::unique_ptr<QSqlQuery> &slot = m_cached[static_cast<size_t>(which)];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(sql(text));
    }
    return *slot;
}

void SqlStore::bind(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
}

bool SqlStore::open(QString *error)
{
    QString why;
    if (openConnection(&why) && migrate(&why))
        return true;
    m_lastError = why;
    if (error)
        *error = why;
    close();
    return false;
}

void SqlStore::close()
{
    for (auto &statement : m_cached)
        statement.reset(); // prepared statements go before their connection
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

// All pending migrations in one transaction, so routers that start together (each waiting for the lock
// that prepareMigration() or begin() takes) apply each exactly once, and a failed one leaves the schema as it was.
bool SqlStore::migrate(QString *error)
{
    const int latest = latestSchemaVersion(m_dialect);
    if (!begin()) {
        *error = Text::tr("cannot start the migration: %1").arg(m_lastError);
        return false;
    }
    auto failWith = [&](const QString &why) {
        *error = why;
        m_db.rollback();
        return false;
    };
    if (!prepareMigration(error))
        return failWith(*error);
    // Read under the lock: another router may have migrated while this one waited.
    const int current = schemaVersion();
    if (current < 0)
        return failWith(Text::tr("cannot read the schema version: %1").arg(m_db.lastError().text()));
    if (current > latest)
        return failWith(Text::tr("%1 has schema version %2, newer than this build knows (%3)")
                            .arg(location())
                            .arg(current)
                            .arg(latest));
    QSqlQuery q(m_db);
    for (const QString &name : migrationFiles(m_dialect)) {
        const int version = versionOf(name);
        if (version <= current)
            continue;
        QFile file(QString::fromLatin1(m_dialect.migrationDir) + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(Text::tr("migration %1 is missing from the build").arg(name));
        QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : m_dialect.setSchemaVersion)
            statements << (statement.contains(QLatin1String("%1")) ? statement.arg(version) : statement);
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                return failWith(Text::tr("migration %1 failed: %2").arg(name, q.lastError().text()));
        }
    }
    if (!m_db.commit())
        return failWith(Text::tr("cannot commit the migration: %1").arg(m_db.lastError().text()));
    return true;
}

bool SqlStore::begin() const
{
    QSqlQuery q(m_db);
    if (q.exec(QString::fromLatin1(m_dialect.begin)))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool SqlStore::beginBatch()
{
    return begin();
}

// Through the driver: PostgreSQL answers the COMMIT of a failed transaction with ROLLBACK, which the driver
// reports as a failure.
bool SqlStore::commitBatch()
{
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

void SqlStore::rollbackBatch()
{
    m_db.rollback();
}

bool SqlStore::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    if (reconnectIfLost()) {
        // Prepared statements die with their connection: the others are prepared again when next used, this
        // one now, with the same values.
        for (auto &statement : m_cached)
            if (statement.get() != &q)
                statement.reset();
        const QString text = q.lastQuery();
        const QVariantList values = q.boundValues();
        q = QSqlQuery(m_db);
        q.prepare(text);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (q.exec())
            return true;
        m_lastError = q.lastError().text();
    }
    qWarning("store: %s", qPrintable(m_lastError));
    return false;
}

QString SqlStore::newPasswordHash(const QString &password) const
{
    const QString hash = PasswordHash::create(password);
    if (hash.isEmpty()) {
        m_lastError = Text::tr("cannot hash the password");
        qWarning("store: %s", qPrintable(m_lastError));
    }
    return hash;
}

bool SqlStore::addUser(const UserRecord &user, const QString &password)
{
    const QString hash = newPasswordHash(password);
    if (hash.isEmpty())
        return false;
    QSqlQuery q = prepared("INSERT INTO users (name, display_name, role, password_hash, skills, capacity, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, {t})");
    bind(q, {textValue(user.name), textValue(user.displayName.isEmpty() ? user.name : user.displayName),
             toString(user.role), hash, textValue(user.skills.join(QLatin1Char(','))), user.capacity,
             QDateTime::currentMSecsSinceEpoch()});
    return exec(q);
}

bool SqlStore::updateUser(const UserRecord &user)
{
    QSqlQuery q = prepared("UPDATE users SET display_name = ?, role = ?, skills = ?, capacity = ? WHERE name = ?");
    bind(q, {textValue(user.displayName), toString(user.role), textValue(user.skills.join(QLatin1Char(','))),
             user.capacity, textValue(user.name)});
    return exec(q) && q.numRowsAffected() == 1;
}

bool SqlStore::setPassword(const QString &name, const QString &password)
{
    const QString hash = newPasswordHash(password);
    if (hash.isEmpty())
        return false;
    QSqlQuery q = prepared(m_dialect.setPassword);
    bind(q, {hash, textValue(name)});
    if (!exec(q) || rowsChanged(q) != 1)
        return false;
    if (!*m_dialect.revokeTokens)
        return true;
    // A new password signs out every desk that used the old one.
    QSqlQuery revoke = prepared(m_dialect.revokeTokens);
    bind(revoke, {textValue(name)});
    return exec(revoke);
}

std::optional<UserRecord> SqlStore::user(const QString &name) const
{
    QSqlQuery q = prepared("SELECT " USER_COLUMNS " FROM users WHERE name = ?");
    bind(q, {textValue(name)});
    return firstRow(q, RecordRows::user);
}

QList<UserRecord> SqlStore::users() const
{
    QSqlQuery q = prepared("SELECT " USER_COLUMNS " FROM users ORDER BY name");
    return allRows(q, RecordRows::user);
}

// An unknown name costs a dummy verification, so the time does not tell which names exist. After a match an
// outdated hash is replaced, only while it is still there: a password set meanwhile is not overwritten.
Store::PasswordCheck SqlStore::checkPassword(const QString &name, const QString &password)
{
    QSqlQuery q = prepared("SELECT password_hash FROM users WHERE name = ?");
    bind(q, {textValue(name)});
    if (!exec(q))
        return PasswordCheck::Failed;
    if (!q.next()) {
        PasswordHash::verifyDummy(password);
        return PasswordCheck::Mismatch;
    }
    const QString stored = q.value(0).toString();
    if (!PasswordHash::verify(password, stored))
        return PasswordCheck::Mismatch;
    if (PasswordHash::needsRehash(stored)) {
        const QString current = PasswordHash::create(password);
        QSqlQuery update = prepared("UPDATE users SET password_hash = ? WHERE name = ? AND password_hash = ?");
        bind(update, {current, name, stored});
        if (current.isEmpty() || !exec(update))
            qWarning("store: cannot replace the outdated password hash of %s", qPrintable(name));
    }
    return PasswordCheck::Match;
}

QString SqlStore::issueToken(const QString &userName, int validDays)
{
    const QString token = SecretToken::generate(32);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q = prepared("INSERT INTO tokens (token_hash, user_name, created_at, expires_at) VALUES (?, ?, {t}, {t})");
    bind(q, {SecretToken::hash(token), textValue(userName), now.toMSecsSinceEpoch(),
             now.addDays(validDays).toMSecsSinceEpoch()});
    return exec(q) ? token : QString();
}

std::optional<QString> SqlStore::textForToken(const char *select, const QString &token) const
{
    QSqlQuery q = prepared(select);
    bind(q, {SecretToken::hash(token)});
    return firstRow(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

std::optional<QString> SqlStore::userForToken(const QString &token) const
{
    return textForToken("SELECT user_name FROM tokens WHERE token_hash = ? AND expires_at > {now}", token);
}

bool SqlStore::revokeToken(const QString &token)
{
    QSqlQuery q = prepared("DELETE FROM tokens WHERE token_hash = ?");
    bind(q, {SecretToken::hash(token)});
    return exec(q);
}

QString SqlStore::addApiToken(const QString &name)
{
    const QString token = SecretToken::generate(32);
    QSqlQuery q = prepared("INSERT INTO api_tokens (token_hash, name, created_at) VALUES (?, ?, {now})");
    bind(q, {SecretToken::hash(token), textValue(name)});
    return exec(q) ? token : QString();
}

std::optional<QString> SqlStore::apiTokenName(const QString &token) const
{
    return textForToken("SELECT name FROM api_tokens WHERE token_hash = ?", token);
}

bool SqlStore::writeConversation(const ConversationRecord &c, bool insert)
{
    QSqlQuery insertQuery(m_db);
    if (insert)
        insertQuery.prepare(sql(
            "INSERT INTO conversations (id, state, queue_id, priority, required_skills, agent_id, agent_name, "
            "visitor_token_hash, visitor_name, page, language, topic, source, external_id, handoff_json, bot_state_json, "
            "disposition, close_note, created_at, escalated_at, enqueued_at, enqueue_order, assigned_at, closed_at, "
            "last_visitor_at, queue_entered_at, form_offered_at, api_token_name, customer_issuer, customer_subject, "
            "customer_name, customer_email, customer_claims_json, visitor_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {t}, {t}, {t}, ?, {t}, {t}, {t}, {t}, {t}, ?, "
            "?, ?, ?, ?, ?, ?)"));
    QSqlQuery &q = insert ? insertQuery : cached(CachedStatement::UpdateConversation,
            "UPDATE conversations SET id = ?, state = ?, queue_id = ?, priority = ?, required_skills = ?, agent_id = ?, "
            "agent_name = ?, visitor_token_hash = ?, visitor_name = ?, page = ?, language = ?, topic = ?, source = ?, "
            "external_id = ?, handoff_json = ?, bot_state_json = ?, disposition = ?, close_note = ?, created_at = {t}, "
            "escalated_at = {t}, enqueued_at = {t}, enqueue_order = ?, assigned_at = {t}, closed_at = {t}, "
            "last_visitor_at = {t}, queue_entered_at = {t}, form_offered_at = {t}, api_token_name = ?, "
            "customer_issuer = ?, customer_subject = ?, customer_name = ?, customer_email = ?, "
            "customer_claims_json = ?, visitor_id = ? WHERE id = ?");
    bind(q, {textValue(c.id), toString(c.state), textValue(c.queueId), c.priority,
             textValue(c.requiredSkills.join(QLatin1Char(','))), textValue(c.agentId), textValue(c.agentName),
             textValue(c.visitorTokenHash), textValue(c.visitorName), textValue(c.page), textValue(c.language),
             textValue(c.topic), textValue(c.source), textValue(c.externalId),
             textValue(c.handoff ? RecordRows::jsonText(c.handoff->toJson()) : QString()),
             textValue(RecordRows::jsonText(c.botState)), textValue(c.disposition), textValue(c.closeNote),
             RecordRows::epochMs(orNow(c.createdAt)), RecordRows::epochMs(c.escalatedAt),
             RecordRows::epochMs(c.enqueuedAt), c.enqueueOrder, RecordRows::epochMs(c.assignedAt),
             RecordRows::epochMs(c.closedAt), RecordRows::epochMs(c.lastVisitorAt),
             RecordRows::epochMs(c.queueEnteredAt), RecordRows::epochMs(c.formOfferedAt),
             textValue(c.apiTokenName)});
    QJsonObject claims;
    if (c.customer)
        for (const BotField &f : c.customer->claims)
            claims.insert(f.name, f.value);
    const QVariant customer[] = {textValue(c.customer ? c.customer->issuer : QString()),
                                 textValue(c.customer ? c.customer->subject : QString()),
                                 textValue(c.customer ? c.customer->name : QString()),
                                 textValue(c.customer ? c.customer->email : QString()),
                                 textValue(RecordRows::jsonText(claims)), textValue(c.visitorId)};
    for (int i = 0; i < 6; ++i)
        q.bindValue(28 + i, customer[i]);
    if (!insert)
        q.bindValue(34, textValue(c.id));
    const bool ok = exec(q) && q.numRowsAffected() == 1;
    q.finish();
    if (ok)
        announce(QStringLiteral("conversation"), c.id, toString(c.state));
    return ok;
}

bool SqlStore::createConversation(const ConversationRecord &c)
{
    return writeConversation(c, true);
}

bool SqlStore::updateConversation(const ConversationRecord &c)
{
    return writeConversation(c, false);
}

std::optional<ConversationRecord> SqlStore::conversation(const QString &id) const
{
    QSqlQuery q = prepared("SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE id = ?");
    bind(q, {textValue(id)});
    return firstRow(q, RecordRows::conversation);
}

std::optional<ConversationRecord> SqlStore::conversationForVisitor(const QString &visitorTokenHash) const
{
    if (visitorTokenHash.isEmpty())
        return std::nullopt;
    QSqlQuery q = prepared("SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE visitor_token_hash = ? ORDER BY created_at DESC LIMIT 1");
    bind(q, {textValue(visitorTokenHash)});
    return firstRow(q, RecordRows::conversation);
}

QList<ConversationRecord> SqlStore::customerHistory(const CustomerKey &key, const QString &exceptId, int offset,
                                                   int limit) const
{
    QSqlQuery q = key.subject.isEmpty()
        ? prepared("SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE visitor_id = ? AND visitor_id <> '' "
                   "AND id <> ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
        : prepared("SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE customer_issuer = ? AND customer_subject = ? "
                   "AND id <> ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
    if (key.subject.isEmpty())
        bind(q, {textValue(key.visitorId), textValue(exceptId), limit, offset});
    else
        bind(q, {textValue(key.issuer), textValue(key.subject), textValue(exceptId), limit, offset});
    return allRows(q, RecordRows::conversation);
}

QList<ConversationRecord> SqlStore::searchCustomers(const QString &text, int offset, int limit) const
{
    // Case-insensitive substring of the subject, e-mail address or name; % and _ match themselves.
    QString pattern = text.toLower();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QSqlQuery q = prepared("SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE customer_subject <> '' AND "
                           "(lower(customer_subject) LIKE ? ESCAPE '\\' OR lower(customer_email) LIKE ? ESCAPE '\\' "
                           "OR lower(customer_name) LIKE ? ESCAPE '\\') ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
    bind(q, {pattern, pattern, pattern, limit, offset});
    return allRows(q, RecordRows::conversation);
}

// The transcript, its attachments and its mail requests, then the conversation.
bool SqlStore::deleteConversation(const QString &id)
{
    QSqlQuery messages = prepared("DELETE FROM messages WHERE conversation_id = ?");
    bind(messages, {id});
    QSqlQuery attachments = prepared("DELETE FROM attachments WHERE conversation_id = ?");
    bind(attachments, {id});
    QSqlQuery mails = prepared("DELETE FROM transcript_mail_outbox WHERE conversation_id = ?"); // the addresses too
    bind(mails, {id});
    QSqlQuery conversation = prepared("DELETE FROM conversations WHERE id = ?");
    bind(conversation, {id});
    return exec(messages) && exec(attachments) && exec(mails) && exec(conversation);
}

bool SqlStore::addAttachment(const AttachmentRecord &a)
{
    QSqlQuery q = prepared("INSERT INTO attachments (id, conversation_id, sha256, name, size, content_type, "
                           "uploader_kind, uploader_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {t})");
    bind(q, {textValue(a.id), textValue(a.conversationId), textValue(a.sha256), textValue(a.name), a.size,
             textValue(a.contentType), toString(a.uploaderKind), textValue(a.uploaderId), RecordRows::epochMs(orNow(a.at))});
    return exec(q);
}

std::optional<AttachmentRecord> SqlStore::attachment(const QString &id) const
{
    QSqlQuery q = prepared("SELECT " ATTACHMENT_COLUMNS " FROM attachments WHERE id = ?");
    bind(q, {textValue(id)});
    return firstRow(q, RecordRows::attachment);
}

QList<AttachmentRecord> SqlStore::attachments(const QString &conversationId) const
{
    QSqlQuery q = prepared("SELECT " ATTACHMENT_COLUMNS " FROM attachments WHERE conversation_id = ? ORDER BY at, id");
    bind(q, {textValue(conversationId)});
    return allRows(q, RecordRows::attachment);
}

QStringList SqlStore::unusedAttachmentHashes(const QStringList &sha256s) const
{
    QStringList unused;
    for (const QString &sha : sha256s) {
        if (unused.contains(sha))
            continue;
        QSqlQuery q = prepared("SELECT count(*) FROM attachments WHERE sha256 = ?");
        bind(q, {textValue(sha)});
        if (exec(q) && q.next() && q.value(0).toLongLong() == 0)
            unused << sha;
    }
    return unused;
}

QList<ConversationRecord> SqlStore::openConversations() const
{
    // NULLS FIRST is SQLite's order for NULL anyway; PostgreSQL needs it said.
    QSqlQuery q = prepared("SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE state <> 'closed' "
                           "ORDER BY enqueued_at NULLS FIRST, enqueue_order, created_at");
    return allRows(q, RecordRows::conversation);
}

QList<ConversationRecord> SqlStore::openConversationsNotServedBy(const QString &routerId, int limit) const
{
    QSqlQuery q = prepared("SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE state <> 'closed' "
                           "AND owner_router IS DISTINCT FROM ? ORDER BY created_at LIMIT ?");
    bind(q, {routerId, limit});
    return allRows(q, RecordRows::conversation);
}

std::optional<ChatMessage> SqlStore::messageByClientId(const ChatMessage &m) const
{
    QSqlQuery q = prepared("SELECT " MESSAGE_COLUMNS " FROM messages WHERE conversation_id = ? AND author_kind = ? AND author_id = ? "
                           "AND client_id = ?");
    bind(q, {textValue(m.conversationId), toString(m.author), textValue(m.authorId), textValue(m.clientId)});
    return firstRow(q, RecordRows::message);
}

std::optional<AppendedMessage> SqlStore::appendMessage(const ChatMessage &message)
{
    return append(message, true);
}

std::optional<AppendedMessage> SqlStore::appendMessageQuietly(const ChatMessage &message)
{
    return append(message, false);
}

std::optional<AppendedMessage> SqlStore::append(const ChatMessage &message, bool announced)
{
    ChatMessage m = message;
    if (m.id.isEmpty())
        m.id = SecretToken::newId(QStringLiteral("m_"));
    // As every later read returns it: epoch milliseconds in UTC.
    m.at = QDateTime::fromMSecsSinceEpoch(orNow(m.at).toMSecsSinceEpoch(), Qt::UTC);
    // One statement per message, prepared once: the unique key (conversation, author, authorId, clientId)
    // decides whether it is a resend (also when two routers receive the same resent line at once), so the
    // usual case is a single insert without a read before it.
    const char *announcing = announced ? insertMessageAnnouncing() : nullptr;
    QSqlQuery &q = cached(announcing ? CachedStatement::InsertMessageAnnouncing : CachedStatement::InsertMessage,
                          announcing ? announcing
                                     : "INSERT INTO messages (id, client_id, conversation_id, author_kind, author_id, "
                                       "author_name, text, internal, at, thread, attachment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {t}, ?, ?) "
                                       "ON CONFLICT (conversation_id, author_kind, author_id, client_id) DO NOTHING");
    bind(q, {textValue(m.id), m.clientId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.clientId),
             textValue(m.conversationId), toString(m.author), textValue(m.authorId), textValue(m.authorName),
             textValue(m.text), m.internal, m.at.toMSecsSinceEpoch(), textValue(m.thread),
             RecordRows::attachmentText(m.attachment)});
    if (announcing) {
        const auto [channel, payload] = announcement(QStringLiteral("message"), m.conversationId, m.id);
        q.bindValue(11, channel);
        q.bindValue(12, payload);
    }
    if (!exec(q))
        return std::nullopt;
    const bool inserted = announcing ? q.next() : q.numRowsAffected() == 1;
    q.finish();
    if (inserted) {
        if (announced && !announcing)
            announce(QStringLiteral("message"), m.conversationId, m.id);
        return AppendedMessage{m, false};
    }
    if (auto existing = messageByClientId(m))
        return AppendedMessage{*existing, true};
    return std::nullopt;
}

QList<ChatMessage> SqlStore::messages(const QString &conversationId) const
{
    QSqlQuery q = prepared("SELECT " MESSAGE_COLUMNS " FROM messages WHERE conversation_id = ? ORDER BY serial");
    bind(q, {textValue(conversationId)});
    return allRows(q, RecordRows::message);
}

#define RATING_COLUMNS "conversation_id, rating, comment, queue_id, agent_id, {ms:at}"

namespace {
RatingRecord ratingFrom(const QSqlQuery &row)
{
    return RatingRecord{row.value(0).toString(), row.value(1).toInt(),    row.value(2).toString(),
                        row.value(3).toString(), row.value(4).toString(), RecordRows::time(row.value(5))};
}
} // namespace

Store::RatingSaved SqlStore::addRating(const RatingRecord &r)
{
    // One statement, so two answers at once (two tabs, two routers) cannot both be stored.
    QSqlQuery q = prepared("INSERT INTO conversation_ratings (conversation_id, rating, comment, queue_id, agent_id, at) "
                           "VALUES (?, ?, ?, ?, ?, {t}) ON CONFLICT (conversation_id) DO NOTHING");
    bind(q, {textValue(r.conversationId), r.rating, textValue(r.comment), textValue(r.queueId), textValue(r.agentId),
             RecordRows::epochMs(orNow(r.at))});
    if (!exec(q))
        return RatingSaved::Failed;
    return q.numRowsAffected() == 1 ? RatingSaved::Saved : RatingSaved::AlreadyRated;
}

std::optional<RatingRecord> SqlStore::rating(const QString &conversationId) const
{
    QSqlQuery q = prepared("SELECT " RATING_COLUMNS " FROM conversation_ratings WHERE conversation_id = ?");
    bind(q, {conversationId});
    const QList<RatingRecord> rows = allRows(q, ratingFrom);
    return rows.isEmpty() ? std::nullopt : std::optional<RatingRecord>(rows.first());
}

QList<RatingRecord> SqlStore::ratings(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = prepared("SELECT " RATING_COLUMNS " FROM conversation_ratings WHERE at >= {t} AND at < {t} "
                           "ORDER BY at, conversation_id");
    bind(q, {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
    return allRows(q, ratingFrom);
}

bool SqlStore::addEscalation(const EscalationRecord &e)
{
    QSqlQuery q = prepared("INSERT INTO escalations (conversation_id, at, topic, trigger_kind, reason, queue_id) "
                           "VALUES (?, {t}, ?, ?, ?, ?)");
    bind(q, {textValue(e.conversationId), RecordRows::epochMs(orNow(e.at)), textValue(e.topic), toString(e.trigger),
             textValue(e.reason), textValue(e.queueId)});
    return exec(q);
}

QList<EscalationRecord> SqlStore::escalations(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = prepared("SELECT conversation_id, {ms:at}, topic, trigger_kind, reason, queue_id FROM escalations "
                           "WHERE at >= {t} AND at < {t} ORDER BY at, id");
    bind(q, {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
    return allRows(q, [](const QSqlQuery &row) {
        return EscalationRecord{row.value(0).toString(),
                                RecordRows::time(row.value(1)),
                                row.value(2).toString(),
                                triggerFromString(row.value(3).toString()).value_or(EscalationTrigger::Explicit),
                                row.value(4).toString(),
                                row.value(5).toString()};
    });
}

bool SqlStore::addContactEvent(const ContactEventRecord &e)
{
    QSqlQuery q = prepared("INSERT INTO contact_events (conversation_id, kind, queue_id, agent_id, detail, at, wait_ms, "
                           "handle_ms) VALUES (?, ?, ?, ?, ?, {t}, ?, ?)");
    bind(q, {textValue(e.conversationId), textValue(e.kind), textValue(e.queueId), textValue(e.agentId),
             textValue(e.detail), RecordRows::epochMs(orNow(e.at)), e.waitMs, e.handleMs});
    return exec(q);
}

std::optional<QList<KpiSums>> SqlStore::kpiSums(const QDateTime &from, const QDateTime &to,
                                                const KpiThresholds &thresholds) const
{
    // One pass over the period's events (contact_events_at), summed per queue and agent. The service-level
    // threshold differs per queue: a CASE over the queue ids of the routing file, each a bound value.
    QByteArray threshold = "CASE queue_id";
    QVariantList values;
    for (auto it = thresholds.serviceLevelMs.cbegin(); it != thresholds.serviceLevelMs.cend(); ++it) {
        threshold += " WHEN ? THEN CAST(? AS BIGINT)";
        values << textValue(it.key()) << it.value();
    }
    threshold += " ELSE CAST(? AS BIGINT) END";
    values << thresholds.defaultServiceLevelMs;
    const QByteArray text =
        "SELECT queue_id, agent_id,"
        " SUM(CASE WHEN kind = 'entered' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind = 'answered' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind = 'answered' AND wait_ms <= " + threshold + " THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind = 'answered' THEN wait_ms ELSE 0 END),"
        " SUM(CASE WHEN kind = 'abandoned' AND wait_ms >= CAST(? AS BIGINT) THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind = 'abandoned' AND wait_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind = 'abandoned' AND wait_ms >= CAST(? AS BIGINT) THEN wait_ms ELSE 0 END),"
        " SUM(CASE WHEN kind IN ('closed', 'transferred') AND agent_id <> '' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind IN ('closed', 'transferred') AND agent_id <> '' THEN handle_ms ELSE 0 END),"
        " SUM(CASE WHEN kind = 'missed' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind = 'missed' AND detail = 'declined' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN kind = 'transferred' THEN 1 ELSE 0 END)"
        " FROM contact_events WHERE at >= {t} AND at < {t} GROUP BY queue_id, agent_id ORDER BY queue_id, agent_id";
    QSqlQuery q = prepared(text.constData());
    int i = 0;
    for (const QVariant &v : std::as_const(values))
        q.bindValue(i++, v);
    for (int n = 0; n < 3; ++n)
        q.bindValue(i++, thresholds.shortAbandonMs);
    q.bindValue(i++, from.toMSecsSinceEpoch());
    q.bindValue(i++, to.toMSecsSinceEpoch());
    if (!exec(q))
        return std::nullopt;
    QList<KpiSums> rows;
    while (q.next()) {
        KpiSums r;
        r.queueId = q.value(0).toString();
        r.agentId = q.value(1).toString();
        qint64 *const sums[] = {&r.entered, &r.answered, &r.answeredInServiceLevel, &r.answerWaitMs, &r.abandoned,
                                &r.shortAbandoned, &r.abandonWaitMs, &r.handled, &r.handleMs, &r.missed,
                                &r.declined, &r.transferred};
        for (int c = 0; c < int(std::size(sums)); ++c)
            *sums[c] = q.value(c + 2).toLongLong();
        rows << r;
    }
    return rows;
}

qint64 SqlStore::addOfflineMessage(const OfflineMessageRecord &m)
{
    QSqlQuery q = prepared("INSERT INTO offline_messages (conversation_id, name, email, text, queue_id, at, handled) "
                           "VALUES (?, ?, ?, ?, ?, {t}, {false}){returning id}");
    bind(q, {textValue(m.conversationId), textValue(m.name), textValue(m.email), textValue(m.text),
             textValue(m.queueId), RecordRows::epochMs(orNow(m.at))});
    return exec(q) ? insertedId(q) : 0;
}

QList<OfflineMessageRecord> SqlStore::offlineMessages(bool includeHandled, const QDateTime &handledSince) const
{
    // The unhandled ones; with includeHandled also those handled since handledSince, or every one.
    const bool since = includeHandled && handledSince.isValid();
    QSqlQuery q = prepared(
        !includeHandled ? "SELECT " OFFLINE_MESSAGE_COLUMNS " FROM offline_messages WHERE handled = {false} ORDER BY at, id"
        : since ? "SELECT " OFFLINE_MESSAGE_COLUMNS " FROM offline_messages WHERE handled = {false} OR handled_at >= {t} "
                  "ORDER BY at, id"
                : "SELECT " OFFLINE_MESSAGE_COLUMNS " FROM offline_messages ORDER BY at, id");
    if (since)
        bind(q, {RecordRows::epochMs(handledSince)});
    return allRows(q, RecordRows::offlineMessage);
}

std::optional<OfflineMessageRecord> SqlStore::offlineMessage(qint64 id) const
{
    QSqlQuery q = prepared("SELECT " OFFLINE_MESSAGE_COLUMNS " FROM offline_messages WHERE id = ?");
    bind(q, {id});
    return firstRow(q, RecordRows::offlineMessage);
}

bool SqlStore::markOfflineMessageHandled(qint64 id, const QString &by, const QDateTime &at)
{
    QSqlQuery q = prepared("UPDATE offline_messages SET handled = {true}, handled_by = ?, handled_at = {t} "
                           "WHERE id = ? AND handled = {false}");
    bind(q, {textValue(by), RecordRows::epochMs(orNow(at)), id});
    return exec(q) && q.numRowsAffected() == 1;
}

qint64 SqlStore::addCannedResponse(const CannedResponseRecord &r)
{
    QSqlQuery q = prepared("INSERT INTO canned_responses (shortcut, title, category, text, owner) "
                           "VALUES (?, ?, ?, ?, ?){returning id}");
    bind(q, {textValue(r.shortcut), textValue(r.title), textValue(r.category), textValue(r.text), textValue(r.owner)});
    return exec(q) ? insertedId(q) : 0;
}

QList<CannedResponseRecord> SqlStore::cannedResponses(const QString &forUser) const
{
    QSqlQuery q = prepared("SELECT id, shortcut, title, category, text, owner FROM canned_responses "
                           "WHERE owner = '' OR owner = ? ORDER BY category{C}, shortcut{C}, id");
    bind(q, {textValue(forUser)});
    return allRows(q, [](const QSqlQuery &row) {
        return CannedResponseRecord{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                                    row.value(3).toString(),   row.value(4).toString(), row.value(5).toString()};
    });
}

bool SqlStore::addAudit(const AuditRecord &a)
{
    QSqlQuery q = prepared("INSERT INTO audit_log (actor, action, target, detail, desk, at) VALUES (?, ?, ?, ?, ?, {t})");
    bind(q, {textValue(a.actor), textValue(a.action), textValue(a.target), textValue(a.detail), textValue(a.desk),
             RecordRows::epochMs(orNow(a.at))});
    return exec(q);
}

QList<AuditRecord> SqlStore::audit(int limit) const
{
    QSqlQuery q = prepared("SELECT actor, action, target, detail, desk, {ms:at} FROM audit_log ORDER BY id DESC LIMIT ?");
    bind(q, {limit});
    return allRows(q, [](const QSqlQuery &row) {
        return AuditRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                           row.value(3).toString(), row.value(4).toString(), RecordRows::time(row.value(5))};
    });
}

// ---------------------------------------------------------------------------------------------------
// Events out

bool SqlStore::addWebhook(const WebhookRecord &w)
{
    QSqlQuery q = prepared("INSERT INTO webhooks (id, url, secret, events, created_at) VALUES (?, ?, ?, ?, {t})");
    bind(q, {textValue(w.id), textValue(w.url), textValue(w.secret), textValue(w.events.join(QLatin1Char(','))),
             RecordRows::epochMs(orNow(w.createdAt))});
    return exec(q);
}

QList<WebhookRecord> SqlStore::webhooks() const
{
    QSqlQuery q = prepared("SELECT id, url, secret, events, {ms:created_at} FROM webhooks ORDER BY created_at, id{C}");
    return allRows(q, [](const QSqlQuery &row) {
        return WebhookRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                             RecordRows::list(row.value(3).toString()), RecordRows::time(row.value(4))};
    });
}

bool SqlStore::removeWebhook(const QString &id)
{
    QSqlQuery q = prepared("DELETE FROM webhooks WHERE id = ?");
    bind(q, {textValue(id)});
    return exec(q) && q.numRowsAffected() == 1;
}

bool SqlStore::setHandoffCallback(const HandoffCallbackRecord &c)
{
    QSqlQuery q = prepared("INSERT INTO handoff_callbacks (conversation_id, url, api_token_name, source, external_id, "
                           "relates_to_json) VALUES (?, ?, ?, ?, ?, ?)");
    bind(q, {textValue(c.conversationId), textValue(c.url), textValue(c.apiTokenName), textValue(c.source),
             textValue(c.externalId), QString::fromUtf8(QJsonDocument(c.relatesTo).toJson(QJsonDocument::Compact))});
    return exec(q);
}

std::optional<HandoffCallbackRecord> SqlStore::handoffCallback(const QString &conversationId) const
{
    QSqlQuery q = prepared("SELECT conversation_id, url, api_token_name, source, external_id, relates_to_json "
                           "FROM handoff_callbacks WHERE conversation_id = ?");
    bind(q, {textValue(conversationId)});
    return firstRow(q, [](const QSqlQuery &row) {
        return HandoffCallbackRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                     row.value(3).toString(), row.value(4).toString(),
                                     RecordRows::json(row.value(5).toString())};
    });
}

std::optional<QString> SqlStore::apiTokenHash(const QString &name) const
{
    QSqlQuery q = prepared("SELECT token_hash FROM api_tokens WHERE name = ?");
    bind(q, {textValue(name)});
    return firstRow(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

bool SqlStore::enqueueDeliveries(const QList<WebhookDelivery> &deliveries)
{
    for (const WebhookDelivery &d : deliveries) {
        QSqlQuery q = prepared("INSERT INTO webhook_outbox (webhook_id, url, secret, event, conversation_id, body, "
                               "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, {t}, {t})");
        const QVariant at = RecordRows::epochMs(orNow(d.createdAt));
        bind(q, {textValue(d.webhookId), textValue(d.url), textValue(d.secret), textValue(d.event),
                 textValue(d.conversationId), QString::fromUtf8(d.body), at,
                 d.nextAttemptAt.isValid() ? RecordRows::epochMs(d.nextAttemptAt) : at});
        if (!exec(q))
            return false;
    }
    return true;
}

namespace {
WebhookDelivery deliveryFrom(const QSqlQuery &row, bool withBody)
{
    WebhookDelivery d;
    d.id = row.value(0).toLongLong();
    d.webhookId = row.value(1).toString();
    d.url = row.value(2).toString();
    d.event = row.value(3).toString();
    d.conversationId = row.value(4).toString();
    d.createdAt = RecordRows::time(row.value(5));
    d.attempts = row.value(6).toInt();
    d.nextAttemptAt = RecordRows::time(row.value(7));
    d.deliveredAt = RecordRows::time(row.value(8));
    d.givenUp = row.value(9).toBool();
    d.lastStatus = row.value(10).toInt();
    d.lastError = row.value(11).toString();
    if (withBody) {
        d.secret = row.value(12).toString();
        d.body = row.value(13).toString().toUtf8();
    }
    return d;
}
} // namespace

#define DELIVERY_COLUMNS                                                                                       \
    "id, webhook_id, url, event, conversation_id, {ms:created_at}, attempts, {ms:next_attempt_at}, "             \
    "{ms:delivered_at}, given_up, last_status, last_error"

QList<WebhookDelivery> SqlStore::claimDueDeliveries(int limit, int leaseSeconds)
{
    // The lease is the claim: a row whose next attempt lies ahead is not due for anyone else. PostgreSQL
    // re-checks the outer condition on a row another router changed meanwhile, so no row is taken twice.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q = prepared("UPDATE webhook_outbox SET next_attempt_at = {t} WHERE id IN (SELECT id FROM webhook_outbox "
                           "WHERE delivered_at IS NULL AND given_up = {false} AND next_attempt_at <= {t} ORDER BY id "
                           "LIMIT ?) AND delivered_at IS NULL AND next_attempt_at <= {t} RETURNING " DELIVERY_COLUMNS
                           ", secret, body");
    bind(q, {RecordRows::epochMs(now.addSecs(leaseSeconds)), RecordRows::epochMs(now), limit, RecordRows::epochMs(now)});
    QList<WebhookDelivery> out = allRows(q, [](const QSqlQuery &row) { return deliveryFrom(row, true); });
    std::sort(out.begin(), out.end(), [](const WebhookDelivery &a, const WebhookDelivery &b) { return a.id < b.id; });
    return out;
}

bool SqlStore::finishDelivery(const WebhookDelivery &d)
{
    QSqlQuery q = prepared("UPDATE webhook_outbox SET attempts = ?, next_attempt_at = {t}, delivered_at = {t}, "
                           "given_up = ?, last_status = ?, last_error = ? WHERE id = ?");
    bind(q, {d.attempts, RecordRows::epochMs(orNow(d.nextAttemptAt)), RecordRows::epochMs(d.deliveredAt),
             QVariant(d.givenUp), d.lastStatus, textValue(d.lastError), d.id});
    return exec(q);
}

QList<WebhookDelivery> SqlStore::webhookDeliveries(int limit) const
{
    QSqlQuery q = prepared("SELECT " DELIVERY_COLUMNS " FROM webhook_outbox ORDER BY id DESC LIMIT ?");
    bind(q, {limit});
    return allRows(q, [](const QSqlQuery &row) { return deliveryFrom(row, false); });
}

#define TRANSCRIPT_MAIL_COLUMNS                                                                                \
    "id, conversation_id, address, requested_from, {ms:created_at}, attempts, {ms:next_attempt_at}, {ms:sent_at}, " \
    "given_up, last_error"

namespace {
TranscriptMailRecord transcriptMailFrom(const QSqlQuery &row)
{
    TranscriptMailRecord m;
    m.id = row.value(0).toLongLong();
    m.conversationId = row.value(1).toString();
    m.address = row.value(2).toString();
    m.requestedFrom = row.value(3).toString();
    m.createdAt = RecordRows::time(row.value(4));
    m.attempts = row.value(5).toInt();
    m.nextAttemptAt = RecordRows::time(row.value(6));
    m.sentAt = RecordRows::time(row.value(7));
    m.givenUp = row.value(8).toBool();
    m.lastError = row.value(9).toString();
    return m;
}
} // namespace

Store::TranscriptMailQueued SqlStore::queueTranscriptMail(const TranscriptMailRecord &m, int maxPerConversation)
{
    // Counted and written in the same batch transaction: two requests of one conversation in one batch see
    // each other, so the cap holds. With several routers on one database, the conversation's row is held
    // first, so a request through another router waits for this batch to end and then counts this one too.
    QSqlQuery hold = prepared("SELECT id FROM conversations WHERE id = ?{for update}");
    bind(hold, {textValue(m.conversationId)});
    if (!exec(hold))
        return TranscriptMailQueued::Failed;
    QSqlQuery count = prepared("SELECT count(*) FROM transcript_mail_outbox WHERE conversation_id = ?");
    bind(count, {textValue(m.conversationId)});
    const auto n = firstRow(count, [](const QSqlQuery &row) { return row.value(0).toInt(); });
    if (!n)
        return TranscriptMailQueued::Failed;
    if (*n >= maxPerConversation)
        return TranscriptMailQueued::TooMany;
    QSqlQuery q = prepared("INSERT INTO transcript_mail_outbox (conversation_id, address, requested_from, created_at, "
                           "next_attempt_at) VALUES (?, ?, ?, {t}, {t})");
    const QVariant at = RecordRows::epochMs(orNow(m.createdAt));
    bind(q, {textValue(m.conversationId), textValue(m.address), textValue(m.requestedFrom), at,
             m.nextAttemptAt.isValid() ? RecordRows::epochMs(m.nextAttemptAt) : at});
    return exec(q) ? TranscriptMailQueued::Queued : TranscriptMailQueued::Failed;
}

QList<TranscriptMailRecord> SqlStore::claimDueTranscriptMails(int limit, int leaseSeconds)
{
    // The lease is the claim, as in claimDueDeliveries.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q = prepared("UPDATE transcript_mail_outbox SET next_attempt_at = {t} WHERE id IN (SELECT id FROM "
                           "transcript_mail_outbox WHERE sent_at IS NULL AND given_up = {false} AND next_attempt_at <= {t} "
                           "ORDER BY id LIMIT ?) AND sent_at IS NULL AND next_attempt_at <= {t} RETURNING "
                           TRANSCRIPT_MAIL_COLUMNS);
    bind(q, {RecordRows::epochMs(now.addSecs(leaseSeconds)), RecordRows::epochMs(now), limit, RecordRows::epochMs(now)});
    QList<TranscriptMailRecord> out = allRows(q, transcriptMailFrom);
    std::sort(out.begin(), out.end(), [](const TranscriptMailRecord &a, const TranscriptMailRecord &b) { return a.id < b.id; });
    return out;
}

bool SqlStore::finishTranscriptMail(const TranscriptMailRecord &m)
{
    QSqlQuery q = prepared("UPDATE transcript_mail_outbox SET attempts = ?, next_attempt_at = {t}, sent_at = {t}, "
                           "given_up = ?, last_error = ? WHERE id = ?");
    bind(q, {m.attempts, RecordRows::epochMs(orNow(m.nextAttemptAt)), RecordRows::epochMs(m.sentAt),
             QVariant(m.givenUp), textValue(m.lastError), m.id});
    return exec(q);
}

QList<TranscriptMailRecord> SqlStore::transcriptMails(const QString &conversationId) const
{
    QSqlQuery q = prepared("SELECT " TRANSCRIPT_MAIL_COLUMNS " FROM transcript_mail_outbox WHERE conversation_id = ? "
                           "ORDER BY id");
    bind(q, {textValue(conversationId)});
    return allRows(q, transcriptMailFrom);
}

bool SqlStore::setDemoOrder(const QString &number, const QString &status)
{
    QSqlQuery q = prepared("INSERT INTO demo_orders (number, status) VALUES (?, ?) "
                           "ON CONFLICT (number) DO UPDATE SET status = excluded.status");
    bind(q, {textValue(number), textValue(status)});
    return exec(q);
}

QList<QPair<QString, QString>> SqlStore::demoOrders() const
{
    QSqlQuery q = prepared("SELECT number, status FROM demo_orders ORDER BY number{C}");
    return allRows(q, [](const QSqlQuery &row) { return qMakePair(row.value(0).toString(), row.value(1).toString()); });
}

} // namespace handoff::store
