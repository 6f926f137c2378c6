// A small fixed pool of worker threads that runs one indexed loop at a time, the caller taking part.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace swb {

// Results must not depend on the number of threads, so work is always split into chunks whose boundaries
// the caller chooses (independent of the thread count); each chunk writes its own partial result, and the
// caller combines the partials in chunk order. Which thread runs which chunk is irrelevant to the result.
//
// Own threads rather than QThreadPool::globalInstance(): the caller itself usually runs inside that pool
// (QtConcurrent::run), and waiting there for tasks queued behind it could starve or deadlock.
class ThreadPool
{
public:
    // threads <= 0: one per core (QThread::idealThreadCount()). The calling thread counts as one.
    explicit ThreadPool(int threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    int threadCount() const { return int(m_workers.size()) + 1; }

    // Runs body(chunk) for every chunk in [0, chunks) on all threads and returns when all are done.
    // Not re-entrant: body must not call run() on the same pool.
    void run(int chunks, const std::function<void(int chunk)>& body);

    // More threads than this only cost memory and scheduling: no machine this runs on has that many cores.
    static constexpr int maxThreads = 256;
    static int resolveThreadCount(int requested); // capped at maxThreads

private:
    void workerLoop();
    void drain();

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(int)>* m_body = nullptr;
    int m_chunks = 0;
    int m_nextChunk = 0;
    int m_busyWorkers = 0;
    unsigned m_generation = 0;
    bool m_stopping = false;
};

} // namespace swb
