// Clustering on a PostgreSQL workspace (issue 19): the features come through a server-side cursor (PgFeatures) and
// the clustering is the file's (ClusterAnalysis::runOnMatrix); on the demo copied to one server and to the shards,
// k-means and the k sweep give the file's rows, sizes, inertia and centres (the demo's keys ascend with its rowids,
// so the rows come in the same order); a segment's customers alone; explaining or saving says it works on files.
#include "model/analytics/clusterfieldsurvey.h"
#include "model/analytics/clusterservice.h"
#include "testsupport_pg.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

class TstPgCluster : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_file;
    QStringList m_segments;

    static void compare(const ClusterRun& server, const ClusterRun& file)
    {
        QCOMPARE(server.rows, file.rows);
        QCOMPARE(server.droppedRows, file.droppedRows);
        QCOMPARE(server.k, file.k);
        QCOMPARE(server.kmeans.sizes, file.kmeans.sizes);
        QVERIFY2(std::abs(server.kmeans.inertia - file.kmeans.inertia) <= 1e-9 * std::abs(file.kmeans.inertia),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(server.kmeans.inertia, 0, 'g', 17)
                                .arg(file.kmeans.inertia, 0, 'g', 17)));
        QCOMPARE(server.kmeans.labels, file.kmeans.labels);
        QCOMPARE(server.centresOriginal.rows(), file.centresOriginal.rows());
        for (Eigen::Index i = 0; i < file.centresOriginal.size(); ++i) {
            const double a = server.centresOriginal.data()[i];
            const double b = file.centresOriginal.data()[i];
            QVERIFY2(std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)), qPrintable(QString::number(i)));
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY2(test::demoOnServers(m_file, 6000, 19, &m_servers, &m_segments, &error), qPrintable(error));
    }

    void sameClustersAsTheFile_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("segment");
        for (const char* server : {"SWB_PG_PLAIN", "SWB_PG_COORD"}) {
            const QString name = QString::fromLatin1(server);
            QTest::addRow("%s, k = 4", server) << name << 4 << QString();
            QTest::addRow("%s, sweep 2..6", server) << name << 0 << QString();
            QTest::addRow("%s, k = 3 in a segment", server) << name << 3 << QStringLiteral("<first>");
        }
    }

    void sameClustersAsTheFile()
    {
        QFETCH(QString, server);
        QFETCH(int, k);
        QFETCH(QString, segment);
        ClusterRequest request;
        // Numbers with NULLs (nps, the purchase fields of customers without orders) and two dates.
        request.features = {QStringLiteral("age"), QStringLiteral("nps"), QStringLiteral("total_revenue"),
                            QStringLiteral("signup_date"), QStringLiteral("last_purchase_date")};
        request.k = k;
        request.kMin = 2;
        request.kMax = 6;
        request.nInit = 3;
        request.seed = 11;
        request.threads = 1;
        request.segment = segment == QLatin1String("<first>") ? m_segments.first() : segment;
        const ClusterOutcome file = ClusterService::compute(m_file, request);
        const ClusterOutcome onServer = ClusterService::compute(m_servers.value(server), request);
        QVERIFY2(file.run, qPrintable(file.error));
        QVERIFY2(onServer.run, qPrintable(onServer.error));
        QVERIFY(file.run->rows > 100);
        QCOMPARE(onServer.run->timings.featureSource, QStringLiteral("server"));
        compare(*onServer.run, *file.run);
    }

    // The Clusters page's field list: the same fields, missing counts and skewness on the servers as on the file.
    void surveyAsOnTheFile()
    {
        const ClusterFeatureSurvey file = ClusterFieldSurvey::survey(m_file);
        QVERIFY2(file.error.isEmpty() && file.fields.size() >= 5, qPrintable(file.error));
        for (const char* server : {"SWB_PG_PLAIN", "SWB_PG_COORD"}) {
            const ClusterFeatureSurvey onServer = ClusterFieldSurvey::survey(m_servers.value(QLatin1String(server)));
            QVERIFY2(onServer.error.isEmpty(), qPrintable(onServer.error));
            QCOMPARE(onServer.customers, file.customers);
            QCOMPARE(onServer.fields.size(), file.fields.size());
            for (qsizetype i = 0; i < file.fields.size(); ++i) {
                const ClusterFeatureInfo& a = onServer.fields.at(i);
                const ClusterFeatureInfo& b = file.fields.at(i);
                QCOMPARE(a.name, b.name);
                QCOMPARE(a.missing, b.missing);
                QCOMPARE(a.suggestLog, b.suggestLog);
                QVERIFY2(std::abs(a.skewness - b.skewness) <= 1e-9 * std::max(1.0, std::abs(b.skewness)),
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(b.name).arg(a.skewness).arg(b.skewness)));
            }
        }
    }

    void savingSaysWhereItWorks()
    {
        ClusterRequest request;
        request.features = {QStringLiteral("age"), QStringLiteral("nps")};
        request.k = 3;
        request.explain = true; // the Clusters page asks for rules: the run comes without them
        const ClusterOutcome explained
            = ClusterService::compute(m_servers.value(QStringLiteral("SWB_PG_PLAIN")), request);
        QVERIFY2(explained.run, qPrintable(explained.error));
        QVERIFY(!explained.run->explanations);
        request.explain = false;
        request.saveAsPrefix = QStringLiteral("Cluster");
        const ClusterOutcome outcome
            = ClusterService::compute(m_servers.value(QStringLiteral("SWB_PG_PLAIN")), request);
        QVERIFY(!outcome.run);
        QVERIFY2(outcome.error.contains(QLatin1String("works on workspace files so far")), qPrintable(outcome.error));
        request.saveAsPrefix.clear();
        request.features = {QStringLiteral("country")};
        const ClusterOutcome text = ClusterService::compute(m_servers.value(QStringLiteral("SWB_PG_PLAIN")), request);
        QVERIFY2(text.error.contains(QLatin1String("is a text field")), qPrintable(text.error));
    }
};

QTEST_GUILESS_MAIN(TstPgCluster)
#include "tst_pgcluster.moc"
