// Consulting a colleague about a chat, privately: the chat's agent invites another agent or a supervisor,
// who accepts or declines; once accepted the consultant reads the transcript and the bot's fields (read
// only) and talks with the agent in a thread of its own (lines with `thread` "consult", always internal),
// which the visitor never receives in any form. The agent may then hand the chat over to the consultant
// (a warm transfer, with a note the consultant reads first) or end the consult.
//
// One consult per chat at a time; an invitation lapses after kInvitationSeconds. Every event goes through
// the desks' sessions, so a consultant whose desk reconnects gets what it missed (or a snapshot with the
// consult in it). A consult ends by itself when the chat closes or leaves its agent.
#pragma once

#include "protocol/DomainTypes.h"
#include "protocol/Envelope.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace handoff::server {

class ClientConnection;
class ConversationHub;

class ConsultService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kInvitationSeconds = 60;

    explicit ConsultService(ConversationHub &hub);

    static bool handles(const QString &type);
    void handle(ClientConnection *c, const protocol::Envelope &e);

    // The hub calls this after storing any line of a conversation: an accepted consultant reads along.
    void messageStored(const ChatMessage &message);
    // True while `user` is the accepted consultant of the conversation (they may read its history).
    bool isConsultant(const QString &conversationId, const QString &user) const;
    // For a fresh snapshot: the invitations to `user` and the consults `user` takes part in.
    QJsonArray snapshotFor(const QString &user) const;

private:
    struct Consult {
        QString conversationId;
        QString agent;      // the chat's agent, who invited
        QString consultant; // the colleague consulted
        QDateTime expiresAt; // of the invitation, while not accepted
        bool accepted = false;
    };
    using Handler = void (ConsultService::*)(ClientConnection *, const protocol::Envelope &);

    void invite(ClientConnection *c, const protocol::Envelope &e);
    void accept(ClientConnection *c, const protocol::Envelope &e);
    void decline(ClientConnection *c, const protocol::Envelope &e);
    void say(ClientConnection *c, const protocol::Envelope &e);
    void end(ClientConnection *c, const protocol::Envelope &e);
    void handOver(ClientConnection *c, const protocol::Envelope &e);

    // The caller's consult of the conversation the request names, in the given part (agent or consultant);
    // nullptr after answering not_found.
    enum class Part { Agent, Consultant, Either };
    Consult *consultOf(ClientConnection *c, const protocol::Envelope &e, Part part);
    QJsonObject consultJson(const Consult &k) const;
    // Ends it: both sides hear `reason` (and who ended it).
    void finish(const QString &conversationId, const QString &reason, const QString &by = {});
    void sweep(); // lapsed invitations; chats that closed or left their agent

    ConversationHub &m_hub;
    QHash<QString, Consult> m_consults; // by conversation id
    QTimer m_sweep;
};

} // namespace handoff::server
