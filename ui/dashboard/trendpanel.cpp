#include "ui/dashboard/trendpanel.h"

#include "model/jobs/segmentoperations.h"
#include "ui/charts/charttheme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace swb {

namespace {

// A line of the KPI chooser: the key in `swb kpis` / snapshot JSON, how it is shown.
struct TrendKpi
{
    const char* key;
    const char* label;
    double scale; // 100 for shares shown in %
    int decimals;
    const char* suffix;
};

constexpr std::array s_kpis{
    TrendKpi{"size", QT_TRANSLATE_NOOP("swb::TrendPanel", "Customers"), 1, 0, ""},
    TrendKpi{"share", QT_TRANSLATE_NOOP("swb::TrendPanel", "Share of base"), 100, 1, "%"},
    TrendKpi{"revenue", QT_TRANSLATE_NOOP("swb::TrendPanel", "Revenue"), 1, 0, ""},
    TrendKpi{"revenue_per_customer", QT_TRANSLATE_NOOP("swb::TrendPanel", "Revenue per customer"), 1, 2, ""},
    TrendKpi{"average_order_value", QT_TRANSLATE_NOOP("swb::TrendPanel", "Average order value"), 1, 2, ""},
    TrendKpi{"purchase_frequency", QT_TRANSLATE_NOOP("swb::TrendPanel", "Purchase frequency"), 1, 2, ""},
    TrendKpi{"median_recency_days", QT_TRANSLATE_NOOP("swb::TrendPanel", "Median recency (days)"), 1, 0, ""},
    TrendKpi{"churn_rate", QT_TRANSLATE_NOOP("swb::TrendPanel", "Churn rate"), 100, 1, "%"},
    TrendKpi{"nps", QT_TRANSLATE_NOOP("swb::TrendPanel", "NPS"), 1, 1, ""},
    TrendKpi{"clv", QT_TRANSLATE_NOOP("swb::TrendPanel", "CLV (historical)"), 1, 2, ""},
};

const TrendKpi& kpiAt(int index)
{
    return s_kpis[size_t(std::clamp(index, 0, int(s_kpis.size()) - 1))];
}

std::optional<double> valueOf(const QJsonObject& kpis, const QString& key, qint64 size)
{
    if (key == QLatin1String("size"))
        return double(size);
    const QJsonValue value = kpis.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

QString formatted(double value, int decimals, const QString& suffix)
{
    return QLocale().toString(value, 'f', decimals) + suffix;
}

} // namespace

TrendPanel::TrendPanel(QWidget* parent)
    : QWidget(parent)
    , m_trend(new TrendService(this))
    , m_kpi(new QComboBox(this))
    , m_months(new QSpinBox(this))
    , m_step(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_chart(new LineChart(this))
    , m_note(new QLabel(this))
{
    m_kpi->setObjectName(QStringLiteral("trendKpi"));
    for (const TrendKpi& kpi : s_kpis)
        m_kpi->addItem(tr(kpi.label), QString::fromLatin1(kpi.key));
    m_months->setObjectName(QStringLiteral("trendMonths"));
    m_months->setRange(2, 60);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    m_months->setToolTip(tr("How far back the back-calculation goes"));
    m_step->setObjectName(QStringLiteral("trendStep"));
    m_step->addItem(tr("Month ends"), int(TrendStep::Month));
    m_step->addItem(tr("Week ends"), int(TrendStep::Week));
    m_status->setObjectName(QStringLiteral("trendStatus"));
    m_status->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_chart->setTitle(tr("Trend"));
    m_chart->setNote(tr("Dashed: back-calculated from the order lines (other fields as today); dots: snapshots"));
    m_note->setObjectName(QStringLiteral("trendNote"));
    m_note->setWordWrap(true);
    m_note->setText(TrendService::note());
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);

    auto* controls = new QHBoxLayout;
    auto* kpiLabel = new QLabel(tr("&Show:"), this);
    kpiLabel->setBuddy(m_kpi);
    controls->addWidget(kpiLabel);
    controls->addWidget(m_kpi);
    controls->addWidget(m_months);
    controls->addWidget(m_step);
    controls->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);

    connect(m_kpi, &QComboBox::currentIndexChanged, this, &TrendPanel::redraw);
    connect(m_months, &QSpinBox::valueChanged, this, &TrendPanel::startBackCalculation);
    connect(m_step, &QComboBox::currentIndexChanged, this, &TrendPanel::startBackCalculation);
    connect(m_trend, &TrendService::progressChanged, this, [this](int percent) {
        m_trendPercent = percent;
        updateStatus();
    });
    connect(m_trend, &TrendService::finished, this, [this](const TrendResult& result) {
        m_result = result;
        m_trendError.clear();
        m_trendPercent = -1;
        redraw();
    });
    connect(m_trend, &TrendService::failed, this, [this](const QString& error) {
        m_result.reset();
        m_trendError = error;
        m_trendPercent = -1;
        redraw();
    });
    updateStatus();
}

TrendPanel::~TrendPanel() = default;

void TrendPanel::setSession(SegmentOperations* session)
{
    m_session = session;
}

void TrendPanel::setSegments(const QList<QPair<QString, QColor>>& segments)
{
    m_segments = segments.mid(0, maxDrawn);
    // A segment without a swatch colour gets the palette's, the same for its two lines.
    for (int i = 0; i < m_segments.size(); ++i) {
        if (!m_segments[i].second.isValid())
            m_segments[i].second = ChartTheme::seriesColor(i);
    }
    // The back-calculation is the Dashboard's most expensive part: computed when the tab is seen.
    m_stale = true;
    if (isVisible())
        refresh();
}

void TrendPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TrendPanel::refresh()
{
    m_stale = false;
    startBackCalculation();
    startSnapshots();
}

void TrendPanel::clear()
{
    m_trend->cancel();
    m_histories.cancel();
    m_segments.clear();
    m_result.reset();
    m_snapshots.reset();
    m_trendError.clear();
    m_trendPercent = -1;
    m_snapshotsRunning = false;
    m_stale = false;
    redraw();
}

bool TrendPanel::isComputing() const
{
    return m_trendPercent >= 0 || m_snapshotsRunning;
}

void TrendPanel::startBackCalculation()
{
    m_result.reset();
    m_trendError.clear();
    if (!m_session || !m_session->isOpen() || m_segments.isEmpty()) {
        m_trend->cancel();
        m_trendPercent = -1;
        redraw();
        return;
    }
    QStringList names;
    for (const auto& segment : m_segments)
        names << segment.first;
    TrendRange range;
    range.months = m_months->value();
    range.step = TrendStep(m_step->currentData().toInt());
    range.asOf = m_session->asOfDate();
    m_trendPercent = 0;
    m_trend->start(m_session->path(), names, range);
    updateStatus();
}

void TrendPanel::startSnapshots()
{
    m_snapshots.reset();
    if (!m_session || !m_session->isOpen() || m_segments.isEmpty()) {
        m_histories.cancel();
        m_snapshotsRunning = false;
        redraw();
        return;
    }
    QStringList names;
    for (const auto& segment : m_segments)
        names << segment.first;
    m_snapshotsRunning = true;
    m_histories.start(
        {tr("Reading the segments' snapshots"), JobPool::Interactive},
        [path = m_session->path(), names](JobControl&) { return SegmentTasks::histories(path, names); },
        [this](const SnapshotHistories& histories) {
            m_snapshots = histories;
            m_snapshotsRunning = false;
            redraw();
        },
        [this] {
            m_snapshotsRunning = false;
            redraw();
        });
    updateStatus();
}

QList<LineSeriesData> TrendPanel::snapshotLines(const QString& key) const
{
    QList<LineSeriesData> lines;
    if (!m_snapshots || !m_snapshots->ok)
        return lines;
    const TrendKpi& kpi = kpiAt(m_kpi->currentIndex());
    for (const auto& [name, color] : m_segments) {
        LineSeriesData line;
        line.name = tr("%1 (snapshots)").arg(name);
        line.color = color;
        line.markers = true;
        for (const SegmentSnapshot& snapshot : m_snapshots->snapshots.value(name)) {
            const auto value = valueOf(snapshot.kpis, key, snapshot.size);
            const QDate date = QDate::fromString(snapshot.takenAt.left(10), Qt::ISODate);
            if (!value || !date.isValid())
                continue;
            line.points << qMakePair(date, *value * kpi.scale);
            line.tips << tr("%1, snapshot of %2: %3\n%4 entered, %5 left since the snapshot before")
                             .arg(name, QLocale().toString(date, QLocale::ShortFormat),
                                  formatted(*value * kpi.scale, kpi.decimals, QString::fromLatin1(kpi.suffix)),
                                  QLocale().toString(snapshot.entered), QLocale().toString(snapshot.left));
        }
        if (!line.points.isEmpty())
            lines << line;
    }
    return lines;
}

QList<LineSeriesData> TrendPanel::backCalculatedLines(const QString& key) const
{
    QList<LineSeriesData> lines;
    if (!m_result)
        return lines;
    const TrendKpi& kpi = kpiAt(m_kpi->currentIndex());
    auto addLine = [&](const QString& name, const QColor& color, const QList<QDate>& dates,
                       const std::function<std::optional<double>(int)>& valueAt) {
        LineSeriesData line;
        line.name = name;
        line.color = color;
        line.dashed = true;
        for (int i = 0; i < dates.size(); ++i) {
            if (const auto value = valueAt(i)) {
                line.points << qMakePair(dates[i], *value * kpi.scale);
                line.tips << tr("%1, as of %2: %3 (back-calculated)")
                                 .arg(name, QLocale().toString(dates[i], QLocale::ShortFormat),
                                      formatted(*value * kpi.scale, kpi.decimals, QString::fromLatin1(kpi.suffix)));
            }
        }
        if (!line.points.isEmpty())
            lines << line;
    };
    for (const TrendSeries& series : m_result->series) {
        QColor color;
        for (const auto& segment : m_segments) {
            if (segment.first == series.name)
                color = segment.second;
        }
        QList<QDate> dates;
        for (const TrendPoint& point : series.points)
            dates << point.date;
        addLine(tr("%1 (back-calculated)").arg(series.name), color, dates, [&](int i) {
            const TrendPoint& point = series.points[i];
            return valueOf(point.kpis.toJson(), key, point.size);
        });
    }
    // The base as a reference for KPIs (its size would dwarf the segments' lines).
    if (key != QLatin1String("size") && key != QLatin1String("share") && key != QLatin1String("revenue")) {
        addLine(tr("Whole base (back-calculated)"), QColor(Qt::gray), m_result->dates, [&](int i) {
            return valueOf(m_result->baseKpis.value(i).toJson(), key, m_result->baseSizes.value(i));
        });
    }
    return lines;
}

void TrendPanel::redraw()
{
    const TrendKpi& kpi = kpiAt(m_kpi->currentIndex());
    const QString key = QString::fromLatin1(kpi.key);
    m_chart->setValueFormat(kpi.decimals, QString::fromLatin1(kpi.suffix));
    m_chart->setValueAxisTitle(tr(kpi.label));
    m_chart->setSeries(backCalculatedLines(key) + snapshotLines(key));
    updateStatus();
    if (!isComputing())
        emit updated();
}

QString TrendPanel::status() const
{
    return m_status->text();
}

void TrendPanel::updateStatus()
{
    QStringList parts;
    if (m_trendPercent >= 0)
        parts << tr("Back-calculating… %1%").arg(m_trendPercent);
    else if (!m_trendError.isEmpty())
        parts << tr("No back-calculation: %1").arg(m_trendError);
    else if (m_result) {
        for (const auto& entry : m_result->leftOut)
            parts << entry.second;
    }
    if (m_snapshotsRunning)
        parts << tr("Reading snapshots…");
    else if (m_snapshots && !m_snapshots->ok)
        parts << tr("The snapshots could not be read: %1").arg(m_snapshots->error);
    else if (m_snapshots && !m_segments.isEmpty()) {
        bool any = false;
        for (const auto& list : m_snapshots->snapshots)
            any = any || !list.isEmpty();
        if (!any)
            parts << tr("No snapshots yet: right-click a segment in the Segments panel → Take snapshot.");
    }
    m_status->setText(parts.join(QStringLiteral("  ·  ")));
    m_status->setToolTip(m_status->text());
}

} // namespace swb
