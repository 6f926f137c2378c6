#include "model/jobs/jobtracker.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QThread>

namespace swb {

struct JobTracker::Entry
{
    Job job;
    std::unique_ptr<QFutureWatcher<void>> watcher;
};

JobTracker::JobTracker(QObject* parent)
    : QObject(parent)
{ }

JobTracker::~JobTracker() = default;

JobTracker* JobTracker::application()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return nullptr;
    static QPointer<JobTracker> tracker;
    if (!tracker)
        tracker = new JobTracker(app);
    return tracker;
}

int JobTracker::addVoid(const QString& title, const QFuture<void>& future, bool cancellable)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, title, future, cancellable] { addVoid(title, future, cancellable); }, Qt::QueuedConnection);
        return 0;
    }
    auto entry = std::make_unique<Entry>();
    const int id = m_nextId++;
    entry->job.id = id;
    entry->job.title = title;
    entry->job.future = future;
    entry->job.cancellable = cancellable;
    entry->job.running.start();
    entry->watcher = std::make_unique<QFutureWatcher<void>>();
    QFutureWatcher<void>* watcher = entry->watcher.get();
    Job* job = &entry->job;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, job](int minimum, int maximum) {
        job->minimum = minimum;
        job->maximum = maximum;
        emit progressChanged(job->id);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, job](int value) {
        job->progress = value;
        emit progressChanged(job->id);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, job](const QString& text) {
        job->text = text;
        emit progressChanged(job->id);
    });
    // Queued: the watcher must not be deleted inside its own signal.
    connect(
        watcher, &QFutureWatcherBase::finished, this, [this, id] { remove(id); }, Qt::QueuedConnection);
    m_jobs.push_back(std::move(entry));
    watcher->setFuture(future);
    emit jobAdded(id);
    emit changed();
    return id;
}

QList<JobTracker::Job> JobTracker::jobs() const
{
    QList<Job> result;
    for (const auto& entry : m_jobs)
        result.append(entry->job);
    return result;
}

void JobTracker::cancel(int id)
{
    for (const auto& entry : m_jobs) {
        if (entry->job.id == id && entry->job.cancellable)
            entry->job.future.cancel();
    }
}

void JobTracker::cancelAll()
{
    for (const auto& entry : m_jobs) {
        if (entry->job.cancellable)
            entry->job.future.cancel();
    }
}

void JobTracker::remove(int id)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [id](const auto& entry) { return entry->job.id == id; });
    if (it == m_jobs.end())
        return;
    m_jobs.erase(it);
    emit jobFinished(id);
    emit changed();
}

} // namespace swb
