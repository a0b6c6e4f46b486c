// Connections and sessions: who is told what (visitors' sockets, desks' resumable sessions), agents'
// presence as their desks come and go, and the JSON forms desks receive.
#include "server/ConversationHub.h"

#include "protocol/FrameCodec.h"
#include "server/ClientConnection.h"
#include "server/ConsultService.h"
#include "server/DeskSession.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "store/SecretToken.h"

#include <QJsonArray>
#include <algorithm>

namespace handoff::server {

using store::SecretToken;
using namespace hub;
using protocol::FrameCodec;

void ConversationHub::toVisitors(Live &l, const QString &type, const QJsonObject &data)
{
    toConnections(l.visitors, type, data);
    // Visitors on other routers: lines reach them through the store; everything else is sent on.
    if (type != QLatin1String("message") && hostedElsewhere(l))
        // With the queue and agent, so that a page there which sees the chat end may rate it (survey.submit).
        publish(QStringLiteral("visitor"), l.record.id,
                {{QStringLiteral("type"), type}, {QStringLiteral("data"), data},
                 {QStringLiteral("queueId"), l.record.queueId}, {QStringLiteral("agentId"), l.record.agentId}});
}

void ConversationHub::toUser(const QString &user, const QString &type, const QJsonObject &data, ClientConnection *except)
{
    toUserEncoded(user, type, FrameCodec::encodeData(data), except);
}

void ConversationHub::toUserEncoded(const QString &user, const QString &type, const QByteArray &encodedData,
                                    ClientConnection *except)
{
    // The sending desk's session is skipped: it has the content in its `ok`, and its numbering stays gap-free.
    for (auto &[id, s] : m_sessions)
        if (s->user() == user && !(except && s->connection() == except))
            s->pushEncoded(type, encodedData);
}

void ConversationHub::toConnections(const QList<QPointer<ClientConnection>> &connections, const QString &type,
                                    const QJsonObject &data)
{
    toConnectionsEncoded(connections, type, FrameCodec::encodeData(data));
}

void ConversationHub::toConnectionsEncoded(const QList<QPointer<ClientConnection>> &connections, const QString &type,
                                           const QByteArray &encodedData)
{
    Envelope e = Envelope::event(type);
    e.encodedData = encodedData;
    for (const auto &c : connections)
        if (c)
            c->send(e);
}

void ConversationHub::toAllDesks(const QString &type, const QJsonObject &data)
{
    const QByteArray encoded = FrameCodec::encodeData(data);
    for (auto &[id, s] : m_sessions)
        s->pushEncoded(type, encoded);
}

void ConversationHub::broadcastQueuesIfChanged()
{
    const QJsonArray queues = queuesJson();
    if (queues == m_lastQueues)
        return;
    m_lastQueues = queues;
    toAllDesks(QStringLiteral("queues"), {{QStringLiteral("queues"), queues}});
}

QJsonObject ConversationHub::presenceJson(const QString &user) const
{
    const routing::AgentStatus a = m_engine.agent(user);
    return {{QStringLiteral("presence"), toString(a.presence)},
            {QStringLiteral("chosen"), toString(a.chosenPresence)},
            {QStringLiteral("load"), a.load},
            {QStringLiteral("capacity"), a.profile.capacity}};
}

QJsonObject ConversationHub::agentFigures(const store::UserRecord &u) const
{
    QJsonObject a{{QStringLiteral("id"), u.name},
                  {QStringLiteral("name"), u.displayName.isEmpty() ? u.name : u.displayName},
                  {QStringLiteral("role"), toString(u.role)},
                  {QStringLiteral("skills"), QJsonArray::fromStringList(u.skills)}};
    if (u.role != Role::Agent) {
        // Supervisors are not routed chats: they are simply signed in or not.
        a.insert(QStringLiteral("presence"),
                 toString(attachedDesks(u.name) > 0 ? Presence::Available : Presence::Offline));
        a.insert(QStringLiteral("load"), 0);
        a.insert(QStringLiteral("capacity"), 0);
        a.insert(QStringLiteral("queues"), QJsonArray());
        return a;
    }
    const routing::AgentStatus s = m_engine.agent(u.name);
    const auto elsewhere = m_othersAgents.constFind(u.name); // several routers: signed in through another
    if (s.presence == Presence::Offline && elsewhere != m_othersAgents.cend()) {
        a.insert(QStringLiteral("presence"), toString(elsewhere->presence));
        a.insert(QStringLiteral("load"), elsewhere->load);
        a.insert(QStringLiteral("capacity"), elsewhere->capacity);
    } else {
        a.insert(QStringLiteral("presence"), toString(s.presence));
        a.insert(QStringLiteral("load"), s.load);
        a.insert(QStringLiteral("capacity"), s.profile.id.isEmpty() ? u.capacity : s.profile.capacity);
    }
    // The queues whose required skills this agent has: where a transfer to a queue could reach them.
    QJsonArray queues;
    for (const routing::QueueDefinition &q : m_engine.config().queues) {
        const bool serves = std::all_of(q.requiredSkills.cbegin(), q.requiredSkills.cend(),
                                        [&u](const QString &skill) { return u.skills.contains(skill); });
        if (serves)
            queues.append(q.id);
    }
    a.insert(QStringLiteral("queues"), queues);
    return a;
}

void ConversationHub::sendPresence(const QString &user)
{
    toUser(user, QStringLiteral("presence"), presenceJson(user));
}

int ConversationHub::attachedDesks(const QString &user) const
{
    int n = 0;
    for (const auto &[id, s] : m_sessions)
        if (s->user() == user && s->isAttached())
            ++n;
    return n;
}

void ConversationHub::deskAttached(const QString &user)
{
    m_detachedSince.remove(user);
    const auto u = userRecord(user);
    if (!u || u->role != Role::Agent)
        return;
    // Skills or capacity may have changed with `user add`/admin commands since the router started.
    m_engine.upsertAgent({u->name, u->displayName, u->skills, u->capacity});
    if (m_engine.agent(user).chosenPresence == Presence::Offline) {
        const Presence chosen = m_chosenPresence.value(user, Presence::Available);
        m_engine.setPresence(user, chosen == Presence::Offline ? Presence::Available : chosen);
        logEvent(QStringLiteral("presence: %1 signed in as %2").arg(user, toString(m_engine.agent(user).chosenPresence)));
    }
}

void ConversationHub::deskDetached(const QString &user)
{
    if (!user.isEmpty() && attachedDesks(user) == 0)
        m_detachedSince.insert(user, QDateTime::currentDateTimeUtc());
}

void ConversationHub::expireSessions()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_detachedSince.begin(); it != m_detachedSince.end();) {
        if (it.value().secsTo(now) >= m_settings.presenceGraceSeconds && attachedDesks(it.key()) == 0) {
            if (m_engine.agent(it.key()).chosenPresence != Presence::Offline) {
                m_engine.setPresence(it.key(), Presence::Offline);
                logEvent(QStringLiteral("presence: %1 offline (no desk connected)").arg(it.key()));
            }
            it = m_detachedSince.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const DeskSession &s = *it->second;
        if (!s.isAttached() && s.detachedAt().isValid() && s.detachedAt().secsTo(now) >= m_settings.sessionKeepSeconds)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

QJsonArray ConversationHub::visibleMessages(const QString &conversationId, bool includeInternal) const
{
    const auto open = m_open.find(conversationId);
    return messagesJson(open != m_open.end() ? open->second->messages : m_store.messages(conversationId),
                        includeInternal);
}

QJsonObject ConversationHub::conversationWithMessages(const Live &l, bool includeInternal) const
{
    return {{QStringLiteral("conversation"), l.record.summary().toJson()},
            {QStringLiteral("messages"), visibleMessages(l.record.id, includeInternal)}};
}

QJsonArray ConversationHub::queuesJson() const
{
    QJsonArray list;
    for (const routing::QueueStatus &q : queueStatus())
        list.append(QJsonObject{{QStringLiteral("id"), q.queueId},
                                {QStringLiteral("name"), q.name},
                                {QStringLiteral("waiting"), q.waiting},
                                {QStringLiteral("longestWaitSeconds"), q.longestWaitSeconds},
                                {QStringLiteral("agentsAvailable"), q.agentsAvailable},
                                {QStringLiteral("agentsSignedIn"), q.agentsSignedIn},
                                {QStringLiteral("open"), q.open}});
    return list;
}

QJsonObject ConversationHub::snapshotFor(const QString &user) const
{
    QJsonArray conversations;
    for (const auto &[id, l] : m_open)
        if (l->record.state == ConversationState::Assigned && l->record.agentId == user)
            conversations.append(conversationWithMessages(*l, true));
    QJsonArray offers;
    for (const routing::Offer &o : m_engine.offers()) {
        if (o.agentId != user)
            continue;
        const auto it = m_open.find(o.conversationId);
        if (it == m_open.end())
            continue;
        QJsonObject entry = conversationWithMessages(*it->second, true);
        entry.insert(QStringLiteral("offer"), offerJson(o));
        offers.append(entry);
    }
    QJsonObject snapshot = presenceJson(user);
    snapshot.remove(QStringLiteral("chosen"));
    snapshot.insert(QStringLiteral("chosen"), toString(m_engine.agent(user).chosenPresence));
    snapshot.insert(QStringLiteral("conversations"), conversations);
    snapshot.insert(QStringLiteral("offers"), offers);
    snapshot.insert(QStringLiteral("queues"), queuesJson());
    snapshot.insert(QStringLiteral("consults"), m_consults->snapshotFor(user));
    return snapshot;
}

} // namespace handoff::server
