// Where the desk keeps a secret (the sign-in token when "remember me" is on). One small interface so
// the rest of the desk never sees how or where; the keychain implementation is the real one.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace handoff {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const std::optional<QString> &secret, const QString &error)>;
    using WriteDone = std::function<void(bool ok, const QString &error)>;
    using ProbeDone = std::function<void(bool available)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    // Finds out whether secrets can be kept at all on this computer.
    virtual void probe(ProbeDone done) = 0;
    // `secret` is empty (std::nullopt) when nothing is stored under `key`.
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done = {}) = 0;
    virtual void remove(const QString &key, WriteDone done = {}) = 0;

    // "server|user": one entry per account.
    static QString keyFor(const QString &server, const QString &user) { return server + QLatin1Char('|') + user; }
};

} // namespace handoff
