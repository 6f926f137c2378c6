// Gamma-Gamma: the CDNOW fit against Fader & Hardie's note, expected spend and predicted CLV against scipy,
// the analytic gradient, parameter recovery on 100,000 simulated customers, and the message when spends do
// not differ between customers.
#include "analysis/clvcheck.h"
#include "analysis/gammagamma.h"
#include "testsupportclv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <random>

using namespace swb;

namespace {

const BgNbdParams s_cdnowBgNbd{0.243, 4.414, 0.793, 2.426};

// A purchase model fit that passes the check, so afterFit speaks of the spend model only.
BgNbdFit usablePurchaseFit()
{
    BgNbdFit fit;
    fit.converged = true;
    fit.atBound = {false, false, false, false};
    return fit;
}

} // namespace

class TstGammaGamma : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_data = test::cdnowData();
        QCOMPARE(qint64(m_data.customers.size()), qint64(2357));
    }

    // Fader & Hardie, "The Gamma-Gamma Model of Monetary Value": p = 6.25, q = 3.74, gamma = 15.44 on the
    // 946 customers with repeat transactions in the calibration period.
    void cdnowFitMatchesPublished()
    {
        const std::vector<SpendObservation> spend = GammaGamma::observations(m_data.customers);
        QCOMPARE(qint64(spend.size()), qint64(946));
        const GammaGammaFit fit = GammaGamma::fit(spend);
        qInfo("p %.5f q %.5f gamma %.5f LL %.4f iterations %d", fit.params.p, fit.params.q, fit.params.gamma,
              fit.logLikelihood, fit.iterations);
        QVERIFY(fit.converged);
        QCOMPARE(fit.customers, qint64(946));
        QVERIFY(test::withinPercent(fit.params.p, 6.25, 1));
        QVERIFY(test::withinPercent(fit.params.q, 3.74, 1));
        QVERIFY(test::withinPercent(fit.params.gamma, 15.44, 1));
        QVERIFY(!std::count(fit.atBound.begin(), fit.atBound.end(), true));
        QVERIFY(ClvCheck::afterFit(usablePurchaseFit(), fit).isEmpty());
    }

    // E[M | x, m_x] and the discounted CLV over the horizon against the reference's own monthly sum with
    // scipy's hyp2f1.
    void valueMatchesScipy_data()
    {
        QTest::addColumn<double>("horizon");
        QTest::addColumn<double>("rate");
        QTest::newRow("52 weeks, 10% a year") << 52.0 << 0.1;
        QTest::newRow("39 weeks, no discount") << 39.0 << 0.0;
        QTest::newRow("10 weeks (part of a month at the end), 25%") << 10.0 << 0.25;
        QTest::newRow("260 weeks, 8%") << 260.0 << 0.08;
    }
    void valueMatchesScipy()
    {
        QFETCH(double, horizon);
        QFETCH(double, rate);
        const GammaGammaParams gg{6.25, 3.74, 15.44};
        std::vector<ClvCustomer> chosen;
        QJsonArray customers;
        for (const ClvCustomer& c : m_data.customers) {
            if (c.x <= 10
                && std::none_of(chosen.begin(), chosen.end(), [&](const ClvCustomer& o) { return o.x == c.x; })) {
                chosen.push_back(c);
                customers.append(QJsonArray{c.x, c.tx, c.T, c.mx});
            }
        }
        QVERIFY(chosen.size() >= 9);
        const QJsonObject spec{
            {QStringLiteral("bgnbd"), QJsonArray{s_cdnowBgNbd.r, s_cdnowBgNbd.alpha, s_cdnowBgNbd.a, s_cdnowBgNbd.b}},
            {QStringLiteral("gg"), QJsonArray{gg.p, gg.q, gg.gamma}},
            {QStringLiteral("horizon"), horizon},
            {QStringLiteral("rate"), rate},
            {QStringLiteral("customers"), customers}};
        QString error;
        const QJsonDocument doc
            = test::runClvReference({QStringLiteral("predict")}, QJsonDocument(spec).toJson(), &error);
        QVERIFY2(doc.isArray(), qPrintable(error));
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            const ClvCustomer& c = chosen[i];
            const QJsonArray row = doc.array().at(qsizetype(i)).toArray();
            QVERIFY(test::close(GammaGamma::expectedValue(gg, c.x, c.mx), row[3].toDouble(), 1e-12));
            const double clv = GammaGamma::predictedClv(s_cdnowBgNbd, gg, c, horizon, rate);
            QVERIFY2(test::close(clv, row[4].toDouble(), 1e-9),
                     qPrintable(QStringLiteral("x %1: %2 vs scipy %3").arg(c.x).arg(clv).arg(row[4].toDouble())));
            if (rate == 0) // undiscounted: E[M] · E[Y(H)]
                QVERIFY(test::close(clv, row[3].toDouble() * row[2].toDouble(), 1e-9));
        }
    }

    void discountLowersValue()
    {
        const GammaGammaParams gg{6.25, 3.74, 15.44};
        const ClvCustomer c{0, 0, 3, 20.0, 35.0, 30.0, 0, 0};
        const double none = GammaGamma::predictedClv(s_cdnowBgNbd, gg, c, 104, 0);
        const double some = GammaGamma::predictedClv(s_cdnowBgNbd, gg, c, 104, 0.1);
        QVERIFY(none > some && some > 0.85 * none);
        QVERIFY(std::isnan(GammaGamma::expectedValue({6.25, 0.9, 15.44}, 0, 0)));
        QVERIFY(test::close(GammaGamma::expectedValue(gg, 0, 0), 6.25 * 15.44 / 2.74, 1e-14));
    }

    void gradientMatchesDifferences()
    {
        const std::vector<SpendObservation> spend = GammaGamma::observations(m_data.customers);
        const GammaGammaParams p{4.0, 2.5, 20.0};
        Eigen::Vector3d gradient;
        GammaGamma::logLikelihood(p, spend, &gradient);
        for (int i = 0; i < 3; ++i) {
            GammaGammaParams plus = p;
            GammaGammaParams minus = p;
            double* up[] = {&plus.p, &plus.q, &plus.gamma};
            double* down[] = {&minus.p, &minus.q, &minus.gamma};
            const double h = 1e-6 * *up[i];
            *up[i] += h;
            *down[i] -= h;
            const double numeric
                = (GammaGamma::logLikelihood(plus, spend) - GammaGamma::logLikelihood(minus, spend)) / (2 * h);
            QVERIFY2(test::close(gradient[i], numeric, 1e-5),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(gradient[i]).arg(numeric)));
        }
    }

    // 100,000 simulated customers (those with x >= 1 enter the fit): within 3 standard errors of the observed
    // information, and the standard errors a few % of the values.
    void parameterRecovery()
    {
        const GammaGammaParams truth{6.0, 4.0, 15.0};
        const std::vector<ClvCustomer> customers
            = test::simulateCustomers(100000, {0.6, 8.0, 0.9, 3.0}, truth, 20261207);
        const std::vector<SpendObservation> spend = GammaGamma::observations(customers);
        QVERIFY(spend.size() > 30000);
        const GammaGammaFit fit = GammaGamma::fit(spend);
        QVERIFY(fit.converged);
        const double fitted[] = {fit.params.p, fit.params.q, fit.params.gamma};
        const double se[] = {fit.standardErrors.p, fit.standardErrors.q, fit.standardErrors.gamma};
        const double known[] = {truth.p, truth.q, truth.gamma};
        for (int i = 0; i < 3; ++i) {
            qInfo("parameter %d: fitted %.4f known %.4f se %.4f (%.2f se off)", i, fitted[i], known[i], se[i],
                  (fitted[i] - known[i]) / se[i]);
            QVERIFY(se[i] > 0 && se[i] < 0.1 * known[i]);
            QVERIFY(std::abs(fitted[i] - known[i]) <= 3 * se[i]);
        }
    }

    // Every customer spends from the same distribution: the model cannot find differences between customers,
    // runs to a bound, and the check says so instead of passing numbers on.
    void noSpendDifferencesIsReported()
    {
        std::mt19937_64 rng(7);
        std::uniform_int_distribution<int> count(1, 6);
        std::vector<SpendObservation> spend;
        for (int i = 0; i < 2000; ++i) {
            const int x = count(rng);
            std::gamma_distribution<double> total(3.0 * x, 10.0); // the same ν for everyone
            spend.push_back({x, total(rng) / x});
        }
        const GammaGammaFit fit = GammaGamma::fit(spend);
        QVERIFY(std::count(fit.atBound.begin(), fit.atBound.end(), true) > 0);
        const QStringList messages = ClvCheck::afterFit(usablePurchaseFit(), fit);
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.constLast().contains(QStringLiteral("ran to a limit")));
    }

private:
    ClvData m_data;
};

QTEST_GUILESS_MAIN(TstGammaGamma)
#include "tst_gammagamma.moc"
