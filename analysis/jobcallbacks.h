// The cancel check and progress callback every long computation in analysis/ takes.
#pragma once

#include <functional>

namespace swb {

// Polled from the calling thread only (at least once per iteration or restart), so a callback need not be
// thread-safe. An empty function means "never cancel" / "nobody listens".
using CancelCheck = std::function<bool()>;
// Percent in [0, 100], non-decreasing within one call; may repeat the same value.
using ProgressCallback = std::function<void(int percent)>;

} // namespace swb
