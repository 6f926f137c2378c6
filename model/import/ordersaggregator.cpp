#include "model/import/ordersaggregator.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/columnnaming.h"

#include <QSet>

#include <sqlite3.h>

#include <array>

namespace swb {

namespace {

struct Derived
{
    const char* name;
    const char* label; // the header shown for it (stored in `fields` like an imported column's header)
    FieldRole role;
    FieldType type;
};

constexpr std::array s_derived{
    Derived{"orders_count", QT_TRANSLATE_NOOP("swb::DerivedField", "Orders count"), FieldRole::OrdersCount,
            FieldType::Integer},
    Derived{"total_revenue", QT_TRANSLATE_NOOP("swb::DerivedField", "Total revenue"), FieldRole::Revenue,
            FieldType::Real},
    Derived{"first_purchase_date", QT_TRANSLATE_NOOP("swb::DerivedField", "First purchase date"),
            FieldRole::FirstPurchaseDate, FieldType::Date},
    Derived{"last_purchase_date", QT_TRANSLATE_NOOP("swb::DerivedField", "Last purchase date"),
            FieldRole::LastPurchaseDate, FieldType::Date},
    Derived{"avg_order_value", QT_TRANSLATE_NOOP("swb::DerivedField", "Average order value"),
            FieldRole::AverageOrderValue, FieldType::Real},
};

QString q(const QString& name)
{
    return quoteIdentifier(name);
}

// Per-customer totals from per-order totals. The per-order rows come sorted by customer, so the per-customer sums
// are made while streaming: one sort of the order lines instead of two.
bool totalsByOrder(Database& db, const QString& key, const QString& orderId, const QString& amount,
                   const QString& positiveDate, QString* error)
{
    Statement orders
        = db.prepare(QStringLiteral("SELECT %1, sum(%2), min(%3), max(%3) FROM orders WHERE %1 IS NOT NULL "
                                    "GROUP BY %1, %4 ORDER BY %1")
                         .arg(key, amount, positiveDate, orderId),
                     error);
    Statement insert
        = db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.swb_customer_totals VALUES (?, ?, ?, ?, ?)"), error);
    if (!orders.isValid() || !insert.isValid())
        return false;
    sqlite3_stmt* stmt = orders.handle();
    struct Totals
    {
        QByteArray key;
        int keyType = SQLITE_NULL;
        qint64 count = 0;
        double revenue = 0.0;
        bool hasRevenue = false;
        QByteArray first;
        QByteArray last;
    } current;
    auto flush = [&]() {
        if (current.keyType == SQLITE_NULL)
            return true;
        insert.reset();
        if (current.keyType == SQLITE_INTEGER)
            insert.bind(1, current.key.toLongLong());
        else
            insert.bindUtf8(1, current.key.constData(), int(current.key.size()));
        insert.bind(2, current.count);
        if (current.hasRevenue)
            insert.bind(3, current.revenue);
        else
            insert.bindNull(3);
        if (current.first.isNull())
            insert.bindNull(4);
        else
            insert.bindUtf8(4, current.first.constData(), int(current.first.size()));
        if (current.last.isNull())
            insert.bindNull(5);
        else
            insert.bindUtf8(5, current.last.constData(), int(current.last.size()));
        return insert.run();
    };
    auto text = [&](int column) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return data ? QByteArray(data, sqlite3_column_bytes(stmt, column)) : QByteArray();
    };
    while (orders.next()) {
        const int keyType = sqlite3_column_type(stmt, 0);
        const QByteArray keyText = text(0);
        if (keyType != current.keyType || keyText != current.key) {
            if (!flush()) {
                *error = insert.errorMessage();
                return false;
            }
            current = Totals();
            current.key = keyText;
            current.keyType = keyType;
        }
        if (sqlite3_column_type(stmt, 1) != SQLITE_NULL) {
            const double total = sqlite3_column_double(stmt, 1);
            current.revenue += total;
            current.hasRevenue = true;
            if (total > 0)
                ++current.count;
        }
        const QByteArray first = text(2);
        const QByteArray last = text(3);
        if (!first.isNull() && (current.first.isNull() || first < current.first))
            current.first = first;
        if (!last.isNull() && (current.last.isNull() || last > current.last))
            current.last = last;
    }
    if (orders.failed()) {
        *error = orders.errorMessage();
        return false;
    }
    if (!flush()) {
        *error = insert.errorMessage();
        return false;
    }
    return true;
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
        customerFields = {key};
        customerKey = key;
    }

    const QString k = q(customerKey->name);
    const QString ok = q(orderKey->name);
    const QString positive = QStringLiteral("CASE WHEN %1 > 0 THEN substr(%2, 1, 10) END")
                                 .arg(amountSql, orderDate ? q(orderDate->name) : QStringLiteral("NULL"));
    // WITHOUT ROWID: an INTEGER key is then not the rowid, which refuses the text keys of orders imported
    // against earlier customers ("datatype mismatch").
    const QString createTotals = QStringLiteral("DROP TABLE IF EXISTS temp.swb_customer_totals; CREATE TEMP TABLE "
                                                "swb_customer_totals (k %1 PRIMARY KEY, orders INTEGER, revenue REAL, "
                                                "first TEXT, last TEXT) WITHOUT ROWID;")
                                     .arg(sqlStorageType(customerKey->type));
    if (!db.exec(createTotals, error))
        return false;
    if (!orderId) {
        const QString totals = QStringLiteral("INSERT OR IGNORE INTO temp.swb_customer_totals SELECT %1, count(*), "
                                              "sum(%2), min(%3), max(%3) FROM orders WHERE %1 IS NOT NULL GROUP BY %1")
                                   .arg(ok, amountSql, positive);
        if (!db.exec(totals, error))
            return false;
    } else if (!totalsByOrder(db, ok, q(orderId->name), amountSql, positive, error)) {
        return false;
    }
    // Customers that appear only in the orders: every such key has a row of totals.
    if (!db.exec(QStringLiteral("INSERT INTO customers(%1) SELECT t.k FROM temp.swb_customer_totals AS t WHERE NOT "
                                "EXISTS (SELECT 1 FROM customers AS c WHERE c.%1 = t.k) ORDER BY t.k")
                     .arg(k),
                 error))
        return false;
    *customersCreated = db.changes();

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
        // A column renamed around an imported one of the same name keeps its column name as the header.
        info.originalHeader = name == QLatin1String(derived.name) ? QString::fromLatin1(derived.label) : name;
        info.type = derived.type;
        info.role = derived.role;
        info.derived = true;
        info.position = position++;
        if (const auto existing = FieldCatalog::findByName(customerFields, name))
            info.position = existing->position;
        if (!FieldCatalog::clearRole(db, customersTable, derived.role, name, error)
            || !FieldCatalog::upsert(db, info, error))
            return false;
        names << q(name);
    }

    // One pass over the customers; an aggregate over the (zero or one) matching totals row always yields a row.
    const QString update
        = QStringLiteral("UPDATE customers SET (%1, %2, %3, %4, %5) = (SELECT coalesce(max(t.orders), "
                         "0), coalesce(max(t.revenue), 0), max(t.first), max(t.last), max(CASE WHEN "
                         "t.orders > 0 THEN t.revenue / t.orders END) FROM temp.swb_customer_totals AS "
                         "t WHERE t.k = customers.%6); DROP TABLE temp.swb_customer_totals;")
              .arg(names[0], names[1], names[2], names[3], names[4], k);
    return db.exec(update, error);
}

} // namespace swb
