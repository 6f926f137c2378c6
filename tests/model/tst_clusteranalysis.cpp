// Clustering the workspace: features read with NULLs left out, blobs recovered, sweep suggestion, saving runs
// and segments, clear errors, cancellation, and the background service.
#include "model/analytics/clusteranalysis.h"
#include "model/analytics/clusterservice.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterresolver.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstClusterAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // 3 well separated blobs of 200 customers in (spend, visits), plus 7 customers with a NULL visit count.
    void createWorkspace()
    {
        m_path = m_dir.filePath(QStringLiteral("clusters.sqlite"));
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        Database& db = ws->db();
        QVERIFY(db.exec("CREATE TABLE customers(id TEXT, blob INTEGER, spend REAL, visits INTEGER, seen TEXT, "
                        "name TEXT)"));
        Transaction transaction(db);
        Statement insert = db.prepare(QStringLiteral("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)"));
        QRandomGenerator random(99);
        const double centres[3][2] = {{100, 2}, {1000, 20}, {5000, 5}};
        int id = 0;
        for (int blob = 0; blob < 3; ++blob) {
            for (int i = 0; i < 200; ++i) {
                insert.reset();
                insert.bind(1, QStringLiteral("c%1").arg(++id));
                insert.bind(2, qint64(blob));
                insert.bind(3, centres[blob][0] * (1.0 + (random.generateDouble() - 0.5) * 0.1));
                insert.bind(4, qint64(centres[blob][1] + random.bounded(2)));
                insert.bind(5, QStringLiteral("2024-0%1-15").arg(blob + 1));
                insert.bind(6, QStringLiteral("n"));
                QVERIFY(insert.run());
            }
        }
        for (int i = 0; i < 7; ++i) {
            insert.reset();
            insert.bind(1, QStringLiteral("x%1").arg(i));
            insert.bind(2, qint64(-1));
            insert.bind(3, 500.0);
            insert.bindNull(4);
            insert.bind(5, QStringLiteral("2024-01-01"));
            insert.bind(6, QStringLiteral("n"));
            QVERIFY(insert.run());
        }
        QVERIFY(transaction.commit());
        auto field = [](const char* name, FieldType type, FieldRole role = FieldRole::None) {
            FieldInfo info;
            info.name = QString::fromLatin1(name);
            info.type = type;
            info.role = role;
            return info;
        };
        QVERIFY(FieldCatalog::replace(db, QStringLiteral("customers"),
                                      {field("id", FieldType::Text, FieldRole::CustomerKey),
                                       field("blob", FieldType::Integer), field("spend", FieldType::Real),
                                       field("visits", FieldType::Integer), field("seen", FieldType::Date),
                                       field("name", FieldType::Text)},
                                      &error));
    }

private slots:
    void initTestCase() { createWorkspace(); }

    void recoversBlobsAndSavesSegments()
    {
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        ClusterRequest request;
        request.features = {QStringLiteral("spend"), QStringLiteral("visits")};
        request.k = 3;
        request.nInit = 4;
        request.seed = 5;
        request.saveAsPrefix = QStringLiteral("Blob");
        const ClusterOutcome outcome = ClusterAnalysis::run(*ws, request);
        QVERIFY2(outcome.run, qPrintable(outcome.error));
        const ClusterRun& run = *outcome.run;
        QCOMPARE(run.rows, 600);
        QCOMPARE(run.droppedRows, 7);
        QCOMPARE(run.k, 3);
        QCOMPARE(int(run.kmeans.sizes.size()), 3);
        QVERIFY(run.silhouette && *run.silhouette > 0.8);
        QVERIFY(run.runId > 0);
        QCOMPARE(run.savedSegments.size(), 3);
        QCOMPARE(run.projection.coordinates.rows(), 600);

        // Each saved segment holds exactly one blob.
        SelectionSql sql(*ws);
        QSet<qint64> blobsSeen;
        for (const QString& name : run.savedSegments) {
            Statement stmt = sql.prepare(QStringLiteral("SELECT count(*), min(blob), max(blob)"),
                                         Selection::segment(name), QString(), &error);
            QVERIFY2(stmt.isValid(), qPrintable(error));
            QVERIFY(stmt.next());
            QCOMPARE(stmt.toInt64(0), 200);
            QCOMPARE(stmt.toInt64(1), stmt.toInt64(2));
            blobsSeen.insert(stmt.toInt64(1));
        }
        QCOMPARE(blobsSeen.size(), 3);
        QCOMPARE(ws->db().scalar(QStringLiteral("SELECT k FROM cluster_runs WHERE id = %1").arg(run.runId)).toInt(), 3);
        const QJsonObject json = run.toJson();
        for (const char* key :
             {"k", "inertia", "iterations", "sizes", "silhouette", "calinski_harabasz", "davies_bouldin", "seconds"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
    }

    void sweepSuggestsThree()
    {
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(ws);
        ClusterRequest request;
        request.features = {QStringLiteral("spend"), QStringLiteral("visits"), QStringLiteral("seen")};
        request.kMin = 2;
        request.kMax = 6;
        request.nInit = 3;
        const ClusterOutcome outcome = ClusterAnalysis::run(*ws, request);
        QVERIFY2(outcome.run, qPrintable(outcome.error));
        QVERIFY(outcome.run->sweep);
        QCOMPARE(outcome.run->sweep->points.size(), 5);
        QCOMPARE(outcome.run->k, 3);
        QCOMPARE(outcome.run->toJson().value(QStringLiteral("suggested_k")).toInt(), 3);
        QVERIFY(outcome.run->featureLabels.at(2).contains(QStringLiteral("days since")));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text-field") << QStringList{QStringLiteral("name")} << 2 << QStringLiteral("text field");
        QTest::newRow("unknown-field") << QStringList{QStringLiteral("nope")} << 2 << QStringLiteral("no field");
        QTest::newRow("no-features") << QStringList() << 2 << QStringLiteral("at least one");
        QTest::newRow("k-too-large") << QStringList{QStringLiteral("blob")} << 50 << QStringLiteral("distinct");
    }

    // The blobs differ in spend and in the month they were seen: each cluster's rule is exact, and selects what
    // the filter engine counts for it.
    void explainsClustersAsExactRules_data()
    {
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QString>("field"); // what the rules compare
        QTest::addColumn<QString>("value"); // one of the rules, as written
        QTest::newRow("spend") << QStringLiteral("spend") << QStringLiteral("spend")
                               << QStringLiteral("{\"field\":\"spend\",\"operator\":\">=\",\"value\":3000}");
        QTest::newRow("date") << QStringLiteral("seen") << QStringLiteral("seen")
                              << QStringLiteral("{\"field\":\"seen\",\"operator\":\"between\",\"value\":"
                                                "[\"2024-02-01\",\"2024-02-29\"]}");
    }
    void explainsClustersAsExactRules()
    {
        QFETCH(QString, feature);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        ClusterRequest request;
        request.features = {feature};
        request.k = 3;
        request.explain = true;
        const ClusterOutcome outcome = ClusterAnalysis::run(*ws, request);
        QVERIFY2(outcome.run, qPrintable(outcome.error));
        QVERIFY(outcome.run->explanations && outcome.run->explanations->size() == 3);
        const QJsonArray json = outcome.run->toJson().value(QStringLiteral("explanations")).toArray();
        QCOMPARE(json.size(), 3);
        bool sawValue = false;
        for (const ClusterExplanation& explanation : *outcome.run->explanations) {
            QVERIFY(explanation.f1 == 1.0);
            QCOMPARE(explanation.matched, outcome.run->kmeans.sizes[size_t(explanation.cluster)]);
            QCOMPARE(explanation.treeMatched, explanation.matched);
            const QByteArray text = QJsonDocument(explanation.rule).toJson(QJsonDocument::Compact);
            QVERIFY2(text.contains(QStringLiteral("\"field\":\"%1\"").arg(field).toUtf8()), text.constData());
            sawValue = sawValue || text.contains(value.toUtf8());
            // Everyone has the feature, so the rule alone counts the same customers through the filter engine.
            const auto resolved = FilterResolver::resolve(text, FilterContext::fromWorkspace(*ws), &error);
            QVERIFY2(resolved, qPrintable(error));
            QCOMPARE(
                FilterCompiler::count(ws->db(), FilterCompiler::compile(*resolved, ws->customerKeyExpression()), &error)
                    .value_or(-1),
                explanation.matched);
        }
        QVERIFY2(sawValue, qPrintable(value));
    }

    void explainsFromASampleAndMeasuresOnAll()
    {
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        ClusterRequest request;
        request.features = {QStringLiteral("spend"), QStringLiteral("visits")};
        request.k = 3;
        const ClusterOutcome outcome = ClusterAnalysis::run(*ws, request);
        QVERIFY2(outcome.run, qPrintable(outcome.error));
        const auto matrix = ClusterAnalysis::loadFeatures(*ws, request.features, Selection::all(), &error);
        QVERIFY2(matrix, qPrintable(error));
        // The clustered rows: those with both values (the 7 without a visit count are left out).
        RowMatrix original(outcome.run->rows, 2);
        Eigen::Index kept = 0;
        for (Eigen::Index row = 0; row < matrix->values.rows(); ++row) {
            if (!std::isnan(matrix->values(row, 1)))
                original.row(kept++) = matrix->values.row(row);
        }
        QCOMPARE(kept, outcome.run->rows);
        ClusterExplainInput input;
        input.features = request.features;
        input.original = &original;
        input.rowIds = &outcome.run->rowIds;
        input.labels = &outcome.run->kmeans.labels;
        input.k = 3;
        input.maxTreeRows = 60;
        const auto explanations = ClusterExplainer::explain(*ws, input, &error);
        QVERIFY2(explanations, qPrintable(error));
        for (const ClusterExplanation& explanation : *explanations) {
            QVERIFY(explanation.treeMatched <= 60);
            QCOMPARE(explanation.clusterSize, outcome.run->kmeans.sizes[size_t(explanation.cluster)]);
            QVERIFY(explanation.matched > explanation.treeMatched); // measured on all 600 clustered customers
            QVERIFY(explanation.f1 > 0.95);
        }
    }

    void clearErrors()
    {
        QFETCH(QStringList, features);
        QFETCH(int, k);
        QFETCH(QString, expected);
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(ws);
        ClusterRequest request;
        request.features = features;
        request.k = k;
        const ClusterOutcome outcome = ClusterAnalysis::run(*ws, request);
        QVERIFY(!outcome.run);
        QVERIFY2(outcome.error.contains(expected, Qt::CaseInsensitive), qPrintable(outcome.error));
    }

    void cancelStopsWithoutSaving()
    {
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(ws);
        const qint64 runsBefore = ws->db().scalar(QStringLiteral("SELECT count(*) FROM cluster_runs")).toLongLong();
        ClusterRequest request;
        request.features = {QStringLiteral("spend")};
        request.k = 2;
        request.saveAsPrefix = QStringLiteral("Never");
        const ClusterOutcome outcome = ClusterAnalysis::run(*ws, request, [] { return true; });
        QVERIFY(!outcome.run);
        QVERIFY(outcome.canceled);
        QCOMPARE(ws->db().scalar(QStringLiteral("SELECT count(*) FROM cluster_runs")).toLongLong(), runsBefore);
    }

    void serviceRunsInBackground()
    {
        ClusterService service;
        QSignalSpy finished(&service, &ClusterService::finished);
        QSignalSpy progress(&service, &ClusterService::progressChanged);
        ClusterRequest request;
        request.features = {QStringLiteral("spend"), QStringLiteral("visits")};
        request.k = 3;
        service.start(m_path, request);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<ClusterRun>().k, 3);
        QVERIFY(progress.count() > 0);
    }

    void newerRequestSupersedesRunningOne()
    {
        ClusterService service;
        QSignalSpy finished(&service, &ClusterService::finished);
        QSignalSpy failed(&service, &ClusterService::failed);
        ClusterRequest older;
        older.features = {QStringLiteral("spend"), QStringLiteral("visits")};
        older.k = 2;
        older.nInit = 10;
        ClusterRequest newer = older;
        newer.k = 3;
        const QFuture<ClusterOutcome> first = service.start(m_path, older);
        const QFuture<ClusterOutcome> second = service.start(m_path, newer);
        QVERIFY(first.isCanceled());
        QVERIFY(finished.wait(20000));
        // Only the newer request is answered, also once the older job has ended on its worker.
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished() && second.isFinished(), 20000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<ClusterRun>().k, 3);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstClusterAnalysis)
#include "tst_clusteranalysis.moc"
