// The Clusters page: choose fields and k, run k-means in the background (ClusterService), pick k from the sweep, see
// the customers on a map and the clusters' profiles, rename them, explain them as rules, save them as segments, and
// reopen past runs of the workspace (`cluster_runs`). Runs are recorded; labels a user edits are kept with the run.
#pragma once

#include "model/analytics/clusterfieldsurvey.h"
#include "model/analytics/clusterruns.h"
#include "model/jobs/latestjob.h"

#include <QWidget>

#include <memory>
#include <optional>

class QTableView;

namespace swb {

class ClusterResults;
class ClusterRunsModel;
class ClusterService;
class ClusterSetup;
class DashboardExport;
class SegmentOperations;

class ClustersPage : public QWidget
{
    Q_OBJECT

public:
    // The scatter draws at most this many customers (a seeded sample).
    static constexpr int scatterPoints = 20000;

    explicit ClustersPage(QWidget* parent = nullptr);
    ~ClustersPage() override;

    void setSession(SegmentOperations* session);

    // Once the fields and past runs are read: reopens the newest run, or runs with the defaults when there is none
    // (the screenshot of the page). runShown() or runFailed() follows.
    void showLatestOrRun();
    void startRun();
    void cancel();
    // Shows the clusters of `k` of the shown sweep (clustered again with the same seed).
    void showK(int k);
    void reopen(qint64 runId);
    void saveClustersAsSegments();
    void openRule(int cluster);

    bool isRunning() const;
    // The run drawn now (null before the first), its request and its id in `cluster_runs` (0 until recorded).
    const ClusterRun* shownRun() const { return m_run.get(); }
    ClusterRequest shownRequest() const { return m_request; }
    qint64 shownRunId() const { return m_runId; }
    const std::optional<KSweepResult>& shownSweep() const { return m_sweep; }

    ClusterSetup* setup() const { return m_setup; }
    ClusterResults* results() const { return m_results; }
    ClusterRunsModel* runsModel() const { return m_runsModel; }
    QTableView* runsView() const { return m_runsView; }
    DashboardExport* chartExport() const { return m_export; }

signals:
    void runShown();
    void runFailed(const QString& error);
    void runCanceled();
    // The run was recorded in `cluster_runs` (the list of past runs is read again).
    void runRecorded(qint64 runId);
    void runsListed();
    void labelsStored();
    void segmentsSaved(const QStringList& names, const QList<qint64>& sizes);
    // "Open in builder" on a cluster's rule: the window shows the definition in the segment builder.
    void openDefinitionRequested(const QByteArray& definition);
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Purpose { New, ShowK, Reopen };
    struct RunListing
    {
        QList<ClusterRunRecord> runs;
        QString error;
    };

    QWidget* createRunsList();
    void onWorkspaceChanged();
    void onSegmentsChanged();
    void refresh();
    void survey();
    void listRuns();
    void maybeAutoShow();
    void launch(const ClusterRequest& request, Purpose purpose);
    void onFinished(const ClusterRun& run);
    void onFailed(const QString& error);
    void onStopped(quint64 generation);
    void showRun(const ClusterRun& run);
    void record(const ClusterRequest& request);
    void storeLabels(const QStringList& labels);
    QStringList defaultFeatures() const;

    SegmentOperations* m_session = nullptr;
    ClusterService* m_service = nullptr;
    ClusterSetup* m_setup = nullptr;
    ClusterResults* m_results = nullptr;
    ClusterRunsModel* m_runsModel = nullptr;
    QTableView* m_runsView = nullptr;
    DashboardExport* m_export = nullptr;

    std::shared_ptr<const ClusterRun> m_run;
    ClusterRequest m_request;
    std::optional<KSweepResult> m_sweep;
    qint64 m_runId = 0;
    QHash<int, QStringList> m_userLabels;

    Purpose m_purpose = Purpose::New;
    ClusterRequest m_pendingRequest;
    std::optional<ClusterRunRecord> m_pendingRecord;
    quint64 m_generation = 0; // of the clustering jobs: a stop of an older one is not this one's
    quint64 m_runToken = 0; // of the run shown (a run and its other k share one)
    bool m_running = false;
    bool m_autoShow = false;
    bool m_stale = false; // the fields and past runs are to be read again
    bool m_surveyed = false;
    bool m_listed = false;

    LatestJob<ClusterFeatureSurvey> m_survey{this};
    LatestJob<RunListing> m_listing{this};
    LatestJob<std::optional<ClusterRunRecord>> m_loading{this};
    LatestJob<std::optional<QStringList>> m_keys{this};
};

} // namespace swb
