#include "ui/report/segmentpage.h"

#include "ui/charts/chartpainter.h"
#include "ui/charts/charttheme.h"
#include "ui/charts/linechart.h"
#include "ui/dashboard/kpitablemodel.h"
#include "ui/report/reportcanvas.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace swb {

namespace {

const QColor muted(0x60, 0x60, 0x60);

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

SegmentPage::SegmentPage(const ReviewData& data, const KpiTableModel& model, ReportCanvas& canvas)
    : m_data(data)
    , m_model(model)
    , m_canvas(canvas)
{ }

void SegmentPage::draw(int index)
{
    const ReviewSegment& segment = m_data.segments.at(index);
    const QRectF body = m_canvas.body();
    const QLocale locale;
    double y = m_canvas.heading(segment.name, body.top(), 18);
    const KpiSet& set = m_data.kpis.segments.at(index);
    const QString share = set.share ? percent(*set.share) : tr("n/a");
    const QString kind = segment.kind == SegmentKind::Static ? tr("static") : tr("dynamic");
    //: Under a segment's name: its number in the report, its kind (dynamic/static), its size and share of all.
    y = m_canvas.paragraph(tr("Segment %1 of %2 · %3 · %4 customers (%5 of all)")
                               .arg(locale.toString(index + 1), locale.toString(m_data.segments.size()), kind,
                                    locale.toString(set.size), share),
                           y - 4, m_canvas.font(9), -1, muted);
    y = m_canvas.paragraph(tr("Definition"), y + 8, m_canvas.font(10, true));
    const double definitionSize = segment.definition.size() > 600 ? 8 : 10;
    y = m_canvas.paragraph(segment.definition.isEmpty() ? tr("All customers.") : segment.definition, y + 2,
                           m_canvas.font(definitionSize));
    if (!segment.note.isEmpty())
        y = m_canvas.paragraph(segment.note, y + 4, m_canvas.font(9), -1, muted);

    const double gap = 20;
    const double half = (body.width() - gap) / 2;
    const double bottomHeight = 200;
    const double middleHeight = std::max(200.0, std::min(300.0, body.bottom() - y - 14 - bottomHeight));
    const QRectF left(body.left(), y + 14, half, middleHeight);
    const double below = kpis(index, left);
    trend(segment, QRectF(body.left() + half + gap, y + 14, half, middleHeight));
    const double top = std::max(below, y + 14 + middleHeight) + 12;
    differences(segment, QRectF(body.left(), top, body.width(), body.bottom() - top));
}

double SegmentPage::kpis(int index, const QRectF& area)
{
    double y = m_canvas.paragraph(tr("KPIs against all customers"), area.top(), m_canvas.font(10, true));
    ReportTable table;
    table.headers = QStringList{tr("KPI"), tr("This segment"), tr("All customers"), tr("Lift (100 = same)")};
    table.widths = QList<double>{2.2, 1.3, 1.3, 1.0};
    table.fontSize = 8.5;
    table.fitContent = true;
    const QLocale locale;
    const int row = index + 1;
    for (int column = KpiTableModel::Size; column < KpiTableModel::ColumnCount; ++column) {
        const QModelIndex own = m_model.index(row, column);
        const QVariant lift = own.data(KpiTableModel::LiftRole);
        table.rows << QStringList{m_model.headerData(column, Qt::Horizontal).toString(), own.data().toString(),
                                  m_model.index(0, column).data().toString(),
                                  lift.isValid() ? locale.toString(lift.toDouble(), 'f', 0) : QStringLiteral("–")};
        const QVariant fill = own.data(Qt::BackgroundRole);
        table.backgrounds << QList<QColor>{QColor(), QColor(), QColor(), fill.value<QColor>()};
    }
    return m_canvas.table(table, QRectF(area.left(), y + 4, area.width(), area.bottom() - y), 0,
                          int(table.rows.size()));
}

void SegmentPage::trend(const ReviewSegment& segment, const QRectF& area)
{
    const QString title = tr("Customers at each month end, last %n month(s)", nullptr, m_data.months);
    if (!segment.trend) {
        missing(title, segment.trendMissing, area);
        return;
    }
    LineSeriesData line;
    line.name = segment.name;
    line.color
        = QColor::fromString(segment.color).isValid() ? QColor::fromString(segment.color) : ChartTheme::seriesColor(0);
    line.markers = true;
    for (int i = 0; i < segment.trend->dates.size() && i < segment.trend->sizes.size(); ++i)
        line.points << qMakePair(segment.trend->dates.at(i), double(segment.trend->sizes.at(i)));
    LineChart chart;
    chart.setTitle(title);
    chart.setValueAxisTitle(tr("Customers"));
    chart.setSeries({line});
    // The note is a paragraph of its own: as the chart's axis title it would be cut short.
    const QFont small = m_canvas.font(7.5);
    const double noteHeight
        = m_data.trendNote.isEmpty() ? 0.0 : QFontMetricsF(small, m_canvas.painter().device()).height() * 3 + 4;
    ChartPainter::paint(&chart, &m_canvas.painter(), area.adjusted(0, 0, 0, -noteHeight));
    if (noteHeight > 0)
        m_canvas.paragraph(m_data.trendNote, area.bottom() - noteHeight + 4, small, area.width(), muted, area.left());
}

void SegmentPage::differences(const ReviewSegment& segment, const QRectF& area)
{
    const QString title = tr("Where this segment differs most from all customers");
    if (segment.differences.isEmpty()) {
        missing(title, segment.differencesMissing.isEmpty() ? tr("No field differs.") : segment.differencesMissing,
                area);
        return;
    }
    const double y = m_canvas.paragraph(title, area.top(), m_canvas.font(10, true));
    ReportTable table;
    table.headers = QStringList{tr("Field"), tr("Value"), tr("In this segment"), tr("Of all customers"),
                                tr("Difference (percentage points)")};
    table.widths = QList<double>{2.0, 2.4, 1.0, 1.0, 1.6};
    table.leftAligned = 2;
    table.fitContent = true;
    const QLocale locale;
    for (const ReviewDifference& difference : segment.differences) {
        const QString points
            = (difference.points > 0 ? QStringLiteral("+") : QString()) + locale.toString(difference.points, 'f', 1);
        table.rows << QStringList{difference.field, difference.bin, percent(difference.segmentShare),
                                  percent(difference.baseShare), points};
    }
    const int fitting = m_canvas.rowsFitting(table, area.width(), area.bottom() - y - 4);
    m_canvas.table(table, QRectF(area.left(), y + 4, area.width(), area.bottom() - y), 0, fitting);
}

void SegmentPage::missing(const QString& title, const QString& reason, const QRectF& area)
{
    const double y
        = m_canvas.paragraph(title, area.top(), m_canvas.font(10, true), area.width(), QColor(), area.left());
    m_canvas.paragraph(tr("Not available: %1").arg(reason), y + 6, m_canvas.font(9), area.width(), muted, area.left());
}

} // namespace swb
