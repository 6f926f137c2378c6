// The order-derived customer fields as of a date that only moves forward: the lines dated on or before it are added
// one by one in date order, with the rules of the import (OrdersAggregator), so that a whole trend costs one pass
// over the lines instead of one aggregation per point.
#pragma once

#include "analysis/kpimath.h"
#include "model/analytics/orderlines.h"
#include "model/filter/bitset.h"

#include <QDate>

#include <optional>
#include <vector>

namespace swb {

class AsOfAggregation
{
public:
    // `rowCount`: rows of the store the lines were matched with.
    AsOfAggregation(const OrderLines& lines, qint64 rowCount);

    // Adds the lines dated on or before `day` that are not added yet; `day` never goes back.
    void advanceTo(const QDate& day);
    QDate day() const { return m_day; }
    // The rows whose values the last advanceTo() may have changed: each once, ascending; and as a set.
    const std::vector<quint32>& touched() const { return m_touched; }
    const Bitset& changed() const { return m_changed; }

    // As OrdersAggregator derives them from the lines added so far:
    //   orders count: orders whose lines add up to more than 0 (without order ids: lines);
    //   revenue: the sum of all lines (0 without any);
    //   first/last purchase: the first/last day of a line with an amount > 0 (0: none);
    //   average order value: revenue / orders count, none when the count is 0.
    qint64 ordersCount(qint64 row) const { return m_customers[size_t(row)].count; }
    double revenue(qint64 row) const;
    qint32 firstPurchaseDay(qint64 row) const { return m_customers[size_t(row)].first; }
    qint32 lastPurchaseDay(qint64 row) const { return m_customers[size_t(row)].last; }
    std::optional<double> averageOrderValue(qint64 row) const;
    // The day of the customer's first dated line, whatever its amount (0: none).
    qint32 firstLineDay(qint64 row) const;

    qint64 rowCount() const { return qint64(m_customers.size()); }
    // Asks the processor for a row's state ahead of reading it (the touched rows are scattered).
    void prefetch(quint32 row) const { __builtin_prefetch(&m_customers[row]); }

private:
    // One customer's state in one place: the lines come in date order, so their customers are scattered.
    struct alignas(32) Customer
    {
        Int128 revenue = 0; // millionths
        qint32 count = 0;
        qint32 first = 0;
        qint32 last = 0;
    };
    struct Order
    {
        qint64 units = 0; // the sum of its amounts so far
        bool hasAmount = false; // a line with an amount was added (SQL's sum() is not NULL)
    };

    const OrderLines& m_lines;
    size_t m_next = 0;
    QDate m_day;
    std::vector<Customer> m_customers;
    std::vector<Order> m_orders;
    std::vector<quint32> m_touched;
    Bitset m_changed;
    mutable std::vector<qint32> m_firstLine; // computed on first use, from all lines
};

} // namespace swb
