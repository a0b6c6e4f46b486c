// The databases the store tests run against: an SQLite file in a temporary directory, and PostgreSQL
// from HANDOFF_TEST_PG in a schema of its own that is dropped afterwards, so tests never see each
// other's rows. Without HANDOFF_TEST_PG the PostgreSQL tests skip, unless CI is set: then they fail.
#pragma once

#include "store/Store.h"

#include <QString>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace handoff::test {

// A password hash as builds before Argon2id wrote it: "pbkdf2-sha256$120000$SALT_HEX$HASH_HEX".
QString pbkdf2Hash(const QString &password, int iterations = 120000);

class SqliteBackend
{
public:
    static constexpr const char *kName = "SQLite";
    bool available(QString *why) const;
    QString location() const; // what StoreFactory::open takes
    void dropAll() { }
    // Runs one statement with bound values on the database, beside any store (to plant or read rows the
    // Store interface does not expose). *firstValue: the first column of the first row, if any.
    bool run(const QString &sql, const QVariantList &values, QVariant *firstValue = nullptr) const;

private:
    QTemporaryDir m_dir;
};

class PostgresBackend
{
public:
    static constexpr const char *kName = "PostgreSQL";
    PostgresBackend();
    ~PostgresBackend();
    PostgresBackend(const PostgresBackend &) = delete;
    PostgresBackend &operator=(const PostgresBackend &) = delete;

    // False when there is no server to test against; *why says what to set.
    bool available(QString *why) const;
    QString location() const;
    // Drops the schema and everything in it.
    void dropAll();
    // As SqliteBackend::run, in this backend's schema.
    bool run(const QString &sql, const QVariantList &values, QVariant *firstValue = nullptr) const;

    // HANDOFF_TEST_PG, empty when unset.
    static QString serverConnection();
    // True when the missing server must fail the test rather than skip it (the CI variable is set).
    static bool required();
    // Runs one statement on the server outside any store (administration in tests).
    static bool execute(const QString &sql, QString *error = nullptr);

private:
    QString m_schema;
};

} // namespace handoff::test
