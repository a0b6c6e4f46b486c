// A desk's resumable session: the events sent to it, numbered without gaps and kept in a bounded
// buffer, so a desk that reconnects gets exactly what it missed. It outlives the socket for a while.
#pragma once

#include "protocol/Envelope.h"

#include <QDateTime>
#include <QPointer>
#include <QString>
#include <deque>

namespace handoff::server {

class ClientConnection;

class DeskSession
{
public:
    static constexpr int kBufferedEvents = 1000;

    DeskSession(const QString &id, const QString &user, const QString &token);

    QString id() const { return m_id; }
    QString user() const { return m_user; }
    QString token() const { return m_token; }
    qint64 lastSeq() const { return m_nextSeq - 1; }

    // Numbers the event, keeps it, and sends it when a socket is attached.
    void push(const QString &type, const QJsonObject &data);
    // The same with the payload already encoded (FrameCodec::encodeData): one encoding for many sessions.
    void pushEncoded(const QString &type, const QByteArray &encodedData);
    // True when every event after lastSeq is still in the buffer.
    bool canReplayAfter(qint64 lastSeq) const;
    void replayAfter(qint64 lastSeq);

    void attach(ClientConnection *connection);
    void detach();
    ClientConnection *connection() const { return m_connection.data(); }
    bool isAttached() const;
    QDateTime detachedAt() const { return m_detachedAt; }

private:
    QString m_id;
    QString m_user;
    QString m_token;
    qint64 m_nextSeq = 1;
    std::deque<protocol::Envelope> m_buffer;
    QPointer<ClientConnection> m_connection;
    QDateTime m_detachedAt;
};

} // namespace handoff::server
