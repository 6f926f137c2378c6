#include "model/analytics/storekpis.h"

#include <sqlite3.h>

#include <bit>
#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace swb {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

// Calls `visit(row)` for each row set in `rows` (every row when null), in ascending order: the order of the SQL.
template<typename Visit>
void forEachRow(const Bitset* rows, qint64 rowCount, Visit visit)
{
    if (!rows) {
        for (qint64 row = 0; row < rowCount; ++row)
            visit(row);
        return;
    }
    const quint64* words = rows->words();
    for (qint64 w = 0; w < rows->wordCount(); ++w) {
        for (quint64 word = words[w]; word != 0; word &= word - 1)
            visit((w << 6) + std::countr_zero(word));
    }
}

int digits(std::string_view text, size_t from, size_t count)
{
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// The julian day of date(text) for the common forms whose date() is plainly their first ten characters:
// "YYYY-MM-DD" with a real calendar date, optionally followed by " HH:MM", ":SS" and ".fff" (or "T" instead of the
// space) with the time in range and no time zone. Everything else is left to SQLite.
std::optional<qint64> plainJulianDay(std::string_view text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return std::nullopt;
    if (text.size() > 10) {
        if ((text[10] != ' ' && text[10] != 'T') || text.size() < 16 || text[13] != ':')
            return std::nullopt;
        if (digits(text, 11, 2) < 0 || digits(text, 11, 2) > 23 || digits(text, 14, 2) < 0 || digits(text, 14, 2) > 59)
            return std::nullopt;
        if (text.size() > 16) {
            if (text.size() < 19 || text[16] != ':' || digits(text, 17, 2) < 0 || digits(text, 17, 2) > 59)
                return std::nullopt;
            if (text.size() > 19 && (text[19] != '.' || text.size() == 20 || digits(text, 20, text.size() - 20) < 0))
                return std::nullopt;
        }
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date.toJulianDay();
}

// SQLite's julianday(date(?)) on a private in-memory connection, for the values plainJulianDay leaves out.
class SqliteJulian
{
public:
    SqliteJulian()
    {
        if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK)
            sqlite3_prepare_v2(m_db, "SELECT julianday(date(?1))", -1, &m_stmt, nullptr);
    }
    ~SqliteJulian()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    SqliteJulian(const SqliteJulian&) = delete;
    SqliteJulian& operator=(const SqliteJulian&) = delete;

    template<typename Bind>
    double julian(Bind bind)
    {
        if (!m_stmt)
            return s_nan;
        sqlite3_reset(m_stmt);
        bind(m_stmt);
        if (sqlite3_step(m_stmt) != SQLITE_ROW || sqlite3_column_type(m_stmt, 0) == SQLITE_NULL)
            return s_nan;
        return sqlite3_column_double(m_stmt, 0);
    }
    double ofText(std::string_view text)
    {
        return julian(
            [&](sqlite3_stmt* stmt) { sqlite3_bind_text(stmt, 1, text.data(), int(text.size()), SQLITE_STATIC); });
    }
    double ofInteger(qint64 value)
    {
        return julian([&](sqlite3_stmt* stmt) { sqlite3_bind_int64(stmt, 1, value); });
    }
    double ofReal(double value)
    {
        return julian([&](sqlite3_stmt* stmt) { sqlite3_bind_double(stmt, 1, value); });
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace

StoreKpis::StoreKpis(const ColumnStore& store)
    : m_store(store)
{
    m_fields = KpiCalculator::findFields(store.fields(), &m_unavailable);
    m_revenue.column = usable(m_fields.revenue);
    m_orders.column = usable(m_fields.orders);
    m_churn.column = usable(m_fields.churn);
    m_nps.column = usable(m_fields.nps);
    m_predictedClv.column = usable(m_fields.predictedClv);
    if (const ColumnStore::Column* last = usable(m_fields.lastPurchase))
        readLastPurchase(*last);
}

const ColumnStore::Column* StoreKpis::usable(const std::optional<FieldInfo>& field)
{
    if (!field)
        return nullptr;
    const ColumnStore::Column* column = m_store.column(field->name);
    if (column && column->storage != ColumnStore::Storage::Irregular)
        return column;
    m_irregular << field->name;
    m_unavailable << tr("KPIs on \"%1\" (the column holds values of mixed types: %2)")
                         .arg(field->name, column ? column->irregularReason : tr("not loaded"));
    return nullptr;
}

void StoreKpis::readLastPurchase(const ColumnStore::Column& column)
{
    m_lastPurchase = &column;
    SqliteJulian sqlite;
    if (column.storage == ColumnStore::Storage::Text) {
        m_julianByCode = true;
        const qint64 size = column.dictionary.size();
        m_julian.resize(size_t(size) + 1, s_nan);
        for (qint64 code = 0; code < size; ++code) {
            const std::string_view text = column.dictionary.at(code);
            const auto day = plainJulianDay(text);
            m_julian[size_t(code)] = day ? double(*day) - 0.5 : sqlite.ofText(text);
        }
        return;
    }
    // A number is a julian day number to date(): rare enough to ask SQLite once per distinct value (whole numbers
    // beyond 2^53, which may share a double, are far outside date()'s range).
    std::unordered_map<double, double> known;
    m_julian.resize(size_t(m_store.rowCount()), s_nan);
    for (qint64 row = 0; row < m_store.rowCount(); ++row) {
        if (!column.valid.test(row))
            continue;
        const bool integer = column.storage == ColumnStore::Storage::Integer;
        const double value = integer ? double(column.integers[size_t(row)]) : column.reals[size_t(row)];
        auto found = known.find(value);
        if (found == known.end()) {
            const double julian
                = integer ? sqlite.ofInteger(column.integers[size_t(row)]) : sqlite.ofReal(column.reals[size_t(row)]);
            found = known.insert_or_assign(value, julian).first;
        }
        m_julian[size_t(row)] = found->second;
    }
}

double StoreKpis::lastJulian(qint64 row) const
{
    return m_julianByCode ? m_julian[m_lastPurchase->codes[size_t(row)]] : m_julian[size_t(row)];
}

QStringList StoreKpis::unavailable() const
{
    return m_unavailable;
}

KpiSet StoreKpis::compute(const QString& name, const Bitset* rows, const QDate& asOfDate) const
{
    Q_ASSERT(!rows || rows->size() == m_store.rowCount());
    const double asOfJulian = KpiCalculator::julianMidnight(asOfDate);
    KpiInputs inputs;
    inputs.size = rows ? rows->count() : m_store.rowCount();
    auto reserve = [&](const void* column, std::vector<double>& values) {
        if (column)
            values.reserve(size_t(inputs.size));
    };
    reserve(m_revenue.column, inputs.revenue);
    reserve(m_orders.column, inputs.orders);
    reserve(m_lastPurchase, inputs.recency);
    reserve(m_churn.column, inputs.churn);
    reserve(m_nps.column, inputs.nps);
    reserve(m_predictedClv.column, inputs.predictedClv);
    forEachRow(rows, m_store.rowCount(), [&](qint64 row) {
        if (m_revenue.column)
            inputs.revenue.push_back(m_revenue.at(row));
        if (m_orders.column)
            inputs.orders.push_back(m_orders.at(row));
        if (m_lastPurchase) {
            const double last = lastJulian(row);
            inputs.recency.push_back(std::isnan(last) ? s_nan : asOfJulian - last);
        }
        if (m_churn.column)
            inputs.churn.push_back(m_churn.at(row));
        if (m_nps.column)
            inputs.nps.push_back(m_nps.at(row));
        if (m_predictedClv.column)
            inputs.predictedClv.push_back(m_predictedClv.at(row));
    });
    return KpiCalculator::fromInputs(name, presentFields(), inputs);
}

KpiFields StoreKpis::presentFields() const
{
    // An Irregular column's KPIs stay unavailable: its field is left out as if its role were missing.
    KpiFields fields = m_fields;
    auto keep = [](std::optional<FieldInfo>& field, const void* column) {
        if (!column)
            field.reset();
    };
    keep(fields.revenue, m_revenue.column);
    keep(fields.orders, m_orders.column);
    keep(fields.lastPurchase, m_lastPurchase);
    keep(fields.churn, m_churn.column);
    keep(fields.nps, m_nps.column);
    keep(fields.predictedClv, m_predictedClv.column);
    return fields;
}

} // namespace swb
