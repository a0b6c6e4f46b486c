#include "server/IdentityService.h"

#include "server/LogLine.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace handoff::server {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::IdentityService)
};
} // namespace

IdentityService::IdentityService(IdentitySettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_verifier(std::move(settings))
{
}

IdentityService::~IdentityService() = default;

bool IdentityService::start(QString *error)
{
    if (!enabled())
        return true;
    if (!m_settings.keyFile.isEmpty()) {
        QFile file(m_settings.keyFile);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxJwksBytes) {
            *error = Text::tr("cannot read the identity key file %1: %2").arg(m_settings.keyFile, file.errorString());
            return false;
        }
        QString why;
        if (!m_verifier.addPemKeys(file.readAll(), &why)) {
            *error = Text::tr("identity key file %1: %2").arg(m_settings.keyFile, why);
            return false;
        }
    }
    if (!m_settings.jwksUrl.isEmpty())
        fetchJwks();
    return true;
}

IdentityTokenVerifier::Result IdentityService::verifyNow(const QByteArray &token) const
{
    return m_verifier.verify(token, QDateTime::currentDateTimeUtc());
}

void IdentityService::check(const QByteArray &token, Done done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool jwks = !m_settings.jwksUrl.isEmpty();
    if (jwks && m_fetchedAt.isValid() && m_fetchedAt.secsTo(now) > m_settings.jwksCacheSeconds && !m_fetching)
        fetchJwks(); // the cache is old: fetch anew, still checking against what is known meanwhile
    IdentityTokenVerifier::Result result = verifyNow(token);
    const bool unknownKey = result.failure == IdentityTokenVerifier::Failure::UnknownKey;
    const bool mayFetch = !m_unknownKeyFetch.isValid() || m_unknownKeyFetch.secsTo(now) >= kRefetchPauseSeconds;
    if (jwks && unknownKey && (m_fetching || mayFetch) && m_waiting.size() < size_t(kMaxWaiting)) {
        m_waiting.push_back({token, std::move(done)});
        if (!m_fetching) {
            m_unknownKeyFetch = now;
            fetchJwks();
        }
        return;
    }
    if (jwks && unknownKey && !m_verifier.hasKeys())
        result.failure = IdentityTokenVerifier::Failure::KeysUnavailable;
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void IdentityService::fetchJwks()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_fetching = true;
    QNetworkRequest request{QUrl(m_settings.jwksUrl)};
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxJwksBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { fetched(reply); });
}

void IdentityService::fetched(QNetworkReply *reply)
{
    reply->deleteLater();
    m_fetching = false;
    QString why;
    bool ok = false;
    if (reply->error() != QNetworkReply::NoError) {
        why = reply->errorString();
    } else {
        const QByteArray body = reply->read(kMaxJwksBytes + 1);
        if (body.size() > kMaxJwksBytes)
            why = Text::tr("larger than %1 bytes").arg(kMaxJwksBytes);
        else
            ok = m_verifier.setJwks(body, &why);
    }
    if (ok)
        m_fetchedAt = QDateTime::currentDateTimeUtc();
    else
        writeLogLine(LogLevel::Warning, Text::tr("identity: cannot use the JWKS from %1: %2").arg(m_settings.jwksUrl, why));
    std::vector<Waiting> waiting;
    waiting.swap(m_waiting);
    for (Waiting &w : waiting) {
        IdentityTokenVerifier::Result result = verifyNow(w.token);
        if (result.failure == IdentityTokenVerifier::Failure::UnknownKey && !ok)
            result.failure = IdentityTokenVerifier::Failure::KeysUnavailable;
        w.done(result);
    }
    emit jwksFetched(ok);
}

} // namespace handoff::server
