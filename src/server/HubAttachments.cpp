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
    const QString hash = SecretToken::hash(bearerToken);
    const auto visitor = m_visitorTokens.constFind(hash);
    if (visitor != m_visitorTokens.cend())
        return AttachmentCaller{AuthorKind::Visitor, visitor.value(), {}, false};
    // A visitor here whose chat another router serves.
    for (auto h = m_hosted.cbegin(); h != m_hosted.cend(); ++h)
        if (!h->visitors.isEmpty() && h->record.visitorTokenHash == hash)
            return AttachmentCaller{AuthorKind::Visitor, h.key(), {}, false};
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
    if (it == m_open.end()) {
        // Served by another router: its visitor here may send files into it (the row and the shared
        // directory reach that router's agent).
        const auto hosted = m_hosted.constFind(conversationId);
        return caller.kind == AuthorKind::Visitor && caller.conversationId == conversationId
            && hosted != m_hosted.cend() && !hosted->visitors.isEmpty()
            && hosted->record.state != ConversationState::Closed;
    }
    const store::ConversationRecord &r = it->second->record;
    if (caller.kind == AuthorKind::Visitor)
        return caller.conversationId == conversationId;
    return r.state == ConversationState::Assigned && r.agentId == caller.user;
}

bool ConversationHub::mayDownload(const AttachmentCaller &caller, const QString &conversationId,
                                  const std::optional<store::ConversationRecord> &stored)
{
    if (caller.kind == AuthorKind::Visitor)
        return caller.conversationId == conversationId;
    if (caller.supervisor)
        return true;
    if (const Live *l = find(conversationId))
        return l->record.agentId == caller.user;
    // A closed chat (or one another router serves): its agent keeps reading it (history), files included.
    return stored && stored->id == conversationId && stored->agentId == caller.user;
}

bool ConversationHub::readMessageShape(ClientConnection *c, const protocol::Envelope &e, QString *text,
                                       QString *attachmentId)
{
    if (e.data.value(QStringLiteral("attachmentId")).isUndefined())
        return hub::requireText(c, e, "text", text);
    if (!hub::requireId(c, e, "attachmentId", attachmentId))
        return false;
    // With a file the text is optional (a caption).
    const QJsonValue caption = e.data.value(QStringLiteral("text"));
    const bool noCaption = caption.isUndefined() || (caption.isString() && caption.toString().trimmed().isEmpty());
    return noCaption || hub::requireText(c, e, "text", text);
}

bool ConversationHub::sentHere(const std::optional<store::AttachmentRecord> &a, const ChatMessage &m)
{
    // Only a file the sender uploaded into this chat: an id seen elsewhere cannot be re-sent here.
    return a && a->conversationId == m.conversationId && a->uploaderKind == m.author && a->uploaderId == m.authorId;
}

void ConversationHub::refuseAttachment(ClientConnection *c, const QString &re, const QString &attachmentId)
{
    c->sendError(re, ErrorCode::NotFound,
                 hub::forVisitor(c->visitorLanguage, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                      "You have sent no file %1 in this chat."))
                     .arg(attachmentId));
}

bool ConversationHub::readMessageContent(ClientConnection *c, const protocol::Envelope &e, const Live &l,
                                         ChatMessage *m)
{
    QString id;
    if (!readMessageShape(c, e, &m->text, &id))
        return false;
    if (id.isEmpty())
        return true;
    if (!m_fileLookedUp || m_fileLookedUp->first != id) {
        // The file's row is read off the event loop; the frame is handled again once it is there, before any
        // later frame of this peer (readFor holds them).
        auto found = std::make_shared<std::optional<store::AttachmentRecord>>();
        readFor(
            c,
            [id, found](store::Store &s) {
                *found = s.attachment(id);
                return true;
            },
            [this, guard = QPointer<ClientConnection>(c), e, id, found](bool) {
                if (!guard)
                    return;
                m_fileLookedUp.emplace(id, *found);
                handleFrame(guard, e);
                m_fileLookedUp.reset();
            });
        return false;
    }
    const std::optional<store::AttachmentRecord> a = m_fileLookedUp->second;
    m_fileLookedUp.reset();
    ChatMessage probe = *m;
    probe.conversationId = l.record.id;
    if (!sentHere(a, probe)) {
        refuseAttachment(c, e.id, id);
        return false;
    }
    m->attachment = a->reference();
    return true;
}

void ConversationHub::recordAttachment(const store::AttachmentRecord &record, std::function<void(bool ok)> done)
{
    write([record](store::Store &s) { return s.addAttachment(record); }, std::move(done));
}

} // namespace handoff::server
