// The throwaway PostgreSQL servers of the backend tests: scripts/pg-test-servers.sh starts them (a CTest fixture)
// and writes their URIs to the file SWB_PG_ENV names. A test without them fails and says how to start them.
#pragma once

#include <QHash>
#include <QString>

namespace swb::test {

// SWB_PG_PLAIN, SWB_PG_COORD, SWB_PG_SHARD1, SWB_PG_SHARD2 from the env file; empty with `error` set when missing.
QHash<QString, QString> pgServers(QString* error);

// Copies the workspace file `file` to the plain server and to the coordinator with its two shards.
bool copyToServers(const QString& file, const QHash<QString, QString>& servers, QString* error);

// The servers, and a demo workspace `file` (made by `swb demo`, `customers` customers, `seed`) copied to them; its
// saved segments' names in `segments`. False with `error` when any step fails.
bool demoOnServers(const QString& file, int customers, int seed, QHash<QString, QString>* servers,
                   QStringList* segments, QString* error);

} // namespace swb::test
