// Reads a column's most frequent values for completion, on a worker thread with its own connection.
//
// It goes through ColumnStore (one column, the dictionary gives the counts); the widgets reach it through the
// session (SegmentOperations::distinctValues), never directly.
#pragma once

#include <QString>
#include <QStringList>

namespace swb::DistinctValues {

// Up to `limit` non-empty values of text and date columns, most frequent first (ties alphabetically); nothing for
// other types or on error. Safe to call from any thread.
QStringList load(const QString& workspacePath, const QString& column, int limit = 500);

} // namespace swb::DistinctValues
