// An open conversation as ConversationHub keeps it in memory: its stored record, the bot while the bot
// has it, the visitor's sockets and what the visitor was last told. Shared with SupervisorService.
#pragma once

#include "bot/BotEngine.h"
#include "server/ConversationHub.h"
#include "store/StoreRecords.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <memory>

namespace handoff::server {

struct ConversationHub::Live {
    store::ConversationRecord record;
    std::unique_ptr<bot::BotConversation> bot;
    QList<QPointer<ClientConnection>> visitors;
    int lastPosition = -1;
    int lastEstimate = -2;
    ConversationState lastStatusState = ConversationState::Bot;
    routing::Availability lastAvailability = routing::Availability::Open; // last told to the visitor
    qint64 seenSerial = 0; // several routers: the newest stored line read back from the store
    QDateTime remoteHostsUntil; // another router hosts a visitor of this chat (it renews this every 2 s)
    QDateTime visitorGoneSince; // the last visitor socket closed (or the router restarted) and none came back yet
    // What events out last said of it (state and agent), so each change is announced once.
    ConversationState announcedState = ConversationState::Bot;
    QString announcedAgent;
    bool acceptedAnnounced = false; // handoff.status "accepted" went to the bot that handed it over
    // The transcript, in the order it was stored (or is being stored: the store writer commits in the same
    // order). Open conversations are answered from here, so no request reads the store for them.
    QList<ChatMessage> messages;
    QHash<QString, qsizetype> byClientKey; // clientKey() -> index in messages: repeats are answered, not stored

    static QString clientKey(const ChatMessage &m)
    {
        return toString(m.author) + QLatin1Char('|') + m.authorId + QLatin1Char('|') + m.clientId;
    }
    void remember(const ChatMessage &m)
    {
        if (!m.clientId.isEmpty())
            byClientKey.insert(clientKey(m), messages.size());
        messages.append(m);
    }
    void forget(const QString &messageId); // a message whose write failed
};

inline void ConversationHub::Live::forget(const QString &messageId)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        if (messages[i].id != messageId)
            continue;
        messages.removeAt(i);
        byClientKey.clear();
        for (qsizetype j = 0; j < messages.size(); ++j)
            if (!messages[j].clientId.isEmpty())
                byClientKey.insert(clientKey(messages[j]), j);
        return;
    }
}

} // namespace handoff::server
