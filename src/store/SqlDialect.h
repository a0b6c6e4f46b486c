// What SQL text differs between the databases SqlStore runs on: each backend (SqliteStore,
// PostgresStore) has one table of these. SqlStore writes every statement once, with the pieces below
// standing in it as {t}, {ms:column}, {now}, {false}, {true}, {C}, {returning id} and {for update}; a statement that
// differs as a whole (setPassword) is here in full. Migrations stay one file per version per backend
// (sql/<backend>/NNN_*.sql).
#pragma once

#include <QStringList>

namespace handoff::store {

struct SqlDialect
{
    // The resource folder of this backend's migrations (NNN_description.sql, NNN = the version they lead to).
    const char *migrationDir;
    // Statements that record schema version %1 after a migration, inside its transaction.
    QStringList setSchemaVersion;
    // Starts a batch or the migration transaction (where it matters, taking the write lock at once).
    const char *begin;

    // Times cross the driver as epoch milliseconds (qint64, NULL for none) in both directions:
    // {t} is the placeholder for one bound time, {ms:column} reads a time column as epoch milliseconds (%1: the
    // column), {now} is the database's current time in the columns' type.
    const char *timeParam;
    const char *timeColumn;
    const char *now;
    // The two values of a flag column ({false}, {true}).
    const char *falseValue;
    const char *trueValue;
    // Appended to a column in ORDER BY ({C}) so text sorts by code point on every backend.
    const char *codePointOrder;
    // Appended to an INSERT whose generated id the caller wants ({returning id}): empty where the driver
    // reports it as the last insert id, "RETURNING id" where the statement must return it as a row.
    const char *returningId;
    // Appended to a SELECT of rows the transaction must hold until it ends ({for update}): "FOR UPDATE" where
    // other routers write the same database at once, empty where one writer holds the whole database's lock.
    const char *forUpdate;

    // Store::setPassword: binds the new hash and the user name; the user changed is affected or returned.
    const char *setPassword;
    // Binds the user name: signs out every desk of the user after setPassword; empty where setPassword
    // already did, in the same statement.
    const char *revokeTokens;
};

} // namespace handoff::store
