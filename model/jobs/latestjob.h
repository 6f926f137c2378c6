// The newest job of one kind for an owner on the GUI thread: starting one cancels the one before it, whose result
// is then never delivered. Callbacks run on the owner's thread, in the owner's context (none after it is gone).
//
//   LatestJob<KpiOutcome> m_kpis{this};
//   m_kpis.start({tr("Computing KPIs"), JobPool::LongRunning}, [=](JobControl& job) { return compute(…); },
//                [this](const KpiOutcome& outcome) { show(outcome); });
#pragma once

#include "model/jobs/job.h"

#include <QFutureWatcher>
#include <QPointer>

#include <functional>

namespace swb {

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
                             watcher->deleteLater(); // not inside its own signal
                             if (watcher->future().resultCount() > 0)
                                 done(watcher->future().result());
                             else if (canceled)
                                 canceled();
                         });
        watcher->setFuture(future);
        return future;
    }

    // Progress of the current job in 0…1000 with its text line.
    void onProgress(std::function<void(int perMille, const QString& text)> progress) { m_progress = std::move(progress); }

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

    bool isRunning() const { return m_watcher && m_watcher->isRunning(); }
    QFuture<R> future() const { return m_watcher ? m_watcher->future() : QFuture<R>(); }

private:
    QObject* m_owner;
    QPointer<QFutureWatcher<R>> m_watcher;
    std::function<void(int, const QString&)> m_progress;
};

} // namespace swb
