// The router's one writer to its store, on a thread of its own with its own database connection, so no
// transaction or fsync ever runs on the event loop. Writes queue up while a commit is under way and go
// into the next one together (group commit): one transaction and one fsync for a whole batch.
//
// Durability is kept by ordering, not by waiting. Every job gets a place in one queue; its `done` runs on
// the owner's thread once the batch holding it is committed, and whenDurable() runs a function once every
// job submitted before it is durable. The router sends every frame through whenDurable(), so nothing a
// client is told can get ahead of what it depends on: an acknowledgement or a relayed message leaves only
// after the message is on disk, and frames leave in the order the router decided them.
//
// A second thread with a connection of its own checkpoints SQLite's write-ahead log after commits, so a
// commit never waits for the log to be copied into the database (a third of the writer's time before).
#pragma once

#include <QObject>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace handoff::store {
class Store;
}

namespace handoff::server {

class StoreWriter : public QObject
{
    Q_OBJECT
public:
    // Runs on the writer thread, inside the batch's transaction; false when the write failed.
    using Job = std::function<bool(store::Store &)>;
    // Runs on the owner's thread after the job's batch is committed (ok) or the job alone failed (!ok).
    using Done = std::function<void(bool ok)>;
    // Opens the writer's own connection; called on the writer thread. nullptr with *error on failure.
    using Opener = std::function<std::unique_ptr<store::Store>(QString *error)>;

    struct Figures {
        quint64 jobs = 0;
        quint64 batches = 0;
        quint64 failedJobs = 0;
        int largestBatch = 0;
        double commitMsTotal = 0; // time inside BEGIN … COMMIT, summed
    };

    static constexpr int kMaxBatch = 1024;
    static constexpr int kCheckpointPauseMs = 50; // at most one checkpoint per this much time

    explicit StoreWriter(QObject *parent = nullptr);
    // A reader: jobs run one by one without a transaction (each statement sees what is committed), on a
    // connection of its own, so a long report never holds up the writer's commits. Before start().
    void setReader() { m_reader = true; }
    ~StoreWriter() override; // finishes every queued job first

    // Opens the connection on the writer thread and starts it. False with *error when the store cannot open.
    bool start(const Opener &opener, QString *error);
    // Queues a write. Jobs run in the order they are submitted.
    void submit(Job job, Done done = {});
    // Runs fn once everything submitted so far is durable, at once when nothing is pending. Inside a job's
    // `done`, "so far" means up to that job, so what a completion says keeps its place in the order.
    void whenDurable(std::function<void()> fn);
    bool hasPending() const { return !m_pending.empty(); }
    // Blocks until every queued job is done and its callbacks have run (shutdown, tests).
    void drain();
    Figures figures() const;

private:
    struct Queued {
        quint64 seq;
        Job job;
    };
    struct Pending {
        quint64 seq;
        Done done;
        std::vector<std::function<void()>> after;
    };
    struct Result {
        quint64 seq;
        bool ok;
    };

    void run(std::unique_ptr<store::Store> store);
    void checkpointLoop(std::unique_ptr<store::Store> store);
    std::vector<Result> commit(store::Store &store, std::vector<Queued> &batch);
    void deliver(); // owner thread: runs the callbacks of finished jobs, in order

    // Owner thread only.
    quint64 m_lastSubmitted = 0;
    quint64 m_lastDelivered = 0;
    quint64 m_position = 0; // while a done runs: its job's place; otherwise 0
    // While a delivered job's done and waiting functions run: those functions. What becomes ready meanwhile
    // joins the end of them, so it cannot overtake a frame decided earlier.
    std::vector<std::function<void()>> *m_running = nullptr;
    size_t m_waiting = 0; // functions waiting in m_pending's jobs
    std::deque<Pending> m_pending;

    // Shared with the writer thread.
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Queued> m_queue;
    std::vector<Result> m_results;
    bool m_busy = false;
    bool m_stopping = false;
    bool m_deliveryPosted = false;
    Figures m_figures;
    std::thread m_thread;
    std::thread m_checkpointer; // copies the write-ahead log into the database beside the writer, not in its commits
    std::condition_variable m_checkpointWake;
    std::condition_variable m_started;
    bool m_checkpointWanted = false;  // a commit happened since the last checkpoint
    bool m_checkpointDecided = false; // start() knows whether the checkpointer runs
    bool m_checkpointFallback = false; // it does not: the writer's own commits checkpoint
    bool m_reader = false;
};

} // namespace handoff::server
