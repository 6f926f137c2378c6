#include "model/analytics/clusterservice.h"

#include "model/workspace.h"

#include <QtConcurrent>

namespace swb {

ClusterService::ClusterService(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &ClusterService::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        const ClusterOutcome outcome = m_watcher.result();
        if (outcome.run)
            emit finished(*outcome.run);
        else if (!outcome.canceled)
            emit failed(outcome.error);
    });
}

ClusterService::~ClusterService()
{
    m_watcher.cancel();
}

QFuture<ClusterOutcome> ClusterService::start(const QString& workspacePath, const ClusterRequest& request)
{
    m_watcher.cancel();
    QFuture<ClusterOutcome> future = QtConcurrent::run([workspacePath, request](QPromise<ClusterOutcome>& promise) {
        promise.setProgressRange(0, 100);
        ClusterOutcome outcome = compute(
            workspacePath, request, [&promise] { return promise.isCanceled(); },
            [&promise](int percent) { promise.setProgressValue(percent); });
        if (!promise.isCanceled())
            promise.addResult(std::move(outcome));
    });
    m_watcher.setFuture(future);
    return future;
}

void ClusterService::cancel()
{
    m_watcher.cancel();
}

bool ClusterService::isRunning() const
{
    return m_watcher.isRunning();
}

ClusterOutcome ClusterService::compute(const QString& workspacePath, const ClusterRequest& request,
                                       const CancelCheck& cancel, const ProgressCallback& progress)
{
    ClusterOutcome outcome;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    return ClusterAnalysis::run(*workspace, request, cancel, progress);
}

} // namespace swb
