// `swb clv` on a workspace made from the CDNOW log (Fader, Hardie & Lee's data) and on the demo: the fitted
// parameters against the published ones, the backtest's counts against tests/cli/clv_reference.py (which counts the
// CSV or the workspace's orders itself), the JSON's keys, the data-sufficiency exit and the option errors.
#include "tests/support/swbrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>

using namespace swb;

namespace {

bool withinPercent(double value, double published, double percent)
{
    return std::abs(value - published) <= std::abs(published) * percent / 100;
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

// `sqlite3 -json DB QUERY`: the rows, or an empty array (the failure in `error`).
QJsonArray sqliteRows(const QString& db, const QString& query, QString* error)
{
    const test::ProcessRun run = test::runProgram(QStringLiteral("sqlite3"), {QStringLiteral("-json"), db, query});
    if (run.exitCode != 0)
        *error = QString::fromUtf8(run.err);
    return QJsonDocument::fromJson(run.out).array();
}

} // namespace

class TstCliClv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cdnow;
    QString m_demo;

    QString workspace(const QString& name) const { return name == QLatin1String("cdnow") ? m_cdnow : m_demo; }

private slots:
    void initTestCase();
    void backtestMatchesReference_data();
    void backtestMatchesReference();
    void cdnowMatchesPublished();
    void demoFitsWithoutHoldout();
    void horizonAndDiscountChangeValue();
    void tooLittleDataExitsWithMessage();
    void saveMatchesScipy();
    void noOrdersSaysWhatIsNeeded();
    void saveOnDemoLeavesNonBuyersEmpty();
    void badOptionsAreUsageErrors_data();
    void badOptionsAreUsageErrors();
};

void TstCliClv::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The CDNOW log as it is (masterid, sampleid, date as YYYYMMDD, cds, sales) with no option but the kind.
    m_cdnow = m_dir.filePath(QStringLiteral("cdnow.sqlite"));
    test::ProcessRun run
        = test::runSwb({QStringLiteral("import"), QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv"),
                        QStringLiteral("--db"), m_cdnow, QStringLiteral("--kind"), QStringLiteral("orders")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Orders without a customer key: 0. Customers created from orders: 2,357"),
             run.out.constData());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    run = test::runSwb({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("3000"),
                        QStringLiteral("--db"), m_demo});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!QStringLiteral(SWB_PYTHON).isEmpty(), "a Python 3 is needed for the reference counts (/usr/bin/python3)");
}

void TstCliClv::backtestMatchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source"); // what clv_reference.py reads
    QTest::addColumn<QString>("end");
    QTest::newRow("cdnow") << QStringLiteral("cdnow") << QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv")
                           << QStringLiteral("1997-09-30");
    QTest::newRow("demo") << QStringLiteral("demo") << QString() << QStringLiteral("2024-06-30");
}

void TstCliClv::backtestMatchesReference()
{
    QFETCH(QString, name);
    QFETCH(QString, source);
    QFETCH(QString, end);
    const test::ProcessRun reference
        = test::runProgram(QStringLiteral(SWB_PYTHON),
                           {QStringLiteral(SWB_TEST_DATA_DIR "/../cli/clv_reference.py"),
                            name == QLatin1String("cdnow") ? QStringLiteral("cdnow") : QStringLiteral("workspace"),
                            source.isEmpty() ? workspace(name) : source, end});
    QVERIFY2(reference.exitCode == 0, reference.err.constData());
    const QJsonObject expected = reference.json();
    const test::ProcessRun run = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), workspace(name),
                                               QStringLiteral("--calibration-end"), end, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(sortedKeys(json),
             sorted({QStringLiteral("customers"), QStringLiteral("repeat_customers"), QStringLiteral("bgnbd"),
                     QStringLiteral("gamma_gamma"), QStringLiteral("backtest")}));
    QCOMPARE(sortedKeys(json.value(QStringLiteral("bgnbd")).toObject()),
             sorted({QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b"),
                     QStringLiteral("log_likelihood"), QStringLiteral("converged")}));
    QCOMPARE(
        sortedKeys(json.value(QStringLiteral("gamma_gamma")).toObject()),
        sorted({QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma"), QStringLiteral("log_likelihood")}));
    QCOMPARE(json.value(QStringLiteral("customers")).toInteger(-1),
             expected.value(QStringLiteral("customers")).toInteger());
    QCOMPARE(json.value(QStringLiteral("repeat_customers")).toInteger(-1),
             expected.value(QStringLiteral("repeat_customers")).toInteger());
    QVERIFY(json.value(QStringLiteral("bgnbd")).toObject().value(QStringLiteral("converged")).toBool());

    const QJsonObject backtest = json.value(QStringLiteral("backtest")).toObject();
    QCOMPARE(sortedKeys(backtest),
             sorted({QStringLiteral("holdout_weeks"), QStringLiteral("actual"), QStringLiteral("predicted"),
                     QStringLiteral("mae"), QStringLiteral("by_frequency")}));
    QVERIFY(backtest.value(QStringLiteral("actual")).toDouble(-1)
            == expected.value(QStringLiteral("actual")).toDouble());
    QVERIFY(expected.value(QStringLiteral("actual")).toDouble() > 0);
    QCOMPARE(backtest.value(QStringLiteral("holdout_weeks")).toDouble(),
             expected.value(QStringLiteral("holdout_weeks")).toDouble());
    const double predicted = backtest.value(QStringLiteral("predicted")).toDouble();
    QVERIFY(predicted > 0 && backtest.value(QStringLiteral("mae")).toDouble() > 0);
    const QJsonArray bins = backtest.value(QStringLiteral("by_frequency")).toArray();
    const QJsonArray expectedBins = expected.value(QStringLiteral("by_frequency")).toArray();
    QCOMPARE(bins.size(), 8);
    QCOMPARE(bins.size(), expectedBins.size());
    double predictedSum = 0;
    for (qsizetype i = 0; i < bins.size(); ++i) {
        const QJsonObject bin = bins[i].toObject();
        const QJsonObject want = expectedBins[i].toObject();
        QCOMPARE(sortedKeys(bin),
                 sorted({QStringLiteral("x"), QStringLiteral("customers"), QStringLiteral("actual"),
                         QStringLiteral("predicted")}));
        QCOMPARE(bin.value(QStringLiteral("x")).toInt(-1), int(i));
        QCOMPARE(bin.value(QStringLiteral("customers")).toInteger(-1),
                 want.value(QStringLiteral("customers")).toInteger());
        QVERIFY(bin.value(QStringLiteral("actual")).toDouble(-1) == want.value(QStringLiteral("actual")).toDouble());
        predictedSum += bin.value(QStringLiteral("predicted")).toDouble();
    }
    QCOMPARE(predictedSum, predicted);
}

// Fader, Hardie & Lee (2005): r, alpha, a, b = 0.243, 4.414, 0.793, 2.426, LL -9582.4; Fader & Hardie's
// Gamma-Gamma note: p, q, gamma = 6.25, 3.74, 15.44 on 946 repeat customers; the 39-week holdout has 1,882.
void TstCliClv::cdnowMatchesPublished()
{
    const test::ProcessRun run
        = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), m_cdnow, QStringLiteral("--calibration-end"),
                        QStringLiteral("1997-09-30"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("customers")).toInteger(), qint64(2357));
    QCOMPARE(json.value(QStringLiteral("repeat_customers")).toInteger(), qint64(946));
    const QJsonObject bgnbd = json.value(QStringLiteral("bgnbd")).toObject();
    QVERIFY(withinPercent(bgnbd.value(QStringLiteral("r")).toDouble(), 0.243, 1));
    QVERIFY(withinPercent(bgnbd.value(QStringLiteral("alpha")).toDouble(), 4.414, 1));
    QVERIFY(withinPercent(bgnbd.value(QStringLiteral("a")).toDouble(), 0.793, 1));
    QVERIFY(withinPercent(bgnbd.value(QStringLiteral("b")).toDouble(), 2.426, 1));
    QVERIFY(std::abs(bgnbd.value(QStringLiteral("log_likelihood")).toDouble() - -9582.4) <= 0.5);
    const QJsonObject spend = json.value(QStringLiteral("gamma_gamma")).toObject();
    QVERIFY(withinPercent(spend.value(QStringLiteral("p")).toDouble(), 6.25, 1));
    QVERIFY(withinPercent(spend.value(QStringLiteral("q")).toDouble(), 3.74, 1));
    QVERIFY(withinPercent(spend.value(QStringLiteral("gamma")).toDouble(), 15.44, 1));
    QVERIFY(spend.value(QStringLiteral("log_likelihood")).toDouble(0) < 0);
    const QJsonObject backtest = json.value(QStringLiteral("backtest")).toObject();
    QVERIFY(backtest.value(QStringLiteral("actual")).toDouble() == 1882);
    QCOMPARE(backtest.value(QStringLiteral("holdout_weeks")).toDouble(), 39.0);
    // The readable summary says the same.
    const test::ProcessRun text = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), m_cdnow,
                                                QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("r 0.2426, alpha 4.4136, a 0.7929, b 2.4259"), text.out.constData());
    QVERIFY2(text.out.contains("Backtest over 39.0 weeks: 1882 repeat transactions"), text.out.constData());
}

// By default the calibration end is the workspace's as-of date, the day after the last purchase: no holdout.
void TstCliClv::demoFitsWithoutHoldout()
{
    const test::ProcessRun run
        = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(sortedKeys(json),
             sorted({QStringLiteral("customers"), QStringLiteral("repeat_customers"), QStringLiteral("bgnbd"),
                     QStringLiteral("gamma_gamma")}));
    QVERIFY(json.value(QStringLiteral("bgnbd")).toObject().value(QStringLiteral("converged")).toBool());
    QVERIFY(json.value(QStringLiteral("repeat_customers")).toInteger() >= 50);
    const QJsonObject spend = json.value(QStringLiteral("gamma_gamma")).toObject();
    QVERIFY(spend.value(QStringLiteral("q")).toDouble() > 1);
    // Every customer with a purchase bought by the as-of date: the reference counts the same customers.
    const test::ProcessRun reference
        = test::runProgram(QStringLiteral(SWB_PYTHON),
                           {QStringLiteral(SWB_TEST_DATA_DIR "/../cli/clv_reference.py"), QStringLiteral("workspace"),
                            m_demo, QStringLiteral("2100-01-01")});
    QVERIFY2(reference.exitCode == 0, reference.err.constData());
    QCOMPARE(json.value(QStringLiteral("customers")).toInteger(-1),
             reference.json().value(QStringLiteral("customers")).toInteger());
    const test::ProcessRun text = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), m_demo});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    // The demo has order lines of unknown customers and days of returns only: the summary says what was left out.
    QString error;
    const QJsonArray unmatched = sqliteRows(
        m_demo,
        QStringLiteral(
            "SELECT count(*) AS n FROM orders WHERE amount IS NULL OR order_date IS NULL OR customer_id "
            "IS NULL OR customer_id NOT IN (SELECT customer_id FROM customers WHERE customer_id IS NOT NULL)"),
        &error);
    QVERIFY2(unmatched.size() == 1, qPrintable(error));
    const qint64 leftOut = unmatched[0].toObject().value(QStringLiteral("n")).toInteger();
    QVERIFY(leftOut > 0);
    QVERIFY2(text.out.contains(QStringLiteral("Left out: %1 order lines").arg(leftOut).toUtf8()), text.out.constData());
    QVERIFY2(text.out.contains("Backtest: no orders after the calibration end"), text.out.constData());
}

// The predicted CLV of the summary grows with the horizon and falls with the discount rate.
void TstCliClv::horizonAndDiscountChangeValue()
{
    const auto meanClv = [this](const QString& weeks, const QString& rate) {
        const test::ProcessRun run
            = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), m_cdnow, QStringLiteral("--horizon-weeks"),
                            weeks, QStringLiteral("--discount-rate"), rate});
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("mean predicted CLV ([0-9.]+)")).match(QString::fromUtf8(run.out));
        return run.exitCode == 0 && match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    };
    const double base = meanClv(QStringLiteral("52"), QStringLiteral("0.1"));
    QVERIFY(base > 0);
    QVERIFY(meanClv(QStringLiteral("104"), QStringLiteral("0.1")) > base);
    QVERIFY(meanClv(QStringLiteral("52"), QStringLiteral("0")) > base);
    QVERIFY(meanClv(QStringLiteral("52"), QStringLiteral("0.5")) < base);
}

void TstCliClv::tooLittleDataExitsWithMessage()
{
    const QStringList arguments{QStringLiteral("clv"), QStringLiteral("--db"), m_demo,
                                QStringLiteral("--calibration-end"), QStringLiteral("2019-02-01")};
    const test::ProcessRun json = test::runSwb(arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QVERIFY2(json.err.contains("repeat customers"), json.err.constData());
    const QJsonObject object = json.json();
    QVERIFY(object.value(QStringLiteral("error")).toString().contains(QStringLiteral("repeat customers")));
    QVERIFY(!object.contains(QStringLiteral("bgnbd")));
    QVERIFY(object.value(QStringLiteral("customers")).toInteger(-1) >= 0);
    const test::ProcessRun text = test::runSwb(arguments);
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.isEmpty());
    QVERIFY2(text.err.contains("choose a later calibration end"), text.err.constData());
}

// --save stores P(alive), E[Y(H)], E[M] and CLV per customer; each agrees with scipy's formulas (the reference of
// tst_bgnbd) evaluated at the fitted parameters on the CSV's own per-customer summary.
void TstCliClv::saveMatchesScipy()
{
    const QString db = m_dir.filePath(QStringLiteral("cdnow_saved.sqlite"));
    QVERIFY(QFile::copy(m_cdnow, db));
    const test::ProcessRun run
        = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), db, QStringLiteral("--calibration-end"),
                        QStringLiteral("1997-09-30"), QStringLiteral("--horizon-weeks"), QStringLiteral("39"),
                        QStringLiteral("--discount-rate"), QStringLiteral("0.15"), QStringLiteral("--save"),
                        QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject bg = run.json().value(QStringLiteral("bgnbd")).toObject();
    const QJsonObject gg = run.json().value(QStringLiteral("gamma_gamma")).toObject();
    const QString script = QStringLiteral(SWB_TEST_DATA_DIR "/../analysis/reference/clv_reference.py");
    const test::ProcessRun summary
        = test::runProgram(QStringLiteral(SWB_PYTHON),
                           {script, QStringLiteral("summary"),
                            QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv"), QStringLiteral("1997-09-30")});
    QVERIFY2(summary.exitCode == 0, summary.err.constData());
    const QJsonObject perCustomer = summary.json();
    QCOMPARE(perCustomer.size(), 2357);
    QJsonArray customers;
    const QStringList keys = perCustomer.keys();
    for (const QString& key : keys) {
        const QJsonArray row = perCustomer.value(key).toArray();
        customers.append(QJsonArray{row[0], row[1], row[2], row[3]});
    }
    const QJsonObject spec{
        {QStringLiteral("bgnbd"),
         QJsonArray{bg.value(QStringLiteral("r")), bg.value(QStringLiteral("alpha")), bg.value(QStringLiteral("a")),
                    bg.value(QStringLiteral("b"))}},
        {QStringLiteral("gg"),
         QJsonArray{gg.value(QStringLiteral("p")), gg.value(QStringLiteral("q")), gg.value(QStringLiteral("gamma"))}},
        {QStringLiteral("horizon"), 39.0},
        {QStringLiteral("rate"), 0.15},
        {QStringLiteral("customers"), customers}};
    QTemporaryFile specFile;
    QVERIFY(specFile.open());
    specFile.write(QJsonDocument(spec).toJson(QJsonDocument::Compact));
    specFile.close();
    const test::ProcessRun predicted
        = test::runProgram(QStringLiteral("/bin/sh"),
                           {QStringLiteral("-c"), QStringLiteral("\"$0\" \"$1\" predict < \"$2\""),
                            QStringLiteral(SWB_PYTHON), script, specFile.fileName()});
    QVERIFY2(predicted.exitCode == 0, predicted.err.constData());
    const QJsonArray expected = QJsonDocument::fromJson(predicted.out).array();
    QCOMPARE(expected.size(), keys.size());
    QHash<QString, QJsonArray> byKey;
    for (qsizetype i = 0; i < keys.size(); ++i)
        byKey.insert(keys[i], expected[i].toArray());
    QString error;
    const QJsonArray rows = sqliteRows(db,
                                       QStringLiteral("SELECT masterid AS k, p_alive, expected_purchases AS y, "
                                                      "expected_order_value AS m, predicted_clv AS v FROM customers"),
                                       &error);
    QVERIFY2(rows.size() == 2357, qPrintable(error));
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
    };
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QString key = QString::number(row.value(QStringLiteral("k")).toInteger());
        QVERIFY2(byKey.contains(key), qPrintable(key));
        const QJsonArray want = byKey.value(key);
        QVERIFY2(close(row.value(QStringLiteral("p_alive")).toDouble(), want[1].toDouble()), qPrintable(key));
        QVERIFY2(close(row.value(QStringLiteral("y")).toDouble(), want[2].toDouble()), qPrintable(key));
        QVERIFY2(close(row.value(QStringLiteral("m")).toDouble(), want[3].toDouble()), qPrintable(key));
        QVERIFY2(close(row.value(QStringLiteral("v")).toDouble(), want[4].toDouble()), qPrintable(key));
    }
}

// On the demo, customers without a purchase keep empty values; saving again replaces them; the fields are derived
// and usable in filters (`swb count` agrees with SQLite).
void TstCliClv::saveOnDemoLeavesNonBuyersEmpty()
{
    const QString db = m_dir.filePath(QStringLiteral("demo_saved.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    const QStringList arguments{QStringLiteral("clv"), QStringLiteral("--db"), db, QStringLiteral("--save")};
    test::ProcessRun run = test::runSwb(arguments + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const qint64 customers = run.json().value(QStringLiteral("customers")).toInteger(-1);
    run = test::runSwb(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Saved p_alive, expected_purchases, expected_order_value, predicted_clv for"),
             run.out.constData());
    QString error;
    const QJsonArray counts = sqliteRows(
        db,
        QStringLiteral("SELECT count(*) AS n, count(p_alive) AS alive, count(predicted_clv) AS clv, "
                       "sum(predicted_clv > 100) AS high, (SELECT count(*) FROM fields WHERE derived = 1 AND name IN "
                       "('p_alive', 'expected_purchases', 'expected_order_value', 'predicted_clv')) AS fields "
                       "FROM customers"),
        &error);
    QVERIFY2(counts.size() == 1, qPrintable(error));
    const QJsonObject row = counts[0].toObject();
    QCOMPARE(row.value(QStringLiteral("alive")).toInteger(), customers);
    QCOMPARE(row.value(QStringLiteral("clv")).toInteger(), customers);
    QVERIFY(row.value(QStringLiteral("n")).toInteger() > customers);
    QCOMPARE(row.value(QStringLiteral("fields")).toInteger(), qint64(4));
    const qint64 high = row.value(QStringLiteral("high")).toInteger(-1);
    QVERIFY(high > 0 && high < customers);
    run = test::runSwb({QStringLiteral("count"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                        QStringLiteral("--filter"),
                        QStringLiteral("{\"combinator\":\"and\",\"rules\":[{\"field\":\"predicted_clv\",\"operator\":"
                                       "\">\",\"value\":100}]}")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("count")).toInteger(-1), high);
}

// A workspace without orders: exit 1 and what is needed, nothing on standard output.
void TstCliClv::noOrdersSaysWhatIsNeeded()
{
    const QString db = m_dir.filePath(QStringLiteral("mall.sqlite"));
    test::ProcessRun run
        = test::runSwb({QStringLiteral("import"), QStringLiteral(SWB_TEST_DATA_DIR "/Mall_Customers.csv"),
                        QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runSwb({QStringLiteral("clv"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("needs order lines with a customer key, an order date and an amount"),
             run.err.constData());
}

void TstCliClv::badOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("date") << QStringList{QStringLiteral("--calibration-end"), QStringLiteral("30/09/1997")}
                          << QByteArray("--calibration-end takes a date");
    QTest::newRow("horizon") << QStringList{QStringLiteral("--horizon-weeks"), QStringLiteral("0")}
                             << QByteArray("--horizon-weeks takes a whole number");
    QTest::newRow("rate") << QStringList{QStringLiteral("--discount-rate"), QStringLiteral("-0.1")}
                          << QByteArray("--discount-rate takes the annual rate");
    QTest::newRow("no workspace") << QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))}
                                  << QByteArray("none.sqlite");
}

void TstCliClv::badOptionsAreUsageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    QStringList arguments{QStringLiteral("clv")};
    if (!options.contains(QStringLiteral("--db")))
        arguments << QStringLiteral("--db") << m_cdnow;
    const test::ProcessRun run = test::runSwb(arguments + options + QStringList{QStringLiteral("--json")});
    QVERIFY(run.exitCode != 0);
    if (!options.contains(QStringLiteral("--db")))
        QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TstCliClv)
#include "tst_cliclv.moc"
