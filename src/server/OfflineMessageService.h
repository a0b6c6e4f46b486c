// Messages visitors left while nobody could serve them, as desks see them: the list (each caller sees
// the messages of the queues they could serve; supervisors see all), marking one handled (once, audited),
// and the offline.new / offline.handled events to every desk that can see the message.
#pragma once

#include "protocol/Envelope.h"
#include "store/StoreRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace handoff::server {

class ClientConnection;
class ConversationHub;

class OfflineMessageService
{
    Q_DECLARE_TR_FUNCTIONS(OfflineMessageService)
public:
    static constexpr int kHandledListDays = 30; // offline.list with includeHandled reaches back this far

    explicit OfflineMessageService(ConversationHub &hub);

    // True for the request types handled here.
    static bool handles(const QString &type);
    void handle(ClientConnection *c, const protocol::Envelope &e);

    // The hub calls this once a visitor's message is stored: offline.new to every desk that can see it.
    void messageLeft(const store::OfflineMessageRecord &m);
    // Several routers: another router says a message was left or handled (`offline.new`, `offline.handled`).
    void otherRouterSaid(const QString &type, qint64 id);

private:
    void list(ClientConnection *c, const protocol::Envelope &e);
    void markHandled(ClientConnection *c, const protocol::Envelope &e);

    // Supervisors see every message; an agent those of queues whose required skills they all have.
    // A message of an unknown queue (removed since, or left before the bot handed over) belongs to
    // the default queue, as the routing engine would place it.
    bool canSee(const QString &user, const QString &queueId, QHash<QString, bool> *cache = nullptr) const;
    QJsonObject toJson(const store::OfflineMessageRecord &m) const;
    void toDesksThatSee(const QString &type, const store::OfflineMessageRecord &m);
    void toDesksHere(const QString &type, const store::OfflineMessageRecord &m);
    QString displayName(const QString &user) const;
    void audit(ClientConnection *c, const QString &target, const QString &detail);

    ConversationHub &m_hub;
};

} // namespace handoff::server
