#include "model/filter/orderstore.h"

#include "model/analytics/orderlines.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/ordersaggregator.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <unordered_map>

namespace swb {

namespace {

// The order id of every line as a value class: the dictionary rank of a text column, a dense number for integers
// (NULL is a class of its own, as GROUP BY takes it). False when the column is held in another way.
bool orderKeys(const ColumnStore::Column& column, std::vector<quint64>* keys)
{
    const qint64 n = qint64(column.valid.size());
    keys->resize(size_t(n));
    if (column.storage == ColumnStore::Storage::Text) {
        for (qint64 i = 0; i < n; ++i)
            (*keys)[size_t(i)] = column.codes[size_t(i)];
        return true;
    }
    if (column.storage != ColumnStore::Storage::Integer)
        return false;
    std::unordered_map<qint64, quint64> numbers;
    const quint64 null = std::numeric_limits<quint64>::max();
    for (qint64 i = 0; i < n; ++i) {
        if (!column.valid.test(i)) {
            (*keys)[size_t(i)] = null;
            continue;
        }
        const auto [it, added] = numbers.try_emplace(column.integers[size_t(i)], numbers.size());
        (*keys)[size_t(i)] = it->second;
    }
    return true;
}

// The Julian day of each row's date, when every non-NULL value is a text that begins with a valid ISO day (0 for
// NULL); empty when one does not.
std::vector<qint32> isoDays(const ColumnStore::Column& column)
{
    if (column.storage != ColumnStore::Storage::Text)
        return {};
    std::vector<qint32> ofCode(size_t(column.dictionary.size()) + 1, 0);
    for (qint64 code = 0; code < column.dictionary.size(); ++code) {
        const std::string_view text = column.dictionary.at(code);
        const qint32 day = OrderLines::dayOf(text.data(), qint64(text.size()));
        // A text that begins with a valid YYYY-MM-DD compares with a 10-character day as its first 10 characters
        // do (a longer text is greater than its prefix), and those compare as the days.
        if (day == 0)
            return {};
        ofCode[size_t(code)] = day;
    }
    std::vector<qint32> days(column.codes.size());
    for (size_t i = 0; i < days.size(); ++i)
        days[i] = ofCode[column.codes[i]];
    return days;
}

} // namespace

std::shared_ptr<const OrderStore> OrderStore::load(Database& db, const ColumnStore& customers, QString* error,
                                                   const ColumnStore::Cancel& cancel)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::shared_ptr<const OrderStore>();
    };
    if (!db.tableExists(QStringLiteral("orders")))
        return fail(tr("The workspace has no orders."));
    const QList<FieldInfo> fields = FieldCatalog::load(db, QStringLiteral("orders"));
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    if (!key || customers.keyField().isEmpty())
        return fail(tr("The orders or the customers have no customer key column."));
    const auto date = FieldCatalog::findByRole(fields, FieldRole::OrderDate);
    const auto id = FieldCatalog::findByRole(fields, FieldRole::OrderId);
    const QString amount = OrdersAggregator::amountExpression(fields);

    QElapsedTimer timer;
    timer.start();
    auto store = std::make_shared<OrderStore>();
    std::unique_ptr<ColumnStore> lines
        = ColumnStore::loadTable(db, QStringLiteral("orders"), fields, QString(), error, cancel);
    if (!lines)
        return nullptr;
    const qint64 n = lines->rowCount();
    store->customerRow.assign(size_t(n), -1);
    store->units.assign(size_t(n), 0);
    store->hasUnits.assign(size_t(n), 0);
    store->positiveDay.assign(size_t(n), -1);

    // What the compiler's SQL aggregates, computed by SQLite with the same expressions, in the lines' rowid order.
    const QString units = amount.isEmpty() ? QStringLiteral("NULL")
                                           : QStringLiteral("CAST(round((%1) * 1000000) AS INTEGER)").arg(amount);
    const QString day
        = date ? QStringLiteral("substr(%1, 1, 10)").arg(quoteIdentifier(date->name)) : QStringLiteral("NULL");
    const QString positive = amount.isEmpty() ? day : QStringLiteral("CASE WHEN (%1) > 0 THEN %2 END").arg(amount, day);
    const QString sql
        = QStringLiteral("SELECT o.r, c.%1, o.u, o.p FROM (SELECT %2 AS r, %3 AS k, %4 AS u, %5 AS p FROM \"orders\") "
                         "AS o LEFT JOIN \"customers\" AS c ON c.%6 = o.k ORDER BY o.r")
              .arg(customers.rowIdName(), lines->rowIdName(), quoteIdentifier(key->name), units, positive,
                   quoteIdentifier(customers.keyField()));
    Statement statement = db.prepare(sql, error);
    if (!statement.isValid())
        return nullptr;
    std::map<QByteArray, std::vector<qint32>> days; // positive day -> its lines
    qint64 i = 0;
    const std::vector<qint64>& rowIds = lines->rowIds();
    sqlite3_stmt* stmt = statement.handle();
    while (statement.next()) {
        if (i >= n || statement.toInt64(0) != rowIds[size_t(i)])
            return fail(tr("The orders changed while they were read. Count again."));
        if (!statement.isNull(1)) {
            if (const auto row = customers.rowOfRowId(statement.toInt64(1)))
                store->customerRow[size_t(i)] = qint32(*row);
        }
        if (!statement.isNull(2)) {
            store->units[size_t(i)] = sqlite3_column_int64(stmt, 2);
            store->hasUnits[size_t(i)] = 1;
        }
        if (!statement.isNull(3))
            days[statement.toUtf8(3)].push_back(qint32(i));
        if ((++i & 65535) == 0 && cancel && cancel())
            return fail(tr("Loading was canceled."));
    }
    if (statement.failed())
        return fail(statement.errorMessage());
    if (i != n)
        return fail(tr("The orders changed while they were read. Count again."));
    for (const auto& [text, dayLines] : days) { // std::map: ascending bytes, as SQLite compares text
        for (const qint32 line : dayLines)
            store->positiveDay[size_t(line)] = qint32(store->positiveDays.size());
        store->positiveDays.push_back(text);
    }
    if (id) {
        if (const ColumnStore::Column* column = lines->column(id->name))
            store->hasOrderIds = orderKeys(*column, &store->orderKey);
    }

    // Lines grouped by customer row (a counting sort, stable in rowid order), then by order; the others last.
    const qint64 customerRows = customers.rowCount();
    store->customerStart.assign(size_t(customerRows) + 1, 0);
    for (const qint32 row : store->customerRow) {
        if (row >= 0)
            ++store->customerStart[size_t(row) + 1];
    }
    std::partial_sum(store->customerStart.begin(), store->customerStart.end(), store->customerStart.begin());
    std::vector<qint32> order(static_cast<size_t>(n));
    std::vector<qint64> next(store->customerStart.begin(), store->customerStart.end() - 1);
    qint64 unmatched = store->customerStart.back();
    for (qint64 line = 0; line < n; ++line) {
        const qint32 row = store->customerRow[size_t(line)];
        order[size_t(row >= 0 ? next[size_t(row)]++ : unmatched++)] = qint32(line);
    }
    if (store->hasOrderIds) {
        for (qint64 row = 0; row < customerRows; ++row) {
            auto first = order.begin() + store->customerStart[size_t(row)];
            auto last = order.begin() + store->customerStart[size_t(row) + 1];
            if (last - first > 1) {
                std::stable_sort(first, last, [&](qint32 a, qint32 b) {
                    return store->orderKey[size_t(a)] < store->orderKey[size_t(b)];
                });
            }
        }
    }
    const auto permute = [&](auto& values) {
        if (values.empty())
            return;
        std::remove_reference_t<decltype(values)> grouped(values.size());
        for (size_t i = 0; i < order.size(); ++i)
            grouped[i] = values[size_t(order[i])];
        values.swap(grouped);
    };
    permute(store->customerRow);
    permute(store->units);
    permute(store->hasUnits);
    permute(store->positiveDay);
    permute(store->orderKey);
    lines = lines->reordered(order);
    if (date) {
        if (const ColumnStore::Column* column = lines->column(date->name))
            store->day = isoDays(*column);
    }
    store->totals(amount.isEmpty());
    store->m_lines = std::move(lines);
    store->m_customersVersion = customers.version();
    if (qEnvironmentVariableIsSet("SWB_LOAD_PROFILE"))
        std::fprintf(stderr, "order store: %lld lines in %.0f ms\n", static_cast<long long>(n),
                     double(timer.nsecsElapsed()) / 1e6);
    return store;
}

void OrderStore::totals(bool withoutAmounts)
{
    const qint64 rows = qint64(customerStart.size()) - 1;
    allUnits.assign(size_t(rows), 0);
    allOrders.assign(size_t(rows), 0);
    allFirstDay.assign(size_t(rows), -1);
    allLastDay.assign(size_t(rows), -1);
    for (qint64 row = 0; row < rows; ++row) {
        qint64 units = 0;
        qint32 orders = 0;
        qint64 orderUnits = 0;
        bool orderHasUnits = false;
        for (qint64 at = customerStart[size_t(row)]; at < customerStart[size_t(row) + 1]; ++at) {
            units += this->units[size_t(at)];
            if (hasOrderIds) {
                const bool last
                    = at + 1 == customerStart[size_t(row) + 1] || orderKey[size_t(at) + 1] != orderKey[size_t(at)];
                orderUnits += this->units[size_t(at)];
                orderHasUnits = orderHasUnits || hasUnits[size_t(at)];
                if (last) {
                    orders += (withoutAmounts || (orderHasUnits && orderUnits > 0)) ? 1 : 0;
                    orderUnits = 0;
                    orderHasUnits = false;
                }
            }
            if (const qint32 day = positiveDay[size_t(at)]; day >= 0) {
                qint32& first = allFirstDay[size_t(row)];
                first = first < 0 ? day : std::min(first, day);
                allLastDay[size_t(row)] = std::max(allLastDay[size_t(row)], day);
            }
        }
        allUnits[size_t(row)] = units;
        allOrders[size_t(row)] = orders;
    }
}

} // namespace swb
