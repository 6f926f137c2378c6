// A square table of counts with the share of the row in each cell, shaded by that share (segment overlaps:
// row A, column B = customers in both; the diagonal is the segment's size). A MatrixHeatmap with the same labels on
// both sides; clicking a cell emits cellActivated; arrow keys move, Enter activates.
#pragma once

#include "ui/charts/matrixheatmap.h"

namespace swb {

class Heatmap : public MatrixHeatmap
{
    Q_OBJECT

public:
    explicit Heatmap(QWidget* parent = nullptr);

    // `counts[row][column]`; a row's share is counts[row][column] / counts[row][row].
    void setData(const QStringList& labels, const QList<QList<qint64>>& counts);

    QStringList labels() const { return rowLabels(); }
    // The share of row `row` in column `column` (0 when the row is empty).
    double rowShare(int row, int column) const;

protected:
    QString cellText(int row, int column) const override;
    double cellShade(int row, int column) const override;
    QString cellToolTip(int row, int column) const override;
};

} // namespace swb
