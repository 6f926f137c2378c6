// Reads a column's most frequent values for completion, on a worker thread with its own connection.
//
// It goes through ColumnStore (one column, the dictionary gives the counts); the widgets reach it through the
// session (SegmentOperations::distinctValues), never directly.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace swb::DistinctValues {

struct Counted
{
    QString value;
    qint64 count = 0; // rows of the table holding the value
};

// Up to `limit` non-empty values of text and date columns of `table` ("customers" or "orders"), most frequent first
// (ties alphabetically), with how many rows hold each; nothing for other types or on error. Safe to call from any
// thread.
QList<Counted> loadCounted(const QString& workspacePath, const QString& table, const QString& column, int limit = 500);
// The values alone, of a column of `customers`.
QStringList load(const QString& workspacePath, const QString& column, int limit = 500);

} // namespace swb::DistinctValues
