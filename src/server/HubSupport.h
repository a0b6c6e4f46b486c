// Small pieces every part of ConversationHub uses: reading request fields with the protocol's limits
// (answering `invalid` / `too_large` on the spot) and the JSON names of routing values.
#pragma once

#include "protocol/DomainTypes.h"
#include "protocol/Envelope.h"
#include "routing/RoutingEngine.h"
#include "store/StoreRecords.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace handoff::server {

class ClientConnection;

namespace hub {

using protocol::Envelope;
using protocol::ErrorCode;

// The hub's texts, all under ConversationHub's translation context whichever file they stand in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::ConversationHub)
};

constexpr int kMaxPageChars = 2048;

// Texts a visitor reads are in the visitor's language (bot::VisitorLanguage), not the router's: their source
// stands in QT_TRANSLATE_NOOP(kHubContext, "…") so lupdate files them under the hub's context, and
// forVisitor() looks them up in the language of the conversation (visitorLanguage(record)) or of the
// visitor's hello (ClientConnection::visitorLanguage).
inline constexpr char kHubContext[] = "handoff::server::ConversationHub";
QString forVisitor(const QString &language, const char *source);
// The translation the conversation's visitor reads, from the language their page sent (stored with the chat).
QString visitorLanguage(const store::ConversationRecord &record);

QString field(const QJsonObject &data, const char *name);
// Reads a required short string (an id); answers `invalid` and returns false when it is not one.
bool requireId(ClientConnection *c, const protocol::Envelope &e, const char *name, QString *out);
// Reads message text: a non-empty string of at most protocol::kMaxMessageChars characters.
bool requireText(ClientConnection *c, const protocol::Envelope &e, const char *name, QString *out);
// Characters as people count them (Unicode code points): an emoji is one, not two UTF-16 units.
qsizetype characterCount(const QString &text);
QJsonObject offerJson(const routing::Offer &o);
// The state a visitor is shown: an offer is the router's business, the visitor is still waiting.
ConversationState visibleToVisitor(ConversationState state);
// Lines as JSON, internal notes only with includeInternal.
QJsonArray messagesJson(const QList<ChatMessage> &messages, bool includeInternal);
// The answer to a visitor's hello: their token, the chat, its state as they see it and its lines.
QJsonObject helloAnswer(const QString &visitorToken, const store::ConversationRecord &record, const QJsonArray &lines);
// {"message": …} encoded, the payload of every `message` event and of the sender's `ok`.
QByteArray encodedMessageEvent(const ChatMessage &m);
QString availabilityName(routing::Availability a);
// A post-chat survey answer as the desk and the visitor's page get it.
QJsonObject ratingJson(const store::RatingRecord &r);

} // namespace hub
} // namespace handoff::server
