// BG/NBD: the CDNOW summary and fit against Fader, Hardie & Lee (2005), predictions against scipy, the
// analytic gradient, the hypergeometric series guard, parameter recovery on 100,000 simulated customers and the
// data-sufficiency messages.
#include "analysis/bgnbd.h"
#include "analysis/clvbacktest.h"
#include "analysis/clvcheck.h"
#include "analysis/clvmath.h"
#include "testsupportclv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace swb;

class TstBgNbd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_data = test::cdnowData();
        QCOMPARE(qint64(m_data.customers.size()), qint64(2357));
    }

    // The per-customer (x, t_x, T, m_x, holdout) from the C++ summary and from the Python reference agree.
    void cdnowSummaryMatchesReference()
    {
        QString error;
        const QJsonDocument doc = test::runClvReference({QStringLiteral("summary"),
                                                         QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv"),
                                                         QStringLiteral("1997-09-30")},
                                                        {}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        const QJsonObject reference = doc.object();
        QCOMPARE(qint64(reference.size()), qint64(m_data.customers.size()));
        for (const ClvCustomer& c : m_data.customers) {
            const QJsonArray row = reference.value(QString::number(c.customer)).toArray();
            QCOMPARE(row.size(), 5);
            QCOMPARE(c.x, row[0].toInt());
            QVERIFY(test::close(c.tx, row[1].toDouble(), 1e-12));
            QVERIFY(test::close(c.T, row[2].toDouble(), 1e-12));
            QVERIFY(test::close(c.mx, row[3].toDouble(), 1e-9));
            QCOMPARE(c.holdoutTransactions, row[4].toInt());
        }
        QCOMPARE(m_data.repeatCustomers(), qint64(946));
        QCOMPARE(m_data.holdoutWeeks, 39.0);
        QCOMPARE(m_data.negativeDays, qint64(0));
    }

    // Fader, Hardie & Lee (2005), table/section 5: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4.
    void cdnowFitMatchesPublished()
    {
        const std::vector<BgNbdGroup> groups = BgNbd::group(m_data.customers);
        QVERIFY(groups.size() < m_data.customers.size());
        const BgNbdFit fit = BgNbd::fit(groups);
        qInfo("r %.5f alpha %.5f a %.5f b %.5f LL %.4f iterations %d groups %lld", fit.params.r, fit.params.alpha,
              fit.params.a, fit.params.b, fit.logLikelihood, fit.iterations, fit.groups);
        QVERIFY(fit.converged);
        QCOMPARE(fit.customers, 2357.0);
        QVERIFY(test::withinPercent(fit.params.r, 0.243, 1));
        QVERIFY(test::withinPercent(fit.params.alpha, 4.414, 1));
        QVERIFY(test::withinPercent(fit.params.a, 0.793, 1));
        QVERIFY(test::withinPercent(fit.params.b, 2.426, 1));
        QVERIFY(std::abs(fit.logLikelihood - -9582.4) <= 0.5);
        QVERIFY(!std::count(fit.atBound.begin(), fit.atBound.end(), true));
        // The grouped likelihood is the per-customer sum.
        double sum = 0;
        for (const ClvCustomer& c : m_data.customers)
            sum += BgNbd::logLikelihood(fit.params, c.x, c.tx, c.T);
        QVERIFY(test::close(sum, fit.logLikelihood, 1e-10));
        m_fit = fit.params;
    }

    // P(alive), E[Y(39)] and the log-likelihood of customers with x = 0 … 14 against scipy (hyp2f1, betaln).
    void predictionsMatchScipy_data()
    {
        QTest::addColumn<double>("horizon");
        QTest::newRow("39 weeks (the holdout)") << 39.0;
        QTest::newRow("1 week") << 1.0;
        QTest::newRow("520 weeks (z near 1)") << 520.0;
    }
    void predictionsMatchScipy()
    {
        QFETCH(double, horizon);
        const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
        QJsonArray customers;
        std::vector<ClvCustomer> chosen;
        for (const ClvCustomer& c : m_data.customers) {
            const bool first
                = std::none_of(chosen.begin(), chosen.end(), [&](const ClvCustomer& o) { return o.x == c.x; });
            if (first && c.x <= 14) {
                chosen.push_back(c);
                customers.append(QJsonArray{c.x, c.tx, c.T, c.mx});
            }
        }
        chosen.push_back({0, 0, 2, 30.43, 38.86, 0, 0, 0}); // the paper's worked example: E[Y(39)] = 1.226
        customers.append(QJsonArray{2, 30.43, 38.86, 0});
        QVERIFY(chosen.size() >= 10);
        const QJsonObject spec{{QStringLiteral("bgnbd"), QJsonArray{p.r, p.alpha, p.a, p.b}},
                               {QStringLiteral("gg"), QJsonArray{6.25, 3.74, 15.44}},
                               {QStringLiteral("horizon"), horizon},
                               {QStringLiteral("rate"), 0.1},
                               {QStringLiteral("customers"), customers}};
        QString error;
        const QJsonDocument doc
            = test::runClvReference({QStringLiteral("predict")}, QJsonDocument(spec).toJson(), &error);
        QVERIFY2(doc.isArray(), qPrintable(error));
        const QJsonArray rows = doc.array();
        QCOMPARE(qsizetype(rows.size()), qsizetype(chosen.size()));
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            const ClvCustomer& c = chosen[i];
            const QJsonArray row = rows[qsizetype(i)].toArray();
            QVERIFY(test::close(BgNbd::logLikelihood(p, c.x, c.tx, c.T), row[0].toDouble(), 1e-12));
            QVERIFY(test::close(BgNbd::pAlive(p, c.x, c.tx, c.T), row[1].toDouble(), 1e-12));
            const double expected = BgNbd::expectedTransactions(p, c.x, c.tx, c.T, horizon);
            QVERIFY2(test::close(expected, row[2].toDouble(), 1e-9),
                     qPrintable(QStringLiteral("x %1: %2 vs scipy %3").arg(c.x).arg(expected).arg(row[2].toDouble())));
        }
        if (horizon == 39.0)
            QVERIFY(std::abs(BgNbd::expectedTransactions(p, 2, 30.43, 38.86, 39) - 1.226) < 0.0005);
    }

    // The analytic gradient against central differences of the likelihood.
    void gradientMatchesDifferences()
    {
        const std::vector<BgNbdGroup> groups = BgNbd::group(m_data.customers);
        const BgNbdParams p{0.4, 6.0, 1.3, 1.7};
        Eigen::Vector4d gradient;
        BgNbd::logLikelihood(p, groups, &gradient);
        for (int i = 0; i < 4; ++i) {
            BgNbdParams plus = p;
            BgNbdParams minus = p;
            double* up[] = {&plus.r, &plus.alpha, &plus.a, &plus.b};
            double* down[] = {&minus.r, &minus.alpha, &minus.a, &minus.b};
            const double h = 1e-6 * *up[i];
            *up[i] += h;
            *down[i] -= h;
            const double numeric = (BgNbd::logLikelihood(plus, groups) - BgNbd::logLikelihood(minus, groups)) / (2 * h);
            QVERIFY2(test::close(gradient[i], numeric, 1e-5),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(gradient[i]).arg(numeric)));
        }
    }

    // At a = 1 the conditional expectation is 0/0; it is continuous through it (checked against a = 1 ± 1e-3).
    void expectationAtAEqualsOne()
    {
        const BgNbdParams at{0.5, 5, 1.0, 2.5};
        const double value = BgNbd::expectedTransactions(at, 3, 20, 30, 26);
        const double below = BgNbd::expectedTransactions({0.5, 5, 1 - 1e-3, 2.5}, 3, 20, 30, 26);
        const double above = BgNbd::expectedTransactions({0.5, 5, 1 + 1e-3, 2.5}, 3, 20, 30, 26);
        QVERIFY(std::isfinite(value) && value > 0);
        QVERIFY(std::min(below, above) <= value && value <= std::max(below, above));
        QVERIFY(test::close(value, (below + above) / 2, 1e-6));
    }

    // The series stops with converged = false instead of returning a truncated sum.
    void hypergeometricGuard()
    {
        const Hyp2f1Result slow = ClvMath::scaledHyp2f1(5.2, 7.5, 11.0, 0.999, 50);
        QVERIFY(!slow.converged);
        QVERIFY(std::isnan(slow.value));
        const Hyp2f1Result full = ClvMath::scaledHyp2f1(5.2, 7.5, 11.0, 0.999);
        QVERIFY(full.converged);
        QVERIFY(full.value > 0 && std::isfinite(full.value));
        // 2F1(1, 1; 2; z) = −ln(1 − z) / z, so (1 − z) · 2F1 = −(1 − z) ln(1 − z) / z.
        const double z = 0.75;
        QVERIFY(test::close(ClvMath::scaledHyp2f1(1, 1, 2, z).value, -(1 - z) * std::log(1 - z) / z, 1e-14));
        QVERIFY(test::close(ClvMath::digamma(1), -0.57721566490153286, 1e-14));
        QVERIFY(test::close(ClvMath::digamma(0.25), -4.2274535333762654, 1e-13));
    }

    // 100,000 customers from known parameters are fitted back within 3 standard errors of the observed
    // information (each one a 99.7% interval; the standard errors themselves are checked to be a few %).
    void parameterRecovery()
    {
        const BgNbdParams truth{0.6, 8.0, 0.9, 3.0};
        const std::vector<ClvCustomer> customers = test::simulateCustomers(100000, truth, {6, 4, 15}, 20261206);
        const std::vector<BgNbdGroup> groups = BgNbd::group(customers);
        const BgNbdFit fit = BgNbd::fit(groups);
        QVERIFY(fit.converged);
        const double fitted[] = {fit.params.r, fit.params.alpha, fit.params.a, fit.params.b};
        const double se[]
            = {fit.standardErrors.r, fit.standardErrors.alpha, fit.standardErrors.a, fit.standardErrors.b};
        const double known[] = {truth.r, truth.alpha, truth.a, truth.b};
        for (int i = 0; i < 4; ++i) {
            qInfo("parameter %d: fitted %.4f known %.4f se %.4f (%.2f se off)", i, fitted[i], known[i], se[i],
                  (fitted[i] - known[i]) / se[i]);
            QVERIFY(se[i] > 0 && se[i] < 0.1 * known[i]);
            QVERIFY(std::abs(fitted[i] - known[i]) <= 3 * se[i]);
        }
    }

    // The 39-week holdout (1997-10-01 … 1998-06-30): actual vs predicted repeat transactions, in total, per
    // customer and by calibration frequency 0 … 7+, against the reference's own count and scipy's hyp2f1.
    void backtestMatchesReference()
    {
        const BgNbdParams p{0.2425945, 4.413598, 0.7929199, 2.425907};
        const ClvBacktest backtest = ClvBacktester::run(m_data, p, {6.25, 3.74, 15.44});
        QString error;
        const QJsonDocument doc = test::runClvReference(
            {QStringLiteral("backtest"), QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv"),
             QStringLiteral("1997-09-30"), QString::number(p.r, 'g', 17), QString::number(p.alpha, 'g', 17),
             QString::number(p.a, 'g', 17), QString::number(p.b, 'g', 17)},
            {}, &error);
        QVERIFY2(doc.isObject(), qPrintable(error));
        const QJsonObject reference = doc.object();
        QCOMPARE(backtest.holdoutWeeks, 39.0);
        QCOMPARE(backtest.customers, qint64(2357));
        QCOMPARE(backtest.predictionFailures, qint64(0));
        QCOMPARE(backtest.actual, reference.value(QStringLiteral("actual")).toDouble());
        QVERIFY(test::close(backtest.predicted, reference.value(QStringLiteral("predicted")).toDouble(), 1e-9));
        QVERIFY(test::close(backtest.meanAbsoluteError, reference.value(QStringLiteral("mae")).toDouble(), 1e-9));
        const QJsonArray bins = reference.value(QStringLiteral("bins")).toArray();
        QCOMPARE(qsizetype(backtest.byFrequency.size()), qsizetype(8));
        for (qsizetype x = 0; x < 8; ++x) {
            const ClvFrequencyBin& bin = backtest.byFrequency[std::size_t(x)];
            const QJsonArray row = bins[x].toArray();
            QCOMPARE(bin.x, int(x));
            QCOMPARE(bin.customers, qint64(row[0].toInteger()));
            QCOMPARE(bin.actual, row[1].toDouble());
            QVERIFY(test::close(bin.predicted, row[2].toDouble(), 1e-9));
        }
        // The spend side: means of E[M | x, m_x], of m_x, and of the holdout's transaction values are there.
        QVERIFY(backtest.observedMeanSpend > 0 && backtest.predictedMeanSpend > 0);
        QVERIFY(backtest.holdoutMeanSpend > 0);
        qInfo("holdout: actual %.0f predicted %.1f MAE %.4f; spend observed %.2f predicted %.2f holdout %.2f",
              backtest.actual, backtest.predicted, backtest.meanAbsoluteError, backtest.observedMeanSpend,
              backtest.predictedMeanSpend, backtest.holdoutMeanSpend);
    }

    // A cancelled fit stops at the next iteration and says so.
    void cancel()
    {
        int polls = 0;
        const BgNbdFit fit = BgNbd::fit(BgNbd::group(m_data.customers), {}, [&] { return ++polls > 3; });
        QVERIFY(fit.cancelled);
        QVERIFY(!fit.converged);
        QVERIFY(polls <= 6);
    }

    void dataSufficiency()
    {
        QVERIFY(ClvCheck::beforeFit(m_data).isEmpty());
        ClvData few = m_data;
        few.customers.resize(60);
        const QStringList messages = ClvCheck::beforeFit(few);
        QCOMPARE(messages.size(), 2); // too few customers, too few repeat customers
        QVERIFY(messages.at(0).contains(QStringLiteral("60 customers")));
        QVERIFY(messages.at(1).contains(QStringLiteral("repeat customers")));
        ClvData shortHistory = m_data;
        shortHistory.calibrationEndDay = shortHistory.firstDay + 30;
        const QStringList history = ClvCheck::beforeFit(shortHistory);
        QCOMPARE(history.size(), 1);
        QVERIFY(history.at(0).contains(QStringLiteral("4.3 weeks")));
        // A model that stopped early is reported, never passed on silently.
        ClvFitOptions options;
        options.maxIterations = 2;
        const BgNbdFit stopped = BgNbd::fit(BgNbd::group(m_data.customers), options);
        QVERIFY(!stopped.converged);
        const QStringList after = ClvCheck::afterFit(stopped, {});
        QVERIFY(!after.isEmpty());
        QVERIFY(after.at(0).contains(QStringLiteral("did not converge")));
    }

private:
    ClvData m_data;
    BgNbdParams m_fit;
};

QTEST_GUILESS_MAIN(TstBgNbd)
#include "tst_bgnbd.moc"
