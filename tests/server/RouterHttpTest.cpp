// Plain HTTP on the router's port, against the real process: the web chat page, health, errors for
// unknown paths, garbage and oversize requests, and the handoff API for external bots.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFile>
#include <QMap>
#include <memory>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <gtest/gtest.h>
#include <zlib.h>

using namespace handoff::test;
using handoff::protocol::Envelope;

namespace {

struct RawResponse {
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

class RouterHttpTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = new RouterProcess;
        QString output;
        ASSERT_EQ(s_router->runAdmin({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("shopbot")}, &output), 0);
        s_token = output.split(QLatin1Char('\n')).first().trimmed();
        ASSERT_EQ(s_token.size(), 64) << output.toStdString();
        ASSERT_TRUE(s_router->start()) << s_router->log().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_router;
        s_router = nullptr;
    }

    // Sends raw bytes and reads one response until the peer closes or Content-Length is satisfied (or,
    // for a HEAD request, the head is complete: no body follows).
    static RawResponse exchange(const QByteArray &request, quint16 port = 0)
    {
        const bool head = request.startsWith("HEAD ");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port ? port : s_router->port());
        EXPECT_TRUE(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray data;
        waitUntil(
            [&] {
                data += socket.readAll();
                const qsizetype end = data.indexOf("\r\n\r\n");
                if (end < 0)
                    return socket.state() != QAbstractSocket::ConnectedState;
                RawResponse r;
                r.head = data.left(end);
                const qsizetype length = head ? 0 : r.header("content-length").toLongLong();
                return data.size() >= end + 4 + length;
            },
            15000);
        RawResponse r;
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return r;
        r.head = data.left(end);
        r.body = data.mid(end + 4);
        r.status = r.head.split(' ').value(1).toInt();
        return r;
    }
    static RawResponse post(const QByteArray &path, const QByteArray &body, const QByteArray &extraHeaders,
                            quint16 port = 0)
    {
        return exchange("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body,
                        port);
    }

    static RawResponse get(const QByteArray &path, const QByteArray &extraHeaders, quint16 port = 0)
    {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders + "\r\n",
                        port);
    }

    static RouterProcess *s_router;
    static QString s_token;
};

RouterProcess *RouterHttpTest::s_router = nullptr;
QString RouterHttpTest::s_token;

// What a browser does with a gzip-coded body: zlib's inflate (gzip header detected); empty on any error.
QByteArray gunzip(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[16384];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
    }
    const bool whole = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return whole ? out : QByteArray();
}

TEST_F(RouterHttpTest, ServesTheChatPageAtTheRoot)
{
    const RawResponse r = exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("content-type").startsWith("text/html"));
    EXPECT_TRUE(r.body.contains("<html") || r.body.contains("<!DOCTYPE html>"));
    EXPECT_TRUE(r.header("content-security-policy").contains("default-src 'self'"));
    EXPECT_TRUE(r.header("content-security-policy").contains("frame-ancestors 'none'")) << "not framed unless configured";
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
    const RawResponse js = exchange("GET /chat.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(js.status, 200);
    EXPECT_TRUE(js.header("content-type").startsWith("text/javascript"));
}

TEST_F(RouterHttpTest, PageFilesAreGzipCodedForClientsThatAcceptIt)
{
    for (const QByteArray path : {QByteArray("/"), QByteArray("/chat.js"), QByteArray("/chat.css"), QByteArray("/embed.js")}) {
        SCOPED_TRACE(path.toStdString());
        const RawResponse plain = get(path, {});
        ASSERT_EQ(plain.status, 200);
        EXPECT_TRUE(plain.header("content-encoding").isEmpty()) << "no Accept-Encoding: identity";
        EXPECT_EQ(plain.header("vary"), "Accept-Encoding");
        EXPECT_EQ(plain.header("content-length").toLongLong(), plain.body.size());

        const RawResponse packed = get(path, "Accept-Encoding: gzip, deflate, br\r\n");
        ASSERT_EQ(packed.status, 200);
        EXPECT_EQ(packed.header("content-encoding"), "gzip");
        EXPECT_EQ(packed.header("vary"), "Accept-Encoding");
        EXPECT_EQ(packed.header("content-type"), plain.header("content-type"));
        EXPECT_EQ(packed.header("content-security-policy"), plain.header("content-security-policy"));
        EXPECT_EQ(packed.header("content-length").toLongLong(), packed.body.size());
        EXPECT_LT(packed.body.size(), plain.body.size() / 2) << "text compresses to well under half";
        EXPECT_EQ(gunzip(packed.body), plain.body) << "decompressing gives the very same bytes";

        // A HEAD answer announces the length of the coded body it would send.
        const RawResponse head = exchange("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n"
                                          "Connection: close\r\n\r\n");
        EXPECT_EQ(head.header("content-encoding"), "gzip");
        EXPECT_EQ(head.header("content-length").toLongLong(), packed.body.size());
    }
    // The rules of Accept-Encoding: q=0 refuses a coding, "*" accepts any, an explicit entry wins over "*".
    const QList<QPair<QByteArray, bool>> cases = {
        {"identity", false}, {"gzip;q=0", false}, {"br, deflate", false}, {"*", true}, {"GZIP;q=0.5", true},
        {"x-gzip", true}, {"*, gzip;q=0", false}, {"gzip;q=0.001, identity", true},
    };
    for (const auto &[acceptEncoding, gzipped] : cases) {
        SCOPED_TRACE(acceptEncoding.toStdString());
        const RawResponse r = get("/chat.css", "Accept-Encoding: " + acceptEncoding + "\r\n");
        ASSERT_EQ(r.status, 200);
        EXPECT_EQ(r.header("content-encoding"), gzipped ? QByteArray("gzip") : QByteArray());
        EXPECT_TRUE(gzipped ? !gunzip(r.body).isEmpty() : r.body.contains("--accent"));
    }
}

TEST_F(RouterHttpTest, HealthCheckAnswersOk)
{
    const RawResponse r = exchange("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

TEST_F(RouterHttpTest, KeepAliveServesSeveralRequestsOnOneConnection)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, s_router->port());
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray data;
    EXPECT_TRUE(waitUntil([&] {
        data += socket.readAll();
        return data.count("HTTP/1.1 200 OK") == 2 && data.endsWith("}");
    }, 10000));
}

TEST_F(RouterHttpTest, UnknownPathIs404)
{
    const RawResponse r = exchange("GET /no/such/page HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.errorCode(), QStringLiteral("not_found"));
    EXPECT_EQ(exchange("GET /../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status, 404);
}

TEST_F(RouterHttpTest, GarbageIs400)
{
    const RawResponse r = exchange("this is not http at all\r\n\r\n");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid"));
}

TEST_F(RouterHttpTest, OversizeBodyIs413)
{
    const RawResponse r = exchange("POST /api/v1/handoff HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   "Content-Length: 300000\r\n\r\n{");
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.errorCode(), QStringLiteral("too_large"));
}

TEST_F(RouterHttpTest, OversizeHeadersAreRefused)
{
    const RawResponse r = exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(20000, 'a') + "\r\n\r\n");
    EXPECT_EQ(r.status, 431);
}

// Requests whose framing two parsers could read differently (request smuggling behind a proxy) are refused
// with 400, Connection: close, and the connection is closed: nothing after them is read as a request.
TEST_F(RouterHttpTest, AmbiguousFramingIs400AndClosesTheConnection)
{
    const QList<QPair<const char *, QByteArray>> cases = {
        {"two different Content-Length", "POST /api/v1/handoff HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}"},
        {"identical Content-Length twice", "POST /api/v1/handoff HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}"},
        {"Content-Length and Transfer-Encoding",
         "POST /api/v1/handoff HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"},
        {"no Host", "GET /healthz HTTP/1.1\r\n\r\n"},
        {"two Host", "GET /healthz HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n"},
        {"obs-fold", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: one\r\n two\r\n\r\n"},
    };
    for (const auto &[what, request] : cases) {
        SCOPED_TRACE(what);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, s_router->port());
        ASSERT_TRUE(socket.waitForConnected(5000));
        // A second, valid request right behind: it must never be answered.
        socket.write(request + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray data;
        const bool closed = waitUntil(
            [&] {
                data += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        data += socket.readAll();
        EXPECT_TRUE(closed) << "the router closes the connection";
        EXPECT_TRUE(data.startsWith("HTTP/1.1 400 ")) << data.toStdString();
        const qsizetype end = data.indexOf("\r\n\r\n");
        ASSERT_GT(end, 0);
        RawResponse r;
        r.head = data.left(end);
        EXPECT_EQ(r.header("connection").toLower(), "close");
        EXPECT_EQ(data.count("HTTP/1.1 "), 1) << "the request behind was not served: " << data.toStdString();
    }
}

// The authentication scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are "Bearer".
TEST_F(RouterHttpTest, HandoffApiAcceptsTheBearerSchemeInAnyCase)
{
    for (const QByteArray &scheme : {QByteArray("bearer"), QByteArray("BEARER"), QByteArray("bEaReR")}) {
        const QByteArray auth = "authorization: " + scheme + " " + s_token.toLatin1() + "\r\n";
        // 415 (the body's type is checked after the token) shows the token was accepted, and queues nothing.
        EXPECT_EQ(post("/api/v1/handoff", "reason=x", auth + "Content-Type: text/plain\r\n").status, 415) << scheme.constData();
    }
    EXPECT_EQ(post("/api/v1/handoff", "reason=x", "Authorization: Bearer" + s_token.toLatin1() + "\r\nContent-Type: text/plain\r\n").status, 401)
        << "the scheme still needs a space after it";
}

TEST_F(RouterHttpTest, HandoffApiNeedsAToken)
{
    const QByteArray body = R"({"reason": "The visitor asked for a person."})";
    const RawResponse none = post("/api/v1/handoff", body, "Content-Type: application/json\r\n");
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.errorCode(), QStringLiteral("unauthenticated"));
    EXPECT_EQ(none.header("www-authenticate"), "Bearer");
    const RawResponse wrong = post("/api/v1/handoff", body,
                                   "Content-Type: application/json\r\nAuthorization: Bearer " + QByteArray(64, 'f') + "\r\n");
    EXPECT_EQ(wrong.status, 401);
}

TEST_F(RouterHttpTest, HandoffApiRefusesWrongContent)
{
    const QByteArray auth = "Authorization: Bearer " + s_token.toLatin1() + "\r\n";
    EXPECT_EQ(post("/api/v1/handoff", "reason=x", auth + "Content-Type: text/plain\r\n").status, 415);
    const RawResponse broken = post("/api/v1/handoff", "{\"reason\": ", auth + "Content-Type: application/json\r\n");
    EXPECT_EQ(broken.status, 400);
    EXPECT_EQ(broken.errorCode(), QStringLiteral("invalid"));
    const RawResponse wrongShape = post("/api/v1/handoff", "{\"transcript\": 5}", auth + "Content-Type: application/json\r\n");
    EXPECT_EQ(wrongShape.status, 400);
    EXPECT_FALSE(wrongShape.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
}

TEST_F(RouterHttpTest, HandoffApiQueuesTheConversation)
{
    const QByteArray auth = "Authorization: Bearer " + s_token.toLatin1() + "\r\n";
    const QByteArray body = R"({"reason": "The customer disputes a charge.", "topic": "billing",
        "externalConversationId": "shopbot-1",
        "fields": [{"name": "visitor.name", "value": "Ada"}, {"name": "order.number", "value": "A1001"}],
        "transcript": [{"role": "user", "text": "I was charged twice"}, {"role": "bot", "text": "Let me get a person."}]})";
    const RawResponse r = post("/api/v1/handoff", body, auth + "Content-Type: application/json\r\n");
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject answer = r.json();
    EXPECT_TRUE(answer.value(QStringLiteral("conversationId")).toString().startsWith(QStringLiteral("c_")));
    EXPECT_EQ(answer.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    EXPECT_EQ(answer.value(QStringLiteral("position")).toInt(), 1);
    EXPECT_EQ(answer.value(QStringLiteral("availability")).toString(), QStringLiteral("no_agents"));
    EXPECT_EQ(answer.value(QStringLiteral("externalConversationId")).toString(), QStringLiteral("shopbot-1"));
    EXPECT_TRUE(r.header("location").endsWith(answer.value(QStringLiteral("conversationId")).toString().toLatin1()));
}

// The Location of a handoff answers GET with what became of it — waiting, with an agent, ended — and
// never the transcript; only the token that handed it over may read it.
TEST_F(RouterHttpTest, HandoffLocationTellsWhatBecameOfTheConversation)
{
    RouterProcess router;
    QString output;
    ASSERT_EQ(router.runAdmin({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("shopbot")}, &output), 0);
    const QByteArray token = output.split(QLatin1Char('\n')).first().trimmed().toLatin1();
    ASSERT_EQ(router.runAdmin({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("otherbot")}, &output), 0);
    const QByteArray otherToken = output.split(QLatin1Char('\n')).first().trimmed().toLatin1();
    ASSERT_TRUE(router.addUser(QStringLiteral("erin"), QStringLiteral("erin-password"), QStringLiteral("agent"),
                               {QStringLiteral("--display-name"), QStringLiteral("Erin Example")}));
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    const quint16 port = router.port();
    const QByteArray auth = "Authorization: Bearer " + token + "\r\n";

    const RawResponse created = post("/api/v1/handoff",
                                     R"({"reason": "Wants a refund.", "externalConversationId": "shopbot-7",
                                         "transcript": [{"role": "user", "text": "my secret order text"}]})",
                                     auth + "Content-Type: application/json\r\n", port);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString id = created.json().value(QStringLiteral("conversationId")).toString();
    const QByteArray location = created.header("location");
    ASSERT_EQ(location, "/api/v1/conversations/" + id.toLatin1());

    const RawResponse waiting = get(location, auth, port);
    ASSERT_EQ(waiting.status, 200) << waiting.body.toStdString();
    QJsonObject status = waiting.json();
    EXPECT_EQ(status.value(QStringLiteral("conversationId")).toString(), id);
    EXPECT_EQ(status.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    EXPECT_EQ(status.value(QStringLiteral("queueId")).toString(), QStringLiteral("default"));
    EXPECT_EQ(status.value(QStringLiteral("position")).toInt(), 1);
    EXPECT_TRUE(status.contains(QStringLiteral("estimatedWaitSeconds")));
    EXPECT_EQ(status.value(QStringLiteral("availability")).toString(), QStringLiteral("no_agents"));
    EXPECT_EQ(status.value(QStringLiteral("externalConversationId")).toString(), QStringLiteral("shopbot-7"));
    EXPECT_FALSE(status.value(QStringLiteral("createdAt")).toString().isEmpty());
    EXPECT_FALSE(waiting.body.contains("my secret order text")) << "the transcript is never part of the status";

    // Another bot's token, no token, an unknown id: a JSON error, and nothing about the conversation.
    const RawResponse otherBot = get(location, "Authorization: Bearer " + otherToken + "\r\n", port);
    EXPECT_EQ(otherBot.status, 404) << otherBot.body.toStdString();
    EXPECT_EQ(otherBot.errorCode(), QStringLiteral("not_found"));
    EXPECT_FALSE(otherBot.body.contains("shopbot-7"));
    EXPECT_EQ(get(location, {}, port).status, 401);
    const RawResponse unknown = get("/api/v1/conversations/c_doesnotexist", auth, port);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("not_found"));
    const RawResponse posted = post(location, "{}", auth + "Content-Type: application/json\r\n", port);
    EXPECT_EQ(posted.status, 405);
    EXPECT_EQ(posted.header("allow"), "GET, HEAD");

    // An agent takes it: the status names the agent as visitors see her.
    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, QStringLiteral("ok"));
    ASSERT_EQ(desk.signIn(QStringLiteral("erin"), QStringLiteral("erin-password")).type, QStringLiteral("ok"));
    ASSERT_TRUE(desk.event(QStringLiteral("offer"), {}, 20000));
    ASSERT_EQ(desk.call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), id}}).type, QStringLiteral("ok"));
    status = get(location, auth, port).json();
    EXPECT_EQ(status.value(QStringLiteral("state")).toString(), QStringLiteral("assigned"));
    EXPECT_EQ(status.value(QStringLiteral("agentName")).toString(), QStringLiteral("Erin Example"));
    EXPECT_FALSE(status.value(QStringLiteral("assignedAt")).toString().isEmpty());
    EXPECT_FALSE(status.contains(QStringLiteral("position")));

    // Closed: still readable (from the store), with the time it ended.
    ASSERT_EQ(desk.call(QStringLiteral("conversation.close"),
                        {{QStringLiteral("conversationId"), id}, {QStringLiteral("disposition"), QStringLiteral("resolved")}})
                  .type,
              QStringLiteral("ok"));
    const RawResponse ended = get(location, auth, port);
    ASSERT_EQ(ended.status, 200) << ended.body.toStdString();
    status = ended.json();
    EXPECT_EQ(status.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(status.value(QStringLiteral("agentName")).toString(), QStringLiteral("Erin Example"));
    EXPECT_FALSE(status.value(QStringLiteral("closedAt")).toString().isEmpty());

    // And after a restart of the router.
    router.stop();
    ASSERT_TRUE(router.start()) << router.log().toStdString();
    EXPECT_EQ(get(location, auth, router.port()).json().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
}

} // namespace

namespace {

// Checks `text` against Prometheus' text format 0.0.4 and returns every sample as "name{labels}" -> value.
QMap<QString, double> parsePrometheus(const QString &text, QStringList *problems)
{
    static const QRegularExpression help(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+$"));
    static const QRegularExpression type(QStringLiteral("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"));
    static const QRegularExpression sampleLine(QStringLiteral(
        R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*\})? (-?[0-9.eE+-]+|\+Inf|-Inf|NaN)$)"));
    QMap<QString, QString> types;
    QMap<QString, double> samples;
    if (!text.endsWith(QLatin1Char('\n')))
        *problems << QStringLiteral("the last line has no line feed");
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (const auto m = type.match(line); m.hasMatch()) {
            types.insert(m.captured(1), m.captured(2));
            continue;
        }
        if (help.match(line).hasMatch())
            continue;
        const auto m = sampleLine.match(line);
        if (!m.hasMatch()) {
            *problems << QStringLiteral("not a sample: ") + line;
            continue;
        }
        QString family = m.captured(1);
        for (const char *suffix : {"_bucket", "_sum", "_count"})
            if (family.endsWith(QLatin1String(suffix)) && types.value(family.chopped(int(strlen(suffix)))) == QLatin1String("histogram"))
                family.chop(int(strlen(suffix)));
        if (!types.contains(family))
            *problems << QStringLiteral("no TYPE before ") + line;
        samples.insert(m.captured(1) + m.captured(2), m.captured(m.lastCapturedIndex()).toDouble());
    }
    return samples;
}

} // namespace

TEST_F(RouterHttpTest, MetricsAreThePrometheusTextFormatAndCountWhatHappened)
{
    // Something to count: a visitor who writes, a desk that signs in with a wrong password.
    ProtocolPeer visitor;
    ASSERT_TRUE(visitor.open(s_router->wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(visitor.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type, QStringLiteral("ok"));
    ASSERT_EQ(visitor.call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("m1")},
                                                      {QStringLiteral("text"), QStringLiteral("Where is my order?")}})
                  .type,
              QStringLiteral("ok"));
    ProtocolPeer desk;
    ASSERT_TRUE(desk.open(s_router->wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, QStringLiteral("ok"));
    EXPECT_EQ(desk.signIn(QStringLiteral("nobody"), QStringLiteral("wrong-password")).type, QStringLiteral("error"));

    const RawResponse r = get("/metrics", {});
    ASSERT_EQ(r.status, 200) << r.head.constData();
    EXPECT_TRUE(r.header("content-type").startsWith("text/plain; version=0.0.4")) << r.head.constData();
    QStringList problems;
    const QMap<QString, double> m = parsePrometheus(QString::fromUtf8(r.body), &problems);
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
    EXPECT_GE(m.value(QStringLiteral("handoff_messages_total{author=\"visitor\"}")), 1);
    EXPECT_GE(m.value(QStringLiteral("handoff_messages_total{author=\"bot\"}")), 1) << "the bot's greeting and answer";
    EXPECT_GE(m.value(QStringLiteral("handoff_sign_in_failures_total")), 1);
    EXPECT_GE(m.value(QStringLiteral("handoff_connections{endpoint=\"visitor\"}")), 1);
    EXPECT_GE(m.value(QStringLiteral("handoff_connections{endpoint=\"desk\"}")), 1);
    EXPECT_GE(m.value(QStringLiteral("handoff_open_conversations")), 1);
    EXPECT_TRUE(m.contains(QStringLiteral("handoff_queue_waiting{queue=\"default\"}"))) << r.body.constData();
    // Histograms: buckets never shrink and +Inf is the count.
    const double batches = m.value(QStringLiteral("handoff_store_batch_size_count"));
    EXPECT_GE(batches, 1);
    EXPECT_EQ(m.value(QStringLiteral("handoff_store_batch_size_bucket{le=\"+Inf\"}")), batches);
    double previous = 0;
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("handoff_store_commit_seconds_bucket")))
            continue;
        EXPECT_LE(it.value(), m.value(QStringLiteral("handoff_store_commit_seconds_count"))) << qPrintable(it.key());
        previous = std::max(previous, it.value());
    }
    EXPECT_EQ(previous, m.value(QStringLiteral("handoff_store_commit_seconds_count")));

    const RawResponse ready = get("/readyz", {});
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
}

TEST(RouterMetrics, AMetricsTokenKeepsStrangersOut)
{
    RouterProcess router;
    const QString path = router.dataDir() + QStringLiteral("/router.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"metricsToken": "s3cret-metrics-token-0123"})");
    file.close();
    ASSERT_TRUE(router.start({QStringLiteral("--config"), path})) << router.log().toStdString();
    QNetworkAccessManager http;
    const auto fetch = [&](const QByteArray &authorization, const QString &path = QStringLiteral("/metrics")) {
        QNetworkRequest request(QUrl(router.httpUrl(path)));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        std::unique_ptr<QNetworkReply> reply(http.get(request));
        waitUntil([&] { return reply->isFinished(); }, 15000);
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    };
    EXPECT_EQ(fetch({}).first, 401);
    EXPECT_EQ(fetch("Bearer wrong-token-wrong-token").first, 401);
    const auto [status, body] = fetch("Bearer s3cret-metrics-token-0123");
    EXPECT_EQ(status, 200);
    EXPECT_TRUE(body.contains("handoff_connections")) << body.constData();
    // /healthz and /readyz stay open to the load balancer.
    EXPECT_EQ(fetch({}, QStringLiteral("/healthz")).first, 200);
    EXPECT_EQ(fetch({}, QStringLiteral("/readyz")).first, 200);
}
