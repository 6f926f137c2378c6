// One segment's page of the review report: its name, its definition in words, its KPIs against all customers, its
// back-calculated trend and the bins of its fields where it differs most from the base.
#pragma once

#include "model/analytics/reviewreport.h"

#include <QCoreApplication>
#include <QRectF>

namespace swb {

class KpiTableModel;
class ReportCanvas;

class SegmentPage
{
    Q_DECLARE_TR_FUNCTIONS(swb::SegmentPage)

public:
    SegmentPage(const ReviewData& data, const KpiTableModel& model, ReportCanvas& canvas);

    // Draws segment `index` of the data (row index + 1 of the model) on the canvas' current page.
    void draw(int index);

private:
    double kpis(int index, const QRectF& area);
    void trend(const ReviewSegment& segment, const QRectF& area);
    void differences(const ReviewSegment& segment, const QRectF& area);
    void missing(const QString& title, const QString& reason, const QRectF& area);

    const ReviewData& m_data;
    const KpiTableModel& m_model;
    ReportCanvas& m_canvas;
};

} // namespace swb
