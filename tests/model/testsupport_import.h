// Test fixtures for imports: a new workspace, a file with given bytes, and an import of it with the usual options.
#pragma once

#include "model/import/importtypes.h"
#include "model/import/typeinference.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace swb::test {

// A new, empty workspace file in `folder`, with a name not used before by this program.
QString newWorkspace(const QString& folder);
// Writes `bytes` to `folder`/`name` (replacing it) and returns its path.
QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes);
// The statistics of a column of these cells (UTF-8).
ColumnStats statsOf(const QStringList& cells);
ImportReport importFile(const QString& workspace, const QString& file, ImportKind kind = ImportKind::Customers,
                        ImportMode mode = ImportMode::Replace, bool strict = false);

} // namespace swb::test
