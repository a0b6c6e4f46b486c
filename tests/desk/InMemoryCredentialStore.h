// A CredentialStore kept in memory, for tests that must not touch the real keychain. It can also
// pretend that no keychain exists, as on a headless machine without a Secret Service.
#pragma once

#include "desk/CredentialStore.h"

#include <QHash>

namespace handoff::test {

class InMemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit InMemoryCredentialStore(bool available = true, QObject *parent = nullptr);

    void probe(ProbeDone done) override;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done = {}) override;
    void remove(const QString &key, WriteDone done = {}) override;

    QHash<QString, QString> entries;

private:
    bool m_available;
};

} // namespace handoff::test
