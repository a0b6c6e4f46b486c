#include "server/IdentityToken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace handoff::server {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::IdentityTokenVerifier)
};

template <typename T, void (*Free)(T *)> struct Freer {
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Freer<BIGNUM, BN_free>>;
using BioPtr = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Freer<EVP_MD_CTX, EVP_MD_CTX_free>>;
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Freer<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using SigPtr = std::unique_ptr<ECDSA_SIG, Freer<ECDSA_SIG, ECDSA_SIG_free>>;
using X509Ptr = std::unique_ptr<X509, Freer<X509, X509_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Freer<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Freer<OSSL_PARAM, OSSL_PARAM_free>>;

bool isP256(EVP_PKEY *key)
{
    char group[64] = {};
    size_t len = 0;
    return EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1
        && (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0);
}

// A key from a JWKS entry's parameters (RFC 7518 §6): RSA from n and e, EC P-256 from x and y.
PKeyPtr keyFromJwk(const QJsonObject &jwk)
{
    auto part = [&jwk](const char *name) {
        return IdentityTokenVerifier::base64UrlDecode(jwk.value(QLatin1String(name)).toString().toLatin1());
    };
    ParamBldPtr build(OSSL_PARAM_BLD_new());
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    const char *type = nullptr;
    BnPtr n, e;
    QByteArray point;
    if (kty == QLatin1String("RSA")) {
        const auto nBytes = part("n"), eBytes = part("e");
        if (!nBytes || !eBytes || nBytes->size() < 256 || nBytes->size() > 1024 || eBytes->isEmpty())
            return nullptr; // 2048 bits at least
        n.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(nBytes->constData()), int(nBytes->size()), nullptr));
        e.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(eBytes->constData()), int(eBytes->size()), nullptr));
        if (!n || !e || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
            || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
            return nullptr;
        type = "RSA";
    } else if (kty == QLatin1String("EC") && jwk.value(QStringLiteral("crv")).toString() == QLatin1String("P-256")) {
        const auto x = part("x"), y = part("y");
        if (!x || !y || x->size() != 32 || y->size() != 32)
            return nullptr;
        point = QByteArray(1, '\x04') + *x + *y; // uncompressed point
        if (!OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0)
            || !OSSL_PARAM_BLD_push_octet_string(build.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                                 size_t(point.size())))
            return nullptr;
        type = "EC";
    } else {
        return nullptr;
    }
    ParamPtr params(OSSL_PARAM_BLD_to_param(build.get()));
    PKeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return PKeyPtr(key);
}

// JWS ES256 signs with the raw r||s (RFC 7518 §3.4); OpenSSL verifies DER.
QByteArray derFromRawEcdsa(const QByteArray &raw)
{
    if (raw.size() != 64)
        return {};
    SigPtr sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int len = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (len <= 0)
        return {};
    QByteArray der(len, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

std::optional<QJsonObject> jsonPart(const QByteArray &encoded)
{
    const auto bytes = IdentityTokenVerifier::base64UrlDecode(encoded);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A NumericDate (seconds since the epoch, possibly fractional); nullopt when absent or not a number.
std::optional<double> numericDate(const QJsonObject &claims, const char *name)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

QString claimText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().left(IdentityTokenVerifier::kMaxClaimChars);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

} // namespace

struct IdentityTokenVerifier::Key {
    QString kid; // empty: a key from the PEM file, which fits any `kid`
    PKeyPtr key;
    bool rsa = false; // else EC P-256
};

IdentityTokenVerifier::IdentityTokenVerifier(IdentitySettings settings)
    : m_settings(std::move(settings))
{
}

IdentityTokenVerifier::~IdentityTokenVerifier() = default;

std::optional<QByteArray> IdentityTokenVerifier::base64UrlDecode(const QByteArray &text)
{
    for (const char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return std::nullopt;
    if (text.size() % 4 == 1)
        return std::nullopt; // no byte ends there
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

bool IdentityTokenVerifier::addPemKeys(const QByteArray &pem, QString *error)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    int added = 0;
    // Public keys and certificates, in any order: each PEM block is read by its own kind.
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long len = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &len) != 1)
            break;
        const QByteArray kind(name);
        const unsigned char *p = data;
        PKeyPtr key;
        if (kind == "PUBLIC KEY") {
            key.reset(d2i_PUBKEY(nullptr, &p, len));
        } else if (kind == "CERTIFICATE") {
            X509Ptr cert(d2i_X509(nullptr, &p, len));
            if (cert)
                key.reset(X509_get_pubkey(cert.get()));
        }
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        if (!key)
            continue;
        auto k = std::make_shared<Key>();
        k->rsa = EVP_PKEY_base_id(key.get()) == EVP_PKEY_RSA;
        if (!k->rsa && !(EVP_PKEY_base_id(key.get()) == EVP_PKEY_EC && isP256(key.get())))
            continue;
        if (k->rsa && EVP_PKEY_get_bits(key.get()) < 2048)
            continue;
        k->key = std::move(key);
        m_fileKeys.append(k);
        ++added;
    }
    if (added == 0 && error)
        *error = Text::tr("no RSA (2048 bits or more) or EC P-256 public key or certificate in PEM form");
    return added > 0;
}

bool IdentityTokenVerifier::setJwks(const QByteArray &json, QString *error)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QStringLiteral("keys")).isArray()) {
        if (error)
            *error = Text::tr("not a JWKS document (a JSON object with \"keys\")");
        return false;
    }
    QList<std::shared_ptr<Key>> keys;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject jwk = v.toObject();
        const QString use = jwk.value(QStringLiteral("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig"))
            continue;
        PKeyPtr key = keyFromJwk(jwk);
        if (!key)
            continue;
        auto k = std::make_shared<Key>();
        k->kid = jwk.value(QStringLiteral("kid")).toString().left(200);
        k->rsa = EVP_PKEY_base_id(key.get()) == EVP_PKEY_RSA;
        const QString alg = jwk.value(QStringLiteral("alg")).toString();
        if (!alg.isEmpty() && alg != QLatin1String(k->rsa ? "RS256" : "ES256"))
            continue; // a key meant for another algorithm is not used for this one
        k->key = std::move(key);
        keys.append(k);
        if (keys.size() >= 100)
            break;
    }
    if (keys.isEmpty()) {
        if (error)
            *error = Text::tr("the JWKS holds no RSA or EC P-256 signing key");
        return false;
    }
    m_jwksKeys = keys;
    return true;
}

bool IdentityTokenVerifier::hasKeys() const
{
    return !m_fileKeys.isEmpty() || !m_jwksKeys.isEmpty();
}

bool IdentityTokenVerifier::hasKeyId(const QString &kid) const
{
    for (const auto &k : m_jwksKeys)
        if (k->kid == kid)
            return true;
    return false;
}

const IdentityTokenVerifier::Key *IdentityTokenVerifier::keyFor(const QString &alg, const QString &kid) const
{
    const bool rsa = alg == QLatin1String("RS256");
    for (const auto &list : {&m_jwksKeys, &m_fileKeys})
        for (const auto &k : *list)
            if (k->rsa == rsa && (k->kid.isEmpty() || kid.isEmpty() || k->kid == kid))
                return k.get();
    return nullptr;
}

IdentityTokenVerifier::Result IdentityTokenVerifier::verify(const QByteArray &token, const QDateTime &now) const
{
    Result result;
    auto fail = [&result](Failure f) {
        result.failure = f;
        result.identity.reset();
        return result;
    };
    if (token.size() > kMaxTokenBytes)
        return fail(Failure::TooLarge);
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return fail(Failure::Malformed);
    const auto header = jsonPart(parts[0]);
    const auto claims = jsonPart(parts[1]);
    const auto signature = base64UrlDecode(parts[2]);
    if (!header || !claims || !signature)
        return fail(Failure::Malformed);
    // The algorithm is the one the key is for, never chosen by the token alone: "none" and HS256 (which
    // would take the public key as an HMAC secret) are refused before any key is looked at.
    const QString alg = header->value(QStringLiteral("alg")).toString();
    if ((alg != QLatin1String("RS256") && alg != QLatin1String("ES256")) || header->contains(QStringLiteral("crit")))
        return fail(Failure::UnsupportedAlgorithm);
    result.keyId = header->value(QStringLiteral("kid")).toString().left(200);
    const Key *key = keyFor(alg, result.keyId);
    if (!key)
        return fail(Failure::UnknownKey);

    QByteArray sig = *signature;
    if (alg == QLatin1String("ES256")) {
        sig = derFromRawEcdsa(sig);
        if (sig.isEmpty())
            return fail(Failure::BadSignature);
    }
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    MdCtxPtr md(EVP_MD_CTX_new());
    if (!md || EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, key->key.get()) != 1
        || EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size()))
            != 1)
        return fail(Failure::BadSignature);

    // Signed by the site; now whether it is meant for us, and now.
    const double t = double(now.toMSecsSinceEpoch()) / 1000.0;
    const double skew = m_settings.clockSkewSeconds;
    const auto exp = numericDate(*claims, "exp");
    if (!exp)
        return fail(Failure::MissingClaim);
    if (t >= *exp + skew)
        return fail(Failure::Expired);
    for (const char *name : {"nbf", "iat"}) {
        if (claims->contains(QLatin1String(name))) {
            const auto when = numericDate(*claims, name);
            if (!when)
                return fail(Failure::Malformed);
            if (*when > t + skew)
                return fail(Failure::NotYetValid);
        }
    }
    if (claims->value(QStringLiteral("iss")).toString() != m_settings.issuer)
        return fail(Failure::WrongIssuer);
    QStringList audiences;
    const QJsonValue aud = claims->value(QStringLiteral("aud"));
    if (aud.isString())
        audiences << aud.toString();
    for (const QJsonValue &a : aud.toArray())
        audiences << a.toString();
    bool audienceAccepted = m_settings.audiences.isEmpty();
    for (const QString &a : std::as_const(audiences))
        audienceAccepted = audienceAccepted || m_settings.audiences.contains(a);
    if (!audienceAccepted)
        return fail(Failure::WrongAudience);
    const QString subject = claims->value(QStringLiteral("sub")).toString();
    if (subject.isEmpty() || subject.size() > 255)
        return fail(Failure::MissingClaim);

    CustomerIdentity identity;
    identity.issuer = m_settings.issuer;
    identity.subject = subject;
    identity.name = claims->value(QStringLiteral("name")).toString().left(200);
    identity.email = claims->value(QStringLiteral("email")).toString().left(320);
    for (const QString &name : m_settings.claims) {
        if (identity.claims.size() >= kMaxClaims)
            break;
        const QString value = claimText(claims->value(name));
        if (!value.isEmpty())
            identity.claims.append({name, value});
    }
    result.identity = identity;
    return result;
}

QString IdentityTokenVerifier::failureCode(Failure f)
{
    switch (f) {
    case Failure::None: return QStringLiteral("ok");
    case Failure::TooLarge: return QStringLiteral("too_large");
    case Failure::Malformed: return QStringLiteral("malformed");
    case Failure::UnsupportedAlgorithm: return QStringLiteral("unsupported_algorithm");
    case Failure::UnknownKey: return QStringLiteral("unknown_key");
    case Failure::BadSignature: return QStringLiteral("bad_signature");
    case Failure::Expired: return QStringLiteral("expired");
    case Failure::NotYetValid: return QStringLiteral("not_yet_valid");
    case Failure::WrongIssuer: return QStringLiteral("wrong_issuer");
    case Failure::WrongAudience: return QStringLiteral("wrong_audience");
    case Failure::MissingClaim: return QStringLiteral("missing_claim");
    case Failure::KeysUnavailable: return QStringLiteral("keys_unavailable");
    }
    return QStringLiteral("invalid");
}

const char *IdentityTokenVerifier::failureText(Failure f)
{
    // Visitor texts: the hub translates them into the visitor's language (hub::forVisitor).
    switch (f) {
    case Failure::None: return "";
    case Failure::TooLarge:
    case Failure::Malformed:
    case Failure::MissingClaim:
        return QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "The sign-in token is not valid.");
    case Failure::UnsupportedAlgorithm:
    case Failure::UnknownKey:
    case Failure::BadSignature:
        return QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "The sign-in token's signature could not be verified.");
    case Failure::Expired: return QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Your sign-in has expired.");
    case Failure::NotYetValid:
        return QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "The sign-in token is not valid yet.");
    case Failure::WrongIssuer:
    case Failure::WrongAudience:
        return QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "The sign-in token is meant for another site.");
    case Failure::KeysUnavailable:
        return QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Your sign-in cannot be checked right now.");
    }
    return "";
}

} // namespace handoff::server
