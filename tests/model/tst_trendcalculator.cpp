// The as-of aggregation of the back-calculated trend: for several dates, the derived fields computed from the order
// lines in memory equal those the import derives from a file holding only the lines dated on or before that date
// (orders across the date, returns netting to zero, NULL amounts, undated lines; with and without order ids, with
// quantity × unit price); the base at each date; the period ends; sizes of a few definitions by hand.
#include "model/analytics/asofaggregation.h"
#include "model/analytics/orderlines.h"
#include "model/analytics/orderlinescache.h"
#include "model/analytics/trendcalculator.h"
#include "model/analytics/trendservice.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/segmentlookup.h"
#include "model/workspace.h"
#include "testsupport_import.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

const QByteArray s_customers("Customer ID,Country,Signup Date\n"
                             "A,DE,2024-01-01\n"
                             "B,AT,2024-03-15\n"
                             "C,DE,\n" // no signup date: in the base from the first order on
                             "D,FR,\n" // neither a signup date nor an order: in every period
                             "E,DE,2024-06-01\n"
                             "F,DE,\n"); // only an undated line: in every period too

// Order ID, customer, date, amount. O1 is bought and returned across 2024-01-31 (nets to 0; its lines are apart in
// the file); O2 has lines on both sides of 2024-02-29; O4 and O7 have no date; O6 has no amount; O5 is also the id of
// an order of E (another order).
const char* const s_lines[][4] = {
    {"O1", "A", "2024-01-10 10:00:00", "100"},
    {"O2", "A", "2024-02-20 12:00:00", "50.5"},
    {"O2", "A", "2024-03-02 12:00:00", "25.25"},
    {"O3", "B", "2024-03-20 08:00:00", "30.1"},
    {"O4", "B", "", "999"},
    {"O5", "C", "2024-02-14 00:00:00", "20"},
    {"O1", "A", "2024-02-05 09:00:00", "-100"},
    {"O6", "C", "2024-02-14 10:00:00", ""},
    {"O7", "F", "", "40"},
    {"O8", "C", "2024-05-31 23:59:59", "0.1"},
    {"O8", "C", "2024-06-01 00:00:00", "0.2"},
    {"O9", "A", "2024-03-31 00:00:00", "-5"},
    {"O5", "E", "2024-06-15 00:00:00", "-3"},
};

enum class Shape { OrderIds, NoOrderIds, QuantityTimesPrice, IntegerKeys };

// Customer A is 101, B 102, … with integer keys.
QByteArray key(Shape shape, const char* letter)
{
    return shape == Shape::IntegerKeys ? QByteArray::number(100 + (letter[0] - 'A') + 1) : QByteArray(letter);
}

QByteArray customersCsv(Shape shape)
{
    if (shape != Shape::IntegerKeys)
        return s_customers;
    QByteArray csv;
    for (const QByteArray& line : s_customers.split('\n')) {
        if (!line.isEmpty())
            csv += (line.startsWith("Customer") ? line : key(shape, line.constData()) + line.mid(1)) + '\n';
    }
    return csv;
}

// The order lines as a CSV in `shape`; with `until`, only the lines dated on or before it.
QByteArray ordersCsv(Shape shape, const QDate& until = {})
{
    QByteArray csv = shape == Shape::OrderIds || shape == Shape::IntegerKeys
        ? "Order ID,Customer ID,Order Date,Amount\n"
        : shape == Shape::NoOrderIds ? "Customer ID,Order Date,Amount\n"
                                     : "Order ID,Customer ID,Order Date,Quantity,Unit Price\n";
    for (const auto& line : s_lines) {
        const QByteArray date(line[2]);
        if (until.isValid()
            && (date.isEmpty() || QDate::fromString(QString::fromLatin1(date.left(10)), Qt::ISODate) > until))
            continue;
        const QByteArray amount(line[3]);
        if (shape != Shape::NoOrderIds)
            csv += QByteArray(line[0]) + ',';
        csv += key(shape, line[1]) + ',' + date + ',';
        if (shape != Shape::QuantityTimesPrice)
            csv += amount;
        else // 2 × half the amount (halving is exact)
            csv += amount.isEmpty() ? QByteArray("2,") : "2," + QByteArray::number(amount.toDouble() / 2, 'g', 17);
        csv += '\n';
    }
    return csv;
}

struct Derived
{
    qint64 count = 0;
    double revenue = 0;
    QString first;
    QString last;
    std::optional<double> aov;
};

// The derived fields the import wrote, by customer key.
QHash<QString, Derived> importedDerived(const QString& workspace)
{
    QString error;
    auto db = Database::open(workspace, Database::Mode::ReadOnly, &error);
    Statement stmt = db->prepare(QStringLiteral("SELECT customer_id, orders_count, total_revenue, first_purchase_date, "
                                                "last_purchase_date, avg_order_value FROM customers"));
    QHash<QString, Derived> values;
    while (stmt.next()) {
        Derived d{stmt.toInt64(1), stmt.toDouble(2), stmt.toString(3), stmt.toString(4), std::nullopt};
        if (!stmt.isNull(5))
            d.aov = stmt.toDouble(5);
        values.insert(stmt.toString(0), d);
    }
    return values;
}

QString isoDay(qint32 day)
{
    return day == 0 ? QString() : QDate::fromJulianDay(day).toString(Qt::ISODate);
}

struct Loaded
{
    std::unique_ptr<Workspace> workspace;
    std::shared_ptr<const ColumnStore> store;
    std::shared_ptr<const OrderLines> lines;
};

Loaded load(const QString& path)
{
    Loaded loaded;
    QString error;
    loaded.workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!loaded.workspace)
        qFatal("%s", qPrintable(error));
    const QList<FieldInfo> fields = loaded.workspace->fields();
    loaded.store = std::shared_ptr<const ColumnStore>(
        ColumnStore::load(loaded.workspace->db(), fields, QStringLiteral("customer_id"), &error));
    if (!loaded.store)
        qFatal("%s", qPrintable(error));
    auto lines = OrderLines::load(loaded.workspace->db(), *loaded.store, &error);
    if (!lines)
        qFatal("%s", qPrintable(error));
    loaded.lines = std::make_shared<const OrderLines>(std::move(*lines));
    return loaded;
}

QString keyOf(const ColumnStore& store, qint64 row)
{
    const ColumnStore::Column* key = store.column(QStringLiteral("customer_id"));
    if (key->storage == ColumnStore::Storage::Integer)
        return QString::number(key->integers[size_t(row)]);
    const std::string_view text = key->dictionary.at(key->codes[size_t(row)]);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

class TstTrendCalculator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString workspaceWith(Shape shape, const QDate& until = {})
    {
        const QString ws = test::newWorkspace(m_dir.path());
        const auto customers
            = test::importFile(ws, test::writeFile(m_dir.path(), QStringLiteral("c.csv"), customersCsv(shape)));
        const auto orders = test::importFile(
            ws, test::writeFile(m_dir.path(), QStringLiteral("o.csv"), ordersCsv(shape, until)), ImportKind::Orders);
        if (!customers.ok || !orders.ok)
            qFatal("import failed: %s %s", qPrintable(customers.error), qPrintable(orders.error));
        return ws;
    }

private slots:
    void matchesTheImportOfTheLinesUpToEachDate_data();
    void matchesTheImportOfTheLinesUpToEachDate();
    void byHand();
    void baseAndSizes();
    void periodEnds();
    void errors();
    void copyOnDisk();
    void serviceKeepsDataUntilTheWorkspaceChanges();
    void prepareNeedsOrders();
};

void TstTrendCalculator::matchesTheImportOfTheLinesUpToEachDate_data()
{
    QTest::addColumn<int>("shape");
    QTest::newRow("order ids") << int(Shape::OrderIds);
    QTest::newRow("no order ids (each line an order)") << int(Shape::NoOrderIds);
    QTest::newRow("quantity x unit price") << int(Shape::QuantityTimesPrice);
    QTest::newRow("integer customer keys") << int(Shape::IntegerKeys);
}

void TstTrendCalculator::matchesTheImportOfTheLinesUpToEachDate()
{
    QFETCH(int, shape);
    const Loaded full = load(workspaceWith(Shape(shape)));
    QCOMPARE(full.lines->undatedLines, 2);
    QCOMPARE(full.lines->unmatchedLines, 0);
    QCOMPARE(full.lines->size(), qint64(std::size(s_lines)) - 2);
    QCOMPARE(full.lines->hasOrderIds, Shape(shape) != Shape::NoOrderIds);
    QCOMPARE(full.store->column(QStringLiteral("customer_id"))->storage,
             Shape(shape) == Shape::IntegerKeys ? ColumnStore::Storage::Integer : ColumnStore::Storage::Text);
    AsOfAggregation aggregation(*full.lines, full.store->rowCount());
    const QList<QDate> dates{QDate(2023, 12, 31), QDate(2024, 1, 31), QDate(2024, 2, 29),
                             QDate(2024, 3, 31),  QDate(2024, 5, 31), QDate(2024, 6, 30)};
    for (const QDate& date : dates) {
        aggregation.advanceTo(date);
        // No line yet: nothing to import (an orders file without records is refused), every customer has none.
        const bool none = ordersCsv(Shape(shape), date).count('\n') == 1;
        const QHash<QString, Derived> reference
            = none ? QHash<QString, Derived>() : importedDerived(workspaceWith(Shape(shape), date));
        for (qint64 row = 0; row < full.store->rowCount(); ++row) {
            const QString key = keyOf(*full.store, row);
            const QString where = date.toString(Qt::ISODate) + QLatin1Char(' ') + key;
            QVERIFY2(none || reference.contains(key), qPrintable(where));
            const Derived expected = reference.value(key);
            QVERIFY2(aggregation.ordersCount(row) == expected.count, qPrintable(where));
            QVERIFY2(
                aggregation.revenue(row) == expected.revenue,
                qPrintable(where + QStringLiteral(": %1 != %2").arg(aggregation.revenue(row)).arg(expected.revenue)));
            QCOMPARE(isoDay(aggregation.firstPurchaseDay(row)), expected.first);
            QCOMPARE(isoDay(aggregation.lastPurchaseDay(row)), expected.last);
            QVERIFY2(aggregation.averageOrderValue(row) == expected.aov, qPrintable(where));
        }
    }
}

void TstTrendCalculator::byHand()
{
    const Loaded full = load(workspaceWith(Shape::OrderIds));
    AsOfAggregation aggregation(*full.lines, full.store->rowCount());
    qint64 a = -1;
    qint64 c = -1;
    for (qint64 row = 0; row < full.store->rowCount(); ++row) {
        if (keyOf(*full.store, row) == QLatin1String("A"))
            a = row;
        if (keyOf(*full.store, row) == QLatin1String("C"))
            c = row;
    }
    aggregation.advanceTo(QDate(2024, 1, 31));
    QCOMPARE(aggregation.ordersCount(a), 1);
    QVERIFY(aggregation.revenue(a) == 100.0);
    aggregation.advanceTo(QDate(2024, 2, 29));
    // O1 was returned (0: not an order any more, its purchase day still a purchase); O2 so far 50.5.
    QCOMPARE(aggregation.ordersCount(a), 1);
    QVERIFY(aggregation.revenue(a) == 50.5);
    QCOMPARE(isoDay(aggregation.firstPurchaseDay(a)), QStringLiteral("2024-01-10"));
    QCOMPARE(isoDay(aggregation.lastPurchaseDay(a)), QStringLiteral("2024-02-20"));
    // O6 has no amount: neither an order nor revenue.
    QCOMPARE(aggregation.ordersCount(c), 1);
    QVERIFY(aggregation.revenue(c) == 20.0);
    aggregation.advanceTo(QDate(2024, 3, 31));
    // O9 is a lone return: revenue goes down, the count does not, the purchase days stay.
    QCOMPARE(aggregation.ordersCount(a), 1);
    QVERIFY(aggregation.revenue(a) == 70.75);
    QCOMPARE(isoDay(aggregation.lastPurchaseDay(a)), QStringLiteral("2024-03-02"));
    QVERIFY(aggregation.averageOrderValue(a) == 70.75);
}

void TstTrendCalculator::baseAndSizes()
{
    const Loaded full = load(workspaceWith(Shape::OrderIds));
    TrendInput input;
    input.store = full.store;
    input.lines = full.lines;
    input.context = FilterContext::fromWorkspace(*full.workspace);
    input.db = &full.workspace->db();
    input.keyExpression = full.workspace->customerKeyExpression();
    input.dates = {QDate(2023, 12, 31), QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31), QDate(2024, 6, 30)};
    input.segments = {
        {QStringLiteral("all"), QByteArray("{\"combinator\":\"and\",\"rules\":[]}")},
        {QStringLiteral("buyers"),
         QByteArray("{\"combinator\":\"and\",\"rules\":[{\"field\":\"orders_count\",\"operator\":\">=\","
                    "\"value\":1}]}")},
        {QStringLiteral("recent"),
         QByteArray("{\"combinator\":\"and\",\"rules\":[{\"field\":\"last_purchase_date\",\"operator\":"
                    "\"inLastDays\",\"value\":20}]}")},
        {QStringLiteral("germans"),
         QByteArray("{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"=\",\"value\":"
                    "\"DE\"}]}")},
    };
    QString error;
    input.threads = 1;
    const auto result = TrendCalculator::compute(input, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->signupDates);
    // Two threads (the later points on a copy and a connection of their own): the same sizes and KPIs.
    input.threads = 2;
    const auto twoThreads = TrendCalculator::compute(input, &error);
    QVERIFY2(twoThreads, qPrintable(error));
    QCOMPARE(twoThreads->baseSizes, result->baseSizes);
    for (qsizetype p = 0; p < result->dates.size(); ++p) {
        QVERIFY(twoThreads->baseKpis[p].toJson() == result->baseKpis[p].toJson());
        for (qsizetype s = 0; s < result->series.size(); ++s)
            QVERIFY(twoThreads->series[s].points[p].kpis.toJson() == result->series[s].points[p].kpis.toJson());
    }
    // D and F always; A from its signup (Jan 1), C from its first order (Feb 14), B from its signup (Mar 15), E
    // from its signup (Jun 1).
    QCOMPARE(result->baseSizes, (QList<qint64>{2, 3, 4, 5, 6}));
    auto sizes = [&](int series) {
        QList<qint64> values;
        for (const TrendPoint& point : result->series[series].points)
            values << point.size;
        return values;
    };
    QCOMPARE(sizes(0), result->baseSizes);
    QCOMPARE(sizes(1), (QList<qint64>{0, 1, 2, 3, 3})); // A; A, C; A, B, C; C's O8 (0.3) counts too
    // Last purchase within 20 days of the date: A's Jan 10 is 21 days before Jan 31; A's Feb 20 and C's Feb 14
    // on Feb 29; B's Mar 20 on Mar 31 (A's Mar 31 line is a return); C's Jun 1 is 29 days before Jun 30.
    QCOMPARE(sizes(2), (QList<qint64>{0, 0, 2, 1, 0}));
    QCOMPARE(sizes(3), (QList<qint64>{1, 2, 3, 3, 4})); // F always; A; C; (B is AT); E
    QVERIFY(result->leftOut.isEmpty());

    // A segment with an order rule is left out with the reason; the others keep exactly their lines.
    input.threads = 1;
    input.segments.insert(1,
                          {QStringLiteral("bought twice"),
                           QByteArray("{\"combinator\":\"and\",\"rules\":[{\"field\":\"@orders\",\"operator\":"
                                      "\">=\",\"value\":2,\"measure\":\"count\"}]}")});
    const auto withOrderRule = TrendCalculator::compute(input, &error);
    QVERIFY2(withOrderRule, qPrintable(error));
    QCOMPARE(withOrderRule->series.size(), 4);
    QCOMPARE(withOrderRule->leftOut.size(), 1);
    QCOMPARE(withOrderRule->leftOut.constFirst().first, QStringLiteral("bought twice"));
    QVERIFY2(withOrderRule->leftOut.constFirst().second.contains(QStringLiteral("@orders")),
             qPrintable(withOrderRule->leftOut.constFirst().second));
    QCOMPARE(withOrderRule->baseSizes, result->baseSizes);
    for (qsizetype s = 0; s < result->series.size(); ++s) {
        QCOMPARE(withOrderRule->series[s].name, result->series[s].name);
        for (qsizetype p = 0; p < result->dates.size(); ++p)
            QCOMPARE(withOrderRule->series[s].points[p].size, result->series[s].points[p].size);
    }
}

void TstTrendCalculator::periodEnds()
{
    QCOMPARE(TrendCalculator::periodEnds(QDate(2024, 1, 15), QDate(2024, 4, 30), TrendStep::Month),
             (QList<QDate>{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31), QDate(2024, 4, 30)}));
    QCOMPARE(TrendCalculator::periodEnds(QDate(2024, 1, 1), QDate(2024, 1, 20), TrendStep::Week),
             (QList<QDate>{QDate(2024, 1, 7), QDate(2024, 1, 14)}));
    // The last 3 months up to Jan 1: Oct, Nov and Dec ends; up to Jan 31: Nov, Dec, Jan.
    QCOMPARE(TrendCalculator::lastMonths(QDate(2025, 1, 1), 3, TrendStep::Month),
             (QList<QDate>{QDate(2024, 10, 31), QDate(2024, 11, 30), QDate(2024, 12, 31)}));
    QCOMPARE(TrendCalculator::lastMonths(QDate(2025, 1, 31), 3, TrendStep::Month),
             (QList<QDate>{QDate(2024, 11, 30), QDate(2024, 12, 31), QDate(2025, 1, 31)}));
    QCOMPARE(TrendCalculator::lastMonths(QDate(2025, 1, 1), 24, TrendStep::Month).size(), 24);
    QVERIFY(TrendCalculator::periodEnds(QDate(2024, 1, 2), QDate(2024, 1, 30), TrendStep::Month).isEmpty());
}

void TstTrendCalculator::errors()
{
    const Loaded full = load(workspaceWith(Shape::OrderIds));
    TrendInput input;
    input.store = full.store;
    input.lines = full.lines;
    input.context = FilterContext::fromWorkspace(*full.workspace);
    input.segments = {{QStringLiteral("bad"),
                       QByteArray("{\"combinator\":\"and\",\"rules\":[{\"field\":\"nope\",\"operator\":\"=\","
                                  "\"value\":1}]}")}};
    QString error;
    input.dates = {QDate(2024, 2, 29), QDate(2024, 1, 31)};
    QVERIFY(!TrendCalculator::compute(input, &error));
    QVERIFY2(error.contains(QStringLiteral("ascending")), qPrintable(error));
    input.dates = {QDate(2024, 1, 31)};
    QVERIFY(!TrendCalculator::compute(input, &error));
    QVERIFY2(error.contains(QStringLiteral("\"bad\"")) && error.contains(QStringLiteral("nope")), qPrintable(error));
    // Lines matched with another load of the customers are refused.
    QString loadError;
    input.store = std::shared_ptr<const ColumnStore>(
        ColumnStore::load(full.workspace->db(), full.workspace->fields(), QStringLiteral("customer_id"), &loadError));
    QVERIFY(!TrendCalculator::compute(input, &error));
    QVERIFY2(error.contains(QStringLiteral("other customers")), qPrintable(error));
}

void TstTrendCalculator::copyOnDisk()
{
    const QString ws = workspaceWith(Shape::OrderIds);
    const Loaded loaded = load(ws);
    QTemporaryDir folder;
    OrderLinesCache::Options options;
    options.directory = folder.path();
    options.minimumLines = 0;
    const OrderLinesCache cache(options);
    QString error;
    bool fromCopy = true;
    const auto first = cache.load(loaded.workspace->db(), *loaded.store, &error, &fromCopy);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(!fromCopy);
    QVERIFY(QFile::exists(cache.filePath(ws)));
    const auto second = cache.load(loaded.workspace->db(), *loaded.store, &error, &fromCopy);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(fromCopy);
    QVERIFY(second->days == first->days && second->rows == first->rows && second->orders == first->orders
            && second->units == first->units && second->flags == first->flags);
    QCOMPARE(second->orderCount, first->orderCount);
    QCOMPARE(second->undatedLines, first->undatedLines);
    QCOMPARE(second->storeVersion, loaded.store->version());

    // A damaged copy is not used.
    {
        QFile file(cache.filePath(ws));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 3));
    }
    const auto third = cache.load(loaded.workspace->db(), *loaded.store, &error, &fromCopy);
    QVERIFY(third && !fromCopy && third->days == first->days);

    // New orders: the copy is out of date.
    QVERIFY(cache.load(loaded.workspace->db(), *loaded.store, &error, &fromCopy) && fromCopy);
    const auto appended
        = test::importFile(ws,
                           test::writeFile(m_dir.path(), QStringLiteral("more.csv"),
                                           "Order ID,Customer ID,Order Date,Amount\nO99,D,2024-04-01 10:00:00,12\n"),
                           ImportKind::Orders, ImportMode::Append);
    QVERIFY2(appended.ok, qPrintable(appended.error));
    const Loaded reloaded = load(ws);
    const auto fourth = cache.load(reloaded.workspace->db(), *reloaded.store, &error, &fromCopy);
    QVERIFY(fourth && !fromCopy);
    QCOMPARE(fourth->size(), first->size() + 1);
}

void TstTrendCalculator::serviceKeepsDataUntilTheWorkspaceChanges()
{
    const QString ws = workspaceWith(Shape::OrderIds);
    {
        QString error;
        auto workspace = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace->db().exec(QStringLiteral("INSERT INTO segments(name, kind, definition, created_at, "
                                                     "updated_at) VALUES ('buyers', 'dynamic', '{\"combinator\":"
                                                     "\"and\",\"rules\":[{\"field\":\"orders_count\","
                                                     "\"operator\":\">=\",\"value\":1}]}', '', '')"),
                                      &error),
                 qPrintable(error));
    }
    TrendRange range;
    range.from = QDate(2024, 1, 1);
    range.to = QDate(2024, 6, 30);
    TrendService::clearKept();
    const TrendOutcome first = TrendService::compute(ws, {QStringLiteral("buyers")}, range);
    QVERIFY2(first.result, qPrintable(first.error));
    QVERIFY(!first.keptData);
    const TrendOutcome second = TrendService::compute(ws, {QStringLiteral("buyers")}, range);
    QVERIFY(second.result && second.keptData);
    QList<qint64> sizes;
    for (const TrendPoint& point : first.result->series[0].points)
        sizes << point.size;
    QCOMPARE(sizes, (QList<qint64>{1, 2, 3, 3, 3, 3}));

    // In the background, as the dashboard runs it.
    TrendService service;
    QSignalSpy finished(&service, &TrendService::finished);
    QSignalSpy failed(&service, &TrendService::failed);
    service.start(ws, {QStringLiteral("buyers")}, range);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.first().first().value<TrendResult>().baseSizes, first.result->baseSizes);
    service.start(ws, {QStringLiteral("no such segment")}, range);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("no such segment")));

    // D buys in April: the kept data is out of date.
    QVERIFY(test::importFile(ws,
                             test::writeFile(m_dir.path(), QStringLiteral("d.csv"),
                                             "Order ID,Customer ID,Order Date,Amount\nO99,D,2024-04-01 10:00:00,12\n"),
                             ImportKind::Orders, ImportMode::Append)
                .ok);
    const TrendOutcome third = TrendService::compute(ws, {QStringLiteral("buyers")}, range);
    QVERIFY(third.result && !third.keptData);
    sizes.clear();
    for (const TrendPoint& point : third.result->series[0].points)
        sizes << point.size;
    QCOMPARE(sizes, (QList<qint64>{1, 2, 3, 4, 4, 4}));

    // Prepared after the next import (as `swb import` and the import wizard do): the first trend reads nothing.
    QVERIFY(test::importFile(ws,
                             test::writeFile(m_dir.path(), QStringLiteral("e.csv"),
                                             "Order ID,Customer ID,Order Date,Amount\nO98,E,2024-05-01 10:00:00,7\n"),
                             ImportKind::Orders, ImportMode::Append)
                .ok);
    QString error;
    QVERIFY2(TrendService::prepare(ws, &error), qPrintable(error));
    const TrendOutcome fourth = TrendService::compute(ws, {QStringLiteral("buyers")}, range);
    QVERIFY(fourth.result && fourth.keptData);
    QCOMPARE(fourth.result->series[0].points.at(4).size, qint64(5));

    // A trend asked for while the preparation still reads waits for it and takes its data, or reads first and
    // leaves its data to the preparation: either way both end, and the answer is the same.
    QVERIFY(test::importFile(ws,
                             test::writeFile(m_dir.path(), QStringLiteral("f.csv"),
                                             "Order ID,Customer ID,Order Date,Amount\nO97,F,2024-06-01 10:00:00,9\n"),
                             ImportKind::Orders, ImportMode::Append)
                .ok);
    QFuture<bool> prepared = TrendService::prepareInBackground(ws);
    const TrendOutcome fifth = TrendService::compute(ws, {QStringLiteral("buyers")}, range);
    QVERIFY2(fifth.result, qPrintable(fifth.error));
    QCOMPARE(fifth.result->series[0].points.last().size, qint64(6));
    QTRY_VERIFY_WITH_TIMEOUT(prepared.isFinished(), 10000);
    QVERIFY(prepared.result());
    QVERIFY(TrendService::compute(ws, {QStringLiteral("buyers")}, range).keptData);
}

void TstTrendCalculator::prepareNeedsOrders()
{
    const QString ws = m_dir.filePath(QStringLiteral("customers-only.sqlite"));
    QString error;
    QVERIFY2(Workspace::open(ws, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QVERIFY(test::importFile(
                ws,
                test::writeFile(m_dir.path(), QStringLiteral("customers-only.csv"), "Customer ID,Name\nA,Ann\nB,Bob\n"),
                ImportKind::Customers, ImportMode::Replace)
                .ok);
    QVERIFY(!TrendService::prepare(ws, &error));
    QVERIFY2(error.contains(QStringLiteral("Import an orders file")), qPrintable(error));
    QVERIFY(!TrendService::prepare(m_dir.filePath(QStringLiteral("missing.sqlite")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TstTrendCalculator)
#include "tst_trendcalculator.moc"
