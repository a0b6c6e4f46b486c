// The router's epoll event loop, in a thread of its own (a thread may be given its dispatcher before it
// starts): timers, socket notifiers, events posted from another thread while it sleeps, and Qt's own TCP
// sockets on top of it.
#include "server/EpollEventDispatcher.h"

#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <future>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

using handoff::server::EpollEventDispatcher;

namespace {

// A thread running an event loop on the epoll dispatcher, and an object living in it to run code there.
class EpollThread
{
public:
    EpollThread()
    {
        thread.setEventDispatcher(new EpollEventDispatcher);
        thread.start();
        context.moveToThread(&thread);
    }
    ~EpollThread()
    {
        thread.quit();
        thread.wait();
    }
    template<typename F>
    void run(F f) { QMetaObject::invokeMethod(&context, std::move(f), Qt::QueuedConnection); }

    QThread thread;
    QObject context;
};

template<typename T>
bool ready(std::future<T> &f, int ms = 5000)
{
    return f.wait_for(std::chrono::milliseconds(ms)) == std::future_status::ready;
}

} // namespace

TEST(EpollEventDispatcher, IsTheThreadsDispatcher)
{
    EpollThread t;
    std::promise<bool> isEpoll;
    auto f = isEpoll.get_future();
    t.run([&] { isEpoll.set_value(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()) != nullptr); });
    ASSERT_TRUE(ready(f));
    EXPECT_TRUE(f.get());
}

TEST(EpollEventDispatcher, TimersFireOnTimeRepeatAndStop)
{
    EpollThread t;
    std::promise<qint64> singleAfter;
    std::promise<int> repeats;
    auto single = singleAfter.get_future();
    auto repeated = repeats.get_future();
    t.run([&] {
        auto *clock = new QElapsedTimer;
        clock->start();
        QTimer::singleShot(50, &t.context, [&, clock] { singleAfter.set_value(clock->elapsed()); });
        auto *repeating = new QTimer(&t.context);
        auto *count = new int(0);
        QObject::connect(repeating, &QTimer::timeout, &t.context, [&, repeating, count] {
            if (++*count == 5) {
                repeating->stop(); // killed from its own handler
                QTimer::singleShot(100, &t.context, [&, count] { repeats.set_value(*count); });
            }
        });
        repeating->start(10);
    });
    ASSERT_TRUE(ready(single));
    const qint64 ms = single.get();
    EXPECT_GE(ms, 49);
    EXPECT_LT(ms, 1000);
    ASSERT_TRUE(ready(repeated));
    EXPECT_EQ(repeated.get(), 5) << "a stopped timer fired again";
}

TEST(EpollEventDispatcher, EventsPostedFromAnotherThreadWakeTheSleepingLoop)
{
    EpollThread t;
    QThread::msleep(50); // the loop is asleep in epoll_wait with nothing to do
    QElapsedTimer clock;
    clock.start();
    std::promise<qint64> ran;
    auto f = ran.get_future();
    t.run([&] { ran.set_value(clock.elapsed()); });
    ASSERT_TRUE(ready(f));
    EXPECT_LT(f.get(), 500);
}

TEST(EpollEventDispatcher, SocketNotifiersReportReadableAndWritableAndCanBeSwitchedOff)
{
    int fds[2];
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds), 0);
    EpollThread t;
    std::promise<QByteArray> firstRead;
    std::promise<bool> writable;
    std::promise<int> readsWhileOff;
    auto first = firstRead.get_future();
    auto canWrite = writable.get_future();
    auto off = readsWhileOff.get_future();
    auto *reads = new std::atomic<int>(0);
    t.run([&, reads] {
        auto *in = new QSocketNotifier(fds[1], QSocketNotifier::Read, &t.context);
        QObject::connect(in, &QSocketNotifier::activated, &t.context, [&, in, reads] {
            char buf[64];
            const ssize_t n = ::read(fds[1], buf, sizeof buf);
            if (++*reads == 1) {
                firstRead.set_value(QByteArray(buf, int(qMax<ssize_t>(n, 0))));
                in->setEnabled(false); // nothing more is reported until it is on again
                QTimer::singleShot(200, &t.context, [&, reads] { readsWhileOff.set_value(reads->load()); });
            }
        });
        auto *out = new QSocketNotifier(fds[1], QSocketNotifier::Write, &t.context);
        QObject::connect(out, &QSocketNotifier::activated, &t.context, [&, out] {
            out->setEnabled(false);
            writable.set_value(true);
        });
    });
    ASSERT_TRUE(ready(canWrite));
    ASSERT_EQ(::write(fds[0], "hello", 5), 5);
    ASSERT_TRUE(ready(first));
    EXPECT_EQ(first.get(), QByteArray("hello"));
    ASSERT_EQ(::write(fds[0], "more", 4), 4); // readable, but the notifier is off
    ASSERT_TRUE(ready(off));
    EXPECT_EQ(off.get(), 1);
    t.run([] {}); // the thread is done with the descriptors before they close
    t.thread.quit();
    t.thread.wait();
    delete reads;
    ::close(fds[0]);
    ::close(fds[1]);
}

TEST(EpollEventDispatcher, QtTcpSocketsWorkOnIt)
{
    EpollThread t;
    std::promise<QByteArray> echoed;
    auto f = echoed.get_future();
    t.run([&] {
        auto *server = new QTcpServer(&t.context);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost));
        QObject::connect(server, &QTcpServer::newConnection, &t.context, [server] {
            QTcpSocket *peer = server->nextPendingConnection();
            QObject::connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll().toUpper()); });
        });
        auto *client = new QTcpSocket(&t.context);
        auto *got = new QByteArray;
        QObject::connect(client, &QTcpSocket::connected, client, [client] { client->write("ping over epoll"); });
        QObject::connect(client, &QTcpSocket::readyRead, client, [&, client, got] {
            *got += client->readAll();
            if (got->size() >= 15)
                echoed.set_value(*got);
        });
        client->connectToHost(QHostAddress::LocalHost, server->serverPort());
    });
    ASSERT_TRUE(ready(f));
    EXPECT_EQ(f.get(), QByteArray("PING OVER EPOLL"));
}
