// k-means: recovery, edge cases, input errors, cancellation, determinism across threads, sklearn semantics.
#include "analysis/kmeans.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace swb;

Q_DECLARE_METATYPE(swb::KMeansKernel)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {

// Straightforward double-precision Lloyd with scikit-learn's stopping rules, for the tolerance checks.
struct ReferenceRun
{
    std::vector<int> labels;
    RowMatrix centres;
    int iterations = 0;
};

std::vector<int> nearest(const RowMatrix& data, const RowMatrix& centres)
{
    std::vector<int> labels(size_t(data.rows()));
    for (Eigen::Index i = 0; i < data.rows(); ++i) {
        Eigen::Index best = 0;
        (centres.rowwise() - data.row(i)).rowwise().squaredNorm().minCoeff(&best);
        labels[size_t(i)] = int(best);
    }
    return labels;
}

ReferenceRun referenceLloyd(const RowMatrix& data, RowMatrix centres, double tol, int maxIterations)
{
    const Eigen::RowVectorXd mean = data.colwise().mean();
    const double meanVariance = (data.rowwise() - mean).array().square().colwise().mean().mean();
    const double tolerance = tol * meanVariance;
    ReferenceRun run;
    std::vector<int> previous(size_t(data.rows()), -1);
    bool strict = false;
    for (int it = 0; it < maxIterations; ++it) {
        run.labels = nearest(data, centres);
        RowMatrix next = RowMatrix::Zero(centres.rows(), centres.cols());
        std::vector<int> counts(size_t(centres.rows()), 0);
        for (Eigen::Index i = 0; i < data.rows(); ++i) {
            next.row(run.labels[size_t(i)]) += data.row(i);
            ++counts[size_t(run.labels[size_t(i)])];
        }
        for (Eigen::Index c = 0; c < centres.rows(); ++c)
            next.row(c) /= counts[size_t(c)];
        const double shift = (next - centres).squaredNorm();
        centres = next;
        run.iterations = it + 1;
        if (run.labels == previous) {
            strict = true;
            break;
        }
        if (shift <= tolerance)
            break;
        previous = run.labels;
    }
    if (!strict)
        run.labels = nearest(data, centres);
    run.centres = centres;
    return run;
}

double inertiaOf(const RowMatrix& data, const std::vector<int>& labels, const RowMatrix& centres)
{
    double total = 0;
    for (Eigen::Index i = 0; i < data.rows(); ++i)
        total += (data.row(i) - centres.row(labels[size_t(i)])).squaredNorm();
    return total;
}

RowMatrix rows(std::initializer_list<std::initializer_list<double>> values)
{
    RowMatrix m(Eigen::Index(values.size()), Eigen::Index(values.begin()->size()));
    Eigen::Index r = 0;
    for (const auto& row : values) {
        Eigen::Index c = 0;
        for (double v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

} // namespace

class TstKMeans : public QObject
{
    Q_OBJECT

private slots:
    void recoversSeparableBlobs_data()
    {
        QTest::addColumn<RowMatrix>("centres");
        QTest::addColumn<int>("perBlob");
        QTest::addColumn<double>("spread");
        QTest::addColumn<double>("offset");
        QTest::newRow("1d-2blobs") << rows({{-5}, {5}}) << 50 << 0.5 << 0.0;
        QTest::newRow("2d-3blobs") << rows({{0, 0}, {10, 0}, {0, 10}}) << 100 << 1.0 << 0.0;
        QTest::newRow("5d-6blobs") << RowMatrix(12.0 * test::gaussian(6, 5, 7)) << 200 << 1.0 << 0.0;
        QTest::newRow("8d-8blobs-20k") << RowMatrix(15.0 * test::gaussian(8, 8, 11)) << 2500 << 1.0 << 0.0;
        // Unscaled data far from the origin: float32 must still resolve the blobs (the engine centres first).
        QTest::newRow("large-offset") << rows({{0, 0}, {3, 0}, {0, 3}}) << 100 << 0.2 << 1e6;
    }
    void recoversSeparableBlobs()
    {
        QFETCH(RowMatrix, centres);
        QFETCH(int, perBlob);
        QFETCH(double, spread);
        QFETCH(double, offset);
        std::vector<int> truth;
        RowMatrix data = test::blobs(centres, perBlob, spread, 3, &truth);
        data.array() += offset;
        KMeansOptions options;
        options.k = int(centres.rows());
        options.seed = 5;
        const KMeansResult result = kmeans(data, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(test::samePartition(result.labels, truth));
        QCOMPARE(result.sizes.size(), size_t(centres.rows()));
        for (qint64 size : result.sizes)
            QCOMPARE(size, qint64(perBlob));
        // The reported inertia is the double-precision one (float32 only decides the assignment).
        const double expected = inertiaOf(data, result.labels, result.centres);
        QVERIFY2(std::abs(result.inertia - expected) <= 1e-12 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(result.inertia, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        // Centres are the cluster means.
        for (int c = 0; c < options.k; ++c) {
            Eigen::RowVectorXd mean = Eigen::RowVectorXd::Zero(data.cols());
            for (Eigen::Index i = 0; i < data.rows(); ++i) {
                if (result.labels[size_t(i)] == c)
                    mean += data.row(i);
            }
            mean /= double(result.sizes[size_t(c)]);
            QVERIFY((mean - result.centres.row(c)).norm() <= 1e-6 * std::max(1.0, mean.norm()));
        }
    }

    void duplicatePoints()
    {
        // Three distinct points, each 40 times, interleaved.
        RowMatrix data(120, 2);
        const RowMatrix points = rows({{1, 1}, {4, -2}, {-3, 5}});
        for (int i = 0; i < 120; ++i)
            data.row(i) = points.row(i % 3);
        KMeansOptions options;
        options.k = 3;
        const KMeansResult result = kmeans(data, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // Centres carry the float32 working copy's rounding (~1e-7 of the spread), so "0" is tiny, not exact.
        QVERIFY(result.inertia < 1e-9);
        std::vector<int> truth(120);
        for (int i = 0; i < 120; ++i)
            truth[size_t(i)] = i % 3;
        QVERIFY(test::samePartition(result.labels, truth));

        options.k = 2;
        const KMeansResult two = kmeans(data, options);
        QVERIFY2(two.ok(), qPrintable(two.error));
        QCOMPARE(two.sizes[0] + two.sizes[1], qint64(120));
        QVERIFY(two.sizes[0] % 40 == 0 && two.sizes[1] % 40 == 0); // copies of a point stay together
    }

    void singleCluster()
    {
        const RowMatrix data = test::gaussian(1000, 3, 21);
        KMeansOptions options;
        options.k = 1;
        const KMeansResult result = kmeans(data, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(std::all_of(result.labels.begin(), result.labels.end(), [](int l) { return l == 0; }));
        const Eigen::RowVectorXd mean = data.colwise().mean();
        QVERIFY((result.centres.row(0) - mean).norm() < 1e-9);
        const double total = (data.rowwise() - mean).squaredNorm();
        QVERIFY(std::abs(result.inertia - total) < 1e-12 * total);
        QCOMPARE(result.sizes, std::vector<qint64>{1000});
    }

    void asManyClustersAsRows()
    {
        const RowMatrix data = test::gaussian(13, 2, 4);
        KMeansOptions options;
        options.k = 13;
        const KMeansResult result = kmeans(data, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.inertia < 1e-9);
        QCOMPARE(result.sizes, std::vector<qint64>(13, 1));
        std::vector<int> sorted = result.labels;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < 13; ++i)
            QCOMPARE(sorted[size_t(i)], i);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<RowMatrix>("data");
        QTest::addColumn<int>("k");
        QTest::addColumn<QStringList>("mentions");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const RowMatrix ok = rows({{1, 2}, {3, 4}, {5, 6}, {7, 8}});
        QTest::newRow("k-zero") << ok << 0 << QStringList{QStringLiteral("at least 1")};
        QTest::newRow("k-negative") << ok << -2 << QStringList{QStringLiteral("-2")};
        QTest::newRow("k-above-rows") << ok << 5 << QStringList{QStringLiteral("5 clusters"), QStringLiteral("4 row")};
        QTest::newRow("k-above-distinct") << rows({{1, 1}, {1, 1}, {2, 2}, {1, 1}, {2, 2}}) << 3
                                          << QStringList{QStringLiteral("2 distinct"), QStringLiteral("3 clusters")};
        QTest::newRow("nan") << rows({{1, 2}, {3, 4}, {5, nan}}) << 2
                             << QStringList{QStringLiteral("Row 3"), QStringLiteral("spend"), QStringLiteral("nan")};
        QTest::newRow("plus-inf") << rows({{inf, 2}, {3, 4}, {5, 6}}) << 2
                                  << QStringList{QStringLiteral("Row 1"), QStringLiteral("income"),
                                                 QStringLiteral("inf")};
        QTest::newRow("minus-inf") << rows({{1, 2}, {3, -inf}, {5, 6}}) << 2
                                   << QStringList{QStringLiteral("Row 2"), QStringLiteral("spend")};
        QTest::newRow("no-rows") << RowMatrix(0, 2) << 1 << QStringList{QStringLiteral("no rows")};
        QTest::newRow("no-features") << RowMatrix(5, 0) << 1 << QStringList{QStringLiteral("No features")};
    }
    void rejectsBadInput()
    {
        QFETCH(RowMatrix, data);
        QFETCH(int, k);
        QFETCH(QStringList, mentions);
        KMeansOptions options;
        options.k = k;
        options.featureNames = {QStringLiteral("income"), QStringLiteral("spend")};
        const KMeansResult result = kmeans(data, options);
        QVERIFY(!result.ok());
        QVERIFY(!result.canceled);
        QVERIFY(result.labels.empty());
        for (const QString& mention : mentions)
            QVERIFY2(result.error.contains(mention, Qt::CaseInsensitive), qPrintable(result.error));
    }

    void cancelsPromptly_data()
    {
        QTest::addColumn<int>("cancelAfter");
        QTest::newRow("during-seeding") << 1;
        QTest::newRow("early-lloyd") << 12;
        QTest::newRow("later-restart") << 40;
    }
    void cancelsPromptly()
    {
        QFETCH(int, cancelAfter);
        const RowMatrix data = test::gaussian(50000, 4, 8);
        KMeansOptions options;
        options.k = 10;
        options.nInit = 10;
        options.tolerance = 0;
        int progressCalls = 0;
        int callsAfterCancel = 0;
        int polls = 0;
        bool canceled = false;
        const KMeansResult result = kmeans(
            data, options,
            [&] {
                ++polls;
                return canceled;
            },
            [&](int) {
                if (canceled)
                    ++callsAfterCancel;
                if (++progressCalls == cancelAfter)
                    canceled = true;
            });
        QVERIFY(canceled);
        QVERIFY(result.canceled);
        QVERIFY(!result.ok());
        QVERIFY(result.labels.empty());
        QCOMPARE(callsAfterCancel, 0); // the very next poll stops the run
        QVERIFY(polls >= cancelAfter);
    }

    void sameResultForAnyThreadCount_data()
    {
        QTest::addColumn<KMeansKernel>("kernel");
        QTest::addColumn<int>("features");
        QTest::newRow("portable-5d") << KMeansKernel::Portable << 5;
        QTest::newRow("avx2-5d") << KMeansKernel::Avx2 << 5;
        QTest::newRow("avx2-8d") << KMeansKernel::Avx2 << 8;
        QTest::newRow("avx2-11d") << KMeansKernel::Avx2 << 11;
        QTest::newRow("portable-11d") << KMeansKernel::Portable << 11;
    }
    void sameResultForAnyThreadCount()
    {
        QFETCH(KMeansKernel, kernel);
        QFETCH(int, features);
        // 70,001 rows: many chunks, a partial last block; overlapping blobs need many iterations.
        RowMatrix data(70001, features);
        data.topRows(70000) = test::blobs(RowMatrix(2.0 * test::gaussian(7, features, 3)), 10000, 1.0, 9);
        data.row(70000).setConstant(0.5);
        KMeansOptions options;
        options.k = 7;
        options.nInit = 3;
        options.seed = 1234;
        options.kernel = kernel;
        KMeansResult reference;
        for (int threads : {1, 2, 3, 8}) {
            options.threads = threads;
            const KMeansResult result = kmeans(data, options);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY(result.iterations > 2);
            if (threads == 1) {
                reference = result;
                continue;
            }
            QVERIFY2(test::identical(result.inertia, reference.inertia),
                     qPrintable(QStringLiteral("threads %1: %2 vs %3")
                                    .arg(threads)
                                    .arg(result.inertia, 0, 'g', 17)
                                    .arg(reference.inertia, 0, 'g', 17)));
            QVERIFY(result.labels == reference.labels);
            QVERIFY(result.centres == reference.centres);
            QCOMPARE(result.iterations, reference.iterations);
            QCOMPARE(result.restartInertias.size(), reference.restartInertias.size());
            for (qsizetype i = 0; i < result.restartInertias.size(); ++i)
                QVERIFY(test::identical(result.restartInertias.at(i), reference.restartInertias.at(i)));
        }
    }

    void kernelsAgreeOnClearData()
    {
        std::vector<int> truth;
        const RowMatrix data = test::blobs(RowMatrix(10.0 * test::gaussian(5, 6, 2)), 3000, 1.0, 4, &truth);
        KMeansOptions options;
        options.k = 5;
        options.kernel = KMeansKernel::Portable;
        const KMeansResult portable = kmeans(data, options);
        options.kernel = KMeansKernel::Avx2;
        const KMeansResult avx2 = kmeans(data, options);
        QVERIFY(portable.ok() && avx2.ok());
        QVERIFY(test::samePartition(portable.labels, truth));
        QVERIFY(test::samePartition(avx2.labels, truth));
        QVERIFY(std::abs(portable.inertia - avx2.inertia) <= 1e-9 * portable.inertia);
    }

    void sameSeedSameResult()
    {
        const RowMatrix data = test::gaussian(5000, 3, 77);
        KMeansOptions options;
        options.k = 6;
        options.seed = 99;
        const KMeansResult a = kmeans(data, options);
        const KMeansResult b = kmeans(data, options);
        QVERIFY(a.labels == b.labels && test::identical(a.inertia, b.inertia));
        options.seed = 100;
        const KMeansResult c = kmeans(data, options);
        QVERIFY(c.ok());
        QVERIFY(!(c.restartInertias == a.restartInertias)); // another seed, other starts
    }

    void toleranceFollowsScikitLearn_data()
    {
        QTest::addColumn<double>("tol");
        QTest::newRow("zero-strict-convergence") << 0.0;
        QTest::newRow("default-1e-4") << 1e-4;
        QTest::newRow("1e-3") << 1e-3;
        QTest::newRow("1e-2") << 1e-2;
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("huge-one-iteration") << 1e6;
    }
    void toleranceFollowsScikitLearn()
    {
        QFETCH(double, tol);
        const RowMatrix data = test::gaussian(3000, 3, 31);
        const RowMatrix init = data.topRows(6);
        const ReferenceRun expected = referenceLloyd(data, init, tol, 300);
        KMeansOptions options;
        options.k = 6;
        options.tolerance = tol;
        options.initialCentres = init;
        const KMeansResult result = kmeans(data, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.iterations, expected.iterations);
        QVERIFY(result.labels == expected.labels);
        QVERIFY((result.centres - expected.centres).norm() < 1e-6);
        if (tol == 0.0)
            QVERIFY(expected.iterations > 5); // the rows must exercise different stopping points
        if (tol == 1e6)
            QCOMPARE(result.iterations, 1);
    }

    void maxIterationsStopsTheRun()
    {
        const RowMatrix data = test::gaussian(3000, 3, 31);
        KMeansOptions options;
        options.k = 6;
        options.tolerance = 0;
        options.maxIterations = 3;
        options.initialCentres = data.topRows(6);
        const KMeansResult result = kmeans(data, options);
        QVERIFY(result.ok());
        QCOMPARE(result.iterations, 3);
        // Labels match the final centres (the extra assignment after a run that did not converge).
        QVERIFY(result.labels == nearest(data, result.centres));
    }

    void relocatesEmptyClusters_data()
    {
        // 1-D, worked by hand. Every point first goes to the centre at 2; each empty cluster (in index order) then
        // takes the point farthest from its centre, removed from that centre's sums (scikit-learn's rule).
        QTest::addColumn<RowMatrix>("data");
        QTest::addColumn<RowMatrix>("init");
        QTest::addColumn<std::vector<int>>("labels");
        QTest::addColumn<RowMatrix>("centres");
        QTest::addColumn<int>("iterations");
        // c1 takes 10 (8 from 2); c0 = (0+1+9)/3; then 9 joins c1: centres 0.5 and 9.5, stable at iteration 3.
        QTest::newRow("one-empty") << rows({{0}, {1}, {9}, {10}}) << rows({{2}, {100}}) << std::vector<int>{0, 0, 1, 1}
                                   << rows({{0.5}, {9.5}}) << 3;
        // c1 takes 30 (28 away), c2 takes 10 (8 away).
        QTest::newRow("two-empty") << rows({{0}, {1}, {9}, {10}, {30}}) << rows({{2}, {100}, {200}})
                                   << std::vector<int>{0, 0, 2, 2, 1} << rows({{0.5}, {30}, {9.5}}) << 3;
    }
    void relocatesEmptyClusters()
    {
        QFETCH(RowMatrix, data);
        QFETCH(RowMatrix, init);
        QFETCH(std::vector<int>, labels);
        QFETCH(RowMatrix, centres);
        QFETCH(int, iterations);
        KMeansOptions options;
        options.k = int(init.rows());
        options.initialCentres = init;
        const KMeansResult result = kmeans(data, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.labels == labels);
        QVERIFY((result.centres - centres).norm() < 1e-6);
        QCOMPARE(result.iterations, iterations);
    }

    void keepsTheBestRestart()
    {
        const RowMatrix data = test::gaussian(4000, 2, 5);
        KMeansOptions options;
        options.k = 9;
        options.seed = 3;
        options.nInit = 1;
        const KMeansResult single = kmeans(data, options);
        options.nInit = 8;
        const KMeansResult several = kmeans(data, options);
        QVERIFY(single.ok() && several.ok());
        QCOMPARE(several.restartInertias.size(), 8);
        // The first restart of both runs starts from the same seed.
        QVERIFY(std::abs(several.restartInertias.first() - single.inertia) <= 1e-6 * single.inertia);
        const double lowest = *std::min_element(several.restartInertias.begin(), several.restartInertias.end());
        QVERIFY(test::identical(several.restartInertias.at(several.bestRestart), lowest));
        // Restarts are compared on the float32 working copy; the reported inertia is the double one.
        QVERIFY(std::abs(several.inertia - lowest) <= 1e-6 * lowest);
        QVERIFY(several.inertia <= single.inertia);
        QVERIFY(several.totalIterations >= several.iterations);
    }

    void reportsProgress()
    {
        const RowMatrix data = test::gaussian(20000, 3, 1);
        KMeansOptions options;
        options.k = 4;
        options.nInit = 3;
        QList<int> seen;
        const KMeansResult result = kmeans(data, options, {}, [&](int percent) { seen.append(percent); });
        QVERIFY(result.ok());
        QVERIFY(seen.size() >= qsizetype(result.iterations) * 3);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), 100);
        QVERIFY(seen.first() >= 0);
    }
};

QTEST_GUILESS_MAIN(TstKMeans)
#include "tst_kmeans.moc"
