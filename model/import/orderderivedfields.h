// Customer fields derived from an order column (issue 15, item 3): the last, first or most frequent value of the
// column on a customer's order lines, or the number of its distinct values — e.g. Country from an Online Retail
// export, where the country is an order column. Defined in the table `order_derived_fields`, computed into a column of
// `customers` (marked derived in `fields`) and refreshed at every orders import, with the import's other derived
// fields (OrdersAggregator::recompute). Usable like any customer field.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace swb {

class Database;

enum class OrderDerivation {
    Last, // the value on the customer's latest dated line that has one (lines without a date: file order)
    First, // the value on the earliest dated line that has one
    MostFrequent, // the value on most of the customer's orders (by order id, else by line); ties: the latest, then
                  // the smallest value
    DistinctCount, // the number of distinct non-empty values; 0 for a customer without orders
};

struct OrderDerivedField
{
    QString name; // the customers column
    QString source; // the orders column
    OrderDerivation kind = OrderDerivation::Last;
};

class OrderDerivedFields
{
    Q_DECLARE_TR_FUNCTIONS(swb::OrderDerivedFields)

public:
    static QString kindName(OrderDerivation kind); // "last" | "first" | "most_frequent" | "distinct_count"
    static std::optional<OrderDerivation> kindFromName(const QString& name);
    static QStringList kindNames();
    // The header a derived field gets, e.g. "Country (latest order)".
    static QString header(const QString& sourceHeader, OrderDerivation kind);

    // `NAME=KIND:COLUMN` (the form of `--derive`), or nothing with the reason.
    static std::optional<OrderDerivedField> parse(const QString& text, QString* error);

    static QList<OrderDerivedField> load(Database& db);

    // Defines (or redefines) a field and computes it, in one transaction. Refused with the reason when the orders
    // have no such column or no customer key, or when `name` is an imported customers column.
    static bool define(Database& db, const OrderDerivedField& field, QString* error);
    // Inside the caller's transaction (an import, after OrdersAggregator::recompute): stores and computes the
    // definitions, each checked as define() does.
    static bool store(Database& db, const QList<OrderDerivedField>& fields, QString* error);
    // Drops the definition and its column (in one transaction); false with the reason when there is no such field.
    static bool remove(Database& db, const QString& name, QString* error);

    // Inside the caller's transaction, once the customers have a row for every key in the orders: recomputes every
    // defined field. A field whose order column is gone is left empty (NULL, or 0 for a count).
    static bool recompute(Database& db, QString* error);
};

} // namespace swb
