#include "protocol/FrameCodec.h"

#include <gtest/gtest.h>

using namespace handoff::protocol;

namespace {
Envelope decodeOk(const QByteArray &text)
{
    auto r = FrameCodec::decode(text);
    EXPECT_TRUE(std::holds_alternative<Envelope>(r)) << text.constData();
    return std::holds_alternative<Envelope>(r) ? std::get<Envelope>(r) : Envelope{};
}
DecodeError decodeErr(const QByteArray &text)
{
    auto r = FrameCodec::decode(text);
    EXPECT_TRUE(std::holds_alternative<DecodeError>(r)) << text.constData();
    return std::holds_alternative<DecodeError>(r) ? std::get<DecodeError>(r) : DecodeError{ErrorCode::Conflict, {}, {}};
}
} // namespace

TEST(FrameCodec, RoundTripKeepsEveryField)
{
    Envelope e = Envelope::request(QStringLiteral("message.send"), QStringLiteral("r1"),
                                   {{QStringLiteral("text"), QStringLiteral("Hello <b>there</b>")}});
    e.seq = 7;
    const Envelope back = decodeOk(FrameCodec::encode(e));
    EXPECT_EQ(back.type, QStringLiteral("message.send"));
    EXPECT_EQ(back.id, QStringLiteral("r1"));
    EXPECT_EQ(back.seq, 7);
    EXPECT_EQ(back.data.value(QStringLiteral("text")).toString(), QStringLiteral("Hello <b>there</b>"));
}

TEST(FrameCodec, ErrorFrameCarriesStableCode)
{
    const Envelope e = decodeOk(FrameCodec::encode(Envelope::error(QStringLiteral("r9"), ErrorCode::RateLimited, QStringLiteral("slow down"))));
    EXPECT_TRUE(e.isError());
    EXPECT_EQ(e.re, QStringLiteral("r9"));
    EXPECT_EQ(e.errorCode(), ErrorCode::RateLimited);
    EXPECT_EQ(e.data.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limited"));
    EXPECT_EQ(e.errorMessage(), QStringLiteral("slow down"));
}

TEST(FrameCodec, MalformedJsonIsInvalid)
{
    EXPECT_EQ(decodeErr("{\"type\": \"hello\",").code, ErrorCode::Invalid);
    EXPECT_EQ(decodeErr("not json at all").code, ErrorCode::Invalid);
    EXPECT_EQ(decodeErr("[1,2,3]").code, ErrorCode::Invalid);
}

TEST(FrameCodec, WrongFieldTypesAreInvalidAndNameTheField)
{
    const DecodeError noType = decodeErr("{\"data\":{}}");
    EXPECT_EQ(noType.code, ErrorCode::Invalid);
    EXPECT_TRUE(noType.message.contains(QStringLiteral("type")));
    EXPECT_EQ(decodeErr("{\"type\":5}").code, ErrorCode::Invalid);
    const DecodeError badData = decodeErr("{\"type\":\"ping\",\"id\":\"x1\",\"data\":[]}");
    EXPECT_EQ(badData.code, ErrorCode::Invalid);
    EXPECT_EQ(badData.requestId, QStringLiteral("x1")); // the error can answer the request
    EXPECT_EQ(decodeErr("{\"type\":\"ping\",\"seq\":\"3\"}").code, ErrorCode::Invalid);
    EXPECT_EQ(decodeErr("{\"type\":\"ping\",\"id\":17}").code, ErrorCode::Invalid);
    EXPECT_EQ(decodeErr(QByteArray("{\"type\":\"ping\",\"id\":\"") + QByteArray(200, 'a') + "\"}").code, ErrorCode::Invalid);
}

TEST(FrameCodec, OversizeFrameIsTooLarge)
{
    QByteArray big = "{\"type\":\"message.send\",\"data\":{\"text\":\"";
    big += QByteArray(kMaxFrameBytes, 'x');
    big += "\"}}";
    const DecodeError err = decodeErr(big);
    EXPECT_EQ(err.code, ErrorCode::TooLarge);
    EXPECT_FALSE(err.message.isEmpty());
}

TEST(FrameCodec, MissingDataIsAnEmptyObject)
{
    const Envelope e = decodeOk("{\"type\":\"ping\",\"id\":\"p\"}");
    EXPECT_TRUE(e.data.isEmpty());
    EXPECT_EQ(e.seq, -1);
}

// A JSON number can be far outside qint64; casting it was undefined behaviour (found by fuzz_frame_codec).
TEST(FrameCodec, SeqOutsideTheSafeIntegersOrNotWholeIsInvalid)
{
    for (const char *seq : {"1e300", "-1e300", "9223372036854775808", "9007199254740994", "1.5"}) {
        const auto r = FrameCodec::decode(QByteArray("{\"type\":\"message\",\"id\":\"m\",\"seq\":") + seq + "}");
        ASSERT_TRUE(std::holds_alternative<DecodeError>(r)) << seq;
        EXPECT_EQ(std::get<DecodeError>(r).code, ErrorCode::Invalid);
        EXPECT_EQ(std::get<DecodeError>(r).requestId, QStringLiteral("m"));
    }
    EXPECT_EQ(decodeOk("{\"type\":\"message\",\"seq\":9007199254740992}").seq, 9007199254740992LL);
    EXPECT_EQ(decodeOk("{\"type\":\"message\",\"seq\":0}").seq, 0);
}

TEST(ErrorCodes, NamesAreStable)
{
    EXPECT_EQ(toString(ErrorCode::Unauthenticated), QStringLiteral("unauthenticated"));
    EXPECT_EQ(toString(ErrorCode::NotFound), QStringLiteral("not_found"));
    EXPECT_EQ(toString(ErrorCode::TooLarge), QStringLiteral("too_large"));
    EXPECT_EQ(toString(ErrorCode::UnsupportedVersion), QStringLiteral("unsupported_version"));
    EXPECT_EQ(errorCodeFromString(QStringLiteral("conflict")), ErrorCode::Conflict);
    EXPECT_FALSE(errorCodeFromString(QStringLiteral("nope")).has_value());
}
