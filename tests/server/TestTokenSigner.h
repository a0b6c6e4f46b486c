// A website's side of signed-in customers, for tests: makes an RSA or EC P-256 key pair with OpenSSL and
// issues ID tokens (JWTs) with it, the way a site such as Power Pages does — and the forged ones an
// attacker would try (alg "none", HS256 keyed with the public key).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <memory>

struct evp_pkey_st;

class TestTokenSigner
{
public:
    enum class Kind { Rsa, Ec };
    explicit TestTokenSigner(Kind kind);
    ~TestTokenSigner();
    TestTokenSigner(TestTokenSigner &&) noexcept;

    QByteArray publicPem() const;
    QJsonObject jwk(const QString &kid) const; // the public key as a JWKS entry
    // A token signed with this key (RS256 or ES256 by the key's kind); `header` may add "kid" or override "alg".
    QByteArray sign(const QJsonObject &claims, QJsonObject header = {}) const;
    // The same claims with alg "none" and no signature.
    static QByteArray unsigned_(const QJsonObject &claims);
    // HS256 with this key's public PEM as the HMAC secret (the classic key-confusion forgery).
    QByteArray hs256WithPublicKey(const QJsonObject &claims) const;
    // Claims a site would issue for `subject`, valid from now for `seconds`.
    static QJsonObject claims(const QString &subject, const QString &issuer, const QString &audience, qint64 now,
                              int seconds = 600);
    static QByteArray b64(const QByteArray &bytes); // base64url without padding

private:
    Kind m_kind;
    evp_pkey_st *m_key = nullptr;
};
