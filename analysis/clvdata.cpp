#include "analysis/clvdata.h"

#include "analysis/kpimath.h"

#include <algorithm>

namespace swb {

qint64 ClvData::repeatCustomers() const
{
    return std::count_if(customers.begin(), customers.end(), [](const ClvCustomer& c) { return c.x > 0; });
}

namespace {

struct Transaction
{
    qint64 customer;
    qint64 day;
    double amount;
};

// Sums each customer's lines per day; days with a negative sum are counted and dropped.
std::vector<Transaction> transactionsOf(std::vector<ClvOrderLine>& lines, qint64* negativeDays)
{
    std::sort(lines.begin(), lines.end(), [](const ClvOrderLine& l, const ClvOrderLine& r) {
        return l.customer != r.customer ? l.customer < r.customer : l.day < r.day;
    });
    std::vector<Transaction> out;
    for (std::size_t i = 0; i < lines.size();) {
        MoneySum sum;
        std::size_t j = i;
        for (; j < lines.size() && lines[j].customer == lines[i].customer && lines[j].day == lines[i].day; ++j)
            sum.add(lines[j].amount);
        if (sum.value() < 0)
            ++*negativeDays;
        else
            out.push_back({lines[i].customer, lines[i].day, sum.value()});
        i = j;
    }
    return out;
}

} // namespace

ClvData ClvDataBuilder::summarise(std::vector<ClvOrderLine> lines, qint64 calibrationEndDay)
{
    ClvData data;
    data.calibrationEndDay = calibrationEndDay;
    const std::vector<Transaction> transactions = transactionsOf(lines, &data.negativeDays);
    data.transactions = qint64(transactions.size());
    if (!transactions.empty()) {
        data.firstDay = transactions.front().day;
        data.lastDay = transactions.front().day;
    }
    for (std::size_t i = 0; i < transactions.size();) {
        std::size_t j = i;
        ClvCustomer c;
        c.customer = transactions[i].customer;
        c.firstDay = transactions[i].day;
        double repeatSum = 0;
        for (; j < transactions.size() && transactions[j].customer == c.customer; ++j) {
            const Transaction& t = transactions[j];
            data.firstDay = std::min(data.firstDay, t.day);
            data.lastDay = std::max(data.lastDay, t.day);
            if (t.day > calibrationEndDay) {
                ++c.holdoutTransactions;
                c.holdoutAmount += t.amount;
            } else if (j > i) {
                ++c.x;
                c.tx = double(t.day - c.firstDay) / 7;
                repeatSum += t.amount;
            }
        }
        i = j;
        if (c.firstDay > calibrationEndDay) {
            ++data.customersAfterCalibration;
            continue;
        }
        c.T = double(calibrationEndDay - c.firstDay) / 7;
        c.mx = c.x > 0 ? repeatSum / c.x : 0;
        data.customers.push_back(c);
    }
    data.holdoutWeeks = std::max<qint64>(0, data.lastDay - calibrationEndDay) / 7.0;
    return data;
}

} // namespace swb
