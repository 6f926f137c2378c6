// An export's bytes through a large buffer: into a temporary file renamed over the target when complete (nothing
// appears under the final name until commit()), or straight into a device or pipe.
#pragma once

#include "model/export/exporttarget.h"

#include <QString>

#include <string>
#include <string_view>

namespace swb {

class BufferedOutput
{
public:
    explicit BufferedOutput(ExportTarget target);
    ~BufferedOutput();
    BufferedOutput(const BufferedOutput&) = delete;
    BufferedOutput& operator=(const BufferedOutput&) = delete;

    bool open(QString* error);
    void append(std::string_view bytes) { m_buffer.append(bytes); }
    void append(char c) { m_buffer.push_back(c); }
    // Writes the buffer out once it is large; false (with `error`) when the disk refuses.
    bool maybeFlush(QString* error) { return m_buffer.size() < s_flushAt || flush(error); }
    bool flush(QString* error);
    bool commit(QString* error);
    void discard();

private:
    static constexpr size_t s_flushAt = 1 << 20;
    ExportTarget m_target;
    QString m_tempPath; // a file target's temporary file until commit() or discard()
    int m_descriptor = -1;
    std::string m_buffer;
};

} // namespace swb
