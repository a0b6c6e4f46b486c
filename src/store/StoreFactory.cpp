#include "store/StoreFactory.h"

#include "store/PostgresStore.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>

namespace handoff::store {

namespace {

QString sqlitePath(const QString &database)
{
    const QString t = database.trimmed();
    return t.startsWith(QLatin1String("sqlite:")) ? t.mid(7) : t;
}

} // namespace

bool StoreFactory::isPostgres(const QString &database)
{
    return PostgresStore::looksLikeConnection(database);
}

std::unique_ptr<Store> StoreFactory::create(const QString &database)
{
    if (isPostgres(database))
        return std::make_unique<PostgresStore>(database);
    const QString path = sqlitePath(database);
    if (path.isEmpty())
        return nullptr;
    return std::make_unique<SqliteStore>(path);
}

std::unique_ptr<Store> StoreFactory::open(const QString &database, QString *error)
{
    auto store = create(database);
    if (!store) {
        if (error)
            *error = QCoreApplication::translate("StoreFactory", "no database given");
        return nullptr;
    }
    if (!store->open(error))
        return nullptr;
    return store;
}

QString StoreFactory::describe(const QString &database)
{
    if (isPostgres(database))
        return PostgresStore(database).description();
    return QStringLiteral("SQLite %1").arg(sqlitePath(database));
}

} // namespace handoff::store
