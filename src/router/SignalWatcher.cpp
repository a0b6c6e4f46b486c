#include "router/SignalWatcher.h"

#include <QSocketNotifier>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace handoff::router {

namespace {

int g_fds[2] = {-1, -1};

void onSignal(int signal)
{
    const char code = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &code, 1);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
}

SignalWatcher::~SignalWatcher()
{
    for (int s : {SIGHUP, SIGTERM, SIGINT})
        ::signal(s, SIG_DFL);
}

bool SignalWatcher::install(QString *error)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : {SIGHUP, SIGTERM, SIGINT}) {
        if (::sigaction(s, &action, nullptr) != 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    }
    return true;
}

void SignalWatcher::onReadable()
{
    char code = 0;
    if (::read(g_fds[1], &code, 1) != 1)
        return;
    if (code == SIGHUP)
        emit reloadRequested();
    else
        emit shutdownRequested();
}

} // namespace handoff::router
