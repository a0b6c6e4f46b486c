// bot::mapCopilotHandoff on arbitrary JSON bytes: a handoff or a MappingError naming the fault, never a
// crash; a mapped handoff must respect the documented bounds and build its handoff.status events.
#include "FuzzTarget.h"

#include "bot/ExternalHandoff.h"

#include <QJsonDocument>

using namespace handoff::bot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const auto mapped = mapCopilotHandoff(doc.object());
    if (const auto *e = std::get_if<MappingError>(&mapped)) {
        HANDOFF_FUZZ_CHECK(!e->message.isEmpty());
        return 0;
    }
    const ExternalHandoff &h = std::get<ExternalHandoff>(mapped);
    HANDOFF_FUZZ_CHECK(!h.externalConversationId.isEmpty());
    for (const auto &m : h.transcript)
        HANDOFF_FUZZ_CHECK(m.text.size() <= 4000);
    for (const CopilotHandoffState s : {CopilotHandoffState::Accepted, CopilotHandoffState::Failed, CopilotHandoffState::Completed}) {
        const QJsonObject status = copilotHandoffStatus(h, s, QStringLiteral("m"));
        HANDOFF_FUZZ_CHECK(status.value(QStringLiteral("name")).toString() == QLatin1String("handoff.status"));
    }
    return 0;
}
