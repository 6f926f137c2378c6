#include "model/jobs/workspacesession.h"

#include "model/jobs/demoworkspace.h"
#include "model/jobs/jobtracker.h"
#include "model/jobs/progressthrottle.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/threadpools.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace swb {

WorkspaceSession::WorkspaceSession(JobTracker* jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_segments(new SegmentOperations(jobs, this))
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &WorkspaceSession::onLoaded);
    connect(&m_demoWatcher, &QFutureWatcherBase::finished, this, &WorkspaceSession::onDemoFinished);
}

WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::open(const QString& path, bool create)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    emit loadingStarted(absolute);
    m_loadWatcher.setFuture(QtConcurrent::run(ThreadPools::interactive(),
                                              [absolute, create]() { return WorkspaceTasks::load(absolute, create); }));
}

void WorkspaceSession::reload()
{
    if (m_summary.ok)
        open(m_summary.path);
}

void WorkspaceSession::close()
{
    m_loadWatcher.setFuture(QFuture<WorkspaceSummary>());
    m_summary = {};
    m_segments->close();
    emit closed();
}

void WorkspaceSession::onLoaded()
{
    const QFuture<WorkspaceSummary> future = m_loadWatcher.future();
    if (future.resultCount() == 0)
        return;
    WorkspaceSummary summary = future.result();
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
    if (m_demoWatcher.isRunning())
        return;
    m_demoPath = QFileInfo(path).absoluteFilePath();
    QFuture<DemoWorkspaceResult> future = QtConcurrent::run(
        ThreadPools::longRunning(), [path = m_demoPath, options](QPromise<DemoWorkspaceResult>& promise) {
            ThreadPools::lowerPriorityOfThisThread();
            promise.setProgressRange(0, 1000);
            ProgressThrottle throttle;
            promise.addResult(DemoWorkspace::create(
                path, options, [&promise] { return promise.isCanceled(); },
                [&](int perMille) {
                    if (throttle.accept(perMille, perMille == 1000))
                        promise.setProgressValue(perMille);
                }));
        });
    m_demoWatcher.setFuture(future);
    if (m_jobs)
        m_jobs->add(tr("Creating the demo workspace"), future);
}

void WorkspaceSession::onDemoFinished()
{
    const QFuture<DemoWorkspaceResult> future = m_demoWatcher.future();
    // A cancelled QPromise drops the result added afterwards: no result means cancelled.
    if (future.resultCount() == 0) {
        emit demoFailed(tr("The demo workspace was not created: cancelled."));
        return;
    }
    const DemoWorkspaceResult result = future.result();
    if (!result.ok) {
        emit demoFailed(result.error);
        return;
    }
    open(m_demoPath);
}

} // namespace swb
