#include "model/browse/customerquery.h"

#include "model/database.h"
#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace swb::CustomerQuery {

namespace {

// The condition that selects the rows after `cursor` in the request's order. Row values would be shorter, but
// they do not order NULLs, so the NULL cases are spelled out.
QString keysetCondition(const PageRequest& request, QVariantList* bindings)
{
    const PageCursor& cursor = *request.after;
    if (request.sortColumn.isEmpty()) {
        bindings->append(cursor.rowid);
        return request.descending ? QStringLiteral("rowid < ?") : QStringLiteral("rowid > ?");
    }
    const QString column = quoteIdentifier(request.sortColumn);
    if (cursor.sortValue.isNull()) {
        bindings->append(cursor.rowid);
        // Ascending: NULLs come first, then every non-NULL; descending: NULLs come last.
        return request.descending ? QStringLiteral("(%1 IS NULL AND rowid < ?)").arg(column)
                                  : QStringLiteral("((%1 IS NULL AND rowid > ?) OR %1 IS NOT NULL)").arg(column);
    }
    bindings->append(cursor.sortValue);
    bindings->append(cursor.sortValue);
    bindings->append(cursor.rowid);
    return request.descending ? QStringLiteral("(%1 < ? OR (%1 = ? AND rowid < ?) OR %1 IS NULL)").arg(column)
                              : QStringLiteral("(%1 > ? OR (%1 = ? AND rowid > ?))").arg(column);
}

QString orderBy(const PageRequest& request)
{
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    QString order = QStringLiteral("rowid") + direction;
    if (!request.sortColumn.isEmpty())
        order.prepend(quoteIdentifier(request.sortColumn) + direction + QStringLiteral(", "));
    return order;
}

QString readError(const QString& error)
{
    return QCoreApplication::translate("swb::CustomerQuery", "Cannot read the customers: %1").arg(error);
}

} // namespace

QString pageSql(const PageRequest& request, const SqlCondition& selection, QVariantList* bindings)
{
    QStringList select{QStringLiteral("rowid")};
    for (const QString& column : request.columns)
        select.append(quoteIdentifier(column));
    if (!request.sortColumn.isEmpty())
        select.append(quoteIdentifier(request.sortColumn));

    SqlCondition condition = selection;
    if (request.after) {
        SqlCondition after;
        after.sql = SelectionSql::enclosed(keysetCondition(request, &after.bindings));
        condition = SelectionSql::both(condition, after);
    }
    bindings->append(condition.bindings);
    return SelectionSql::statementText(QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")), condition,
                                       QStringLiteral(" ORDER BY ") + orderBy(request) + QStringLiteral(" LIMIT ")
                                           + QString::number(qMax(1, request.limit)));
}

CustomerPage fetchPage(Workspace& workspace, const PageRequest& request)
{
    CustomerPage page;
    QString error;
    const auto selection = SelectionSql(workspace).condition(request.selection, &error);
    if (!selection) {
        page.error = readError(error);
        return page;
    }
    QVariantList bindings;
    const QString sql = pageSql(request, *selection, &bindings);
    Statement statement = workspace.db().prepare(sql, &error);
    if (!statement.isValid()) {
        page.error = readError(error);
        return page;
    }
    for (int i = 0; i < bindings.size(); ++i)
        statement.bind(i + 1, bindings.at(i));

    const int columnCount = int(request.columns.size());
    page.rows.reserve(request.limit);
    page.rowids.reserve(request.limit);
    while (statement.next()) {
        const qint64 rowid = statement.toInt64(0);
        QVariantList row;
        row.reserve(columnCount);
        for (int column = 0; column < columnCount; ++column)
            row.append(statement.value(column + 1));
        page.rows.append(std::move(row));
        page.rowids.append(rowid);
        page.last.rowid = rowid;
        page.last.sortValue = request.sortColumn.isEmpty() ? QVariant() : statement.value(columnCount + 1);
    }
    if (statement.failed()) {
        page.error = readError(statement.errorMessage());
        return page;
    }
    page.atEnd = page.rows.size() < request.limit;
    page.ok = true;
    return page;
}

RowOrder rowOrder(Workspace& workspace, const PageRequest& request)
{
    RowOrder order;
    QString error;
    Statement statement = SelectionSql(workspace).prepare(QStringLiteral("SELECT rowid"), request.selection,
                                                          QStringLiteral(" ORDER BY ") + orderBy(request), &error);
    if (!statement.isValid()) {
        order.error = readError(error);
        return order;
    }
    while (statement.next())
        order.rowids.push_back(statement.toInt64(0));
    if (statement.failed()) {
        order.error = readError(statement.errorMessage());
        return order;
    }
    order.ok = true;
    return order;
}

CustomerPage fetchRows(Database& db, const QStringList& columns, const std::vector<qint64>& rowids)
{
    CustomerPage page;
    QStringList select{QStringLiteral("rowid")};
    for (const QString& column : columns)
        select.append(quoteIdentifier(column));
    QStringList marks;
    for (size_t i = 0; i < rowids.size(); ++i)
        marks.append(QStringLiteral("?"));
    QString error;
    Statement statement = db.prepare(QStringLiteral("SELECT %1 FROM customers WHERE rowid IN (%2)")
                                         .arg(select.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))),
                                     &error);
    if (!statement.isValid()) {
        page.error = readError(error);
        return page;
    }
    for (size_t i = 0; i < rowids.size(); ++i)
        statement.bind(int(i) + 1, rowids[i]);
    const int columnCount = int(columns.size());
    QHash<qint64, QVariantList> byRowid;
    byRowid.reserve(qsizetype(rowids.size()));
    while (statement.next()) {
        QVariantList row;
        row.reserve(columnCount);
        for (int column = 0; column < columnCount; ++column)
            row.append(statement.value(column + 1));
        byRowid.insert(statement.toInt64(0), std::move(row));
    }
    if (statement.failed()) {
        page.error = readError(statement.errorMessage());
        return page;
    }
    const QVariantList deleted(columnCount);
    for (const qint64 rowid : rowids) {
        page.rows.append(byRowid.value(rowid, deleted));
        page.rowids.append(rowid);
    }
    page.atEnd = true;
    page.ok = true;
    return page;
}

CustomerCount count(const QString& workspacePath, const Selection& selection)
{
    if (PgWorkspace::isUri(workspacePath))
        return PgTasks::count(workspacePath, selection);
    CustomerCount result;
    const auto workspace = Workspace::attach(workspacePath, true, &result.error);
    if (!workspace)
        return result;
    if (const auto counted = SelectionSql(*workspace).count(selection, &result.error)) {
        result.ok = true;
        result.count = *counted;
    }
    return result;
}

} // namespace swb::CustomerQuery
