// What the soak test measures of its own process on Linux: resident memory and open file descriptors.
#pragma once

#include <QString>

namespace swb::ProcessProbe {

// VmRSS from /proc/self/status, in MiB; -1 when unknown.
double residentMegabytes();
// The heap still allocated (glibc's mallinfo2: bytes in use in every arena plus mmapped blocks), in MiB: what a leak
// grows, whatever the arenas keep for reuse; -1 when unknown.
double heapInUseMegabytes();
// Entries of /proc/self/fd.
int openDescriptors();
// Descriptors whose target starts with `pathPrefix` (a workspace's .sqlite, -wal and -shm files).
int openDescriptorsUnder(const QString& pathPrefix);

} // namespace swb::ProcessProbe
