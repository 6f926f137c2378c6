// The workspace schema and its migrations, versioned by PRAGMA user_version.
#pragma once

#include <QString>

namespace swb {

class Database;

namespace schema {

// 'SWKB': marks an SQLite file as a Segment Workbench workspace (PRAGMA application_id).
constexpr int applicationId = 0x53574B42;

// The schema version this build writes. Opening a file with a higher user_version is refused.
int latestVersion();

// Brings `db` from `fromVersion` to `toVersion` inside one transaction, setting application_id and
// user_version. On failure nothing is changed and `error` says why.
bool migrate(Database& db, int fromVersion, int toVersion, QString* error);

} // namespace schema
} // namespace swb
