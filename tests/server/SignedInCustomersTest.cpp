// Signed-in customers against the real router: a website's ID token (RS256 from a PEM file, ES256 from a
// JWKS served here over HTTP) makes the customer a verified part of the conversation the agent's desk gets;
// expired, foreign, tampered, unsigned and HS256-forged tokens are refused with a clear error, and the chat
// goes on anonymous or is refused as the router is configured. The customer's earlier conversations are
// listed for the agent of the current chat and for supervisors, and for nobody else.
#include "ProtocolPeer.h"
#include "TestSupport.h"
#include "TestTokenSigner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");
const QString kIssuer = QStringLiteral("https://shop.example");
const QString kAudience = QStringLiteral("handoff-chat");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QJsonObject claimsFor(const QString &subject, int seconds = 600)
{
    QJsonObject c = TestTokenSigner::claims(subject, kIssuer, kAudience, QDateTime::currentSecsSinceEpoch(), seconds);
    c.insert("name", "Ada Lovelace");
    c.insert("email", "ada@example.org");
    c.insert("customer_number", "C-1001");
    return c;
}

// A router whose config accepts the site's tokens, with the key from `keyFile` or `jwksUrl`.
std::unique_ptr<RouterProcess> startRouter(const QJsonObject &identity, const QByteArray &pem = {})
{
    auto router = std::make_unique<RouterProcess>();
    QJsonObject id = identity;
    id.insert("issuer", kIssuer);
    id.insert("audience", kAudience);
    id.insert("claims", QJsonArray{"customer_number"});
    if (!pem.isEmpty()) {
        EXPECT_TRUE(writeFile(router->dataDir() + "/site.pem", pem));
        id.insert("keyFile", router->dataDir() + "/site.pem");
    }
    const QString config = router->dataDir() + "/router.json";
    EXPECT_TRUE(writeFile(config, QJsonDocument(QJsonObject{{"identity", id}}).toJson()));
    for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")})
        EXPECT_TRUE(router->addUser(name, name + "-password"));
    EXPECT_TRUE(router->addUser("sam", "sam-password", "supervisor"));
    EXPECT_TRUE(router->start({QStringLiteral("--config"), config})) << router->log().toStdString();
    return router;
}

class Visitor : public ProtocolPeer
{
public:
    Envelope hello(const QByteArray &identityToken, const QString &visitorId = {})
    {
        QJsonObject data{{"version", "1.0"}, {"visitorToken", ""}, {"page", "https://shop.example/account"}};
        if (!identityToken.isNull())
            data.insert("identityToken", QString::fromLatin1(identityToken));
        if (!visitorId.isEmpty())
            data.insert("visitorId", visitorId);
        const Envelope opened = call("hello", data);
        conversationId = opened.data.value("conversationId").toString();
        return opened;
    }
    bool askForPerson()
    {
        return call("message.send", {{"clientId", "v1"}, {"text", "My parcel never came"}}).type == kOk
            && call("handoff.request").type == kOk;
    }
    QString conversationId;
};

ProtocolPeer *signIn(ProtocolPeer &desk, const RouterProcess &router, const QString &user)
{
    EXPECT_TRUE(desk.open(router.wsUrl("desk")));
    EXPECT_EQ(desk.helloDesk().type, kOk);
    EXPECT_EQ(desk.signIn(user, user + "-password").type, kOk);
    return &desk;
}

// The visitor asks for a person; the desk gets the offer and accepts it. The accepted conversation's summary.
QJsonObject takeChat(Visitor &visitor, ProtocolPeer &desk)
{
    EXPECT_TRUE(visitor.askForPerson());
    const auto offer = desk.event("offer", [&](const Envelope &e) {
        return e.data.value("offer").toObject().value("conversationId").toString() == visitor.conversationId;
    });
    EXPECT_TRUE(offer);
    const Envelope accepted = desk.call("offer.accept", {{"conversationId", visitor.conversationId}});
    EXPECT_EQ(accepted.type, kOk);
    return accepted.data.value("conversation").toObject();
}

QString identityCode(const Envelope &hello)
{
    return hello.data.value("identity").toObject().value("code").toString();
}

// A JWKS endpoint: answers every GET with the current document and counts the requests.
class JwksServer
{
public:
    JwksServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const QByteArray body = QJsonDocument(document).toJson();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/.well-known/jwks.json").arg(m_server.serverPort()); }
    QJsonObject document;
    int requests = 0;

private:
    QTcpServer m_server;
};

} // namespace

TEST(SignedInCustomers, VerifiedCustomerReachesTheDeskMarkedVerified)
{
    TestTokenSigner site(TestTokenSigner::Kind::Rsa);
    auto router = startRouter({}, site.publicPem());
    ProtocolPeer alice;
    signIn(alice, *router, "alice");

    Visitor ada;
    ASSERT_TRUE(ada.open(router->wsUrl("visitor")));
    const Envelope hello = ada.hello(site.sign(claimsFor("cust-42")));
    ASSERT_EQ(hello.type, kOk) << hello.data.value("message").toString().toStdString();
    EXPECT_TRUE(hello.data.value("identity").toObject().value("verified").toBool());
    EXPECT_EQ(hello.data.value("identity").toObject().value("name").toString(), "Ada Lovelace");

    const QJsonObject conversation = takeChat(ada, alice);
    const QJsonObject customer = conversation.value("customer").toObject();
    EXPECT_TRUE(customer.value("verified").toBool());
    EXPECT_EQ(customer.value("subject").toString(), "cust-42");
    EXPECT_EQ(customer.value("issuer").toString(), kIssuer);
    EXPECT_EQ(customer.value("name").toString(), "Ada Lovelace");
    EXPECT_EQ(customer.value("email").toString(), "ada@example.org");
    const QJsonArray claims = customer.value("claims").toArray();
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims[0].toObject().value("name").toString(), "customer_number");
    EXPECT_EQ(claims[0].toObject().value("value").toString(), "C-1001");

    // A visitor without a token who claims to be someone gets no verified customer.
    Visitor mallory;
    ASSERT_TRUE(mallory.open(router->wsUrl("visitor")));
    const Envelope forged = mallory.call("hello", {{"version", "1.0"}, {"customer", customer}});
    ASSERT_EQ(forged.type, kOk);
    mallory.conversationId = forged.data.value("conversationId").toString();
    const QJsonObject anonymous = takeChat(mallory, alice);
    EXPECT_FALSE(anonymous.contains("customer")) << "only the router makes a verified customer";
}

TEST(SignedInCustomers, BadTokensAreRefusedAndTheChatGoesOnAnonymous)
{
    TestTokenSigner site(TestTokenSigner::Kind::Rsa), stranger(TestTokenSigner::Kind::Rsa);
    auto router = startRouter({}, site.publicPem());
    const QByteArray good = site.sign(claimsFor("cust-42"));
    const QList<QByteArray> parts = good.split('.');
    QByteArray tampered = good;
    tampered[parts[0].size() + parts[1].size() + 5] = tampered[parts[0].size() + parts[1].size() + 5] == 'A' ? 'B' : 'A';
    QJsonObject expired = claimsFor("cust-42");
    expired.insert("exp", QDateTime::currentSecsSinceEpoch() - 3600);
    expired.insert("iat", QDateTime::currentSecsSinceEpoch() - 7200);
    expired.insert("nbf", QDateTime::currentSecsSinceEpoch() - 7200);
    const struct {
        const char *what;
        QByteArray token;
        QString code;
    } cases[] = {
        {"expired", site.sign(expired), "expired"},
        {"another site's key", stranger.sign(claimsFor("cust-42")), "bad_signature"},
        {"a changed signature", tampered, "bad_signature"},
        {"alg none", TestTokenSigner::unsigned_(claimsFor("cust-42")), "unsupported_algorithm"},
        {"HS256 keyed with the public key", site.hs256WithPublicKey(claimsFor("cust-42")), "unsupported_algorithm"},
        {"over 8 KB", QByteArray(9000, 'a'), "too_large"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.what);
        Visitor v;
        ASSERT_TRUE(v.open(router->wsUrl("visitor")));
        const Envelope hello = v.hello(c.token);
        ASSERT_EQ(hello.type, kOk) << "identity is optional: the chat goes on";
        EXPECT_FALSE(hello.data.value("identity").toObject().value("verified").toBool(true));
        EXPECT_EQ(identityCode(hello), c.code);
        EXPECT_TRUE(hello.data.value("identity").toObject().value("message").toString().contains("without being signed in"))
            << hello.data.value("identity").toObject().value("message").toString().toStdString();
        EXPECT_FALSE(hello.data.value("conversationId").toString().isEmpty());
    }
    // The expired one, in the visitor's language.
    Visitor german;
    ASSERT_TRUE(german.open(router->wsUrl("visitor")));
    const Envelope hello = german.call("hello", {{"version", "1.0"}, {"language", "de"},
                                                 {"identityToken", QString::fromLatin1(site.sign(expired))}});
    EXPECT_EQ(identityCode(hello), "expired");
    EXPECT_FALSE(hello.data.value("identity").toObject().value("message").toString().contains("expired"));

    // The refused customer is not on the conversation the desk gets.
    ProtocolPeer alice;
    signIn(alice, *router, "alice");
    Visitor v;
    ASSERT_TRUE(v.open(router->wsUrl("visitor")));
    ASSERT_EQ(identityCode(v.hello(stranger.sign(claimsFor("cust-42")))), "bad_signature");
    EXPECT_FALSE(takeChat(v, alice).contains("customer"));
}

TEST(SignedInCustomers, RequiredSignInRefusesChatsWithoutAValidToken)
{
    TestTokenSigner site(TestTokenSigner::Kind::Rsa);
    auto router = startRouter({{"required", true}}, site.publicPem());
    Visitor none;
    ASSERT_TRUE(none.open(router->wsUrl("visitor")));
    const Envelope refused = none.hello(QByteArray());
    EXPECT_EQ(refused.type, "error");
    EXPECT_EQ(refused.data.value("code").toString(), "unauthenticated");
    EXPECT_TRUE(refused.data.value("message").toString().contains("Sign in")) << refused.data.value("message").toString().toStdString();

    Visitor forged;
    ASSERT_TRUE(forged.open(router->wsUrl("visitor")));
    const Envelope bad = forged.hello(TestTokenSigner::unsigned_(claimsFor("cust-42")));
    EXPECT_EQ(bad.type, "error");
    EXPECT_EQ(bad.data.value("code").toString(), "unauthenticated");
    EXPECT_TRUE(bad.data.value("message").toString().contains("signature")) << bad.data.value("message").toString().toStdString();
    // The same connection may try again with a good token.
    const Envelope good = forged.hello(site.sign(claimsFor("cust-42")));
    EXPECT_EQ(good.type, kOk);
    EXPECT_TRUE(good.data.value("identity").toObject().value("verified").toBool());
}

TEST(SignedInCustomers, Es256KeysComeFromTheSitesJwksAndAnUnknownKeyIdFetchesItAgainAtMostOnceAMinute)
{
    TestTokenSigner first(TestTokenSigner::Kind::Ec), rotated(TestTokenSigner::Kind::Ec), rsa(TestTokenSigner::Kind::Rsa);
    JwksServer jwks;
    jwks.document = {{"keys", QJsonArray{first.jwk("k1"), rsa.jwk("r1")}}};
    auto router = startRouter({{"jwksUrl", jwks.url()}});
    ASSERT_TRUE(waitUntil([&] { return jwks.requests == 1; }, 10000)) << "fetched when the router starts";

    Visitor es;
    ASSERT_TRUE(es.open(router->wsUrl("visitor")));
    const Envelope hello = es.hello(first.sign(claimsFor("cust-7"), {{"kid", "k1"}}));
    EXPECT_TRUE(hello.data.value("identity").toObject().value("verified").toBool()) << identityCode(hello).toStdString();
    Visitor rs;
    ASSERT_TRUE(rs.open(router->wsUrl("visitor")));
    EXPECT_TRUE(rs.hello(rsa.sign(claimsFor("cust-8"), {{"kid", "r1"}})).data.value("identity").toObject().value("verified").toBool());
    EXPECT_EQ(jwks.requests, 1) << "known keys are not fetched again";

    // The site rotates its key: a token with the new kid makes the router fetch the JWKS again, and wait for it.
    jwks.document = {{"keys", QJsonArray{rotated.jwk("k2")}}};
    Visitor after;
    ASSERT_TRUE(after.open(router->wsUrl("visitor")));
    const Envelope rotatedHello = after.hello(rotated.sign(claimsFor("cust-7"), {{"kid", "k2"}}));
    EXPECT_TRUE(rotatedHello.data.value("identity").toObject().value("verified").toBool()) << identityCode(rotatedHello).toStdString();
    EXPECT_EQ(jwks.requests, 2);

    // Made-up key ids do not make it fetch again within the minute.
    for (int i = 0; i < 3; ++i) {
        Visitor v;
        ASSERT_TRUE(v.open(router->wsUrl("visitor")));
        EXPECT_EQ(identityCode(v.hello(rotated.sign(claimsFor("cust-7"), {{"kid", QStringLiteral("x%1").arg(i)}}))),
                  "unknown_key");
    }
    EXPECT_EQ(jwks.requests, 2);
}

TEST(SignedInCustomers, HistoryListsTheCustomersEarlierChatsForTheirAgentAndSupervisorsOnly)
{
    TestTokenSigner site(TestTokenSigner::Kind::Rsa);
    auto router = startRouter({}, site.publicPem());
    ProtocolPeer alice, bob, sam;
    signIn(alice, *router, "alice");
    signIn(sam, *router, "sam");

    // The first chat: Ada, signed in, with Alice; resolved.
    Visitor first;
    ASSERT_TRUE(first.open(router->wsUrl("visitor")));
    ASSERT_EQ(first.hello(site.sign(claimsFor("cust-42"))).type, kOk);
    takeChat(first, alice);
    ASSERT_EQ(alice.call("message.send", {{"conversationId", first.conversationId}, {"clientId", "a1"},
                                          {"text", "Your parcel is on its way."}}).type, kOk);
    ASSERT_EQ(alice.call("conversation.close", {{"conversationId", first.conversationId}, {"disposition", "resolved"}}).type,
              kOk);
    // Someone else's chat.
    Visitor other;
    ASSERT_TRUE(other.open(router->wsUrl("visitor")));
    ASSERT_EQ(other.hello(site.sign(claimsFor("cust-99"))).type, kOk);
    takeChat(other, alice);

    // The second chat of Ada, another day.
    Visitor second;
    ASSERT_TRUE(second.open(router->wsUrl("visitor")));
    ASSERT_EQ(second.hello(site.sign(claimsFor("cust-42"))).type, kOk);
    takeChat(second, alice);

    const Envelope history = alice.call("customer.history", {{"conversationId", second.conversationId}});
    ASSERT_EQ(history.type, kOk) << history.data.value("message").toString().toStdString();
    EXPECT_EQ(history.data.value("by").toString(), "customer");
    EXPECT_EQ(history.data.value("customer").toObject().value("subject").toString(), "cust-42");
    const QJsonArray earlier = history.data.value("conversations").toArray();
    ASSERT_EQ(earlier.size(), 1) << "the other customer's chat and the current one are not listed";
    const QJsonObject entry = earlier[0].toObject();
    EXPECT_EQ(entry.value("id").toString(), first.conversationId);
    EXPECT_EQ(entry.value("agentId").toString(), "alice");
    EXPECT_FALSE(entry.value("agentName").toString().isEmpty());
    EXPECT_EQ(entry.value("disposition").toString(), "resolved");
    EXPECT_EQ(entry.value("state").toString(), "closed");
    EXPECT_FALSE(entry.value("createdAt").toString().isEmpty());
    EXPECT_FALSE(entry.value("queueName").toString().isEmpty());
    EXPECT_FALSE(history.data.value("more").toBool());

    // Its transcript, read-only, through the current chat.
    const Envelope transcript = alice.call("conversation.history", {{"conversationId", first.conversationId},
                                                                     {"via", second.conversationId}});
    ASSERT_EQ(transcript.type, kOk);
    bool found = false;
    for (const QJsonValue &m : transcript.data.value("messages").toArray())
        found = found || m.toObject().value("text").toString() == "Your parcel is on its way.";
    EXPECT_TRUE(found);
    EXPECT_EQ(transcript.data.value("conversation").toObject().value("customer").toObject().value("subject").toString(),
              "cust-42");
    // Not another customer's chat through this one.
    EXPECT_EQ(alice.call("conversation.history", {{"conversationId", other.conversationId}, {"via", second.conversationId}})
                  .data.value("code").toString(),
              "not_found");

    // Bob is not the agent of the current chat: no history, no transcript.
    signIn(bob, *router, "bob");
    EXPECT_EQ(bob.call("customer.history", {{"conversationId", second.conversationId}}).data.value("code").toString(),
              "forbidden");
    EXPECT_EQ(bob.call("conversation.history", {{"conversationId", first.conversationId}, {"via", second.conversationId}})
                  .data.value("code").toString(),
              "forbidden");
    EXPECT_EQ(bob.call("customer.search", {{"query", "ada"}}).data.value("code").toString(), "forbidden");

    // A supervisor sees the history and finds the customer by e-mail address, name or subject.
    EXPECT_EQ(sam.call("customer.history", {{"conversationId", second.conversationId}}).data.value("conversations").toArray().size(),
              1);
    for (const auto &[query, count] : {std::pair{"ADA@example", 3}, {"lovelace", 3}, {"cust-42", 2}}) {
        const Envelope found = sam.call("customer.search", {{"query", query}});
        ASSERT_EQ(found.type, kOk);
        EXPECT_EQ(found.data.value("conversations").toArray().size(), count) << query;
    }
    const Envelope one = sam.call("customer.search", {{"query", "cust-42"}});
    for (const QJsonValue &v : one.data.value("conversations").toArray())
        EXPECT_EQ(v.toObject().value("customer").toObject().value("subject").toString(), "cust-42");
    EXPECT_EQ(sam.call("customer.search", {{"query", "%"}}).data.value("code").toString(), "invalid");
    EXPECT_EQ(sam.call("customer.search", {{"query", "%%"}}).data.value("conversations").toArray().size(), 0)
        << "% matches itself, not everything";
}

TEST(SignedInCustomers, AnonymousVisitorsHistoryFollowsTheirBrowser)
{
    TestTokenSigner site(TestTokenSigner::Kind::Rsa);
    auto router = startRouter({}, site.publicPem());
    ProtocolPeer alice;
    signIn(alice, *router, "alice");
    const QString browser = QStringLiteral("b_0123456789abcdef0123");
    Visitor first;
    ASSERT_TRUE(first.open(router->wsUrl("visitor")));
    ASSERT_EQ(first.hello(QByteArray(), browser).type, kOk);
    takeChat(first, alice);
    ASSERT_EQ(alice.call("conversation.close", {{"conversationId", first.conversationId}, {"disposition", "resolved"}}).type,
              kOk);
    Visitor stranger;
    ASSERT_TRUE(stranger.open(router->wsUrl("visitor")));
    ASSERT_EQ(stranger.hello(QByteArray(), "b_another-browser-0000").type, kOk);
    Visitor second;
    ASSERT_TRUE(second.open(router->wsUrl("visitor")));
    ASSERT_EQ(second.hello(QByteArray(), browser).type, kOk);
    takeChat(second, alice);
    const Envelope history = alice.call("customer.history", {{"conversationId", second.conversationId}});
    ASSERT_EQ(history.type, kOk);
    EXPECT_EQ(history.data.value("by").toString(), "browser");
    const QJsonArray earlier = history.data.value("conversations").toArray();
    ASSERT_EQ(earlier.size(), 1);
    EXPECT_EQ(earlier[0].toObject().value("id").toString(), first.conversationId);
}
