// The router's HTTP request parser on its own: complete and partial requests, keep-alive, upgrades,
// and the bounds that protect the router (header and body size, garbage).
#include "server/HttpRequestParser.h"

#include <gtest/gtest.h>

using handoff::server::HttpRequestParser;
using Status = HttpRequestParser::Status;

TEST(HttpRequestParser, ParsesARequestWithABody)
{
    const QByteArray raw = "POST /api/v1/handoff?x=1 HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                           "Content-Length: 2\r\n\r\n{}GET / HTTP/1.1\r\n";
    const auto r = HttpRequestParser::parse(raw);
    ASSERT_EQ(r.status, Status::Complete);
    EXPECT_EQ(r.request.method, "POST");
    EXPECT_EQ(r.request.path, QStringLiteral("/api/v1/handoff"));
    EXPECT_EQ(r.request.header("content-type"), "application/json");
    EXPECT_EQ(r.request.body, "{}");
    EXPECT_EQ(r.consumed, raw.indexOf("GET")) << "the next pipelined request is left for later";
    EXPECT_TRUE(r.request.keepAlive());
}

TEST(HttpRequestParser, WaitsForMissingBytes)
{
    EXPECT_EQ(HttpRequestParser::parse("GET / HTTP/1.1\r\nHost: a\r\n").status, Status::Incomplete);
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n12345").status, Status::Incomplete);
}

TEST(HttpRequestParser, RecognisesWebSocketUpgrades)
{
    const auto r = HttpRequestParser::parse("GET /ws/desk HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n"
                                            "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n");
    ASSERT_EQ(r.status, Status::Complete);
    EXPECT_TRUE(r.request.isWebSocketUpgrade());
    EXPECT_FALSE(HttpRequestParser::parse("GET / HTTP/1.1\r\nHost: a\r\n\r\n").request.isWebSocketUpgrade());
}

TEST(HttpRequestParser, ConnectionCloseAndHttp10)
{
    EXPECT_FALSE(HttpRequestParser::parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").request.keepAlive());
    EXPECT_FALSE(HttpRequestParser::parse("GET / HTTP/1.0\r\n\r\n").request.keepAlive());
}

TEST(HttpRequestParser, RefusesGarbageAndOversizeRequests)
{
    EXPECT_EQ(HttpRequestParser::parse("this is not http\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("GET / HTTP/1.1\r\nHost: a\r\nno colon here\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("GET http://x/ HTTP/1.1\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("GET / HTTP/2.0\r\n\r\n").errorStatus, 505);
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 262145\r\n\r\n").errorStatus, 413);
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n").errorStatus, 501);
    EXPECT_EQ(HttpRequestParser::parse("GET / HTTP/1.1\r\nX: " + QByteArray(17 * 1024, 'a')).errorStatus, 431)
        << "headers that never end are refused once over 16 KiB";
    // Binary noise is refused at once, without waiting for a header end that never comes.
    EXPECT_EQ(HttpRequestParser::parse(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)).status, Status::Failed);
}

// Strict RFC 9112 framing (docs/security.md, "HTTP request parsing"): whatever two parsers on the way could
// read differently is refused with 400 (or 501/505), and the connection is closed.
namespace {

int statusOf(const QByteArray &raw)
{
    const auto r = HttpRequestParser::parse(raw);
    return r.status == Status::Failed ? r.errorStatus : (r.status == Status::Complete ? 200 : 0);
}

QByteArray post(const QByteArray &headers, const QByteArray &body = "{}")
{
    return "POST /api/v1/handoff HTTP/1.1\r\nHost: a\r\n" + headers + "\r\n" + body;
}

} // namespace

TEST(HttpRequestParserStrict, AcceptsWellFormedRequests)
{
    EXPECT_EQ(statusOf(post("Content-Length: 2\r\n")), 200);
    EXPECT_EQ(statusOf(post("Content-Length: 002\r\n")), 200) << "leading zeros are still 1*DIGIT";
    EXPECT_EQ(statusOf(post("Content-Length:\t 2 \t\r\n")), 200) << "optional whitespace around the value";
    EXPECT_EQ(statusOf("GET / HTTP/1.0\r\n\r\n"), 200) << "HTTP/1.0 needs no Host";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n"), 200);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: chat.example.com\r\nX-Text: caf\xc3\xa9 \"quoted\"\r\n\r\n"), 200)
        << "obs-text and quotes in a value";
    const auto r = HttpRequestParser::parse("\r\nGET /a HTTP/1.1\r\nHost: a\r\n\r\n");
    EXPECT_EQ(r.status, Status::Complete) << "one empty line before the request line is ignored (RFC 9112 §2.2)";
    EXPECT_EQ(r.consumed, qsizetype(sizeof("\r\nGET /a HTTP/1.1\r\nHost: a\r\n\r\n") - 1));
}

TEST(HttpRequestParserStrict, RefusesDuplicateContentLength)
{
    EXPECT_EQ(statusOf(post("Content-Length: 2\r\nContent-Length: 5\r\n")), 400);
    EXPECT_EQ(statusOf(post("Content-Length: 2\r\nContent-Length: 2\r\n")), 400) << "identical duplicates too";
    EXPECT_EQ(statusOf(post("Content-Length: 2, 2\r\n")), 400) << "a list is a duplicate";
}

TEST(HttpRequestParserStrict, RefusesContentLengthWithTransferEncoding)
{
    EXPECT_EQ(statusOf(post("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n")), 400);
    EXPECT_EQ(statusOf(post("Transfer-Encoding: chunked\r\nContent-Length: 2\r\n")), 400);
}

TEST(HttpRequestParserStrict, RefusesTransferEncodings)
{
    // chunked last on HTTP/1.1 is well framed, just not implemented: 501. Anything else cannot be framed: 400.
    EXPECT_EQ(statusOf(post("Transfer-Encoding: chunked\r\n", "0\r\n\r\n")), 501);
    EXPECT_EQ(statusOf(post("Transfer-Encoding: gzip, chunked\r\n", "0\r\n\r\n")), 501);
    EXPECT_EQ(statusOf(post("Transfer-Encoding: gzip\r\n")), 400);
    EXPECT_EQ(statusOf(post("Transfer-Encoding: chunked, gzip\r\n")), 400);
    EXPECT_EQ(statusOf(post("Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n")), 400);
    EXPECT_EQ(statusOf(post("Transfer-Encoding: \r\n")), 400) << "an empty value is not nothing";
    EXPECT_EQ(statusOf(post("Transfer-Encoding: \"chunked\"\r\n")), 400);
    EXPECT_EQ(statusOf("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), 400)
        << "HTTP/1.0 has no transfer codings";
}

TEST(HttpRequestParserStrict, RefusesContentLengthThatIsNotDigits)
{
    EXPECT_EQ(statusOf(post("Content-Length: +2\r\n")), 400);
    EXPECT_EQ(statusOf(post("Content-Length:  2x\r\n")), 400);
    EXPECT_EQ(statusOf(post("Content-Length: 2 2\r\n")), 400);
    EXPECT_EQ(statusOf(post("Content-Length: 0x2\r\n")), 400);
    EXPECT_EQ(statusOf(post("Content-Length: \r\n")), 400) << "empty is not absent";
    EXPECT_EQ(statusOf(post("Content-Length: \xef\xbc\x92\r\n")), 400) << "a full-width digit is not a DIGIT";
    // Digits, but far too many: no overflow, just too large.
    EXPECT_EQ(statusOf(post("Content-Length: 99999999999999999999999999\r\n")), 413);
    EXPECT_EQ(statusOf(post("Content-Length: 18446744073709551618\r\n")), 413);
}

TEST(HttpRequestParserStrict, RefusesMissingOrRepeatedHost)
{
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nhost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a b\r\n\r\n"), 400) << "not a uri-host";
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a/b@c\r\n\r\n"), 400) << "not a uri-host";
}

TEST(HttpRequestParserStrict, RefusesObsoleteLineFolding)
{
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX-A: one\r\n two\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX-A: one\r\n\ttwo: three\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\n Host: a\r\n\r\n"), 400);
}

TEST(HttpRequestParserStrict, RefusesHeaderNamesThatAreNotTokens)
{
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX(A): 1\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX\xc3\xa9: 1\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\n: 1\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nHost : b\r\n\r\n"), 400) << "whitespace before the colon";
    EXPECT_EQ(statusOf(post("Content-Length\t: 2\r\n")), 400) << "whitespace before the colon";
    // A value with a control character (other than HTAB) is not a field value.
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX-A: a\x01" "b\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX-A: a\x7f" "b\r\n\r\n"), 400);
}

TEST(HttpRequestParserStrict, RefusesBareCarriageReturnsAndLineFeeds)
{
    // Only CRLF ends a line: a bare LF (which RFC 9112 §2.2 lets a recipient accept) is refused too.
    EXPECT_EQ(statusOf("GET / HTTP/1.1\nHost: a\n\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\nX-A: b\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\rX-B: c\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\rHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1\r\nHost: a\r\n\n"), 400);
    // Refused as soon as the bad byte arrives, not after waiting for an end of headers that never comes.
    EXPECT_EQ(statusOf("GET / HTTP/1.1\nHost: a"), 400);
}

TEST(HttpRequestParserStrict, RefusesMalformedRequestLines)
{
    EXPECT_EQ(statusOf("GET  / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1 \r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf(" GET / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET /a\x01" "b HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET /caf\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n"), 400) << "a target is ASCII";
    EXPECT_EQ(statusOf("GET / http/1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/1.1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/11\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET / HTTP/\r\nHost: a\r\n\r\n"), 400);
}

TEST(HttpRequestParserStrict, RefusesOtherHttpVersionsWith505)
{
    EXPECT_EQ(statusOf("GET / HTTP/2.0\r\nHost: a\r\n\r\n"), 505);
    EXPECT_EQ(statusOf("GET / HTTP/3.0\r\nHost: a\r\n\r\n"), 505);
    EXPECT_EQ(statusOf("GET / HTTP/1.2\r\nHost: a\r\n\r\n"), 505);
    EXPECT_EQ(statusOf("GET / HTTP/0.9\r\nHost: a\r\n\r\n"), 505);
    EXPECT_EQ(statusOf("GET / HTTP/1.x\r\nHost: a\r\n\r\n"), 400) << "not a version at all";
}

TEST(HttpRequestParserStrict, RefusesTargetFormsThatAreNotPaths)
{
    EXPECT_EQ(statusOf("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("GET /a#frag HTTP/1.1\r\nHost: a\r\n\r\n"), 400) << "a fragment is never sent";
}

TEST(HttpRequestParserStrict, RefusesNulBytes)
{
    EXPECT_EQ(statusOf(QByteArray("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n", 29)), 400);
    EXPECT_EQ(statusOf(QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A\0: b\r\n\r\n", 36)), 400);
    EXPECT_EQ(statusOf(QByteArray("GET /\0 HTTP/1.1\r\nHost: a\r\n\r\n", 28)), 400);
    EXPECT_EQ(statusOf(QByteArray("GET / HTTP/1.1\r\nHost: a\0", 24)), 400) << "at once, before the end of the headers";
}
