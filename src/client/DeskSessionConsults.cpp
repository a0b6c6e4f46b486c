// DeskSession's part in consults (docs/protocol.md, "Consult"): the requests, the consult.* events and
// the snapshot's "consults". A chat I consult on is kept like my chats (cache, list, transcript) but
// marked "consulting for" its agent, stored as not mine (it is not one of my chats after a restart), and
// never written to: only the thread is.
#include "client/DeskSession.h"

#include <QJsonArray>
#include <QUuid>

namespace handoff {

using protocol::Envelope;
using protocol::ErrorCode;

namespace {

QJsonObject idOnly(const QString &conversationId)
{
    return { { QStringLiteral("conversationId"), conversationId } };
}

} // namespace

QString DeskSession::consultingFor(const QString &conversationId) const
{
    if (const auto chat = m_myChats.chat(conversationId))
        return chat->consultingFor;
    return {};
}

bool DeskSession::onConsultEvent(const Envelope &e)
{
    if (!e.type.startsWith(QLatin1String("consult.")))
        return false;
    const QJsonObject &d = e.data;
    const QString id = d.value(QStringLiteral("conversationId")).toString();
    if (e.type == QLatin1String("consult.invited")) {
        if (auto k = ConsultInfo::fromJson(
                d.value(QStringLiteral("consult")).toObject(), d.value(QStringLiteral("conversation")).toObject())) {
            m_consults.upsert(*k);
            emit consultChanged(k->conversationId);
            emit consultInvited(*k);
        }
    } else if (e.type == QLatin1String("consult.updated")) {
        if (auto k = ConsultInfo::fromJson(d.value(QStringLiteral("consult")).toObject())) {
            m_consultOutcomes.remove(k->conversationId);
            m_consults.upsert(*k);
            emit consultChanged(k->conversationId);
        }
    } else if (e.type == QLatin1String("consult.started")) {
        adoptConsultedChat(d); // accepted on another of my desks
    } else if (e.type == QLatin1String("consult.message")) {
        if (auto m = ChatMessage::fromJson(d.value(QStringLiteral("message")).toObject()))
            applyMessage(*m);
    } else if (e.type == QLatin1String("consult.ended")) {
        endedConsult(id, d.value(QStringLiteral("reason")).toString(), d.value(QStringLiteral("by")).toString(),
            d.value(QStringLiteral("note")).toString());
    }
    return true;
}

void DeskSession::applyConsults(const QJsonArray &consults)
{
    QList<ConsultInfo> all;
    QList<QJsonObject> consulted;
    for (const QJsonValue &v : consults) {
        const QJsonObject o = v.toObject();
        auto k = ConsultInfo::fromJson(
            o.value(QStringLiteral("consult")).toObject(), o.value(QStringLiteral("conversation")).toObject());
        if (!k)
            continue;
        all << *k;
        if (k->active && k->consultantId == userId())
            consulted << o;
    }
    // Chats I consulted on whose consult ended while this desk was away leave my list.
    for (const ConsultInfo &before : m_consults.all())
        if (before.active && before.consultantId == userId()
            && std::none_of(all.cbegin(), all.cend(),
                [&](const ConsultInfo &k) { return k.conversationId == before.conversationId; }))
            dropConsultedChat(before.conversationId);
    m_consults.setConsults(all);
    for (const QJsonObject &o : consulted)
        adoptConsultedChat(o);
    for (const ConsultInfo &k : all) {
        emit consultChanged(k.conversationId);
        if (m_consults.isInvitationToMe(k))
            emit consultInvited(k);
    }
}

void DeskSession::adoptConsultedChat(const QJsonObject &d)
{
    auto k = ConsultInfo::fromJson(
        d.value(QStringLiteral("consult")).toObject(), d.value(QStringLiteral("conversation")).toObject());
    if (!k)
        return;
    const QString id = k->conversationId;
    // The summary comes with the consult; its transcript with `messages` (kept in the cache like my chats').
    if (k->conversation.createdAt.isValid() || !k->conversation.visitorName.isEmpty())
        m_cache.saveConversation(k->conversation, false);
    const QList<ChatMessage> messages = messagesFromJson(d.value(QStringLiteral("messages")));
    m_cache.saveMessages(messages);
    m_consults.upsert(*k);
    m_consultOutcomes.remove(id);
    if (m_myChats.rowOf(id) < 0 || !consultingFor(id).isEmpty()) {
        m_myChats.upsert(k->conversation, m_cache.lastMessage(id), m_cache.lastReplyAt(id));
        m_myChats.setConsultingFor(id, k->agentName);
    }
    if (id == m_current)
        openConversation(id);
    else
        for (const ChatMessage &m : messages)
            m_myChats.noteMessage(m, false);
    emit consultChanged(id);
}

void DeskSession::dropConsultedChat(const QString &conversationId)
{
    if (consultingFor(conversationId).isEmpty())
        return;
    m_myChats.remove(conversationId);
    if (conversationId == m_current)
        openConversation(QString());
}

void DeskSession::endedConsult(const QString &id, const QString &reason, const QString &by, const QString &note)
{
    const auto k = m_consults.take(id);
    if (!k && consultingFor(id).isEmpty())
        return; // one this desk ended itself and has shown already (declined here, handed over)
    const bool agent = k ? k->agentId == userId() : consultingFor(id).isEmpty();
    const QString agentName = k ? k->agentName : consultingFor(id);
    const QString consultantName = k ? k->consultantName : QString();
    const bool byMe = by == userId();
    const QString byName = byMe ? QString() : (k && by == k->agentId ? agentName : consultantName);
    const bool wasInvitation = k && !k->active;
    QString text;
    if (reason == QLatin1String("declined")) {
        text = agent ? tr("%1 declined.").arg(consultantName) : tr("You declined.");
    } else if (reason == QLatin1String("expired")) {
        text = agent ? tr("The invitation lapsed: %1 did not answer within a minute.").arg(consultantName)
                     : tr("The invitation from %1 lapsed.").arg(agentName);
    } else if (reason == QLatin1String("handed_over")) {
        text = note.trimmed().isEmpty() ? tr("%1 handed the chat to you.").arg(agentName)
                                        : tr("%1 handed the chat to you: %2").arg(agentName, note.trimmed());
    } else if (reason == QLatin1String("closed")) {
        text = tr("The chat ended, and with it the consult.");
    } else if (reason == QLatin1String("moved")) {
        text = tr("The chat went to another agent; the consult ended.");
    } else if (byMe) {
        text = wasInvitation ? tr("You withdrew the invitation.") : tr("You ended the consult.");
    } else if (wasInvitation) {
        text = tr("%1 withdrew the invitation.").arg(byName.isEmpty() ? agentName : byName);
    } else {
        text = tr("%1 ended the consult.").arg(byName.isEmpty() ? (agent ? consultantName : agentName) : byName);
    }
    m_consultOutcomes.insert(id, text);
    // The consultant's read-only view of the chat ends with the consult; a chat handed over stays (it is
    // mine now: conversation.assigned follows).
    if (!agent && reason != QLatin1String("handed_over"))
        dropConsultedChat(id);
    emit consultChanged(id);
    emit consultEnded(id, text);
}

void DeskSession::inviteConsult(const QString &conversationId, const QString &colleagueId, Done done)
{
    m_connection.request(QStringLiteral("consult.invite"),
        { { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("agentId"), colleagueId } },
        [this, conversationId, done](const Envelope &reply) {
            if (!reply.isError())
                if (auto k = ConsultInfo::fromJson(reply.data.value(QStringLiteral("consult")).toObject())) {
                    m_consultOutcomes.remove(conversationId);
                    m_consults.upsert(*k);
                    emit consultChanged(conversationId);
                }
            if (done)
                done(reply.isError() ? reply.errorMessage() : QString());
        });
}

void DeskSession::acceptConsult(const QString &conversationId, Done done)
{
    m_connection.request(QStringLiteral("consult.accept"), idOnly(conversationId),
        [this, conversationId, done](const Envelope &reply) {
            if (reply.isError()) {
                // Lapsed or withdrawn meanwhile: the invitation is gone.
                if (reply.errorCode() == ErrorCode::NotFound || reply.errorCode() == ErrorCode::Conflict)
                    if (m_consults.take(conversationId))
                        emit consultChanged(conversationId);
            } else {
                adoptConsultedChat(reply.data);
                openConversation(conversationId);
            }
            if (done)
                done(reply.isError() ? reply.errorMessage() : QString());
        });
}

void DeskSession::declineConsult(const QString &conversationId, Done done)
{
    m_connection.request(QStringLiteral("consult.decline"), idOnly(conversationId),
        [this, conversationId, done](const Envelope &reply) {
            if (!reply.isError() || reply.errorCode() == ErrorCode::NotFound)
                if (m_consults.take(conversationId))
                    emit consultChanged(conversationId);
            if (done)
                done(reply.isError() && reply.errorCode() != ErrorCode::NotFound ? reply.errorMessage() : QString());
        });
}

void DeskSession::sayInConsult(const QString &conversationId, const QString &text, Done done)
{
    const QString trimmed = text.trimmed();
    auto fail = [done](const QString &why) {
        if (done)
            done(why);
    };
    if (const QString problem = textProblem(trimmed); !problem.isEmpty())
        return fail(problem);
    const auto k = m_consults.consult(conversationId);
    if (!k || !k->active)
        return fail(tr("The consult has not started."));
    m_connection.request(QStringLiteral("consult.say"),
        { { QStringLiteral("conversationId"), conversationId },
            { QStringLiteral("clientId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("text"), trimmed } },
        [this, done](const Envelope &reply) {
            if (!reply.isError())
                if (auto m = ChatMessage::fromJson(reply.data.value(QStringLiteral("message")).toObject()))
                    applyMessage(*m);
            if (done)
                done(reply.isError() ? reply.errorMessage() : QString());
        });
}

void DeskSession::endConsult(const QString &conversationId, Done done)
{
    m_connection.request(QStringLiteral("consult.end"), idOnly(conversationId),
        [this, conversationId, done](const Envelope &reply) {
            // The router's consult.ended says how it ended (to both sides); not_found: it had ended already.
            if (reply.isError() && reply.errorCode() == ErrorCode::NotFound && m_consults.take(conversationId)) {
                dropConsultedChat(conversationId);
                emit consultChanged(conversationId);
            }
            if (done)
                done(reply.isError() && reply.errorCode() != ErrorCode::NotFound ? reply.errorMessage() : QString());
        });
}

void DeskSession::handOverConsult(const QString &conversationId, const QString &note, Done done)
{
    QJsonObject data = idOnly(conversationId);
    if (!note.trimmed().isEmpty())
        data.insert(QStringLiteral("note"), note.trimmed());
    m_connection.request(QStringLiteral("consult.handover"), data,
        [this, conversationId, done](const Envelope &reply) {
            if (!reply.isError()) {
                const auto k = m_consults.take(conversationId);
                m_consultOutcomes.insert(conversationId,
                    tr("You handed the chat to %1.").arg(k ? k->consultantName : QString()));
                keepClosed(conversationId);
                dropConversation(conversationId);
                emit consultChanged(conversationId);
            }
            if (done)
                done(reply.isError() ? reply.errorMessage() : QString());
        });
}

} // namespace handoff
