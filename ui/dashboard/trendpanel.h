// The Dashboard's Trend tab: the chosen segments' size or one KPI over time from two sources drawn together — their
// snapshots (solid, with a dot per snapshot; entered/left in the tooltip) and the back-calculation from the order
// lines as of each month or week end (dashed), with the note that other fields are taken as today.
#pragma once

#include "model/analytics/trendservice.h"
#include "model/jobs/latestjob.h"
#include "model/jobs/segmenttasks.h"
#include "ui/charts/linechart.h"

#include <QColor>
#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace swb {

class SegmentOperations;

class TrendPanel : public QWidget
{
    Q_OBJECT

public:
    // At most this many segments are drawn (each has two lines).
    static constexpr int maxDrawn = 8;

    explicit TrendPanel(QWidget* parent = nullptr);
    ~TrendPanel() override;

    void setSession(SegmentOperations* session);
    // The segments to draw with their colours (invalid: the palette's). Computed now when the panel is shown, else
    // when it is next shown.
    void setSegments(const QList<QPair<QString, QColor>>& segments);
    // Recomputes both sources (the data, the segments or the as-of date changed).
    void refresh();
    void clear();

    LineChart* chart() const { return m_chart; }
    QComboBox* kpiChoice() const { return m_kpi; }
    QSpinBox* monthsChoice() const { return m_months; }
    QComboBox* stepChoice() const { return m_step; }
    // What the status line says ("Back-calculating… 40%", the reason a source is missing).
    QString status() const;
    bool isComputing() const;
    // The back-calculated result drawn, if any (tests compare it with `swb trend`).
    const std::optional<TrendResult>& backCalculation() const { return m_result; }

signals:
    // Both sources have answered (or failed) for the latest request.
    void updated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void startBackCalculation();
    void startSnapshots();
    void redraw();
    void updateStatus();
    QList<LineSeriesData> snapshotLines(const QString& key) const;
    QList<LineSeriesData> backCalculatedLines(const QString& key) const;

    SegmentOperations* m_session = nullptr;
    TrendService* m_trend = nullptr;
    LatestJob<SnapshotHistories> m_histories{this};
    QList<QPair<QString, QColor>> m_segments;
    QComboBox* m_kpi = nullptr;
    QSpinBox* m_months = nullptr;
    QComboBox* m_step = nullptr;
    QLabel* m_status = nullptr;
    LineChart* m_chart = nullptr;
    QLabel* m_note = nullptr;
    std::optional<TrendResult> m_result;
    QString m_trendError;
    int m_trendPercent = -1; // -1: not running
    std::optional<SnapshotHistories> m_snapshots;
    bool m_snapshotsRunning = false;
    bool m_stale = false; // the segments or the data changed while the panel was hidden
};

} // namespace swb
