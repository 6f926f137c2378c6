// Cluster profiles: sizes, means in original units, z-scores against the base, and the short labels.
#include "analysis/clusterprofile.h"

#include <QTest>

#include <cmath>

using namespace swb;

class TstClusterProfile : public QObject
{
    Q_OBJECT

private slots:
    void describesClusters()
    {
        // income, recency, children. Cluster 0: rich and recent; 1: poor and lapsed; 2: in the middle.
        RowMatrix data(6, 3);
        data << 100, 5, 1, //
            110, 7, 2, //
            20, 200, 1, //
            30, 220, 2, //
            60, 100, 1, //
            70, 110, 2;
        const std::vector<int> labels{0, 0, 1, 1, 2, 2};
        const ClusterProfiles profiles = ClusterProfiler::describe(
            data, labels, 3, {QStringLiteral("income"), QStringLiteral("recency"), QStringLiteral("children")});
        QVERIFY2(profiles.ok(), qPrintable(profiles.error));
        QCOMPARE(profiles.clusters.size(), 3);
        // Base: income mean 65, population sd sqrt(((35^2 + 45^2 + 45^2 + 35^2 + 5^2 + 5^2) / 6)) = sqrt(1191.67)
        const double incomeSd = std::sqrt((35.0 * 35 + 45 * 45 + 45 * 45 + 35 * 35 + 25 + 25) / 6.0);
        QVERIFY(std::abs(profiles.baseMean[0] - 65) < 1e-12);
        QVERIFY(std::abs(profiles.baseSd[0] - incomeSd) < 1e-12);

        const ClusterProfile& rich = profiles.clusters.at(0);
        QCOMPARE(rich.size, qint64(2));
        QVERIFY(std::abs(rich.share - 1.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(rich.mean[0] - 105) < 1e-12);
        QVERIFY(std::abs(rich.zScore[0] - 40.0 / incomeSd) < 1e-12);
        QCOMPARE(rich.zScore[2], 0.0); // children average 1.5 everywhere
        // |z| income 40 / 33.04 = 1.211 just above recency's 101 / 83.55 = 1.209.
        QCOMPARE(rich.label, QStringLiteral("high income, low recency"));
        QCOMPARE(rich.distinctive, (QList<int>{0, 1}));
        // recency (210 - 107) / 83.55 = 1.233 beats income's 1.211.
        QCOMPARE(profiles.clusters.at(1).label, QStringLiteral("high recency, low income"));
        QCOMPARE(profiles.clusters.at(2).label, QStringLiteral("close to average"));
        QVERIFY(profiles.clusters.at(2).distinctive.isEmpty());
    }

    void labelLengthAndThreshold()
    {
        RowMatrix data(4, 3);
        data << 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0;
        const std::vector<int> labels{0, 1, 1, 1};
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const ClusterProfiles two = ClusterProfiler::describe(data, labels, 2, names);
        QCOMPARE(two.clusters.at(0).label, QStringLiteral("high a, high b"));
        QCOMPARE(two.clusters.at(0).distinctive.size(), 3);
        const ClusterProfiles three = ClusterProfiler::describe(data, labels, 2, names, 0.5, 3);
        QCOMPARE(three.clusters.at(0).label, QStringLiteral("high a, high b, high c"));
        // Cluster 1's z is -1/sqrt(3) = -0.577: distinctive at 0.5, not at 0.6.
        QCOMPARE(ClusterProfiler::describe(data, labels, 2, names, 0.6).clusters.at(1).label,
                 QStringLiteral("close to average"));
    }

    void emptyClusterAndBadLabels()
    {
        RowMatrix data(3, 1);
        data << 1, 2, 3;
        const ClusterProfiles profiles = ClusterProfiler::describe(data, {0, 0, 2}, 3, {QStringLiteral("x")});
        QVERIFY(profiles.ok());
        QCOMPARE(profiles.clusters.at(1).size, qint64(0));
        QVERIFY(std::isnan(profiles.clusters.at(1).mean[0]));
        QVERIFY(!ClusterProfiler::describe(data, {0, 5, 1}, 3, {}).ok());
        QVERIFY(!ClusterProfiler::describe(data, {0, 1}, 3, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TstClusterProfile)
#include "tst_clusterprofile.moc"
