// Desk sign-ins off the router's event loop. Checking a password costs an Argon2id hash (tens of
// milliseconds, 19 MiB), so the hub hands each sign-in to this service: a few worker threads, each with
// its own Store connection, check the password (or token), issue the token and read the user, and the
// result comes back on the thread that owns the service. Sign-ins in flight are capped per peer address
// and in total, so a flood of attempts is refused at once instead of queueing without bound.
#pragma once

#include "store/Store.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace handoff::server {

struct SignInRequest {
    QString peerAddress; // whom the per-address cap counts
    // A password sign-in when user is set (token is ignored), a token sign-in otherwise.
    QString user;
    QString password;
    QString token;
};

struct SignInResult {
    enum class Status {
        Ok,
        WrongCredentials, // wrong password, unknown user, unknown or expired token
        StoreFailure, // the database could not be read or the token not stored: try again later
    };
    Status status = Status::WrongCredentials;
    std::optional<store::UserRecord> user; // set when Ok
    QString token; // when Ok: the token issued for a password sign-in, or the one given
};

class SignInService : public QObject
{
    Q_OBJECT

public:
    // Opens a new, open Store connection for a worker thread (nullptr when it cannot), e.g.
    // [db] { QString error; return store::StoreFactory::open(db, &error); }. Called on the worker thread,
    // once per thread, again after a failed open.
    using StoreOpener = std::function<std::unique_ptr<store::Store>()>;
    using Done = std::function<void(const SignInResult &)>;

    static constexpr int kDefaultThreads = 2;
    static constexpr int kDefaultMaxInFlightPerAddress = 4;
    static constexpr int kDefaultMaxInFlightTotal = 32;
    static constexpr int kDefaultTokenValidDays = 30;

    explicit SignInService(StoreOpener opener, int threads = kDefaultThreads,
                           int maxInFlightPerAddress = kDefaultMaxInFlightPerAddress,
                           int maxInFlightTotal = kDefaultMaxInFlightTotal,
                           int tokenValidDays = kDefaultTokenValidDays, QObject *parent = nullptr);
    // Drops the sign-ins not started yet, waits for the running ones and closes every worker's Store in
    // its own thread. No callback runs after (or during) destruction.
    ~SignInService() override;
    SignInService(const SignInService &) = delete;
    SignInService &operator=(const SignInService &) = delete;

    // Queues the sign-in. False, with nothing queued and `done` never called, when the peer address or
    // the whole service already has its maximum in flight: answer rate_limited at once. Otherwise `done`
    // runs exactly once, later (never inside submit), on the thread that owns this object.
    // submit and inFlight are called on the owner thread only.
    bool submit(const SignInRequest &request, Done done);

    // Sign-ins submitted whose callback has not run yet: in total, and for one peer address.
    int inFlight() const;
    int inFlight(const QString &peerAddress) const;

private:
    struct Job {
        quint64 id = 0;
        SignInRequest request;
    };
    struct Pending {
        QString peerAddress;
        Done done;
    };

    void workerLoop();
    SignInResult signIn(store::Store *store, const SignInRequest &request) const;
    void deliver(quint64 id, const SignInResult &result);

    const StoreOpener m_opener;
    const int m_maxInFlightPerAddress;
    const int m_maxInFlightTotal;
    const int m_tokenValidDays;

    // Shared with the workers.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::vector<QThread *> m_threads;

    // Owner thread only.
    quint64 m_nextId = 1;
    std::map<quint64, Pending> m_pending;
    QHash<QString, int> m_inFlightPerAddress;
};

} // namespace handoff::server
