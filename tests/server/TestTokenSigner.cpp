#include "TestTokenSigner.h"

#include <QJsonDocument>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <stdexcept>

namespace {
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray bnBytes(EVP_PKEY *key, const char *param, int width = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, param, &bn) != 1)
        throw std::runtime_error("no such key parameter");
    QByteArray out(std::max(width, BN_num_bytes(bn)), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
    BN_free(bn);
    return out;
}
} // namespace

TestTokenSigner::TestTokenSigner(Kind kind)
    : m_kind(kind)
{
    m_key = kind == Kind::Rsa ? EVP_RSA_gen(2048) : EVP_EC_gen("P-256");
    if (!m_key)
        throw std::runtime_error("cannot make a key pair");
}

TestTokenSigner::~TestTokenSigner()
{
    EVP_PKEY_free(m_key);
}

TestTokenSigner::TestTokenSigner(TestTokenSigner &&other) noexcept
    : m_kind(other.m_kind)
    , m_key(std::exchange(other.m_key, nullptr))
{
}

QByteArray TestTokenSigner::b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray TestTokenSigner::publicPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, len);
    BIO_free(bio);
    return pem;
}

QJsonObject TestTokenSigner::jwk(const QString &kid) const
{
    if (m_kind == Kind::Rsa)
        return {{"kty", "RSA"}, {"kid", kid}, {"use", "sig"}, {"alg", "RS256"},
                {"n", QString::fromLatin1(b64(bnBytes(m_key, OSSL_PKEY_PARAM_RSA_N)))},
                {"e", QString::fromLatin1(b64(bnBytes(m_key, OSSL_PKEY_PARAM_RSA_E)))}};
    return {{"kty", "EC"}, {"kid", kid}, {"use", "sig"}, {"crv", "P-256"},
            {"x", QString::fromLatin1(b64(bnBytes(m_key, OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
            {"y", QString::fromLatin1(b64(bnBytes(m_key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
}

QByteArray TestTokenSigner::sign(const QJsonObject &claims, QJsonObject header) const
{
    if (!header.contains("alg"))
        header.insert("alg", m_kind == Kind::Rsa ? "RS256" : "ES256");
    header.insert("typ", "JWT");
    const QByteArray input = b64(json(header)) + '.' + b64(json(claims));
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t len = 0;
    EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, m_key);
    EVP_DigestSign(md, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
    QByteArray sig(qsizetype(len), '\0');
    EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
    sig.resize(qsizetype(len));
    EVP_MD_CTX_free(md);
    if (m_kind == Kind::Ec) { // DER → JWS's raw r||s
        const unsigned char *p = reinterpret_cast<const unsigned char *>(sig.constData());
        ECDSA_SIG *ecdsa = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
        QByteArray raw(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa), reinterpret_cast<unsigned char *>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
        ECDSA_SIG_free(ecdsa);
        sig = raw;
    }
    return input + '.' + b64(sig);
}

QByteArray TestTokenSigner::unsigned_(const QJsonObject &claims)
{
    return b64(json({{"alg", "none"}, {"typ", "JWT"}})) + '.' + b64(json(claims)) + '.';
}

QByteArray TestTokenSigner::hs256WithPublicKey(const QJsonObject &claims) const
{
    const QByteArray input = b64(json({{"alg", "HS256"}, {"typ", "JWT"}})) + '.' + b64(json(claims));
    const QByteArray secret = publicPem();
    unsigned char mac[32];
    unsigned int len = sizeof mac;
    HMAC(EVP_sha256(), secret.constData(), int(secret.size()), reinterpret_cast<const unsigned char *>(input.constData()),
         size_t(input.size()), mac, &len);
    return input + '.' + b64(QByteArray(reinterpret_cast<const char *>(mac), int(len)));
}

QJsonObject TestTokenSigner::claims(const QString &subject, const QString &issuer, const QString &audience, qint64 now,
                                   int seconds)
{
    return {{"sub", subject}, {"iss", issuer}, {"aud", audience}, {"iat", now}, {"nbf", now}, {"exp", now + seconds}};
}
