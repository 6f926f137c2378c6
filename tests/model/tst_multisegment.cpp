// Several segments in one computation, as the review report and the dashboard ask: on the demo workspace (its saved
// segments and a static one, order lines over six years),
// - the back-calculated trend of all segments at once equals each segment's own trend (sizes, KPIs, the base), with
//   one thread and with two, with and without KPIs;
// - each point's KPIs (kept up to date from point to point) equal those computed from scratch on a working copy
//   brought to that date on its own (StoreKpis on AsOfStore), for the base and every segment;
// - the top distribution differences of all segments at once equal each segment's own.
#include "model/analytics/asofaggregation.h"
#include "model/analytics/asofstore.h"
#include "model/analytics/distributionservice.h"
#include "model/analytics/orderlines.h"
#include "model/analytics/storekpis.h"
#include "model/analytics/trendcalculator.h"
#include "model/analytics/trendservice.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/segmentlookup.h"
#include "model/jobs/demoworkspace.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace swb;

namespace {

QByteArray text(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject valuesOf(const KpiSet& set)
{
    QJsonObject object = set.toJson();
    object.insert(QStringLiteral("name"), set.name);
    return object;
}

// The first day each row is in the base, as the trend takes it: its signup day or its first dated line, whichever
// comes first; the lowest value for a row with neither.
std::vector<qint64> entryDays(const ColumnStore& store, const AsOfAggregation& aggregation)
{
    const auto signup = FieldCatalog::findByRole(store.fields(), FieldRole::SignupDate);
    const ColumnStore::Column* column = signup ? store.column(signup->name) : nullptr;
    std::vector<qint64> entry(size_t(store.rowCount()), std::numeric_limits<qint64>::min());
    for (qint64 row = 0; row < store.rowCount(); ++row) {
        qint64 day = 0;
        if (column && column->valid.test(row)) {
            const std::string_view value = column->dictionary.at(column->codes[size_t(row)]);
            const QDate date
                = QDate::fromString(QString::fromUtf8(value.data(), qsizetype(value.size())).left(10), Qt::ISODate);
            day = date.isValid() ? date.toJulianDay() : 0;
        }
        const qint64 line = aggregation.firstLineDay(row);
        if (line != 0 && (day == 0 || line < day))
            day = line;
        if (day != 0)
            entry[size_t(row)] = day;
    }
    return entry;
}

} // namespace

class TstMultiSegment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_segments;

private slots:
    void initTestCase();
    void trendOfAllEqualsEachOnItsOwn_data();
    void trendOfAllEqualsEachOnItsOwn();
    void runningKpisEqualAFreshComputation();
    void differencesOfAllEqualEachOnItsOwn();
};

void TstMultiSegment::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions demo;
    demo.customers = 3000;
    const DemoWorkspaceResult created = DemoWorkspace::create(m_path, demo);
    QVERIFY2(created.ok, qPrintable(created.error));
    m_segments = created.segments;
    QVERIFY(m_segments.size() >= 3);
    // Those of the 1,000,000-customer benchmark: order-derived fields, relative dates, plain fields, and a static one
    // (its members come from SQLite, the same at every date).
    const std::pair<const char*, const char*> more[] = {
        {"DE high value",
         "{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"=\",\"value\":"
         "\"DE\"},{\"field\":\"total_revenue\",\"operator\":\">=\",\"value\":1000}]}"},
        {"Newsletter promoters",
         "{\"combinator\":\"and\",\"rules\":[{\"field\":\"newsletter\",\"operator\":\"=\","
         "\"value\":true},{\"field\":\"nps\",\"operator\":\">=\",\"value\":9}]}"},
        {"Frequent buyers",
         "{\"combinator\":\"and\",\"rules\":[{\"field\":\"orders_count\",\"operator\":\">=\","
         "\"value\":8}]}"},
        {"Lapsed a year",
         "{\"combinator\":\"and\",\"rules\":[{\"field\":\"last_purchase_date\",\"operator\":"
         "\"notInLastDays\",\"value\":365}]}"},
        {"Signed up 2023",
         "{\"combinator\":\"and\",\"rules\":[{\"field\":\"signup_date\",\"operator\":\"between\","
         "\"value\":[\"2023-01-01\",\"2023-12-31\"]}]}"},
    };
    QString error;
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(workspace, qPrintable(error));
    SegmentRepository repository(*workspace);
    for (const auto& [name, definition] : more) {
        QVERIFY2(repository.saveDynamic(QString::fromLatin1(name), QByteArray(definition), &error), qPrintable(error));
        m_segments << QString::fromLatin1(name);
    }
    const QString frozen = QStringLiteral("Big spenders (frozen)");
    QVERIFY2(repository.saveStaticFromDefinition(frozen,
                                                 "{\"combinator\":\"and\",\"rules\":[{\"field\":\"total_revenue\","
                                                 "\"operator\":\">=\",\"value\":800}]}",
                                                 &error),
             qPrintable(error));
    m_segments.insert(1, frozen);
}

void TstMultiSegment::trendOfAllEqualsEachOnItsOwn_data()
{
    QTest::addColumn<bool>("kpis");
    QTest::newRow("sizes and KPIs") << true;
    QTest::newRow("sizes only") << false;
}

void TstMultiSegment::trendOfAllEqualsEachOnItsOwn()
{
    QFETCH(bool, kpis);
    TrendRange range;
    range.months = 24;
    range.kpis = kpis;
    const TrendOutcome all = TrendService::compute(m_path, m_segments, range);
    QVERIFY2(all.result, qPrintable(all.error));
    QCOMPARE(all.result->series.size(), m_segments.size());
    QCOMPARE(all.result->dates.size(), 24);
    int growing = 0;
    for (qsizetype s = 0; s < m_segments.size(); ++s) {
        const TrendOutcome one = TrendService::compute(m_path, {m_segments.at(s)}, range);
        QVERIFY2(one.result, qPrintable(one.error));
        QCOMPARE(one.result->dates, all.result->dates);
        QCOMPARE(one.result->baseSizes, all.result->baseSizes);
        const TrendSeries& mine = all.result->series.at(s);
        QCOMPARE(mine.name, m_segments.at(s));
        for (qsizetype p = 0; p < one.result->dates.size(); ++p) {
            const TrendPoint& expected = one.result->series.constFirst().points.at(p);
            const TrendPoint& point = mine.points.at(p);
            QCOMPARE(point.size, expected.size);
            QVERIFY2(valuesOf(point.kpis) == valuesOf(expected.kpis),
                     text(valuesOf(point.kpis)) + "\n" + text(valuesOf(expected.kpis)));
            QVERIFY(valuesOf(one.result->baseKpis.at(p)) == valuesOf(all.result->baseKpis.at(p)));
            QCOMPARE(point.kpis.revenue.available(), kpis);
        }
        growing += mine.points.constLast().size != mine.points.constFirst().size ? 1 : 0;
    }
    QVERIFY(growing >= 3); // the segments move over two years: something to compare
}

void TstMultiSegment::runningKpisEqualAFreshComputation()
{
    QString error;
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(workspace, qPrintable(error));
    const auto key = FieldCatalog::findByRole(workspace->fields(), FieldRole::CustomerKey);
    std::shared_ptr<const ColumnStore> store
        = ColumnStore::load(workspace->db(), workspace->fields(), key->name, &error);
    QVERIFY2(store, qPrintable(error));
    auto lines = OrderLines::load(workspace->db(), *store, &error);
    QVERIFY2(lines, qPrintable(error));
    TrendInput input;
    input.store = store;
    input.lines = std::make_shared<const OrderLines>(std::move(*lines));
    input.context = FilterContext::fromWorkspace(*workspace);
    input.db = &workspace->db();
    input.keyExpression = workspace->customerKeyExpression();
    input.dates = TrendCalculator::lastMonths(workspace->asOfDate(), 18, TrendStep::Month);
    for (const QString& name : m_segments)
        input.segments << TrendSegment{name, FilterResolver::segmentReference(name)};
    for (const int threads : {1, 2}) {
        input.threads = threads;
        const auto result = TrendCalculator::compute(input, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->signupDates);
        for (qsizetype p = 0; p < input.dates.size(); ++p) {
            const QDate date = input.dates.at(p);
            // A working copy brought to this date on its own, and every set's KPIs computed from scratch on it.
            QSet<QString> names;
            for (const FieldInfo& field : store->fields())
                names.insert(field.name);
            AsOfStore asOf(*store, names, *input.lines);
            AsOfAggregation aggregation(*input.lines, store->rowCount());
            aggregation.advanceTo(date);
            asOf.update(aggregation);
            const std::vector<qint64> entry = entryDays(*store, aggregation);
            const Bitset base = Bitset::fromPredicate(
                store->rowCount(), [&](qint64 row) { return entry[size_t(row)] <= date.toJulianDay(); });
            const StoreKpis kpis(*asOf.store());
            KpiSet expectedBase = kpis.compute(QString(), &base, date);
            expectedBase.share = 1.0;
            QCOMPARE(result->baseSizes.at(p), base.count());
            QVERIFY2(valuesOf(result->baseKpis.at(p)) == valuesOf(expectedBase),
                     text(valuesOf(result->baseKpis.at(p))) + "\n" + text(valuesOf(expectedBase)));
            FilterContext context = FilterContext::fromWorkspace(*workspace);
            context.asOfDate = date;
            FilterEvaluator evaluator(asOf.store());
            evaluator.setDatabase(&workspace->db(), workspace->customerKeyExpression());
            for (qsizetype s = 0; s < m_segments.size(); ++s) {
                const auto resolved = FilterResolver::resolve(input.segments.at(s).definition, context, &error);
                QVERIFY2(resolved, qPrintable(error));
                auto rows = evaluator.select(*resolved, &error);
                QVERIFY2(rows, qPrintable(error));
                *rows &= base;
                KpiSet expected = kpis.compute(m_segments.at(s), &*rows, date);
                expected.share = KpiMath::ratio(double(expected.size), double(base.count()));
                const KpiSet& point = result->series.at(s).points.at(p).kpis;
                QVERIFY2(valuesOf(point) == valuesOf(expected),
                         text(valuesOf(point)) + "\n" + text(valuesOf(expected)));
            }
        }
    }
}

void TstMultiSegment::differencesOfAllEqualEachOnItsOwn()
{
    const QList<DistributionOutcome> all = DistributionService::differencesMany(m_path, m_segments, 8);
    QCOMPARE(all.size(), m_segments.size());
    for (qsizetype s = 0; s < m_segments.size(); ++s) {
        const DistributionOutcome one = DistributionService::differences(m_path, m_segments.at(s), 8, all.at(s).store);
        QVERIFY2(one.error.isEmpty() && all.at(s).error.isEmpty(), qPrintable(one.error + all.at(s).error));
        QCOMPARE(all.at(s).segment, m_segments.at(s));
        QCOMPARE(all.at(s).differences.size(), 8);
        QCOMPARE(all.at(s).skippedFields, one.skippedFields);
        for (qsizetype i = 0; i < one.differences.size(); ++i) {
            const DistributionDifference& a = all.at(s).differences.at(i);
            const DistributionDifference& b = one.differences.at(i);
            QCOMPARE(a.field.name, b.field.name);
            QCOMPARE(a.bin.label, b.bin.label);
            QVERIFY(a.points == b.points && a.bin.segmentCount == b.bin.segmentCount
                    && a.bin.baseCount == b.bin.baseCount);
        }
    }
    // An unknown name spoils only its own outcome.
    const QList<DistributionOutcome> withUnknown
        = DistributionService::differencesMany(m_path, {m_segments.first(), QStringLiteral("No such segment")}, 3);
    QVERIFY(withUnknown.at(0).error.isEmpty() && withUnknown.at(0).differences.size() == 3);
    QVERIFY(withUnknown.at(1).error.contains(QStringLiteral("No such segment")));
}

QTEST_GUILESS_MAIN(TstMultiSegment)
#include "tst_multisegment.moc"
