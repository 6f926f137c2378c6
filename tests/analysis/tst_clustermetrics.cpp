// Silhouette, Calinski-Harabasz, Davies-Bouldin against plain O(n^2) double implementations written here,
// hand-worked values, scikit-learn's edge cases; adjusted Rand index on hand-made label pairs.
#include "analysis/clustermetrics.h"
#include "analysis/rowsampler.h"
#include "analysis/threadpool.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace swb;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

double distance(const RowMatrix& data, Eigen::Index i, Eigen::Index j)
{
    double sum = 0;
    for (Eigen::Index f = 0; f < data.cols(); ++f)
        sum += (data(i, f) - data(j, f)) * (data(i, f) - data(j, f));
    return std::sqrt(sum);
}

double referenceSilhouette(const RowMatrix& data, const std::vector<int>& labels)
{
    const Eigen::Index n = data.rows();
    std::map<int, int> sizes;
    for (int l : labels)
        ++sizes[l];
    double total = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        std::map<int, double> sums;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (j != i)
                sums[labels[size_t(j)]] += distance(data, i, j);
        }
        const int own = labels[size_t(i)];
        if (sizes[own] == 1)
            continue;
        const double a = sums[own] / (sizes[own] - 1);
        double b = INFINITY;
        for (const auto& [label, size] : sizes) {
            if (label != own)
                b = std::min(b, sums[label] / size);
        }
        total += std::max(a, b) > 0 ? (b - a) / std::max(a, b) : 0.0;
    }
    return total / double(n);
}

RowMatrix centroidsOf(const RowMatrix& data, const std::vector<int>& labels, int k, std::vector<int>* sizes)
{
    RowMatrix centroids = RowMatrix::Zero(k, data.cols());
    sizes->assign(size_t(k), 0);
    for (Eigen::Index i = 0; i < data.rows(); ++i) {
        centroids.row(labels[size_t(i)]) += data.row(i);
        ++(*sizes)[size_t(labels[size_t(i)])];
    }
    for (int c = 0; c < k; ++c)
        centroids.row(c) /= (*sizes)[size_t(c)];
    return centroids;
}

double referenceCalinskiHarabasz(const RowMatrix& data, const std::vector<int>& labels, int k)
{
    std::vector<int> sizes;
    const RowMatrix centroids = centroidsOf(data, labels, k, &sizes);
    const Eigen::RowVectorXd mean = data.colwise().mean();
    double between = 0;
    double within = 0;
    for (int c = 0; c < k; ++c)
        between += sizes[size_t(c)] * (centroids.row(c) - mean).squaredNorm();
    for (Eigen::Index i = 0; i < data.rows(); ++i)
        within += (data.row(i) - centroids.row(labels[size_t(i)])).squaredNorm();
    return (between / (k - 1)) / (within / double(data.rows() - k));
}

double referenceDaviesBouldin(const RowMatrix& data, const std::vector<int>& labels, int k)
{
    std::vector<int> sizes;
    const RowMatrix centroids = centroidsOf(data, labels, k, &sizes);
    std::vector<double> spread(size_t(k), 0.0);
    for (Eigen::Index i = 0; i < data.rows(); ++i)
        spread[size_t(labels[size_t(i)])] += (data.row(i) - centroids.row(labels[size_t(i)])).norm();
    for (int c = 0; c < k; ++c)
        spread[size_t(c)] /= sizes[size_t(c)];
    double total = 0;
    for (int i = 0; i < k; ++i) {
        double worst = 0;
        for (int j = 0; j < k; ++j) {
            if (j != i)
                worst = std::max(
                    worst, (spread[size_t(i)] + spread[size_t(j)]) / (centroids.row(i) - centroids.row(j)).norm());
        }
        total += worst;
    }
    return total / k;
}

std::vector<int> randomLabels(int n, int k, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::vector<int> labels(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        labels[size_t(i)] = i < k ? i : int(rng() % quint64(k)); // every label present
    return labels;
}

bool close(double a, double b, double relative = 1e-10)
{
    return std::abs(a - b) <= relative * std::max(1.0, std::abs(b));
}

} // namespace

class TstClusterMetrics : public QObject
{
    Q_OBJECT

private slots:
    void matchReferenceImplementations_data()
    {
        QTest::addColumn<RowMatrix>("data");
        QTest::addColumn<std::vector<int>>("labels");
        QTest::addColumn<int>("k");
        std::vector<int> truth;
        RowMatrix centres(3, 2);
        centres << 0, 0, 4, 0, 0, 4;
        QTest::newRow("blobs-2d") << test::blobs(centres, 40, 1.0, 1, &truth) << truth << 3;
        QTest::newRow("random-labels-5d") << test::gaussian(250, 5, 2) << randomLabels(250, 4, 3) << 4;
        QTest::newRow("two-clusters-1d") << test::gaussian(101, 1, 4) << randomLabels(101, 2, 5) << 2;
        RowMatrix duplicates = test::gaussian(60, 3, 6);
        duplicates.bottomRows(20) = duplicates.topRows(20); // repeated points, distance 0
        QTest::newRow("with-duplicates") << duplicates << randomLabels(60, 3, 7) << 3;
        RowMatrix offset = test::gaussian(80, 2, 8);
        offset.array() += 1e4; // far from the origin: the distance expansion must stay accurate
        QTest::newRow("large-offset") << offset << randomLabels(80, 3, 9) << 3;
    }
    void matchReferenceImplementations()
    {
        QFETCH(RowMatrix, data);
        QFETCH(std::vector<int>, labels);
        QFETCH(int, k);
        const auto silhouette = ClusterMetrics::silhouette(data, labels);
        const auto ch = ClusterMetrics::calinskiHarabasz(data, labels);
        const auto db = ClusterMetrics::daviesBouldin(data, labels);
        QVERIFY(silhouette && ch && db);
        const double expectedSilhouette = referenceSilhouette(data, labels);
        QVERIFY2(
            std::abs(*silhouette - expectedSilhouette) < 1e-9,
            qPrintable(QStringLiteral("%1 vs %2").arg(*silhouette, 0, 'g', 15).arg(expectedSilhouette, 0, 'g', 15)));
        QVERIFY2(close(*ch, referenceCalinskiHarabasz(data, labels, k)), qPrintable(QString::number(*ch)));
        QVERIFY2(close(*db, referenceDaviesBouldin(data, labels, k)), qPrintable(QString::number(*db)));
        ThreadPool pool(3);
        const auto pooled = ClusterMetrics::silhouette(data, labels, 10000, 0, &pool);
        QVERIFY(pooled && test::identical(*pooled, *silhouette));
        // Both separation indices at once, on the pool or not: the same numbers as one by one.
        for (ThreadPool* on : {&pool, static_cast<ThreadPool*>(nullptr)}) {
            const ClusterMetrics::SeparationIndices both = ClusterMetrics::separation(data, labels, on);
            QVERIFY(both.calinskiHarabasz && test::identical(*both.calinskiHarabasz, *ch));
            QVERIFY(both.daviesBouldin && test::identical(*both.daviesBouldin, *db));
        }
    }

    void handWorkedValues()
    {
        // 1-D points 0, 1 | 5, 6. Silhouette: a = 1 for all; b = 5.5, 4.5, 4.5, 5.5, so the mean of
        // 4.5/5.5, 3.5/4.5, 3.5/4.5, 4.5/5.5 = (9/11 + 7/9) / 2 = 79/99.
        // Calinski-Harabasz: between = 4 * 2.5^2 = 25, within = 4 * 0.5^2 = 1 -> 25 * (4 - 2) / (1 * 1) = 50.
        // Davies-Bouldin: spreads 0.5 and 0.5, centroid distance 5 -> 0.2.
        RowMatrix data(4, 1);
        data << 0, 1, 5, 6;
        const std::vector<int> labels{0, 0, 1, 1};
        QVERIFY(close(ClusterMetrics::silhouette(data, labels).value(), 79.0 / 99.0, 1e-12));
        QVERIFY(close(ClusterMetrics::calinskiHarabasz(data, labels).value(), 50.0, 1e-12));
        QVERIFY(close(ClusterMetrics::daviesBouldin(data, labels).value(), 0.2, 1e-12));
    }

    void followScikitLearnEdgeCases()
    {
        RowMatrix data(5, 1);
        data << 0, 1, 2, 10, 11;
        // One cluster, or as many clusters as points: undefined.
        QVERIFY(!ClusterMetrics::silhouette(data, {0, 0, 0, 0, 0}));
        QVERIFY(!ClusterMetrics::calinskiHarabasz(data, {0, 0, 0, 0, 0}));
        QVERIFY(!ClusterMetrics::daviesBouldin(data, {0, 1, 2, 3, 4}));
        QVERIFY(!ClusterMetrics::silhouette(data, {0, 1}));
        // A point alone in its cluster scores 0: the mean counts it as 0.
        const double withSingleton = ClusterMetrics::silhouette(data, {0, 0, 0, 1, 2}).value();
        QVERIFY(close(withSingleton, referenceSilhouette(data, {0, 0, 0, 1, 2}), 1e-12));
        // Labels need not be 0..k-1.
        QVERIFY(close(ClusterMetrics::silhouette(data, {7, 7, 7, 3, 3}).value(),
                      ClusterMetrics::silhouette(data, {0, 0, 0, 1, 1}).value(), 1e-15));
        // Clusters that are single values: no within dispersion -> CH 1, DB 0 (scikit-learn's conventions).
        RowMatrix points(4, 1);
        points << 3, 3, 8, 8;
        QCOMPARE(ClusterMetrics::calinskiHarabasz(points, {0, 0, 1, 1}).value(), 1.0);
        QCOMPARE(ClusterMetrics::daviesBouldin(points, {0, 0, 1, 1}).value(), 0.0);
    }

    void silhouetteOnSeededSample()
    {
        const RowMatrix data = test::gaussian(1500, 3, 10);
        const std::vector<int> labels = randomLabels(1500, 3, 11);
        const int sampleSize = 400;
        const auto sampled = ClusterMetrics::silhouette(data, labels, sampleSize, 42);
        QVERIFY(sampled);
        // The same as the exact silhouette of the sampled rows alone.
        const std::vector<int> rows = RowSampler::draw(1500, sampleSize, 42);
        QCOMPARE(rows.size(), size_t(sampleSize));
        RowMatrix subset(sampleSize, 3);
        std::vector<int> subsetLabels;
        for (int i = 0; i < sampleSize; ++i) {
            subset.row(i) = data.row(rows[size_t(i)]);
            subsetLabels.push_back(labels[size_t(rows[size_t(i)])]);
        }
        QVERIFY(std::abs(*sampled - referenceSilhouette(subset, subsetLabels)) < 1e-9);
        QVERIFY(test::identical(*sampled, *ClusterMetrics::silhouette(data, labels, sampleSize, 42)));
        QVERIFY(!test::identical(*sampled, *ClusterMetrics::silhouette(data, labels, sampleSize, 43)));
        // Up to the sample size the silhouette is exact.
        QVERIFY(
            std::abs(*ClusterMetrics::silhouette(data.topRows(300),
                                                 std::vector<int>(labels.begin(), labels.begin() + 300), 300)
                     - referenceSilhouette(data.topRows(300), std::vector<int>(labels.begin(), labels.begin() + 300)))
            < 1e-9);
    }

    void silhouetteCanBeCanceled()
    {
        const RowMatrix data = test::gaussian(3000, 2, 12);
        const std::vector<int> labels = randomLabels(3000, 3, 13);
        int polls = 0;
        QVERIFY(!ClusterMetrics::silhouette(data, labels, 10000, 0, nullptr, [&] { return ++polls >= 2; }));
        QCOMPARE(polls, 2);
    }

    void adjustedRandIndex_data()
    {
        QTest::addColumn<std::vector<int>>("a");
        QTest::addColumn<std::vector<int>>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("identical") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{0, 0, 1, 1} << 1.0;
        QTest::newRow("renamed") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{1, 1, 0, 0} << 1.0;
        // Examples from scikit-learn's documentation of adjusted_rand_score.
        QTest::newRow("split-one-class") << std::vector<int>{0, 0, 1, 2} << std::vector<int>{0, 0, 1, 1} << 4.0 / 7.0;
        QTest::newRow("merged-one-class") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{0, 0, 1, 2} << 4.0 / 7.0;
        QTest::newRow("all-in-one-vs-singletons")
            << std::vector<int>{0, 0, 0, 0} << std::vector<int>{0, 1, 2, 3} << 0.0;
        QTest::newRow("crossed") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{0, 1, 0, 1} << -0.5;
        QTest::newRow("both-one-cluster") << std::vector<int>{3, 3, 3} << std::vector<int>{9, 9, 9} << 1.0;
        QTest::newRow("both-singletons") << std::vector<int>{0, 1, 2} << std::vector<int>{5, 6, 7} << 1.0;
        // By hand: contingency [[2,1],[0,3]] -> sum C(nij,2) = 1 + 3 = 4; rows C(3,2)*2 = 6; columns
        // C(2,2) + C(4,2) = 7; expected 6*7/15 = 2.8; max 6.5 -> (4 - 2.8) / (6.5 - 2.8) = 12/37.
        QTest::newRow("hand-6") << std::vector<int>{0, 0, 0, 1, 1, 1} << std::vector<int>{0, 0, 1, 1, 1, 1}
                                << 12.0 / 37.0;
    }
    void adjustedRandIndex()
    {
        QFETCH(std::vector<int>, a);
        QFETCH(std::vector<int>, b);
        QFETCH(double, expected);
        const auto ari = ClusterMetrics::adjustedRandIndex(a, b);
        QVERIFY(ari);
        QVERIFY2(std::abs(*ari - expected) < 1e-12, qPrintable(QString::number(*ari, 'g', 17)));
        QVERIFY(std::abs(*ClusterMetrics::adjustedRandIndex(b, a) - expected) < 1e-12); // symmetric
    }

    void adjustedRandIndexRejectsMismatchedInput()
    {
        QVERIFY(!ClusterMetrics::adjustedRandIndex({0, 1}, {0, 1, 1}));
        QVERIFY(!ClusterMetrics::adjustedRandIndex({}, {}));
    }
};

QTEST_GUILESS_MAIN(TstClusterMetrics)
#include "tst_clustermetrics.moc"
