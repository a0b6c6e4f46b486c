// server::HttpRequestParser::parse on arbitrary bytes: an answer every time, and when it says Complete,
// a request that keeps the parser's own promises (bounds, single Host, digits-only Content-Length, …).
#include "FuzzTarget.h"

#include "server/HttpRequestParser.h"

using handoff::server::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const HttpRequestParser::Result r = HttpRequestParser::parse(bytes);
    switch (r.status) {
    case HttpRequestParser::Status::Incomplete:
        HANDOFF_FUZZ_CHECK(bytes.size() <= HttpRequestParser::kMaxHeaderBytes + HttpRequestParser::kMaxBodyBytes + 4);
        // A NUL in the head is refused at once; one in a body still on its way is just data.
        if (!bytes.contains("\r\n\r\n"))
            HANDOFF_FUZZ_CHECK(!bytes.contains('\0'));
        break;
    case HttpRequestParser::Status::Failed:
        HANDOFF_FUZZ_CHECK(r.errorStatus == 400 || r.errorStatus == 413 || r.errorStatus == 431 || r.errorStatus == 501
                           || r.errorStatus == 505);
        HANDOFF_FUZZ_CHECK(!r.errorMessage.isEmpty());
        break;
    case HttpRequestParser::Status::Complete: {
        const auto &q = r.request;
        HANDOFF_FUZZ_CHECK(r.consumed > 0 && r.consumed <= bytes.size());
        HANDOFF_FUZZ_CHECK(q.body.size() <= HttpRequestParser::kMaxBodyBytes);
        HANDOFF_FUZZ_CHECK(bytes.mid(r.consumed - q.body.size(), q.body.size()) == q.body);
        HANDOFF_FUZZ_CHECK(q.version == "HTTP/1.1" || q.version == "HTTP/1.0");
        HANDOFF_FUZZ_CHECK(q.target.startsWith('/'));
        HANDOFF_FUZZ_CHECK(!bytes.left(r.consumed - q.body.size()).contains('\0'));
        int hosts = 0;
        int lengths = 0;
        for (const auto &[name, value] : q.headers) {
            HANDOFF_FUZZ_CHECK(!name.isEmpty() && name == name.toLower());
            HANDOFF_FUZZ_CHECK(!value.contains('\r') && !value.contains('\n'));
            hosts += name == "host";
            lengths += name == "content-length";
            HANDOFF_FUZZ_CHECK(name != "transfer-encoding");
        }
        HANDOFF_FUZZ_CHECK(hosts <= 1 && (hosts == 1 || q.version == "HTTP/1.0"));
        HANDOFF_FUZZ_CHECK(lengths <= 1);
        HANDOFF_FUZZ_CHECK(lengths == 1 || q.body.isEmpty());
        (void)q.keepAlive();
        (void)q.isWebSocketUpgrade();
        // Pipelining: what follows the request is parsed again from its start, as HttpConnection does.
        (void)HttpRequestParser::parse(bytes.mid(r.consumed));
        break;
    }
    }
    return 0;
}
