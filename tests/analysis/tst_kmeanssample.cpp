// Restarts screened on a sample (KMeansOptions::restartSampleRows): as good as every restart on all rows,
// deterministic, only used on large data, falls back when the sample cannot hold k clusters, cancellable.
#include "analysis/kmeans.h"
#include "analysis/kmeanssweep.h"
#include "testsupport.h"

#include <QTest>

#include <random>

using namespace swb;

namespace {

constexpr int kSample = 20000;

// 12 overlapping gaussian blobs in 6 dimensions, 120,000 rows: fewer clusters than blobs, so restarts end in
// different local minima and picking the best one matters.
RowMatrix mixture(quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> place(-4.0, 4.0);
    RowMatrix centres(12, 6);
    for (Eigen::Index i = 0; i < centres.size(); ++i)
        centres.data()[i] = place(rng);
    return test::blobs(centres, 10000, 1.2, seed + 1);
}

KMeansOptions options(int k, quint64 seed, int sampleRows)
{
    KMeansOptions o;
    o.k = k;
    o.nInit = 10;
    o.seed = seed;
    o.restartSampleRows = sampleRows;
    return o;
}

} // namespace

class TstKMeansSample : public QObject
{
    Q_OBJECT

private slots:
    void asGoodAsAllRows_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("k4-seed0") << 4 << quint64(0);
        QTest::newRow("k6-seed1") << 6 << quint64(1);
        QTest::newRow("k8-seed2") << 8 << quint64(2);
        QTest::newRow("k10-seed3") << 10 << quint64(3);
    }
    // The best of the sampled restarts, iterated on all rows, ends where the best of the restarts on all rows does
    // (within 0.1% inertia): the restarts differ in where they start, which the sample tells apart.
    void asGoodAsAllRows()
    {
        QFETCH(int, k);
        QFETCH(quint64, seed);
        const RowMatrix data = mixture(seed);
        KMeans engine(data, 0);
        const KMeansResult all = engine.cluster(options(k, seed, 0));
        const KMeansResult sampled = engine.cluster(options(k, seed, kSample));
        QVERIFY(all.ok());
        QVERIFY(sampled.ok());
        QCOMPARE(all.restartSampleRows, 0);
        QCOMPARE(sampled.restartSampleRows, kSample);
        QCOMPARE(sampled.restartInertias.size(), 10);
        QCOMPARE(int(sampled.labels.size()), int(data.rows()));
        qInfo("k = %d: inertia all rows %.6g, sampled restarts %.6g (ratio %.6f)", k, all.inertia, sampled.inertia,
              sampled.inertia / all.inertia);
        QVERIFY2(sampled.inertia <= all.inertia * 1.001,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sampled.inertia).arg(all.inertia)));
        qint64 total = 0;
        for (qint64 size : sampled.sizes)
            total += size;
        QCOMPARE(total, qint64(data.rows()));
    }

    // Same seed, same result, also from a fresh engine (the sample is drawn from the seed, not kept state).
    void deterministic()
    {
        const RowMatrix data = mixture(7);
        KMeans first(data, 1);
        KMeans second(data, 0);
        const KMeansResult a = first.cluster(options(8, 11, kSample));
        const KMeansResult b = second.cluster(options(8, 11, kSample));
        const KMeansResult c = second.cluster(options(8, 11, kSample));
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(a.labels == b.labels);
        QVERIFY(b.labels == c.labels);
        QVERIFY(test::identical(a.inertia, b.inertia));
        QCOMPARE(a.restartInertias, b.restartInertias);
        // Another seed draws another sample and other restarts.
        const KMeansResult other = second.cluster(options(8, 12, kSample));
        QVERIFY(other.restartInertias != b.restartInertias);
    }

    // Below 4 x the sample size every restart runs on all rows: the same result as without sampling.
    void smallDataUsesAllRows()
    {
        const RowMatrix data = test::gaussian(4 * kSample - 1, 3, 5);
        KMeans engine(data, 0);
        const KMeansResult sampled = engine.cluster(options(5, 3, kSample));
        const KMeansResult all = engine.cluster(options(5, 3, 0));
        QVERIFY(sampled.ok());
        QCOMPARE(sampled.restartSampleRows, 0);
        QVERIFY(sampled.labels == all.labels);
        QVERIFY(test::identical(sampled.inertia, all.inertia));
    }

    // A sample that misses one of only k distinct points cannot hold k clusters: all rows are used instead.
    void fallsBackWhenTheSampleLacksDistinctPoints()
    {
        const int rows = 4 * kSample + 1000;
        RowMatrix data = RowMatrix::Zero(rows, 2);
        for (int i = 0; i < rows; ++i)
            data(i, 0) = i % 2; // two distinct points everywhere ...
        data(rows - 1, 1) = 50; // ... and a third one in a single row, which a sample of 100 rows almost surely misses
        KMeans engine(data, 0);
        const KMeansResult result = engine.cluster(options(3, 0, 100));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.restartSampleRows, 0);
        QVERIFY(std::find(result.sizes.begin(), result.sizes.end(), qint64(1)) != result.sizes.end());
        QCOMPARE(result.inertia, 0.0);
    }

    void cancels()
    {
        const RowMatrix data = mixture(3);
        KMeans engine(data, 0);
        int calls = 0;
        const KMeansResult result = engine.cluster(options(8, 0, kSample), [&calls] { return ++calls > 5; });
        QVERIFY(result.canceled);
        QVERIFY(!result.ok());
    }

    // A sweep screens every k's restarts on the same sample and still matches the sweep on all rows.
    void sweep()
    {
        const RowMatrix data = mixture(4);
        KSweepOptions sweepOptions;
        sweepOptions.kMin = 3;
        sweepOptions.kMax = 7;
        sweepOptions.kmeans = options(0, 4, 0);
        sweepOptions.kmeans.nInit = 3;
        sweepOptions.keepResults = false;
        const KSweepResult all = KMeansSweep::run(data, sweepOptions);
        sweepOptions.kmeans.restartSampleRows = kSample;
        const KSweepResult sampled = KMeansSweep::run(data, sweepOptions);
        QVERIFY(all.ok() && sampled.ok());
        QCOMPARE(sampled.points.size(), all.points.size());
        for (qsizetype i = 0; i < all.points.size(); ++i) {
            QCOMPARE(sampled.points.at(i).k, all.points.at(i).k);
            QVERIFY2(sampled.points.at(i).inertia <= all.points.at(i).inertia * 1.001,
                     qPrintable(QStringLiteral("k = %1: %2 vs %3")
                                    .arg(all.points.at(i).k)
                                    .arg(sampled.points.at(i).inertia)
                                    .arg(all.points.at(i).inertia)));
        }
    }
};

QTEST_GUILESS_MAIN(TstKMeansSample)
#include "tst_kmeanssample.moc"
