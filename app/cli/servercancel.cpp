#include "app/cli/servercancel.h"

namespace swb::cli {

ServerCancelScope::ServerCancelScope(PgConnection& connection)
    : m_watch(connection, &InterruptScope::interrupted)
{ }

} // namespace swb::cli
