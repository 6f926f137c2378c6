// The Dashboard's KPI table model: rows and columns, formatted and raw values, lift shading and tooltips, the
// reason a KPI is unavailable, sorting through a proxy, and the TSV copy; under QAbstractItemModelTester.
#include "ui/dashboard/kpitablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace swb;

namespace {

KpiValue kpiValue(std::optional<double> value, qint64 unknown = 0)
{
    KpiValue v;
    v.value = value;
    v.known = 10;
    v.unknown = unknown;
    return v;
}

KpiReport sampleReport()
{
    KpiReport report;
    report.asOfDate = QDate(2026, 6, 30);
    report.base.size = 1000;
    report.base.share = 1.0;
    report.base.revenue = kpiValue(100000.0);
    report.base.revenuePerCustomer = kpiValue(100.0);
    report.base.churnRate = kpiValue(0.2);
    KpiSet vip;
    vip.name = QStringLiteral("VIP");
    vip.size = 100;
    vip.share = 0.1;
    vip.revenue = kpiValue(40000.0);
    vip.revenuePerCustomer = kpiValue(400.0, 3);
    vip.churnRate = kpiValue(0.05);
    KpiSet lapsed;
    lapsed.name = QStringLiteral("Lapsed");
    lapsed.size = 300;
    lapsed.share = 0.3;
    lapsed.revenue = kpiValue(6000.0);
    lapsed.revenuePerCustomer = kpiValue(20.0);
    lapsed.churnRate = kpiValue(0.6);
    report.segments = {vip, lapsed};
    report.unavailable << QStringLiteral("nps (no numeric field has the role \"nps\")");
    return report;
}

} // namespace

class TestKpiTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreTheBaseThenTheSegments();
    void valuesAndShares_data();
    void valuesAndShares();
    void liftShadesSegmentsNotTheBase();
    void unavailableKpiSaysWhy();
    void sortsByTheRawNumber();
    void copiesAsTsv();
    void predictedClvBesideHistoricalClv();
    void predictedClvUnavailableSaysWhatToDo();
};

void TestKpiTableModel::rowsAreTheBaseThenTheSegments()
{
    KpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setReport(sampleReport());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(KpiTableModel::ColumnCount));
    QCOMPARE(model.index(0, KpiTableModel::Name).data().toString(), QStringLiteral("All customers"));
    QCOMPARE(model.index(2, KpiTableModel::Name).data().toString(), QStringLiteral("Lapsed"));
    model.setColors({{QStringLiteral("VIP"), QColor(Qt::red)}});
    QCOMPARE(model.index(1, KpiTableModel::Name).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestKpiTableModel::valuesAndShares_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<double>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("base size") << 0 << int(KpiTableModel::Size) << 1000.0 << "1,000";
    QTest::newRow("vip share of base") << 1 << int(KpiTableModel::ShareOfBase) << 0.1 << "10.0%";
    QTest::newRow("vip share of revenue") << 1 << int(KpiTableModel::ShareOfRevenue) << 0.4 << "40.0%";
    QTest::newRow("lapsed revenue per customer") << 2 << int(KpiTableModel::RevenuePerCustomer) << 20.0 << "20.00 ▼";
    QTest::newRow("lapsed churn") << 2 << int(KpiTableModel::ChurnRate) << 0.6 << "60.0% ▲";
}

void TestKpiTableModel::valuesAndShares()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(double, raw);
    QFETCH(QString, shown);
    QLocale::setDefault(QLocale::c());
    QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    KpiTableModel model;
    model.setReport(sampleReport());
    const QModelIndex index = model.index(row, column);
    QVERIFY(qAbs(index.data(Qt::UserRole).toDouble() - raw) < 1e-12);
    QCOMPARE(index.data().toString(), shown);
}

void TestKpiTableModel::liftShadesSegmentsNotTheBase()
{
    KpiTableModel model;
    model.setReport(sampleReport());
    const QModelIndex vipRevenue = model.index(1, KpiTableModel::RevenuePerCustomer);
    QCOMPARE(vipRevenue.data(KpiTableModel::LiftRole).toDouble(), 400.0);
    const QColor above = vipRevenue.data(Qt::BackgroundRole).value<QColor>();
    const QColor below = model.index(2, KpiTableModel::RevenuePerCustomer).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(above.isValid() && below.isValid());
    QVERIFY(above.blue() > above.red()); // above the base: blue
    QVERIFY(below.red() > below.blue()); // below: orange
    QVERIFY(!model.index(0, KpiTableModel::RevenuePerCustomer).data(Qt::BackgroundRole).isValid());
    // A segment's size and revenue sum are always below the base's: not shaded.
    QVERIFY(!model.index(1, KpiTableModel::Size).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, KpiTableModel::Revenue).data(Qt::BackgroundRole).isValid());
    QVERIFY(vipRevenue.data(Qt::ToolTipRole).toString().contains(QLatin1String("Lift: 400")));
    // Not by colour alone: the text says the direction too, and an unshaded cell has no arrow.
    QVERIFY(vipRevenue.data().toString().endsWith(QStringLiteral(" ▲")));
    QVERIFY(model.index(2, KpiTableModel::RevenuePerCustomer).data().toString().endsWith(QStringLiteral(" ▼")));
    QVERIFY(!model.index(1, KpiTableModel::Revenue).data().toString().contains(QStringLiteral("▲")));
    // The exact value leads the tooltip, in the interface's language and without a dangling separator.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(
        model.index(2, KpiTableModel::ChurnRate).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("0,6\n")),
        qPrintable(model.index(2, KpiTableModel::ChurnRate).data(Qt::ToolTipRole).toString()));
    QVERIFY(model.index(1, KpiTableModel::RevenuePerCustomer)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("400\n")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(vipRevenue.data(Qt::ToolTipRole).toString().contains(QLatin1String("without a value, left out: 3")));
}

void TestKpiTableModel::unavailableKpiSaysWhy()
{
    KpiTableModel model;
    model.setReport(sampleReport());
    const QModelIndex nps = model.index(1, KpiTableModel::Nps);
    QCOMPARE(nps.data().toString(), QStringLiteral("n/a"));
    QVERIFY(!nps.data(Qt::UserRole).isValid());
    QVERIFY2(nps.data(Qt::ToolTipRole).toString().contains(QLatin1String("role \"nps\"")),
             qPrintable(nps.data(Qt::ToolTipRole).toString()));
}

void TestKpiTableModel::sortsByTheRawNumber()
{
    KpiTableModel model;
    model.setReport(sampleReport());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(KpiTableModel::Size, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, KpiTableModel::Name).data().toString(), QStringLiteral("All customers"));
    QCOMPARE(proxy.index(1, KpiTableModel::Name).data().toString(), QStringLiteral("Lapsed"));
    QCOMPARE(proxy.index(2, KpiTableModel::Name).data().toString(), QStringLiteral("VIP"));
}

void TestKpiTableModel::copiesAsTsv()
{
    KpiTableModel model;
    model.setReport(sampleReport());
    const QStringList lines = model.toTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].split(QLatin1Char('\t')).size(), int(KpiTableModel::ColumnCount));
    const QStringList vip = lines[2].split(QLatin1Char('\t'));
    QCOMPARE(vip[KpiTableModel::Name], QStringLiteral("VIP"));
    QCOMPARE(vip[KpiTableModel::Size], QStringLiteral("100"));
    QCOMPARE(vip[KpiTableModel::ShareOfRevenue], QStringLiteral("0.4"));
    QCOMPARE(vip[KpiTableModel::Nps], QString()); // unavailable: empty, not 0
}

// The predicted CLV (mean of the derived field predicted_clv) right after the historical CLV, with its lift.
void TestKpiTableModel::predictedClvBesideHistoricalClv()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    KpiReport report = sampleReport();
    report.base.clv = kpiValue(100.0);
    report.base.predictedClv = kpiValue(50.0, 2);
    report.segments[0].predictedClv = kpiValue(125.25, 1);
    report.segments[1].predictedClv = kpiValue(12.5);
    KpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QCOMPARE(int(KpiTableModel::PredictedClv), int(KpiTableModel::Clv) + 1);
    QCOMPARE(model.headerData(KpiTableModel::Clv, Qt::Horizontal).toString(), QStringLiteral("CLV (historical)"));
    QCOMPARE(model.headerData(KpiTableModel::PredictedClv, Qt::Horizontal).toString(), QStringLiteral("Predicted CLV"));
    const QModelIndex vip = model.index(1, KpiTableModel::PredictedClv);
    QCOMPARE(vip.data().toString(), QStringLiteral("125.25 ▲")); // the lift's direction, as the shading
    QVERIFY(vip.data(Qt::UserRole).toDouble() == 125.25);
    QVERIFY(qAbs(vip.data(KpiTableModel::LiftRole).toDouble() - 250.5) < 1e-9);
    QVERIFY2(vip.data(Qt::ToolTipRole).toString().contains(QLatin1String("without a value, left out: 1")),
             qPrintable(vip.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model.index(0, KpiTableModel::PredictedClv).data().toString(), QStringLiteral("50.00"));
    QVERIFY(model.index(2, KpiTableModel::PredictedClv).data(KpiTableModel::LiftRole).toDouble() == 25.0);
    const QStringList lines = model.toTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines[0].split(QLatin1Char('\t')).value(KpiTableModel::PredictedClv), QStringLiteral("Predicted CLV"));
    QCOMPARE(lines[2].split(QLatin1Char('\t')).value(KpiTableModel::PredictedClv), QStringLiteral("125.25"));
}

// Without the saved predictions the column says n/a, and its tooltip what to do (not "give a field this role").
void TestKpiTableModel::predictedClvUnavailableSaysWhatToDo()
{
    KpiReport report = sampleReport();
    report.unavailable << QStringLiteral(
        "predicted_clv (run swb clv --save or Fit Models on the Customer value page and save a "
        "segment there)");
    KpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    const QModelIndex predicted = model.index(1, KpiTableModel::PredictedClv);
    QCOMPARE(predicted.data().toString(), QStringLiteral("n/a"));
    QVERIFY(!predicted.data(Qt::UserRole).isValid());
    const QString tip = predicted.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("run swb clv --save or Fit Models")), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("role")), qPrintable(tip));
    // The historical CLV is not concerned by that reason.
    QVERIFY(!model.index(1, KpiTableModel::Clv).data(Qt::ToolTipRole).toString().contains(QLatin1String("clv --save")));
}

QTEST_MAIN(TestKpiTableModel)
#include "tst_kpitablemodel.moc"
