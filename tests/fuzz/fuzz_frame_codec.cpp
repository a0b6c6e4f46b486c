// protocol::FrameCodec on arbitrary text: decode must answer an envelope or an error, never crash or hit
// undefined behaviour; whatever decodes must encode, and the encoding must decode to the same envelope.
#include "FuzzTarget.h"

#include "protocol/FrameCodec.h"

#include <QByteArray>
#include <QString>

using handoff::protocol::DecodeError;
using handoff::protocol::Envelope;
using handoff::protocol::FrameCodec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = FrameCodec::decode(bytes);
    // The QString overload (text frames as Qt WebSockets hands them over) must agree on valid UTF-8.
    const auto viaText = FrameCodec::decode(QString::fromUtf8(bytes));
    if (QString::fromUtf8(bytes).toUtf8() == bytes)
        HANDOFF_FUZZ_CHECK(decoded.index() == viaText.index());
    const auto *e = std::get_if<Envelope>(&decoded);
    if (!e) {
        HANDOFF_FUZZ_CHECK(!std::get<DecodeError>(decoded).message.isEmpty());
        return 0;
    }
    HANDOFF_FUZZ_CHECK(!e->type.isEmpty());
    const QByteArray encoded = FrameCodec::encode(*e);
    const auto again = FrameCodec::decode(encoded);
    const auto *e2 = std::get_if<Envelope>(&again);
    HANDOFF_FUZZ_CHECK(e2 != nullptr);
    HANDOFF_FUZZ_CHECK(e2->type == e->type);
    HANDOFF_FUZZ_CHECK(e2->id == e->id);
    HANDOFF_FUZZ_CHECK(e2->re == e->re);
    HANDOFF_FUZZ_CHECK(e2->seq == e->seq || (e->seq < 0 && e2->seq < 0));
    HANDOFF_FUZZ_CHECK(e2->data == e->data);
    return 0;
}
