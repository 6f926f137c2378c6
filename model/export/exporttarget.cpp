#include "model/export/exporttarget.h"

#include "model/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace swb {

namespace {

QString systemMessage(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// The descriptor of this process that `path` names (/dev/stdout, /dev/fd/3, /proc/self/fd/3), else -1. Writing to
// it keeps what the shell set up: `>>` appends, a pipe stays the same pipe.
int ownDescriptor(const QString& path)
{
    if (path == QLatin1String("/dev/stdout"))
        return STDOUT_FILENO;
    if (path == QLatin1String("/dev/stderr"))
        return STDERR_FILENO;
    for (const QLatin1String prefix : {QLatin1String("/dev/fd/"), QLatin1String("/proc/self/fd/")}) {
        if (path.startsWith(prefix)) {
            bool ok = false;
            const int descriptor = path.mid(prefix.size()).toInt(&ok);
            return ok && descriptor >= 0 ? descriptor : -1;
        }
    }
    return -1;
}

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Whether the output (`finalPath` where it is a file, `info` where it exists) is the workspace file or one of its
// -wal, -shm, -journal files: by name, for the journal files SQLite has not created yet, and by identity, for
// symbolic and hard links and other spellings of the same file.
bool isWorkspaceFile(const QString& finalPath, const struct stat* info, const QString& workspacePath)
{
    if (workspacePath.isEmpty())
        return false;
    const QFileInfo workspace(workspacePath);
    QStringList bases{QDir::cleanPath(workspace.absoluteFilePath())};
    const QString canonical = workspace.canonicalFilePath();
    if (!canonical.isEmpty() && canonical != bases.constFirst())
        bases << canonical;
    for (const QString& base : std::as_const(bases)) {
        for (const QString& name : Workspace::filesOf(base)) {
            if (!finalPath.isEmpty() && name == finalPath)
                return true;
            struct stat existing = {};
            if (info && ::stat(QFile::encodeName(name).constData(), &existing) == 0 && sameFile(existing, *info))
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<ExportTarget> ExportTarget::resolve(const QString& path, const QString& workspacePath, QString* error)
{
    auto refuse = [error](const QString& message) -> std::optional<ExportTarget> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto refuseWorkspace = [&] {
        return refuse(tr("%1 is the workspace being exported or one of its -wal, -shm or -journal files: the export "
                         "would destroy the workspace. Choose another file name.")
                          .arg(path));
    };
    if (path.isEmpty())
        return refuse(tr("Choose a file to export to."));

    ExportTarget target;
    target.m_path = path;
    struct stat info = {};
    const int own = ownDescriptor(path);
    if (own >= 0) {
        if (::fstat(own, &info) != 0)
            return refuse(tr("Cannot write %1: this program has no such output open.").arg(path));
        if (S_ISREG(info.st_mode) && isWorkspaceFile(QString(), &info, workspacePath))
            return refuseWorkspace();
        target.m_descriptor = own;
        target.m_stream = true;
        return target;
    }

    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return refuse(tr("%1 is a folder; choose a file name to export to.").arg(path));
        if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)) {
            target.m_stream = true;
            return target;
        }
        if (!S_ISREG(info.st_mode))
            return refuse(tr("%1 is neither a file nor a pipe or character device (such as /dev/null), so nothing "
                             "can be exported to it. Choose a file name.")
                              .arg(path));
        target.m_filePath = QFileInfo(path).canonicalFilePath();
        if (isWorkspaceFile(target.m_filePath, &info, workspacePath))
            return refuseWorkspace();
        if (::access(native.constData(), W_OK) != 0)
            return refuse(tr("Cannot replace %1: the file is read-only. Choose another file name, or make it "
                             "writable first.")
                              .arg(path));
        return target;
    }
    if (errno != ENOENT)
        return refuse(tr("Cannot write %1: %2").arg(path, systemMessage(errno)));

    // A new file (or the missing file a symbolic link points to): it goes into an existing folder.
    const QFileInfo given(path);
    QString absolute = given.absoluteFilePath();
    if (given.isSymLink())
        absolute = given.symLinkTarget();
    const QFileInfo wanted(absolute);
    if (wanted.fileName().isEmpty())
        return refuse(tr("%1 names a folder; add a file name to export to.").arg(path));
    const QFileInfo folder(wanted.absolutePath());
    if (!folder.isDir())
        return refuse(tr("Cannot write %1: the folder %2 does not exist. Create it or choose another folder.")
                          .arg(path, QDir::toNativeSeparators(folder.absoluteFilePath())));
    target.m_filePath = QDir(folder.canonicalFilePath()).filePath(wanted.fileName());
    if (isWorkspaceFile(target.m_filePath, nullptr, workspacePath))
        return refuseWorkspace();
    return target;
}

QString ExportTarget::temporaryFolder() const
{
    return m_stream ? QDir::tempPath() : QFileInfo(m_filePath).absolutePath();
}

int ExportTarget::createTemporary(QString* tempPath, QString* error) const
{
    const QString folder = temporaryFolder();
    const QString name = m_stream ? QStringLiteral("swb-export") : QFileInfo(m_filePath).fileName();
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate = QDir(folder).filePath(
            QStringLiteral(".%1.%2.part").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(12)));
        const int descriptor
            = ::open(QFile::encodeName(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (descriptor >= 0) {
            *tempPath = candidate;
            return descriptor;
        }
        if (errno != EEXIST) {
            if (error)
                *error = writeError(errno);
            return -1;
        }
    }
    if (error)
        *error = writeError(EEXIST);
    return -1;
}

int ExportTarget::openStream(QString* error) const
{
    if (m_descriptor >= 0)
        return m_descriptor;
    // No O_TRUNC and no O_CREAT: a device or pipe is written as it is, and nothing is made in its place.
    int descriptor = -1;
    do {
        descriptor = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    } while (descriptor < 0 && errno == EINTR);
    if (descriptor < 0 && error)
        *error = writeError(errno);
    return descriptor;
}

void ExportTarget::closeStream(int descriptor) const
{
    if (descriptor >= 0 && descriptor != m_descriptor)
        ::close(descriptor);
}

bool ExportTarget::publish(const QString& tempPath, QString* error) const
{
    const QByteArray temp = QFile::encodeName(tempPath);
    auto fail = [&](int code) {
        ::unlink(temp.constData());
        if (error)
            *error = writeError(code);
        return false;
    };
    if (!m_stream) {
        const QByteArray final = QFile::encodeName(m_filePath);
        struct stat older = {};
        if (::stat(final.constData(), &older) == 0)
            ::chmod(temp.constData(), older.st_mode & 07777);
        // rename(2) replaces an older file in one step: readers see the old file or the new one, never a part.
        if (::rename(temp.constData(), final.constData()) != 0)
            return fail(errno);
        return true;
    }
    const int input = ::open(temp.constData(), O_RDONLY | O_CLOEXEC);
    if (input < 0)
        return fail(errno);
    const int output = openStream(error);
    if (output < 0) {
        ::close(input);
        ::unlink(temp.constData());
        return false;
    }
    char buffer[1 << 16];
    int failure = 0;
    for (;;) {
        const ssize_t got = ::read(input, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            failure = got < 0 ? errno : 0;
            break;
        }
        if (!writeAll(output, buffer, size_t(got))) {
            failure = errno;
            break;
        }
    }
    ::close(input);
    closeStream(output);
    if (failure != 0)
        return fail(failure);
    ::unlink(temp.constData());
    return true;
}

QString ExportTarget::writeError(int errorCode) const
{
    if (m_stream) {
        switch (errorCode) {
        case ENOSPC:
            return tr("Cannot write %1: the disk is full (no space is left on the device).").arg(m_path);
        case EACCES:
        case EPERM:
            return tr("Cannot write %1: you are not allowed to write to it.").arg(m_path);
        case EPIPE:
            return tr("Cannot write %1: the program reading the pipe has stopped reading.").arg(m_path);
        default:
            return tr("Cannot write %1: %2").arg(m_path, systemMessage(errorCode));
        }
    }
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_filePath).absolutePath());
    switch (errorCode) {
    case ENOSPC:
        return tr("Cannot write %1: the disk is full. Free some space or export to another disk, then try again. "
                  "No partial file was left.")
            .arg(m_path);
    case EDQUOT:
        return tr("Cannot write %1: your disk quota is used up. Free some space or export to another disk, then try "
                  "again. No partial file was left.")
            .arg(m_path);
    case EFBIG:
        return tr("Cannot write %1: the file would be larger than this disk or system allows. Export fewer customers "
                  "or columns, or to another disk. No partial file was left.")
            .arg(m_path);
    case EACCES:
    case EPERM:
        return tr("Cannot write %1: you are not allowed to create files in the folder %2. Choose another folder.")
            .arg(m_path, folder);
    case EROFS:
        return tr("Cannot write %1: the folder %2 is on a read-only disk. Choose another folder.").arg(m_path, folder);
    default:
        return tr("Cannot write %1: %2. No partial file was left.").arg(m_path, systemMessage(errorCode));
    }
}

bool writeAll(int descriptor, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(descriptor, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= size_t(written);
    }
    return true;
}

} // namespace swb
