#include "InMemoryCredentialStore.h"

#include <QTimer>

namespace handoff::test {

InMemoryCredentialStore::InMemoryCredentialStore(bool available, QObject *parent)
    : CredentialStore(parent)
    , m_available(available)
{ }

// Answers come from the event loop, as the keychain's do.
void InMemoryCredentialStore::probe(ProbeDone done)
{
    QTimer::singleShot(0, this, [this, done] { done(m_available); });
}

void InMemoryCredentialStore::read(const QString &key, ReadDone done)
{
    QTimer::singleShot(0, this, [this, key, done] {
        if (!m_available)
            done(std::nullopt, QStringLiteral("no keychain"));
        else if (entries.contains(key))
            done(entries.value(key), QString());
        else
            done(std::nullopt, QString());
    });
}

void InMemoryCredentialStore::write(const QString &key, const QString &secret, WriteDone done)
{
    if (m_available)
        entries.insert(key, secret);
    if (done)
        QTimer::singleShot(0, this, [this, done] { done(m_available, QString()); });
}

void InMemoryCredentialStore::remove(const QString &key, WriteDone done)
{
    entries.remove(key);
    if (done)
        QTimer::singleShot(0, this, [done] { done(true, QString()); });
}

} // namespace handoff::test
