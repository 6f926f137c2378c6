// Reads pages of the customer table in a stable order with keyset pagination (no OFFSET), and counts a selection.
#pragma once

#include "model/selection/selection.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace swb {

class Database;
class Workspace;
struct SqlCondition;

// Where the previous page ended: the sort value and the rowid of its last row.
struct PageCursor
{
    QVariant sortValue; // null when the last row's sort value was NULL (or when sorting by rowid only)
    qint64 rowid = 0;
};

// One page request. Rows come in `ORDER BY sortColumn, rowid` (both descending for Qt::DescendingOrder), or
// by rowid alone when `sortColumn` is empty. NULLs sort first ascending and last descending, as in SQLite.
struct PageRequest
{
    Selection selection;
    QStringList columns; // customer table columns to read, in this order
    QString sortColumn;
    bool descending = false;
    std::optional<PageCursor> after; // none: the first page
    int limit = 500;
};

struct CustomerPage
{
    bool ok = false;
    QString error;
    QList<QVariantList> rows; // one value per requested column; null for NULL
    QList<qint64> rowids;
    bool atEnd = false; // fewer rows than the limit: nothing follows
    PageCursor last; // cursor for the next request (valid when rows is not empty)
};

// The rowids of a selection in the table's order, so that any row number can be read at once.
struct RowOrder
{
    bool ok = false;
    QString error;
    std::vector<qint64> rowids;
};

struct CustomerCount
{
    bool ok = false;
    QString error;
    qint64 count = 0;
};

namespace CustomerQuery {

// The SELECT text of a request whose selection resolved to `selection`; bindings are the selection's, then the
// cursor's (exposed for tests).
QString pageSql(const PageRequest& request, const SqlCondition& selection, QVariantList* bindings);

CustomerPage fetchPage(Workspace& workspace, const PageRequest& request);

// Every rowid of `request.selection` in the request's order (its cursor and limit are ignored).
RowOrder rowOrder(Workspace& workspace, const PageRequest& request);
// The rows of `rowids` with `columns`, in the order of `rowids`; a rowid deleted meanwhile gives a row of NULLs.
CustomerPage fetchRows(Database& db, const QStringList& columns, const std::vector<qint64>& rowids);

// Customers of `selection` on a read-only connection of its own to `workspacePath` (for a worker thread).
CustomerCount count(const QString& workspacePath, const Selection& selection);

} // namespace CustomerQuery
} // namespace swb
