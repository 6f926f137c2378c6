#include "ui/report/reportpages.h"

#include "ui/charts/barchart.h"
#include "ui/charts/chartpainter.h"
#include "ui/charts/heatmap.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/report/reviewreportwriter.h"
#include "ui/report/segmentpage.h"

#include <QBrush>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace swb {

namespace {

// The KPI table's layout: the same table for the whole report, so pages can be counted before drawing.
ReportTable kpiTable(const KpiTableModel& model)
{
    ReportTable table;
    table.fontSize = 8;
    table.wrapFirst = true;
    table.fitContent = true;
    for (int column = 0; column < KpiTableModel::ColumnCount; ++column) {
        table.headers << model.headerData(column, Qt::Horizontal).toString();
        table.widths << (column == KpiTableModel::Name ? 2.2 : 1.0);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        QList<QColor> fills;
        for (int column = 0; column < KpiTableModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            cells << index.data().toString();
            const QVariant fill = index.data(Qt::BackgroundRole);
            fills << (fill.canConvert<QBrush>() ? fill.value<QBrush>().color() : fill.value<QColor>());
        }
        table.rows << cells;
        table.backgrounds << fills;
    }
    return table;
}

// The overlap heatmap stays readable for this many segments; more are left out of it (the KPI table has them all).
constexpr int maxOverlapDrawn = 12;
// Up to this many segments, the share chart and the heatmap share a page.
constexpr int maxSharedChartPage = 6;
const QColor muted(0x60, 0x60, 0x60);

} // namespace

ReportPages::ReportPages(const ReviewData& data, ReportCanvas& canvas)
    : m_data(data)
    , m_canvas(canvas)
{
    m_model.setReport(data.kpis);
    m_table = kpiTable(m_model);
    // The heading and the legend below the table take about five rows.
    const QRectF body = canvas.body();
    m_rowsPerPage = std::max(1, canvas.rowsFitting(m_table, body.width(), body.height()) - 5);
}

ReportPages::~ReportPages() = default;

int ReportPages::kpiPageCount() const
{
    return int((m_table.rows.size() + m_rowsPerPage - 1) / m_rowsPerPage);
}

int ReportPages::chartPageCount() const
{
    return m_data.segments.size() <= maxSharedChartPage ? 2 : 3;
}

int ReportPages::pageCount() const
{
    return 1 + kpiPageCount() + chartPageCount() + int(m_data.segments.size());
}

void ReportPages::draw(int index)
{
    if (index == 0) {
        titlePage();
        return;
    }
    index -= 1;
    if (index < kpiPageCount()) {
        kpiPage(index);
        return;
    }
    index -= kpiPageCount();
    if (index < chartPageCount()) {
        chartPage(index);
        return;
    }
    index -= chartPageCount();
    SegmentPage(m_data, m_model, m_canvas).draw(index);
}

void ReportPages::titlePage()
{
    const QLocale locale;
    const QRectF body = m_canvas.body();
    double y = body.top() + 80;
    y = m_canvas.paragraph(ReviewReportWriter::tr("Segment review"), y, m_canvas.font(30, true));
    y = m_canvas.paragraph(m_data.workspaceName, y + 6, m_canvas.font(20));
    y += 24;
    const QFont label = m_canvas.font(11);
    y = m_canvas.paragraph(ReviewReportWriter::tr("As of %1").arg(locale.toString(m_data.asOf, QLocale::LongFormat)), y,
                           label);
    y = m_canvas.paragraph(ReviewReportWriter::tr("Workspace: %1").arg(QDir::toNativeSeparators(m_data.workspacePath)),
                           y + 4, label);
    y = m_canvas.paragraph(
        ReviewReportWriter::tr("Made on %1").arg(locale.toString(m_data.madeAt, QLocale::ShortFormat)), y + 4, label);
    y += 24;
    y = m_canvas.paragraph(
        ReviewReportWriter::tr("%n segment(s) in this report:", nullptr, int(m_data.segments.size())), y,
        m_canvas.font(12, true));
    const QFont item = m_canvas.font(10);
    const double line = QFontMetricsF(item, m_canvas.painter().device()).height() + 3;
    const int count = int(m_data.kpis.segments.size());
    for (int i = 0; i < count; ++i) {
        if (y + 2 * line > body.bottom() && i + 1 < count) {
            m_canvas.paragraph(ReviewReportWriter::tr("… and %n more: see the KPI table.", nullptr, count - i), y + 3,
                               item, -1, QColor(), body.left() + 16);
            break;
        }
        const KpiSet& set = m_data.kpis.segments.at(i);
        const QString share = set.share ? locale.toString(*set.share * 100.0, 'f', 1) : ReviewReportWriter::tr("n/a");
        //: A line of the title page's segment list: name, customers, share of all customers.
        y = m_canvas.paragraph(
            ReviewReportWriter::tr("•  %1: %2 customers (%3% of all)").arg(set.name, locale.toString(set.size), share),
            y + 3, item, -1, QColor(), body.left() + 16);
    }
}

void ReportPages::kpiPage(int index)
{
    const int first = index * m_rowsPerPage;
    const QRectF body = m_canvas.body();
    double y = m_canvas.heading(first == 0 ? ReviewReportWriter::tr("KPIs of the segments and all customers")
                                           : ReviewReportWriter::tr("KPIs (continued)"),
                                body.top());
    y = m_canvas.table(m_table, QRectF(body.left(), y, body.width(), body.bottom() - y), first, m_rowsPerPage);
    const QString legend = ReviewReportWriter::tr(
        "Cells are shaded by lift against all customers: blue above, orange below (100 = the same). "
        "Money in the workspace's currency; recency in days up to the as-of date.");
    y = m_canvas.paragraph(legend, y + 10, m_canvas.font(8), -1, muted);
    if (!m_data.kpis.unavailable.isEmpty())
        m_canvas.paragraph(ReviewReportWriter::tr("Not available (n/a): %1. Give a field this role in Fields.")
                               .arg(m_data.kpis.unavailable.join(QStringLiteral("; "))),
                           y + 4, m_canvas.font(8), -1, muted);
}

void ReportPages::chartsPage(const QString& heading, const QList<ChartPanel*>& charts, const QString& note)
{
    const QRectF body = m_canvas.body();
    const double top = m_canvas.heading(heading, body.top());
    const QFont small = m_canvas.font(8);
    const double noteHeight = note.isEmpty() ? 0.0 : QFontMetricsF(small, m_canvas.painter().device()).height() * 2;
    const double gap = 20;
    const double width = (body.width() - gap * (charts.size() - 1)) / charts.size();
    const double height = body.bottom() - top - 8 - noteHeight;
    for (int i = 0; i < charts.size(); ++i)
        ChartPainter::paint(charts[i], &m_canvas.painter(),
                            QRectF(body.left() + i * (width + gap), top, width, height));
    if (!note.isEmpty())
        m_canvas.paragraph(note, body.bottom() - noteHeight, small, -1, muted);
}

void ReportPages::makeCharts()
{
    // The Dashboard's own charts, taken out of its layout so each gets its part of a page.
    m_charts = std::make_unique<DashboardCharts>();
    m_charts->setKpis(&m_model);
    for (ChartPanel* chart :
         std::initializer_list<ChartPanel*>{m_charts->sizesChart(), m_charts->kpiChart(), m_charts->shareChart()}) {
        chart->setParent(nullptr);
        m_panels.emplace_back(chart);
    }
    const int segments = int(m_data.segments.size());
    if (segments > DashboardCharts::maxDrawn)
        m_drawnNote
            = ReviewReportWriter::tr("The charts show the first %1 of the %2 segments; the KPI table lists them all.")
                  .arg(DashboardCharts::maxDrawn)
                  .arg(segments);
    m_overlap = std::make_unique<Heatmap>();
    m_overlap->setTitle(m_charts->overlapChart()->title());
    const int shown = std::min<int>(maxOverlapDrawn, int(m_data.overlap.names.size()));
    QList<QList<qint64>> counts;
    for (int row = 0; row < shown; ++row)
        counts << m_data.overlap.counts.at(row).mid(0, shown);
    m_overlap->setData(m_data.overlap.names.mid(0, shown), counts);
    if (m_data.overlap.names.size() > shown)
        m_overlapNote = ReviewReportWriter::tr("The overlaps of the first %1 of the %2 segments are shown.")
                            .arg(shown)
                            .arg(m_data.overlap.names.size());
}

void ReportPages::chartPage(int index)
{
    if (!m_charts)
        makeCharts();
    if (index == 0) {
        chartsPage(ReviewReportWriter::tr("Segment sizes and revenue per customer"),
                   {m_panels[0].get(), m_panels[1].get()}, m_drawnNote);
    } else if (chartPageCount() == 2) {
        chartsPage(ReviewReportWriter::tr("Who brings the money, and how segments overlap"),
                   {m_panels[2].get(), m_overlap.get()}, m_overlapNote);
    } else if (index == 1) {
        chartsPage(ReviewReportWriter::tr("Who brings the money"), {m_panels[2].get()}, m_drawnNote);
    } else {
        chartsPage(ReviewReportWriter::tr("How segments overlap"), {m_overlap.get()}, m_overlapNote);
    }
}

} // namespace swb
