// The left column of the Clusters page: the fields to cluster on (with their missing values and a log box), scaling,
// one k or a range of k, restarts, seed, the segment to cluster within, whether to explain the clusters as rules, and
// Run / Cancel with the progress of the running clustering.
#pragma once

#include "model/analytics/clusteranalysis.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace swb {

class ClusterFeatureModel;

class ClusterSetup : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterSetup(QWidget* parent = nullptr);

    ClusterFeatureModel* features() const { return m_features; }
    QTableView* featureView() const { return m_featureView; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QComboBox* segmentBox() const { return m_segment; }
    QSpinBox* kBox() const { return m_k; }
    QSpinBox* kMinBox() const { return m_kMin; }
    QSpinBox* kMaxBox() const { return m_kMax; }
    QSpinBox* nInitBox() const { return m_nInit; }
    QSpinBox* seedBox() const { return m_seed; }
    QRadioButton* rangeButton() const { return m_rangeMode; }
    QRadioButton* singleButton() const { return m_singleMode; }

    // What the controls ask for (explain on; no saving).
    ClusterRequest request() const;
    // Shows a run's request in the controls (a reopened run).
    void setRequest(const ClusterRequest& request, bool swept);
    // The saved segments to cluster within (the first entry is everyone).
    void setSegments(const QStringList& names);
    void setRunning(bool running);
    void setProgress(int percent);
    void setStatus(const QString& text);

signals:
    void runRequested();
    void cancelRequested();

private:
    QWidget* createOptions();
    void updateRunnable();

    ClusterFeatureModel* m_features = nullptr;
    QTableView* m_featureView = nullptr;
    QComboBox* m_scaling = nullptr;
    QRadioButton* m_singleMode = nullptr;
    QRadioButton* m_rangeMode = nullptr;
    QSpinBox* m_k = nullptr;
    QSpinBox* m_kMin = nullptr;
    QSpinBox* m_kMax = nullptr;
    QSpinBox* m_nInit = nullptr;
    QSpinBox* m_seed = nullptr;
    QComboBox* m_segment = nullptr;
    QCheckBox* m_explain = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    bool m_running = false;
};

} // namespace swb
