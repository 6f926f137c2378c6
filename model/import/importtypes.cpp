#include "model/import/importtypes.h"

#include <QJsonArray>

namespace swb {

QString importKindName(ImportKind kind)
{
    return kind == ImportKind::Orders ? QStringLiteral("orders") : QStringLiteral("customers");
}

std::optional<ImportKind> importKindFromName(const QString& name)
{
    if (name.compare(QLatin1String("customers"), Qt::CaseInsensitive) == 0)
        return ImportKind::Customers;
    if (name.compare(QLatin1String("orders"), Qt::CaseInsensitive) == 0)
        return ImportKind::Orders;
    return std::nullopt;
}

QString importModeName(ImportMode mode)
{
    switch (mode) {
    case ImportMode::Replace:
        break;
    case ImportMode::Append:
        return QStringLiteral("append");
    case ImportMode::Upsert:
        return QStringLiteral("upsert");
    }
    return QStringLiteral("replace");
}

std::optional<ImportMode> importModeFromName(const QString& name)
{
    for (const ImportMode mode : {ImportMode::Replace, ImportMode::Append, ImportMode::Upsert}) {
        if (name.compare(importModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray columnArray;
    for (const ImportColumn& column : columns) {
        QJsonObject object{{QStringLiteral("name"), column.name},
                           {QStringLiteral("header"), column.header},
                           {QStringLiteral("type"), fieldTypeName(column.type)},
                           {QStringLiteral("role"), fieldRoleName(column.role)},
                           {QStringLiteral("pii"), column.pii},
                           {QStringLiteral("nulls"), column.nulls}};
        if (!column.format.isEmpty())
            object.insert(QStringLiteral("format"), column.format);
        if (column.added)
            object.insert(QStringLiteral("added"), true);
        columnArray.append(object);
    }
    QJsonArray issueArray;
    for (const ImportIssue& issue : issues) {
        issueArray.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                      {QStringLiteral("column"), issue.column},
                                      {QStringLiteral("reason"), issue.reason},
                                      {QStringLiteral("raw"), issue.raw}});
    }
    QJsonObject object{{QStringLiteral("ok"), ok},
                       {QStringLiteral("canceled"), canceled},
                       {QStringLiteral("import_id"), importId},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("kind"), importKindName(kind)},
                       {QStringLiteral("mode"), importModeName(mode)},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("delimiter"), delimiter},
                       {QStringLiteral("has_header"), hasHeader},
                       {QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("rows_imported"), rowsImported},
                       {QStringLiteral("rows_inserted"), rowsInserted},
                       {QStringLiteral("rows_updated"), rowsUpdated},
                       {QStringLiteral("issues"), issueCount},
                       {QStringLiteral("columns"), columnArray},
                       {QStringLiteral("first_issues"), issueArray},
                       {QStringLiteral("seconds"), seconds}};
    if (kind == ImportKind::Orders) {
        object.insert(QStringLiteral("orders_without_customer"), ordersWithoutCustomer);
        object.insert(QStringLiteral("customers_created"), customersCreated);
    } else if (customersCreated > 0) {
        // A replace keeps the customers that only the orders name: without them those orders would have no customer.
        object.insert(QStringLiteral("customers_only_in_orders"), customersCreated);
    }
    if (!ok)
        object.insert(QStringLiteral("error"), error);
    return object;
}

} // namespace swb
