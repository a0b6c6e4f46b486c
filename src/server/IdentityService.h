// Signed-in customers for the hub: loads the site's keys (a PEM file at start, or the JWKS from its
// address, fetched asynchronously and cached) and checks ID tokens against them without ever blocking the
// event loop. A token whose `kid` is unknown makes it fetch the JWKS again — at most once a minute, so a
// stranger's made-up key ids cannot make the router hammer the site — and the check waits for that fetch.
#pragma once

#include "server/IdentityToken.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace handoff::server {

class IdentityService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const IdentityTokenVerifier::Result &)>;
    static constexpr int kRefetchPauseSeconds = 60;
    static constexpr int kMaxJwksBytes = 256 * 1024;
    static constexpr int kMaxWaiting = 1000; // checks waiting for a fetch; beyond it, answered at once

    explicit IdentityService(IdentitySettings settings, QObject *parent = nullptr);
    ~IdentityService() override;

    // Reads the key file and starts the first JWKS fetch. False with *error when the key file is unusable.
    bool start(QString *error);
    bool enabled() const { return m_settings.enabled(); }
    const IdentitySettings &settings() const { return m_settings; }
    // Checks a token; `done` runs on this thread, at once or after a JWKS fetch (never inside this call).
    void check(const QByteArray &token, Done done);

signals:
    void jwksFetched(bool ok); // for logs and tests

private:
    void fetchJwks();
    void fetched(QNetworkReply *reply);
    IdentityTokenVerifier::Result verifyNow(const QByteArray &token) const;

    IdentitySettings m_settings;
    IdentityTokenVerifier m_verifier;
    QNetworkAccessManager *m_network = nullptr;
    QDateTime m_unknownKeyFetch; // the last fetch a token with an unknown `kid` caused
    QDateTime m_fetchedAt; // last successful fetch
    bool m_fetching = false;
    struct Waiting {
        QByteArray token;
        Done done;
    };
    std::vector<Waiting> m_waiting;
};

} // namespace handoff::server
