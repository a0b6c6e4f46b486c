#include "client/Outbox.h"

#include "client/DeskConnection.h"
#include "client/LocalCache.h"

#include <QRandomGenerator>

namespace handoff {

using protocol::Envelope;
using protocol::ErrorCode;

Outbox::Outbox(LocalCache *cache, DeskConnection *connection, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_connection(connection)
{
    // Lines in flight when the socket dies stay queued; the next connection sends them again.
    connect(m_connection, &DeskConnection::stateChanged, this, [this](ConnectionState s) {
        if (s != ConnectionState::Connected)
            m_inFlight.clear();
    });
}

QString Outbox::makeClientId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString id = QStringLiteral("d_");
    for (quint32 w : words)
        id += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return id;
}

std::optional<OutboxItem> Outbox::enqueue(
    const QString &conversationId, const QString &text, bool internal, QString *error)
{
    OutboxItem item;
    item.clientId = makeClientId();
    item.conversationId = conversationId;
    item.text = text;
    item.internal = internal;
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.state = DeliveryState::Queued;
    if (!m_cache->addOutboxItem(item)) {
        if (error)
            *error = tr("The message could not be saved on this computer (%1); it was not sent.")
                         .arg(m_cache->lastError());
        return std::nullopt;
    }
    emit itemChanged(item);
    if (m_connection->isSignedIn())
        send(item);
    return item;
}

void Outbox::resendUnsent()
{
    const QList<OutboxItem> items = m_cache->unsentOutboxItems();
    for (const OutboxItem &item : items)
        if (!m_inFlight.contains(item.clientId))
            send(item);
}

void Outbox::retry(const QString &clientId)
{
    auto item = m_cache->outboxItem(clientId);
    if (!item || item->state == DeliveryState::Sent)
        return;
    item->state = DeliveryState::Queued;
    item->error.clear();
    m_cache->setOutboxState(clientId, DeliveryState::Queued);
    emit itemChanged(*item);
    if (m_connection->isSignedIn() && !m_inFlight.contains(clientId))
        send(*item);
}

void Outbox::noteDelivered(const ChatMessage &m)
{
    if (m.clientId.isEmpty())
        return;
    auto item = m_cache->outboxItem(m.clientId);
    if (!item || item->state == DeliveryState::Sent)
        return;
    m_cache->setOutboxState(m.clientId, DeliveryState::Sent);
    item->state = DeliveryState::Sent;
    item->error.clear();
    emit itemChanged(*item);
}

void Outbox::send(const OutboxItem &item)
{
    m_inFlight.insert(item.clientId);
    m_cache->incrementOutboxAttempts(item.clientId);
    QJsonObject data { { QStringLiteral("conversationId"), item.conversationId },
        { QStringLiteral("clientId"), item.clientId }, { QStringLiteral("text"), item.text } };
    if (item.internal)
        data.insert(QStringLiteral("internal"), true);
    const QString clientId = item.clientId;
    m_connection->request(QStringLiteral("message.send"), data, [this, clientId](const Envelope &reply) {
        m_inFlight.remove(clientId);
        auto current = m_cache->outboxItem(clientId);
        if (!current)
            return;
        if (!reply.isError()) {
            auto stored = ChatMessage::fromJson(reply.data.value(QStringLiteral("message")).toObject());
            m_cache->setOutboxState(clientId, DeliveryState::Sent);
            current->state = DeliveryState::Sent;
            current->error.clear();
            emit itemChanged(*current);
            if (stored)
                emit delivered(*stored);
            return;
        }
        if (current->state == DeliveryState::Sent)
            return;
        // Transport trouble (lost connection, timeout, router busy): keep it queued for the next connection.
        const ErrorCode code = reply.errorCode();
        if (code == ErrorCode::Unavailable || code == ErrorCode::RateLimited)
            return;
        // The router refused it for good (closed chat, not mine, too long): tell the agent why.
        m_cache->setOutboxState(clientId, DeliveryState::Failed, reply.errorMessage());
        current->state = DeliveryState::Failed;
        current->error = reply.errorMessage();
        emit itemChanged(*current);
    });
}

} // namespace handoff
