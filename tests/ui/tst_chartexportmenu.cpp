// File > Export Chart… and Copy Chart act on the Dashboard chart (or the KPI table) the user last clicked: each is
// written as PNG (at twice its size), SVG and PDF through the menu action and its file dialog; the actions are off
// until a chart is chosen and off other pages; the dialog opens in the folder used last.
#include "model/jobs/demoworkspace.h"
#include "model/jobs/workspacesession.h"
#include "ui/dashboard/dashboardexport.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/distributionpanel.h"
#include "ui/dashboard/kpitablemodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstChartExportMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void offUntilAChartIsClicked();
    void exportsEveryChart_data();
    void exportsEveryChart();
    void copiesTheCurrentChart();
    void opensInTheFolderUsedLast();
    void offOnOtherPages();
    void saysWhatToDoWhenItCannotWrite();
    void tableSavesFromItsContextMenu();

private:
    QAction* action(const char* name) const;
    // The chart or table named `name` on the Dashboard, on the tab that shows it.
    QWidget* showChart(const QString& name) const;
    // A click near the top left corner, on whatever child of `widget` is there (a chart's view, a table's cells).
    static void click(QWidget* widget);
    // Triggers Export Chart…, answers its file dialog with `path` and waits for the file.
    bool exportThroughMenu(const QString& path);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TstChartExportMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.customers = 3000;
    const DemoWorkspaceResult demo = DemoWorkspace::create(path, options);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy shown(m_window.get(), &MainWindow::workspaceShown);
    m_window->openWorkspace(path);
    QVERIFY(shown.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), MainWindow::Page::Dashboard, 30000);
    DashboardPage* dashboard = m_window->dashboardPage();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded() && !dashboard->isComputing(), 120000);
}

void TstChartExportMenu::cleanupTestCase()
{
    m_window.reset();
}

QAction* TstChartExportMenu::action(const char* name) const
{
    return m_window->findChild<QAction*>(QString::fromLatin1(name));
}

QWidget* TstChartExportMenu::showChart(const QString& name) const
{
    DashboardPage* dashboard = m_window->dashboardPage();
    const bool distribution = name == QStringLiteral("distributionChart");
    dashboard->chartTabs()->setCurrentWidget(distribution ? static_cast<QWidget*>(dashboard->distribution())
                                                          : dashboard->chartTabs()->widget(0));
    if (distribution) {
        DistributionPanel* panel = dashboard->distribution();
        if (!QTest::qWaitFor([panel] { return !panel->isComputing() && panel->distribution(); }, 60000))
            return nullptr;
    }
    return dashboard->findChild<QWidget*>(name);
}

void TstChartExportMenu::click(QWidget* widget)
{
    const QPoint corner(12, 8); // the title's row of a chart: no overlap cell is hit
    QWidget* target = widget->childAt(corner);
    if (!target)
        target = widget;
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(widget, corner));
}

bool TstChartExportMenu::exportThroughMenu(const QString& path)
{
    QAction* exportChart = action("exportChart");
    if (!exportChart || !exportChart->isEnabled())
        return false;
    exportChart->trigger();
    QFileDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<QFileDialog*>(QStringLiteral("chartExportDialog"));
                return dialog && dialog->isVisible();
            },
            10000))
        return false;
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // what the Save button does
    return QTest::qWaitFor([&path] { return QFileInfo(path).size() > 0; }, 10000);
}

void TstChartExportMenu::offUntilAChartIsClicked()
{
    QVERIFY(action("exportChart"));
    QVERIFY(action("copyChart"));
    QVERIFY(!action("exportChart")->isEnabled());
    QVERIFY(!action("copyChart")->isEnabled());
    QCOMPARE(m_window->dashboardPage()->chartExport()->current(), nullptr);
}

void TstChartExportMenu::exportsEveryChart_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("format");
    for (const char* chart :
         {"sizesChart", "kpiChart", "shareChart", "overlapChart", "distributionChart", "kpiTable"}) {
        for (const char* format : {"png", "svg", "pdf"})
            QTest::addRow("%s.%s", chart, format) << QString::fromLatin1(chart) << QString::fromLatin1(format);
    }
}

void TstChartExportMenu::exportsEveryChart()
{
    QFETCH(QString, chart);
    QFETCH(QString, format);
    QWidget* widget = showChart(chart);
    QVERIFY2(widget && widget->isVisible(), qPrintable(chart));
    click(widget);
    DashboardExport* current = m_window->dashboardPage()->chartExport();
    QCOMPARE(current->current(), widget);
    QVERIFY(action("exportChart")->isEnabled());
    QVERIFY(action("copyChart")->isEnabled());

    const QString path = m_dir.filePath(chart + QLatin1Char('.') + format);
    QVERIFY2(exportThroughMenu(path), qPrintable(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    if (format == QStringLiteral("png")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), widget->size() * 2); // twice the widget's pixels
    } else if (format == QStringLiteral("svg")) {
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(bytes.contains("<svg"));
        // Drawn whole, axes and labels too, even right after the chart was rebuilt.
        QVERIFY(bytes.count("<text") >= 4);
        QVERIFY(bytes.count("<rect") + bytes.count("<polyline") + bytes.count("<path") + bytes.count("<image") >= 4);
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
        // One page object (not the /Pages tree).
        const auto pages
            = QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")).globalMatch(QString::fromLatin1(bytes));
        int count = 0;
        for (auto it = pages; it.hasNext(); it.next())
            ++count;
        QCOMPARE(count, 1);
    }
}

void TstChartExportMenu::copiesTheCurrentChart()
{
    DashboardPage* dashboard = m_window->dashboardPage();
    QWidget* table = showChart(QStringLiteral("kpiTable"));
    QVERIFY(table);
    click(table);
    QGuiApplication::clipboard()->clear();
    action("copyChart")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), dashboard->model()->toTsv()); // the table copies as text

    QWidget* sizes = showChart(QStringLiteral("sizesChart"));
    click(sizes);
    QGuiApplication::clipboard()->clear();
    action("copyChart")->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), sizes->size() * 2);
}

void TstChartExportMenu::opensInTheFolderUsedLast()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QWidget* share = showChart(QStringLiteral("shareChart"));
    click(share);
    QVERIFY(exportThroughMenu(QDir(other.path()).filePath(QStringLiteral("shares.png"))));
    QCOMPARE(QSettings().value(QStringLiteral("charts/folder")).toString(), QFileInfo(other.path()).absoluteFilePath());
    action("exportChart")->trigger();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>(QStringLiteral("chartExportDialog")))
                && dialog->isVisible());
    QCOMPARE(dialog->directory().absolutePath(), QFileInfo(other.path()).absoluteFilePath());
    // The chart's title names the file.
    QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("Who brings the money.png")));
    dialog->reject();
}

void TstChartExportMenu::offOnOtherPages()
{
    QWidget* kpi = showChart(QStringLiteral("kpiChart"));
    click(kpi);
    QVERIFY(action("exportChart")->isEnabled());
    m_window->showPage(MainWindow::Page::Customers);
    QVERIFY(!action("exportChart")->isEnabled());
    QVERIFY(!action("copyChart")->isEnabled());
    m_window->showPage(MainWindow::Page::Dashboard);
    QVERIFY(action("exportChart")->isEnabled());
    // A chart on the tab no longer shown is not current.
    m_window->dashboardPage()->chartTabs()->setCurrentWidget(m_window->dashboardPage()->distribution());
    QVERIFY(!action("exportChart")->isEnabled());
}

void TstChartExportMenu::saysWhatToDoWhenItCannotWrite()
{
    QWidget* sizes = showChart(QStringLiteral("sizesChart"));
    click(sizes);
    QString error;
    DashboardExport* current = m_window->dashboardPage()->chartExport();
    QVERIFY(!current->exportCurrentTo(m_dir.filePath(QStringLiteral("missing/folder/chart.png")), &error));
    QVERIFY2(error.contains(QStringLiteral("Choose a folder you can write to")), qPrintable(error));
    QVERIFY(!current->exportCurrentTo(m_dir.filePath(QStringLiteral("chart.bmp")), &error));
    QVERIFY2(error.contains(QStringLiteral(".png, .svg or .pdf")), qPrintable(error));
}

void TstChartExportMenu::tableSavesFromItsContextMenu()
{
    QWidget* table = showChart(QStringLiteral("kpiTable"));
    QVERIFY(table);
    auto* save = table->findChild<QAction*>(QStringLiteral("saveKpis"));
    QVERIFY(save);
    QVERIFY(table->actions().contains(save)); // in the table's context menu
    save->trigger();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>(QStringLiteral("chartExportDialog")))
                && dialog->isVisible());
    QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("KPI table.png")));
    const QString path = m_dir.filePath(QStringLiteral("table-from-menu.pdf"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QTRY_VERIFY(QFileInfo(path).size() > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QCOMPARE(m_window->dashboardPage()->chartExport()->current(), table);
}

QTEST_MAIN(TstChartExportMenu)
#include "tst_chartexportmenu.moc"
