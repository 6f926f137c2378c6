// Test fixtures for imports: a new workspace, a file with given bytes, and an import of it with the usual options.
#pragma once

#include "model/import/importtypes.h"

#include <QByteArray>
#include <QString>

namespace swb::test {

// A new, empty workspace file in `folder`, with a name not used before by this program.
QString newWorkspace(const QString& folder);
// Writes `bytes` to `folder`/`name` (replacing it) and returns its path.
QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes);
ImportReport importFile(const QString& workspace, const QString& file, ImportKind kind = ImportKind::Customers,
                        ImportMode mode = ImportMode::Replace, bool strict = false);

} // namespace swb::test
