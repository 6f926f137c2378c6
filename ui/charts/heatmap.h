// A square table of counts with the share of the row in each cell, shaded by that share (segment overlaps:
// row A, column B = customers in both; the diagonal is the segment's size). Painted by hand: Qt Charts has no
// heat map. Clicking a cell emits cellActivated; arrow keys move, Enter activates.
#pragma once

#include "ui/charts/chartpanel.h"

#include <QList>
#include <QStringList>

namespace swb {

class HeatmapView;

class Heatmap : public ChartPanel
{
    Q_OBJECT

public:
    explicit Heatmap(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // `counts[row][column]`; a row's share is counts[row][column] / counts[row][row].
    void setData(const QStringList& labels, const QList<QList<qint64>>& counts);

    QStringList labels() const { return m_labels; }
    QList<QList<qint64>> counts() const { return m_counts; }
    // The share of row `row` in column `column` (0 when the row is empty).
    double rowShare(int row, int column) const;
    // Where cell (row, column) is drawn, in this widget's coordinates (tests click it).
    QRect cellRect(int row, int column) const;

signals:
    void cellActivated(int row, int column);

private:
    friend class HeatmapView;
    QStringList m_labels;
    QList<QList<qint64>> m_counts;
    HeatmapView* m_view = nullptr;
};

} // namespace swb
