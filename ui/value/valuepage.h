// The Customer value page: fit BG/NBD (purchases) and Gamma-Gamma (spend) on the workspace's orders up to a
// calibration end (in the background, with progress and Cancel), see the parameters with what they mean, the
// data-sufficiency message when the data cannot carry the models, the backtest against the later orders and the
// distributions of predicted CLV and P(alive); save the top N% by predicted CLV, or the past high spenders likely
// lost, as segments (the predictions are stored as derived fields first). Saving a segment can be undone.
#pragma once

#include "model/analytics/clvservice.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace swb {

class DashboardExport;
class SegmentOperations;
class ValueCharts;
class ValueParameterModel;

class ValuePage : public QWidget
{
    Q_OBJECT

public:
    explicit ValuePage(QWidget* parent = nullptr);
    ~ValuePage() override;

    void setSession(SegmentOperations* session);

    void fit();
    void cancel();
    bool isRunning() const;
    // Fits once with the inputs shown unless a fit is shown or running (the page's screenshot).
    void fitIfNeeded();
    const std::optional<ClvResult>& result() const { return m_result; }

    void saveTopSegment();
    void saveAtRiskSegment();

    QDateEdit* calibrationEdit() const { return m_calibration; }
    QSpinBox* horizonBox() const { return m_horizon; }
    QDoubleSpinBox* discountBox() const { return m_discount; }
    QPushButton* fitButton() const { return m_fit; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* problemLabel() const { return m_problems; }
    QSpinBox* topPercentBox() const { return m_topPercent; }
    QDoubleSpinBox* riskThresholdBox() const { return m_riskThreshold; }
    QSpinBox* highSpenderBox() const { return m_highSpenders; }
    QPushButton* saveTopButton() const { return m_saveTop; }
    QPushButton* saveRiskButton() const { return m_saveRisk; }
    QTableView* parameterView() const { return m_parameterView; }
    ValueParameterModel* parameterModel() const { return m_parameters; }
    ValueCharts* charts() const { return m_charts; }
    QUndoStack* undoStack() const { return m_undo; }
    DashboardExport* chartExport() const { return m_export; }

signals:
    // A fit finished (shown), failed or was cancelled.
    void fitShown();
    void fitFailed(const QString& error);
    void fitCanceled();
    void segmentSaved(const swb::ClvSegmentSaved& saved);
    // The predictions were stored: the window reads the workspace again.
    void workspaceDataChanged();
    void statusMessage(const QString& text);

private:
    QWidget* createControls();
    QWidget* createSegmentBox();
    void onWorkspaceChanged();
    void onFinished(const ClvResult& result);
    void onFailed(const QString& error);
    void onStopped(quint64 generation);
    void showProblems(const QStringList& problems);
    void saveSegment(bool top);
    void onSegmentSaved(const ClvSegmentSaved& saved);
    void updateButtons();

    SegmentOperations* m_session = nullptr;
    ClvService* m_service = nullptr;
    ValueParameterModel* m_parameters = nullptr;
    QUndoStack* m_undo = nullptr;
    QDateEdit* m_calibration = nullptr;
    QSpinBox* m_horizon = nullptr;
    QDoubleSpinBox* m_discount = nullptr;
    QPushButton* m_fit = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_problems = nullptr;
    QSpinBox* m_topPercent = nullptr;
    QDoubleSpinBox* m_riskThreshold = nullptr;
    QSpinBox* m_highSpenders = nullptr;
    QPushButton* m_saveTop = nullptr;
    QPushButton* m_saveRisk = nullptr;
    QTableView* m_parameterView = nullptr;
    ValueCharts* m_charts = nullptr;
    DashboardExport* m_export = nullptr;
    std::optional<ClvResult> m_result;
    quint64 m_generation = 0; // of the fits: the stop of an older one is not this one's
    bool m_running = false;
    bool m_saving = false;
    bool m_fieldsStored = false; // the predictions of m_result are stored as fields
};

} // namespace swb
