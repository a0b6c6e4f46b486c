#include "client/LocalCache.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibrary>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <thread>

namespace handoff {

namespace {

constexpr int kSchemaVersion = 2;
// How far back lastReplyAt() and openChats() look for an agent's line to the visitor.
constexpr int kLastReplyScan = 500;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// Turns what the agent typed into an FTS5 query: every word must occur, as a prefix, quoted so that
// operators in the search text are taken literally.
QString ftsQuery(const QString &words)
{
    QStringList terms;
    const QStringList parts = words.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString w : parts) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms.join(QLatin1Char(' '));
}

OutboxItem outboxFrom(const QSqlQuery &q)
{
    OutboxItem o;
    o.clientId = q.value(0).toString();
    o.conversationId = q.value(1).toString();
    o.text = q.value(2).toString();
    o.internal = q.value(3).toBool();
    o.createdAt = fromIsoUtc(q.value(4).toString());
    o.state = deliveryStateFromString(q.value(5).toString());
    o.error = q.value(6).toString();
    o.attempts = q.value(7).toInt();
    return o;
}

const char *kOutboxColumns = "client_id, conversation_id, text, internal, created_at, state, error, attempts";

} // namespace

LocalCache::LocalCache() = default;

LocalCache::~LocalCache()
{
    close();
}

QString LocalCache::fileNameFor(const QString &server, const QString &user)
{
    auto safe = [](QString s) {
        s.replace(QRegularExpression(QStringLiteral("^[a-z]+://")), QString());
        s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        return s;
    };
    return QStringLiteral("cache-%1-%2.db").arg(safe(server), safe(user));
}

QString LocalCache::defaultPath(const QString &server, const QString &user)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(fileNameFor(server, user));
}

void LocalCache::prepareDriver()
{
    // Only the library is loaded here (QLibrary's loading is guarded by Qt's own lock); open() still
    // makes the driver through QSqlDatabase, on the thread that calls it. Detached: it touches no object of ours,
    // and a driver plugin that is not where Qt keeps its plugins is simply loaded by open() as before.
    std::thread([] {
        QLibrary driver(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers/libqsqlite"));
        driver.load();
    }).detach();
}

bool LocalCache::open(const QString &path, QString *error)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = QStringLiteral("handoff-cache-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_lastError = QObject::tr("Cannot open the local cache %1: %2").arg(path, db.lastError().text());
            if (error)
                *error = m_lastError;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    m_connectionName = name;
    m_path = path;
    if (!migrate()) {
        if (error)
            *error = m_lastError;
        close();
        return false;
    }
    return true;
}

void LocalCache::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool LocalCache::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        qWarning("handoff-desk: cache: %s (%s)", qPrintable(m_lastError), qPrintable(sql));
        return false;
    }
    return true;
}

bool LocalCache::migrate()
{
    // WAL keeps the outbox write cheap and safe; FULL sync because "on disk first" must mean on disk.
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version >= kSchemaVersion)
        return true;
    const QStringList steps {
        QStringLiteral("CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, summary TEXT NOT NULL, "
                       "is_open INTEGER NOT NULL DEFAULT 1, visitor_name TEXT, updated_at TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, "
                       "client_id TEXT, at TEXT NOT NULL, body TEXT NOT NULL, text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, at)"),
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(text, message_id UNINDEXED, "
                       "conversation_id UNINDEXED)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (client_id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, "
                       "text TEXT NOT NULL, internal INTEGER NOT NULL, created_at TEXT NOT NULL, state TEXT NOT NULL, "
                       "error TEXT, attempts INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS canned_personal (id TEXT PRIMARY KEY, body TEXT NOT NULL)"),
        // Version 2: start-up reads my open chats through this instead of every conversation ever cached.
        QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_open ON conversations(is_open) WHERE is_open=1"),
        QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion),
    };
    for (const QString &s : steps)
        if (!exec(s))
            return false;
    return true;
}

bool LocalCache::saveConversation(const ConversationSummary &c, bool open)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO conversations (id, summary, is_open, visitor_name, updated_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET summary=excluded.summary, "
                             "is_open=excluded.is_open, visitor_name=excluded.visitor_name, "
                             "updated_at=excluded.updated_at"));
    q.addBindValue(c.id);
    q.addBindValue(json(c.toJson()));
    q.addBindValue(open ? 1 : 0);
    q.addBindValue(c.visitorName);
    q.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool LocalCache::setConversationOpen(const QString &id, bool open)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE conversations SET is_open=? WHERE id=?"));
    q.addBindValue(open ? 1 : 0);
    q.addBindValue(id);
    return q.exec();
}

QList<ConversationSummary> LocalCache::openConversations() const
{
    QList<ConversationSummary> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    // Served by the partial index conversations_open, whose entries are in rowid order.
    q.exec(QStringLiteral("SELECT summary FROM conversations WHERE is_open=1 ORDER BY rowid"));
    while (q.next())
        if (auto c = ConversationSummary::fromJson(object(q.value(0).toString())))
            out.append(*c);
    return out;
}

QList<LocalCache::OpenChat> LocalCache::openChats() const
{
    // One statement instead of two more per chat (lastMessage, lastReplyAt): both subqueries walk the
    // index on (conversation_id, at) from the newest end, as those functions do. A body that is not
    // JSON counts as no reply, as lastReplyAt() skips it.
    QList<OpenChat> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    const bool read = q.exec(QStringLiteral(
        "SELECT c.summary, "
        "(SELECT m.body FROM messages m WHERE m.conversation_id=c.id ORDER BY m.at DESC, m.rowid DESC LIMIT 1), "
        "(SELECT r.at FROM (SELECT m.at, m.body FROM messages m WHERE m.conversation_id=c.id "
        "ORDER BY m.at DESC, m.rowid DESC LIMIT %1) r WHERE CASE WHEN json_valid(r.body) THEN "
        "json_extract(r.body, '$.author')='agent' AND NOT ifnull(json_extract(r.body, '$.internal'), 0) "
        "ELSE 0 END LIMIT 1) "
        "FROM conversations c WHERE c.is_open=1 ORDER BY c.rowid")
                                 .arg(kLastReplyScan));
    if (!read) {
        // An SQLite without its JSON functions: the same, one chat at a time.
        m_lastError = q.lastError().text();
        const QList<ConversationSummary> conversations = openConversations();
        for (const ConversationSummary &c : conversations)
            out.append({ c, lastMessage(c.id), lastReplyAt(c.id) });
        return out;
    }
    while (q.next()) {
        auto c = ConversationSummary::fromJson(object(q.value(0).toString()));
        if (!c)
            continue;
        OpenChat chat;
        chat.conversation = *c;
        if (!q.value(1).isNull())
            chat.lastMessage = ChatMessage::fromJson(object(q.value(1).toString()));
        chat.lastReplyAt = fromIsoUtc(q.value(2).toString());
        out.append(chat);
    }
    return out;
}

std::optional<ConversationSummary> LocalCache::conversation(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT summary FROM conversations WHERE id=?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return ConversationSummary::fromJson(object(q.value(0).toString()));
    return std::nullopt;
}

bool LocalCache::saveMessage(const ChatMessage &m)
{
    if (m.id.isEmpty())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO messages (id, conversation_id, client_id, at, body, text) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.id);
    q.addBindValue(m.conversationId);
    q.addBindValue(m.clientId);
    q.addBindValue(toIsoUtc(m.at));
    q.addBindValue(json(m.toJson()));
    q.addBindValue(m.text);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() <= 0)
        return false;
    QSqlQuery fts(db);
    fts.prepare(QStringLiteral("INSERT INTO messages_fts (text, message_id, conversation_id) VALUES (?, ?, ?)"));
    fts.addBindValue(m.text);
    fts.addBindValue(m.id);
    fts.addBindValue(m.conversationId);
    fts.exec();
    return true;
}

int LocalCache::saveMessages(const QList<ChatMessage> &messages)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    int added = 0;
    for (const ChatMessage &m : messages)
        added += saveMessage(m) ? 1 : 0;
    db.commit();
    return added;
}

QList<ChatMessage> LocalCache::messages(const QString &conversationId) const
{
    QList<ChatMessage> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT body FROM messages WHERE conversation_id=? ORDER BY at, rowid"));
    q.addBindValue(conversationId);
    q.exec();
    while (q.next())
        if (auto m = ChatMessage::fromJson(object(q.value(0).toString())))
            out.append(*m);
    return out;
}

QList<ChatMessage> LocalCache::recentMessages(const QString &conversationId, int limit) const
{
    QList<ChatMessage> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    // The index on (conversation_id, at) serves this newest-first scan without sorting the transcript.
    q.prepare(QStringLiteral("SELECT body FROM messages WHERE conversation_id=? ORDER BY at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(conversationId);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        if (auto m = ChatMessage::fromJson(object(q.value(0).toString())))
            out.prepend(*m);
    return out;
}

QList<ChatMessage> LocalCache::messagesBefore(const QString &conversationId, const QString &messageId, int limit) const
{
    QList<ChatMessage> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT body FROM messages WHERE conversation_id=? AND (at, rowid) < "
                             "(SELECT at, rowid FROM messages WHERE id=?) ORDER BY at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(conversationId);
    q.addBindValue(messageId);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        if (auto m = ChatMessage::fromJson(object(q.value(0).toString())))
            out.prepend(*m);
    return out;
}

std::optional<ChatMessage> LocalCache::lastMessage(const QString &conversationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT body FROM messages WHERE conversation_id=? ORDER BY at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(conversationId);
    if (q.exec() && q.next())
        return ChatMessage::fromJson(object(q.value(0).toString()));
    return std::nullopt;
}

QDateTime LocalCache::lastReplyAt(const QString &conversationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT body FROM messages WHERE conversation_id=? ORDER BY at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(conversationId);
    q.addBindValue(kLastReplyScan);
    if (!q.exec())
        return {};
    while (q.next()) {
        const auto m = ChatMessage::fromJson(object(q.value(0).toString()));
        if (m && m->author == AuthorKind::Agent && !m->internal)
            return m->at;
    }
    return {};
}

bool LocalCache::hasMessage(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT 1 FROM messages WHERE id=?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

QList<SearchHit> LocalCache::search(const QString &words, int limit) const
{
    QList<SearchHit> out;
    const QString match = ftsQuery(words);
    if (match.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral(
        "SELECT f.conversation_id, f.message_id, snippet(messages_fts, 0, '', '', '…', 12), m.at, c.visitor_name "
        "FROM messages_fts f JOIN messages m ON m.id = f.message_id "
        "LEFT JOIN conversations c ON c.id = f.conversation_id "
        "WHERE messages_fts MATCH ? ORDER BY m.at DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        SearchHit h;
        h.conversationId = q.value(0).toString();
        h.messageId = q.value(1).toString();
        h.snippet = q.value(2).toString();
        h.at = fromIsoUtc(q.value(3).toString());
        h.visitorName = q.value(4).toString();
        out.append(h);
    }
    return out;
}

bool LocalCache::addOutboxItem(const OutboxItem &item)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        QStringLiteral("INSERT INTO outbox (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(kOutboxColumns)));
    q.addBindValue(item.clientId);
    q.addBindValue(item.conversationId);
    q.addBindValue(item.text);
    q.addBindValue(item.internal ? 1 : 0);
    q.addBindValue(toIsoUtc(item.createdAt));
    q.addBindValue(toString(item.state));
    q.addBindValue(item.error);
    q.addBindValue(item.attempts);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool LocalCache::setOutboxState(const QString &clientId, DeliveryState state, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE outbox SET state=?, error=? WHERE client_id=?"));
    q.addBindValue(toString(state));
    q.addBindValue(error);
    q.addBindValue(clientId);
    return q.exec() && q.numRowsAffected() > 0;
}

bool LocalCache::incrementOutboxAttempts(const QString &clientId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE outbox SET attempts=attempts+1 WHERE client_id=?"));
    q.addBindValue(clientId);
    return q.exec();
}

QList<OutboxItem> LocalCache::outboxItems(const QString &conversationId) const
{
    QList<OutboxItem> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (conversationId.isEmpty()) {
        q.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY created_at, rowid").arg(QLatin1String(kOutboxColumns)));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE conversation_id=? ORDER BY created_at, rowid")
                      .arg(QLatin1String(kOutboxColumns)));
        q.addBindValue(conversationId);
        q.exec();
    }
    while (q.next())
        out.append(outboxFrom(q));
    return out;
}

QList<OutboxItem> LocalCache::unsentOutboxItems() const
{
    QList<OutboxItem> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state='queued' ORDER BY created_at, rowid")
               .arg(QLatin1String(kOutboxColumns)));
    while (q.next())
        out.append(outboxFrom(q));
    return out;
}

std::optional<OutboxItem> LocalCache::outboxItem(const QString &clientId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE client_id=?").arg(QLatin1String(kOutboxColumns)));
    q.addBindValue(clientId);
    if (q.exec() && q.next())
        return outboxFrom(q);
    return std::nullopt;
}

QList<CannedResponse> LocalCache::personalCannedResponses() const
{
    QList<CannedResponse> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.exec(QStringLiteral("SELECT body FROM canned_personal ORDER BY rowid"));
    while (q.next()) {
        CannedResponse c = CannedResponse::fromJson(object(q.value(0).toString()));
        c.personal = true;
        out.append(c);
    }
    return out;
}

bool LocalCache::savePersonalCannedResponse(const CannedResponse &c)
{
    CannedResponse copy = c;
    copy.personal = true;
    if (copy.id.isEmpty())
        copy.id = QStringLiteral("p_") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO canned_personal (id, body) VALUES (?, ?)"));
    q.addBindValue(copy.id);
    q.addBindValue(json(copy.toJson()));
    return q.exec();
}

bool LocalCache::removePersonalCannedResponse(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM canned_personal WHERE id=?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

} // namespace handoff
