// Handoffs from external bots over HTTP: our own JSON shape and Microsoft Copilot Studio's generic
// handoff (a `handoff.initiate` event activity). Both become one ExternalHandoff. See docs/handoff-api.md.
#pragma once

#include "protocol/DomainTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <variant>

namespace handoff::bot {

struct ExternalHandoff {
    HandoffContext context; // source "api" or "copilot-studio", trigger usually External
    QList<ChatMessage> transcript; // author visitor or bot, in order; ids empty (the router assigns)
    QString externalConversationId; // the bot platform's conversation id
    QString visitorName;
    QJsonObject relatesTo; // Copilot Studio's conversation reference, kept for status events
    QString callbackUrl;   // where handoff.status events go (the request's "callbackUrl" or Handoff-Callback header)
};

struct MappingError {
    QString message; // clear sentence naming the missing or wrong field
};

// Our JSON shape (docs/handoff-api.md, "Handoff JSON").
std::variant<ExternalHandoff, MappingError> parseHandoffRequest(const QJsonObject &body);
// Copilot Studio's event activity: type "event", name "handoff.initiate", value {va_*…}, attachments
// with the "Transcript". Accepts the documented spellings (va_LastPhrases / va_LastPhrase, any case).
std::variant<ExternalHandoff, MappingError> mapCopilotHandoff(const QJsonObject &activity);

// What became of a handoff, for the bot platform: Bot Framework's `handoff.status` states.
enum class CopilotHandoffState { Accepted, Failed, Completed };
// The `handoff.status` event activity (type "event", value {"state", "message"?}) for the conversation the
// handoff came from (relatesTo.conversation, else externalConversationId), with relatesTo kept.
QJsonObject copilotHandoffStatus(const ExternalHandoff &handoff, CopilotHandoffState state,
    const QString &message = QString(), const QDateTime &at = QDateTime());

} // namespace handoff::bot
