#include "model/filter/orderruleevaluator.h"

#include "model/filter/filterevaluator.h"

#include <algorithm>
#include <limits>
#include <thread>
#include <variant>

namespace swb {

namespace {

// A measure as SQLite holds it: an integer, a real, a text, or NULL.
struct Measure
{
    enum class Kind { Null, Integer, Real, Text } kind = Kind::Null;
    qint64 integer = 0;
    double real = 0.0;
    QByteArray text;
};

Measure bound(const FilterValue& value)
{
    if (const auto* integer = std::get_if<qint64>(&value))
        return {Measure::Kind::Integer, *integer, 0.0, {}};
    if (const auto* real = std::get_if<double>(&value))
        return {Measure::Kind::Real, 0, *real, {}};
    return {Measure::Kind::Text, 0, 0.0, std::get<QString>(value).toUtf8()};
}

// SQLite's order of two values without affinity: numbers (by value) before texts (by bytes).
int compare(const Measure& a, const Measure& b)
{
    const bool aText = a.kind == Measure::Kind::Text;
    const bool bText = b.kind == Measure::Kind::Text;
    if (aText != bText)
        return aText ? 1 : -1;
    if (aText) {
        const int order = a.text.compare(b.text); // bytes, as SQLite's BINARY
        return order < 0 ? -1 : (order > 0 ? 1 : 0);
    }
    if (a.kind == Measure::Kind::Integer && b.kind == Measure::Kind::Integer)
        return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
    const auto number = [](const Measure& m) {
        return m.kind == Measure::Kind::Integer ? (long double)m.integer : (long double)m.real;
    };
    const long double left = number(a);
    const long double right = number(b);
    return left < right ? -1 : (left > right ? 1 : 0);
}

// The comparison of the rule on a measure: 1 true, 0 false, -1 unknown (a NULL measure).
int holds(const Measure& measure, FilterOperator op, const std::vector<Measure>& bounds)
{
    if (measure.kind == Measure::Kind::Null || bounds.empty())
        return -1;
    const int order = compare(measure, bounds[0]);
    switch (op) {
    case FilterOperator::Equal:
        return order == 0;
    case FilterOperator::NotEqual:
        return order != 0;
    case FilterOperator::Less:
        return order < 0;
    case FilterOperator::Greater:
        return order > 0;
    case FilterOperator::LessOrEqual:
        return order <= 0;
    case FilterOperator::GreaterOrEqual:
        return order >= 0;
    case FilterOperator::Between:
    case FilterOperator::NotBetween: {
        if (bounds.size() < 2)
            return -1;
        const bool inside = order >= 0 && compare(measure, bounds[1]) <= 0;
        return op == FilterOperator::Between ? inside : !inside;
    }
    default:
        return -1;
    }
}

// Distinct non-NULL values of a column among some lines, as count(DISTINCT …) counts them.
class DistinctCounter
{
public:
    explicit DistinctCounter(const ColumnStore::Column* column)
        : m_column(column)
    { }
    bool supported() const
    {
        return m_column
            && (m_column->storage == ColumnStore::Storage::Text || m_column->storage == ColumnStore::Storage::Integer
                || m_column->storage == ColumnStore::Storage::Real);
    }
    void add(qint32 line)
    {
        if (!m_column->valid.test(line))
            return;
        switch (m_column->storage) {
        case ColumnStore::Storage::Text:
            m_integers.push_back(qint64(m_column->codes[size_t(line)]));
            break;
        case ColumnStore::Storage::Integer:
            m_integers.push_back(m_column->integers[size_t(line)]);
            break;
        default:
            m_reals.push_back(m_column->reals[size_t(line)]);
            break;
        }
    }
    qint64 takeCount()
    {
        std::sort(m_integers.begin(), m_integers.end());
        std::sort(m_reals.begin(), m_reals.end());
        const qint64 count = qint64(std::unique(m_integers.begin(), m_integers.end()) - m_integers.begin())
            + qint64(std::unique(m_reals.begin(), m_reals.end()) - m_reals.begin());
        m_integers.clear();
        m_reals.clear();
        return count;
    }

private:
    const ColumnStore::Column* m_column;
    std::vector<qint64> m_integers;
    std::vector<double> m_reals;
};

// Whether the rule selects a customer with `lines` matching lines whose comparison gave `result` (1, 0, -1 unknown),
// as the compiler's SQL: in the set of customers whose lines satisfy the comparison; or, when a customer without
// lines satisfies it, not in the set of those whose lines fail it.
bool selectedBy(const ResolvedOrders& orders, qint64 lines, int result)
{
    return orders.matchesWithoutLines ? !(lines > 0 && result == 0) : (lines > 0 && result == 1);
}

// The first set bit of `bits` in [from, to), or `to`.
qint64 nextSetBit(const Bitset& bits, qint64 from, qint64 to)
{
    if (from >= to)
        return to;
    const quint64* words = bits.words();
    qint64 word = from >> 6;
    quint64 current = words[word] & (~quint64(0) << (from & 63));
    const qint64 lastWord = (to - 1) >> 6;
    while (current == 0) {
        if (++word > lastWord)
            return to;
        current = words[word];
    }
    const qint64 found = (word << 6) + qint64(__builtin_ctzll(current));
    return std::min(found, to);
}

// One customer's measure over their matching lines, and whether the rule selects them.
class Aggregator
{
public:
    Aggregator(const OrderStore& store, const Bitset& matching, const ResolvedOrders& orders, const ResolvedRule& rule,
               const ColumnStore::Column* distinctColumn, bool byOrder)
        : m_store(store)
        , m_matching(matching)
        , m_orders(orders)
        , m_rule(rule)
        , m_distinct(distinctColumn)
        , m_byOrder(byOrder)
        , m_positiveOrders(!orders.amount.isEmpty())
    {
        for (const FilterValue& value : rule.values)
            m_bounds.push_back(bound(value));
    }

    bool selects(qint64 row)
    {
        const qint64 first = m_store.customerStart[size_t(row)];
        const qint64 last = m_store.customerStart[size_t(row) + 1];
        qint64 lines = 0;
        Measure measure;
        switch (m_orders.measure) {
        case OrderMeasure::Count:
            measure.kind = Measure::Kind::Integer;
            measure.integer = m_byOrder ? orders(first, last, &lines) : (lines = matchingLines(first, last));
            break;
        case OrderMeasure::Sum: {
            qint64 units = 0;
            for (qint64 at = first; at < last; ++at) {
                if (matches(at)) {
                    ++lines;
                    units += m_store.units[size_t(at)];
                }
            }
            measure = {Measure::Kind::Real, 0, double(units) / 1000000.0, {}};
            break;
        }
        case OrderMeasure::Distinct:
            for (qint64 at = first; at < last; ++at) {
                if (matches(at)) {
                    ++lines;
                    m_distinct.add(qint32(at));
                }
            }
            measure = {Measure::Kind::Integer, m_distinct.takeCount(), 0.0, {}};
            break;
        case OrderMeasure::FirstDate:
        case OrderMeasure::LastDate: {
            const bool earliest = m_orders.measure == OrderMeasure::FirstDate;
            qint32 found = -1;
            for (qint64 at = first; at < last; ++at) {
                if (!matches(at))
                    continue;
                ++lines;
                const qint32 day = m_store.positiveDay[size_t(at)];
                if (day >= 0 && (found < 0 || (earliest ? day < found : day > found)))
                    found = day;
            }
            if (found >= 0)
                measure = {Measure::Kind::Text, 0, 0.0, m_store.positiveDays[size_t(found)]};
            break;
        }
        }
        const int result = lines > 0 ? holds(measure, m_rule.op, m_bounds) : -1;
        return selectedBy(m_orders, lines, result);
    }

private:
    // The line matches the "where" and lies in the window.
    bool matches(qint64 at) const { return m_matching.test(at); }

    qint64 matchingLines(qint64 first, qint64 last) const
    {
        qint64 lines = 0;
        for (qint64 at = first; at < last; ++at)
            lines += matches(at) ? 1 : 0;
        return lines;
    }

    // Orders among the matching lines (grouped by order id), counting only those that add up to more than 0 when
    // the lines have amounts.
    qint64 orders(qint64 first, qint64 last, qint64* lines) const
    {
        qint64 count = 0;
        bool open = false;
        quint64 order = 0;
        qint64 units = 0;
        bool hasUnits = false;
        const auto close = [&] {
            if (open && (!m_positiveOrders || (hasUnits && units > 0)))
                ++count;
        };
        for (qint64 at = first; at < last; ++at) {
            if (!matches(at))
                continue;
            ++*lines;
            const quint64 key = m_store.orderKey[size_t(at)];
            if (!open || key != order) {
                close();
                open = true;
                order = key;
                units = 0;
                hasUnits = false;
            }
            if (m_store.hasUnits[size_t(at)]) {
                units += m_store.units[size_t(at)];
                hasUnits = true;
            }
        }
        close();
        return count;
    }

    const OrderStore& m_store;
    const Bitset& m_matching;
    const ResolvedOrders& m_orders;
    const ResolvedRule& m_rule;
    DistinctCounter m_distinct;
    std::vector<Measure> m_bounds;
    bool m_byOrder;
    bool m_positiveOrders;
};

} // namespace

// A rule without "where" and window, from the totals OrderStore keeps per customer.
Truth OrderRuleEvaluator::overAllLines(const ResolvedRule& rule, bool byOrder) const
{
    const ResolvedOrders& orders = *rule.orders;
    const OrderStore& store = *m_store;
    std::vector<Measure> bounds;
    for (const FilterValue& value : rule.values)
        bounds.push_back(bound(value));
    const qint64 customers = qint64(store.customerStart.size()) - 1;
    Bitset selected(customers);
    Measure measure;
    for (qint64 row = 0; row < customers; ++row) {
        const qint64 lines = store.customerStart[size_t(row) + 1] - store.customerStart[size_t(row)];
        int result = -1;
        if (lines > 0) {
            switch (orders.measure) {
            case OrderMeasure::Count:
                measure.kind = Measure::Kind::Integer;
                measure.integer = byOrder ? qint64(store.allOrders[size_t(row)]) : lines;
                break;
            case OrderMeasure::Sum:
                measure.kind = Measure::Kind::Real;
                measure.real = double(store.allUnits[size_t(row)]) / 1000000.0;
                break;
            case OrderMeasure::FirstDate:
            case OrderMeasure::LastDate: {
                const qint32 day = orders.measure == OrderMeasure::FirstDate ? store.allFirstDay[size_t(row)]
                                                                             : store.allLastDay[size_t(row)];
                measure.kind = day >= 0 ? Measure::Kind::Text : Measure::Kind::Null;
                if (day >= 0)
                    measure.text = store.positiveDays[size_t(day)];
                break;
            }
            case OrderMeasure::Distinct:
                break;
            }
            result = holds(measure, rule.op, bounds);
        }
        if (selectedBy(orders, lines, result))
            selected.set(row);
    }
    return Truth::definite(std::move(selected));
}

OrderRuleEvaluator::OrderRuleEvaluator(std::shared_ptr<const OrderStore> store, FilterEvaluator* lines)
    : m_store(std::move(store))
    , m_lines(lines)
{ }

std::optional<Bitset> OrderRuleEvaluator::matchingLines(const ResolvedOrders& orders) const
{
    ResolvedGroup lines;
    lines.path = QStringLiteral("where");
    if (orders.where && !orders.where->children.empty())
        lines.children.push_back(ResolvedNode{*orders.where});
    const auto date = std::find_if(m_store->lines().fields().cbegin(), m_store->lines().fields().cend(),
                                   [&](const FieldInfo& field) { return field.name == orders.orderDate; });
    const auto bound = [&](const QDate& day, FilterOperator op) {
        if (date == m_store->lines().fields().cend())
            return false;
        ResolvedRule rule;
        rule.path = QStringLiteral("window");
        rule.op = op;
        rule.field = *date;
        rule.values = {FilterValue(day.toString(Qt::ISODate))};
        rule.key = QStringLiteral("@window %1 %2").arg(filterOperatorName(op), day.toString(Qt::ISODate));
        lines.children.push_back(ResolvedNode{std::move(rule)});
        return true;
    };
    // As the compiler writes the window: date >= first day, date < the day after the last (checked on the lines'
    // days when the store has them, see Aggregator).
    if (!m_store->day.empty()) {
        std::optional<Bitset> matching = select(lines);
        if (matching && (orders.firstDay.isValid() || orders.lastDay.isValid()))
            *matching &= window(orders.firstDay, orders.lastDay);
        return matching;
    }
    if (orders.firstDay.isValid() && !bound(orders.firstDay, FilterOperator::GreaterOrEqual))
        return std::nullopt;
    if (orders.lastDay.isValid() && !bound(orders.lastDay.addDays(1), FilterOperator::Less))
        return std::nullopt;
    return select(lines);
}

// The lines whose day lies in [first, last] (an invalid end is open; a NULL date lies in none), 64 at a time.
Bitset OrderRuleEvaluator::window(const QDate& first, const QDate& last) const
{
    const std::vector<qint32>& days = m_store->day;
    const qint64 n = qint64(days.size());
    const qint32 low = first.isValid() ? qint32(first.toJulianDay()) : 1;
    const qint32 high = last.isValid() ? qint32(last.toJulianDay()) : std::numeric_limits<qint32>::max();
    std::vector<quint64> words(size_t((n + 63) / 64), 0);
    for (qint64 word = 0; word < qint64(words.size()); ++word) {
        quint64 bits = 0;
        const qint64 begin = word * 64;
        const qint64 end = std::min(n, begin + 64);
        for (qint64 i = begin; i < end; ++i) {
            const qint32 day = days[size_t(i)];
            bits |= quint64(day >= low && day <= high) << (i - begin); // day 0 (NULL) is below every low
        }
        words[size_t(word)] = bits;
    }
    return Bitset::fromWords(std::move(words), n);
}

std::optional<Bitset> OrderRuleEvaluator::select(const ResolvedGroup& lines) const
{
    QString error;
    return m_lines->select(lines, &error);
}

std::optional<Truth> OrderRuleEvaluator::evaluate(const ResolvedRule& rule) const
{
    const ResolvedOrders& orders = *rule.orders;
    const OrderStore& store = *m_store;
    const bool byOrder = orders.measure == OrderMeasure::Count && !orders.orderId.isEmpty();
    if (byOrder && !store.hasOrderIds)
        return std::nullopt;
    const ColumnStore::Column* distinctColumn
        = orders.measure == OrderMeasure::Distinct ? store.lines().column(orders.distinctField.name) : nullptr;
    if (orders.measure == OrderMeasure::Distinct && !DistinctCounter(distinctColumn).supported())
        return std::nullopt;
    const bool everyLine
        = (!orders.where || orders.where->children.empty()) && !orders.firstDay.isValid() && !orders.lastDay.isValid();
    if (everyLine && orders.measure != OrderMeasure::Distinct)
        return overAllLines(rule, byOrder);
    const std::optional<Bitset> matching = matchingLines(orders);
    if (!matching)
        return std::nullopt;

    const qint64 customers = qint64(store.customerStart.size()) - 1;
    // A customer without matching lines is selected when the comparison holds for none (count = 0); only the
    // customers with matching lines are visited, found by the set bits of `matching`.
    Bitset selected(customers, orders.matchesWithoutLines);
    // Two halves at a word boundary, one per core: each sets only the bits of its own words.
    const qint64 middle = (customers / 2) & ~qint64(63);
    auto half = [&](qint64 from, qint64 to) {
        Aggregator aggregator(store, *matching, orders, rule, distinctColumn, byOrder);
        const qint64 end = store.customerStart[size_t(to)];
        for (qint64 at = nextSetBit(*matching, store.customerStart[size_t(from)], end); at < end;) {
            const qint64 row = store.customerRow[size_t(at)];
            if (aggregator.selects(row))
                selected.set(row);
            else
                selected.reset(row);
            at = nextSetBit(*matching, store.customerStart[size_t(row) + 1], end);
        }
    };
    if (customers >= 65536) {
        std::thread second(half, middle, customers);
        half(0, middle);
        second.join();
    } else {
        half(0, customers);
    }
    return Truth::definite(std::move(selected));
}

} // namespace swb
