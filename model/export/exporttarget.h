// Where an export writes: a file replaced only once complete, or a device or pipe written directly; never the
// workspace being exported from.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace swb {

class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(swb::Exporter)

public:
    // Checks `path` as the output of an export from the workspace at `workspacePath`. Refused (nullopt with `error`):
    // the workspace file or its -wal, -shm or -journal file under any name (./ws, a symbolic or hard link), a folder,
    // a disk device, a socket, a file in a folder that does not exist. A character device (/dev/null), a pipe and
    // /dev/stdout, /dev/stderr, /dev/fd/N are streams, written in place; anything else is a file.
    static std::optional<ExportTarget> resolve(const QString& path, const QString& workspacePath, QString* error);

    // The path as the user gave it, for messages.
    const QString& path() const { return m_path; }
    bool isStream() const { return m_stream; }
    // The output is this process's standard output (/dev/stdout, /dev/fd/1).
    bool isStandardOutput() const { return m_descriptor == 1; }

    // Where temporary files go: the target's folder for a file (the same disk), the system's for a stream.
    QString temporaryFolder() const;
    // File: creates a new, empty temporary file next to the target (so that publish() is one rename); stream: in the
    // system's temporary folder. Returns its open descriptor and sets `tempPath`; -1 with `error` when refused.
    int createTemporary(QString* tempPath, QString* error) const;
    // Stream: opens it for writing; returns the descriptor (this process's own for /dev/stdout) or -1 with `error`.
    int openStream(QString* error) const;
    // Closes a descriptor openStream() returned (this process's own stay open).
    void closeStream(int descriptor) const;
    // Puts the finished temporary file in place: a file by rename (keeping an older file's permissions), a stream
    // by copying it there. The temporary file is gone afterwards, whatever the outcome.
    bool publish(const QString& tempPath, QString* error) const;

    // What a failed write of the target means for the user, from the errno of the failure.
    QString writeError(int errorCode) const;

private:
    QString m_path;
    QString m_filePath; // file: where the output ends up (symbolic links followed)
    int m_descriptor = -1; // stream: a descriptor of this process the path names, or -1 to open the path
    bool m_stream = false;
};

// Writes all of `size` bytes to `descriptor` (retrying short writes); false with errno set when the system refuses.
bool writeAll(int descriptor, const char* data, size_t size);

} // namespace swb
