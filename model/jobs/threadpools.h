// The thread pools of background work: quick reads for the screen are never queued behind a long import.
#pragma once

class QThreadPool;

namespace swb::ThreadPools {

// Pages of the customer table, counts and small workspace reads: short tasks that a user waits for.
QThreadPool* interactive();
// Imports, exports, demo generation: long tasks that report progress and can be cancelled.
QThreadPool* longRunning();

} // namespace swb::ThreadPools
