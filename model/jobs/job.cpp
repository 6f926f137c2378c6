#include "model/jobs/job.h"

#include "model/jobs/jobtracker.h"
#include "model/jobs/threadpools.h"

#include <algorithm>

namespace swb {

void JobControl::setProgress(qint64 done, qint64 total)
{
    const int value = total > 0 ? int(std::clamp<qint64>(1000 * done / total, 0, 1000)) : 0;
    if (!m_throttle.accept(value, value == 1000))
        return;
    m_value = value;
    m_report(m_value, m_text);
}

void JobControl::setText(const QString& text)
{
    m_text = text;
    m_report(m_value, m_text);
}

namespace Jobs {

QThreadPool* pool(JobPool pool)
{
    switch (pool) {
    case JobPool::Interactive:
        return ThreadPools::interactive();
    case JobPool::LongRunning:
        return ThreadPools::longRunning();
    case JobPool::Writes:
        return ThreadPools::writes();
    }
    return ThreadPools::interactive();
}

void prepareThread(JobPool pool)
{
    if (pool == JobPool::LongRunning)
        ThreadPools::lowerPriorityOfThisThread();
}

void track(const JobOptions& options, const QFuture<void>& future)
{
    JobTracker* tracker = options.tracker ? options.tracker : JobTracker::application();
    if (tracker)
        tracker->add(options.title, future, options.cancellable);
}

} // namespace Jobs

} // namespace swb
