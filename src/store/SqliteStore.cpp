#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QVariant>
#include <fcntl.h>
#include <unistd.h>

namespace handoff::store {

namespace {

// Times are INTEGER epoch milliseconds, flags 0 and 1; SQLite sorts text by code point (BINARY) already and
// reports the rowid of an insert to the driver.
const SqlDialect &sqliteDialect()
{
    static const SqlDialect dialect{
        ":/store/sql/sqlite",
        {QStringLiteral("PRAGMA user_version = %1")},
        // IMMEDIATE takes the write lock now: a deferred transaction that reads first could fail to upgrade its
        // lock (SQLITE_BUSY without waiting) while another connection of this router writes.
        "BEGIN IMMEDIATE",
        "?",
        "%1",
        "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)",
        "0",
        "1",
        "",
        "",
        "",
        "UPDATE users SET password_hash = ? WHERE name = ?",
        "DELETE FROM tokens WHERE user_name = ?",
    };
    return dialect;
}

} // namespace

SqliteStore::SqliteStore(const QString &filePath)
    : SqlStore(sqliteDialect(), QStringLiteral("handoff-store-"))
    , m_path(filePath)
{
}

int SqliteStore::latestSchemaVersion()
{
    return SqlStore::latestSchemaVersion(sqliteDialect());
}

bool SqliteStore::openConnection(QString *error)
{
    // Conversations and password hashes are nobody else's business: a new database file is created 0600 before
    // SQLite opens it (SQLite would create it 0644), and its -wal and -shm files take the same mode from it.
    if (!m_path.isEmpty() && !m_path.startsWith(QLatin1Char(':')) && !m_path.startsWith(QLatin1String("file:"))
        && !QFile::exists(m_path)) {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    QSqlDatabase db = addConnection(QStringLiteral("QSQLITE"));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QCoreApplication::translate("SqliteStore", "cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // A page cache and a memory map large enough for the working set: without them every insert into the
    // growing message indexes re-read pages through read(2) (a profile showed a third of the writer's time
    // in the kernel copying file pages).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-32768", "PRAGMA mmap_size=268435456",
                               "PRAGMA journal_size_limit=67108864"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = QCoreApplication::translate("SqliteStore", "cannot set up %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    // An unwritable file opens fine but fails on the first write; find out now.
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS store_probe (x INTEGER)"))
        || !q.exec(QStringLiteral("DROP TABLE store_probe"))) {
        *error = QCoreApplication::translate("SqliteStore", "cannot write %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

int SqliteStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
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

} // namespace handoff::store
