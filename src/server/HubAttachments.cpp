// Files in chats, as the hub sees them: who a bearer token names, who may upload into or download from a
// conversation, storing an upload's row, and the chat line that carries one (message.send with
// "attachmentId"). The bytes themselves are AttachmentService's.
#include "server/ConversationHub.h"

#include "server/AttachmentService.h"
#include "server/ClientConnection.h"
#include "server/DeskSession.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "store/SecretToken.h"

namespace handoff::server {

using store::SecretToken;

std::optional<AttachmentCaller> ConversationHub::attachmentCaller(const QString &bearerToken) const
{
    if (bearerToken.isEmpty() || bearerToken.size() > 256)
        return std::nullopt;
    // A visitor's resume token: only its hash is kept.
    const auto visitor = m_visitorTokens.constFind(SecretToken::hash(bearerToken));
    if (visitor != m_visitorTokens.cend())
        return AttachmentCaller{AuthorKind::Visitor, visitor.value(), {}, false};
    // A desk's sign-in token, while its session lives (signed in, or resumable).
    const QByteArray token = bearerToken.toUtf8();
    for (const auto &[id, session] : m_sessions) {
        if (SecretToken::equalConstantTime(session->token().toUtf8(), token))
            return AttachmentCaller{AuthorKind::Agent, {}, session->user(), isSupervisor(session->user())};
    }
    return std::nullopt;
}

bool ConversationHub::mayUpload(const AttachmentCaller &caller, const QString &conversationId) const
{
    const auto it = m_open.find(conversationId);
    if (it == m_open.end())
        return false;
    const store::ConversationRecord &r = it->second->record;
    if (caller.kind == AuthorKind::Visitor)
        return caller.conversationId == conversationId;
    return r.state == ConversationState::Assigned && r.agentId == caller.user;
}

bool ConversationHub::mayDownload(const AttachmentCaller &caller, const QString &conversationId)
{
    if (caller.kind == AuthorKind::Visitor)
        return caller.conversationId == conversationId;
    if (caller.supervisor)
        return true;
    if (const Live *l = find(conversationId))
        return l->record.agentId == caller.user;
    // A closed chat: its agent keeps reading its transcript (history), files included.
    const auto stored = m_store.conversation(conversationId);
    return stored && stored->agentId == caller.user;
}

bool ConversationHub::readMessageContent(ClientConnection *c, const protocol::Envelope &e, const Live &l,
                                         ChatMessage *m)
{
    const QJsonValue attachmentId = e.data.value(QStringLiteral("attachmentId"));
    if (attachmentId.isUndefined())
        return hub::requireText(c, e, "text", &m->text);
    QString id;
    if (!hub::requireId(c, e, "attachmentId", &id))
        return false;
    // Only a file the sender uploaded into this chat: an id seen elsewhere cannot be re-sent here.
    const auto a = m_store.attachment(id);
    if (!a || a->conversationId != l.record.id || a->uploaderKind != m->author || a->uploaderId != m->authorId) {
        c->sendError(e.id, ErrorCode::NotFound,
                     hub::forVisitor(c->visitorLanguage, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                          "You have sent no file %1 in this chat."))
                         .arg(id));
        return false;
    }
    // With a file the text is optional (a caption).
    const QJsonValue text = e.data.value(QStringLiteral("text"));
    const bool noCaption = text.isUndefined() || (text.isString() && text.toString().trimmed().isEmpty());
    if (!noCaption && !hub::requireText(c, e, "text", &m->text))
        return false;
    m->attachment = a->reference();
    return true;
}

void ConversationHub::recordAttachment(const store::AttachmentRecord &record, std::function<void(bool ok)> done)
{
    write([record](store::Store &s) { return s.addAttachment(record); }, std::move(done));
}

} // namespace handoff::server
