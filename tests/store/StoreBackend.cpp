#include "StoreBackend.h"

#include "store/SecretToken.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace handoff::test {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("handoff-test-admin-%1").arg(counter++);
}

bool runOn(QSqlDatabase &db, const QStringList &setup, const QString &sql, const QVariantList &values,
           QVariant *firstValue)
{
    if (!db.open())
        return false;
    QSqlQuery q(db);
    for (const QString &statement : setup)
        if (!q.exec(statement))
            return false;
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return false;
    if (firstValue)
        *firstValue = q.next() ? q.value(0) : QVariant();
    return true;
}

} // namespace

QString pbkdf2Hash(const QString &password, int iterations)
{
    const QByteArray salt = store::SecretToken::randomBytes(16);
    const QByteArray hash = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(hash.toHex()));
}

bool SqliteBackend::available(QString *why) const
{
    if (!m_dir.isValid())
        *why = QStringLiteral("cannot create a temporary directory");
    return m_dir.isValid();
}

QString SqliteBackend::location() const
{
    return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("handoff.db"));
}

bool SqliteBackend::run(const QString &sql, const QVariantList &values, QVariant *firstValue) const
{
    const QString name = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("handoff.db")));
        ok = runOn(db, {}, sql, values, firstValue);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

PostgresBackend::PostgresBackend()
    : m_schema(QStringLiteral("handoff_test_") + store::SecretToken::generate(8))
{ }

PostgresBackend::~PostgresBackend()
{
    dropAll();
}

QString PostgresBackend::serverConnection()
{
    return qEnvironmentVariable("HANDOFF_TEST_PG");
}

bool PostgresBackend::required()
{
    return qEnvironmentVariableIsSet("CI");
}

bool PostgresBackend::available(QString *why) const
{
    if (serverConnection().isEmpty()) {
        *why = QStringLiteral("HANDOFF_TEST_PG is not set: no PostgreSQL to test against (start one with "
                              "`source .ci/postgres-up`)");
        return false;
    }
    return true;
}

QString PostgresBackend::location() const
{
    return serverConnection() + QStringLiteral(" schema=") + m_schema;
}

void PostgresBackend::dropAll()
{
    if (!serverConnection().isEmpty())
        execute(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_schema));
}

bool PostgresBackend::run(const QString &sql, const QVariantList &values, QVariant *firstValue) const
{
    const QString name = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(serverConnection().replace(QLatin1Char(' '), QLatin1Char(';')));
        ok = runOn(db, { QStringLiteral("SET search_path TO \"%1\"").arg(m_schema) }, sql, values, firstValue);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PostgresBackend::execute(const QString &sql, QString *error)
{
    const QString name = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        // The keyword string goes to libpq as it is; QPSQL appends the connect options to its own.
        db.setConnectOptions(serverConnection().replace(QLatin1Char(' '), QLatin1Char(';')));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages TO warning"));
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace handoff::test
