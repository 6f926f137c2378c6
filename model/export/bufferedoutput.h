// A file written through a large buffer into a QSaveFile: nothing appears under the final name until commit().
#pragma once

#include <QSaveFile>
#include <QString>

#include <string>
#include <string_view>

namespace swb {

class BufferedOutput
{
public:
    bool open(const QString& path, QString* error);
    void append(std::string_view bytes) { m_buffer.append(bytes); }
    void append(char c) { m_buffer.push_back(c); }
    // Writes the buffer out once it is large; false (with `error`) when the disk refuses.
    bool maybeFlush(QString* error) { return m_buffer.size() < s_flushAt || flush(error); }
    bool flush(QString* error);
    bool commit(QString* error);
    void discard();

private:
    static constexpr size_t s_flushAt = 1 << 20;
    QSaveFile m_file;
    std::string m_buffer;
};

} // namespace swb
