// Runs clustering off the GUI thread on its own workspace connection; a newer request supersedes the running one.
#pragma once

#include "model/analytics/clusteranalysis.h"
#include "model/jobs/latestjob.h"

#include <QObject>

namespace swb {

class ClusterService : public QObject
{
    Q_OBJECT

public:
    explicit ClusterService(QObject* parent = nullptr);
    ~ClusterService() override;

    // A long-running job in the application's JobTracker. k-means spreads over its own threads
    // (analysis/threadpool.h): that is how this one job uses the cores, not more jobs.
    QFuture<ClusterOutcome> start(const QString& workspacePath, const ClusterRequest& request);
    void cancel();
    bool isRunning() const;

    // The pure job: opens the workspace, clusters, saves when asked, closes.
    static ClusterOutcome compute(const QString& workspacePath, const ClusterRequest& request,
                                  const CancelCheck& cancel = {}, const ProgressCallback& progress = {});

signals:
    void progressChanged(int percent);
    void finished(const swb::ClusterRun& run);
    void failed(const QString& error);

private:
    LatestJob<ClusterOutcome> m_job{this};
};

} // namespace swb
