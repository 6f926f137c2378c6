// The Clusters page on a demo workspace, driven through its widgets and slots: a run shows what `swb cluster --json`
// prints (sweep, sizes, profiles, explanations), the feature picker's missing counts are SQLite's, a sweep can be
// cancelled, a k picked on the sweep chart is `swb cluster --k` with the same seed, edited labels stay with the run
// when it is reopened, clusters saved as segments have the clusters' sizes, and each cluster's rule opened in the
// builder selects exactly the reported `matched` customers among the clustered ones.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport.h"

#include "model/database.h"
#include "model/jobs/jobtracker.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "model/workspace.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/profileheatmap.h"
#include "ui/charts/scatterplot.h"
#include "ui/charts/sweepchart.h"
#include "ui/clusters/clusterfeaturemodel.h"
#include "ui/clusters/clusterresults.h"
#include "ui/clusters/clusterrunsmodel.h"
#include "ui/clusters/clustersetup.h"
#include "ui/clusters/clusterspage.h"
#include "ui/clusters/clustertablemodel.h"
#include "ui/dashboard/dashboardexport.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

namespace {

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

const QStringList s_features{QStringLiteral("orders_count"), QStringLiteral("total_revenue"),
                             QStringLiteral("last_purchase_date")};
const QStringList s_log{QStringLiteral("total_revenue")};
const QString s_segment = QStringLiteral("Loyal gold and platinum"); // a segment of the demo workspace

ClusterRequest referenceRequest()
{
    ClusterRequest request;
    request.features = s_features;
    request.logFeatures = s_log;
    request.kMin = 2;
    request.kMax = 6;
    request.nInit = 3;
    request.seed = 7;
    request.explain = true;
    return request;
}

QStringList clusterArguments(const QString& db, const QString& k)
{
    QStringList arguments{QStringLiteral("cluster"),
                          QStringLiteral("--db"),
                          db,
                          QStringLiteral("--features"),
                          s_features.join(QLatin1Char(',')),
                          QStringLiteral("--log"),
                          s_log.join(QLatin1Char(',')),
                          QStringLiteral("--n-init"),
                          QStringLiteral("3"),
                          QStringLiteral("--seed"),
                          QStringLiteral("7"),
                          QStringLiteral("--explain"),
                          QStringLiteral("--json")};
    arguments << (k.contains(QLatin1Char('-')) ? QStringLiteral("--k-range") : QStringLiteral("--k")) << k;
    return arguments;
}

} // namespace

class TstClustersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void featurePickerCountsMissingValues();
    void runEqualsSwbCluster();
    void cancelsASweep();
    void cancelFromTheStatusBar();
    void pickingAKShowsThatK();
    void editedLabelsStayWithTheRun();
    void savesClustersAsSegments();
    void openInBuilderCountsMatched();
    void openInBuilderReachesTheWindowsBuilder();
    void clustersWithinASegment();
    void chartsExport();

private:
    void runReference();
    qint64 scalar(const QString& sql);

    QTemporaryDir m_dir;
    QString m_db;
    QJsonObject m_sweep; // `swb cluster --k-range 2-6 … --explain --json`
    QJsonObject m_k4; // `swb cluster --k 4 …`
    QJsonObject m_inSegment; // `swb cluster --k 3 --segment … …`
    QHash<QString, qint64> m_missing; // by sqlite3
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ClustersPage> m_page;
};

void TstClustersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(test::swbPath()), "build the swb target first");
    m_db = m_dir.filePath(QStringLiteral("clusters.sqlite"));
    QString error;
    QVERIFY2(test::makeDemoWorkspace(m_db, 3000, &error).contains(s_segment), qPrintable(error));
    // The references are taken before this process holds connections to the file (see filtertest::swbCount).
    m_sweep = QJsonDocument::fromJson(test::swbOutput(clusterArguments(m_db, QStringLiteral("2-6")), &error)).object();
    QVERIFY2(!m_sweep.isEmpty(), qPrintable(error));
    m_k4 = QJsonDocument::fromJson(test::swbOutput(clusterArguments(m_db, QStringLiteral("4")), &error)).object();
    QVERIFY2(!m_k4.isEmpty(), qPrintable(error));
    m_inSegment = QJsonDocument::fromJson(test::swbOutput(clusterArguments(m_db, QStringLiteral("3"))
                                                              << QStringLiteral("--segment") << s_segment,
                                                          &error))
                      .object();
    QVERIFY2(!m_inSegment.isEmpty(), qPrintable(error));
    for (const QString& field : {QStringLiteral("age"), QStringLiteral("nps"), QStringLiteral("last_purchase_date"),
                                 QStringLiteral("total_revenue")}) {
        const test::ProcessRun sqlite = test::runProgram(
            QStringLiteral("sqlite3"), {m_db, QStringLiteral("SELECT COUNT(*) - COUNT(%1) FROM customers").arg(field)});
        QVERIFY2(sqlite.exitCode == 0 && !sqlite.out.isEmpty(), sqlite.err.constData());
        m_missing.insert(field, sqlite.out.trimmed().toLongLong());
    }
}

void TstClustersPage::init()
{
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    QString error;
    QVERIFY2(test::openSession(*m_session, m_db, &error), qPrintable(error));
    m_page = std::make_unique<ClustersPage>();
    const auto tester = [this](QAbstractItemModel* model) {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    };
    tester(m_page->setup()->features());
    tester(m_page->results()->clusterModel());
    tester(m_page->runsModel());
    QSignalSpy listed(m_page.get(), &ClustersPage::runsListed);
    m_page->setSession(m_session->segments());
    m_page->resize(1200, 800);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && m_page->setup()->features()->rowCount() > 0, 30000);
}

void TstClustersPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

qint64 TstClustersPage::scalar(const QString& sql)
{
    QString error;
    auto workspace = Workspace::open(m_db, Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return -1;
    return workspace->db().scalar(sql, &error).toLongLong();
}

void TstClustersPage::runReference()
{
    m_page->setup()->setRequest(referenceRequest(), true);
    QSignalSpy shown(m_page.get(), &ClustersPage::runShown);
    QSignalSpy recorded(m_page.get(), &ClustersPage::runRecorded);
    m_page->setup()->runButton()->click();
    QVERIFY(m_page->isRunning());
    QVERIFY(m_page->setup()->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 180000);
    QTRY_VERIFY_WITH_TIMEOUT(!recorded.isEmpty(), 30000);
    QVERIFY(!m_page->isRunning());
}

void TstClustersPage::featurePickerCountsMissingValues()
{
    const ClusterFeatureModel* model = m_page->setup()->features();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, ClusterFeatureModel::Field).data(Qt::UserRole).toString();
        names << name;
        if (m_missing.contains(name))
            QCOMPARE(model->index(row, ClusterFeatureModel::Missing).data(Qt::UserRole).toLongLong(),
                     m_missing.value(name));
    }
    for (const QString& name : m_missing.keys())
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(!names.contains(QStringLiteral("customer_id"))); // the key
    QVERIFY(!names.contains(QStringLiteral("email"))); // text and personal
    // Revenue is skewed: its log box is ticked from the start; yes/no fields have none.
    for (int row = 0; row < model->rowCount(); ++row) {
        const ClusterFeatureInfo& info = model->fields().at(row);
        const QVariant log = model->index(row, ClusterFeatureModel::Log).data(Qt::CheckStateRole);
        if (info.type == FieldType::Boolean)
            QVERIFY(!log.isValid());
        if (info.name == QLatin1String("total_revenue"))
            QCOMPARE(log.toInt(), int(Qt::Checked));
    }
    // The default choice is recency, frequency and money.
    QCOMPARE(model->chosen(),
             (QStringList{QStringLiteral("orders_count"), QStringLiteral("total_revenue"),
                          QStringLiteral("last_purchase_date")}));
}

void TstClustersPage::runEqualsSwbCluster()
{
    const qint64 runsBefore = m_page->runsModel()->rowCount();
    runReference();
    const ClusterRun* shown = m_page->shownRun();
    QVERIFY(shown);
    QCOMPARE(shown->k, m_sweep.value(QStringLiteral("k")).toInt());
    QCOMPARE(shown->rows, m_sweep.value(QStringLiteral("rows")).toInteger());
    QCOMPARE(shown->droppedRows, m_sweep.value(QStringLiteral("dropped_rows")).toInteger());
    // The sweep chart: every k of the CLI's sweep, its inertia and silhouette, the suggested k.
    const SweepChart* sweep = m_page->results()->sweepChart();
    const QJsonObject cliSweep = m_sweep.value(QStringLiteral("sweep")).toObject();
    const QJsonArray ks = cliSweep.value(QStringLiteral("k")).toArray();
    QCOMPARE(sweep->points().size(), ks.size());
    for (int i = 0; i < ks.size(); ++i) {
        QCOMPARE(sweep->points().at(i).k, ks.at(i).toInt());
        QVERIFY(
            near(sweep->points().at(i).inertia, cliSweep.value(QStringLiteral("inertia")).toArray().at(i).toDouble()));
        QVERIFY(near(sweep->points().at(i).silhouette.value_or(-9),
                     cliSweep.value(QStringLiteral("silhouette")).toArray().at(i).toDouble()));
        QVERIFY(near(sweep->points().at(i).calinskiHarabasz.value_or(-9),
                     cliSweep.value(QStringLiteral("calinski_harabasz")).toArray().at(i).toDouble()));
        QVERIFY(sweep->tipFor(ks.at(i).toInt()).contains(QStringLiteral("Calinski")));
    }
    QCOMPARE(sweep->suggestedK(), m_sweep.value(QStringLiteral("suggested_k")).toInt());
    QCOMPARE(sweep->shownK(), shown->k);
    // The cluster table: sizes, labels, and each rule's numbers.
    const ClusterTableModel* table = m_page->results()->clusterModel();
    const QJsonArray profiles = m_sweep.value(QStringLiteral("profiles")).toArray();
    const QJsonArray explanations = m_sweep.value(QStringLiteral("explanations")).toArray();
    QCOMPARE(table->rowCount(), profiles.size());
    QCOMPARE(explanations.size(), profiles.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        const QJsonObject profile = profiles.at(row).toObject();
        const QJsonObject explanation = explanations.at(row).toObject();
        QCOMPARE(table->index(row, ClusterTableModel::Size).data(Qt::UserRole).toLongLong(),
                 profile.value(QStringLiteral("size")).toInteger());
        QCOMPARE(table->index(row, ClusterTableModel::Label).data().toString(),
                 profile.value(QStringLiteral("label")).toString());
        QVERIFY(near(table->index(row, ClusterTableModel::Precision).data(Qt::UserRole).toDouble(),
                     explanation.value(QStringLiteral("precision")).toDouble()));
        QVERIFY(near(table->index(row, ClusterTableModel::Recall).data(Qt::UserRole).toDouble(),
                     explanation.value(QStringLiteral("recall")).toDouble()));
        QCOMPARE(table->rule(row), explanation.value(QStringLiteral("rule")).toObject());
        QCOMPARE(table->index(row, ClusterTableModel::Rule).data().toString(),
                 explanation.value(QStringLiteral("description")).toString());
    }
    // The heatmap: the profiles' means and z-scores, one row per cluster, one column per field.
    const ProfileHeatmapData& heat = m_page->results()->heatmap()->data();
    QCOMPARE(heat.rows.size(), profiles.size());
    QCOMPARE(heat.columns.size(), s_features.size());
    for (int row = 0; row < profiles.size(); ++row) {
        const QJsonArray means = profiles.at(row).toObject().value(QStringLiteral("mean")).toArray();
        const QJsonArray z = profiles.at(row).toObject().value(QStringLiteral("z_score")).toArray();
        for (int column = 0; column < s_features.size(); ++column) {
            QVERIFY(near(heat.means[row][column], means.at(column).toDouble()));
            QVERIFY(near(heat.zScores[row][column], z.at(column).toDouble()));
        }
    }
    // The scatter: every clustered customer (fewer than 20,000), coloured by cluster; sizes in the legend; keys.
    const ScatterPlot* scatter = m_page->results()->scatter();
    QCOMPARE(qint64(scatter->points().size()), shown->rows);
    QCOMPARE(scatter->groups().size(), profiles.size());
    for (int cluster = 0; cluster < profiles.size(); ++cluster) {
        QCOMPARE(scatter->groups().at(cluster).size,
                 profiles.at(cluster).toObject().value(QStringLiteral("size")).toInteger());
        QCOMPARE(qint64(scatter->groupOfPoint().count(cluster)), scatter->groups().at(cluster).size);
    }
    QVERIFY(scatter->xTitle().startsWith(QStringLiteral("PC1 (")));
    QVERIFY(scatter->xTitle().contains(QStringLiteral("variance")));
    QVERIFY(scatter->tipFor(0).startsWith(QStringLiteral("Customer C")));
    // Recorded in cluster_runs and listed.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->runsModel()->rowCount(), int(runsBefore + 1), 30000);
    QCOMPARE(m_page->runsModel()->runs().constFirst().id, m_page->shownRunId());
    QCOMPARE(scalar(QStringLiteral("SELECT k FROM cluster_runs WHERE id = %1").arg(m_page->shownRunId())),
             qint64(shown->k));
    // Reopening the run clusters again with its seed: the same clusters.
    const QList<qint64> sizes = table->sizes();
    const double inertia = shown->kmeans.inertia;
    QSignalSpy reshown(m_page.get(), &ClustersPage::runShown);
    m_page->reopen(m_page->shownRunId());
    QTRY_VERIFY_WITH_TIMEOUT(!reshown.isEmpty(), 180000);
    QCOMPARE(table->sizes(), sizes);
    QVERIFY(near(m_page->shownRun()->kmeans.inertia, inertia));
    QCOMPARE(m_page->results()->sweepChart()->points().size(), ks.size());
}

void TstClustersPage::cancelsASweep()
{
    const qint64 runsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM cluster_runs"));
    ClusterRequest request = referenceRequest();
    request.kMin = 2;
    request.kMax = 40;
    request.nInit = 50;
    m_page->setup()->setRequest(request, true);
    QSignalSpy canceled(m_page.get(), &ClustersPage::runCanceled);
    QSignalSpy shown(m_page.get(), &ClustersPage::runShown);
    m_page->setup()->runButton()->click();
    QVERIFY(m_page->isRunning());
    QVERIFY(!m_page->setup()->runButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->setup()->progressBar()->value() > 0, 60000);
    m_page->setup()->cancelButton()->click();
    QCOMPARE(canceled.count(), 1);
    QVERIFY(!m_page->isRunning());
    QVERIFY(m_page->setup()->runButton()->isEnabled());
    QVERIFY(!m_page->setup()->cancelButton()->isEnabled());
    QVERIFY(m_page->setup()->statusLabel()->text().contains(QStringLiteral("cancelled")));
    QTest::qWait(500);
    QVERIFY(shown.isEmpty());
    QVERIFY(!m_page->shownRun());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cluster_runs")), runsBefore);
}

void TstClustersPage::cancelFromTheStatusBar()
{
    // The status bar's job list cancels the clustering's job itself: the page hears of it and is ready to run again.
    ClusterRequest request = referenceRequest();
    request.kMax = 40;
    request.nInit = 50;
    m_page->setup()->setRequest(request, true);
    QSignalSpy canceled(m_page.get(), &ClustersPage::runCanceled);
    m_page->startRun();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->setup()->progressBar()->value() > 0, 60000);
    int id = -1;
    for (const JobTracker::Job& job : JobTracker::application()->jobs()) {
        if (job.title == QLatin1String("Clustering the customers"))
            id = job.id;
    }
    QVERIFY(id >= 0);
    JobTracker::application()->cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 60000);
    QVERIFY(!m_page->isRunning());
    QVERIFY(m_page->setup()->runButton()->isEnabled());
    QVERIFY(!m_page->shownRun());
}

void TstClustersPage::pickingAKShowsThatK()
{
    runReference();
    QSignalSpy shown(m_page.get(), &ClustersPage::runShown);
    const qint64 id = m_page->shownRunId();
    m_page->results()->sweepChart()->activate(4);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 180000);
    QCOMPARE(m_page->shownRun()->k, 4);
    QCOMPARE(m_page->shownRunId(), id); // still the same run, its sweep still drawn
    QCOMPARE(m_page->results()->sweepChart()->shownK(), 4);
    QVERIFY(near(m_page->shownRun()->kmeans.inertia, m_k4.value(QStringLiteral("inertia")).toDouble()));
    const QJsonArray sizes = m_k4.value(QStringLiteral("sizes")).toArray();
    QCOMPARE(m_page->results()->clusterModel()->rowCount(), 4);
    for (int cluster = 0; cluster < 4; ++cluster)
        QCOMPARE(m_page->results()->clusterModel()->sizes().at(cluster), sizes.at(cluster).toInteger());
    // Right arrow on the chart: k = 5.
    shown.clear();
    QWidget* view = m_page->results()->sweepChart()->findChild<QWidget*>(QStringLiteral("sweepChartView"));
    QVERIFY(view);
    QTest::keyClick(view, Qt::Key_Right);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 180000);
    QCOMPARE(m_page->shownRun()->k, 5);
}

void TstClustersPage::editedLabelsStayWithTheRun()
{
    runReference();
    const qint64 id = m_page->shownRunId();
    QVERIFY(id > 0);
    ClusterTableModel* table = m_page->results()->clusterModel();
    QSignalSpy stored(m_page.get(), &ClustersPage::labelsStored);
    QVERIFY(table->setData(table->index(0, ClusterTableModel::Label), QStringLiteral("Big spenders")));
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 30000);
    QVERIFY(m_page->results()->heatmap()->data().rows.first().endsWith(QStringLiteral("Big spenders")));
    QVERIFY(m_page->results()->scatter()->groups().first().name.endsWith(QStringLiteral("Big spenders")));
    // Another run in between, then the first one reopened: its label is back.
    QSignalSpy shown(m_page.get(), &ClustersPage::runShown);
    m_page->results()->sweepChart()->activate(m_page->shownRun()->k == 3 ? 4 : 3);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 180000);
    cleanup();
    init();
    shown.clear();
    QSignalSpy reshown(m_page.get(), &ClustersPage::runShown);
    m_page->reopen(id);
    QTRY_VERIFY_WITH_TIMEOUT(!reshown.isEmpty(), 180000);
    table = m_page->results()->clusterModel();
    QCOMPARE(table->labels().first(), QStringLiteral("Big spenders"));
    QCOMPARE(table->automaticLabels().first(),
             m_sweep.value(QStringLiteral("profiles"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("label"))
                 .toString());
}

void TstClustersPage::savesClustersAsSegments()
{
    runReference();
    ClusterTableModel* table = m_page->results()->clusterModel();
    QVERIFY(table->setData(table->index(1, ClusterTableModel::Label), QStringLiteral("Quiet, recent ones")));
    QSignalSpy saved(m_page.get(), &ClustersPage::segmentsSaved);
    m_page->results()->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 60000);
    const QStringList names = saved.first().at(0).toStringList();
    const QList<qint64> sizes = saved.first().at(1).value<QList<qint64>>();
    QCOMPARE(names.size(), table->rowCount());
    QCOMPARE(names.at(1), QStringLiteral("Quiet / recent ones")); // named after the label, without the comma
    for (int cluster = 0; cluster < names.size(); ++cluster) {
        QCOMPARE(sizes.at(cluster), table->sizes().at(cluster));
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM segment_members m JOIN segments s ON s.id = "
                                           "m.segment_id WHERE s.name = '%1' AND s.kind = 'static'")
                                .arg(QString(names.at(cluster)).replace(QLatin1Char('\''), QStringLiteral("''")));
        QCOMPARE(scalar(sql), table->sizes().at(cluster));
    }
    // Every clustered customer is in exactly one of them.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT customer_key) FROM segment_members m JOIN segments s ON "
                                   "s.id = m.segment_id WHERE s.source = 'cluster'")),
             m_page->shownRun()->rows);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->segments()->find(names.first()).has_value(), 30000);
    for (const QString& name : names) {
        bool removed = false;
        m_session->segments()->remove(name, this, [&removed](const SegmentChange& change) { removed = change.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    }
}

void TstClustersPage::openInBuilderCountsMatched()
{
    runReference();
    QSignalSpy opened(m_page.get(), &ClustersPage::openDefinitionRequested);
    const ClusterTableModel* table = m_page->results()->clusterModel();
    QList<qint64> matched;
    for (int cluster = 0; cluster < table->rowCount(); ++cluster) {
        m_page->results()->clusterView()->setCurrentIndex(table->index(cluster, ClusterTableModel::Rule));
        m_page->results()->openButton()->click();
        matched << table->explanations().at(size_t(cluster)).matched;
    }
    QCOMPARE(opened.count(), table->rowCount());
    // Counted by `swb count` once this process holds no connection: the rule, among the clustered customers (every
    // clustering field has a value).
    cleanup();
    for (int cluster = 0; cluster < opened.count(); ++cluster) {
        const QJsonObject rule = QJsonDocument::fromJson(opened.at(cluster).at(0).toByteArray()).object();
        QVERIFY(!rule.isEmpty());
        QJsonArray rules{rule};
        for (const QString& feature : s_features)
            rules << QJsonObject{{QStringLiteral("field"), feature},
                                 {QStringLiteral("operator"), QStringLiteral("notNull")}};
        const QJsonObject restricted{{QStringLiteral("combinator"), QStringLiteral("and")},
                                     {QStringLiteral("rules"), rules}};
        QString error;
        const QByteArray out
            = test::swbOutput({QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--filter"),
                               QString::fromUtf8(QJsonDocument(restricted).toJson(QJsonDocument::Compact))},
                              &error);
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        QCOMPARE(out.trimmed().toLongLong(), matched.at(cluster));
    }
    init();
}

void TstClustersPage::openInBuilderReachesTheWindowsBuilder()
{
    cleanup();
    QByteArray rule;
    qint64 builderCount = -1;
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy workspaceShown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(m_db);
        QVERIFY(workspaceShown.wait(60000));
        window.showPage(MainWindow::Page::Clusters);
        ClustersPage* page = window.clustersPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->setup()->features()->rowCount() > 0, 30000);
        page->setup()->setRequest(referenceRequest(), true);
        QSignalSpy shown(page, &ClustersPage::runShown);
        page->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 180000);
        const int last = page->results()->clusterModel()->rowCount() - 1;
        page->results()->clusterView()->setCurrentIndex(
            page->results()->clusterModel()->index(last, ClusterTableModel::Label));
        QSignalSpy counted(window.builderPage(), &SegmentBuilderPage::countChanged);
        page->results()->openButton()->click();
        QCOMPARE(window.currentPage(), MainWindow::Page::Builder);
        QCOMPARE(
            QJsonDocument::fromJson(window.builderPage()->definitionJson()).object().value(QStringLiteral("rules")),
            page->results()->clusterModel()->rule(last).value(QStringLiteral("rules")));
        QTRY_VERIFY_WITH_TIMEOUT(window.builderPage()->count() >= 0 && !counted.isEmpty(), 60000);
        builderCount = window.builderPage()->count();
        rule = window.builderPage()->definitionJson();
    }
    // The builder's live count of the rule (all customers) is SQLite's.
    QString error;
    const QByteArray out = test::swbOutput(
        {QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--filter"), QString::fromUtf8(rule)},
        &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    QCOMPARE(builderCount, out.trimmed().toLongLong());
    init();
}

void TstClustersPage::clustersWithinASegment()
{
    QComboBox* within = m_page->setup()->segmentBox();
    QCOMPARE(within->itemData(0).toString(), QString()); // everyone first
    QVERIFY(within->findData(s_segment) > 0);
    ClusterRequest request = referenceRequest();
    request.k = 3;
    request.segment = s_segment;
    m_page->setup()->setRequest(request, false);
    QCOMPARE(within->currentData().toString(), s_segment);
    QSignalSpy shown(m_page.get(), &ClustersPage::runShown);
    m_page->setup()->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 180000);
    const ClusterRun* run = m_page->shownRun();
    QCOMPARE(run->rows, m_inSegment.value(QStringLiteral("rows")).toInteger());
    QCOMPARE(run->droppedRows, m_inSegment.value(QStringLiteral("dropped_rows")).toInteger());
    QVERIFY(near(run->kmeans.inertia, m_inSegment.value(QStringLiteral("inertia")).toDouble()));
    const QJsonArray sizes = m_inSegment.value(QStringLiteral("sizes")).toArray();
    QCOMPARE(m_page->results()->clusterModel()->rowCount(), 3);
    for (int cluster = 0; cluster < 3; ++cluster)
        QCOMPARE(m_page->results()->clusterModel()->sizes().at(cluster), sizes.at(cluster).toInteger());
    // One k: the sweep chart has the one point, nothing suggested.
    QCOMPARE(m_page->results()->sweepChart()->points().size(), 1);
    QCOMPARE(m_page->results()->sweepChart()->suggestedK(), 0);
    QCOMPARE(m_page->shownRequest().segment, s_segment);
}

void TstClustersPage::chartsExport()
{
    runReference();
    for (ChartPanel* panel : m_page->results()->charts()) {
        for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString path = m_dir.filePath(panel->objectName() + QLatin1Char('.') + suffix);
            QString error;
            QVERIFY2(panel->exportTo(path, &error), qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 100, qPrintable(path));
        }
    }
    // Clicking a chart makes it what File > Export Chart… saves.
    QTest::mouseClick(m_page->results()->scatter(), Qt::LeftButton);
    QCOMPARE(m_page->chartExport()->current(), static_cast<QWidget*>(m_page->results()->scatter()));
}

QTEST_MAIN(TstClustersPage)
#include "tst_clusterspage.moc"
