// The RFM page's Transitions tab: how many customers of each group of one run are in each group of another, as a
// heat map; the two runs are chosen above it (the last two by default, read with the page's figures).
#pragma once

#include "model/analytics/rfmanalysis.h"

#include <QWidget>

class QComboBox;

namespace swb {

class MatrixHeatmap;
class RfmService;

class RfmTransitionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RfmTransitionsPanel(QWidget* parent = nullptr);

    // The runs of the workspace at `path` (oldest first) and the transitions between the last two; `groupOrder` is
    // the order rows and columns follow (the grid's). A pair of runs the user chose stays chosen while both exist.
    void setRuns(const QString& path, const QList<RfmRun>& runs, const std::optional<RfmTransitions>& latest,
                 const QStringList& groupOrder);
    void clear();
    // Shows the transitions from run `from` to run `to` (read in the background unless they are the last two).
    void choose(qint64 from, qint64 to);

    MatrixHeatmap* chart() const { return m_chart; }
    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    bool isReading() const;

signals:
    // The chart shows the chosen runs (or why it cannot).
    void updated();

private:
    void onChoice();
    void showTransitions(qint64 from, qint64 to, const RfmTransitions& transitions);
    void showEmpty();
    RfmRun run(qint64 id) const;

    RfmService* m_service = nullptr;
    QWidget* m_choice = nullptr;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    MatrixHeatmap* m_chart = nullptr;
    QString m_path;
    QList<RfmRun> m_runs;
    QStringList m_order;
    // The runs the user chose; 0: the last two.
    qint64 m_chosenFrom = 0;
    qint64 m_chosenTo = 0;
};

} // namespace swb
