#include "model/analytics/overlapservice.h"

#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/selection/storeselections.h"
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
            return compute(workspacePath, segments, job.cancelCheck(), job.percentCallback());
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

OverlapOutcome OverlapService::compute(const QString& workspacePath, const QStringList& segments,
                                       const CancelCheck& cancel, const ProgressCallback& progress)
{
    OverlapOutcome outcome;
    if (segments.isEmpty()) {
        outcome.matrix = OverlapMatrix{};
        return outcome;
    }
    if (PgWorkspace::isUri(workspacePath))
        return PgTasks::overlap(workspacePath, segments, cancel);
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    // The store's load is most of the time; the segments themselves take milliseconds each.
    const auto selections = StoreSelections::load(*workspace, &outcome.error, cancel, [&](int percent) {
        if (progress)
            progress(percent * 9 / 10);
    });
    if (!selections)
        return outcome;
    outcome.matrix = selections->overlap(segments, &outcome.error, cancel);
    if (outcome.matrix && progress)
        progress(100);
    return outcome;
}

} // namespace swb
