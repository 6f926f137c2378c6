#include "app/cli/servercancel.h"

#include "model/postgres/pgconnection.h"

#include <chrono>

namespace swb::cli {

ServerCancelScope::ServerCancelScope(PgConnection& connection)
    : m_watcher([this, &connection] {
        while (!m_stop.load()) {
            if (InterruptScope::interrupted() && !m_canceled.exchange(true))
                connection.cancel();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    })
{ }

ServerCancelScope::~ServerCancelScope()
{
    m_stop.store(true);
    m_watcher.join();
}

} // namespace swb::cli
