// The Dashboard on a demo workspace, driven through its widgets: the KPI table and the charts show what `swb kpis`
// and `swb segment overlap` print, an overlap cell saves its intersection as a segment, every chart exports, and
// unchecking a segment takes it out of the table and the charts.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "ui/charts/barchart.h"
#include "ui/charts/heatmap.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/kpitablemodel.h"
#include "ui/dashboard/segmentchecklist.h"
#include "ui/segments/segmentnamedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

namespace {

using test::swbOutput;

const QString s_intersection = QStringLiteral("Both A and B");

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

class TstDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableEqualsSwbKpis();
    void chartsShowTheReport();
    void heatmapEqualsSwbOverlap();
    void copyPutsTheTableOnTheClipboard();
    void savesAnIntersectionFromTheHeatmap();
    void chartsExport();
    void uncheckingRemovesASegment();

private:
    void waitLoaded();
    void checkValueLabels();
    int rowOf(const QString& name) const; // in the KPI model; the base is ""

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_names;
    QJsonObject m_kpis; // `swb kpis --json` of every demo segment
    QJsonObject m_overlap; // `swb segment overlap --json`
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<DashboardPage> m_page;
};

void TstDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("dashboard.sqlite"));
    QString error;
    m_names = test::makeDemoWorkspace(m_db, 3000, &error);
    QVERIFY2(m_names.size() >= 3, qPrintable(error));
    // The references are taken before this process holds connections to the file (see filtertest::swbCount).
    m_kpis
        = QJsonDocument::fromJson(swbOutput(test::swbKpisArguments(m_db, m_names) << QStringLiteral("--json"), &error))
              .object();
    QVERIFY2(!m_kpis.isEmpty(), qPrintable(error));
    m_overlap = QJsonDocument::fromJson(
                    swbOutput({QStringLiteral("segment"), QStringLiteral("overlap"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--names"), m_names.join(QLatin1Char(',')), QStringLiteral("--json")},
                              &error))
                    .object();
    QVERIFY2(!m_overlap.isEmpty(), qPrintable(error));
}

void TstDashboardPage::init()
{
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    QString error;
    QVERIFY2(test::openSession(*m_session, m_db, &error), qPrintable(error));
    m_page = std::make_unique<DashboardPage>();
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->setSession(m_session->segments());
    m_page->resize(1200, 800);
    m_page->show();
    waitLoaded();
}

void TstDashboardPage::cleanup()
{
    // Leave the workspace as the other tests expect it.
    if (SegmentOperations* session = m_session->segments(); session->find(s_intersection)) {
        bool removed = false;
        session->remove(s_intersection, this, [&removed](const SegmentChange& change) { removed = change.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    }
    m_page.reset();
    m_session.reset();
}

void TstDashboardPage::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && !m_page->isComputing(), 120000);
}

int TstDashboardPage::rowOf(const QString& name) const
{
    const KpiTableModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, KpiTableModel::Name).data(Qt::UserRole).toString() == name)
            return row;
    }
    return -1;
}

void TstDashboardPage::tableEqualsSwbKpis()
{
    const KpiTableModel* model = m_page->model();
    QCOMPARE(model->rowCount(), m_names.size() + 1);
    const QJsonObject segments = m_kpis.value(QStringLiteral("segments")).toObject();
    const QList<std::pair<int, const char*>> columns{{KpiTableModel::Size, "size"},
                                                     {KpiTableModel::ShareOfBase, "share"},
                                                     {KpiTableModel::Revenue, "revenue"},
                                                     {KpiTableModel::RevenuePerCustomer, "revenue_per_customer"},
                                                     {KpiTableModel::ChurnRate, "churn_rate"}};
    QStringList sets{QString()};
    sets << m_names;
    for (const QString& name : std::as_const(sets)) {
        const QJsonObject expected
            = name.isEmpty() ? m_kpis.value(QStringLiteral("base")).toObject() : segments.value(name).toObject();
        QVERIFY2(!expected.isEmpty(), qPrintable(name));
        const int row = rowOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        for (const auto& [column, key] : columns) {
            const double shown = model->index(row, column).data(Qt::UserRole).toDouble();
            const double cli = expected.value(QLatin1String(key)).toDouble();
            QVERIFY2(near(shown, cli),
                     qPrintable(QStringLiteral("%1 %2: %3 vs swb %4")
                                    .arg(name, QLatin1String(key))
                                    .arg(shown, 0, 'g', 17)
                                    .arg(cli, 0, 'g', 17)));
        }
    }
    // The view sorts on the raw numbers: by size, the base (everyone) comes last in ascending order.
    QTableView* table = m_page->table();
    table->sortByColumn(KpiTableModel::Size, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(table->model()->rowCount() - 1, KpiTableModel::Name).data().toString(),
             model->index(0, KpiTableModel::Name).data().toString());
}

void TstDashboardPage::chartsShowTheReport()
{
    DashboardCharts* charts = m_page->charts();
    const QJsonObject segments = m_kpis.value(QStringLiteral("segments")).toObject();
    const QList<BarSet> sizes = charts->sizesChart()->sets();
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(sizes.first().values.size(), m_names.size());
    for (int i = 0; i < m_names.size(); ++i)
        QCOMPARE(sizes.first().values.at(i),
                 segments.value(m_names.at(i)).toObject().value(QStringLiteral("size")).toDouble());

    const QJsonObject base = m_kpis.value(QStringLiteral("base")).toObject();
    QCOMPARE(charts->kpiColumn(), int(KpiTableModel::RevenuePerCustomer));
    QVERIFY(charts->kpiChart()->referenceLine());
    QVERIFY(near(*charts->kpiChart()->referenceLine(), base.value(QStringLiteral("revenue_per_customer")).toDouble()));
    // Another KPI through the combo box: percentages are drawn as 0…100.
    QComboBox* choice = charts->kpiChoice();
    choice->setCurrentIndex(choice->findData(int(KpiTableModel::ChurnRate)));
    QVERIFY(charts->kpiChart()->referenceLine());
    QVERIFY(near(*charts->kpiChart()->referenceLine(), base.value(QStringLiteral("churn_rate")).toDouble() * 100.0));
    QCOMPARE(charts->kpiChart()->categories(), m_names);

    const QList<BarSet> shares = charts->shareChart()->sets();
    QCOMPARE(shares.size(), 2);
    const double baseRevenue = base.value(QStringLiteral("revenue")).toDouble();
    for (int i = 0; i < m_names.size(); ++i) {
        const QJsonObject set = segments.value(m_names.at(i)).toObject();
        QVERIFY(near(shares.at(0).values.at(i), set.value(QStringLiteral("share")).toDouble() * 100.0));
        QVERIFY(near(shares.at(1).values.at(i), set.value(QStringLiteral("revenue")).toDouble() / baseRevenue * 100.0));
    }
    checkValueLabels();
}

// Each bar's label keeps its chart's decimals, zeros included ("9.0%", "515.90"; Qt Charts' own labels drop them),
// in the interface's language: sizes as grouped whole numbers, churn and shares with one decimal, money with two.
void TstDashboardPage::checkValueLabels()
{
    DashboardCharts* charts = m_page->charts();
    const QJsonObject segments = m_kpis.value(QStringLiteral("segments")).toObject();
    const QLocale locale;
    const auto labelTexts = [](const BarChart* chart) {
        QStringList texts;
        for (const BarLabel& label : chart->valueLabels())
            texts << label.text;
        return texts;
    };
    const auto expected = [&](const char* key, double factor, int decimals, const QString& suffix) {
        QStringList texts;
        for (const QString& name : std::as_const(m_names)) {
            const double value = segments.value(name).toObject().value(QLatin1String(key)).toDouble() * factor;
            texts << locale.toString(value, 'f', decimals) + suffix;
        }
        return texts;
    };
    const QString percent = QStringLiteral("%");
    QTRY_COMPARE(labelTexts(charts->sizesChart()), expected("size", 1.0, 0, QString()));
    QCOMPARE(labelTexts(charts->kpiChart()), expected("churn_rate", 100.0, 1, percent));
    QCOMPARE(labelTexts(charts->shareChart()).mid(0, m_names.size()), expected("share", 100.0, 1, percent));
    QComboBox* choice = charts->kpiChoice();
    choice->setCurrentIndex(choice->findData(int(KpiTableModel::RevenuePerCustomer)));
    QCOMPARE(labelTexts(charts->kpiChart()), expected("revenue_per_customer", 1.0, 2, QString()));
}

void TstDashboardPage::heatmapEqualsSwbOverlap()
{
    const Heatmap* heatmap = m_page->charts()->overlapChart();
    QStringList names;
    for (const QJsonValue& name : m_overlap.value(QStringLiteral("names")).toArray())
        names << name.toString();
    QCOMPARE(heatmap->labels(), names);
    const QJsonArray rows = m_overlap.value(QStringLiteral("counts")).toArray();
    QCOMPARE(heatmap->counts().size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        for (int j = 0; j < row.size(); ++j)
            QCOMPARE(heatmap->counts().at(i).at(j), row.at(j).toInteger());
    }
}

void TstDashboardPage::copyPutsTheTableOnTheClipboard()
{
    QTableView* table = m_page->table();
    table->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    QTRY_COMPARE(QApplication::clipboard()->text(), m_page->model()->toTsv());
    auto* action = table->findChild<QAction*>(QStringLiteral("copyKpis"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Copy as TSV"));
}

void TstDashboardPage::savesAnIntersectionFromTheHeatmap()
{
    Heatmap* heatmap = m_page->charts()->overlapChart();
    const int a = 0;
    const int b = 1;
    const qint64 expected = heatmap->counts().at(a).at(b);
    const QByteArray definition
        = DashboardPage::intersectionDefinition(heatmap->labels().at(a), heatmap->labels().at(b));
    const QRect cell = heatmap->cellRect(a, b);
    QWidget* target = heatmap->childAt(cell.center());
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(heatmap, cell.center()));
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = m_page->findChild<QMenu*>(QStringLiteral("overlapMenu"))) && menu->isVisible());
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("openIntersection")));
    auto* save = menu->findChild<QAction*>(QStringLiteral("saveIntersection"));
    QVERIFY(save);
    save->trigger();
    menu->close();
    SegmentNameDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<SegmentNameDialog*>(QStringLiteral("intersectionNameDialog"))));
    const QString name = s_intersection;
    dialog->nameEdit()->setText(name);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    SegmentOperations* session = m_session->segments();
    QTRY_VERIFY_WITH_TIMEOUT(session->find(name).has_value(), 30000);
    const Segment saved = *session->find(name);
    QCOMPARE(saved.kind, SegmentKind::Dynamic);
    QCOMPARE(QJsonDocument::fromJson(saved.definition).object(), QJsonDocument::fromJson(definition).object());
    // The new segment is checked and computed like the others.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(name) >= 0 && m_page->isLoaded() && !m_page->isComputing(), 120000);
    QCOMPARE(m_page->model()->index(rowOf(name), KpiTableModel::Size).data(Qt::UserRole).toLongLong(), expected);

    QString error;
    const QByteArray count
        = swbOutput({QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"), name}, &error);
    QVERIFY2(!count.isEmpty(), qPrintable(error));
    QCOMPARE(count.trimmed().toLongLong(), expected);
}

void TstDashboardPage::chartsExport()
{
    DashboardCharts* charts = m_page->charts();
    const QList<ChartPanel*> panels{charts->sizesChart(), charts->kpiChart(), charts->shareChart(),
                                    charts->overlapChart()};
    for (ChartPanel* panel : panels) {
        for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString path = m_dir.filePath(panel->objectName() + QLatin1Char('.') + suffix);
            QString error;
            QVERIFY2(panel->exportTo(path, &error), qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 100, qPrintable(path));
        }
    }
}

void TstDashboardPage::uncheckingRemovesASegment()
{
    const QString gone = m_names.at(1);
    SegmentChecklist* list = m_page->checklist();
    QList<QListWidgetItem*> items = list->findItems(gone, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    // A click on the item's check box, as a user does.
    const QRect rect = list->visualItemRect(items.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
    if (items.first()->checkState() == Qt::Checked) // styles place the box differently: fall back to the keyboard
        items.first()->setCheckState(Qt::Unchecked);
    QCOMPARE(items.first()->checkState(), Qt::Unchecked);
    QVERIFY(!list->checkedNames().contains(gone));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(gone) < 0 && m_page->isLoaded() && !m_page->isComputing(), 120000);
    QCOMPARE(m_page->model()->rowCount(), m_names.size());
    DashboardCharts* charts = m_page->charts();
    QCOMPARE(charts->sizesChart()->sets().first().values.size(), m_names.size() - 1);
    QVERIFY(!charts->kpiChart()->categories().contains(gone));
    QVERIFY(!charts->shareChart()->categories().contains(gone));
    QVERIFY(!charts->overlapChart()->labels().contains(gone));

    // Remembered for this workspace: a new page over the same session starts without it.
    DashboardPage again;
    again.setSession(m_session->segments());
    QVERIFY(!again.checklist()->checkedNames().contains(gone));
    list->setChecked(gone, true);
}

QTEST_MAIN(TstDashboardPage)
#include "tst_dashboardpage.moc"
