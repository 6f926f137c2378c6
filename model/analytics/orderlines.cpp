#include "model/analytics/orderlines.h"

#include "analysis/kpimath.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/textinterner.h"
#include "model/import/ordersaggregator.h"

#include <sqlite3.h>

#include <QHashFunctions>

#include <algorithm>
#include <array>
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
        m_key = key;
        const qint64 rows = store.rowCount();
        if (m_text) {
            m_rowOfCode.assign(size_t(key->dictionary.size()), -1);
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
            const qint64 code = codeOf(std::string_view(text, size_t(sqlite3_column_bytes(stmt, column))));
            return code < 0 ? -1 : m_rowOfCode[size_t(code)];
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
    // The key's dictionary code (-1: none). Exports usually list a customer's lines together and often in key
    // order: the last code and the next one are tried first; the hash table of all keys is built on the first miss.
    qint64 codeOf(std::string_view text)
    {
        const TextDictionary& dictionary = m_key->dictionary;
        for (const qint64 code : {m_lastCode, m_lastCode + 1}) {
            if (code >= 0 && code < dictionary.size() && dictionary.at(code) == text)
                return m_lastCode = code;
        }
        if (!m_hashed) {
            m_hashed = true;
            m_interner = TextInterner(size_t(dictionary.size()) * 2);
            for (qint64 code = 0; code < dictionary.size(); ++code)
                m_interner.add(dictionary.at(code)); // ids = codes: the dictionary holds each text once
        }
        const quint32 id = m_interner.add(text);
        if (id >= quint64(dictionary.size()))
            return -1;
        return m_lastCode = qint64(id);
    }

    qint32 find(qint64 value) const
    {
        const auto it = m_rowOfInteger.find(value);
        return it == m_rowOfInteger.end() ? -1 : it->second;
    }

    bool m_text = true;
    const ColumnStore::Column* m_key = nullptr;
    qint64 m_lastCode = -1;
    bool m_hashed = false;
    TextInterner m_interner;
    std::vector<qint32> m_rowOfCode;
    std::unordered_map<qint64, qint32> m_rowOfInteger;
};

struct RawLine
{
    qint32 day;
    quint32 row;
    quint32 order; // OrderMatcher's provisional number until OrderMatcher::finish()
    quint8 flags;
    qint64 units;
};

// Orders as the import groups them: by customer, then by order id as GROUP BY compares values (NULL one group,
// numbers by value, texts and blobs by bytes). The ids are collected while reading and numbered afterwards in 256
// partitions by hash, whose tables stay in the cache: one table over millions of ids costs a cache miss per line.
class OrderMatcher
{
public:
    explicit OrderMatcher(qint64 expected)
    {
        m_pending.reserve(size_t(std::clamp<qint64>(expected, 0, qint64(1) << 28)));
    }

    // The provisional order of a line read now (lines come in the order they are kept).
    quint32 add(quint32 row, sqlite3_stmt* stmt, int column)
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
        // The lines of one order usually follow each other.
        if (row == m_lastRow && m_tag == m_last)
            return s_same;
        m_last = m_tag;
        m_lastRow = row;
        const quint64 hash = quint64(qHashBits(m_tag.data(), m_tag.size(), row));
        m_pending.push_back(Pending{hash, row, quint32(m_tag.size()), quint64(m_arena.size())});
        m_arena.insert(m_arena.end(), m_tag.begin(), m_tag.end());
        return quint32(m_pending.size() - 1);
    }

    // Numbers the orders and gives each line its number; returns the number of orders.
    quint32 finish(std::vector<RawLine>& raw)
    {
        const size_t n = m_pending.size();
        std::vector<quint32> numbers(n);
        std::vector<quint32> byPartition(n);
        std::array<size_t, 257> start{};
        for (const Pending& p : m_pending)
            ++start[size_t(p.hash >> 56) + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        {
            std::array<size_t, 256> at{};
            std::copy(start.begin(), start.end() - 1, at.begin());
            for (size_t i = 0; i < n; ++i)
                byPartition[at[size_t(m_pending[i].hash >> 56)]++] = quint32(i);
        }
        quint32 next = 0;
        std::vector<quint32> table;
        for (size_t part = 0; part < 256; ++part) {
            const size_t count = start[part + 1] - start[part];
            size_t capacity = 16;
            while (capacity < count * 2)
                capacity *= 2;
            table.assign(capacity, 0); // pending index + 1
            const size_t mask = capacity - 1;
            for (size_t k = start[part]; k < start[part + 1]; ++k) {
                const quint32 i = byPartition[k];
                const Pending& p = m_pending[i];
                size_t slot = size_t(p.hash) & mask;
                while (table[slot] != 0 && !same(m_pending[table[slot] - 1], p))
                    slot = (slot + 1) & mask;
                if (table[slot] == 0) {
                    table[slot] = i + 1;
                    numbers[i] = next++;
                } else {
                    numbers[i] = numbers[table[slot] - 1];
                }
            }
        }
        for (size_t i = 0; i < raw.size(); ++i)
            raw[i].order = raw[i].order == s_same ? raw[i - 1].order : numbers[raw[i].order];
        return next;
    }

private:
    static constexpr quint32 s_same = 0xFFFFFFFFU; // the order of the line before

    struct Pending
    {
        quint64 hash;
        quint32 row;
        quint32 size;
        quint64 offset; // of the id's bytes in m_arena
    };

    bool same(const Pending& a, const Pending& b) const
    {
        return a.hash == b.hash && a.row == b.row && a.size == b.size
            && std::memcmp(m_arena.data() + a.offset, m_arena.data() + b.offset, a.size) == 0;
    }

    std::vector<Pending> m_pending;
    std::vector<char> m_arena;
    std::string m_tag;
    std::string m_last;
    quint32 m_lastRow = 0xFFFFFFFFU;
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
            line.order = orders.add(quint32(row), stmt, 3);
        minDay = std::min(minDay, day);
        maxDay = std::max(maxDay, day);
        raw.push_back(line);
    }
    if (raw.empty()) {
        lines.orderCount = 0;
        return lines;
    }
    if (lines.hasOrderIds)
        lines.orderCount = orders.finish(raw);
    sortByDay(raw, minDay, maxDay, &lines);
    if (progress)
        progress(100);
    return lines;
}

} // namespace swb
