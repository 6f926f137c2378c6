// Reads a column's most frequent values for completion, on a worker thread with its own connection.
//
// Stop-gap: it goes through ColumnStore (one column), because model/ has no "distinct values" query yet; a
// `SELECT col, count(*) … GROUP BY col ORDER BY 2 DESC LIMIT n` in model/ would replace it (asked for).
#pragma once

#include <QString>
#include <QStringList>

namespace swb::DistinctValues {

// Up to `limit` non-empty values of text and date columns, most frequent first (ties alphabetically); nothing for
// other types or on error. Safe to call from any thread.
QStringList load(const QString& workspacePath, const QString& column, int limit = 500);

} // namespace swb::DistinctValues
