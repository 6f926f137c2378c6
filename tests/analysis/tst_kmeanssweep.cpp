// k sweep: figures per k, the elbow, the suggestion rule, consistency with single runs, cancellation.
#include "analysis/clustermetrics.h"
#include "analysis/kmeanssweep.h"
#include "testsupport.h"

#include <QTest>

using namespace swb;

Q_DECLARE_METATYPE(QList<double>)

class TstKMeansSweep : public QObject
{
    Q_OBJECT

private:
    static KSweepResult withPoints(const QList<int>& ks, const QList<double>& inertias,
                                   const QList<double>& silhouettes)
    {
        KSweepResult result;
        for (qsizetype i = 0; i < ks.size(); ++i) {
            KSweepPoint point;
            point.k = ks.at(i);
            point.inertia = inertias.at(i);
            if (i < silhouettes.size() && !std::isnan(silhouettes.at(i)))
                point.silhouette = silhouettes.at(i);
            result.points.append(point);
        }
        return result;
    }

private slots:
    void elbow_data()
    {
        QTest::addColumn<QList<int>>("ks");
        QTest::addColumn<QList<double>>("inertias");
        QTest::addColumn<int>("elbow");
        // Normalised gaps below the chord: k2 .46, k3 .53, k4 .37, k5 .19 -> k = 3.
        QTest::newRow("bend-at-3") << QList<int>{1, 2, 3, 4, 5, 6} << QList<double>{100, 40, 15, 12, 10, 9} << 3;
        QTest::newRow("bend-at-4") << QList<int>{2, 3, 4, 5, 6, 7} << QList<double>{90, 70, 20, 18, 17, 16} << 4;
        QTest::newRow("straight-line") << QList<int>{2, 3, 4, 5} << QList<double>{40, 30, 20, 10} << 0;
        QTest::newRow("too-short") << QList<int>{2, 3} << QList<double>{10, 5} << 0;
    }
    void elbow()
    {
        QFETCH(QList<int>, ks);
        QFETCH(QList<double>, inertias);
        QFETCH(int, elbow);
        const int index = KMeansSweep::elbowIndex(ks, inertias);
        QCOMPARE(index >= 0 ? ks.at(index) : 0, elbow);
    }

    void suggestionRule_data()
    {
        QTest::addColumn<QList<double>>("silhouettes");
        QTest::addColumn<int>("suggested");
        QTest::addColumn<QString>("mention");
        // ks 2..7 with an inertia elbow at k = 4 (see bend-at-4).
        const double none = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("clear-best") << QList<double>{0.40, 0.45, 0.52, 0.70, 0.41, 0.30} << 5
                                    << QStringLiteral("highest silhouette");
        QTest::newRow("tie-goes-to-elbow")
            << QList<double>{0.705, 0.60, 0.70, 0.60, 0.50, 0.40} << 4 << QStringLiteral("elbow");
        QTest::newRow("tie-equal-distance-takes-smaller")
            << QList<double>{0.50, 0.70, 0.60, 0.695, 0.50, 0.40} << 3 << QStringLiteral("within");
        QTest::newRow("no-silhouette-uses-elbow")
            << QList<double>{none, none, none, none, none, none} << 4 << QStringLiteral("elbow");
    }
    void suggestionRule()
    {
        QFETCH(QList<double>, silhouettes);
        QFETCH(int, suggested);
        QFETCH(QString, mention);
        KSweepResult result = withPoints({2, 3, 4, 5, 6, 7}, {90, 70, 20, 18, 17, 16}, silhouettes);
        KMeansSweep::suggest(&result);
        QCOMPARE(result.elbowK, 4);
        QCOMPARE(result.suggestedK, suggested);
        QVERIFY2(result.suggestionReason.contains(mention), qPrintable(result.suggestionReason));
    }

    void findsTheBlobCount()
    {
        std::vector<int> truth;
        RowMatrix centres(4, 2);
        centres << 0, 0, 8, 0, 0, 8, 8, 8;
        const RowMatrix data = test::blobs(centres, 150, 0.8, 2, &truth);
        KSweepOptions options;
        options.kMin = 2;
        options.kMax = 8;
        options.kmeans.seed = 4;
        options.kmeans.nInit = 4;
        QList<int> progress;
        const KSweepResult result = KMeansSweep::run(data, options, {}, [&](int p) { progress.append(p); });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.points.size(), 7);
        QCOMPARE(result.results.size(), size_t(7));
        QCOMPARE(result.suggestedK, 4);
        QCOMPARE(result.elbowK, 4);
        QVERIFY(test::samePartition(result.results[2].labels, truth));
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), 100);
        for (int i = 0; i < result.points.size(); ++i) {
            const KSweepPoint& point = result.points.at(i);
            QCOMPARE(point.k, i + 2);
            QVERIFY(point.silhouette && point.calinskiHarabasz && point.daviesBouldin);
            // The figures are those of the labels kept for that k.
            const std::vector<int>& labels = result.results[size_t(i)].labels;
            QVERIFY(test::identical(*point.calinskiHarabasz, *ClusterMetrics::calinskiHarabasz(data, labels)));
            QVERIFY(test::identical(*point.daviesBouldin, *ClusterMetrics::daviesBouldin(data, labels)));
            QVERIFY(std::abs(*point.silhouette - *ClusterMetrics::silhouette(data, labels)) < 1e-12);
            if (i > 0)
                QVERIFY(point.inertia < result.points.at(i - 1).inertia);
        }
        // The k = 4 run of the sweep is exactly a single k-means run with the same options.
        KMeansOptions single = options.kmeans;
        single.k = 4;
        const KMeansResult alone = kmeans(data, single);
        QVERIFY(alone.labels == result.results[2].labels);
        QVERIFY(test::identical(alone.inertia, result.points.at(2).inertia));
    }

    void silhouetteUsesASampleOnLargeData()
    {
        const RowMatrix data = test::gaussian(3000, 2, 6);
        KSweepOptions options;
        options.kMin = 3;
        options.kMax = 3;
        options.kmeans.nInit = 1;
        options.silhouetteSampleSize = 500;
        options.keepResults = true;
        const KSweepResult result = KMeansSweep::run(data, options);
        QVERIFY(result.ok());
        const auto expected = ClusterMetrics::silhouette(data, result.results[0].labels, 500, options.kmeans.seed);
        QVERIFY(test::identical(*result.points.first().silhouette, *expected));
        QVERIFY(!test::identical(*expected, *ClusterMetrics::silhouette(data, result.results[0].labels)));
    }

    void reportsErrorsAndCancel()
    {
        const RowMatrix data = test::gaussian(200, 2, 1);
        KSweepOptions options;
        options.kMin = 5;
        options.kMax = 3;
        QVERIFY(KMeansSweep::run(data, options).error.contains(QStringLiteral("range of k")));
        options.kMin = 2;
        options.kMax = 300;
        QVERIFY(KMeansSweep::run(data, options).error.contains(QStringLiteral("200 row")));
        options.kMax = 6;
        int polls = 0;
        const KSweepResult canceled = KMeansSweep::run(data, options, [&] { return ++polls > 30; });
        QVERIFY(canceled.canceled);
        QVERIFY(!canceled.ok());
    }
};

QTEST_GUILESS_MAIN(TstKMeansSweep)
#include "tst_kmeanssweep.moc"
