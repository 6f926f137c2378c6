// The fast paths of the customer-value models: the grouped, chunked and threaded log-likelihoods equal the
// per-customer sums, fits do not depend on the thread count, a fit started on a sample reaches the full fit's
// optimum, and ClvScoring gives exactly the per-customer
// functions' numbers.
#include "analysis/clvscoring.h"
#include "testsupportclv.h"

#include <QTest>

#include <cmath>

using namespace swb;

namespace {

const BgNbdParams s_truth{0.243, 4.414, 0.793, 2.426};
const GammaGammaParams s_spend{6.25, 3.74, 15.44};

// Simulated customers whose times are whole days, as order logs give them (many share (x, t_x, T)).
std::vector<ClvCustomer> onWholeDays(int n, quint64 seed)
{
    std::vector<ClvCustomer> customers = test::simulateCustomers(n, s_truth, s_spend, seed, 1, 78);
    for (ClvCustomer& c : customers)
        c.tx = std::floor(c.tx * 7 + 1e-9) / 7;
    return customers;
}

std::vector<ClvCustomer> customersOf(const QString& set)
{
    if (set == QLatin1String("cdnow"))
        return test::cdnowData().customers;
    if (set == QLatin1String("whole days"))
        return onWholeDays(30000, 7);
    return test::simulateCustomers(30000, s_truth, s_spend, 8, 1, 78); // continuous times: few shared groups
}

void addSets()
{
    QTest::addColumn<QString>("set");
    QTest::newRow("CDNOW") << QStringLiteral("cdnow");
    QTest::newRow("simulated, whole days") << QStringLiteral("whole days");
    QTest::newRow("simulated, continuous times") << QStringLiteral("continuous");
}

} // namespace

class TstClvScoring : public QObject
{
    Q_OBJECT

private slots:
    // The grouped log-likelihood and gradient equal those of one group per customer (no grouping) and the sum of
    // the per-customer log-likelihoods; every customer's group holds its (x, t_x, T) and weights count customers.
    void groupedLikelihoodEqualsUngrouped_data() { addSets(); }
    void groupedLikelihoodEqualsUngrouped()
    {
        QFETCH(QString, set);
        const std::vector<ClvCustomer> customers = customersOf(set);
        std::vector<qint64> groupOf;
        const std::vector<BgNbdGroup> groups = BgNbd::group(customers, &groupOf);
        QCOMPARE(groupOf.size(), customers.size());
        std::vector<double> counted(groups.size(), 0);
        for (std::size_t i = 0; i < customers.size(); ++i) {
            const BgNbdGroup& g = groups[std::size_t(groupOf[i])];
            QVERIFY(g.x == customers[i].x && g.tx == customers[i].tx && g.T == customers[i].T);
            counted[std::size_t(groupOf[i])] += 1;
        }
        for (std::size_t i = 0; i < groups.size(); ++i)
            QVERIFY(counted[i] == groups[i].weight);
        if (set != QLatin1String("continuous"))
            QVERIFY(groups.size() < customers.size() / 2);
        std::vector<BgNbdGroup> ungrouped;
        for (const ClvCustomer& c : customers)
            ungrouped.push_back({c.x, c.tx, c.T, 1});
        for (const BgNbdParams& p : {s_truth, BgNbdParams{1.5, 12, 0.3, 6}}) {
            Eigen::Vector4d grouped;
            Eigen::Vector4d single;
            const double ll = BgNbd::logLikelihood(p, groups, &grouped);
            const double reference = BgNbd::logLikelihood(p, ungrouped, &single);
            double sum = 0;
            for (const ClvCustomer& c : customers)
                sum += BgNbd::logLikelihood(p, c.x, c.tx, c.T);
            QVERIFY2(test::close(ll, reference, 1e-12), qPrintable(QStringLiteral("%1 vs %2").arg(ll).arg(reference)));
            QVERIFY(test::close(ll, sum, 1e-12));
            QVERIFY(ll == BgNbd::logLikelihood(p, groups)); // the gradient does not change the value
            for (int i = 0; i < 4; ++i)
                QVERIFY2(test::close(grouped[i], single[i], 1e-10),
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(grouped[i]).arg(single[i])));
        }
    }

    // The Gamma-Gamma log-likelihood (chunked, ln m_x once per customer) against the note's formula written out.
    void spendLikelihoodMatchesFormula()
    {
        const std::vector<ClvCustomer> customers = onWholeDays(30000, 9);
        const std::vector<SpendObservation> spend = GammaGamma::observations(customers);
        QVERIFY(spend.size() > 10000);
        const GammaGammaParams p{4.5, 3.1, 20};
        double sum = 0;
        for (const SpendObservation& o : spend) {
            const double px = p.p * o.x;
            sum += std::lgamma(px + p.q) - std::lgamma(px) - std::lgamma(p.q) + p.q * std::log(p.gamma)
                + (px - 1) * std::log(o.mx) + px * std::log(double(o.x)) - (px + p.q) * std::log(p.gamma + o.x * o.mx);
        }
        QVERIFY(test::close(GammaGamma::logLikelihood(p, spend), sum, 1e-12));
    }

    // Chunks have a fixed size, so one thread and three give the same fits, bit for bit.
    void fitDoesNotDependOnThreads()
    {
        const std::vector<ClvCustomer> customers = onWholeDays(60000, 10);
        ClvFitOptions one;
        one.threads = 1;
        one.sampleAbove = 20000; // the sample's path too
        one.sampleSize = 5000;
        ClvFitOptions three = one;
        three.threads = 3;
        const std::vector<double> a = fitBoth(customers, one);
        QVERIFY(!a.empty());
        QVERIFY(a == fitBoth(customers, three));
    }

    // Large data: the starts run on a systematic sample and only the best continues on all customers; the optimum
    // is the one every start on all customers finds (same likelihoods, same parameters to the tolerance).
    void fitFromSampleEqualsFullFit()
    {
        const std::vector<ClvCustomer> customers = onWholeDays(60000, 11);
        ClvFitOptions full;
        full.sampleAbove = 0;
        ClvFitOptions sampled;
        sampled.sampleAbove = 20000;
        sampled.sampleSize = 5000;
        QVERIFY(sampled.sampleEvery(60000) == 12 && full.sampleEvery(60000) == 0 && sampled.sampleEvery(20000) == 0);
        const std::vector<double> a = fitBoth(customers, full);
        const std::vector<double> b = fitBoth(customers, sampled);
        QCOMPARE(a.size(), std::size_t(9));
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            const bool likelihood = i == 0 || i == 5;
            QVERIFY2(std::abs(a[i] - b[i]) <= (likelihood ? 1e-12 : 1e-4) * std::abs(a[i]),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(a[i], 0, 'g', 12).arg(b[i], 0, 'g', 12)));
        }
        QVERIFY(m_iterations[1] < m_iterations[0]);
    }

    // Every customer's scores are exactly what BgNbd::pAlive, expectedTransactions, GammaGamma::expectedValue and
    // predictedClv give, for several horizons (a = 1 takes the limit's path) and on 1 or 3 threads.
    void scoresEqualPerCustomerFunctions_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<double>("horizon");
        QTest::addColumn<double>("a");
        QTest::addColumn<int>("threads");
        QTest::newRow("CDNOW, 52 weeks") << QStringLiteral("cdnow") << 52.0 << 0.793 << 0;
        QTest::newRow("CDNOW, 39 weeks, 1 thread") << QStringLiteral("cdnow") << 39.0 << 0.793 << 1;
        QTest::newRow("whole days, 1 week") << QStringLiteral("whole days") << 1.0 << 0.793 << 3;
        QTest::newRow("whole days, 0 weeks") << QStringLiteral("whole days") << 0.0 << 0.793 << 0;
        QTest::newRow("whole days, 104 weeks, a = 1") << QStringLiteral("whole days") << 104.0 << 1.0 << 0;
        QTest::newRow("continuous, 26 weeks") << QStringLiteral("continuous") << 26.0 << 0.793 << 0;
    }
    void scoresEqualPerCustomerFunctions()
    {
        QFETCH(QString, set);
        QFETCH(double, horizon);
        QFETCH(double, a);
        QFETCH(int, threads);
        const std::vector<ClvCustomer> customers = customersOf(set);
        const BgNbdParams bg{s_truth.r, s_truth.alpha, a, s_truth.b};
        std::vector<qint64> groupOf;
        const std::vector<BgNbdGroup> groups = BgNbd::group(customers, &groupOf);
        const std::vector<ClvScore> scores
            = ClvScoring::score(customers, groups, groupOf, bg, s_spend, horizon, 0.1, threads);
        QCOMPARE(scores.size(), customers.size());
        double total = 0;
        for (std::size_t i = 0; i < customers.size(); ++i) {
            const ClvCustomer& c = customers[i];
            const ClvScore& s = scores[i];
            QVERIFY(s.pAlive == BgNbd::pAlive(bg, c.x, c.tx, c.T));
            QVERIFY(s.expectedPurchases == BgNbd::expectedTransactions(bg, c.x, c.tx, c.T, horizon));
            QVERIFY(s.expectedValue == GammaGamma::expectedValue(s_spend, c.x, c.mx));
            QVERIFY2(s.clv == GammaGamma::predictedClv(bg, s_spend, c, horizon, 0.1),
                     qPrintable(QStringLiteral("customer %1: %2 vs %3")
                                    .arg(i)
                                    .arg(s.clv, 0, 'g', 17)
                                    .arg(GammaGamma::predictedClv(bg, s_spend, c, horizon, 0.1), 0, 'g', 17)));
            total += s.clv;
        }
        QVERIFY(horizon > 0 ? total > 0 : total == 0);
    }

private:
    // Both models fitted: BG/NBD's log-likelihood, r, α, a, b, then Gamma-Gamma's log-likelihood, p, q, γ; empty
    // when either did not converge. The BG/NBD iterations of the last two calls go to m_iterations.
    std::vector<double> fitBoth(const std::vector<ClvCustomer>& customers, const ClvFitOptions& options)
    {
        const BgNbdFit bg = BgNbd::fit(BgNbd::group(customers), options);
        const GammaGammaFit gg = GammaGamma::fit(GammaGamma::observations(customers), options);
        qInfo("BG/NBD %d iterations, Gamma-Gamma %d (of the run kept)", bg.iterations, gg.iterations);
        m_iterations[0] = m_iterations[1];
        m_iterations[1] = bg.iterations;
        if (!bg.converged || !gg.converged)
            return {};
        const BgNbdParams& p = bg.params;
        const GammaGammaParams& q = gg.params;
        return {bg.logLikelihood, p.r, p.alpha, p.a, p.b, gg.logLikelihood, q.p, q.q, q.gamma};
    }

    int m_iterations[2] = {0, 0};
};

QTEST_GUILESS_MAIN(TstClvScoring)
#include "tst_clvscoring.moc"
