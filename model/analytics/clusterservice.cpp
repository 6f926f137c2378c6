#include "model/analytics/clusterservice.h"

#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"

namespace swb {

ClusterService::ClusterService(QObject* parent)
    : QObject(parent)
{
    m_job.onProgress([this](int perMille, const QString&) { emit progressChanged(perMille / 10); });
}

ClusterService::~ClusterService() = default; // m_job cancels a running clustering

QFuture<ClusterOutcome> ClusterService::start(const QString& workspacePath, const ClusterRequest& request)
{
    return m_job.start(
        {tr("Clustering the customers"), JobPool::LongRunning},
        [workspacePath, request](JobControl& job) {
            return compute(workspacePath, request, job.cancelCheck(), job.percentCallback());
        },
        [this](const ClusterOutcome& outcome) {
            if (outcome.run)
                emit finished(*outcome.run);
            else if (!outcome.canceled)
                emit failed(outcome.error);
        });
}

void ClusterService::cancel()
{
    m_job.cancel();
}

bool ClusterService::isRunning() const
{
    return m_job.isRunning();
}

ClusterOutcome ClusterService::compute(const QString& workspacePath, const ClusterRequest& request,
                                       const CancelCheck& cancel, const ProgressCallback& progress)
{
    if (PgWorkspace::isUri(workspacePath))
        return PgTasks::cluster(workspacePath, request, cancel, progress);
    ClusterOutcome outcome;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    return ClusterAnalysis::run(*workspace, request, cancel, progress);
}

} // namespace swb
