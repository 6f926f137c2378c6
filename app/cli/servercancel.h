// Ctrl+C (or SIGTERM) during a statement on a PostgreSQL server: the server is asked to cancel it (PQcancel from a
// watcher thread, as the statement blocks the main one), the command then fails with "Canceled" (exit code 3) and
// the server keeps nothing of it.
#pragma once

#include "app/cli/interrupt.h"
#include "model/postgres/pgcancelwatch.h"

namespace swb {
class PgConnection;
}

namespace swb::cli {

class ServerCancelScope
{
public:
    explicit ServerCancelScope(PgConnection& connection);
    ServerCancelScope(const ServerCancelScope&) = delete;
    ServerCancelScope& operator=(const ServerCancelScope&) = delete;

    // Whether a signal came and the server was asked to cancel.
    bool canceled() const { return m_watch.fired(); }

private:
    InterruptScope m_interrupt; // before m_watch: the handler is installed while the watch runs
    PgCancelWatch m_watch;
};

} // namespace swb::cli
