#include "model/import/ordersaggregator.h"

#include "analysis/kpimath.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/columnnaming.h"
#include "model/import/orderderivedfields.h"

#include <QSet>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <string_view>

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

// A value of the current row as GROUP BY sees it: NULLs are one group, numbers compare by value, text and blobs by
// bytes. Copied only when it changes.
class GroupValue
{
public:
    // True when the statement's column `column` holds another value than the one kept (or none is kept yet).
    bool differs(sqlite3_stmt* stmt, int column) const
    {
        return !m_started || !sameAs(stmt, column, sqlite3_column_type(stmt, column));
    }
    void take(sqlite3_stmt* stmt, int column)
    {
        m_started = true;
        m_type = sqlite3_column_type(stmt, column);
        m_integer = m_type == SQLITE_INTEGER ? sqlite3_column_int64(stmt, column) : 0;
        m_real = m_type == SQLITE_FLOAT ? sqlite3_column_double(stmt, column) : double(m_integer);
        const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, column));
        m_bytes = data ? QByteArray(data, sqlite3_column_bytes(stmt, column)) : QByteArray();
    }
    bool isSet() const { return m_started; } // a row was taken
    int type() const { return m_type; }
    qint64 integer() const { return m_integer; }
    const QByteArray& bytes() const { return m_bytes; }

private:
    bool sameAs(sqlite3_stmt* stmt, int column, int type) const
    {
        const bool number = type == SQLITE_INTEGER || type == SQLITE_FLOAT;
        const bool keptNumber = m_type == SQLITE_INTEGER || m_type == SQLITE_FLOAT;
        if (number || keptNumber) {
            if (number != keptNumber)
                return false;
            if (type == SQLITE_INTEGER && m_type == SQLITE_INTEGER)
                return sqlite3_column_int64(stmt, column) == m_integer;
            return sqlite3_column_double(stmt, column) == m_real;
        }
        if (type != m_type)
            return false;
        if (type == SQLITE_NULL)
            return true;
        const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, column));
        const int size = sqlite3_column_bytes(stmt, column);
        return size == m_bytes.size() && (size == 0 || std::memcmp(data, m_bytes.constData(), size_t(size)) == 0);
    }

    bool m_started = false;
    int m_type = SQLITE_NULL;
    qint64 m_integer = 0;
    double m_real = 0.0;
    QByteArray m_bytes;
};

// Per-customer totals from per-order totals, both made while streaming the order lines sorted by customer and order:
// one sort, no GROUP BY (SQLite's costs about 1 µs per group, three times the sort, and most orders are one line).
bool totalsByOrder(Database& db, const QString& key, const QString& orderId, const QString& amount,
                   const QString& positiveDate, QString* error)
{
    Statement lines
        = db.prepare(QStringLiteral("SELECT %1, %4, %2, %3 FROM orders WHERE %1 IS NOT NULL ORDER BY %1, %4")
                         .arg(key, amount, positiveDate, orderId),
                     error);
    Statement insert
        = db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.swb_customer_totals VALUES (?, ?, ?, ?, ?)"), error);
    if (!lines.isValid() || !insert.isValid())
        return false;
    sqlite3_stmt* stmt = lines.handle();
    GroupValue customer;
    GroupValue order;
    // Money is added up exactly (KpiMath::moneyDecimals places), so a bought-and-returned order nets to 0.
    MoneySum orderTotal; // sum of the order's amounts; NULL when it has none, as SQL's sum()
    bool orderHasTotal = false;
    qint64 count = 0; // orders with a positive total
    MoneySum revenue;
    bool hasRevenue = false;
    QByteArray first;
    QByteArray last;
    auto endOrder = [&]() {
        if (orderHasTotal) {
            revenue.add(orderTotal.value());
            hasRevenue = true;
            if (orderTotal.value() > 0)
                ++count;
        }
        orderTotal.clear();
        orderHasTotal = false;
    };
    auto flush = [&]() {
        endOrder();
        insert.reset();
        if (customer.type() == SQLITE_INTEGER)
            insert.bind(1, customer.integer());
        else
            insert.bindUtf8(1, customer.bytes().constData(), int(customer.bytes().size()));
        insert.bind(2, count);
        if (hasRevenue)
            insert.bind(3, revenue.value());
        else
            insert.bindNull(3);
        if (first.isNull())
            insert.bindNull(4);
        else
            insert.bindUtf8(4, first.constData(), int(first.size()));
        if (last.isNull())
            insert.bindNull(5);
        else
            insert.bindUtf8(5, last.constData(), int(last.size()));
        count = 0;
        revenue.clear();
        hasRevenue = false;
        first = QByteArray();
        last = QByteArray();
        return insert.run();
    };
    while (lines.next()) {
        if (customer.differs(stmt, 0)) {
            if (customer.isSet() && !flush()) { // also ends the order
                *error = insert.errorMessage();
                return false;
            }
            customer.take(stmt, 0);
            order.take(stmt, 1);
        } else if (order.differs(stmt, 1)) {
            endOrder();
            order.take(stmt, 1);
        }
        if (sqlite3_column_type(stmt, 2) != SQLITE_NULL) {
            orderTotal.add(sqlite3_column_double(stmt, 2));
            orderHasTotal = true;
        }
        if (const auto* date = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3))) {
            const std::string_view day(date, size_t(sqlite3_column_bytes(stmt, 3)));
            if (first.isNull() || day < std::string_view(first.constData(), size_t(first.size())))
                first = QByteArray(day.data(), qsizetype(day.size()));
            if (last.isNull() || day > std::string_view(last.constData(), size_t(last.size())))
                last = QByteArray(day.data(), qsizetype(day.size()));
        }
    }
    if (lines.failed()) {
        *error = lines.errorMessage();
        return false;
    }
    if (customer.isSet() && !flush()) {
        *error = insert.errorMessage();
        return false;
    }
    return true;
}

} // namespace

QString OrdersAggregator::amountExpression(const QList<FieldInfo>& orderFields)
{
    if (const auto amount = FieldCatalog::findByRole(orderFields, FieldRole::Amount))
        return q(amount->name);
    const auto quantity = FieldCatalog::findByRole(orderFields, FieldRole::Quantity);
    const auto unitPrice = FieldCatalog::findByRole(orderFields, FieldRole::UnitPrice);
    if (quantity && unitPrice)
        return QStringLiteral("(%1 * %2)").arg(q(quantity->name), q(unitPrice->name));
    return {};
}

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
    const auto orderId = FieldCatalog::findByRole(orderFields, FieldRole::OrderId);
    const auto orderDate = FieldCatalog::findByRole(orderFields, FieldRole::OrderDate);
    const QString amountSql = amountExpression(orderFields);
    if (amountSql.isEmpty()) {
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
        const QString totals
            = QStringLiteral("INSERT OR IGNORE INTO temp.swb_customer_totals SELECT %1, count(*), "
                             "sum(CAST(round(%2 * 1000000) AS INTEGER)) / 1000000.0, min(%3), max(%3) FROM orders "
                             "WHERE %1 IS NOT NULL GROUP BY %1")
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

    // One pass over the customers; an aggregate over the (zero or one) matching totals row always yields a row. The
    // average is total_revenue / orders_count as stored: lines without amounts count as 0 there too.
    const QString update
        = QStringLiteral("UPDATE customers SET (%1, %2, %3, %4, %5) = (SELECT coalesce(max(t.orders), "
                         "0), coalesce(max(t.revenue), 0), max(t.first), max(t.last), max(CASE WHEN "
                         "t.orders > 0 THEN coalesce(t.revenue, 0) / t.orders END) FROM temp.swb_customer_totals AS "
                         "t WHERE t.k = customers.%6); DROP TABLE temp.swb_customer_totals;")
              .arg(names[0], names[1], names[2], names[3], names[4], k);
    return db.exec(update, error) && OrderDerivedFields::recompute(db, error);
}

} // namespace swb
