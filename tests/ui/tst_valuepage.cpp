// The Customer value page on demo workspaces, driven through its widgets: a fit shows the parameters a direct call
// of the model code gives on the same data, the backtest's bars and tracking lines are the backtest's figures, the
// suggested segments hold the customers a SQLite count over the stored predictions finds (and saving one undoes),
// a fit can be cancelled, too little data says what is missing instead of showing numbers, and the demo's spend
// model converges away from its bounds.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport.h"

#include "analysis/clvcheck.h"
#include "model/analytics/clvinput.h"
#include "model/analytics/clvservice.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/value/valuecharts.h"
#include "ui/value/valuepage.h"
#include "ui/value/valueparametermodel.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace swb;

namespace {

bool near(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

class TstValuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitShowsTheModelsParameters();
    void backtestChartsAreTheBacktest();
    void histogramsCountEveryPrediction();
    void saveTopPercentCountsAsSqlite();
    void saveAtRiskCountsAsSqlite();
    void cancelStopsTheFit();
    void tooLittleDataSaysWhatIsMissing();
    void demoSpendModelConvergesAwayFromBounds();

private:
    void open(const QString& path);
    void fitAndWait();
    ClvOptions options() const;
    qint64 sqliteCount(const QString& sql);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ValuePage> m_page;
};

void TstValuePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(test::swbPath()), "build the swb target first");
    m_db = m_dir.filePath(QStringLiteral("value.sqlite"));
    QString error;
    QVERIFY2(!test::makeDemoWorkspace(m_db, 3000, &error).isEmpty(), qPrintable(error));
}

void TstValuePage::init()
{
    open(m_db);
}

void TstValuePage::open(const QString& path)
{
    m_page.reset();
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    QString error;
    QVERIFY2(test::openSession(*m_session, path, &error), qPrintable(error));
    m_page = std::make_unique<ValuePage>();
    new QAbstractItemModelTester(m_page->parameterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_page.get());
    m_page->setSession(m_session->segments());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(m_page->fitButton()->isEnabled());
    QVERIFY(!m_page->saveTopButton()->isEnabled());
}

void TstValuePage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

ClvOptions TstValuePage::options() const
{
    ClvOptions options;
    options.calibrationEnd = m_page->calibrationEdit()->date();
    options.horizonWeeks = m_page->horizonBox()->value();
    options.annualDiscountRate = m_page->discountBox()->value() / 100;
    return options;
}

void TstValuePage::fitAndWait()
{
    QSignalSpy shown(m_page.get(), &ValuePage::fitShown);
    m_page->fitButton()->click();
    QVERIFY(m_page->isRunning());
    QVERIFY(m_page->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 120000);
    QVERIFY(!m_page->isRunning());
    QVERIFY(m_page->result().has_value());
}

qint64 TstValuePage::sqliteCount(const QString& sql)
{
    const test::ProcessRun sqlite = test::runProgram(QStringLiteral("sqlite3"), {m_db, sql});
    if (sqlite.exitCode != 0 || sqlite.out.trimmed().isEmpty())
        return -1;
    return sqlite.out.trimmed().toLongLong();
}

void TstValuePage::fitShowsTheModelsParameters()
{
    m_page->horizonBox()->setValue(26);
    m_page->discountBox()->setValue(8);
    // Ctrl+Return fits.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QSignalSpy shown(m_page.get(), &ValuePage::fitShown);
    QTest::keyClick(m_page->parameterView(), Qt::Key_Return, Qt::ControlModifier); // clicks after a short flash
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 120000);
    const ClvOutcome direct = ClvInputLoader::compute(m_db, options());
    QVERIFY(direct.report && direct.report->fitted);
    QVERIFY2(direct.report->problems.isEmpty(), qPrintable(direct.report->problems.join(QLatin1Char(' '))));
    const BgNbdParams& b = direct.report->bgnbd.params;
    const GammaGammaParams& g = direct.report->gammaGamma.params;
    ValueParameterModel* model = m_page->parameterModel();
    const QList<std::pair<QString, double>> expected{
        {QStringLiteral("r"), b.r},     {QStringLiteral("α"), b.alpha}, {QStringLiteral("a"), b.a},
        {QStringLiteral("b"), b.b},     {QStringLiteral("p"), g.p},     {QStringLiteral("q"), g.q},
        {QStringLiteral("γ"), g.gamma},
    };
    for (const auto& [name, value] : expected) {
        int row = 0;
        while (row < model->rowCount() && model->parameter(row) != name)
            ++row;
        QVERIFY2(row < model->rowCount(), qPrintable(name));
        QVERIFY2(model->value(row) == value,
                 qPrintable(QStringLiteral("%1: %2 shown, %3 by analysis")
                                .arg(name)
                                .arg(model->value(row), 0, 'g', 17)
                                .arg(value, 0, 'g', 17)));
        QVERIFY(!model->index(row, ValueParameterModel::Meaning).data().toString().isEmpty());
    }
    QVERIFY(direct.report->bgnbd.converged && direct.report->gammaGamma.converged);
    QCOMPARE(model->index(5, ValueParameterModel::Value).data().toString(), QStringLiteral("converged"));
    QCOMPARE(model->index(10, ValueParameterModel::Value).data().toString(), QStringLiteral("converged"));
    QVERIFY(model->value(4) == direct.report->bgnbd.logLikelihood);
    QVERIFY(model->value(9) == direct.report->gammaGamma.logLikelihood);
    QVERIFY(m_page->result()->options.horizonWeeks == 26);
    QVERIFY(m_page->result()->options.annualDiscountRate == 0.08);
    QVERIFY(m_page->problemLabel()->isHidden());
    QVERIFY(m_page->saveTopButton()->isEnabled());
}

void TstValuePage::backtestChartsAreTheBacktest()
{
    fitAndWait();
    const ClvReport& report = *m_page->result()->outcome.report;
    QVERIFY(report.backtest.has_value());
    const ClvBacktest& backtest = *report.backtest;
    const BarChart* bars = m_page->charts()->frequencyChart();
    QCOMPARE(bars->categories(), QString::fromLatin1("0 1 2 3 4 5 6 7+").split(QLatin1Char(' ')));
    QCOMPARE(bars->sets().size(), 2);
    QVERIFY(backtest.byFrequency.size() == 8);
    for (int x = 0; x < 8; ++x) {
        const ClvFrequencyBin& bin = backtest.byFrequency[size_t(x)];
        QVERIFY(bin.customers > 0);
        QVERIFY(bars->sets()[0].values[x] == bin.actual / double(bin.customers));
        QVERIFY(bars->sets()[1].values[x] == bin.predicted / double(bin.customers));
    }
    // The tracking lines: weekly, cumulative, ending at the backtest's totals.
    const QList<LineSeriesData> lines = m_page->charts()->trackingChart()->series();
    QCOMPARE(lines.size(), 2);
    QVERIFY(!backtest.weekly.empty());
    QCOMPARE(lines[0].points.size(), qsizetype(backtest.weekly.size()));
    QCOMPARE(qsizetype(backtest.weekly.size()), qsizetype(std::ceil(backtest.holdoutWeeks - 1e-9)));
    QVERIFY(backtest.weekly.back().actual == backtest.actual);
    QVERIFY2(near(backtest.weekly.back().predicted, backtest.predicted, 1e-9),
             qPrintable(QStringLiteral("%1 vs %2").arg(backtest.weekly.back().predicted).arg(backtest.predicted)));
    for (size_t w = 0; w < backtest.weekly.size(); ++w) {
        QVERIFY(lines[0].points[qsizetype(w)].second == backtest.weekly[w].actual);
        QVERIFY(lines[1].points[qsizetype(w)].second == backtest.weekly[w].predicted);
        if (w > 0) {
            QVERIFY(backtest.weekly[w].actual >= backtest.weekly[w - 1].actual);
            QVERIFY(backtest.weekly[w].predicted > backtest.weekly[w - 1].predicted);
        }
    }
    QCOMPARE(lines[0].points.first().first, report.calibrationEnd.addDays(7));
}

void TstValuePage::histogramsCountEveryPrediction()
{
    fitAndWait();
    const ClvResult& result = *m_page->result();
    const qint64 customers = qint64(result.outcome.report->data.customers.size());
    for (const ClvHistogram* histogram : {&result.clvHistogram, &result.pAliveHistogram}) {
        qint64 sum = 0;
        for (const qint64 n : histogram->counts)
            sum += n;
        QCOMPARE(sum, customers);
    }
    // P(alive) bins by hand.
    std::vector<qint64> byHand(10, 0);
    for (const double p : result.pAlive)
        ++byHand[size_t(std::min(9, int(std::floor(p * 10))))];
    QVERIFY(byHand == result.pAliveHistogram.counts);
    const BarChart* chart = m_page->charts()->pAliveChart();
    QCOMPARE(chart->categories().size(), 10);
    QCOMPARE(chart->sets()[0].values.size(), 10);
    QVERIFY(chart->sets()[0].values[9] == double(byHand[9]));
    QVERIFY(m_page->charts()->clvChart()->categories().last().startsWith(QStringLiteral("≥")));
    // Readable CLV bins: the width is 1, 2, 2.5 or 5 times a power of ten, starting at 0, at most 20 bins.
    const double width = result.clvHistogram.width;
    const double mantissa = width / std::pow(10.0, std::floor(std::log10(width)));
    QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 2.5) < 1e-9
                 || std::abs(mantissa - 5) < 1e-9,
             qPrintable(QString::number(width)));
    QVERIFY(result.clvHistogram.counts.size() >= 1 && result.clvHistogram.counts.size() <= 20);
    QCOMPARE(result.clvHistogram.lower, 0.0);
}

void TstValuePage::saveTopPercentCountsAsSqlite()
{
    fitAndWait();
    m_page->topPercentBox()->setValue(10);
    QSignalSpy saved(m_page.get(), &ValuePage::segmentSaved);
    m_page->saveTopButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 60000);
    const auto segment = saved.first().first().value<ClvSegmentSaved>();
    QVERIFY2(segment.error.isEmpty(), qPrintable(segment.error));
    // The 10% mark and the customers at or above it, in SQLite's own terms.
    const qint64 n = sqliteCount(QStringLiteral("SELECT COUNT(predicted_clv) FROM customers"));
    QVERIFY(n > 1000);
    const qint64 k = qint64(std::ceil(0.1 * double(n)));
    const qint64 expected = sqliteCount(
        QStringLiteral("SELECT COUNT(*) FROM customers WHERE predicted_clv >= (SELECT predicted_clv FROM customers "
                       "WHERE predicted_clv IS NOT NULL ORDER BY predicted_clv DESC LIMIT 1 OFFSET %1)")
            .arg(k - 1));
    QVERIFY(expected >= k);
    QCOMPARE(segment.members, expected);
    const QString members = QStringLiteral("SELECT COUNT(*) FROM segment_members JOIN segments s ON s.id = segment_id "
                                           "WHERE s.name = '%1'")
                                .arg(segment.name);
    QCOMPARE(sqliteCount(members), expected);
    QCOMPARE(sqliteCount(QStringLiteral("SELECT COUNT(*) FROM fields WHERE name IN ('p_alive', 'expected_purchases', "
                                        "'expected_order_value', 'predicted_clv') AND derived = 1")),
             qint64(4));
    // Undo removes the segment, redo saves it again with the same members.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->segments()->find(segment.name).has_value(), 30000);
    QCOMPARE(m_page->undoStack()->count(), 1);
    m_page->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->segments()->find(segment.name).has_value(), 30000);
    QCOMPARE(sqliteCount(members), qint64(0));
    m_page->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->segments()->find(segment.name).has_value(), 30000);
    QCOMPARE(sqliteCount(members), expected);
}

void TstValuePage::saveAtRiskCountsAsSqlite()
{
    fitAndWait();
    m_page->riskThresholdBox()->setValue(0.6);
    m_page->highSpenderBox()->setValue(20);
    QSignalSpy saved(m_page.get(), &ValuePage::segmentSaved);
    // A second segment of the same fit: the predictions are stored again, the segment saved.
    m_page->saveTopButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && m_page->saveRiskButton()->isEnabled(), 60000);
    saved.clear();
    m_page->saveRiskButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 60000);
    const auto segment = saved.first().first().value<ClvSegmentSaved>();
    QVERIFY2(segment.error.isEmpty(), qPrintable(segment.error));
    const qint64 n = sqliteCount(QStringLiteral("SELECT COUNT(total_revenue) FROM customers"));
    const qint64 k = qint64(std::ceil(0.2 * double(n)));
    const qint64 expected = sqliteCount(
        QStringLiteral("SELECT COUNT(*) FROM customers WHERE p_alive < 0.6 AND total_revenue >= (SELECT total_revenue "
                       "FROM customers WHERE total_revenue IS NOT NULL ORDER BY total_revenue DESC LIMIT 1 OFFSET %1)")
            .arg(k - 1));
    QVERIFY(expected > 0);
    QCOMPARE(segment.members, expected);
}

void TstValuePage::cancelStopsTheFit()
{
    QSignalSpy canceled(m_page.get(), &ValuePage::fitCanceled);
    QSignalSpy shown(m_page.get(), &ValuePage::fitShown);
    m_page->fitButton()->click();
    QVERIFY(m_page->isRunning());
    m_page->cancelButton()->click();
    QCOMPARE(canceled.size(), 1);
    QVERIFY(!m_page->isRunning());
    QVERIFY(m_page->fitButton()->isEnabled());
    QVERIFY(!m_page->cancelButton()->isEnabled());
    QTest::qWait(1500);
    QVERIFY(shown.isEmpty());
    QVERIFY(!m_page->result().has_value());
    QCOMPARE(m_page->parameterModel()->rowCount(), 0);
    // The page fits again afterwards.
    fitAndWait();
}

void TstValuePage::tooLittleDataSaysWhatIsMissing()
{
    const QString small = m_dir.filePath(QStringLiteral("small.sqlite"));
    QString error;
    QVERIFY2(!test::makeDemoWorkspace(small, 60, &error).isEmpty(), qPrintable(error));
    open(small);
    fitAndWait();
    const ClvReport& report = *m_page->result()->outcome.report;
    QVERIFY(!report.problems.isEmpty());
    QVERIFY(m_page->problemLabel()->isVisible());
    for (const QString& problem : report.problems)
        QVERIFY(m_page->problemLabel()->text().contains(problem));
    QVERIFY(!m_page->saveTopButton()->isEnabled());
    QVERIFY(!m_page->saveRiskButton()->isEnabled());
    QVERIFY(m_page->charts()->clvChart()->categories().isEmpty());
    QVERIFY(m_page->charts()->frequencyChart()->categories().isEmpty());
}

void TstValuePage::demoSpendModelConvergesAwayFromBounds()
{
    // The demo as `swb demo` makes it by default: both models converge, no parameter at a bound, and the spend
    // levels differ between customers (q finite, above 1: the mean spend pγ/(q−1) exists).
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(!test::makeDemoWorkspace(demo, 20000, &error).isEmpty(), qPrintable(error));
    const ClvOutcome outcome = ClvInputLoader::compute(demo, {});
    QVERIFY(outcome.report && outcome.report->fitted);
    const GammaGammaFit& spend = outcome.report->gammaGamma;
    QVERIFY(spend.converged);
    QVERIFY(outcome.report->bgnbd.converged);
    for (const bool atBound : spend.atBound)
        QVERIFY(!atBound);
    QVERIFY(ClvCheck::afterFit(outcome.report->bgnbd, spend).isEmpty());
    QVERIFY2(spend.params.p > 0.5 && spend.params.p < 50, qPrintable(QString::number(spend.params.p)));
    QVERIFY2(spend.params.q > 1.5 && spend.params.q < 50, qPrintable(QString::number(spend.params.q)));
    QVERIFY2(spend.params.gamma > 1 && spend.params.gamma < 1e4, qPrintable(QString::number(spend.params.gamma)));
    QVERIFY(std::isfinite(spend.standardErrors.p) && spend.standardErrors.p < spend.params.p);
}

QTEST_MAIN(TstValuePage)
#include "tst_valuepage.moc"
