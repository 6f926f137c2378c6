// The chart layer: each chart keeps the data it draws, exports to PNG (2×), SVG and PDF, copies to the clipboard,
// and the heat map reports the cell a user clicks or reaches with the keyboard.
#include "ui/charts/barchart.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/heatmap.h"
#include "ui/charts/linechart.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace swb;

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    // SWB_KEEP_TEST_FILES=1 keeps the exported files to look at (the folder is printed).
    void initTestCase()
    {
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("SWB_KEEP_TEST_FILES"));
        qInfo("exports in %s", qPrintable(m_dir.path()));
    }
    void barChartKeepsItsData();
    void barLabelsKeepTheChartsPrecision_data();
    void barLabelsKeepTheChartsPrecision();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void unknownExtensionIsRefusedWithAMessage();
    void unwritableFolderSaysWhatToDo();
    void copyPutsAnImageOnTheClipboard();
    void lineChartKeepsItsSeries();
    void lineChartValueAxisStartsAtZero();
    void heatmapSharesAndClicks();

private:
    QWidget* makeChart(const QString& kind);
    QTemporaryDir m_dir;
};

QWidget* TestCharts::makeChart(const QString& kind)
{
    if (kind == QLatin1String("bar")) {
        auto* chart = new BarChart;
        chart->setTitle(QStringLiteral("Segment sizes"));
        chart->setValueFormat(1, QStringLiteral("%"));
        chart->setData({QStringLiteral("A"), QStringLiteral("B")}, {{QStringLiteral("share"), {12.5, 40.25}, {}}});
        chart->setReferenceLine(20.0, QStringLiteral("base"));
        return chart;
    }
    if (kind == QLatin1String("line")) {
        auto* chart = new LineChart;
        chart->setTitle(QStringLiteral("Size over time"));
        chart->setSeries({{QStringLiteral("VIP"),
                           {{QDate(2026, 1, 31), 100}, {QDate(2026, 2, 28), 120}, {QDate(2026, 3, 31), 90}},
                           {},
                           false,
                           true,
                           {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar")}}});
        return chart;
    }
    auto* chart = new Heatmap;
    chart->setTitle(QStringLiteral("Overlap"));
    chart->setData({QStringLiteral("A"), QStringLiteral("B")}, {{10, 4}, {4, 8}});
    return chart;
}

void TestCharts::barChartKeepsItsData()
{
    BarChart chart;
    chart.setData(
        {QStringLiteral("VIP"), QStringLiteral("New")},
        {{QStringLiteral("customers"), {30.0, 70.0}, Qt::red}, {QStringLiteral("revenue"), {55.5, 44.5}, {}}});
    chart.setReferenceLine(50.0, QStringLiteral("base"));
    QCOMPARE(chart.categories(), QStringList({QStringLiteral("VIP"), QStringLiteral("New")}));
    QCOMPARE(chart.sets().size(), 2);
    QCOMPARE(chart.sets().at(1).values, QList<double>({55.5, 44.5}));
    QCOMPARE(chart.referenceLine(), std::optional<double>(50.0));
}

void TestCharts::barLabelsKeepTheChartsPrecision_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("horizontal");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("others"); // a second set next to the first
    QTest::addColumn<QStringList>("labels");
    const QList<double> shares{9.0, 12.4, 0.04};
    const QList<double> money{515.9, 795.15, 1234567.0};
    const QList<double> counts{949.0, 2654.0, 1234567.0};
    const QList<double> small{1.0, 2.0, 3.0};
    const QString percent = QStringLiteral("%");
    QTest::newRow("shares") << QStringLiteral("en_US") << 1 << percent << true << shares << small
                            << QStringList{QStringLiteral("9.0%"), QStringLiteral("12.4%"), QStringLiteral("0.0%")};
    QTest::newRow("shares-de") << QStringLiteral("de_DE") << 1 << percent << true << shares << small
                               << QStringList{QStringLiteral("9,0%"), QStringLiteral("12,4%"), QStringLiteral("0,0%")};
    QTest::newRow("money") << QStringLiteral("en_US") << 2 << QString() << true << money << small
                           << QStringList{QStringLiteral("515.90"), QStringLiteral("795.15"),
                                          QStringLiteral("1,234,567.00")};
    QTest::newRow("money-de") << QStringLiteral("de_DE") << 2 << QString() << false << money << money
                              << QStringList{QStringLiteral("515,90"), QStringLiteral("795,15"),
                                             QStringLiteral("1.234.567,00")};
    QTest::newRow("counts") << QStringLiteral("en_US") << 0 << QString() << false << counts << small
                            << QStringList{QStringLiteral("949"), QStringLiteral("2,654"), QStringLiteral("1,234,567")};
    QTest::newRow("counts-de") << QStringLiteral("de_DE") << 0 << QString() << true << counts << counts
                               << QStringList{QStringLiteral("949"), QStringLiteral("2.654"),
                                              QStringLiteral("1.234.567")};
}

// Each bar's label has the chart's decimals in the interface's language, even where they are zeros (Qt Charts' own
// labels write "9%" and "515.9"), and stays in the plot area without covering another label.
void TestCharts::barLabelsKeepTheChartsPrecision()
{
    QFETCH(QString, locale);
    QFETCH(int, decimals);
    QFETCH(QString, suffix);
    QFETCH(bool, horizontal);
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, others);
    QFETCH(QStringList, labels);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    BarChart chart;
    chart.resize(640, 400);
    chart.setHorizontal(horizontal);
    chart.setValueFormat(decimals, suffix);
    chart.setData({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                  {{QStringLiteral("values"), values, {}}, {QStringLiteral("others"), others, {}}});
    chart.show();
    QLocale::setDefault(before);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.plotArea().width() > 100);
    const QList<BarLabel> drawn = chart.valueLabels();
    QCOMPARE(drawn.size(), 6);
    QStringList texts;
    for (int i = 0; i < 3; ++i)
        texts << drawn.at(i).text;
    QCOMPARE(texts, labels);
    for (int i = 0; i < drawn.size(); ++i) {
        const QRectF rect = drawn.at(i).rect;
        QVERIFY2(chart.plotArea().contains(rect), qPrintable(drawn.at(i).text));
        for (int j = i + 1; j < drawn.size(); ++j)
            QVERIFY2(!rect.intersects(drawn.at(j).rect),
                     qPrintable(drawn.at(i).text + QLatin1Char('/') + drawn.at(j).text));
    }
    chart.setLabelsVisible(false);
    QVERIFY(chart.valueLabels().isEmpty());
}

void TestCharts::exportsEachFormat_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    for (const char* kind : {"bar", "line", "heatmap"}) {
        QTest::addRow("%s png", kind) << kind << "png" << QByteArray("\x89PNG");
        QTest::addRow("%s svg", kind) << kind << "svg" << QByteArray("<?xml");
        QTest::addRow("%s pdf", kind) << kind << "pdf" << QByteArray("%PDF");
    }
}

void TestCharts::exportsEachFormat()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    std::unique_ptr<QWidget> widget(makeChart(kind));
    widget->resize(480, 320);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    auto* panel = qobject_cast<ChartPanel*>(widget.get());
    QVERIFY(panel);
    const QString path = m_dir.filePath(kind + QLatin1Char('.') + suffix);
    QString error;
    QVERIFY2(panel->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    QVERIFY(bytes.size() > 500);
    if (suffix == QLatin1String("png")) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(960, 640)); // twice the widget in each direction
        // Something is drawn: not every pixel has the background's colour.
        const QRgb corner = image.pixel(0, 0);
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 7) {
            for (int x = 0; x < image.width() && !drawn; x += 7)
                drawn = image.pixel(x, y) != corner;
        }
        QVERIFY(drawn);
    } else if (suffix == QLatin1String("pdf")) {
        QVERIFY(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"));
    } else {
        QVERIFY(bytes.contains("<svg"));
    }
}

void TestCharts::unknownExtensionIsRefusedWithAMessage()
{
    BarChart chart;
    QString error;
    QVERIFY(!chart.exportTo(m_dir.filePath(QStringLiteral("chart.bmpx")), &error));
    QVERIFY2(error.contains(QLatin1String(".png")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("chart.bmpx"))));
}

void TestCharts::unwritableFolderSaysWhatToDo()
{
    BarChart chart;
    chart.resize(200, 200);
    QString error;
    QVERIFY(!chart.exportTo(m_dir.filePath(QStringLiteral("no/such/folder/chart.png")), &error));
    QVERIFY2(error.contains(QLatin1String("Choose a folder")), qPrintable(error));
}

void TestCharts::copyPutsAnImageOnTheClipboard()
{
    std::unique_ptr<QWidget> widget(makeChart(QStringLiteral("bar")));
    widget->resize(300, 200);
    qobject_cast<ChartPanel*>(widget.get())->copyToClipboard();
    const QImage image = QApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(600, 400));
}

void TestCharts::lineChartKeepsItsSeries()
{
    std::unique_ptr<QWidget> widget(makeChart(QStringLiteral("line")));
    const auto* chart = qobject_cast<LineChart*>(widget.get());
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->series().first().points.size(), 3);
    QCOMPARE(chart->series().first().points.at(1).second, 120.0);
}

// Counts from zero start the axis at zero, not at a margin below it; negative values keep their margin.
void TestCharts::lineChartValueAxisStartsAtZero()
{
    LineChart chart;
    auto axisOf = [&chart](double first, double last) {
        chart.setSeries({{QStringLiteral("n"),
                          {{QDate(2026, 1, 31), first}, {QDate(2026, 2, 28), 5000}, {QDate(2026, 3, 31), last}},
                          {},
                          false,
                          true,
                          {}}});
        auto* view = chart.findChild<QChartView*>();
        const auto axes = view ? view->chart()->axes(Qt::Vertical) : QList<QAbstractAxis*>();
        return axes.size() == 1 ? qobject_cast<QValueAxis*>(axes.first()) : nullptr;
    };
    const QValueAxis* counts = axisOf(0, 12000);
    QVERIFY(counts);
    QCOMPARE(counts->min(), 0.0);
    QVERIFY(counts->max() >= 12000);
    const QValueAxis* negative = axisOf(-300, 12000);
    QVERIFY(negative);
    QVERIFY(negative->min() < -300);
}

void TestCharts::heatmapSharesAndClicks()
{
    Heatmap map;
    map.setTitle(QStringLiteral("Overlap"));
    map.setData({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, {{10, 4, 0}, {4, 8, 2}, {0, 2, 0}});
    map.resize(400, 300);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QCOMPARE(map.rowShare(0, 1), 0.4);
    QCOMPARE(map.rowShare(1, 0), 0.5);
    QCOMPARE(map.rowShare(2, 1), 0.0); // an empty segment: no division by zero
    QSignalSpy activated(&map, &Heatmap::cellActivated);
    const QRect cell = map.cellRect(1, 2);
    QVERIFY(cell.isValid());
    QWidget* target = map.childAt(cell.center());
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(&map, cell.center()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 1);
    QCOMPARE(activated.first().at(1).toInt(), 2);
    // Keyboard: from the clicked cell one row down, then Enter.
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Down);
    QTest::keyClick(target, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toInt(), 2);
    QCOMPARE(activated.last().at(1).toInt(), 2);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
