// Demo workspaces for tests, made by `swb demo` as a separate program, as a user makes one.
#pragma once

#include <QString>
#include <QStringList>

namespace swb::test {

// Makes the demo workspace `path` with `customers` customers (random seed `seed`, or swb's default when negative).
// Returns the names of its saved segments as `swb demo` reports them; on failure an empty list, and `error` says
// what went wrong.
QStringList makeDemoWorkspace(const QString& path, int customers, QString* error, int seed = -1);

} // namespace swb::test
