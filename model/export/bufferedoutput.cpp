#include "model/export/bufferedoutput.h"

#include <QCoreApplication>

namespace swb {

bool BufferedOutput::open(const QString& path, QString* error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error
                = QCoreApplication::translate("swb::Exporter", "Cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_buffer.reserve(s_flushAt + 65536);
    return true;
}

bool BufferedOutput::flush(QString* error)
{
    if (m_buffer.empty())
        return true;
    const qint64 written = m_file.write(m_buffer.data(), qint64(m_buffer.size()));
    m_buffer.clear();
    if (written < 0) {
        if (error)
            *error = QCoreApplication::translate("swb::Exporter", "Cannot write %1: %2")
                         .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool BufferedOutput::commit(QString* error)
{
    if (!flush(error))
        return false;
    if (!m_file.commit()) {
        if (error)
            *error = QCoreApplication::translate("swb::Exporter", "Cannot save %1: %2")
                         .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void BufferedOutput::discard()
{
    m_buffer.clear();
    m_file.cancelWriting();
    m_file.commit(); // with writing cancelled this only removes the temporary file
}

} // namespace swb
