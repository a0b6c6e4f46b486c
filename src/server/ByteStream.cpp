#include "server/ByteStream.h"

#include <QAbstractEventDispatcher>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace handoff::server {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
constexpr qint64 kReadPerPass = 4 * kReadChunk; // one peer cannot keep the loop to itself
constexpr qint64 kCompactAfter = 64 * 1024;     // sent bytes dropped from a partly written buffer

thread_local char t_readBuffer[kReadChunk];
thread_local std::vector<PlainSocket *> t_pending;           // streams with bytes queued this pass
thread_local std::vector<PlainSocket *> *t_flushing = nullptr; // the batch flushPending() is working through

} // namespace

PlainSocket::PlainSocket(int descriptor, Receiver *receiver, QObject *notifierParent, QByteArray early)
    : m_fd(descriptor)
    , m_receiver(receiver)
    , m_notifierParent(notifierParent)
{
    m_read = new QSocketNotifier(m_fd, QSocketNotifier::Read, notifierParent);
    QObject::connect(m_read, &QSocketNotifier::activated, notifierParent, [this] { onReadable(); });
    if (!early.isEmpty()) {
        // The bytes read before come first: reading starts only once they are handed over.
        m_read->setEnabled(false);
        QMetaObject::invokeMethod(notifierParent, [this, early] {
            if (m_fd < 0)
                return;
            m_receiver->bytesArrived(early.constData(), early.size());
            if (m_fd >= 0 && m_read)
                m_read->setEnabled(true);
        }, Qt::QueuedConnection);
    }
}

PlainSocket::~PlainSocket()
{
    if (m_pending) {
        t_pending.erase(std::remove(t_pending.begin(), t_pending.end(), this), t_pending.end());
        if (t_flushing)
            std::replace(t_flushing->begin(), t_flushing->end(), this, static_cast<PlainSocket *>(nullptr));
    }
    shutDown();
}

void PlainSocket::shutDown()
{
    for (QSocketNotifier **n : {&m_read, &m_write}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater(); // it may be the one whose activation brought us here
            *n = nullptr;
        }
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void PlainSocket::gone()
{
    shutDown();
    m_out = QByteArray();
    m_outSent = 0;
    if (m_goneReported)
        return;
    m_goneReported = true;
    m_receiver->streamGone();
}

void PlainSocket::onReadable()
{
    qint64 budget = kReadPerPass;
    while (m_fd >= 0) {
        const ssize_t n = ::recv(m_fd, t_readBuffer, kReadChunk, 0);
        if (n > 0) {
            m_receiver->bytesArrived(t_readBuffer, n);
            budget -= n;
            if (n < kReadChunk || budget <= 0)
                return; // drained, or the rest waits for the next pass (the notifier fires again)
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        gone(); // 0: the peer hung up; otherwise a reset or another error
        return;
    }
}

void PlainSocket::write(const char *data, qint64 size)
{
    if (m_fd < 0 || m_closeWhenWritten || size <= 0)
        return;
    m_out.append(data, size);
    if (!m_write || !m_write->isEnabled())
        markPending();
}

void PlainSocket::markPending()
{
    if (m_pending)
        return;
    m_pending = true;
    if (t_pending.empty()) {
        QMetaObject::invokeMethod(QAbstractEventDispatcher::instance(QThread::currentThread()),
                                  &PlainSocket::flushPending, Qt::QueuedConnection);
    }
    t_pending.push_back(this);
}

void PlainSocket::flushPending()
{
    std::vector<PlainSocket *> batch;
    batch.swap(t_pending);
    t_flushing = &batch;
    for (PlainSocket *s : batch) {
        if (!s)
            continue; // destroyed by an earlier stream's callback
        s->m_pending = false;
        s->flush();
    }
    t_flushing = nullptr;
}

bool PlainSocket::flush()
{
    while (m_fd >= 0 && m_outSent < m_out.size()) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outSent, size_t(m_out.size() - m_outSent), MSG_NOSIGNAL);
        if (n >= 0) {
            m_outSent += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            // What was sent leaves the buffer, so a peer that reads about as fast as it is fed does not make
            // it hold everything it was ever sent.
            if (m_outSent >= kCompactAfter) {
                m_out.remove(0, m_outSent);
                m_outSent = 0;
            }
            // The kernel's buffer is full: wait until the peer has read some.
            if (!m_write) {
                m_write = new QSocketNotifier(m_fd, QSocketNotifier::Write, m_notifierParent);
                QObject::connect(m_write, &QSocketNotifier::activated, m_notifierParent, [this] { onWritable(); });
            }
            m_write->setEnabled(true);
            return true;
        }
        gone();
        return false;
    }
    if (m_fd < 0)
        return false;
    m_out = QByteArray(); // an idle stream keeps no buffer
    m_outSent = 0;
    if (m_write)
        m_write->setEnabled(false);
    if (m_closeWhenWritten) {
        gone();
        return false;
    }
    return true;
}

void PlainSocket::onWritable()
{
    flush();
}

void PlainSocket::closeAfterWriting()
{
    if (m_fd < 0)
        return;
    m_closeWhenWritten = true;
    if (bytesToWrite() == 0)
        gone();
}

void PlainSocket::abort()
{
    gone();
}

QtSocketStream::QtSocketStream(QTcpSocket *socket, Receiver *receiver, QObject *owner)
    : m_socket(socket)
    , m_receiver(receiver)
{
    m_socket->setParent(owner);
    QObject::connect(m_socket, &QTcpSocket::readyRead, owner, [this] { readAvailable(); });
    QObject::connect(m_socket, &QTcpSocket::disconnected, owner, [this] { reportGone(); });
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(owner, [this] { reportGone(); }, Qt::QueuedConnection);
    else if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(owner, [this] { readAvailable(); }, Qt::QueuedConnection);
}

void QtSocketStream::readAvailable()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        m_receiver->bytesArrived(bytes.constData(), bytes.size());
}

QtSocketStream::~QtSocketStream() = default;

void QtSocketStream::reportGone()
{
    if (m_goneReported)
        return;
    m_goneReported = true;
    m_receiver->streamGone();
}

void QtSocketStream::write(const char *data, qint64 size)
{
    m_socket->write(data, size);
}

qint64 QtSocketStream::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

bool QtSocketStream::isConnected() const
{
    return !m_goneReported && m_socket->state() == QAbstractSocket::ConnectedState;
}

void QtSocketStream::closeAfterWriting()
{
    m_socket->disconnectFromHost(); // after what is queued has been written
}

void QtSocketStream::abort()
{
    m_socket->abort();
    reportGone();
}

} // namespace handoff::server
