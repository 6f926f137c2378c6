// The Dashboard's Trend tab on a demo workspace, driven through its widgets: the dashed back-calculated lines are
// what `swb trend` prints, the snapshots are drawn as dotted lines with entered/left in their tooltips, and
// changing the months or the KPI redraws.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "ui/dashboard/trendpanel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

namespace {

using test::swbOutput;

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

const LineSeriesData* lineNamed(const QList<LineSeriesData>& lines, const QString& name)
{
    for (const LineSeriesData& line : lines) {
        if (line.name == name)
            return &line;
    }
    return nullptr;
}

} // namespace

class TstTrendPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backCalculationEqualsSwbTrend();
    void kpiLinesEqualSwbTrend();
    void snapshotsAreDrawnWithEnteredAndLeft();
    void fewerMonthsRecompute();

private:
    bool waitUpdated();

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_names;
    QHash<QString, QJsonObject> m_trends; // `swb trend --months 6 --json` per segment
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<TrendPanel> m_panel;
};

void TstTrendPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("trend.sqlite"));
    QString error;
    m_names = test::makeDemoWorkspace(m_db, 3000, &error);
    QVERIFY2(m_names.size() >= 2, qPrintable(error));
    m_names = m_names.mid(0, 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(!swbOutput({QStringLiteral("segment"), QStringLiteral("snapshot"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--name"), m_names.first()},
                            &error)
                      .isEmpty(),
                 qPrintable(error));
    }
    for (const QString& name : std::as_const(m_names)) {
        m_trends.insert(
            name,
            QJsonDocument::fromJson(
                swbOutput({QStringLiteral("trend"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"), name,
                           QStringLiteral("--months"), QStringLiteral("6"), QStringLiteral("--json")},
                          &error))
                .object());
        QVERIFY2(!m_trends.value(name).isEmpty(), qPrintable(error));
    }
}

void TstTrendPanel::init()
{
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    QString error;
    QVERIFY2(test::openSession(*m_session, m_db, &error), qPrintable(error));
    m_panel = std::make_unique<TrendPanel>();
    m_panel->resize(1000, 600);
    m_panel->show();
    m_panel->monthsChoice()->setValue(6);
    m_panel->setSession(m_session->segments());
    QSignalSpy updated(m_panel.get(), &TrendPanel::updated);
    m_panel->setSegments({{m_names[0], QColor(Qt::red)}, {m_names[1], QColor(Qt::blue)}});
    QVERIFY(waitUpdated());
}

void TstTrendPanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
}

bool TstTrendPanel::waitUpdated()
{
    return QTest::qWaitFor([this] { return !m_panel->isComputing() && m_panel->backCalculation().has_value(); }, 60000);
}

void TstTrendPanel::backCalculationEqualsSwbTrend()
{
    const auto& result = m_panel->backCalculation();
    QVERIFY(result);
    QCOMPARE(result->series.size(), 2);
    const QList<LineSeriesData> lines = m_panel->chart()->series();
    for (const QString& name : std::as_const(m_names)) {
        const QJsonArray points = m_trends.value(name).value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 6);
        const LineSeriesData* line = lineNamed(lines, QStringLiteral("%1 (back-calculated)").arg(name));
        QVERIFY2(line, qPrintable(name));
        QVERIFY(line->dashed);
        QCOMPARE(line->points.size(), points.size());
        QCOMPARE(line->tips.size(), points.size());
        for (int i = 0; i < points.size(); ++i) {
            const QJsonObject point = points[i].toObject();
            QCOMPARE(line->points[i].first.toString(Qt::ISODate), point.value(QStringLiteral("date")).toString());
            QCOMPARE(line->points[i].second, point.value(QStringLiteral("size")).toDouble());
            QCOMPARE(result->baseSizes[i], point.value(QStringLiteral("base_size")).toInteger());
        }
    }
    QVERIFY(m_panel->status().isEmpty() || !m_panel->status().contains(QStringLiteral("No back-calculation")));
}

void TstTrendPanel::kpiLinesEqualSwbTrend()
{
    m_panel->kpiChoice()->setCurrentIndex(m_panel->kpiChoice()->findData(QStringLiteral("revenue_per_customer")));
    const QList<LineSeriesData> lines = m_panel->chart()->series();
    const QString name = m_names[0];
    const QJsonArray points = m_trends.value(name).value(QStringLiteral("points")).toArray();
    const LineSeriesData* line = lineNamed(lines, QStringLiteral("%1 (back-calculated)").arg(name));
    QVERIFY(line);
    int compared = 0;
    for (const auto& [date, value] : line->points) {
        for (const QJsonValue& point : points) {
            if (point[QStringLiteral("date")].toString() == date.toString(Qt::ISODate)) {
                QVERIFY2(near(value, point[QStringLiteral("kpis")][QStringLiteral("revenue_per_customer")].toDouble()),
                         qPrintable(date.toString(Qt::ISODate)));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 0);
    // The base is drawn as the reference for a KPI.
    QVERIFY(lineNamed(lines, QStringLiteral("Whole base (back-calculated)")));
}

void TstTrendPanel::snapshotsAreDrawnWithEnteredAndLeft()
{
    const QList<LineSeriesData> lines = m_panel->chart()->series();
    const LineSeriesData* line = lineNamed(lines, QStringLiteral("%1 (snapshots)").arg(m_names[0]));
    QVERIFY(line);
    QVERIFY(line->markers);
    QVERIFY(!line->dashed);
    QCOMPARE(line->points.size(), 2);
    QCOMPARE(line->tips.size(), 2);
    QVERIFY2(line->tips[1].contains(QStringLiteral("0 entered, 0 left")), qPrintable(line->tips[1]));
    // The second segment has no snapshot: no line for it.
    QVERIFY(!lineNamed(lines, QStringLiteral("%1 (snapshots)").arg(m_names[1])));
}

void TstTrendPanel::fewerMonthsRecompute()
{
    m_panel->monthsChoice()->setValue(3);
    QVERIFY(m_panel->isComputing());
    QVERIFY(waitUpdated());
    const auto& result = m_panel->backCalculation();
    QVERIFY(result);
    QCOMPARE(result->dates.size(), 3);
    // The last three month ends of the six.
    const QJsonArray points = m_trends.value(m_names[0]).value(QStringLiteral("points")).toArray();
    QCOMPARE(result->dates.first().toString(Qt::ISODate), points[3][QStringLiteral("date")].toString());
}

QTEST_MAIN(TstTrendPanel)
#include "tst_trendpanel.moc"
