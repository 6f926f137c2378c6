#include "analysis/threadpool.h"

#include <QThread>

#include <Eigen/Core>

#include <algorithm>
#include <mutex>
#include <system_error>

namespace swb {

int ThreadPool::resolveThreadCount(int requested)
{
    if (requested > 0)
        return std::min(requested, maxThreads);
    return std::max(1, QThread::idealThreadCount());
}

ThreadPool::ThreadPool(int threads)
{
    // A parallel loop that itself used Eigen's threads oversubscribed the cores and ran 4.5x slower. Eigen keeps the
    // thread count in one global: set it once, before any worker runs (each worker setting it was a data race that
    // ThreadSanitizer found, harmless only because they all wrote the same value).
    static std::once_flag eigenThreads;
    std::call_once(eigenThreads, [] {
        Eigen::initParallel();
        Eigen::setNbThreads(1);
    });
    const int total = resolveThreadCount(threads);
    m_workers.reserve(size_t(total - 1));
    for (int i = 1; i < total; ++i) {
        // The system may refuse threads (limits, memory): work with those it gave rather than abort.
        try {
            m_workers.emplace_back([this] { workerLoop(); });
        } catch (const std::system_error&) {
            break;
        }
    }
}

ThreadPool::~ThreadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& worker : m_workers)
        worker.join();
}

// Chunks are handed out under the mutex: a chunk is thousands of points, so the lock is never contended
// enough to matter, and it keeps the bookkeeping obviously correct.
void ThreadPool::drain()
{
    std::unique_lock lock(m_mutex);
    while (m_nextChunk < m_chunks) {
        const int chunk = m_nextChunk++;
        const auto* body = m_body;
        lock.unlock();
        (*body)(chunk);
        lock.lock();
    }
}

void ThreadPool::workerLoop()
{
    unsigned seen = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || m_generation != seen; });
        if (m_stopping)
            return;
        seen = m_generation;
        ++m_busyWorkers;
        lock.unlock();
        drain();
        lock.lock();
        if (--m_busyWorkers == 0)
            m_done.notify_all();
    }
}

void ThreadPool::run(int chunks, const std::function<void(int)>& body)
{
    if (chunks <= 0)
        return;
    if (m_workers.empty() || chunks == 1) {
        for (int chunk = 0; chunk < chunks; ++chunk)
            body(chunk);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_body = &body;
        m_chunks = chunks;
        m_nextChunk = 0;
        ++m_generation;
    }
    m_wake.notify_all();
    drain();
    std::unique_lock lock(m_mutex);
    // A worker that wakes late finds no chunk left and returns at once; wait only for those still busy.
    m_done.wait(lock, [&] { return m_busyWorkers == 0; });
    m_body = nullptr;
    m_chunks = 0;
}

} // namespace swb
