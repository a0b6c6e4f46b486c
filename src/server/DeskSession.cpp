#include "server/DeskSession.h"

#include "server/ClientConnection.h"

#include "protocol/FrameCodec.h"

namespace handoff::server {

DeskSession::DeskSession(const QString &id, const QString &user, const QString &token)
    : m_id(id)
    , m_user(user)
    , m_token(token)
    , m_detachedAt(QDateTime::currentDateTimeUtc())
{
}

void DeskSession::push(const QString &type, const QJsonObject &data)
{
    pushEncoded(type, protocol::FrameCodec::encodeData(data));
}

void DeskSession::pushEncoded(const QString &type, const QByteArray &encodedData)
{
    protocol::Envelope e;
    e.type = type;
    e.encodedData = encodedData;
    e.seq = m_nextSeq++;
    m_buffer.push_back(e);
    while (m_buffer.size() > static_cast<size_t>(kBufferedEvents))
        m_buffer.pop_front();
    if (isAttached())
        m_connection->send(e);
}

bool DeskSession::canReplayAfter(qint64 lastSeq) const
{
    if (lastSeq < 0 || lastSeq > this->lastSeq())
        return false;
    if (lastSeq == this->lastSeq())
        return true;
    return !m_buffer.empty() && m_buffer.front().seq <= lastSeq + 1;
}

void DeskSession::replayAfter(qint64 lastSeq)
{
    if (!isAttached())
        return;
    for (const auto &e : m_buffer)
        if (e.seq > lastSeq)
            m_connection->send(e);
}

void DeskSession::attach(ClientConnection *connection)
{
    m_connection = connection;
    m_detachedAt = QDateTime();
}

void DeskSession::detach()
{
    m_connection = nullptr;
    m_detachedAt = QDateTime::currentDateTimeUtc();
}

bool DeskSession::isAttached() const
{
    return m_connection && m_connection->isOpen();
}

} // namespace handoff::server
