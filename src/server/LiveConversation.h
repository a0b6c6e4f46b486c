// An open conversation as ConversationHub keeps it in memory: its stored record, the bot while the bot
// has it, the visitor's sockets and what the visitor was last told. Shared with SupervisorService.
#pragma once

#include "bot/BotEngine.h"
#include "server/ConversationHub.h"
#include "store/StoreRecords.h"

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
    QDateTime visitorGoneSince; // the last visitor socket closed (or the router restarted) and none came back yet
};

} // namespace handoff::server
