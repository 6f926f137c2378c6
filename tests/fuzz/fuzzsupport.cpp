#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace swb::fuzz {

QString scratchPath(const QString& name)
{
    // In memory when there is /dev/shm: the targets write a file per input, and SQLite syncs.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/swb-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/swb-fuzz-XXXXXX"));
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a scratch folder: %1").arg(dir.errorString()));
    return dir.filePath(name);
}

void writeFile(const QString& path, const uint8_t* data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

void fail(const QString& message)
{
    std::fprintf(stderr, "fuzz target: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace swb::fuzz
