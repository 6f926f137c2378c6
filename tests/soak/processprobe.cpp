#include "tests/soak/processprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace swb::ProcessProbe {

double residentMegabytes()
{
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
    // Minus the one QDir used to list the folder.
    return int(descriptorTargets().size()) - 1;
}

int openDescriptorsUnder(const QString& pathPrefix)
{
    const QStringList targets = descriptorTargets();
    return int(std::count_if(targets.begin(), targets.end(),
                             [&](const QString& target) { return target.startsWith(pathPrefix); }));
}

} // namespace swb::ProcessProbe
