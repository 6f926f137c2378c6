// The Dashboard's field distribution: one segment against the whole base for a chosen field, as shares so that the
// two compare (a histogram for numbers and dates, the top values for text, yes/no for booleans, unknown as its own
// bar). Computed in the background by DistributionService; a newer choice supersedes the one still running.
#pragma once

#include "model/analytics/distributioncalculator.h"

#include <QColor>
#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTimer;

namespace swb {

class BarChart;
class DistributionService;

class DistributionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionPanel(QWidget* parent = nullptr);
    ~DistributionPanel() override;

    // Another workspace (or the same one with new data): the loaded data is dropped. Empty path: nothing open.
    void setWorkspace(const QString& workspacePath, const QList<FieldInfo>& fields);
    // The saved segments to choose from (the choice is kept when its segment is still there), drawn in `colors`.
    void setSegments(const QStringList& names, const QHash<QString, QColor>& colors);
    // Compares the segment `name` from now on (when it is listed).
    void chooseSegment(const QString& name);

    QComboBox* segmentChoice() const { return m_segmentChoice; }
    QComboBox* fieldChoice() const { return m_fieldChoice; }
    BarChart* chart() const { return m_chart; }
    QLabel* noteLabel() const { return m_note; }
    bool isComputing() const;
    // What the chart shows; nothing before the first result or after an error.
    const std::optional<FieldDistribution>& distribution() const { return m_distribution; }
    QString shownSegment() const { return m_shownSegment; }

signals:
    // A distribution (or an error in the note) is shown for the current choice.
    void shown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRecompute();
    void recompute();
    void onFinished(const FieldDistribution& distribution, const QString& segment);
    void onFailed(const QString& error);
    void draw();
    QString binningNote() const;

    DistributionService* m_service = nullptr;
    QComboBox* m_segmentChoice = nullptr;
    QComboBox* m_fieldChoice = nullptr;
    BarChart* m_chart = nullptr;
    QLabel* m_note = nullptr;
    QTimer* m_timer = nullptr;
    QString m_path;
    QHash<QString, QColor> m_colors;
    std::optional<FieldDistribution> m_distribution;
    QString m_shownSegment;
    bool m_dirty = false;
};

} // namespace swb
