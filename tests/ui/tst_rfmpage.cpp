// The RFM page in the window on a demo workspace: its grid and group table show what `swb rfm` computed (checked
// against SQL), a second run shows the transitions `swb rfm --transitions` prints, a run can be cancelled, a grid cell
// gets another group and the window's Undo takes it back (checked in the workspace), the groups save as static
// segments, a group opens in the builder, and the charts export.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport.h"

#include "model/analytics/rfmanalysis.h"
#include "model/database.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "model/workspace.h"
#include "ui/charts/matrixheatmap.h"
#include "ui/dashboard/dashboardexport.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/mainwindow.h"
#include "ui/rfm/rfmgrouptablemodel.h"
#include "ui/rfm/rfmpage.h"
#include "ui/rfm/rfmtransitionspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

#include <cmath>

using namespace swb;
using test::swbOutput;
using test::swbPath;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

class TstRfmPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheRunOfSwbRfm();
    void secondRunShowsTransitions();
    void choosesTheRunsToCompare();
    void cancelsARun();
    void editsACellAndUndoes();
    void savesGroupsAsSegments();
    void opensAGroupInTheBuilder();
    void chartsExport();

private:
    // Waits until the page shows the figures of the workspace as it is.
    bool waitLoaded();
    qint64 sqlCount(const QString& sql, const QVariantList& values = {});
    int rowOf(const QString& group) const;
    // The transition chart shows what `swb rfm --transitions RUNS` prints; `total` gets the customers it counts.
    bool transitionsEqualSwb(const QString& runs, qint64* total = nullptr);

    QTemporaryDir m_dir;
    QString m_db;
    QJsonObject m_firstRun; // `swb rfm --json`
    std::unique_ptr<MainWindow> m_window;
    RfmPage* m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstRfmPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(swbPath()), "build the swb target first");
    m_db = m_dir.filePath(QStringLiteral("rfm.sqlite"));
    QString error;
    QVERIFY2(!test::makeDemoWorkspace(m_db, 3000, &error).isEmpty(), qPrintable(error));
    m_firstRun = QJsonDocument::fromJson(
                     swbOutput({QStringLiteral("rfm"), QStringLiteral("--db"), m_db, QStringLiteral("--json")}, &error))
                     .object();
    QVERIFY2(m_firstRun.value(QStringLiteral("scored")).toInteger() > 1000, qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    m_page = m_window->rfmPage();
    QVERIFY(m_page);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->showPage(MainWindow::Page::Rfm);
    QSignalSpy shown(m_window.get(), &MainWindow::workspaceShown);
    m_window->openWorkspace(m_db);
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Rfm);
    QVERIFY(waitLoaded());
}

void TstRfmPage::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
}

bool TstRfmPage::waitLoaded()
{
    QTest::qWait(0); // posted refreshes first
    return QTest::qWaitFor([this] { return m_page->isLoaded(); }, 60000);
}

qint64 TstRfmPage::sqlCount(const QString& sql, const QVariantList& values)
{
    auto db = Workspace::connect(m_db, true, nullptr);
    if (!db)
        return -1;
    Statement statement = db->prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    return statement.next() ? statement.toInt64(0) : -1;
}

double sqlDouble(const QString& path, const QString& sql, const QVariantList& values)
{
    auto db = Workspace::connect(path, true, nullptr);
    if (!db)
        return std::nan("");
    Statement statement = db->prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    return statement.next() && !statement.isNull(0) ? statement.toDouble(0) : std::nan("");
}

int TstRfmPage::rowOf(const QString& group) const
{
    const RfmGroupTableModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RfmGroupTableModel::Group).data(Qt::UserRole).toString() == group)
            return row;
    }
    return -1;
}

bool TstRfmPage::transitionsEqualSwb(const QString& runs, qint64* total)
{
    QString error;
    const QJsonObject reference = QJsonDocument::fromJson(swbOutput({QStringLiteral("rfm"), QStringLiteral("--db"),
                                                                     m_db, QStringLiteral("--transitions"), runs},
                                                                    &error))
                                      .object();
    if (reference.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const MatrixHeatmap* chart = m_page->transitionChart();
    const QJsonArray from = reference.value(QStringLiteral("from")).toArray();
    const QJsonArray to = reference.value(QStringLiteral("to")).toArray();
    const QJsonArray counts = reference.value(QStringLiteral("counts")).toArray();
    if (chart->rowLabels().size() != from.size() || chart->columnLabels().size() != to.size())
        return false;
    // The page lists the groups in grid order; each reference cell is found by its labels.
    for (int i = 0; i < from.size(); ++i) {
        const qsizetype row = chart->rowLabels().indexOf(RfmGrid::displayName(from[i].toString()));
        for (int j = 0; j < to.size(); ++j) {
            const qsizetype column = chart->columnLabels().indexOf(RfmGrid::displayName(to[j].toString()));
            if (row < 0 || column < 0 || chart->counts()[row][column] != counts[i].toArray()[j].toInteger()) {
                qWarning("transitions %s differ at %s -> %s", qPrintable(runs), qPrintable(from[i].toString()),
                         qPrintable(to[j].toString()));
                return false;
            }
            if (total)
                *total += chart->counts()[row][column];
        }
    }
    return true;
}

void TstRfmPage::showsTheRunOfSwbRfm()
{
    const RfmGroupTableModel* model = m_page->model();
    const QJsonObject groups = m_firstRun.value(QStringLiteral("groups")).toObject();
    QCOMPARE(model->rowCount(), int(groups.size()));
    QCOMPARE(m_page->overview()->scored, m_firstRun.value(QStringLiteral("scored")).toInteger());
    const qint64 customers = sqlCount(QStringLiteral("SELECT count(*) FROM customers"));
    const double revenue = sqlDouble(m_db, QStringLiteral("SELECT sum(total_revenue) FROM customers"), {});
    const QString asOf = m_page->overview()->asOfDate.toString(Qt::ISODate);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const int row = rowOf(it.key());
        QVERIFY2(row >= 0, qPrintable(it.key()));
        const qint64 size = it.value().toInteger();
        QCOMPARE(model->value(row, RfmGroupTableModel::Customers).value_or(-1), double(size));
        QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE rfm_group = ?"), {it.key()}), size);
        QVERIFY(near(*model->value(row, RfmGroupTableModel::Share), double(size) / double(customers)));
        if (size == 0)
            continue;
        const QVariantList group{it.key()};
        const double groupRevenue
            = sqlDouble(m_db, QStringLiteral("SELECT sum(total_revenue) FROM customers WHERE rfm_group = ?"), group);
        QVERIFY(std::abs(*model->value(row, RfmGroupTableModel::RevenueShare) - groupRevenue / revenue) < 1e-9);
        QVERIFY(near(
            *model->value(row, RfmGroupTableModel::MeanFrequency),
            sqlDouble(m_db, QStringLiteral("SELECT avg(orders_count) FROM customers WHERE rfm_group = ?"), group)));
        QVERIFY(
            std::abs(*model->value(row, RfmGroupTableModel::MeanMonetary)
                     - sqlDouble(m_db, QStringLiteral("SELECT avg(total_revenue) FROM customers WHERE rfm_group = ?"),
                                 group))
            < 1e-6);
        const double recency
            = sqlDouble(m_db,
                        QStringLiteral("SELECT avg(julianday(?) - julianday(date(last_purchase_date))) "
                                       "FROM customers WHERE rfm_group = ?"),
                        {asOf, it.key()});
        QVERIFY(near(*model->value(row, RfmGroupTableModel::MeanRecency), recency));
        QVERIFY(model->value(row, RfmGroupTableModel::MedianRecency).has_value());
    }
    // The grid: one cell per (R, FM), top row R = 5, with the group of the grid and the customers of SQL.
    const MatrixHeatmap* chart = m_page->gridChart();
    QCOMPARE(chart->rowLabels().size(), 5);
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 5; ++column) {
            const int r = 5 - row;
            const int fm = column + 1;
            QCOMPARE(chart->counts()[row][column],
                     sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE rfm_r = ? AND "
                                             "(rfm_f + rfm_m + 1) / 2 = ?"),
                              {r, fm}));
            QCOMPARE(chart->caption(row, column), RfmGrid::defaultGrid(5).group(r, fm));
        }
    }
    QCOMPARE(chart->caption(0, 4), QStringLiteral("Champions"));
    // Copy as TSV: a header line, then each group with its raw numbers.
    const QStringList lines = model->toTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model->rowCount() + 1);
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(RfmGroupTableModel::Customers),
             QString::number(*model->value(0, RfmGroupTableModel::Customers)));
    QVERIFY(!m_page->overview()->transitions); // one run: nothing to compare yet
}

void TstRfmPage::secondRunShowsTransitions()
{
    QCOMPARE(m_page->levelsBox()->currentData().toInt(), 5);
    QSignalSpy loaded(m_page, &RfmPage::loaded);
    QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
    QVERIFY(m_page->isRunning() || m_page->overview()->runs.size() == 2);
    QVERIFY(m_page->cancelButton()->isEnabled() || !m_page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && m_page->overview()->runs.size() == 2, 60000);
    QVERIFY(!m_page->progressBar()->isVisible());
    qint64 total = 0;
    QVERIFY(transitionsEqualSwb(QStringLiteral("1,2"), &total));
    QVERIFY(m_page->transitionChart()->rowTitle().startsWith(QStringLiteral("From run 1")));
    const MatrixHeatmap* chart = m_page->transitionChart();
    QCOMPARE(chart->rowLabels().first(), RfmGrid::defaultGrid(5).groupNames().first()); // as in the group table
    // The same data scored again: everyone stays in their group.
    QCOMPARE(total, sqlCount(QStringLiteral("SELECT count(*) FROM rfm_assignments WHERE run_id = 2")));
    for (int i = 0; i < chart->rowLabels().size(); ++i)
        QCOMPARE(chart->counts()[i][chart->columnLabels().indexOf(chart->rowLabels()[i])],
                 sqlCount(QStringLiteral("SELECT count(*) FROM rfm_assignments WHERE run_id = 2 AND grp = ?"),
                          {chart->rowLabels()[i]}));
}

void TstRfmPage::choosesTheRunsToCompare()
{
    QVERIFY(waitLoaded());
    RfmTransitionsPanel* panel = m_page->transitions();
    QCOMPARE(panel->fromBox()->count(), 2);
    QCOMPARE(panel->fromBox()->currentData().toLongLong(), qint64(1));
    QCOMPARE(panel->toBox()->currentData().toLongLong(), qint64(2));
    // From the later run back to the first: read in the background, as `swb rfm --transitions 2,1` prints it.
    panel->fromBox()->setCurrentIndex(panel->fromBox()->findData(2));
    emit panel->fromBox()->activated(panel->fromBox()->currentIndex());
    panel->toBox()->setCurrentIndex(panel->toBox()->findData(1));
    emit panel->toBox()->activated(panel->toBox()->currentIndex());
    QVERIFY(waitLoaded());
    QVERIFY(transitionsEqualSwb(QStringLiteral("2,1")));
    QVERIFY2(m_page->transitionChart()->rowTitle().startsWith(QStringLiteral("From run 2")),
             qPrintable(m_page->transitionChart()->rowTitle()));
    QVERIFY2(m_page->transitionChart()->columnTitle().startsWith(QStringLiteral("To run 1")),
             qPrintable(m_page->transitionChart()->columnTitle()));
    // The choice stays while the page reads its figures again.
    QSignalSpy loaded(m_page, &RfmPage::loaded);
    emit m_window->session()->segments()->workspaceReloaded();
    QVERIFY(loaded.wait(30000));
    QVERIFY(waitLoaded());
    QCOMPARE(panel->fromBox()->currentData().toLongLong(), qint64(2));
    QCOMPARE(panel->toBox()->currentData().toLongLong(), qint64(1));
    // Back to the last two.
    panel->fromBox()->setCurrentIndex(panel->fromBox()->findData(1));
    emit panel->fromBox()->activated(panel->fromBox()->currentIndex());
    panel->toBox()->setCurrentIndex(panel->toBox()->findData(2));
    emit panel->toBox()->activated(panel->toBox()->currentIndex());
    QVERIFY(waitLoaded());
}

void TstRfmPage::cancelsARun()
{
    const qint64 runs = sqlCount(QStringLiteral("SELECT count(*) FROM rfm_runs"));
    const QList<RfmGroupSummary> before = m_page->model()->groups();
    m_page->levelsBox()->setCurrentIndex(m_page->levelsBox()->findData(3));
    // Another connection holds the write lock, so the run waits before it writes anything and the cancel always
    // comes first (a run on 3,000 customers takes only milliseconds).
    auto lock = Workspace::connect(m_db, false, nullptr);
    QVERIFY(lock && lock->exec("BEGIN IMMEDIATE"));
    m_page->run();
    QVERIFY(m_page->isRunning());
    QVERIFY(m_page->cancelButton()->isEnabled());
    QVERIFY(!m_page->runButton()->isEnabled());
    QVERIFY(m_page->progressBar()->isVisible());
    QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
    QVERIFY(lock->exec("ROLLBACK"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 30000);
    QVERIFY(waitLoaded());
    QVERIFY2(m_page->errorLabel()->text().contains(QStringLiteral("cancelled")),
             qPrintable(m_page->errorLabel()->text()));
    QVERIFY(!m_page->errorLabel()->isHidden());
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM rfm_runs")), runs);
    QCOMPARE(m_page->model()->rowCount(), int(before.size()));
    QCOMPARE(m_page->overview()->config.levels, 5);
    QCOMPARE(m_page->levelsBox()->currentData().toInt(), 3); // the choice stays for the next run
    m_page->levelsBox()->setCurrentIndex(m_page->levelsBox()->findData(5));
}

void TstRfmPage::editsACellAndUndoes()
{
    QVERIFY(waitLoaded());
    const QString recent = QStringLiteral("Recent Customers");
    const QString champions = QStringLiteral("Champions");
    MatrixHeatmap* chart = m_page->gridChart();
    QCOMPARE(chart->caption(0, 0), recent); // R 5, FM 1
    const qint64 cell = chart->counts()[0][0];
    QVERIFY(cell > 0);
    const double championsBefore = *m_page->model()->value(rowOf(champions), RfmGroupTableModel::Customers);

    QWidget* view = chart->childAt(chart->cellRect(0, 0).center());
    QVERIFY(view);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->mapFrom(chart, chart->cellRect(0, 0).center()));
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = m_page->findChild<QMenu*>(QStringLiteral("rfmGroupMenu"))) != nullptr);
    QAction* choice = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == champions)
            choice = action;
    }
    QVERIFY(choice);
    choice->trigger();
    menu->close();
    QVERIFY(waitLoaded());

    auto config = [this] {
        auto db = Workspace::connect(m_db, true, nullptr);
        return db ? RfmAnalysis::loadConfig(*db) : RfmConfig{};
    };
    const QString inCell
        = QStringLiteral("SELECT count(*) FROM customers WHERE rfm_r = 5 AND (rfm_f + rfm_m + 1) / 2 = 1 "
                         "AND rfm_group = ?");
    QCOMPARE(config().grid.group(5, 1), champions);
    QCOMPARE(sqlCount(inCell, {champions}), cell);
    QCOMPARE(sqlCount(inCell, {recent}), qint64(0));
    QCOMPARE(chart->caption(0, 0), champions);
    QCOMPARE(*m_page->model()->value(rowOf(champions), RfmGroupTableModel::Customers), championsBefore + double(cell));
    QCOMPARE(rowOf(recent), -1); // no cell has the group any more

    // Undo through the window's undo group, as Edit > Undo does.
    QUndoGroup* undo = m_window->undoGroup();
    QCOMPARE(undo->activeStack(), m_page->undoStack());
    QVERIFY(undo->canUndo());
    undo->undo();
    QVERIFY(waitLoaded());
    QCOMPARE(config().grid.group(5, 1), recent);
    QCOMPARE(sqlCount(inCell, {recent}), cell);
    QCOMPARE(sqlCount(inCell, {champions}), qint64(0));
    QCOMPARE(chart->caption(0, 0), recent);
    QCOMPARE(*m_page->model()->value(rowOf(champions), RfmGroupTableModel::Customers), championsBefore);
    QCOMPARE(*m_page->model()->value(rowOf(recent), RfmGroupTableModel::Customers), double(cell));
    QVERIFY(undo->canRedo());
}

void TstRfmPage::savesGroupsAsSegments()
{
    QVERIFY(waitLoaded());
    SegmentOperations* segments = m_window->session()->segments();
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("rfmSaveSegments"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const QString champions = RfmAnalysis::segmentName(QStringLiteral("Champions"));
    QTRY_VERIFY_WITH_TIMEOUT(segments->find(champions).has_value(), 30000);
    int saved = 0;
    for (const RfmGroupSummary& group : m_page->model()->groups()) {
        const QString name = RfmAnalysis::segmentName(group.group);
        const qint64 expected
            = sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE rfm_group = ?"), {group.group});
        QCOMPARE(group.customers, expected);
        if (expected == 0) {
            QVERIFY(!segments->find(name));
            continue;
        }
        QVERIFY2(segments->find(name).has_value(), qPrintable(name));
        QCOMPARE(segments->find(name)->kind, SegmentKind::Static);
        QCOMPARE(
            sqlCount(QStringLiteral("SELECT count(*) FROM segment_members m JOIN segments s ON s.id = m.segment_id "
                                    "WHERE s.name = ?"),
                     {name}),
            expected);
        ++saved;
    }
    QVERIFY(saved >= 5);
}

void TstRfmPage::opensAGroupInTheBuilder()
{
    QVERIFY(waitLoaded());
    const QString group = QStringLiteral("At Risk");
    const int row = rowOf(group);
    QVERIFY(row >= 0);
    m_page->table()->setCurrentIndex(m_page->model()->index(row, RfmGroupTableModel::Customers));
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("rfmOpenGroup"));
    QVERIFY(button && button->isEnabled());
    QSignalSpy requested(m_page, &RfmPage::openDefinitionRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const QJsonObject definition = QJsonDocument::fromJson(requested.first().first().toByteArray()).object();
    const QJsonObject rule = definition.value(QStringLiteral("rules")).toArray().first().toObject();
    QCOMPARE(rule.value(QStringLiteral("field")).toString(), QStringLiteral("rfm_group"));
    QCOMPARE(rule.value(QStringLiteral("value")).toString(), group);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Builder);
    SegmentBuilderPage* builder = m_window->builderPage();
    const qint64 expected = sqlCount(QStringLiteral("SELECT count(*) FROM customers WHERE rfm_group = ?"), {group});
    QVERIFY(expected > 0);
    QTRY_COMPARE_WITH_TIMEOUT(builder->count(), expected, 30000);
    builder->newDefinition();
    m_window->showPage(MainWindow::Page::Rfm);
}

void TstRfmPage::chartsExport()
{
    QVERIFY(waitLoaded());
    for (MatrixHeatmap* chart : {m_page->gridChart(), m_page->transitionChart()}) {
        m_page->chartTabs()->setCurrentIndex(chart == m_page->gridChart() ? 0 : 1);
        for (const char* suffix : {"png", "svg", "pdf"}) {
            const QString path = m_dir.filePath(chart->objectName() + QLatin1Char('.') + QLatin1String(suffix));
            QString error;
            QVERIFY2(chart->exportTo(path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 500);
        }
        // The File menu acts on the chart last clicked on the page shown.
        QWidget* view = chart->childAt(chart->cellRect(0, 0).center());
        QVERIFY(view);
        QTest::mousePress(view, Qt::LeftButton, {}, view->mapFrom(chart, chart->cellRect(0, 0).center()));
        QTest::mouseRelease(view, Qt::LeftButton, {}, view->mapFrom(chart, chart->cellRect(0, 0).center()));
        if (auto* menu = m_page->findChild<QMenu*>(QStringLiteral("rfmGroupMenu")))
            menu->close();
        QCOMPARE(m_page->chartExport()->current(), chart);
        auto* exportChart = m_window->findChild<QAction*>(QStringLiteral("exportChart"));
        QVERIFY(exportChart && exportChart->isEnabled());
        QVERIFY(exportChart->statusTip().contains(chart->title()));
    }
    m_page->chartTabs()->setCurrentWidget(m_page->gridChart());
}

QTEST_MAIN(TstRfmPage)
#include "tst_rfmpage.moc"
