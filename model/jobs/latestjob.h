// The newest job of one kind for an owner on the GUI thread: starting one cancels the one before it, whose result
// is then never delivered. Callbacks run on the owner's thread, in the owner's context (none after it is gone).
//
//   LatestJob<KpiOutcome> m_kpis{this};
//   m_kpis.start({tr("Computing KPIs"), JobPool::LongRunning}, [=](JobControl& job) { return compute(…); },
//                [this](const KpiOutcome& outcome) { show(outcome); });
//
// Jobs::whenFinished delivers the result of a job that nothing supersedes, the same way.
#pragma once

#include "model/jobs/job.h"

#include <QFutureWatcher>
#include <QPointer>

#include <functional>

namespace swb {

namespace Jobs::detail {

// In a finished job's watcher's `finished`: the result to `done`, or `canceled` (when set) for a job without one.
template<typename R>
void deliver(QFutureWatcher<R>* watcher, const std::function<void(const R&)>& done,
             const std::function<void()>& canceled)
{
    watcher->deleteLater(); // not inside its own signal
    if (watcher->future().resultCount() > 0)
        done(watcher->future().result());
    else if (canceled)
        canceled();
}

} // namespace Jobs::detail

template<typename R>
class LatestJob
{
public:
    using Done = std::function<void(const R&)>;

    explicit LatestJob(QObject* owner)
        : m_owner(owner)
    { }
    ~LatestJob() { cancel(); }
    LatestJob(const LatestJob&) = delete;
    LatestJob& operator=(const LatestJob&) = delete;

    // Supersedes the running job of this kind; `done` gets the result, `canceled` (optional) runs when the job
    // ends without one (cancelled from the status bar, or failed before it could answer) — not when superseded.
    template<typename Work>
    QFuture<R> start(const JobOptions& options, Work&& work, Done done, std::function<void()> canceled = {})
    {
        cancel();
        QFuture<R> future = Jobs::start<R>(options, std::forward<Work>(work));
        m_watcher = new QFutureWatcher<R>(m_owner);
        QFutureWatcher<R>* watcher = m_watcher;
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, m_owner, [this, watcher](int value) {
            if (watcher == m_watcher && m_progress)
                m_progress(value, watcher->progressText());
        });
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, done = std::move(done), canceled = std::move(canceled)] {
                             if (watcher != m_watcher)
                                 return;
                             m_watcher = nullptr;
                             Jobs::detail::deliver(watcher, done, canceled);
                         });
        watcher->setFuture(future);
        return future;
    }

    // Progress of the current job in 0…1000 with its text line.
    void onProgress(std::function<void(int perMille, const QString& text)> progress)
    {
        m_progress = std::move(progress);
    }

    // Cancels the running job and still hears of it: `canceled` runs once the job has stopped (Cancel buttons whose
    // owner waits for the work to end, e.g. to close a dialog after a rollback).
    void requestCancel()
    {
        if (m_watcher)
            m_watcher->future().cancel();
    }

    // Cancels the running job; its callbacks are not called.
    void cancel()
    {
        if (!m_watcher)
            return;
        QFutureWatcher<R>* watcher = m_watcher;
        m_watcher = nullptr;
        watcher->disconnect();
        watcher->future().cancel();
        watcher->deleteLater();
    }

    // Until its result (or its end) has been delivered: a finished future whose watcher has not yet said so still
    // counts, or a caller asking in between would read what was shown before.
    bool isRunning() const { return !m_watcher.isNull(); }
    QFuture<R> future() const { return m_watcher ? m_watcher->future() : QFuture<R>(); }

private:
    QObject* m_owner;
    QPointer<QFutureWatcher<R>> m_watcher;
    std::function<void(int, const QString&)> m_progress;
};

namespace Jobs {

// For a job that nothing supersedes (a save the user asked for): `done` gets the result of `future` on `context`'s
// thread, `canceled` (optional) runs when it ends without one. Nothing runs once `context` is gone.
template<typename R>
void whenFinished(const QFuture<R>& future, QObject* context, std::function<void(const R&)> done,
                  std::function<void()> canceled = {})
{
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done), canceled = std::move(canceled)] {
                         detail::deliver(watcher, done, canceled);
                     });
    watcher->setFuture(future);
}

} // namespace Jobs

} // namespace swb
