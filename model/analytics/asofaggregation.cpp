#include "model/analytics/asofaggregation.h"

#include <algorithm>
#include <bit>

namespace swb {

AsOfAggregation::AsOfAggregation(const OrderLines& lines, qint64 rowCount)
    : m_lines(lines)
    , m_customers(size_t(rowCount))
    , m_orders(lines.hasOrderIds ? size_t(lines.orderCount) : 0)
    , m_changed(rowCount)
{ }

void AsOfAggregation::advanceTo(const QDate& day)
{
    Q_ASSERT(!m_day.isValid() || day >= m_day);
    m_day = day;
    const auto until = qint32(day.toJulianDay());
    const size_t n = m_lines.days.size();
    const qint32* days = m_lines.days.data();
    const quint32* rows = m_lines.rows.data();
    const qint64* units = m_lines.units.data();
    const quint8* flags = m_lines.flags.data();
    const quint32* orders = m_lines.orders.data();
    const bool byOrder = m_lines.hasOrderIds;
    quint64* changed = m_changed.words();
    std::fill_n(changed, m_changed.wordCount(), quint64(0));
    constexpr size_t ahead = 16; // the lines come in date order, so their customers and orders are scattered
    for (; m_next < n && days[m_next] <= until; ++m_next) {
        const size_t i = m_next;
        if (i + ahead < n) {
            __builtin_prefetch(&m_customers[rows[i + ahead]], 1);
            if (byOrder)
                __builtin_prefetch(&m_orders[orders[i + ahead]], 1);
        }
        Customer& customer = m_customers[rows[i]];
        changed[rows[i] >> 6] |= quint64(1) << (rows[i] & 63);
        const bool hasAmount = flags[i] & OrderLines::HasAmount;
        if (byOrder) {
            // An order counts while its total is above 0; a return can take it out again.
            Order& order = m_orders[orders[i]];
            const bool counted = order.hasAmount && order.units > 0;
            if (hasAmount) {
                order.units += units[i];
                order.hasAmount = true;
            }
            const bool counts = order.hasAmount && order.units > 0;
            customer.count += int(counts) - int(counted);
        } else {
            ++customer.count; // count(*): every line
        }
        if (hasAmount)
            customer.revenue += units[i];
        if (flags[i] & OrderLines::Positive) {
            if (customer.first == 0)
                customer.first = days[i];
            customer.last = days[i];
        }
    }
    m_touched.clear();
    m_touched.reserve(size_t(m_changed.count()));
    for (qint64 w = 0; w < m_changed.wordCount(); ++w) {
        for (quint64 word = changed[w]; word != 0; word &= word - 1)
            m_touched.push_back(quint32((w << 6) + std::countr_zero(word)));
    }
}

double AsOfAggregation::revenue(qint64 row) const
{
    // As MoneySum::value(): one correctly rounded division below 2^53 millionths.
    const Int128 units = m_customers[size_t(row)].revenue;
    const Int128 limit = Int128(1) << 53;
    const double value = (units < limit && units > -limit)
        ? double(qint64(units)) / 1e6
        : double(units / Int128(1000000)) + double(units % Int128(1000000)) / 1e6;
    return value == 0 ? 0.0 : value;
}

std::optional<double> AsOfAggregation::averageOrderValue(qint64 row) const
{
    const qint32 count = m_customers[size_t(row)].count;
    if (count <= 0)
        return std::nullopt;
    return revenue(row) / double(count);
}

qint32 AsOfAggregation::firstLineDay(qint64 row) const
{
    if (m_firstLine.empty()) {
        m_firstLine.assign(m_customers.size(), 0);
        for (size_t i = 0; i < m_lines.days.size(); ++i) {
            qint32& first = m_firstLine[m_lines.rows[i]];
            if (first == 0)
                first = m_lines.days[i]; // the lines are sorted by day
        }
    }
    return m_firstLine[size_t(row)];
}

} // namespace swb
