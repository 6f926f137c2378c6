#include "filechecks.h"

#include <QCryptographicHash>
#include <QFile>

#include <sys/stat.h>

namespace swb::test {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool isCharacterDevice(const char* path)
{
    struct stat info = {};
    return ::stat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

} // namespace swb::test
