#include "model/browse/customerquery.h"

#include "model/database.h"
#include "model/workspace.h"

#include <QCoreApplication>

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

} // namespace

QString pageSql(const PageRequest& request, QVariantList* bindings)
{
    QStringList select{QStringLiteral("rowid")};
    for (const QString& column : request.columns)
        select.append(quoteIdentifier(column));
    if (!request.sortColumn.isEmpty())
        select.append(quoteIdentifier(request.sortColumn));

    QStringList conditions;
    if (!request.selection.whereSql.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("(%1)").arg(request.selection.whereSql));
        bindings->append(request.selection.bindings);
    }
    if (request.after)
        conditions.append(keysetCondition(request, bindings));

    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    QString order = QStringLiteral("rowid") + direction;
    if (!request.sortColumn.isEmpty())
        order.prepend(quoteIdentifier(request.sortColumn) + direction + QStringLiteral(", "));

    QString sql = QStringLiteral("SELECT %1 FROM customers").arg(select.join(QStringLiteral(", ")));
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 LIMIT %2").arg(order).arg(qMax(1, request.limit));
    return sql;
}

CustomerPage fetchPage(Database& db, const PageRequest& request)
{
    CustomerPage page;
    QVariantList bindings;
    const QString sql = pageSql(request, &bindings);
    QString error;
    Statement statement = db.prepare(sql, &error);
    if (!statement.isValid()) {
        page.error = QCoreApplication::translate("swb::CustomerQuery", "Cannot read the customers: %1").arg(error);
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
        page.error = QCoreApplication::translate("swb::CustomerQuery", "Cannot read the customers: %1")
                         .arg(statement.errorMessage());
        return page;
    }
    page.atEnd = page.rows.size() < request.limit;
    page.ok = true;
    return page;
}

std::optional<qint64> count(Database& db, const RowSelection& selection, QString* error)
{
    QString sql = QStringLiteral("SELECT count(*) FROM customers");
    if (!selection.whereSql.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE (%1)").arg(selection.whereSql);
    Statement statement = db.prepare(sql, error);
    if (!statement.isValid())
        return std::nullopt;
    for (int i = 0; i < selection.bindings.size(); ++i)
        statement.bind(i + 1, selection.bindings.at(i));
    if (!statement.next()) {
        if (error)
            *error = statement.errorMessage();
        return std::nullopt;
    }
    return statement.toInt64(0);
}

CustomerCount count(const QString& workspacePath, const RowSelection& selection)
{
    CustomerCount result;
    auto db = Workspace::connect(workspacePath, true, &result.error);
    if (!db)
        return result;
    if (const auto counted = count(*db, selection, &result.error)) {
        result.ok = true;
        result.count = *counted;
    }
    return result;
}

} // namespace swb::CustomerQuery
