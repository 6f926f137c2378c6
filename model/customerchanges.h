// Tells whether the rows of `customers` changed since a cached copy was made: a random version in `meta` that
// triggers on `customers` clear on every insert, update and delete, whoever writes (this app, the sqlite3 shell,
// DB Browser). Bulk writers of this app suspend the triggers for their transaction instead of paying for them
// row by row.
#pragma once

#include <QString>

namespace swb {

class Database;

namespace customerchanges {

// The current version, or empty when unknown (never assigned, or cleared by a change since).
QString version(Database& db);

// Installs the triggers when `customers` exists and they are missing, and assigns a new random version when
// there is none. Returns the version, or empty when the workspace cannot be written (no caching then).
QString ensureVersion(Database& db);

// Inside a write transaction: drops the triggers and clears the version, so that a bulk change of `customers`
// costs no trigger per row. `resume` before the commit puts the triggers back (a rollback restores them anyway).
bool suspend(Database& db, QString* error);
bool resume(Database& db, QString* error);

} // namespace customerchanges
} // namespace swb
