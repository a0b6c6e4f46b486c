#include "StoreBackend.h"

#include "store/SecretToken.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace handoff::test {

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

bool PostgresBackend::execute(const QString &sql, QString *error)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("handoff-test-admin-%1").arg(counter++);
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
