#include "model/analytics/kpiservice.h"

#include "model/postgres/pgkpis.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"

namespace swb {

KpiService::KpiService(QObject* parent)
    : QObject(parent)
{
    m_job.onProgress([this](int perMille, const QString&) { emit progressChanged(perMille / 10); });
}

// The job holds no pointer to this object; m_job cancels it so it stops early, without blocking.
KpiService::~KpiService() = default;

QFuture<KpiOutcome> KpiService::start(const QString& workspacePath, const QStringList& segments,
                                      std::optional<QDate> asOf)
{
    return m_job.start(
        {tr("Computing KPIs"), JobPool::LongRunning},
        [workspacePath, segments, asOf](JobControl& job) {
            return compute(workspacePath, segments, asOf, job.cancelCheck(), job.percentCallback());
        },
        [this](const KpiOutcome& outcome) {
            if (outcome.report)
                emit finished(*outcome.report);
            else
                emit failed(outcome.error);
        });
}

void KpiService::cancel()
{
    m_job.cancel();
}

bool KpiService::isRunning() const
{
    return m_job.isRunning();
}

KpiOutcome KpiService::compute(const QString& workspacePath, const QStringList& segments, std::optional<QDate> asOf,
                               const CancelCheck& cancel, const ProgressCallback& progress)
{
    KpiOutcome outcome;
    if (PgWorkspace::isUri(workspacePath)) {
        outcome.report = PgKpis::compute(workspacePath, segments, asOf, &outcome.error, cancel);
        return outcome;
    }
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

QJsonObject KpiService::snapshotKpis(const QString& workspacePath, const QString& segment)
{
    const KpiOutcome kpis = compute(workspacePath, {segment}, std::nullopt);
    if (!kpis.report || kpis.report->segments.isEmpty())
        return {};
    return kpis.report->segments.first().toJson(&kpis.report->base);
}

} // namespace swb
