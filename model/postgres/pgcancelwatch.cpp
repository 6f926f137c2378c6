#include "model/postgres/pgcancelwatch.h"

#include "model/postgres/pgconnection.h"

#include <chrono>

namespace swb {

PgCancelWatch::PgCancelWatch(PgConnection& connection, CancelCheck canceled)
{
    if (!canceled)
        return;
    m_watcher = std::thread([this, &connection, canceled = std::move(canceled)] {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (canceled()) {
                m_fired = true;
                connection.cancel();
                return;
            }
            m_wake.wait_for(lock, std::chrono::milliseconds(20));
        }
    });
}

PgCancelWatch::~PgCancelWatch()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_watcher.joinable())
        m_watcher.join();
}

} // namespace swb
