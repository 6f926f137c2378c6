#include "tests/soak/processprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <malloc.h>

namespace swb::ProcessProbe {

double residentMegabytes()
{
    // Freed memory that glibc keeps in its per-thread arenas is not a leak, and how much it keeps depends on how the
    // jobs' threads happened to interleave (a CI run measured +17.8% in 500 cycles that trimming does not show):
    // give it back first, so that RSS measures what is still allocated.
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:")) // "VmRSS:     123456 kB"
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double heapInUseMegabytes()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return -1;
#endif
}

namespace {

QStringList descriptorTargets()
{
    QStringList targets;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    const QStringList entries = fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
    for (const QString& entry : entries)
        targets << QFileInfo(fds.filePath(entry)).symLinkTarget();
    return targets;
}

} // namespace

int openDescriptors()
{
    // Files, pipes and sockets, minus the one QDir used to list the folder. Event descriptors (anon_inode: eventfd,
    // epoll) belong to the event loops of pool threads, which come and go with the pools' idle timeout.
    const QStringList targets = descriptorTargets();
    return int(std::count_if(targets.begin(), targets.end(),
                             [](const QString& target) { return !target.contains(QLatin1String("anon_inode:")); }))
        - 1;
}

int openDescriptorsUnder(const QString& pathPrefix)
{
    const QStringList targets = descriptorTargets();
    return int(std::count_if(targets.begin(), targets.end(),
                             [&](const QString& target) { return target.startsWith(pathPrefix); }));
}

} // namespace swb::ProcessProbe
