#include "model/import/orderderivedfields.h"

#include "model/database.h"
#include "model/fieldcatalog.h"

#include <algorithm>
#include <iterator>

namespace swb {

namespace {

constexpr const char* s_kindNames[] = {"last", "first", "most_frequent", "distinct_count"};

QString q(const QString& name)
{
    return quoteIdentifier(name);
}

// What a customer row needs from the orders: the columns' names in both tables.
struct Sources
{
    QString customerKey; // quoted
    QString customerKeyType; // SQL storage type of the customers' key
    QString orderKey; // quoted
    QString orderDate; // quoted, or "NULL"
    QString orderId; // quoted, or empty
    QList<FieldInfo> orderFields;
};

std::optional<Sources> sources(Database& db, QString* error)
{
    if (!db.tableExists(QStringLiteral("orders")) || !db.tableExists(QStringLiteral("customers"))) {
        *error = OrderDerivedFields::tr("The workspace has no orders and customers yet. Import an orders file first.");
        return std::nullopt;
    }
    Sources result;
    result.orderFields = FieldCatalog::load(db, QStringLiteral("orders"));
    const auto orderKey = FieldCatalog::findByRole(result.orderFields, FieldRole::CustomerKey);
    const auto customerKey = FieldCatalog::findByRole(FieldCatalog::load(db), FieldRole::CustomerKey);
    if (!orderKey || !customerKey) {
        *error = OrderDerivedFields::tr("The orders or the customers have no customer key column. Set the Customer "
                                        "key role (swb fields --set-role COLUMN=customer_key).");
        return std::nullopt;
    }
    result.customerKey = q(customerKey->name);
    result.customerKeyType = sqlStorageType(customerKey->type);
    result.orderKey = q(orderKey->name);
    const auto date = FieldCatalog::findByRole(result.orderFields, FieldRole::OrderDate);
    result.orderDate = date ? q(date->name) : QStringLiteral("NULL");
    if (const auto id = FieldCatalog::findByRole(result.orderFields, FieldRole::OrderId))
        result.orderId = q(id->name);
    return result;
}

// One value per customer key of the orders, as SQL selecting (k, v).
QString perCustomer(const Sources& s, const OrderDerivedField& field)
{
    const QString v = q(field.source);
    const QString lines
        = QStringLiteral("FROM orders WHERE %1 IS NOT NULL AND %2 IS NOT NULL AND %2 <> ''").arg(s.orderKey, v);
    switch (field.kind) {
    case OrderDerivation::Last:
    case OrderDerivation::First: {
        // Dated lines before undated ones; among equal dates the later line in the file is the later one.
        const QString order = field.kind == OrderDerivation::Last
            ? QStringLiteral("%1 IS NULL, %1 DESC, rowid DESC").arg(s.orderDate)
            : QStringLiteral("%1 IS NULL, %1 ASC, rowid ASC").arg(s.orderDate);
        return QStringLiteral("SELECT k, v FROM (SELECT %1 AS k, %2 AS v, row_number() OVER (PARTITION BY %1 ORDER BY "
                              "%3) AS n %4) WHERE n = 1")
            .arg(s.orderKey, v, order, lines);
    }
    case OrderDerivation::MostFrequent: {
        const QString count
            = s.orderId.isEmpty() ? QStringLiteral("count(*)") : QStringLiteral("count(DISTINCT %1)").arg(s.orderId);
        return QStringLiteral("SELECT k, v FROM (SELECT %1 AS k, %2 AS v, row_number() OVER (PARTITION BY %1 ORDER BY "
                              "%3 DESC, max(%4) DESC, %2 ASC) AS n %5 GROUP BY %1, %2) WHERE n = 1")
            .arg(s.orderKey, v, count, s.orderDate, lines);
    }
    case OrderDerivation::DistinctCount:
        return QStringLiteral("SELECT %1 AS k, count(DISTINCT %2) AS v %3 GROUP BY %1").arg(s.orderKey, v, lines);
    }
    return {};
}

bool compute(Database& db, const Sources& s, const OrderDerivedField& field, QString* error)
{
    const std::optional<FieldInfo> source = FieldCatalog::findByName(s.orderFields, field.source);
    const bool count = field.kind == OrderDerivation::DistinctCount;
    const FieldType type = count ? FieldType::Integer : (source ? source->type : FieldType::Text);
    const QList<FieldInfo> customerFields = FieldCatalog::load(db);
    const std::optional<FieldInfo> existing = FieldCatalog::findByName(customerFields, field.name);
    if (existing && !existing->derived)
        return true; // a customers import brought a column of that name since: the imported values stay
    if (existing && existing->type != type
        && !db.exec(QStringLiteral("ALTER TABLE customers DROP COLUMN %1").arg(q(field.name)), error))
        return false;
    if ((!existing || existing->type != type)
        && !db.exec(QStringLiteral("ALTER TABLE customers ADD COLUMN %1 %2").arg(q(field.name), sqlStorageType(type)),
                    error))
        return false;
    FieldInfo info = existing.value_or(FieldInfo());
    info.table = QStringLiteral("customers");
    info.name = field.name;
    info.type = type;
    info.derived = true;
    if (!existing) {
        info.originalHeader = OrderDerivedFields::header(source ? source->originalHeader : field.source, field.kind);
        int position = 0;
        for (const FieldInfo& other : customerFields)
            position = std::max(position, other.position + 1);
        info.position = position;
    }
    if (!FieldCatalog::upsert(db, info, error))
        return false;
    const QString empty = count ? QStringLiteral("0") : QStringLiteral("NULL");
    if (!source)
        return db.exec(QStringLiteral("UPDATE customers SET %1 = %2").arg(q(field.name), empty), error);
    const QString sql
        = QStringLiteral("DROP TABLE IF EXISTS temp.swb_derived; CREATE TEMP TABLE swb_derived (k %1 PRIMARY KEY, v) "
                         "WITHOUT ROWID; INSERT OR IGNORE INTO temp.swb_derived %2; UPDATE customers SET %3 = "
                         "coalesce((SELECT t.v FROM temp.swb_derived AS t WHERE t.k = customers.%4), %5); DROP TABLE "
                         "temp.swb_derived;")
              .arg(s.customerKeyType, perCustomer(s, field), q(field.name), s.customerKey, empty);
    return db.exec(sql, error);
}

bool checkField(Database& db, const Sources& s, const OrderDerivedField& field, QString* error);
bool insertField(Database& db, const OrderDerivedField& field, QString* error);

} // namespace

QString OrderDerivedFields::kindName(OrderDerivation kind)
{
    return QString::fromLatin1(s_kindNames[int(kind)]);
}

QString OrderDerivedFields::header(const QString& sourceHeader, OrderDerivation kind)
{
    switch (kind) {
    case OrderDerivation::Last:
        //: The header of a customer field derived from an order column: its value on the customer's latest order.
        return tr("%1 (latest order)").arg(sourceHeader);
    case OrderDerivation::First:
        return tr("%1 (first order)").arg(sourceHeader);
    case OrderDerivation::MostFrequent:
        return tr("%1 (most orders)").arg(sourceHeader);
    case OrderDerivation::DistinctCount:
        //: The number of distinct values of an order column among a customer's orders, e.g. "Country (distinct)".
        return tr("%1 (distinct values)").arg(sourceHeader);
    }
    return sourceHeader;
}

std::optional<OrderDerivation> OrderDerivedFields::kindFromName(const QString& name)
{
    for (int i = 0; i < int(std::size(s_kindNames)); ++i) {
        if (name == QLatin1String(s_kindNames[i]))
            return OrderDerivation(i);
    }
    return std::nullopt;
}

QStringList OrderDerivedFields::kindNames()
{
    QStringList names;
    for (const char* name : s_kindNames)
        names << QString::fromLatin1(name);
    return names;
}

QList<OrderDerivedField> OrderDerivedFields::load(Database& db)
{
    QList<OrderDerivedField> fields;
    if (!db.tableExists(QStringLiteral("order_derived_fields")))
        return fields;
    Statement statement
        = db.prepare(QStringLiteral("SELECT name, source, kind FROM order_derived_fields ORDER BY rowid"));
    while (statement.next()) {
        if (const auto kind = kindFromName(statement.toString(2)))
            fields << OrderDerivedField{statement.toString(0), statement.toString(1), *kind};
    }
    return fields;
}

std::optional<OrderDerivedField> OrderDerivedFields::parse(const QString& text, QString* error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const qsizetype colon = text.indexOf(QLatin1Char(':'), equals + 1);
    if (equals <= 0 || colon < 0) {
        *error = tr("A derived field is NAME=KIND:COLUMN (e.g. country=last:Country), not \"%1\".").arg(text);
        return std::nullopt;
    }
    const QString name = text.mid(equals + 1, colon - equals - 1).trimmed();
    const auto kind = kindFromName(name);
    if (!kind) {
        *error = tr("Unknown kind \"%1\" of a derived field: use %2.").arg(name, kindNames().join(u", "));
        return std::nullopt;
    }
    return OrderDerivedField{text.left(equals).trimmed(), text.mid(colon + 1).trimmed(), *kind};
}

bool OrderDerivedFields::store(Database& db, const QList<OrderDerivedField>& fields, QString* error)
{
    if (fields.isEmpty())
        return true;
    const auto s = sources(db, error);
    if (!s)
        return false;
    for (const OrderDerivedField& field : fields) {
        if (!checkField(db, *s, field, error) || !insertField(db, field, error) || !compute(db, *s, field, error))
            return false;
    }
    return true;
}

namespace {

bool checkField(Database& db, const Sources& s, const OrderDerivedField& field, QString* error)
{
    if (field.name.trimmed().isEmpty()) {
        *error = OrderDerivedFields::tr("Name the new customer field.");
        return false;
    }
    if (!FieldCatalog::findByName(s.orderFields, field.source)) {
        QStringList columns;
        for (const FieldInfo& order : s.orderFields)
            columns << order.name;
        *error = OrderDerivedFields::tr("The orders have no column \"%1\". Their columns: %2.")
                     .arg(field.source, columns.join(u", "));
        return false;
    }
    const auto existing = FieldCatalog::findByName(FieldCatalog::load(db), field.name);
    bool defined = false;
    for (const OrderDerivedField& other : OrderDerivedFields::load(db))
        defined = defined || other.name == field.name;
    if (existing && !defined) {
        *error = OrderDerivedFields::tr(
                     "The customers already have a column \"%1\"; choose another name for the derived field.")
                     .arg(field.name);
        return false;
    }
    return true;
}

bool insertField(Database& db, const OrderDerivedField& field, QString* error)
{
    Statement insert = db.prepare(QStringLiteral("INSERT OR REPLACE INTO order_derived_fields(name, source, kind) "
                                                 "VALUES (?, ?, ?)"),
                                  error);
    insert.bind(1, field.name);
    insert.bind(2, field.source);
    insert.bind(3, OrderDerivedFields::kindName(field.kind));
    if (!insert.run()) {
        *error = insert.errorMessage();
        return false;
    }
    return true;
}

} // namespace

bool OrderDerivedFields::define(Database& db, const OrderDerivedField& field, QString* error)
{
    Transaction transaction(db);
    const auto s = sources(db, error);
    return s && checkField(db, *s, field, error) && insertField(db, field, error) && compute(db, *s, field, error)
        && transaction.commit(error);
}

bool OrderDerivedFields::remove(Database& db, const QString& name, QString* error)
{
    Transaction transaction(db);
    bool defined = false;
    for (const OrderDerivedField& field : load(db))
        defined = defined || field.name == name;
    if (!defined) {
        *error = tr("There is no customer field \"%1\" derived from the orders.").arg(name);
        return false;
    }
    Statement drop = db.prepare(QStringLiteral("DELETE FROM order_derived_fields WHERE name = ?"), error);
    drop.bind(1, name);
    if (!drop.run()) {
        *error = drop.errorMessage();
        return false;
    }
    Statement catalog
        = db.prepare(QStringLiteral("DELETE FROM fields WHERE table_name = 'customers' AND name = ?"), error);
    catalog.bind(1, name);
    if (!catalog.run()) {
        *error = catalog.errorMessage();
        return false;
    }
    if (db.columnNames(QStringLiteral("customers")).contains(name)
        && !db.exec(QStringLiteral("ALTER TABLE customers DROP COLUMN %1").arg(q(name)), error))
        return false;
    return transaction.commit(error);
}

bool OrderDerivedFields::recompute(Database& db, QString* error)
{
    const QList<OrderDerivedField> fields = load(db);
    if (fields.isEmpty())
        return true;
    QString reason;
    const auto s = sources(db, &reason);
    if (!s)
        return true; // nothing to derive from (OrdersAggregator says why where it matters)
    for (const OrderDerivedField& field : fields) {
        if (!compute(db, *s, field, error))
            return false;
    }
    return true;
}

} // namespace swb
