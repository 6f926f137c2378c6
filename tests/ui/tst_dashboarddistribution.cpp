// The Dashboard's distribution chart driven through its choosers as a user does (keys on the segment and field
// combo boxes): the chart shows the chosen segment against the base with the shares the model computes (which
// tst_distributioncalculator holds against SQLite), for every kind of field.
#include "model/analytics/distributionservice.h"
#include "model/jobs/demoworkspace.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "testsupport.h"
#include "ui/charts/barchart.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/distributionpanel.h"
#include "ui/dashboard/kpitablemodel.h"
#include "ui/dashboard/segmentchecklist.h"
#include "ui/dashboard/segmentchooser.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace swb;

class TstDashboardDistribution : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheDistributionTab();
    void fieldChooserDrivesTheChart_data();
    void fieldChooserDrivesTheChart();
    void segmentChooserDrivesTheChart();
    void followsRenamedSegments();
    void tableRowChoosesTheSegment();
    void segmentChooserOpensTheChecklist();

private:
    // Presses Down (or Up) on `combo` until its item `data` (or text) is current; false when it is not listed.
    bool choose(QComboBox* combo, const QVariant& value, bool byData);
    // Waits until the panel shows `field` of `segment`; then the chart against the model's numbers.
    void verifyChart(const QString& segment, const QString& field);

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_segments;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<DashboardPage> m_page;
};

void TstDashboardDistribution::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.customers = 3000;
    const DemoWorkspaceResult demo = DemoWorkspace::create(m_path, options);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    m_segments = demo.segments;
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    QString error;
    QVERIFY2(test::openSession(*m_session, m_path, &error), qPrintable(error));
    m_page = std::make_unique<DashboardPage>();
    m_page->setSession(m_session->segments());
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && !m_page->isComputing(), 120000);
}

void TstDashboardDistribution::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
}

bool TstDashboardDistribution::choose(QComboBox* combo, const QVariant& value, bool byData)
{
    const int target = byData ? combo->findData(value) : combo->findText(value.toString());
    if (target < 0)
        return false;
    combo->setFocus();
    const Qt::Key key = target > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
    for (int guard = 0; combo->currentIndex() != target && guard < combo->count(); ++guard)
        QTest::keyClick(combo, key);
    return combo->currentIndex() == target;
}

void TstDashboardDistribution::verifyChart(const QString& segment, const QString& field)
{
    DistributionPanel* panel = m_page->distribution();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isComputing() && panel->distribution() && panel->shownSegment() == segment
                                 && panel->distribution()->field.name == field,
                             60000);
    const DistributionOutcome expected = DistributionService::compute(m_path, segment, field);
    QVERIFY2(expected.distribution, qPrintable(expected.error));
    QList<DistributionBin> bins = expected.distribution->bins;
    const BarChart* chart = panel->chart();
    if (chart->isHorizontal()) // bars across run bottom-up: the first bin is drawn on top
        std::reverse(bins.begin(), bins.end());
    QCOMPARE(chart->categories().size(), bins.size());
    QCOMPARE(chart->sets().size(), 2);
    const BarSet segmentSet = chart->sets().at(0);
    const BarSet baseSet = chart->sets().at(1);
    QCOMPARE(segmentSet.name, segment);
    QCOMPARE(baseSet.name, QStringLiteral("All customers"));
    double baseSum = 0.0;
    for (qsizetype i = 0; i < bins.size(); ++i) {
        QVERIFY2(chart->categories().at(i).startsWith(bins.at(i).label.left(20)), qPrintable(bins.at(i).label));
        QCOMPARE(segmentSet.values.at(i), bins.at(i).segmentShare * 100.0);
        QCOMPARE(baseSet.values.at(i), bins.at(i).baseShare * 100.0);
        baseSum += baseSet.values.at(i);
    }
    QVERIFY(std::abs(baseSum - 100.0) < 1e-9); // shares, not counts: every customer in one bar
    QVERIFY(chart->title().contains(segment));
    QVERIFY(!panel->noteLabel()->text().isEmpty());
}

void TstDashboardDistribution::opensOnTheDistributionTab()
{
    QTabWidget* tabs = m_page->chartTabs();
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(m_page->charts()));
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(m_page->distribution()));
    DistributionPanel* panel = m_page->distribution();
    // The first saved segment and a telling field to begin with.
    QCOMPARE(panel->segmentChoice()->count(), m_segments.size());
    QCOMPARE(panel->segmentChoice()->currentText(), m_page->distribution()->segmentChoice()->itemText(0));
    QCOMPARE(panel->fieldChoice()->currentData().toString(), QStringLiteral("age"));
    // No personal data and no key to choose from.
    for (const char* hidden : {"email", "first_name", "phone", "customer_id"})
        QCOMPARE(panel->fieldChoice()->findData(QString::fromLatin1(hidden)), -1);
    verifyChart(panel->segmentChoice()->currentText(), QStringLiteral("age"));
}

void TstDashboardDistribution::fieldChooserDrivesTheChart_data()
{
    QTest::addColumn<QString>("field");
    for (const char* field : {"total_revenue", "nps", "churned", "newsletter", "country", "city", "signup_date",
                              "last_purchase_date", "loyalty_tier", "orders_count"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TstDashboardDistribution::fieldChooserDrivesTheChart()
{
    QFETCH(QString, field);
    DistributionPanel* panel = m_page->distribution();
    m_page->chartTabs()->setCurrentWidget(panel);
    QVERIFY(choose(panel->fieldChoice(), field, true));
    verifyChart(panel->segmentChoice()->currentText(), field);
}

void TstDashboardDistribution::segmentChooserDrivesTheChart()
{
    DistributionPanel* panel = m_page->distribution();
    m_page->chartTabs()->setCurrentWidget(panel);
    QVERIFY(choose(panel->fieldChoice(), QStringLiteral("country"), true));
    for (const QString& segment : std::as_const(m_segments)) {
        QVERIFY(choose(panel->segmentChoice(), segment, false));
        verifyChart(segment, QStringLiteral("country"));
    }
    // The segment's colour from the dock, the base in grey.
    const QColor segmentColor = panel->chart()->sets().at(0).color;
    QVERIFY(segmentColor.isValid());
    QVERIFY(segmentColor != panel->chart()->sets().at(1).color);
}

void TstDashboardDistribution::followsRenamedSegments()
{
    DistributionPanel* panel = m_page->distribution();
    m_page->chartTabs()->setCurrentWidget(panel);
    const QString from = m_segments.constLast();
    const QString to = QStringLiteral("Renamed for the distribution test");
    QVERIFY(choose(panel->segmentChoice(), m_segments.constFirst(), false));
    bool renamed = false;
    m_session->segments()->rename(from, to, this, [&renamed](const SegmentChange& change) { renamed = change.ok; });
    QTRY_VERIFY_WITH_TIMEOUT(renamed && panel->segmentChoice()->findText(to) >= 0, 30000);
    QCOMPARE(panel->segmentChoice()->findText(from), -1);
    QCOMPARE(panel->segmentChoice()->currentText(), m_segments.constFirst()); // the choice is kept
    QVERIFY(choose(panel->segmentChoice(), to, false));
    verifyChart(to, panel->fieldChoice()->currentData().toString());
    m_segments.last() = to;
}

void TstDashboardDistribution::tableRowChoosesTheSegment()
{
    DistributionPanel* panel = m_page->distribution();
    m_page->chartTabs()->setCurrentIndex(0);
    QTableView* table = m_page->table();
    const QString wanted = panel->segmentChoice()->itemText(panel->segmentChoice()->count() - 1);
    int row = -1;
    const auto findRow = [&] {
        row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, KpiTableModel::Name).data(Qt::UserRole).toString() == wanted)
                row = r;
        }
        return row >= 0;
    };
    // The table shows a segment renamed a moment ago once its KPIs are computed again.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && !m_page->isComputing() && findRow(), 60000);
    // A double click on the segment's row: the distribution compares it, on its tab.
    const QRect cell = table->visualRect(table->model()->index(row, KpiTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(panel->segmentChoice()->currentText(), wanted);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_page->chartTabs()->currentWidget(), static_cast<QWidget*>(panel));
    verifyChart(wanted, panel->fieldChoice()->currentData().toString());
}

void TstDashboardDistribution::segmentChooserOpensTheChecklist()
{
    // The KPI table has the page's width: the segments are chosen from a button's pop-up list.
    SegmentChooser* chooser = m_page->segmentChooser();
    SegmentChecklist* list = m_page->checklist();
    const int segments = list->count() - 1; // and the whole base
    QCOMPARE(chooser->text(), QStringLiteral("Segments: %1 of %1").arg(segments));
    // The pop-up runs its own event loop: what it shows is looked at from a timer, which then closes it.
    const QString name = list->item(1)->text();
    bool shown = false;
    bool allRows = false;
    QString textAfterUntick;
    bool stillOpen = false;
    QTimer::singleShot(300, this, [&] {
        shown = chooser->menu()->isVisible() && list->isVisible();
        allRows = list->height() >= list->visualItemRect(list->item(list->count() - 1)).bottom();
        // A click on the item's check box, as a user does (styles place it differently: else the keyboard's way).
        const QRect rect = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        stillOpen = chooser->menu()->isVisible(); // stays open for the next tick
        if (list->item(1)->checkState() == Qt::Checked)
            list->item(1)->setCheckState(Qt::Unchecked);
        textAfterUntick = chooser->text();
        chooser->menu()->close();
    });
    QTest::mouseClick(chooser, Qt::LeftButton);
    QVERIFY(shown);
    QVERIFY(allRows);
    QCOMPARE(textAfterUntick, QStringLiteral("Segments: %1 of %2").arg(segments - 1).arg(segments));
    QVERIFY(stillOpen);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && !m_page->isComputing() && m_page->model()->rowCount() == segments,
                             60000);
    list->setChecked(name, true);
    QCOMPARE(chooser->text(), QStringLiteral("Segments: %1 of %1").arg(segments));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->isLoaded() && !m_page->isComputing() && m_page->model()->rowCount() == segments + 1, 60000);
}

QTEST_MAIN(TstDashboardDistribution)
#include "tst_dashboarddistribution.moc"
