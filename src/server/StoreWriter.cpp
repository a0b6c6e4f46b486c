#include "server/StoreWriter.h"

#include "server/Metrics.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <chrono>
#include <future>

namespace handoff::server {

StoreWriter::StoreWriter(QObject *parent)
    : QObject(parent)
{
}

StoreWriter::~StoreWriter()
{
    if (!m_thread.joinable())
        return;
    drain();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_checkpointWake.notify_all();
    m_thread.join();
    if (m_checkpointer.joinable())
        m_checkpointer.join();
}

bool StoreWriter::start(const Opener &opener, QString *error)
{
    std::promise<QString> opened;
    auto openedResult = opened.get_future();
    m_thread = std::thread([this, opener, &opened] {
        QString why;
        std::unique_ptr<store::Store> store = opener(&why);
        if (!store) {
            opened.set_value(why.isEmpty() ? QStringLiteral("the store could not be opened") : why);
            return;
        }
        opened.set_value(QString());
        run(std::move(store));
    });
    const QString why = openedResult.get();
    if (why.isEmpty() && m_reader) {
        {
            std::lock_guard lock(m_mutex);
            m_checkpointFallback = true; // a reader commits nothing: nothing to checkpoint
            m_checkpointDecided = true;
        }
        m_started.notify_all();
        return true;
    }
    if (why.isEmpty()) {
        // The checkpointer opens its own connection on its own thread; if it cannot, the writer's commits
        // checkpoint as SQLite does by default.
        std::promise<bool> checkpointerOpened;
        auto checkpointerResult = checkpointerOpened.get_future();
        m_checkpointer = std::thread([this, opener, &checkpointerOpened] {
            QString ignored;
            std::unique_ptr<store::Store> store = opener(&ignored);
            const bool needed = store && store->hasCheckpoints();
            checkpointerOpened.set_value(needed);
            if (needed)
                checkpointLoop(std::move(store));
            else if (store)
                store->close();
        });
        const bool checkpointerRuns = checkpointerResult.get();
        if (!checkpointerRuns)
            m_checkpointer.join();
        {
            std::lock_guard lock(m_mutex);
            m_checkpointFallback = !checkpointerRuns;
            m_checkpointDecided = true;
        }
        m_started.notify_all();
        return true;
    }
    m_thread.join();
    if (error)
        *error = why;
    return false;
}

void StoreWriter::submit(Job job, Done done)
{
    const quint64 seq = ++m_lastSubmitted;
    m_pending.push_back({seq, std::move(done), {}});
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({seq, std::move(job)});
    }
    m_wake.notify_one();
}

void StoreWriter::whenDurable(std::function<void()> fn)
{
    const quint64 required = m_position ? m_position : m_lastSubmitted;
    // Functions run in the order they were given, whatever each waits for: a frame decided now never
    // overtakes one decided earlier that still waits for a later job.
    if (required <= m_lastDelivered && m_waiting == 0) {
        if (m_running)
            m_running->push_back(std::move(fn));
        else
            fn();
        return;
    }
    // The newest pending job is `required` (outside a completion) or later; so the function waits behind it.
    m_pending.back().after.push_back(std::move(fn));
    ++m_waiting;
}

void StoreWriter::checkpointLoop(std::unique_ptr<store::Store> store)
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_checkpointWake.wait(lock, [this] { return m_stopping || m_checkpointWanted; });
            if (m_stopping && !m_checkpointWanted)
                break;
            m_checkpointWanted = false;
        }
        if (!store->checkpoint())
            qWarning("store writer: checkpoint failed: %s", qPrintable(store->lastError()));
        // One checkpoint at a time, and not more often than this: commits meanwhile add to the log.
        std::this_thread::sleep_for(std::chrono::milliseconds(kCheckpointPauseMs));
    }
    store->close();
}

void StoreWriter::run(std::unique_ptr<store::Store> store)
{
    {
        std::unique_lock lock(m_mutex);
        // Wait until start() knows whether the checkpointer runs; without it this connection checkpoints.
        m_started.wait(lock, [this] { return m_checkpointDecided; });
        if (!m_checkpointFallback)
            store->setCommitsCheckpoint(false);
    }
    std::vector<Queued> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, nothing left
            const size_t n = std::min<size_t>(m_queue.size(), kMaxBatch);
            batch.clear();
            batch.reserve(n);
            for (size_t i = 0; i < n; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_busy = true;
        }
        QElapsedTimer timer;
        timer.start();
        std::vector<Result> results = commit(*store, batch);
        const double ms = timer.nsecsElapsed() / 1e6;
        Metrics::instance().storeBatchSize.observe(double(batch.size()));
        Metrics::instance().storeCommitSeconds.observe(ms / 1000.0);
        bool post = false;
        {
            std::lock_guard lock(m_mutex);
            for (const Result &r : results) {
                m_results.push_back(r);
                if (!r.ok)
                    ++m_figures.failedJobs;
            }
            m_figures.jobs += results.size();
            ++m_figures.batches;
            m_figures.largestBatch = std::max<int>(m_figures.largestBatch, static_cast<int>(results.size()));
            m_figures.commitMsTotal += ms;
            m_busy = false;
            m_checkpointWanted = true;
            post = !m_deliveryPosted;
            m_deliveryPosted = true;
        }
        m_idle.notify_all();
        m_checkpointWake.notify_one();
        if (post)
            QMetaObject::invokeMethod(this, [this] { deliver(); }, Qt::QueuedConnection);
    }
    store->close();
}

std::vector<StoreWriter::Result> StoreWriter::commit(store::Store &store, std::vector<Queued> &batch)
{
    std::vector<Result> results;
    results.reserve(batch.size());
    if (m_reader) {
        for (Queued &q : batch)
            results.push_back({q.seq, q.job(store)});
        return results;
    }
    if (store.beginBatch()) {
        bool ok = true;
        for (Queued &q : batch) {
            if (!q.job(store)) {
                ok = false;
                break;
            }
        }
        if (ok && store.commitBatch()) {
            for (const Queued &q : batch)
                results.push_back({q.seq, true});
            return results;
        }
        store.rollbackBatch();
    }
    // Something in the batch failed: run each job in a transaction of its own, so one bad write (or a
    // full disk that recovers) fails only itself and every other job still gets its own verdict.
    for (Queued &q : batch) {
        bool ok = store.beginBatch();
        ok = ok && q.job(store) && store.commitBatch();
        if (!ok) {
            qWarning("store writer: a write failed: %s", qPrintable(store.lastError()));
            store.rollbackBatch();
        }
        results.push_back({q.seq, ok});
    }
    return results;
}

void StoreWriter::deliver()
{
    std::vector<Result> results;
    {
        std::lock_guard lock(m_mutex);
        m_deliveryPosted = false;
        results.swap(m_results);
    }
    for (const Result &r : results) {
        Q_ASSERT(!m_pending.empty() && m_pending.front().seq == r.seq);
        Pending p = std::move(m_pending.front());
        m_pending.pop_front();
        m_lastDelivered = r.seq;
        // A frame the done decides is sent after those already waiting (an event numbered 5 sent before 3
        // and 4 makes a desk see a gap and reconnect).
        std::vector<std::function<void()>> after = std::move(p.after);
        m_waiting -= after.size();
        auto *const outer = std::exchange(m_running, &after);
        if (p.done) {
            m_position = r.seq;
            p.done(r.ok);
            m_position = 0;
        }
        for (size_t i = 0; i < after.size(); ++i) {
            const std::function<void()> fn = std::move(after[i]);
            fn();
        }
        m_running = outer;
    }
}

void StoreWriter::drain()
{
    while (!m_pending.empty()) {
        {
            std::unique_lock lock(m_mutex);
            m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
        }
        deliver();
    }
}

StoreWriter::Figures StoreWriter::figures() const
{
    std::lock_guard lock(m_mutex);
    return m_figures;
}

} // namespace handoff::server
