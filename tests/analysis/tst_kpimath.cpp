// KPI maths on plain arrays: NPS, median (odd/even), means with NULLs counted as unknown, ratios, lift.
#include "analysis/kpimath.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace swb;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {
const double kNull = std::numeric_limits<double>::quiet_NaN();
}

class TstKpiMath : public QObject
{
    Q_OBJECT

private slots:
    void nps_data()
    {
        QTest::addColumn<std::vector<double>>("answers");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::addColumn<qint64>("known");
        QTest::addColumn<qint64>("unknown");
        // 2 promoters (10, 9), 2 passives (8, 7), 2 detractors (6, 0); the NULL is left out.
        QTest::newRow("balanced") << std::vector<double>{10, 9, 8, 7, 6, 0, kNull} << std::optional<double>(0.0)
                                  << qint64(6) << qint64(1);
        QTest::newRow("three-of-four-promoters")
            << std::vector<double>{10, 10, 9, 0} << std::optional<double>(50.0) << qint64(4) << qint64(0);
        QTest::newRow("all-detractors") << std::vector<double>{0, 3, 6} << std::optional<double>(-100.0) << qint64(3)
                                        << qint64(0);
        QTest::newRow("passives-only") << std::vector<double>{7, 8} << std::optional<double>(0.0) << qint64(2)
                                       << qint64(0);
        QTest::newRow("out-of-range-is-unknown")
            << std::vector<double>{11, -1, 5} << std::optional<double>(-100.0) << qint64(1) << qint64(2);
        QTest::newRow("only-null") << std::vector<double>{kNull} << std::optional<double>() << qint64(0) << qint64(1);
        QTest::newRow("empty") << std::vector<double>{} << std::optional<double>() << qint64(0) << qint64(0);
        // 1 promoter of 3 answers: 33.33...
        QTest::newRow("thirds") << std::vector<double>{9, 8, 7} << std::optional<double>(100.0 / 3.0) << qint64(3)
                                << qint64(0);
    }
    void nps()
    {
        QFETCH(std::vector<double>, answers);
        QFETCH(std::optional<double>, expected);
        QFETCH(qint64, known);
        QFETCH(qint64, unknown);
        const KpiValue value = KpiMath::nps(answers);
        QCOMPARE(value.value.has_value(), expected.has_value());
        if (expected)
            QVERIFY(std::abs(*value.value - *expected) < 1e-12);
        QCOMPARE(value.known, known);
        QCOMPARE(value.unknown, unknown);
    }

    void median_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::addColumn<qint64>("unknown");
        QTest::newRow("odd") << std::vector<double>{30, 10, 20} << std::optional<double>(20.0) << qint64(0);
        QTest::newRow("even") << std::vector<double>{40, 10, 30, 20} << std::optional<double>(25.0) << qint64(0);
        QTest::newRow("even-with-ties") << std::vector<double>{5, 5, 1, 9} << std::optional<double>(5.0) << qint64(0);
        QTest::newRow("null-left-out") << std::vector<double>{kNull, 7, 1, kNull} << std::optional<double>(4.0)
                                       << qint64(2);
        QTest::newRow("single") << std::vector<double>{3} << std::optional<double>(3.0) << qint64(0);
        QTest::newRow("none-known") << std::vector<double>{kNull} << std::optional<double>() << qint64(1);
        QTest::newRow("empty") << std::vector<double>{} << std::optional<double>() << qint64(0);
    }
    void median()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(std::optional<double>, expected);
        QFETCH(qint64, unknown);
        const KpiValue value = KpiMath::median(values);
        QCOMPARE(value.value, expected);
        QCOMPARE(value.unknown, unknown);
        QCOMPARE(value.known, qint64(values.size()) - unknown);
    }

    void meanLeavesNullsOutAndCountsThem()
    {
        const std::vector<double> churn{1, kNull, 0, 0, kNull, 1, 1, 0};
        const KpiValue mean = KpiMath::mean(churn);
        QCOMPARE(mean.value, std::optional<double>(0.5));
        QCOMPARE(mean.known, qint64(6));
        QCOMPARE(mean.unknown, qint64(2));
        const KpiValue sum = KpiMath::sum(churn);
        QCOMPARE(sum.value, std::optional<double>(3.0));
        QVERIFY(!KpiMath::mean(std::vector<double>{kNull, kNull}).available());
        QVERIFY(!KpiMath::sum(std::vector<double>{}).available());
    }

    void moneySumIsExact()
    {
        const std::vector<double> pair{24.21, 104.55, -24.21, -104.55};
        QVERIFY(*KpiMath::moneySum(pair).value == 0.0);
        QVERIFY(!std::signbit(*KpiMath::moneySum(pair).value));
        double naive = 0;
        for (double v : pair)
            naive += v;
        QVERIFY(naive != 0.0); // the case is real: binary floating point leaves noise
        const std::vector<double> cents(1000, 0.01);
        QVERIFY(*KpiMath::moneySum(cents).value == 10.0);
        const std::vector<double> withNull{0.1, std::nan(""), 0.2};
        const KpiValue sum = KpiMath::moneySum(withNull);
        QVERIFY(*sum.value == 0.3);
        QCOMPARE(sum.unknown, qint64(1));
        QVERIFY(*KpiMath::moneyMean(withNull).value == 0.15);
        QVERIFY(KpiMath::roundMoney(363.56999999999994) == 363.57);
        QVERIFY(*KpiMath::moneySum(std::vector<double>{1e15, 0.5}).value == 1e15 + 0.5); // beyond the exact range
    }

    void ratio()
    {
        QCOMPARE(KpiMath::ratio(1000, 8), std::optional<double>(125.0)); // average order value
        QCOMPARE(KpiMath::ratio(5, 0), std::optional<double>());
        QCOMPARE(KpiMath::ratio(kNull, 2), std::optional<double>());
        QCOMPARE(KpiMath::ratio(0, 4), std::optional<double>(0.0));
    }

    void lift_data()
    {
        QTest::addColumn<std::optional<double>>("segment");
        QTest::addColumn<std::optional<double>>("base");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::newRow("half") << std::optional<double>(50) << std::optional<double>(100) << std::optional<double>(50);
        QTest::newRow("double") << std::optional<double>(0.3) << std::optional<double>(0.15)
                                << std::optional<double>(200);
        QTest::newRow("zero-segment") << std::optional<double>(0) << std::optional<double>(10)
                                      << std::optional<double>(0);
        QTest::newRow("negative-nps") << std::optional<double>(-20) << std::optional<double>(40)
                                      << std::optional<double>(-50);
        QTest::newRow("base-zero") << std::optional<double>(5) << std::optional<double>(0) << std::optional<double>();
        QTest::newRow("base-unavailable")
            << std::optional<double>(5) << std::optional<double>() << std::optional<double>();
        QTest::newRow("segment-unavailable")
            << std::optional<double>() << std::optional<double>(5) << std::optional<double>();
    }
    void lift()
    {
        QFETCH(std::optional<double>, segment);
        QFETCH(std::optional<double>, base);
        QFETCH(std::optional<double>, expected);
        const std::optional<double> lift = KpiMath::lift(segment, base);
        QCOMPARE(lift.has_value(), expected.has_value());
        if (expected)
            QVERIFY(std::abs(*lift - *expected) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TstKpiMath)
#include "tst_kpimath.moc"
