// Derives the per-customer purchase fields (orders count, revenue, first/last purchase, average order value) from
// `orders`.
#pragma once

#include "model/field.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb {

class Database;

class OrdersAggregator
{
    Q_DECLARE_TR_FUNCTIONS(swb::OrdersAggregator)

public:
    // Inside the caller's transaction: (re)computes the derived columns of `customers` from `orders` and marks them
    // `derived` in `fields` with their roles (taking the role from any imported column that had it). Creates
    // `customers` (key only) when there is none, and a row for every customer key that appears only in `orders`.
    //   orders_count: distinct order ids whose lines add up to more than zero; without an order id column, rows.
    //   total_revenue: sum of all lines (cancellations and negative lines included); 0 without orders.
    //   first/last_purchase_date: earliest/latest date (YYYY-MM-DD) of a line with a positive amount.
    //   avg_order_value: total_revenue / orders_count; NULL when orders_count is 0.
    // A line's amount is the amount column, or quantity × unit price. Does nothing when `orders` or its customer key
    // is missing, or when `customers` exists without a customer key (then there is nothing to join on).
    static bool recompute(Database& db, qint64* customersCreated, QString* error);

    // A line's amount as SQL over `orders`: the amount column, or quantity × unit price; empty when the catalog of
    // `orders` (`orderFields`) has neither.
    static QString amountExpression(const QList<FieldInfo>& orderFields);
};

} // namespace swb
