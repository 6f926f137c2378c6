// The pages of the review report drawn on a ReportCanvas one at a time (so that a window stays responsive while a
// long report is written): the title page, the KPI table (continued on as many pages as it needs), the Dashboard's
// charts and one page per segment. Strings are in ReviewReportWriter's translation context.
#pragma once

#include "model/analytics/reviewreport.h"
#include "ui/dashboard/kpitablemodel.h"
#include "ui/report/reportcanvas.h"

#include <QList>

#include <memory>
#include <vector>

namespace swb {

class ChartPanel;
class DashboardCharts;
class Heatmap;

class ReportPages
{
public:
    ReportPages(const ReviewData& data, ReportCanvas& canvas);
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    int pageCount() const;
    // Draws page `index` (0-based) on the canvas' current page.
    void draw(int index);

private:
    int kpiPageCount() const;
    int chartPageCount() const;
    void titlePage();
    void kpiPage(int index);
    void chartPage(int index);
    void chartsPage(const QString& heading, const QList<ChartPanel*>& charts, const QString& note = {});
    void makeCharts();

    const ReviewData& m_data;
    ReportCanvas& m_canvas;
    KpiTableModel m_model;
    ReportTable m_table;
    int m_rowsPerPage = 1;
    std::unique_ptr<DashboardCharts> m_charts;
    std::vector<std::unique_ptr<ChartPanel>> m_panels; // sizes, KPI, shares: taken out of m_charts' layout
    std::unique_ptr<Heatmap> m_overlap;
    QString m_drawnNote;
    QString m_overlapNote;
};

} // namespace swb
