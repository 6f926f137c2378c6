// The order lines in memory for `@orders` rules: the `orders` table as columns (for the rules of a "where" and the
// window, evaluated like customer rules), and per line what the rules aggregate — the customer's row in the customers
// store, the amount in millionths and the day of a positive line, each computed by SQLite with the expressions the
// SQL compiler uses — with the lines grouped by customer (and by order within a customer).
#pragma once

#include "model/filter/columnstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace swb {

class Database;

class OrderStore
{
    Q_DECLARE_TR_FUNCTIONS(swb::OrderStore)

public:
    // Nothing (with the reason) when the workspace has no orders with a customer key, or on cancel. `customers` is
    // the store the rules' results are rows of.
    static std::shared_ptr<const OrderStore> load(Database& db, const ColumnStore& customers, QString* error,
                                                  const ColumnStore::Cancel& cancel = {});

    const ColumnStore& lines() const { return *m_lines; }
    std::shared_ptr<const ColumnStore> sharedLines() const { return m_lines; }
    qint64 lineCount() const { return m_lines->rowCount(); }
    quint64 customersVersion() const { return m_customersVersion; }

    // Per line (row of lines()). The lines are grouped by customer row, by order within a customer and in rowid order
    // within an order; the lines without a customer come last. Row r's lines are customerStart[r] … customerStart[r+1].
    std::vector<qint32> customerRow; // row in the customers store; -1: no customer key, or none of that key
    std::vector<qint64> units; // CAST(round(amount * 1000000) AS INTEGER); 0 where !hasUnits
    std::vector<quint8> hasUnits;
    std::vector<qint32> positiveDay; // index into positiveDays of substr(date, 1, 10) where amount > 0; -1: none
    std::vector<QByteArray> positiveDays; // ascending by bytes (SQLite's text order)
    std::vector<quint64> orderKey; // the order id's value class (equal ids, equal keys); only with hasOrderIds
    bool hasOrderIds = false;
    std::vector<qint64> customerStart; // size: customers + 1
    // The Julian day of the order date per line (0: NULL), when every date is held as text that begins with an ISO
    // day: then `date >= 'YYYY-MM-DD'` is `day >= that day`, and windows are checked on it. Empty otherwise.
    std::vector<qint32> day;
    // Per customer row, over all their lines (rules without "where" and window): the sum of units, the orders that
    // add up to more than 0 (with order ids; as the import counts them), the first and last positive day (or -1).
    std::vector<qint64> allUnits;
    std::vector<qint32> allOrders;
    std::vector<qint32> allFirstDay;
    std::vector<qint32> allLastDay;

private:
    void totals(bool withoutAmounts);

    std::shared_ptr<const ColumnStore> m_lines;
    quint64 m_customersVersion = 0;
};

} // namespace swb
