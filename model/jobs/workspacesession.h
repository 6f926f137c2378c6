// The workspace the window shows: opened, created and re-read as background jobs; a newer request wins.
#pragma once

#include "model/jobs/demoworkspace.h"
#include "model/jobs/latestjob.h"
#include "model/jobs/workspacetasks.h"

#include <QObject>

namespace swb {

class JobTracker;
class SegmentOperations;

class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    // The jobs appear in `jobs` (the application's JobTracker when null).
    explicit WorkspaceSession(JobTracker* jobs, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    bool isOpen() const { return m_summary.ok; }
    bool isLoading() const { return m_load.isRunning(); }
    QString path() const { return m_summary.ok ? m_summary.path : QString(); }
    const WorkspaceSummary& summary() const { return m_summary; }
    // The open workspace's segments, field context and their jobs, for the widgets (follows open, reload, close).
    SegmentOperations* segments() const { return m_segments; }

    // Opens `path` (an empty workspace is created when `create`); `opened`, `openFailed` or (cancelled in the
    // JobTracker) `openCanceled` follows.
    void open(const QString& path, bool create = false);
    // Reads the open workspace again (after an import, a change of the as-of date, …).
    void reload();
    void close();
    // Creates the demo workspace at `path` as a background job, then opens it.
    void createDemo(const QString& path, const DemoOptions& options = {});
    bool isCreatingDemo() const { return m_demo.isRunning(); }

signals:
    void loadingStarted(const QString& path);
    void opened(const swb::WorkspaceSummary& summary);
    void openFailed(const QString& path, const QString& error);
    void openCanceled(const QString& path);
    void closed();
    void demoFailed(const QString& error);

private:
    void onLoaded(WorkspaceSummary summary);
    void onDemoFinished(const DemoWorkspaceResult& result);

    JobTracker* m_jobs = nullptr;
    SegmentOperations* m_segments = nullptr;
    WorkspaceSummary m_summary;
    QString m_demoPath;
    LatestJob<WorkspaceSummary> m_load{this};
    LatestJob<DemoWorkspaceResult> m_demo{this};
};

} // namespace swb
