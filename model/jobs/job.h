// The one way to run work off the GUI thread: a function `(JobControl&) -> R` runs on a pool chosen by its kind,
// reports throttled progress, can be cancelled, and appears in a JobTracker (the status bar's indicator).
//
//   QFuture<Report> f = Jobs::start<Report>({tr("Exporting %1").arg(name), JobPool::LongRunning},
//                                           [=](JobControl& job) { return Exporter::run(..., job.cancelCheck(),
//                                                                                       job.rowsCallback()); });
//
// LatestJob (latestjob.h) adds "a newer request supersedes the older one" for an owner on the GUI thread.
// The pool policy, written once (see docs/architecture.md):
//   Interactive  — what a user waits for on screen and that ends in well under a second on big workspaces: counts,
//                  table pages, distinct values, segment lists, the field context, opening a workspace. Two
//                  threads; never queued behind long work.
//   LongRunning  — work with a progress bar: import, export, demo, column-store loads, KPIs, RFM, clustering.
//                  Two threads at lowered priority (nice 10), so the GUI and interactive reads get the CPU first.
//   Writes       — the session's changes to segments (save, rename, duplicate, delete, snapshot) and to the as-of
//                  date: one thread, so they run in the order the user made them, and wait for another program's
//                  lock off the GUI thread.
// A job may use several cores through threads of its own (k-means' analysis/threadpool, the importer's reader and
// writer, the column-store loader's helpers): those are not jobs and stay out of these pools.
#pragma once

#include "analysis/jobcallbacks.h"
#include "model/jobs/progressthrottle.h"

#include <QFuture>
#include <QPromise>
#include <QString>
#include <QtConcurrent>

#include <functional>
#include <type_traits>
#include <utility>

namespace swb {

class JobTracker;

enum class JobPool { Interactive, LongRunning, Writes };

struct JobOptions
{
    // Shown in the status bar and in the list of running jobs.
    QString title;
    JobPool pool = JobPool::Interactive;
    bool cancellable = true;
    // The tracker to register with; the application's tracker (JobTracker::application()) when null.
    JobTracker* tracker = nullptr;
};

// What the job's function sees of its promise: cancellation and progress (always reported in 0…1000).
class JobControl
{
public:
    template<typename T>
    explicit JobControl(QPromise<T>& promise)
        : m_isCanceled([&promise] { return promise.isCanceled(); })
        , m_report([&promise](int value, const QString& text) { promise.setProgressValueAndText(value, text); })
    { }
    JobControl(const JobControl&) = delete;
    JobControl& operator=(const JobControl&) = delete;

    bool isCanceled() const { return m_isCanceled(); }
    // Throttled: a few updates a second at most; the last (done == total) always goes through.
    void setProgress(qint64 done, qint64 total);
    void setPercent(int percent) { setProgress(percent, 100); }
    // A line under the progress bar ("Reading orders…"); sent at once.
    void setText(const QString& text);

    // Adapters for the analysis and model functions' callback types; valid while the job runs.
    CancelCheck cancelCheck() const
    {
        return [this] {
            return isCanceled();
        };
    }
    ProgressCallback percentCallback()
    {
        return [this](int percent) {
            setPercent(percent);
        };
    }
    std::function<void(qint64, qint64)> rowsCallback()
    {
        return [this](qint64 done, qint64 total) {
            setProgress(done, total);
        };
    }

private:
    std::function<bool()> m_isCanceled;
    std::function<void(int, const QString&)> m_report;
    ProgressThrottle m_throttle;
    int m_value = 0;
    QString m_text;
};

namespace Jobs {

QThreadPool* pool(JobPool pool);
// Called on the worker before the job's function: lowers the priority of long-running work.
void prepareThread(JobPool pool);
// Registers `future` with the options' tracker (the application's when none is given).
void track(const JobOptions& options, const QFuture<void>& future);

// Starts `work` (callable as R(JobControl&)) on the options' pool and registers it with the tracker. A cancelled
// job's result is dropped: a future without a result means cancelled (or failed before it could answer).
template<typename R, typename Work>
QFuture<R> start(const JobOptions& options, Work&& work)
{
    static_assert(std::is_invocable_r_v<R, Work&, JobControl&>, "a job is R(JobControl&)");
    const JobPool kind = options.pool;
    QFuture<R> future = QtConcurrent::run(pool(kind), [kind, work = std::forward<Work>(work)](QPromise<R>& promise) {
        prepareThread(kind);
        promise.setProgressRange(0, 1000);
        if (promise.isCanceled())
            return;
        JobControl control(promise);
        R result = work(control);
        if (!promise.isCanceled())
            promise.addResult(std::move(result));
    });
    track(options, QFuture<void>(future));
    return future;
}

} // namespace Jobs

} // namespace swb
