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
#include <QRunnable>
#include <QString>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <type_traits>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

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

namespace detail {

// ThreadSanitizer sees no order between the thread that starts a job and the pool thread that runs it: QThreadPool
// hands the job over under a mutex inside Qt's library, which Debian does not build with -fsanitize=thread, so every
// capture would be reported as a race. These two calls declare that hand-off (and nothing more); without TSan they
// are empty. Results come back through QFutureInterface's inline locking, which TSan sees by itself.
#if defined(__SANITIZE_THREAD__)
inline void announceHandOver(void* job)
{
    __tsan_release(job);
}
inline void acceptHandOver(void* job)
{
    __tsan_acquire(job);
}
#else
inline void announceHandOver(void*) { }
inline void acceptHandOver(void*) { }
#endif

// What QtConcurrent::run would make, plus the hand-off above and no work stealing: a thread that waits for the future
// never runs the job on the waiting thread.
template<typename R, typename Work>
class JobRunnable final : public QRunnable
{
public:
    JobRunnable(JobPool kind, Work&& work)
        : m_kind(kind)
        , m_work(std::move(work))
    {
        m_promise.start();
    }

    QFuture<R> future() { return m_promise.future(); }

    void run() override
    {
        acceptHandOver(this);
        prepareThread(m_kind);
        m_promise.setProgressRange(0, 1000);
        if (!m_promise.isCanceled()) {
            try {
                JobControl control(m_promise);
                R result = m_work(control);
                if (!m_promise.isCanceled())
                    m_promise.addResult(std::move(result));
            } catch (...) {
                m_promise.setException(std::current_exception());
            }
        }
        m_promise.finish();
    }

private:
    JobPool m_kind;
    Work m_work;
    QPromise<R> m_promise;
};

} // namespace detail

// Starts `work` (callable as R(JobControl&)) on the options' pool and registers it with the tracker. A cancelled
// job's result is dropped: a future without a result means cancelled (or failed before it could answer). An
// exception thrown by `work` is rethrown by the future's result().
template<typename R, typename Work>
QFuture<R> start(const JobOptions& options, Work&& work)
{
    static_assert(std::is_invocable_r_v<R, Work&, JobControl&>, "a job is R(JobControl&)");
    auto* job
        = new detail::JobRunnable<R, std::decay_t<Work>>(options.pool, std::decay_t<Work>(std::forward<Work>(work)));
    QFuture<R> future = job->future();
    detail::announceHandOver(job);
    pool(options.pool)->start(job);
    track(options, QFuture<void>(future));
    return future;
}

} // namespace Jobs

} // namespace swb
