#include "model/jobs/workspacesession.h"

#include "model/analytics/trendservice.h"
#include "model/jobs/demoworkspace.h"
#include "model/jobs/segmentoperations.h"
#include "model/workspacelocation.h"

#include <QFileInfo>

namespace swb {

WorkspaceSession::WorkspaceSession(JobTracker* jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_segments(new SegmentOperations(jobs, this))
{ }

// A demo still being created is cancelled (m_demo): it removes the file it started.
WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::open(const QString& path, bool create)
{
    const QString absolute = WorkspaceLocation::absolutePath(path);
    emit loadingStarted(absolute);
    m_load.start(
        {tr("Opening %1").arg(WorkspaceLocation::displayName(absolute)), JobPool::Interactive, true, m_jobs},
        [absolute, create](JobControl&) { return WorkspaceTasks::load(absolute, create); },
        [this](const WorkspaceSummary& summary) { onLoaded(summary); },
        [this, absolute] { emit openCanceled(absolute); });
}

void WorkspaceSession::reload()
{
    if (m_summary.ok)
        open(m_summary.path);
}

void WorkspaceSession::close()
{
    m_load.cancel();
    m_summary = {};
    m_segments->close();
    // The trend's customers and order lines of the closed workspace (hundreds of MB on big ones).
    TrendService::clearKept();
    emit closed();
}

void WorkspaceSession::onLoaded(WorkspaceSummary summary)
{
    if (!summary.ok) {
        emit openFailed(summary.path, summary.error);
        return;
    }
    m_summary = std::move(summary);
    m_segments->setWorkspace(m_summary);
    emit opened(m_summary);
}

void WorkspaceSession::createDemo(const QString& path, const DemoOptions& options)
{
    if (m_demo.isRunning())
        return;
    m_demoPath = QFileInfo(path).absoluteFilePath();
    m_demo.start(
        {tr("Creating the demo workspace"), JobPool::LongRunning, true, m_jobs},
        [path = m_demoPath, options](JobControl& job) {
            return DemoWorkspace::create(path, options, job.cancelCheck(),
                                         [&job](int perMille) { job.setProgress(perMille, 1000); });
        },
        [this](const DemoWorkspaceResult& result) { onDemoFinished(result); },
        [this] { emit demoFailed(tr("The demo workspace was not created: cancelled.")); });
}

void WorkspaceSession::onDemoFinished(const DemoWorkspaceResult& result)
{
    if (!result.ok) {
        emit demoFailed(result.error);
        return;
    }
    open(m_demoPath);
}

} // namespace swb
