// Per-customer summaries for the customer-value models (BG/NBD, Gamma-Gamma) from order lines.
#pragma once

#include <QtGlobal>

#include <vector>

namespace swb {

struct ClvOrderLine
{
    qint64 customer = 0;
    qint64 day = 0; // a day number (QDate::toJulianDay)
    double amount = 0;
};

// One customer whose first purchase is on or before the calibration end. Times are in weeks (days / 7) from
// the customer's first purchase.
struct ClvCustomer
{
    qint64 customer = 0;
    qint64 firstDay = 0;
    int x = 0; // repeat transactions up to and including the calibration end day
    double tx = 0; // time of the last repeat transaction (0 when x = 0)
    double T = 0; // time to the calibration end
    double mx = 0; // mean value of the repeat transactions (0 when x = 0)
    int holdoutTransactions = 0; // transactions after the calibration end
    double holdoutAmount = 0;
};

struct ClvData
{
    std::vector<ClvCustomer> customers; // by customer key
    qint64 calibrationEndDay = 0;
    qint64 firstDay = 0; // the earliest transaction
    qint64 lastDay = 0; // the latest transaction (the holdout ends here)
    double holdoutWeeks = 0; // (lastDay − calibrationEndDay) / 7, 0 when nothing is after the calibration end
    qint64 transactions = 0; // customer-days with a sum >= 0
    qint64 negativeDays = 0; // customer-days whose lines sum below 0: no transaction
    qint64 customersAfterCalibration = 0; // first purchase after the calibration end: left out

    qint64 repeatCustomers() const;
};

class ClvDataBuilder
{
public:
    // One transaction per customer and day (the day's amounts summed to the cent's millionth, see MoneySum);
    // a day whose sum is negative is no transaction, a zero sum is one.
    static ClvData summarise(std::vector<ClvOrderLine> lines, qint64 calibrationEndDay);
};

} // namespace swb
