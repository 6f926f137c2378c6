#include "ui/charts/scatterplot.h"

#include "ui/charts/charttheme.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swb {

namespace {

// Round tick values covering [low, high]: about `count` of them at 1, 2 or 5 times a power of ten.
QList<double> ticks(double low, double high, int count)
{
    QList<double> values;
    const double span = high - low;
    if (!(span > 0))
        return values;
    const double raw = span / std::max(1, count);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / power < 1.5 ? power
        : raw / power < 3.5               ? 2 * power
        : raw / power < 7.5               ? 5 * power
                                          : 10 * power;
    for (double value = std::ceil(low / step) * step; value <= high + step * 1e-9; value += step)
        values << (std::abs(value) < step * 1e-9 ? 0.0 : value);
    return values;
}

} // namespace

class ScatterPlotView : public QWidget
{
public:
    explicit ScatterPlotView(ScatterPlot* owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setMouseTracking(true);
        setMinimumSize(240, 200);
    }

protected:
    void paintEvent(QPaintEvent*) override;
    void mouseMoveEvent(QMouseEvent* event) override
    {
        const int index = pointAt(event->position());
        if (index < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), m_owner->tipFor(index), this);
    }

private:
    struct Frame
    {
        QRectF plot;
        double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
        QPointF map(const QPointF& p) const
        {
            return {plot.left() + (p.x() - xMin) / (xMax - xMin) * plot.width(),
                    plot.bottom() - (p.y() - yMin) / (yMax - yMin) * plot.height()};
        }
    };
    Frame frame() const;
    int legendHeight() const;
    int legendColumns() const;
    int legendRowHeight() const;
    int pointAt(const QPointF& position) const
    {
        const Frame f = frame();
        int nearest = -1;
        double best = 36.0; // within 6 px
        for (qsizetype i = 0; i < m_owner->m_points.size(); ++i) {
            const QPointF d = f.map(m_owner->m_points[i]) - position;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (distance < best) {
                best = distance;
                nearest = int(i);
            }
        }
        return nearest;
    }
    void paintLegend(QPainter& painter);

    ScatterPlot* m_owner;
};

// A legend entry: the group's name and its number of customers.
static QString legendLabel(const ScatterGroup& group)
{
    //: A cluster in the legend of the scatter chart: its name and its number of customers.
    return ScatterPlot::tr("%1 (%2)").arg(group.name, QLocale().toString(group.size));
}

// Legend entries side by side, as many as fit with the longest entry in full (at least 200 px each).
int ScatterPlotView::legendColumns() const
{
    const QFontMetrics metrics(font());
    int widest = 200;
    for (const ScatterGroup& group : m_owner->m_groups)
        widest = std::max(widest, metrics.horizontalAdvance(legendLabel(group)) + 24);
    return std::clamp((width() - 16) / widest, 1, std::max(1, int(m_owner->m_groups.size())));
}

// One line per entry, two when the longest entry does not fit its column even alone.
int ScatterPlotView::legendRowHeight() const
{
    const QFontMetrics metrics(font());
    const int textWidth = (width() - 16) / legendColumns() - 20;
    int lines = 1;
    for (const ScatterGroup& group : m_owner->m_groups) {
        if (metrics.horizontalAdvance(legendLabel(group)) > textWidth)
            lines = 2;
    }
    return metrics.height() * lines + 6;
}

int ScatterPlotView::legendHeight() const
{
    const int groups = int(m_owner->m_groups.size());
    const int columns = legendColumns();
    return groups == 0 ? 0 : legendRowHeight() * ((groups + columns - 1) / columns);
}

ScatterPlotView::Frame ScatterPlotView::frame() const
{
    Frame f;
    const QFontMetrics metrics(font());
    const int title = m_owner->title().isEmpty() ? 0 : metrics.height() + 8;
    f.plot = QRectF(metrics.height() * 2 + metrics.horizontalAdvance(QStringLiteral("-0.0")) + 8, title + 6, 0, 0);
    f.plot.setRight(width() - 12);
    f.plot.setBottom(height() - legendHeight() - metrics.height() * 2 - 14);
    double xLow = std::numeric_limits<double>::max(), xHigh = std::numeric_limits<double>::lowest();
    double yLow = xLow, yHigh = xHigh;
    for (const QPointF& p : m_owner->m_points) {
        xLow = std::min(xLow, p.x());
        xHigh = std::max(xHigh, p.x());
        yLow = std::min(yLow, p.y());
        yHigh = std::max(yHigh, p.y());
    }
    if (m_owner->m_points.isEmpty() || !(xHigh > xLow) || !(yHigh > yLow))
        return f;
    const double xPad = (xHigh - xLow) * 0.04;
    const double yPad = (yHigh - yLow) * 0.04;
    f.xMin = xLow - xPad;
    f.xMax = xHigh + xPad;
    f.yMin = yLow - yPad;
    f.yMax = yHigh + yPad;
    return f;
}

void ScatterPlotView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::Text);
    if (!m_owner->title().isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QRect(0, 2, width(), metrics.height() + 6), Qt::AlignHCenter | Qt::AlignTop, m_owner->title());
        painter.setFont(font());
    }
    const Frame f = frame();
    const QLocale locale;
    QColor grid = text;
    grid.setAlphaF(0.15);
    for (const double x : ticks(f.xMin, f.xMax, 6)) {
        const double px = f.map({x, f.yMin}).x();
        painter.setPen(grid);
        painter.drawLine(QPointF(px, f.plot.top()), QPointF(px, f.plot.bottom()));
        painter.setPen(text);
        painter.drawText(QRectF(px - 30, f.plot.bottom() + 2, 60, metrics.height()), Qt::AlignHCenter,
                         locale.toString(x, 'g', 3));
    }
    for (const double y : ticks(f.yMin, f.yMax, 5)) {
        const double py = f.map({f.xMin, y}).y();
        painter.setPen(grid);
        painter.drawLine(QPointF(f.plot.left(), py), QPointF(f.plot.right(), py));
        painter.setPen(text);
        painter.drawText(QRectF(metrics.height() + 2, py - metrics.height() / 2.0, f.plot.left() - metrics.height() - 6,
                                metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(y, 'g', 3));
    }
    painter.setPen(grid);
    painter.drawRect(f.plot);
    painter.setPen(text);
    painter.drawText(QRectF(f.plot.left(), f.plot.bottom() + metrics.height() + 4, f.plot.width(), metrics.height()),
                     Qt::AlignHCenter, metrics.elidedText(m_owner->m_xTitle, Qt::ElideRight, int(f.plot.width())));
    painter.save();
    painter.translate(2, f.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-f.plot.height() / 2, 0, f.plot.height(), metrics.height()), Qt::AlignHCenter,
                     metrics.elidedText(m_owner->m_yTitle, Qt::ElideRight, int(f.plot.height())));
    painter.restore();
    // One batch of points per group, without antialiasing: 20,000 points paint in a few milliseconds, so the window
    // stays responsive while it redraws (ellipses one by one took ~100 ms).
    painter.setClipRect(f.plot);
    const qsizetype n = m_owner->m_points.size();
    QList<QPolygonF> batches(std::max<qsizetype>(1, m_owner->m_groups.size()));
    for (qsizetype i = 0; i < n; ++i) {
        const int group = std::clamp(m_owner->m_groupOf.value(i), 0, int(batches.size()) - 1);
        batches[group] << f.map(m_owner->m_points[i]);
    }
    for (int group = 0; group < batches.size(); ++group) {
        // Opaque: blending 20,000 translucent squares costs several times as much.
        painter.setPen(QPen(m_owner->colorOf(group), n > 5000 ? 3.0 : 4.0, Qt::SolidLine, Qt::SquareCap));
        painter.drawPoints(batches[group]);
    }
    painter.setClipping(false);
    paintLegend(painter);
}

void ScatterPlotView::paintLegend(QPainter& painter)
{
    const QFontMetrics metrics(font());
    const int rowHeight = legendRowHeight();
    const int columns = legendColumns();
    const int columnWidth = (width() - 16) / columns;
    const int top = height() - legendHeight();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int g = 0; g < m_owner->m_groups.size(); ++g) {
        const QRect cell(8 + (g % columns) * columnWidth, top + (g / columns) * rowHeight, columnWidth, rowHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_owner->colorOf(g));
        painter.drawEllipse(QPointF(cell.left() + 6, cell.center().y()), 5, 5);
        painter.setPen(palette().color(QPalette::Text));
        const QString label = legendLabel(m_owner->m_groups[g]);
        // Wrapped onto the row's lines; only a label longer than two lines is cut in the middle.
        const QRect text = cell.adjusted(16, 0, -4, 0);
        const bool fits = metrics.boundingRect(text, Qt::TextWordWrap, label).height() <= text.height();
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         fits ? label : metrics.elidedText(label, Qt::ElideMiddle, 2 * text.width() - 20));
    }
}

ScatterPlot::ScatterPlot(QWidget* parent)
    : ChartPanel(parent)
    , m_view(new ScatterPlotView(this))
{
    setView(m_view);
}

void ScatterPlot::setTitle(const QString& title)
{
    setTitleText(title);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
    m_view->update();
}

void ScatterPlot::setAxisTitles(const QString& x, const QString& y)
{
    m_xTitle = x;
    m_yTitle = y;
    m_view->update();
}

void ScatterPlot::setData(const QList<QPointF>& points, const QList<int>& groupOfPoint, const QStringList& names,
                          const QList<ScatterGroup>& groups)
{
    m_points = points;
    m_groupOf = groupOfPoint;
    m_names = names;
    m_groups = groups;
    m_view->update();
    // Thousands of points do not read aloud: each group's size, points and centre stand for them.
    const QLocale locale;
    QStringList lines;
    for (int g = 0; g < m_groups.size(); ++g) {
        double x = 0;
        double y = 0;
        int shown = 0;
        for (int i = 0; i < m_points.size() && i < m_groupOf.size(); ++i) {
            if (m_groupOf[i] != g)
                continue;
            x += m_points[i].x();
            y += m_points[i].y();
            ++shown;
        }
        // Two source texts, so that English reads right without a translation file.
        const QString line = shown == 1 ? tr("%1 (%2): %n point drawn, centred at %3 %4, %5 %6", nullptr, shown)
                                        : tr("%1 (%2): %n points drawn, centred at %3 %4, %5 %6", nullptr, shown);
        lines << line.arg(m_groups[g].name, locale.toString(m_groups[g].size), m_xTitle,
                          locale.toString(shown > 0 ? x / shown : 0.0, 'f', 2), m_yTitle,
                          locale.toString(shown > 0 ? y / shown : 0.0, 'f', 2));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n'))); // the picture's text alternative
}

void ScatterPlot::setNames(const QStringList& names)
{
    m_names = names;
}

void ScatterPlot::clear()
{
    setData({}, {}, {}, {});
}

QColor ScatterPlot::colorOf(int group) const
{
    const QColor color = group >= 0 && group < m_groups.size() ? m_groups[group].color : QColor();
    return color.isValid() ? color : ChartTheme::seriesColor(group);
}

QString ScatterPlot::tipFor(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    const int group = m_groupOf.value(index);
    const QString groupName = group >= 0 && group < m_groups.size() ? m_groups[group].name : QString();
    const QString name = m_names.value(index);
    if (name.isEmpty())
        return groupName;
    //: Tooltip of a point of the scatter chart: the customer's key, then the cluster's name.
    return tr("Customer %1\n%2").arg(name, groupName);
}

} // namespace swb
