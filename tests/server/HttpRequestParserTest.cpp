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
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345").status, Status::Incomplete);
}

TEST(HttpRequestParser, RecognisesWebSocketUpgrades)
{
    const auto r = HttpRequestParser::parse("GET /ws/desk HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n"
                                            "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n");
    ASSERT_EQ(r.status, Status::Complete);
    EXPECT_TRUE(r.request.isWebSocketUpgrade());
    EXPECT_FALSE(HttpRequestParser::parse("GET / HTTP/1.1\r\n\r\n").request.isWebSocketUpgrade());
}

TEST(HttpRequestParser, ConnectionCloseAndHttp10)
{
    EXPECT_FALSE(HttpRequestParser::parse("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").request.keepAlive());
    EXPECT_FALSE(HttpRequestParser::parse("GET / HTTP/1.0\r\n\r\n").request.keepAlive());
}

TEST(HttpRequestParser, RefusesGarbageAndOversizeRequests)
{
    EXPECT_EQ(HttpRequestParser::parse("this is not http\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("GET / HTTP/1.1\r\nno colon here\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("GET http://x/ HTTP/1.1\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("GET / HTTP/2.0\r\n\r\n").errorStatus, 505);
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n").errorStatus, 400);
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nContent-Length: 262145\r\n\r\n").errorStatus, 413);
    EXPECT_EQ(HttpRequestParser::parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").errorStatus, 501);
    EXPECT_EQ(HttpRequestParser::parse("GET / HTTP/1.1\r\nX: " + QByteArray(17 * 1024, 'a')).errorStatus, 431)
        << "headers that never end are refused once over 16 KiB";
    // Binary noise is refused at once, without waiting for a header end that never comes.
    EXPECT_EQ(HttpRequestParser::parse(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)).status, Status::Failed);
}
