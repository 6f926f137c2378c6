#include "model/analytics/orderlines.h"

#include "analysis/kpimath.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/textinterner.h"
#include "model/import/ordersaggregator.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace swb {

namespace {

constexpr double s_exactLimit = 1e12; // KpiMath's limit of exact money sums
constexpr double s_moneyScale = 1e6; // 10^KpiMath::moneyDecimals
static_assert(KpiMath::moneyDecimals == 6);

// The customer row of an orders key, compared as the import's join compares it: the key is given the customers key
// column's affinity first (text: its decimal text; integer: its integer value).
class KeyMatcher
{
public:
    bool init(const ColumnStore& store, QString* error)
    {
        const ColumnStore::Column* key = store.keyField().isEmpty() ? nullptr : store.column(store.keyField());
        if (!key || (key->storage != ColumnStore::Storage::Text && key->storage != ColumnStore::Storage::Integer)) {
            *error = OrderLines::tr("The customers have no customer key column that holds only texts or only whole "
                                    "numbers, so their orders cannot be matched. Set the Customer key role on the "
                                    "column that identifies a customer.");
            return false;
        }
        m_text = key->storage == ColumnStore::Storage::Text;
        const qint64 rows = store.rowCount();
        if (m_text) {
            const qint64 distinct = key->dictionary.size();
            m_interner = TextInterner(size_t(distinct) * 2);
            for (qint64 code = 0; code < distinct; ++code)
                m_interner.add(key->dictionary.at(code)); // ids = codes: the dictionary holds each text once
            m_rowOfCode.assign(size_t(distinct), -1);
            for (qint64 row = 0; row < rows; ++row) {
                if (key->valid.test(row))
                    m_rowOfCode[key->codes[size_t(row)]] = qint32(row);
            }
        } else {
            m_rowOfInteger.reserve(size_t(rows));
            for (qint64 row = 0; row < rows; ++row) {
                if (key->valid.test(row))
                    m_rowOfInteger.emplace(key->integers[size_t(row)], qint32(row));
            }
        }
        return true;
    }

    // -1 when the key is NULL or matches no customer.
    qint32 row(sqlite3_stmt* stmt, int column)
    {
        const int type = sqlite3_column_type(stmt, column);
        if (type == SQLITE_NULL || type == SQLITE_BLOB)
            return -1;
        if (m_text) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
            const std::string_view key(text, size_t(sqlite3_column_bytes(stmt, column)));
            // Lines of one customer usually follow each other.
            if (m_lastRow >= 0 && key == std::string_view(m_last))
                return m_lastRow;
            const quint32 id = m_interner.add(key);
            m_last.assign(key);
            m_lastRow = id < m_rowOfCode.size() ? m_rowOfCode[id] : -1;
            return m_lastRow;
        }
        qint64 value = 0;
        if (type == SQLITE_INTEGER) {
            value = sqlite3_column_int64(stmt, column);
        } else {
            // INTEGER affinity: a real or a text that is a whole number becomes that integer.
            sqlite3_value* cell = sqlite3_column_value(stmt, column);
            if (type == SQLITE_TEXT && sqlite3_value_numeric_type(cell) == SQLITE_INTEGER)
                return find(sqlite3_value_int64(cell));
            const double d = sqlite3_column_double(stmt, column);
            if (std::floor(d) != d || std::fabs(d) >= 9.2e18
                || (type == SQLITE_TEXT && sqlite3_value_numeric_type(cell) != SQLITE_FLOAT))
                return -1;
            value = qint64(d);
        }
        return find(value);
    }

private:
    qint32 find(qint64 value) const
    {
        const auto it = m_rowOfInteger.find(value);
        return it == m_rowOfInteger.end() ? -1 : it->second;
    }

    bool m_text = true;
    TextInterner m_interner;
    std::vector<qint32> m_rowOfCode;
    std::unordered_map<qint64, qint32> m_rowOfInteger;
    std::string m_last;
    qint32 m_lastRow = -1;
};

// Orders as the import groups them: by customer, then by order id as GROUP BY compares values (NULL one group,
// numbers by value, texts and blobs by bytes).
class OrderMatcher
{
public:
    explicit OrderMatcher(qint64 expected)
        : m_ids(size_t(std::clamp<qint64>(expected, 1024, 1 << 28)))
    { }

    quint32 order(quint32 row, sqlite3_stmt* stmt, int column)
    {
        const int type = sqlite3_column_type(stmt, column);
        m_tag.clear();
        if (type == SQLITE_NULL) {
            m_tag.push_back('z');
        } else if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
            const double d = sqlite3_column_double(stmt, column);
            m_tag.push_back('n');
            if (type == SQLITE_INTEGER || (std::floor(d) == d && std::fabs(d) < 9.2e18)) {
                const qint64 i = type == SQLITE_INTEGER ? sqlite3_column_int64(stmt, column) : qint64(d);
                m_tag.append(reinterpret_cast<const char*>(&i), sizeof i);
            } else {
                m_tag.push_back('r');
                m_tag.append(reinterpret_cast<const char*>(&d), sizeof d);
            }
        } else {
            m_tag.push_back(type == SQLITE_TEXT ? 't' : 'b');
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, column));
            m_tag.append(bytes ? bytes : "", size_t(sqlite3_column_bytes(stmt, column)));
        }
        if (row == m_lastRow && m_tag == m_last)
            return m_lastOrder;
        const quint32 id = m_ids.add(m_tag);
        quint32 order = id;
        if (id == m_owner.size()) {
            m_owner.push_back(row);
        } else if (m_owner[id] != row) {
            // The same order id under another customer is another order.
            const auto [it, added] = m_shared.try_emplace((quint64(row) << 32) | id, 0);
            if (added)
                it->second = m_extra++;
            order = it->second;
        }
        m_last = m_tag;
        m_lastRow = row;
        m_lastOrder = order;
        return order;
    }

    // Orders beyond the ids' count are numbered from there on.
    void finish(OrderLines* lines)
    {
        const auto base = quint32(m_owner.size());
        for (quint32& order : lines->orders) {
            if (order >= s_extraBit)
                order = base + (order - s_extraBit);
        }
        lines->orderCount = base + (m_extra - s_extraBit);
    }

private:
    static constexpr quint32 s_extraBit = 0x80000000U;
    TextInterner m_ids;
    std::vector<quint32> m_owner; // the row of the first customer seen with each id
    std::unordered_map<quint64, quint32> m_shared;
    quint32 m_extra = s_extraBit;
    std::string m_tag;
    std::string m_last;
    quint32 m_lastRow = 0xFFFFFFFFU;
    quint32 m_lastOrder = 0;
};

struct RawLine
{
    qint32 day;
    quint32 row;
    quint32 order;
    quint8 flags;
    qint64 units;
};

// Counting sort by day into `lines`.
void sortByDay(std::vector<RawLine>& raw, qint32 minDay, qint32 maxDay, OrderLines* lines)
{
    std::vector<qint64> start(size_t(maxDay - minDay) + 2, 0);
    for (const RawLine& line : raw)
        ++start[size_t(line.day - minDay) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    const size_t n = raw.size();
    lines->days.resize(n);
    lines->rows.resize(n);
    lines->units.resize(n);
    lines->flags.resize(n);
    if (lines->hasOrderIds)
        lines->orders.resize(n);
    for (const RawLine& line : raw) {
        const auto at = size_t(start[size_t(line.day - minDay)]++);
        lines->days[at] = line.day;
        lines->rows[at] = line.row;
        lines->units[at] = line.units;
        lines->flags[at] = line.flags;
        if (lines->hasOrderIds)
            lines->orders[at] = line.order;
    }
}

} // namespace

qint32 OrderLines::dayOf(const char* text, qint64 size)
{
    if (!text || size < 10 || text[4] != '-' || text[7] != '-')
        return 0;
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year < 0 || month < 0 || day < 0)
        return 0;
    const QDate date(year, month, day);
    return date.isValid() ? qint32(date.toJulianDay()) : 0;
}

qint64 OrderLines::memoryBytes() const
{
    return qint64(days.capacity() * sizeof(qint32) + rows.capacity() * sizeof(quint32)
                  + orders.capacity() * sizeof(quint32) + units.capacity() * sizeof(qint64) + flags.capacity());
}

bool OrderLines::available(Database& db, QString* reason)
{
    if (!db.tableExists(QStringLiteral("orders"))) {
        *reason = tr("The workspace has no orders. Import an orders file (swb import FILE --kind orders) to see how "
                     "segments developed over time.");
        return false;
    }
    const QList<FieldInfo> fields = FieldCatalog::load(db, QStringLiteral("orders"));
    if (!FieldCatalog::findByRole(fields, FieldRole::CustomerKey)) {
        *reason = tr("The orders have no customer key column. Set the Customer key role on the orders column that "
                     "names the customer.");
        return false;
    }
    if (!FieldCatalog::findByRole(fields, FieldRole::OrderDate)) {
        *reason = tr("The orders have no order date column, so they cannot be placed in time. Set the Order date role "
                     "on the column with the order dates.");
        return false;
    }
    if (OrdersAggregator::amountExpression(fields).isEmpty()) {
        *reason = tr("The orders have no amount column, and no quantity and unit price columns. Set the Amount role "
                     "(or the Quantity and Unit price roles) on the orders' columns.");
        return false;
    }
    return true;
}

std::optional<OrderLines> OrderLines::load(Database& db, const ColumnStore& store, QString* error,
                                           const CancelCheck& cancel, const ProgressCallback& progress)
{
    if (!available(db, error))
        return std::nullopt;
    const QList<FieldInfo> fields = FieldCatalog::load(db, QStringLiteral("orders"));
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    const auto date = FieldCatalog::findByRole(fields, FieldRole::OrderDate);
    const auto orderId = FieldCatalog::findByRole(fields, FieldRole::OrderId);
    KeyMatcher keys;
    if (!keys.init(store, error))
        return std::nullopt;

    OrderLines lines;
    lines.hasOrderIds = orderId.has_value();
    lines.storeVersion = store.version();
    lines.storeRows = store.rowCount();
    const qint64 total = db.scalar(QStringLiteral("SELECT max(rowid) FROM orders")).toLongLong();
    db.exec("PRAGMA mmap_size = 1073741824");
    Statement statement = db.prepare(
        QStringLiteral("SELECT %1, %2, %3%4 FROM orders")
            .arg(quoteIdentifier(key->name), quoteIdentifier(date->name), OrdersAggregator::amountExpression(fields),
                 orderId ? QStringLiteral(", ") + quoteIdentifier(orderId->name) : QString()),
        error);
    if (!statement.isValid())
        return std::nullopt;
    sqlite3_stmt* stmt = statement.handle();
    OrderMatcher orders(lines.hasOrderIds ? total : 0);
    std::vector<RawLine> raw;
    raw.reserve(size_t(std::max<qint64>(total, 0)));
    qint32 minDay = std::numeric_limits<qint32>::max();
    qint32 maxDay = std::numeric_limits<qint32>::min();
    qint64 read = 0;
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            *error = tr("Cannot read the orders: %1").arg(statement.errorMessage());
            return std::nullopt;
        }
        if ((++read & 65535) == 0) {
            if (cancel && cancel()) {
                *error = tr("Reading the orders was canceled.");
                return std::nullopt;
            }
            if (progress && total > 0)
                progress(int(std::min<qint64>(99, read * 100 / total)));
        }
        const qint32 row = keys.row(stmt, 0);
        if (row < 0) {
            ++lines.unmatchedLines;
            continue;
        }
        const qint32 day = OrderLines::dayOf(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)),
                                             sqlite3_column_bytes(stmt, 1));
        if (day == 0) {
            ++lines.undatedLines;
            continue;
        }
        RawLine line{day, quint32(row), 0, 0, 0};
        const int amountType = sqlite3_column_type(stmt, 2);
        if (amountType != SQLITE_NULL) {
            const double amount = sqlite3_column_double(stmt, 2);
            if (!std::isfinite(amount) || std::fabs(amount) > s_exactLimit) {
                *error = tr("An order line has the amount %1, beyond the ±1,000,000,000,000 that amounts are added "
                            "up exactly to; the back-calculation does not take such amounts.")
                             .arg(amount);
                return std::nullopt;
            }
            line.units = std::llround(amount * s_moneyScale);
            line.flags = HasAmount;
            // SQLite's `amount > 0`: a text (or blob) is greater than any number.
            if (amountType == SQLITE_TEXT || amountType == SQLITE_BLOB || amount > 0)
                line.flags |= Positive;
        }
        if (lines.hasOrderIds)
            line.order = orders.order(quint32(row), stmt, 3);
        minDay = std::min(minDay, day);
        maxDay = std::max(maxDay, day);
        raw.push_back(line);
    }
    if (raw.empty()) {
        lines.orderCount = 0;
        return lines;
    }
    sortByDay(raw, minDay, maxDay, &lines);
    if (lines.hasOrderIds)
        orders.finish(&lines);
    if (progress)
        progress(100);
    return lines;
}

} // namespace swb
