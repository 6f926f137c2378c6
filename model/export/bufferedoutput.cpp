#include "model/export/bufferedoutput.h"

#include <QFile>

#include <cerrno>
#include <utility>

#include <unistd.h>

namespace swb {

BufferedOutput::BufferedOutput(ExportTarget target)
    : m_target(std::move(target))
{ }

BufferedOutput::~BufferedOutput()
{
    discard();
}

bool BufferedOutput::open(QString* error)
{
    m_descriptor = m_target.isStream() ? m_target.openStream(error) : m_target.createTemporary(&m_tempPath, error);
    if (m_descriptor < 0)
        return false;
    m_buffer.reserve(s_flushAt + 65536);
    return true;
}

bool BufferedOutput::flush(QString* error)
{
    if (m_buffer.empty())
        return true;
    const bool written = writeAll(m_descriptor, m_buffer.data(), m_buffer.size());
    m_buffer.clear();
    if (!written) {
        if (error)
            *error = m_target.writeError(errno);
        return false;
    }
    return true;
}

bool BufferedOutput::commit(QString* error)
{
    if (!flush(error))
        return false;
    if (m_target.isStream()) {
        m_target.closeStream(m_descriptor);
        m_descriptor = -1;
        return true;
    }
    // On disk before the rename, so that after a crash the name holds the old file or the whole new one.
    const int descriptor = m_descriptor;
    m_descriptor = -1;
    int code = ::fsync(descriptor) == 0 ? 0 : errno;
    if (::close(descriptor) != 0 && code == 0)
        code = errno;
    if (code != 0) {
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
        if (error)
            *error = m_target.writeError(code);
        return false;
    }
    const QString temp = std::exchange(m_tempPath, QString());
    return m_target.publish(temp, error);
}

void BufferedOutput::discard()
{
    m_buffer.clear();
    if (m_descriptor < 0)
        return;
    if (m_target.isStream()) {
        m_target.closeStream(m_descriptor);
    } else {
        ::close(m_descriptor);
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
    }
    m_descriptor = -1;
}

} // namespace swb
