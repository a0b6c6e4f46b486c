// Lines the agent sends: each gets a random client id and is written to the local cache FIRST, then
// sent. The router's `ok` marks it sent; after a reconnect every unsent line is sent again once per
// connection (the router ignores a repeated clientId, so nothing is doubled).
#pragma once

#include "client/DeskTypes.h"

#include <QObject>
#include <QSet>

namespace handoff {

class DeskConnection;
class LocalCache;

class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(LocalCache *cache, DeskConnection *connection, QObject *parent = nullptr);

    static QString makeClientId(); // "d_" + 32 random hex digits

    // Writes the line to disk and, when connected, sends it. Returns the item (state Queued) or
    // std::nullopt with *error set when it could not even be stored; the caller keeps the text then.
    std::optional<OutboxItem> enqueue(
        const QString &conversationId, const QString &text, bool internal, QString *error = nullptr);

    // Sends every line still queued on disk, each once for this connection.
    void resendUnsent();
    // A failed line the agent wants to try again.
    void retry(const QString &clientId);

    // A `message` event with our clientId arrived: the router has it even if the `ok` was lost.
    void noteDelivered(const ChatMessage &m);

signals:
    void itemChanged(const handoff::OutboxItem &item);
    // The router stored a line we sent; `message` is the stored copy.
    void delivered(const handoff::ChatMessage &message);

private:
    void send(const OutboxItem &item);

    LocalCache *m_cache;
    DeskConnection *m_connection;
    QSet<QString> m_inFlight; // client ids sent on the current connection and not yet answered
};

} // namespace handoff
