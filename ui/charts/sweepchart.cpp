#include "ui/charts/sweepchart.h"

#include "ui/charts/charttheme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swb {

SweepChart::SweepChart(QWidget* parent)
    : AxisChart(parent)
{
    setTitle(tr("Choosing k"));
    m_view->setMinimumWidth(300);
    // From the keyboard: Left and Right show the clusters of the next smaller or larger k.
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setObjectName(QStringLiteral("sweepChartView"));
    m_view->installEventFilter(this);
    rebuild();
}

SweepChart::~SweepChart() = default;

void SweepChart::setData(const QList<SweepChartPoint>& points, int suggestedK)
{
    m_points = points;
    m_suggestedK = suggestedK;
    rebuild();
    // The tooltips' figures of every k, without the hint to click.
    QStringList lines;
    for (const SweepChartPoint& point : std::as_const(m_points))
        lines << tipFor(point.k).section(QLatin1Char('\n'), 0, -2).replace(QLatin1Char('\n'), QStringLiteral("; "));
    setAccessibleDescription(lines.join(QLatin1Char('\n'))); // the picture's text alternative
}

void SweepChart::setShownK(int k)
{
    m_shownK = k;
    rebuild();
}

void SweepChart::clear()
{
    if (m_points.isEmpty() && m_suggestedK == 0 && m_shownK == 0)
        return; // drawn empty already: a new chart costs milliseconds of the GUI thread
    m_points.clear();
    m_suggestedK = 0;
    m_shownK = 0;
    setAccessibleDescription({});
    rebuild();
}

QString SweepChart::tipFor(int k) const
{
    const QLocale locale;
    const auto number = [&locale](const std::optional<double>& value, int decimals) {
        return value ? locale.toString(*value, 'f', decimals) : tr("n/a");
    };
    for (const SweepChartPoint& point : m_points) {
        if (point.k != k)
            continue;
        QString tip = tr("k = %1\nInertia: %2\nSilhouette: %3\nCalinski–Harabasz: %4\nDavies–Bouldin: %5")
                          .arg(locale.toString(k), locale.toString(point.inertia, 'f', 1), number(point.silhouette, 3),
                               number(point.calinskiHarabasz, 1), number(point.daviesBouldin, 3));
        if (k == m_suggestedK)
            tip += QLatin1Char('\n') + tr("Suggested k");
        return tip + QLatin1Char('\n') + tr("Click to show these clusters.");
    }
    return {};
}

void SweepChart::activate(int k)
{
    if (std::any_of(m_points.cbegin(), m_points.cend(), [k](const SweepChartPoint& p) { return p.k == k; }))
        emit kActivated(k);
}

bool SweepChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Left || key == Qt::Key_Right) && m_shownK > 0) {
            activate(m_shownK + (key == Qt::Key_Left ? -1 : 1));
            return true;
        }
    }
    return AxisChart::eventFilter(watched, event);
}

int SweepChart::nearestK(double x) const
{
    int nearest = 0;
    double distance = std::numeric_limits<double>::max();
    for (const SweepChartPoint& point : m_points) {
        if (std::abs(point.k - x) < distance) {
            distance = std::abs(point.k - x);
            nearest = point.k;
        }
    }
    return nearest;
}

void SweepChart::rebuild()
{
    clearChart();
    auto* ks = new QValueAxis;
    auto* inertiaAxis = new QValueAxis;
    auto* silhouetteAxis = new QValueAxis;
    const QColor inertiaColor = ChartTheme::seriesColor(0);
    const QColor silhouetteColor = ChartTheme::seriesColor(1);
    auto* inertia = new QLineSeries;
    inertia->setName(tr("Inertia"));
    inertia->setPen(QPen(inertiaColor, 2.0));
    inertia->setPointsVisible(true);
    auto* silhouette = new QLineSeries;
    silhouette->setName(tr("Silhouette"));
    silhouette->setPen(QPen(silhouetteColor, 2.0));
    silhouette->setPointsVisible(true);
    double high = 1;
    for (const SweepChartPoint& point : m_points)
        high = std::max(high, point.inertia);
    // Large inertias in thousands: their labels fit beside a narrow chart.
    const double unit = high >= 1e4 ? 1000.0 : 1.0;
    high /= unit;
    for (const SweepChartPoint& point : m_points) {
        inertia->append(point.k, point.inertia / unit);
        if (point.silhouette)
            silhouette->append(point.k, *point.silhouette);
    }
    auto* suggested = new QScatterSeries;
    suggested->setName(tr("Suggested k"));
    suggested->setMarkerShape(QScatterSeries::MarkerShapeStar);
    suggested->setMarkerSize(18);
    suggested->setColor(ChartTheme::seriesColor(2));
    suggested->setBorderColor(ChartTheme::seriesColor(2));
    auto* shown = new QScatterSeries;
    shown->setName(tr("Shown"));
    shown->setMarkerSize(16);
    shown->setColor(Qt::transparent);
    shown->setBorderColor(palette().color(QPalette::Text));
    for (const SweepChartPoint& point : m_points) {
        if (point.k == m_suggestedK)
            suggested->append(point.k, point.inertia / unit);
        if (point.k == m_shownK)
            shown->append(point.k, point.inertia / unit);
    }
    const int kMin = m_points.isEmpty() ? 2 : m_points.constFirst().k;
    const int kMax = m_points.isEmpty() ? 10 : m_points.constLast().k;
    ks->setRange(kMin - 0.5, kMax + 0.5);
    ks->setTickType(QValueAxis::TicksDynamic);
    ks->setTickAnchor(kMin);
    ks->setTickInterval(std::max(1, (kMax - kMin + 8) / 8));
    ks->setLabelFormat(QStringLiteral("%.0f"));
    ks->setTitleText(tr("Number of clusters (k)"));
    inertiaAxis->setRange(0, high * 1.08);
    inertiaAxis->applyNiceNumbers();
    inertiaAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Qt Charts elides the widest label ("10,0…") when it sizes the axis before the layout settles.
    inertiaAxis->setTruncateLabels(false);
    inertiaAxis->setTitleText(unit > 1 ? tr("Inertia (thousands)") : tr("Inertia"));
    inertiaAxis->setTitleBrush(inertiaColor);
    silhouetteAxis->setRange(0, 1);
    silhouetteAxis->setTickCount(6);
    silhouetteAxis->setLabelFormat(QStringLiteral("%.1f"));
    silhouetteAxis->setTitleText(tr("Silhouette"));
    silhouetteAxis->setTitleBrush(silhouetteColor);
    m_chart->addAxis(ks, Qt::AlignBottom);
    m_chart->addAxis(inertiaAxis, Qt::AlignLeft);
    m_chart->addAxis(silhouetteAxis, Qt::AlignRight);
    for (QXYSeries* series : std::initializer_list<QXYSeries*>{inertia, silhouette, suggested, shown}) {
        m_chart->addSeries(series);
        series->attachAxis(ks);
        series->attachAxis(series == silhouette ? silhouetteAxis : inertiaAxis);
        connect(series, &QXYSeries::clicked, this, [this](const QPointF& point) { activate(nearestK(point.x())); });
        connect(series, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tipFor(nearestK(point.x())), this);
            else
                QToolTip::hideText();
        });
    }
    // The axis titles carry the lines' colours; the title names the suggested k (the star).
    m_chart->legend()->setVisible(false);
    m_chart->setTitle(m_suggestedK > 0 ? tr("Choosing k: %1 suggested").arg(m_suggestedK) : title());
}

} // namespace swb
