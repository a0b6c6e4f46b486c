// Builders shared by the client tests: messages, summaries and a router check for the tests that
// need the real handoff-router binary.
#pragma once

#include "client/DeskTypes.h"

#include <QString>

namespace handoff::test {

ChatMessage makeMessage(const QString &id, const QString &conversationId, AuthorKind author, const QString &text,
    const QDateTime &at, const QString &clientId = {});
ConversationSummary makeSummary(const QString &id, const QString &visitorName);
// True when the handoff-router binary this build points at exists (its tests skip otherwise).
bool routerBinaryAvailable();

} // namespace handoff::test
