#include "model/import/ordersaggregator.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/columnnaming.h"

#include <QSet>

#include <array>

namespace swb {

namespace {

struct Derived
{
    const char* name;
    FieldRole role;
    FieldType type;
};

constexpr std::array s_derived {
    Derived { "orders_count", FieldRole::OrdersCount, FieldType::Integer },
    Derived { "total_revenue", FieldRole::Revenue, FieldType::Real },
    Derived { "first_purchase_date", FieldRole::FirstPurchaseDate, FieldType::Date },
    Derived { "last_purchase_date", FieldRole::LastPurchaseDate, FieldType::Date },
    Derived { "avg_order_value", FieldRole::AverageOrderValue, FieldType::Real },
};

QString q(const QString& name)
{
    return quoteIdentifier(name);
}

} // namespace

bool OrdersAggregator::recompute(Database& db, qint64* customersCreated, QString* error)
{
    *customersCreated = 0;
    const QString ordersTable = QStringLiteral("orders");
    const QString customersTable = QStringLiteral("customers");
    if (!db.tableExists(ordersTable))
        return true;
    const QList<FieldInfo> orderFields = FieldCatalog::load(db, ordersTable);
    const auto orderKey = FieldCatalog::findByRole(orderFields, FieldRole::CustomerKey);
    if (!orderKey)
        return true;
    const auto amount = FieldCatalog::findByRole(orderFields, FieldRole::Amount);
    const auto quantity = FieldCatalog::findByRole(orderFields, FieldRole::Quantity);
    const auto unitPrice = FieldCatalog::findByRole(orderFields, FieldRole::UnitPrice);
    const auto orderId = FieldCatalog::findByRole(orderFields, FieldRole::OrderId);
    const auto orderDate = FieldCatalog::findByRole(orderFields, FieldRole::OrderDate);
    QString amountSql;
    if (amount)
        amountSql = q(amount->name);
    else if (quantity && unitPrice)
        amountSql = QStringLiteral("(%1 * %2)").arg(q(quantity->name), q(unitPrice->name));
    else {
        *error = tr("The orders have no amount column, and no quantity and unit price columns, so revenue cannot be "
                    "computed. Name the columns (e.g. \"Amount\", or \"Quantity\" and \"UnitPrice\") or set their "
                    "roles with an override.");
        return false;
    }

    QList<FieldInfo> customerFields;
    std::optional<FieldInfo> customerKey;
    if (db.tableExists(customersTable)) {
        customerFields = FieldCatalog::load(db, customersTable);
        customerKey = FieldCatalog::findByRole(customerFields, FieldRole::CustomerKey);
        if (!customerKey)
            return true;
    } else {
        FieldInfo key = *orderKey;
        key.table = customersTable;
        key.position = 0;
        key.derived = false;
        key.pii = false;
        const QString sql = QStringLiteral("CREATE TABLE customers (%1 %2); CREATE UNIQUE INDEX idx_customers_key ON "
                                           "customers(%1);")
                                .arg(q(key.name), sqlStorageType(key.type));
        if (!db.exec(sql, error) || !FieldCatalog::upsert(db, key, error))
            return false;
        customerFields = { key };
        customerKey = key;
    }

    const QString k = q(customerKey->name);
    const QString ok = q(orderKey->name);
    if (!db.exec(QStringLiteral("INSERT INTO customers(%1) SELECT DISTINCT o.%2 FROM orders AS o WHERE o.%2 IS NOT "
                                "NULL AND NOT EXISTS (SELECT 1 FROM customers AS c WHERE c.%1 = o.%2)")
                     .arg(k, ok),
                 error))
        return false;
    *customersCreated = db.changes();

    const QString positive = QStringLiteral("CASE WHEN %1 > 0 THEN substr(%2, 1, 10) END")
                                 .arg(amountSql, orderDate ? q(orderDate->name) : QStringLiteral("NULL"));
    QString totals;
    if (orderId) {
        totals = QStringLiteral("SELECT k, count(CASE WHEN total > 0 THEN 1 END), sum(total), min(first), max(last) "
                                "FROM (SELECT %1 AS k, sum(%2) AS total, min(%3) AS first, max(%3) AS last FROM orders "
                                "WHERE %1 IS NOT NULL GROUP BY %1, %4) GROUP BY k")
                     .arg(ok, amountSql, positive, q(orderId->name));
    } else {
        totals = QStringLiteral("SELECT %1, count(*), sum(%2), min(%3), max(%3) FROM orders WHERE %1 IS NOT NULL "
                                "GROUP BY %1")
                     .arg(ok, amountSql, positive);
    }
    const QString createTotals = QStringLiteral("DROP TABLE IF EXISTS temp.swb_customer_totals; CREATE TEMP TABLE "
                                                "swb_customer_totals (k %1 PRIMARY KEY, orders INTEGER, revenue REAL, "
                                                "first TEXT, last TEXT); INSERT OR IGNORE INTO "
                                                "temp.swb_customer_totals %2;")
                                     .arg(sqlStorageType(customerKey->type), totals);
    if (!db.exec(createTotals, error))
        return false;

    // The derived columns: reuse the derived ones, add the missing ones, never overwrite an imported column.
    QSet<QString> taken;
    for (const QString& name : db.columnNames(customersTable))
        taken.insert(name);
    int position = 0;
    for (const FieldInfo& field : customerFields)
        position = std::max(position, field.position + 1);
    QStringList names;
    for (const Derived& derived : s_derived) {
        QString name;
        for (const FieldInfo& field : customerFields) {
            if (field.derived && field.role == derived.role)
                name = field.name;
        }
        if (name.isEmpty()) {
            name = ColumnNaming::makeUnique(QString::fromLatin1(derived.name), taken);
            if (!db.exec(
                    QStringLiteral("ALTER TABLE customers ADD COLUMN %1 %2").arg(q(name), sqlStorageType(derived.type)),
                    error))
                return false;
        }
        FieldInfo info;
        info.table = customersTable;
        info.name = name;
        info.originalHeader = name;
        info.type = derived.type;
        info.role = derived.role;
        info.derived = true;
        info.position = position++;
        if (const auto existing = FieldCatalog::findByName(customerFields, name))
            info.position = existing->position;
        Statement clearRole = db.prepare(
            QStringLiteral("UPDATE fields SET role = '' WHERE table_name = 'customers' AND role = ? AND name <> ?"),
            error);
        clearRole.bind(1, fieldRoleName(derived.role));
        clearRole.bind(2, name);
        if (!clearRole.run() || !FieldCatalog::upsert(db, info, error)) {
            if (error && error->isEmpty())
                *error = clearRole.errorMessage();
            return false;
        }
        names << q(name);
    }

    const QString update
        = QStringLiteral("UPDATE customers SET %1 = 0, %2 = 0, %3 = NULL, %4 = NULL, %5 = NULL; "
                         "UPDATE customers SET %1 = t.orders, %2 = coalesce(t.revenue, 0), %3 = t.first, "
                         "%4 = t.last, %5 = CASE WHEN t.orders > 0 THEN t.revenue / t.orders END "
                         "FROM temp.swb_customer_totals AS t WHERE customers.%6 = t.k; "
                         "DROP TABLE temp.swb_customer_totals;")
              .arg(names[0], names[1], names[2], names[3], names[4], k);
    return db.exec(update, error);
}

} // namespace swb
