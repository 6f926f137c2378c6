// What the soak test measures of its own process on Linux: resident memory and open file descriptors.
#pragma once

#include <QString>

namespace swb::ProcessProbe {

// VmRSS from /proc/self/status, in MiB; -1 when unknown.
double residentMegabytes();
// Entries of /proc/self/fd.
int openDescriptors();
// Descriptors whose target starts with `pathPrefix` (a workspace's .sqlite, -wal and -shm files).
int openDescriptorsUnder(const QString& pathPrefix);

} // namespace swb::ProcessProbe
