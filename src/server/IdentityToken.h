// Checks the ID token a website passes for a signed-in customer: a JWT signed by the site (RS256 or
// ES256) and verified with the site's public key, from a PEM file or the site's JWKS. Only what this
// class accepts becomes a verified identity; everything else is refused with a reason the visitor's page
// can show. No I/O here: keys are handed in, time is passed in (IdentityService fetches the JWKS).
#pragma once

#include "protocol/DomainTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace handoff::server {

// The router's "identity" configuration (see docs/router.md#signed-in-customers).
struct IdentitySettings {
    QString issuer;            // the `iss` a token must carry; empty = signed-in customers are off
    QStringList audiences;     // `aud` must name one of these
    QString keyFile;           // PEM public key(s) or certificate(s)
    QString jwksUrl;           // or a JWKS address (https, or http on loopback)
    int clockSkewSeconds = 60; // tolerance for `exp`, `nbf` and `iat`
    bool required = false;     // true: a chat without a valid token is refused
    QStringList claims;        // further claims kept as verified fields, e.g. "customer_number"
    int jwksCacheSeconds = 3600;

    bool enabled() const { return !issuer.isEmpty(); }
};

class IdentityTokenVerifier
{
public:
    static constexpr int kMaxTokenBytes = 8192;
    static constexpr int kMaxClaims = 20;
    static constexpr int kMaxClaimChars = 500;

    enum class Failure {
        None,
        TooLarge,
        Malformed,            // not three base64url parts of JSON objects
        UnsupportedAlgorithm, // anything but RS256 and ES256 (none, HS256, …)
        UnknownKey,           // no key with the token's `kid` (or of its type)
        BadSignature,
        Expired,
        NotYetValid, // `nbf` or `iat` in the future
        WrongIssuer,
        WrongAudience,
        MissingClaim, // `sub` or `exp`
        KeysUnavailable, // the JWKS could not be fetched
    };
    struct Result {
        std::optional<CustomerIdentity> identity;
        Failure failure = Failure::None;
        QString keyId; // the header's `kid`, for fetching keys again when it is unknown
    };

    explicit IdentityTokenVerifier(IdentitySettings settings);
    ~IdentityTokenVerifier();
    IdentityTokenVerifier(const IdentityTokenVerifier &) = delete;
    IdentityTokenVerifier &operator=(const IdentityTokenVerifier &) = delete;

    // Public keys or certificates in PEM, added to those from earlier calls. False with *error when there is none.
    bool addPemKeys(const QByteArray &pem, QString *error);
    // A JWKS document ({"keys": [...]}), replacing the keys of the previous one. RSA and EC P-256 keys for
    // signatures are taken, others skipped. False with *error when it is not a JWKS with a usable key.
    bool setJwks(const QByteArray &json, QString *error);
    bool hasKeys() const;
    bool hasKeyId(const QString &kid) const;

    Result verify(const QByteArray &token, const QDateTime &now) const;

    // RFC 7515's base64url without padding; nullopt for any other character (or padding).
    static std::optional<QByteArray> base64UrlDecode(const QByteArray &text);
    // What the visitor's page is told: the source text, translated by the hub into the visitor's language.
    static const char *failureText(Failure f);
    // The stable code of a failure for the protocol ("expired", "bad_signature", …).
    static QString failureCode(Failure f);

private:
    struct Key;
    const Key *keyFor(const QString &alg, const QString &kid) const;

    IdentitySettings m_settings;
    QList<std::shared_ptr<Key>> m_fileKeys;
    QList<std::shared_ptr<Key>> m_jwksKeys;
};

} // namespace handoff::server
