// The thread pools of background work: quick reads for the screen are never queued behind a long import. Work
// starts through Jobs::start (job.h), which picks the pool by the job's kind; which work is of which kind is written
// there, once.
#pragma once

class QThreadPool;

namespace swb::ThreadPools {

// JobPool::Interactive: counts, pages of the customer table, other small reads: short tasks that a user waits for.
QThreadPool* interactive();
// JobPool::LongRunning: imports, exports, demo generation, column-store loads, KPIs, RFM, clustering: long tasks
// that report progress and can be cancelled.
QThreadPool* longRunning();
// JobPool::Writes: changes to the open workspace (its segments, the as-of date): one thread, so they run in the
// order they were asked for.
QThreadPool* writes();

// Called first by a long task: lowers the calling thread's scheduling priority (nice 10 on Linux; the threads it
// starts inherit it), so that the GUI thread and the interactive reads get the CPU first when cores are short. On
// an idle machine the task runs as fast as before.
void lowerPriorityOfThisThread();

} // namespace swb::ThreadPools
