// The Store on an SQLite file: WAL journal, synchronous=FULL (a message is on disk before the router
// acknowledges it), foreign keys on, a busy timeout for the admin commands that share the file. The
// statements are SqlStore's; this class connects, keeps the schema version in PRAGMA user_version and
// copies the write-ahead log into the database (checkpoints).
#pragma once

#include "store/SqlStore.h"

namespace handoff::store {

class SqliteStore final : public SqlStore
{
public:
    explicit SqliteStore(const QString &filePath);

    // The newest schema version compiled into this build.
    static int latestSchemaVersion();

    int schemaVersion() const override;
    bool hasCheckpoints() const override { return true; }
    void setCommitsCheckpoint(bool on) override;
    bool checkpoint() override;

private:
    bool openConnection(QString *error) override;
    QString location() const override { return m_path; }

    QString m_path;
};

} // namespace handoff::store
