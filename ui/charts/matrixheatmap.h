// A rows × columns table of counts shaded by each cell's count against the largest, with an optional caption per
// cell (the RFM grid's group names) and axis titles (R score, FM score; from group, to group). Painted by hand: Qt
// Charts has no heat map. Clicking a cell emits cellActivated; arrow keys move, Enter activates. The Dashboard's
// overlap Heatmap is one, with its own cell texts and shades.
#pragma once

#include "ui/charts/chartpanel.h"

#include <QList>
#include <QStringList>

namespace swb {

class MatrixHeatmapView;

class MatrixHeatmap : public ChartPanel
{
    Q_OBJECT

public:
    explicit MatrixHeatmap(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // "R score" along the rows (left), "FM score" along the columns (top).
    void setAxisTitles(const QString& rows, const QString& columns);
    // `counts[row][column]`; `captions[row][column]` (optional) is drawn above the count.
    void setData(const QStringList& rowLabels, const QStringList& columnLabels, const QList<QList<qint64>>& counts,
                 const QList<QStringList>& captions = {});
    // What the view says where there are no cells.
    void setEmptyText(const QString& text);

    const QStringList& rowLabels() const { return m_rowLabels; }
    const QStringList& columnLabels() const { return m_columnLabels; }
    const QList<QList<qint64>>& counts() const { return m_counts; }
    QString caption(int row, int column) const { return m_captions.value(row).value(column); }
    QString rowTitle() const { return m_rowTitle; }
    QString columnTitle() const { return m_columnTitle; }
    // Where cell (row, column) is drawn, in this widget's coordinates (tests click it).
    QRect cellRect(int row, int column) const;

signals:
    void cellActivated(int row, int column);

protected:
    // What a cell shows (default: its caption, if any, above its count), how dark it is in 0 … 1 (default: its count
    // against the largest) and its tooltip: a subclass such as the overlap Heatmap draws other figures.
    virtual QString cellText(int row, int column) const;
    virtual double cellShade(int row, int column) const;
    virtual QString cellToolTip(int row, int column) const;

private:
    friend class MatrixHeatmapView;
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QList<QList<qint64>> m_counts;
    QList<QStringList> m_captions;
    QString m_rowTitle;
    QString m_columnTitle;
    QString m_emptyText;
    qint64 m_max = 0;
    MatrixHeatmapView* m_view = nullptr;
};

} // namespace swb
