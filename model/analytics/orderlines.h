// The dated order lines of a workspace in memory, for back-calculations: each line's customer row in a
// ColumnStore, its day, its order and its amount, sorted by day.
#pragma once

#include "analysis/jobcallbacks.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace swb {

class ColumnStore;
class Database;

struct OrderLines
{
    Q_DECLARE_TR_FUNCTIONS(swb::OrderLines)

public:
    enum Flag : quint8 {
        HasAmount = 1, // the amount is not NULL (it takes part in sums)
        Positive = 2, // the amount is > 0 as SQLite compares it (its line is a purchase for first/last dates)
    };

    // One entry per line, ascending by day (lines of one day in no particular order).
    std::vector<qint32> days; // QDate::toJulianDay()
    std::vector<quint32> rows; // the customer's row in the store the lines were matched with
    std::vector<quint32> orders; // the order (customer + order id) as an index < orderCount; empty without ids
    std::vector<qint64> units; // the amount in millionths (KpiMath::moneyDecimals places); 0 when NULL
    std::vector<quint8> flags; // Flag bits
    quint32 orderCount = 0;
    bool hasOrderIds = false; // false: every line counts as an order, as the import counts them then

    qint64 undatedLines = 0; // no date, or not a YYYY-MM-DD date: on or before no day, left out
    qint64 unmatchedLines = 0; // no customer key, or one that is not among the customers: left out
    quint64 storeVersion = 0; // ColumnStore::version() of the store whose rows `rows` names
    qint64 storeRows = 0;

    qint64 size() const { return qint64(days.size()); }
    QDate firstDay() const { return days.empty() ? QDate() : QDate::fromJulianDay(days.front()); }
    QDate lastDay() const { return days.empty() ? QDate() : QDate::fromJulianDay(days.back()); }
    qint64 memoryBytes() const;

    // The Julian day of a text that starts with a valid YYYY-MM-DD (the day part substr(date, 1, 10) keeps of a
    // date or a date and time); 0 when it does not.
    static qint32 dayOf(const char* text, qint64 size);

    // True when `db` has order lines with the columns the back-calculation needs (customer key, order date and an
    // amount); otherwise `*reason` says what is missing.
    static bool available(Database& db, QString* reason);

    // Reads `orders` in one pass (no ORDER BY: the lines are sorted here, by day) and matches each line's customer
    // key with the rows of `store` as the import joins them. Nothing on error or cancel. Amounts beyond ±10^12
    // (where money stops being added exactly) are refused.
    static std::optional<OrderLines> load(Database& db, const ColumnStore& store, QString* error,
                                          const CancelCheck& cancel = {}, const ProgressCallback& progress = {});
};

} // namespace swb
