#include "model/analytics/kpiservice.h"

#include "model/workspace.h"

#include <QtConcurrent>

namespace swb {

KpiService::KpiService(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &KpiService::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        const KpiOutcome outcome = m_watcher.result();
        if (outcome.report)
            emit finished(*outcome.report);
        else
            emit failed(outcome.error);
    });
}

KpiService::~KpiService()
{
    // The job holds no pointer to this object; cancel so it stops early, without blocking.
    m_watcher.cancel();
}

QFuture<KpiOutcome> KpiService::start(const QString& workspacePath, const QStringList& segments,
                                      std::optional<QDate> asOf)
{
    m_watcher.cancel();
    QFuture<KpiOutcome> future = QtConcurrent::run([workspacePath, segments, asOf](QPromise<KpiOutcome>& promise) {
        promise.setProgressRange(0, 100);
        KpiOutcome outcome = compute(
            workspacePath, segments, asOf, [&promise] { return promise.isCanceled(); },
            [&promise](int percent) { promise.setProgressValue(percent); });
        if (!promise.isCanceled())
            promise.addResult(std::move(outcome));
    });
    m_watcher.setFuture(future);
    return future;
}

void KpiService::cancel()
{
    m_watcher.cancel();
}

bool KpiService::isRunning() const
{
    return m_watcher.isRunning();
}

KpiOutcome KpiService::compute(const QString& workspacePath, const QStringList& segments, std::optional<QDate> asOf,
                               const CancelCheck& cancel, const ProgressCallback& progress)
{
    KpiOutcome outcome;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    QList<KpiSelection> selections;
    for (const QString& name : segments)
        selections << KpiSelection{name, Selection::segment(name)};
    outcome.report = KpiCalculator::compute(*workspace, asOf.value_or(workspace->asOfDate()), selections,
                                            &outcome.error, cancel, progress);
    return outcome;
}

} // namespace swb
