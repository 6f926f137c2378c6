#include "model/analytics/rfmservice.h"

#include "model/database.h"
#include "model/workspace.h"

namespace swb {

namespace {

// Runs `change` on the workspace at `path` (its own connection); the error, or empty.
QString onWorkspace(const QString& path, const std::function<bool(Workspace&, QString*)>& change)
{
    QString error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return error;
    if (!change(*workspace, &error) && error.isEmpty())
        error = QCoreApplication::translate("swb::RfmService", "The workspace could not be changed.");
    return error;
}

} // namespace

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
        },
        [this] { emit failed(tr("The RFM analysis was cancelled.")); });
}

void RfmService::cancel()
{
    m_job.requestCancel();
}

bool RfmService::isRunning() const
{
    return m_job.isRunning();
}

QFuture<RfmOverviewOutcome> RfmService::readOverview(const QString& workspacePath)
{
    return m_overview.start(
        {tr("Reading the RFM groups"), JobPool::LongRunning},
        [workspacePath](JobControl& job) {
            return RfmOverviewReader::read(workspacePath, job.cancelCheck(), job.percentCallback());
        },
        [this](const RfmOverviewOutcome& outcome) {
            if (outcome.overview)
                emit overviewReady(*outcome.overview);
            else
                emit overviewFailed(outcome.error);
        });
}

void RfmService::cancelOverview()
{
    m_overview.cancel();
}

bool RfmService::isReadingOverview() const
{
    return m_overview.isRunning();
}

QFuture<RfmTransitionsOutcome> RfmService::readTransitions(const QString& workspacePath, qint64 fromRun, qint64 toRun)
{
    return m_transitions.start(
        {tr("Reading the RFM transitions"), JobPool::LongRunning},
        [workspacePath, fromRun, toRun](JobControl&) {
            RfmTransitionsOutcome outcome{fromRun, toRun, std::nullopt, {}};
            if (auto db = Workspace::connect(workspacePath, true, &outcome.error))
                outcome.transitions = RfmAnalysis::transitions(*db, fromRun, toRun, &outcome.error);
            return outcome;
        },
        [this](const RfmTransitionsOutcome& outcome) {
            if (outcome.transitions)
                emit transitionsReady(outcome.fromRun, outcome.toRun, *outcome.transitions);
            else
                emit transitionsFailed(outcome.error);
        });
}

bool RfmService::isReadingTransitions() const
{
    return m_transitions.isRunning();
}

QFuture<QString> RfmService::storeGrid(const QString& workspacePath, const RfmGrid& grid, Done done)
{
    return write(
        tr("Storing the RFM grid"),
        [workspacePath, grid] {
            return onWorkspace(workspacePath, [&grid](Workspace& workspace, QString* error) {
                return RfmAnalysis::regroup(workspace, grid, error);
            });
        },
        std::move(done));
}

QFuture<QString> RfmService::saveGroupSegments(const QString& workspacePath, const QList<RfmGroupCount>& groups,
                                               Done done)
{
    return write(
        tr("Saving the RFM groups as segments"),
        [workspacePath, groups] {
            return onWorkspace(workspacePath, [&groups](Workspace& workspace, QString* error) {
                return RfmAnalysis::saveGroupSegments(workspace, groups, nullptr, error);
            });
        },
        std::move(done));
}

QFuture<QString> RfmService::write(const QString& title, std::function<QString()> work, Done done)
{
    // Not cancellable: a change the user made is stored whole (and a half-stored one rolls back anyway).
    const QFuture<QString> future = Jobs::start<QString>({title, JobPool::Writes, false},
                                                         [work = std::move(work)](JobControl&) { return work(); });
    Jobs::whenFinished<QString>(
        future, this, [done](const QString& error) { done(error); },
        [this, done] { done(tr("The change was not stored: the job was cancelled.")); });
    return future;
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
