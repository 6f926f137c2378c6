#include "model/analytics/overlapservice.h"

#include "model/workspace.h"

namespace swb {

OverlapService::OverlapService(QObject* parent)
    : QObject(parent)
{ }

// The job holds no pointer to this object; m_job cancels it, without blocking.
OverlapService::~OverlapService() = default;

QFuture<OverlapOutcome> OverlapService::start(const QString& workspacePath, const QStringList& segments)
{
    return m_job.start(
        {tr("Comparing segment overlaps"), JobPool::LongRunning},
        [workspacePath, segments](JobControl& job) {
            job.setPercent(0);
            OverlapOutcome outcome = compute(workspacePath, segments);
            job.setPercent(100);
            return outcome;
        },
        [this](const OverlapOutcome& outcome) {
            if (outcome.matrix)
                emit finished(*outcome.matrix);
            else
                emit failed(outcome.error);
        });
}

void OverlapService::cancel()
{
    m_job.cancel();
}

bool OverlapService::isRunning() const
{
    return m_job.isRunning();
}

OverlapOutcome OverlapService::compute(const QString& workspacePath, const QStringList& segments)
{
    OverlapOutcome outcome;
    if (segments.isEmpty()) {
        outcome.matrix = OverlapMatrix{};
        return outcome;
    }
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    SegmentRepository repository(*workspace);
    outcome.matrix = repository.overlap(segments, &outcome.error);
    return outcome;
}

} // namespace swb
