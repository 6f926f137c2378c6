// The thread pools of background work: quick reads for the screen are never queued behind a long import.
#pragma once

class QThreadPool;

namespace swb::ThreadPools {

// Pages of the customer table, counts and small workspace reads: short tasks that a user waits for.
QThreadPool* interactive();
// Imports, exports, demo generation: long tasks that report progress and can be cancelled.
QThreadPool* longRunning();

// Called first by a long task: lowers the calling thread's scheduling priority (nice 10 on Linux; the threads it
// starts inherit it), so that the GUI thread and the interactive reads get the CPU first when cores are short. On
// an idle machine the task runs as fast as before.
void lowerPriorityOfThisThread();

} // namespace swb::ThreadPools
