// Chooses and opens the Store for a database location: an SQLite file ("sqlite:PATH" or a plain path)
// or PostgreSQL ("postgres://…", "postgresql://…" or a libpq keyword string such as "host=H dbname=D").
#pragma once

#include "store/Store.h"

#include <QString>
#include <memory>

namespace handoff::store {

class StoreFactory
{
public:
    static bool isPostgres(const QString &database);
    // The store for the location, not yet opened; nullptr for an empty location.
    static std::unique_ptr<Store> create(const QString &database);
    // Creates and opens it (applying migrations); nullptr with *error set on failure.
    static std::unique_ptr<Store> open(const QString &database, QString *error);
    // The location for logs and messages, without any password.
    static QString describe(const QString &database);
};

} // namespace handoff::store
