// The byte stream under a WebSocketChannel. A plain TCP connection is its bare descriptor (PlainSocket):
// one notifier, no buffers while idle, and everything said to it during one event-loop pass leaves in one
// send(). A TLS connection stays a QSslSocket (QtSocketStream), which does the encryption.
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QObject;
class QSocketNotifier;
class QTcpSocket;

namespace handoff::server {

class ByteStream
{
public:
    // What the stream tells its owner. Both may come from inside write() or close calls only as noted.
    class Receiver
    {
    public:
        virtual void bytesArrived(const char *data, qint64 size) = 0;
        virtual void streamGone() = 0; // the peer hung up, an error, or the stream was closed; at most once
    protected:
        ~Receiver() = default;
    };

    virtual ~ByteStream() = default;
    virtual void write(const char *data, qint64 size) = 0; // queued; leaves at the end of this loop pass
    virtual qint64 bytesToWrite() const = 0;
    virtual bool isConnected() const = 0;
    virtual void closeAfterWriting() = 0; // streamGone() follows once the queue is written (or fails)
    virtual void abort() = 0;             // at once, dropping the queue; streamGone() follows synchronously
};

// A connected TCP descriptor the stream owns (it closes it). Reads go through one shared buffer, so an
// idle connection holds no input or output buffer at all.
class PlainSocket final : public ByteStream
{
public:
    // `early`: bytes already read from the descriptor by someone else (they are handed over first, from
    // the event loop). `notifierParent` owns the notifiers (the channel, so they share its thread).
    PlainSocket(int descriptor, Receiver *receiver, QObject *notifierParent, QByteArray early = {});
    ~PlainSocket() override;

    void write(const char *data, qint64 size) override;
    qint64 bytesToWrite() const override { return m_out.size() - m_outSent; }
    bool isConnected() const override { return m_fd >= 0; }
    void closeAfterWriting() override;
    void abort() override;

    static void flushPending(); // writes every stream's queue; runs once per loop pass that wrote anything

private:
    void onReadable();
    void onWritable();
    bool flush(); // false when the stream is gone
    void gone();
    void markPending();
    void shutDown(); // notifiers off, descriptor closed; no callback

    int m_fd;
    Receiver *m_receiver;
    QObject *m_notifierParent;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr; // only while the kernel's send buffer is full
    QByteArray m_out;
    qint64 m_outSent = 0;
    bool m_pending = false; // in the list flushPending() works through
    bool m_closeWhenWritten = false;
    bool m_goneReported = false;
};

// A QTcpSocket or QSslSocket the stream owns (made a child of `owner`).
class QtSocketStream final : public ByteStream
{
public:
    QtSocketStream(QTcpSocket *socket, Receiver *receiver, QObject *owner);
    ~QtSocketStream() override;

    void write(const char *data, qint64 size) override;
    qint64 bytesToWrite() const override;
    bool isConnected() const override;
    void closeAfterWriting() override;
    void abort() override;

private:
    void readAvailable();
    void reportGone();

    QTcpSocket *m_socket;
    Receiver *m_receiver;
    bool m_goneReported = false;
};

} // namespace handoff::server
