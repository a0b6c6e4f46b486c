#include "server/SignInService.h"

#include <QThread>

namespace handoff::server {

SignInService::SignInService(StoreOpener opener, int threads, int maxInFlightPerAddress, int maxInFlightTotal,
                             int tokenValidDays, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_maxInFlightPerAddress(qMax(1, maxInFlightPerAddress))
    , m_maxInFlightTotal(qMax(1, maxInFlightTotal))
    , m_tokenValidDays(tokenValidDays)
{
    const int count = qMax(1, threads);
    m_threads.reserve(count);
    for (int i = 0; i < count; ++i) {
        QThread *thread = QThread::create([this] { workerLoop(); });
        thread->setObjectName(QStringLiteral("sign-in %1").arg(i + 1));
        m_threads.push_back(thread);
        thread->start();
    }
}

SignInService::~SignInService()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
    // Results the workers posted meanwhile are queued events for this object: ~QObject discards them,
    // so no callback runs.
    m_pending.clear();
}

bool SignInService::submit(const SignInRequest &request, Done done)
{
    if (inFlight() >= m_maxInFlightTotal || inFlight(request.peerAddress) >= m_maxInFlightPerAddress)
        return false;
    const quint64 id = m_nextId++;
    m_pending.emplace(id, Pending { request.peerAddress, std::move(done) });
    ++m_inFlightPerAddress[request.peerAddress];
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Job { id, request });
    }
    m_wake.notify_one();
    return true;
}

int SignInService::inFlight() const
{
    return static_cast<int>(m_pending.size());
}

int SignInService::inFlight(const QString &peerAddress) const
{
    return m_inFlightPerAddress.value(peerAddress);
}

void SignInService::workerLoop()
{
    // This thread's own connection: QSqlDatabase connections must stay in the thread that opened them,
    // so it is opened here on the first sign-in and closed here when the loop ends.
    std::unique_ptr<store::Store> store;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (!store)
            store = m_opener();
        SignInResult result;
        if (store) {
            result = signIn(store.get(), job.request);
        } else {
            result.status = SignInResult::Status::StoreFailure;
            qWarning("sign-in: the worker cannot open the store");
        }
        QMetaObject::invokeMethod(
            this, [this, id = job.id, result] { deliver(id, result); }, Qt::QueuedConnection);
    }
    store.reset();
}

SignInResult SignInService::signIn(store::Store *store, const SignInRequest &request) const
{
    using Status = SignInResult::Status;
    SignInResult result;
    result.status = Status::WrongCredentials;
    QString userName;
    if (!request.user.isEmpty()) {
        switch (store->checkPassword(request.user, request.password)) {
        case store::Store::PasswordCheck::Failed:
            result.status = Status::StoreFailure;
            return result;
        case store::Store::PasswordCheck::Mismatch:
            return result;
        case store::Store::PasswordCheck::Match:
            break;
        }
        userName = request.user;
    } else if (!request.token.isEmpty()) {
        const auto owner = store->userForToken(request.token);
        if (!owner)
            return result;
        userName = *owner;
    } else {
        return result;
    }
    // Removed since (or meanwhile): no sign-in, and no token issued for a user that is gone.
    const auto user = store->user(userName);
    if (!user)
        return result;
    QString token = request.token;
    if (!request.user.isEmpty()) {
        token = store->issueToken(userName, m_tokenValidDays);
        if (token.isEmpty()) {
            result.status = Status::StoreFailure;
            return result;
        }
    }
    result.status = Status::Ok;
    result.user = user;
    result.token = token;
    return result;
}

void SignInService::deliver(quint64 id, const SignInResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Done done = std::move(it->second.done);
    const QString address = it->second.peerAddress;
    m_pending.erase(it);
    if (--m_inFlightPerAddress[address] <= 0)
        m_inFlightPerAddress.remove(address);
    // Last: the callback may submit again or even destroy this service.
    if (done)
        done(result);
}

} // namespace handoff::server
