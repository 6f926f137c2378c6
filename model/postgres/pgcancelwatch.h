// While it lives, asks the server to cancel the connection's running statement (PQcancel) as soon as `canceled`
// says so: a job's statement blocks its worker thread, so the check runs on a watcher thread, every 20 ms.
#pragma once

#include "analysis/jobcallbacks.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace swb {

class PgConnection;

class PgCancelWatch
{
public:
    PgCancelWatch(PgConnection& connection, CancelCheck canceled);
    ~PgCancelWatch();
    PgCancelWatch(const PgCancelWatch&) = delete;
    PgCancelWatch& operator=(const PgCancelWatch&) = delete;

    // Whether the statement was asked to stop (its error is then a cancellation, not a failure).
    bool fired() const { return m_fired.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<bool> m_fired{false};
    std::thread m_watcher;
};

} // namespace swb
