// The ID-token check of signed-in customers, without a router: base64url, both signature algorithms, the
// forgeries that must fail, and the claims (expiry, not-before, issued-at with the clock skew, issuer,
// audience, subject, kept claims).
#include "server/IdentityToken.h"

#include "TestTokenSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using handoff::server::IdentitySettings;
using handoff::server::IdentityTokenVerifier;
using Failure = IdentityTokenVerifier::Failure;

namespace {

const QString kIssuer = QStringLiteral("https://shop.example");
const QString kAudience = QStringLiteral("handoff-chat");
const qint64 kNow = 1'800'000'000;

IdentitySettings settings()
{
    IdentitySettings s;
    s.issuer = kIssuer;
    s.audiences = {kAudience};
    s.clockSkewSeconds = 30;
    s.claims = {QStringLiteral("customer_number"), QStringLiteral("tier")};
    return s;
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QJsonObject claims(int seconds = 600)
{
    return TestTokenSigner::claims(QStringLiteral("cust-42"), kIssuer, kAudience, kNow, seconds);
}

struct Verifier {
    TestTokenSigner signer;
    IdentityTokenVerifier verifier{settings()};
    explicit Verifier(TestTokenSigner::Kind kind)
        : signer(kind)
    {
        QString error;
        EXPECT_TRUE(verifier.addPemKeys(signer.publicPem(), &error)) << error.toStdString();
    }
    Failure check(const QJsonObject &c, qint64 now = kNow) const
    {
        return verifier.verify(signer.sign(c), at(now)).failure;
    }
};

} // namespace

TEST(IdentityToken, Base64UrlDecodesWithoutPaddingAndRefusesOtherAlphabets)
{
    EXPECT_EQ(IdentityTokenVerifier::base64UrlDecode("SGk"), QByteArray("Hi"));
    EXPECT_EQ(IdentityTokenVerifier::base64UrlDecode("-_8"), QByteArray("\xfb\xff", 2));
    EXPECT_EQ(IdentityTokenVerifier::base64UrlDecode(""), QByteArray());
    EXPECT_FALSE(IdentityTokenVerifier::base64UrlDecode("+/8")) << "standard base64's + and / are not base64url";
    EXPECT_FALSE(IdentityTokenVerifier::base64UrlDecode("SGk=")) << "JWS has no padding";
    EXPECT_FALSE(IdentityTokenVerifier::base64UrlDecode("SGk h"));
    EXPECT_FALSE(IdentityTokenVerifier::base64UrlDecode("S")) << "one character is no byte";
}

TEST(IdentityToken, Rs256TokenGivesTheVerifiedCustomerAndTheKeptClaims)
{
    Verifier v(TestTokenSigner::Kind::Rsa);
    QJsonObject c = claims();
    c.insert("name", "Ada Lovelace");
    c.insert("email", "ada@example.org");
    c.insert("customer_number", "C-1001");
    c.insert("tier", 2);
    c.insert("role", "admin"); // not configured: not kept
    const auto result = v.verifier.verify(v.signer.sign(c), at(kNow));
    ASSERT_EQ(result.failure, Failure::None);
    ASSERT_TRUE(result.identity);
    EXPECT_EQ(result.identity->subject, "cust-42");
    EXPECT_EQ(result.identity->issuer, kIssuer);
    EXPECT_EQ(result.identity->name, "Ada Lovelace");
    EXPECT_EQ(result.identity->email, "ada@example.org");
    ASSERT_EQ(result.identity->claims.size(), 2);
    EXPECT_EQ(result.identity->claims[0].name, "customer_number");
    EXPECT_EQ(result.identity->claims[0].value, "C-1001");
    EXPECT_EQ(result.identity->claims[1].value, "2");
}

TEST(IdentityToken, Es256TokenWithRawSignatureIsAccepted)
{
    Verifier v(TestTokenSigner::Kind::Ec);
    EXPECT_EQ(v.check(claims()), Failure::None);
}

TEST(IdentityToken, ForgeriesAreRefused)
{
    Verifier v(TestTokenSigner::Kind::Rsa);
    EXPECT_EQ(v.verifier.verify(TestTokenSigner::unsigned_(claims()), at(kNow)).failure, Failure::UnsupportedAlgorithm);
    EXPECT_EQ(v.verifier.verify(v.signer.hs256WithPublicKey(claims()), at(kNow)).failure,
              Failure::UnsupportedAlgorithm);
    EXPECT_EQ(v.verifier.verify(v.signer.sign(claims(), {{"alg", "PS256"}}), at(kNow)).failure,
              Failure::UnsupportedAlgorithm);
    // Another site's key.
    TestTokenSigner stranger(TestTokenSigner::Kind::Rsa);
    EXPECT_EQ(v.verifier.verify(stranger.sign(claims()), at(kNow)).failure, Failure::BadSignature);
    // A changed payload under the original signature.
    const QByteArray good = v.signer.sign(claims());
    QJsonObject other = claims();
    other.insert("sub", "cust-1");
    const QList<QByteArray> parts = good.split('.');
    const QByteArray tampered = parts[0] + '.' + TestTokenSigner::b64(QJsonDocument(other).toJson(QJsonDocument::Compact))
        + '.' + parts[2];
    EXPECT_EQ(v.verifier.verify(tampered, at(kNow)).failure, Failure::BadSignature);
    // An ES256 token where only an RSA key is known: no key of that kind.
    TestTokenSigner ec(TestTokenSigner::Kind::Ec);
    EXPECT_EQ(v.verifier.verify(ec.sign(claims()), at(kNow)).failure, Failure::UnknownKey);
}

TEST(IdentityToken, MalformedAndOversizeTokensAreRefused)
{
    Verifier v(TestTokenSigner::Kind::Rsa);
    EXPECT_EQ(v.verifier.verify("abc", at(kNow)).failure, Failure::Malformed);
    EXPECT_EQ(v.verifier.verify("a.b.c.d", at(kNow)).failure, Failure::Malformed);
    EXPECT_EQ(v.verifier.verify("e30.e30.!!", at(kNow)).failure, Failure::Malformed);
    EXPECT_EQ(v.verifier.verify("WzFd.e30.", at(kNow)).failure, Failure::Malformed) << "header is an array";
    QJsonObject big = claims();
    big.insert("padding", QString(IdentityTokenVerifier::kMaxTokenBytes, QLatin1Char('x')));
    EXPECT_EQ(v.verifier.verify(v.signer.sign(big), at(kNow)).failure, Failure::TooLarge);
}

TEST(IdentityToken, ExpiryNotBeforeAndIssuedAtAllowTheClockSkewAndNoMore)
{
    Verifier v(TestTokenSigner::Kind::Rsa);
    // Expired 20 s ago: within the 30 s skew. 31 s ago: expired.
    EXPECT_EQ(v.check(claims(600), kNow + 620), Failure::None);
    EXPECT_EQ(v.check(claims(600), kNow + 631), Failure::Expired);
    // Issued (and valid from) 25 s in the future of our clock: the site's clock runs ahead, within the skew.
    EXPECT_EQ(v.check(claims(), kNow - 25), Failure::None);
    EXPECT_EQ(v.check(claims(), kNow - 45), Failure::NotYetValid);
    QJsonObject onlyIat = claims();
    onlyIat.remove("nbf");
    EXPECT_EQ(v.check(onlyIat, kNow - 45), Failure::NotYetValid);
    QJsonObject noExp = claims();
    noExp.remove("exp");
    EXPECT_EQ(v.check(noExp), Failure::MissingClaim) << "a token without expiry would be valid for ever";
    QJsonObject textExp = claims();
    textExp.insert("exp", "tomorrow");
    EXPECT_EQ(v.check(textExp), Failure::MissingClaim);
}

TEST(IdentityToken, IssuerAudienceAndSubjectMustFit)
{
    Verifier v(TestTokenSigner::Kind::Rsa);
    QJsonObject c = claims();
    c.insert("iss", "https://evil.example");
    EXPECT_EQ(v.check(c), Failure::WrongIssuer);
    c = claims();
    c.insert("aud", "another-service");
    EXPECT_EQ(v.check(c), Failure::WrongAudience);
    c.insert("aud", QJsonArray{"another-service", kAudience});
    EXPECT_EQ(v.check(c), Failure::None) << "one of several audiences is ours";
    c.remove("aud");
    EXPECT_EQ(v.check(c), Failure::WrongAudience);
    c = claims();
    c.remove("sub");
    EXPECT_EQ(v.check(c), Failure::MissingClaim);
}

TEST(IdentityToken, JwksKeysAreChosenByKeyId)
{
    TestTokenSigner rsa(TestTokenSigner::Kind::Rsa), ec(TestTokenSigner::Kind::Ec), old(TestTokenSigner::Kind::Rsa);
    IdentityTokenVerifier verifier(settings());
    const QJsonObject jwks{{"keys", QJsonArray{old.jwk("old"), rsa.jwk("r1"), ec.jwk("e1"),
                                               QJsonObject{{"kty", "oct"}, {"k", "c2VjcmV0"}, {"kid", "hmac"}}}}};
    QString error;
    ASSERT_TRUE(verifier.setJwks(QJsonDocument(jwks).toJson(), &error)) << error.toStdString();
    EXPECT_TRUE(verifier.hasKeyId("r1"));
    EXPECT_FALSE(verifier.hasKeyId("hmac")) << "symmetric keys are never taken";
    EXPECT_EQ(verifier.verify(rsa.sign(claims(), {{"kid", "r1"}}), at(kNow)).failure, Failure::None);
    EXPECT_EQ(verifier.verify(ec.sign(claims(), {{"kid", "e1"}}), at(kNow)).failure, Failure::None);
    EXPECT_EQ(verifier.verify(rsa.sign(claims(), {{"kid", "old"}}), at(kNow)).failure, Failure::BadSignature);
    const auto unknown = verifier.verify(rsa.sign(claims(), {{"kid", "r2"}}), at(kNow));
    EXPECT_EQ(unknown.failure, Failure::UnknownKey);
    EXPECT_EQ(unknown.keyId, "r2");
    EXPECT_FALSE(verifier.setJwks("{\"keys\": []}", &error));
    EXPECT_FALSE(verifier.setJwks("not json", &error));
    EXPECT_TRUE(verifier.hasKeyId("r1")) << "a bad document leaves the keys as they were";
}

TEST(IdentityToken, PemFileWithoutAUsableKeyIsRefused)
{
    IdentityTokenVerifier verifier(settings());
    QString error;
    EXPECT_FALSE(verifier.addPemKeys("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", &error));
    EXPECT_FALSE(error.isEmpty());
}
