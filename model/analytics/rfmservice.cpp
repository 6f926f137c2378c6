#include "model/analytics/rfmservice.h"

#include "model/workspace.h"

#include <QtConcurrent>

namespace swb {

RfmService::RfmService(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &RfmService::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        const RfmOutcome outcome = m_watcher.result();
        if (outcome.result)
            emit finished(*outcome.result);
        else
            emit failed(outcome.error);
    });
}

RfmService::~RfmService()
{
    m_watcher.cancel();
}

QFuture<RfmOutcome> RfmService::start(const QString& workspacePath, const RfmConfig& config, bool saveSegments)
{
    m_watcher.cancel();
    QFuture<RfmOutcome> future
        = QtConcurrent::run([workspacePath, config, saveSegments](QPromise<RfmOutcome>& promise) {
              promise.setProgressRange(0, 100);
              RfmOutcome outcome = compute(
                  workspacePath, config, saveSegments, [&promise] { return promise.isCanceled(); },
                  [&promise](int percent) { promise.setProgressValue(percent); });
              if (!promise.isCanceled())
                  promise.addResult(std::move(outcome));
          });
    m_watcher.setFuture(future);
    return future;
}

void RfmService::cancel()
{
    m_watcher.cancel();
}

bool RfmService::isRunning() const
{
    return m_watcher.isRunning();
}

RfmOutcome RfmService::compute(const QString& workspacePath, const RfmConfig& config, bool saveSegments,
                               const CancelCheck& cancel, const ProgressCallback& progress)
{
    RfmOutcome outcome;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    outcome.result = RfmAnalysis::run(*workspace, config, saveSegments, &outcome.error, cancel, progress);
    return outcome;
}

} // namespace swb
