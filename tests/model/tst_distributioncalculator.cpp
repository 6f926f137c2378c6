// Field distributions of a segment against the base: every bin's counts and shares against SQLite (a CASE
// condition per bin, GROUP BY for text values) on the demo workspace, over every kind of field; round bin edges;
// the top differences.
#include "model/analytics/distributioncalculator.h"
#include "model/analytics/distributionservice.h"
#include "model/database.h"
#include "model/filter/columnstore.h"
#include "model/jobs/demoworkspace.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QDate>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

namespace {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString literal(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    return QString::number(value.toDouble(), 'g', 17);
}

// The SQL condition of one bin of `distribution` (independent of the column store: plain comparisons).
QString binCondition(const FieldDistribution& distribution, const DistributionBin& bin)
{
    const QString column = quoted(distribution.field.name);
    switch (bin.kind) {
    case DistributionBin::Kind::Unknown:
        return column + QStringLiteral(" IS NULL");
    case DistributionBin::Kind::Range: {
        QStringList parts{column + QStringLiteral(" IS NOT NULL")};
        if (bin.lower.isValid())
            parts << column + QStringLiteral(" >= ") + literal(bin.lower);
        if (bin.upper.isValid())
            parts << column + QStringLiteral(" < ") + literal(bin.upper);
        return parts.join(QStringLiteral(" AND "));
    }
    case DistributionBin::Kind::Value:
        if (distribution.kind == FieldDistribution::Kind::YesNo)
            return column + (bin.value == QStringLiteral("1") ? QStringLiteral(" != 0") : QStringLiteral(" = 0"));
        return column + QStringLiteral(" = ") + literal(bin.value);
    case DistributionBin::Kind::Other: {
        if (distribution.kind == FieldDistribution::Kind::Dates)
            return column + QStringLiteral(" IS NOT NULL AND date(substr(") + column
                + QStringLiteral(", 1, 10)) IS NULL");
        QStringList values;
        for (const DistributionBin& top : distribution.bins) {
            if (top.kind == DistributionBin::Kind::Value)
                values << literal(top.value);
        }
        return column + QStringLiteral(" IS NOT NULL AND ") + column + QStringLiteral(" NOT IN (")
            + values.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    }
    return {};
}

} // namespace

class TstDistributionCalculator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void niceStep_data();
    void niceStep();
    void sharesMatchSqlite_data();
    void sharesMatchSqlite();
    void topValuesAreTheLargestShares();
    void edgeCases();
    void topDifferences();
    void baseAgainstItselfDiffersNowhere();
    void relativeDatesCountFromTheAsOfDate_data();
    void relativeDatesCountFromTheAsOfDate();

private:
    // count(*) of customers WHERE <segment> AND <condition>, in SQLite.
    qint64 sqlCount(const QString& segment, const QString& condition);

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_segments;
    std::unique_ptr<Workspace> m_workspace;
};

void TstDistributionCalculator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.customers = 3000;
    const DemoWorkspaceResult demo = DemoWorkspace::create(m_path, options);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    m_segments = demo.segments;
    QVERIFY(m_segments.size() >= 3);
    QString error;
    m_workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

qint64 TstDistributionCalculator::sqlCount(const QString& segment, const QString& condition)
{
    SelectionSql selections(*m_workspace);
    QString error;
    const auto where = selections.condition(segment.isEmpty() ? Selection::all() : Selection::segment(segment), &error);
    if (!where) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    Statement statement = SelectionSql::prepare(m_workspace->db(), QStringLiteral("SELECT count(*)"), *where,
                                                QStringLiteral(" AND (") + condition + QLatin1Char(')'), &error);
    if (!statement.isValid() || !statement.next()) {
        qWarning("%s: %s", qPrintable(condition), qPrintable(error));
        return -1;
    }
    return statement.toInt64(0);
}

void TstDistributionCalculator::niceStep_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("step");
    QTest::newRow("0.7") << 0.7 << 1.0;
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("1.3") << 1.3 << 2.0;
    QTest::newRow("2.2") << 2.2 << 2.5;
    QTest::newRow("3") << 3.0 << 5.0;
    QTest::newRow("7") << 7.0 << 10.0;
    QTest::newRow("0.03") << 0.03 << 0.05;
    QTest::newRow("120") << 120.0 << 200.0;
    QTest::newRow("4100") << 4100.0 << 5000.0;
    QTest::newRow("zero") << 0.0 << 1.0;
}

void TstDistributionCalculator::niceStep()
{
    QFETCH(double, raw);
    QFETCH(double, step);
    QCOMPARE(DistributionCalculator::niceStep(raw), step);
}

void TstDistributionCalculator::sharesMatchSqlite_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("kind");
    const QList<std::pair<const char*, FieldDistribution::Kind>> fields{
        {"age", FieldDistribution::Kind::Histogram},
        {"nps", FieldDistribution::Kind::Histogram},
        {"orders_count", FieldDistribution::Kind::Histogram},
        {"total_revenue", FieldDistribution::Kind::Histogram},
        {"avg_order_value", FieldDistribution::Kind::Histogram},
        {"churned", FieldDistribution::Kind::YesNo},
        {"newsletter", FieldDistribution::Kind::YesNo},
        {"country", FieldDistribution::Kind::TopValues},
        {"city", FieldDistribution::Kind::TopValues},
        {"loyalty_tier", FieldDistribution::Kind::TopValues},
        {"signup_date", FieldDistribution::Kind::Dates},
        {"last_purchase_date", FieldDistribution::Kind::Dates},
    };
    QStringList segments{QString()};
    segments << m_segments;
    for (const QString& segment : std::as_const(segments)) {
        for (const auto& [field, kind] : fields) {
            QTest::addRow("%s / %s", segment.isEmpty() ? "base" : qPrintable(segment), field)
                << segment << QString::fromLatin1(field) << int(kind);
        }
    }
}

void TstDistributionCalculator::sharesMatchSqlite()
{
    QFETCH(QString, segment);
    QFETCH(QString, field);
    QFETCH(int, kind);
    const DistributionOutcome outcome = DistributionService::compute(m_path, segment, field);
    QVERIFY2(outcome.distribution, qPrintable(outcome.error));
    const FieldDistribution& distribution = *outcome.distribution;
    QCOMPARE(int(distribution.kind), kind);
    QCOMPARE(distribution.baseSize, sqlCount(QString(), QStringLiteral("1 = 1")));
    QCOMPARE(distribution.segmentSize, sqlCount(segment, QStringLiteral("1 = 1")));
    QVERIFY(distribution.segmentSize > 0);
    qint64 baseTotal = 0;
    qint64 segmentTotal = 0;
    for (const DistributionBin& bin : distribution.bins) {
        const QString condition = binCondition(distribution, bin);
        QVERIFY2(bin.baseCount == sqlCount(QString(), condition),
                 qPrintable(bin.label + QStringLiteral(": ") + condition));
        QVERIFY2(bin.segmentCount == sqlCount(segment, condition),
                 qPrintable(bin.label + QStringLiteral(": ") + condition));
        QCOMPARE(bin.baseShare, double(bin.baseCount) / double(distribution.baseSize));
        QCOMPARE(bin.segmentShare, double(bin.segmentCount) / double(distribution.segmentSize));
        QVERIFY(!bin.label.isEmpty());
        baseTotal += bin.baseCount;
        segmentTotal += bin.segmentCount;
    }
    // The bins cover every customer once, NULL included.
    QCOMPARE(baseTotal, distribution.baseSize);
    QCOMPARE(segmentTotal, distribution.segmentSize);
    const bool hasNull = sqlCount(QString(), quoted(field) + QStringLiteral(" IS NULL")) > 0;
    QCOMPARE(distribution.bins.constLast().kind == DistributionBin::Kind::Unknown, hasNull);

    // Round edges: multiples of a round width for numbers, first days of months, quarters or years for dates.
    if (distribution.kind == FieldDistribution::Kind::Histogram) {
        QCOMPARE(DistributionCalculator::niceStep(distribution.binWidth), distribution.binWidth);
        QVERIFY(distribution.bins.size() <= 22);
        for (const DistributionBin& bin : distribution.bins) {
            for (const QVariant& edge : {bin.lower, bin.upper}) {
                if (edge.isValid()) {
                    const double multiple = edge.toDouble() / distribution.binWidth;
                    QVERIFY2(std::abs(multiple - std::round(multiple)) < 1e-9, qPrintable(bin.label));
                }
            }
        }
    } else if (distribution.kind == FieldDistribution::Kind::Dates) {
        QVERIFY(distribution.bins.size() <= 25);
        for (const DistributionBin& bin : distribution.bins) {
            if (bin.kind != DistributionBin::Kind::Range)
                continue;
            const QDate lower = QDate::fromString(bin.lower.toString(), Qt::ISODate);
            QVERIFY(lower.isValid());
            QCOMPARE(lower.day(), 1);
            if (distribution.dateStep == FieldDistribution::DateStep::Quarter)
                QCOMPARE((lower.month() - 1) % 3, 0);
            if (distribution.dateStep == FieldDistribution::DateStep::Year)
                QCOMPARE(lower.month(), 1);
        }
    }
}

void TstDistributionCalculator::topValuesAreTheLargestShares()
{
    // city has more values than are drawn: the drawn ones are those with the largest share in segment or base.
    const QString segment = m_segments.constFirst();
    const DistributionOutcome outcome = DistributionService::compute(m_path, segment, QStringLiteral("city"));
    QVERIFY2(outcome.distribution, qPrintable(outcome.error));
    const FieldDistribution& distribution = *outcome.distribution;
    QSet<QString> drawn;
    double smallestDrawn = 2.0;
    for (const DistributionBin& bin : distribution.bins) {
        if (bin.kind == DistributionBin::Kind::Value) {
            drawn.insert(bin.value);
            smallestDrawn = std::min(smallestDrawn, std::max(bin.segmentShare, bin.baseShare));
        }
    }
    QCOMPARE(drawn.size(), DistributionOptions().topValues);
    QVERIFY(distribution.bins.at(distribution.bins.size() - 1).kind == DistributionBin::Kind::Other
            || distribution.bins.at(distribution.bins.size() - 2).kind == DistributionBin::Kind::Other);
    Statement statement = m_workspace->db().prepare(
        QStringLiteral("SELECT city, count(*) FROM customers WHERE city IS NOT NULL GROUP BY city"));
    QHash<QString, qint64> base;
    while (statement.next())
        base.insert(statement.toString(0), statement.toInt64(1));
    QVERIFY(base.size() > drawn.size());
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        if (drawn.contains(it.key()))
            continue;
        const QString condition = QStringLiteral("city = ") + literal(it.key());
        const double share = std::max(double(sqlCount(segment, condition)) / double(distribution.segmentSize),
                                      double(it.value()) / double(distribution.baseSize));
        QVERIFY2(share <= smallestDrawn, qPrintable(it.key()));
    }
}

void TstDistributionCalculator::edgeCases()
{
    // A plain table: a long-tailed real column (two far outliers), a constant, an all-NULL text column, a
    // datetime column over ten years.
    const QString path = m_dir.filePath(QStringLiteral("edges.sqlite"));
    QString error;
    auto db = Database::open(path, Database::Mode::ReadWriteCreate, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(db->exec("CREATE TABLE customers (amount REAL, constant INTEGER, blank TEXT, seen TEXT)", &error),
             qPrintable(error));
    QVERIFY2(
        db->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                 "INSERT INTO customers SELECT CASE WHEN i = 1 THEN -5000.0 WHEN i = 2 THEN 1e6 ELSE i * 0.37 END, "
                 "7, NULL, date('2014-03-05', '+' || (i * 3) || ' days') || ' 10:00:00' FROM n",
                 &error),
        qPrintable(error));
    const QList<FieldInfo> fields{{QStringLiteral("customers"), QStringLiteral("amount"), {}, FieldType::Real},
                                  {QStringLiteral("customers"), QStringLiteral("constant"), {}, FieldType::Integer},
                                  {QStringLiteral("customers"), QStringLiteral("blank"), {}, FieldType::Text},
                                  {QStringLiteral("customers"), QStringLiteral("seen"), {}, FieldType::DateTime}};
    const auto store = ColumnStore::load(*db, fields, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    const Bitset firstHalf = Bitset::fromPredicate(store->rowCount(), [](qint64 row) { return row < 500; });

    auto amount = DistributionCalculator::compute(*store, firstHalf, QStringLiteral("amount"), &error);
    QVERIFY2(amount, qPrintable(error));
    QCOMPARE(amount->bins.constFirst().label, QStringLiteral("< 0"));
    QVERIFY(!amount->bins.constFirst().lower.isValid());
    QCOMPARE(amount->bins.constFirst().baseCount, 1);
    QVERIFY(!amount->bins.constLast().upper.isValid()); // the 1e6 outlier: an open bin, not 2,700 empty ones
    QCOMPARE(amount->bins.constLast().baseCount, 1);
    QCOMPARE(amount->binWidth, 50.0);
    QVERIFY(amount->bins.size() <= 12);

    auto constant = DistributionCalculator::compute(*store, firstHalf, QStringLiteral("constant"), &error);
    QVERIFY2(constant, qPrintable(error));
    QCOMPARE(constant->bins.size(), 1);
    QCOMPARE(constant->bins.constFirst().label, QStringLiteral("7"));
    QCOMPARE(constant->bins.constFirst().segmentShare, 1.0);

    auto nothing = DistributionCalculator::compute(*store, firstHalf, QStringLiteral("blank"), &error);
    QVERIFY2(nothing, qPrintable(error));
    QCOMPARE(nothing->bins.size(), 1);
    QVERIFY(nothing->bins.constFirst().kind == DistributionBin::Kind::Unknown);
    QCOMPARE(nothing->bins.constFirst().baseShare, 1.0);

    auto seen = DistributionCalculator::compute(*store, firstHalf, QStringLiteral("seen"), &error);
    QVERIFY2(seen, qPrintable(error));
    QVERIFY(seen->dateStep == FieldDistribution::DateStep::Year);
    QCOMPARE(seen->bins.constFirst().lower.toString(), QStringLiteral("2014-01-01"));
    QCOMPARE(seen->bins.constFirst().label, QStringLiteral("2014"));
    QCOMPARE(seen->bins.size(), 9); // 2014-03-08 … May 2022
    QCOMPARE(seen->bins.constFirst().segmentShare, double(seen->bins.constFirst().segmentCount) / 500.0);

    QVERIFY(!DistributionCalculator::compute(*store, firstHalf, QStringLiteral("missing"), &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
    QVERIFY(!DistributionCalculator::compute(*store, Bitset(3), QStringLiteral("amount"), &error));
}

void TstDistributionCalculator::topDifferences()
{
    const QString segment = m_segments.at(1);
    const int k = 5;
    const DistributionOutcome outcome = DistributionService::differences(m_path, segment, k);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.skippedFields.isEmpty());
    QCOMPARE(outcome.differences.size(), k);
    // Each field's distribution on its own: the listed bins are the k largest absolute differences of all.
    QList<double> all;
    for (const FieldInfo& field : DistributionCalculator::distributableFields(m_workspace->fields())) {
        const DistributionOutcome one = DistributionService::compute(m_path, segment, field.name, outcome.store);
        QVERIFY2(one.distribution, qPrintable(one.error));
        for (const DistributionBin& bin : one.distribution->bins)
            all << std::abs(bin.segmentShare - bin.baseShare) * 100.0;
        QVERIFY(!field.pii && field.role != FieldRole::CustomerKey);
    }
    std::sort(all.begin(), all.end(), std::greater<>());
    for (int i = 0; i < k; ++i) {
        const DistributionDifference& difference = outcome.differences.at(i);
        QCOMPARE(std::abs(difference.points), all.at(i));
        QCOMPARE(difference.points, (difference.bin.segmentShare - difference.bin.baseShare) * 100.0);
        // The bin is what SQLite counts.
        const DistributionOutcome again
            = DistributionService::compute(m_path, segment, difference.field.name, outcome.store);
        QVERIFY(again.distribution);
        QCOMPARE(difference.bin.segmentCount, sqlCount(segment, binCondition(*again.distribution, difference.bin)));
    }
    QVERIFY(std::abs(outcome.differences.constFirst().points) > 1.0); // demo segments differ from the base
}

void TstDistributionCalculator::baseAgainstItselfDiffersNowhere()
{
    const DistributionOutcome outcome = DistributionService::differences(m_path, QString(), 3);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.differences.size(), 3);
    for (const DistributionDifference& difference : outcome.differences)
        QVERIFY(difference.points == 0.0);
    const DistributionOutcome unknown
        = DistributionService::compute(m_path, QStringLiteral("No such segment"), QStringLiteral("age"));
    QVERIFY(!unknown.distribution);
    QVERIFY(unknown.error.contains(QStringLiteral("No such segment")));
}

void TstDistributionCalculator::relativeDatesCountFromTheAsOfDate_data()
{
    QTest::addColumn<QDate>("asOf"); // invalid: none set, the day after the latest purchase
    QTest::newRow("from the data") << QDate();
    QTest::newRow("set to mid 2024") << QDate(2024, 6, 30);
    QTest::newRow("set to 2023") << QDate(2023, 1, 15);
}

void TstDistributionCalculator::relativeDatesCountFromTheAsOfDate()
{
    QFETCH(QDate, asOf);
    // The demo's win-back segment has a "not in the last 90 days" rule: its size moves with the as-of date.
    const QString segment = QStringLiteral("DACH win-back");
    QVERIFY(m_segments.contains(segment));
    QString error;
    QVERIFY2(m_workspace->setAsOfDateOverride(asOf.isValid() ? std::optional<QDate>(asOf) : std::nullopt, &error),
             qPrintable(error));
    const DistributionOutcome outcome = DistributionService::compute(m_path, segment, QStringLiteral("country"));
    QVERIFY(m_workspace->setAsOfDateOverride(std::nullopt, &error));
    QVERIFY2(outcome.distribution, qPrintable(outcome.error));
    QVERIFY(outcome.distribution->segmentSize > 0);
    QVERIFY(m_workspace->setAsOfDateOverride(asOf.isValid() ? std::optional<QDate>(asOf) : std::nullopt, &error));
    const qint64 expected = sqlCount(segment, QStringLiteral("1 = 1"));
    QVERIFY(m_workspace->setAsOfDateOverride(std::nullopt, &error));
    QCOMPARE(outcome.distribution->segmentSize, expected);
}

QTEST_GUILESS_MAIN(TstDistributionCalculator)
#include "tst_distributioncalculator.moc"
