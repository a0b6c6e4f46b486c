// CredentialStore on the system keychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain.
#pragma once

#include "desk/CredentialStore.h"

namespace handoff {

class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void probe(ProbeDone done) override;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done = {}) override;
    void remove(const QString &key, WriteDone done = {}) override;

    static QString serviceName() { return QStringLiteral("handoff-desk"); }
};

} // namespace handoff
