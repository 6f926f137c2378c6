#include "model/analytics/rfmservice.h"

#include "model/workspace.h"

namespace swb {

RfmService::RfmService(QObject* parent)
    : QObject(parent)
{
    m_job.onProgress([this](int perMille, const QString&) { emit progressChanged(perMille / 10); });
}

RfmService::~RfmService() = default; // m_job cancels a running analysis (it rolls back)

QFuture<RfmOutcome> RfmService::start(const QString& workspacePath, const RfmConfig& config, bool saveSegments)
{
    return m_job.start(
        {tr("Running the RFM analysis"), JobPool::LongRunning},
        [workspacePath, config, saveSegments](JobControl& job) {
            return compute(workspacePath, config, saveSegments, job.cancelCheck(), job.percentCallback());
        },
        [this](const RfmOutcome& outcome) {
            if (outcome.result)
                emit finished(*outcome.result);
            else
                emit failed(outcome.error);
        });
}

void RfmService::cancel()
{
    m_job.cancel();
}

bool RfmService::isRunning() const
{
    return m_job.isRunning();
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
