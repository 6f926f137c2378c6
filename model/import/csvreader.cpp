#include "model/import/csvreader.h"

#include <algorithm>
#include <cstring>

namespace swb {

CsvReader::CsvReader(QIODevice* device, const Options& options)
    : m_device(device)
    , m_options(options)
    , m_decoder(options.encoding, options.otherEncodingName)
{
    m_special[static_cast<unsigned char>(options.delimiter)] = 1;
    m_special[static_cast<unsigned char>('\n')] = 1;
    m_special[static_cast<unsigned char>('\r')] = 1;
    m_special[static_cast<unsigned char>('"')] = 1;
    if (options.skipBytes > 0)
        m_bytesRead = std::max<qint64>(0, m_device->skip(options.skipBytes));
    m_line = options.firstLine;
}

CsvReader::~CsvReader() = default;

bool CsvReader::fill()
{
    if (m_eof || hasError())
        return false;
    // Keep only the record in progress, at the front.
    if (m_recordStart > 0) {
        if (m_end > m_recordStart)
            std::memmove(m_buffer.data(), m_buffer.data() + m_recordStart, m_end - m_recordStart);
        m_end -= m_recordStart;
        m_recordStart = 0;
    }
    const size_t chunk = size_t(m_options.chunkBytes);
    for (;;) {
        qint64 wanted = qint64(chunk);
        if (m_options.readLimit >= 0) {
            wanted = std::min(wanted, m_options.readLimit - m_bytesRead);
            if (wanted <= 0) {
                m_hitLimit = !m_device->atEnd();
                m_eof = true;
                return false;
            }
        }
        if (m_decoder.passesThrough()) {
            if (m_buffer.size() < m_end + size_t(wanted))
                m_buffer.resize(std::max(m_buffer.size() * 2, m_end + size_t(wanted)));
            const qint64 got = m_device->read(m_buffer.data() + m_end, wanted);
            if (got < 0) {
                m_error = tr("Cannot read the file: %1").arg(m_device->errorString());
                return false;
            }
            if (got == 0) {
                m_eof = true;
                return false;
            }
            m_bytesRead += got;
            m_end += size_t(got);
            return true;
        }
        m_raw.resize(size_t(wanted));
        const qint64 got = m_device->read(m_raw.data(), wanted);
        if (got < 0) {
            m_error = tr("Cannot read the file: %1").arg(m_device->errorString());
            return false;
        }
        std::string decoded;
        if (got == 0) {
            m_eof = true;
            m_decoder.finish(decoded);
        } else {
            m_bytesRead += got;
            m_decoder.decode(m_raw.data(), got, decoded);
        }
        if (!decoded.empty()) {
            if (m_buffer.size() < m_end + decoded.size())
                m_buffer.resize(std::max(m_buffer.size() * 2, m_end + decoded.size()));
            std::memcpy(m_buffer.data() + m_end, decoded.data(), decoded.size());
            m_end += decoded.size();
            return true;
        }
        if (m_eof)
            return false;
    }
}

bool CsvReader::next(CsvRecord& record)
{
    record.fields.clear();
    record.unterminatedQuote = false;
    record.byteOrderMark = false;
    record.textAfterQuote = -1;
    record.longestQuoted = -1;
    record.longestQuotedBreaks = 0;
    const char delimiter = m_options.delimiter;
    for (;;) {
        // Find the start of the next record, dropping the LF of a CRLF split across chunks.
        if (m_recordStart == m_end) {
            if (!fill())
                return false;
            continue;
        }
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (m_buffer[m_recordStart] == '\n') {
                ++m_recordStart;
                continue;
            }
        }
        // A byte order mark at the start of a line (files joined with cat) is not part of the first value.
        if (m_buffer[m_recordStart] == '\xEF') {
            if (m_end - m_recordStart < 3 && fill())
                continue;
            if (m_end - m_recordStart >= 3 && std::memcmp(m_buffer.data() + m_recordStart, "\xEF\xBB\xBF", 3) == 0) {
                m_recordStart += 3;
                record.byteOrderMark = true;
                continue;
            }
        }

        const qint64 startLine = m_line;
        State state = State::FieldStart;
        size_t read = 0;
        size_t write = 0;
        size_t fieldStart = 0;
        bool quoted = false;
        bool complete = false;
        bool endedWithBreak = false;
        qint64 fieldBreaks = 0;
        m_fields.clear();
        auto endRecord = [&](char* base, size_t available) {
            m_fields.emplace_back(fieldStart, write - fieldStart);
            if (base[read] == '\r') {
                if (read + 1 < available) {
                    if (base[read + 1] == '\n')
                        ++read;
                } else {
                    m_skipLineFeed = true;
                }
            }
            ++read;
            ++m_line;
            complete = true;
            endedWithBreak = true;
        };
        while (!complete) {
            char* base = m_buffer.data() + m_recordStart;
            const size_t available = m_end - m_recordStart;
            while (read < available && !complete) {
                switch (state) {
                case State::FieldStart:
                    // A field is compacted in place only where it has to be (after a doubled quote): the others are
                    // viewed where they stand.
                    if (base[read] == '"') {
                        state = State::Quoted;
                        quoted = true;
                        fieldBreaks = 0;
                        ++read;
                        fieldStart = write = read;
                        break;
                    }
                    state = State::Unquoted;
                    [[fallthrough]];
                case State::Unquoted: {
                    const size_t from = read;
                    while (read < available && !m_special[static_cast<unsigned char>(base[read])])
                        ++read;
                    if (write != from)
                        std::memmove(base + write, base + from, read - from);
                    write += read - from;
                    if (read == available)
                        break;
                    const char c = base[read];
                    if (c == delimiter) {
                        m_fields.emplace_back(fieldStart, write - fieldStart);
                        ++read;
                        fieldStart = write = read;
                        state = State::FieldStart;
                    } else if (c == '\n' || c == '\r') {
                        endRecord(base, available);
                    } else {
                        base[write++] = c; // a quote inside an unquoted field is kept as it is
                        ++read;
                    }
                    break;
                }
                case State::Quoted: {
                    const char* quote = static_cast<const char*>(std::memchr(base + read, '"', available - read));
                    const size_t stop = quote ? size_t(quote - base) : available;
                    const qint64 breaks = std::count(base + read, base + stop, '\n');
                    m_line += breaks;
                    fieldBreaks += breaks;
                    if (fieldBreaks > record.longestQuotedBreaks) {
                        record.longestQuotedBreaks = fieldBreaks;
                        record.longestQuoted = int(m_fields.size());
                    }
                    if (write != read)
                        std::memmove(base + write, base + read, stop - read);
                    write += stop - read;
                    read = stop;
                    if (read < available) {
                        ++read;
                        state = State::QuoteInQuoted;
                    }
                    break;
                }
                case State::QuoteInQuoted: {
                    const char c = base[read];
                    if (c == '"') {
                        base[write++] = '"';
                        ++read;
                        state = State::Quoted;
                    } else if (c == delimiter) {
                        m_fields.emplace_back(fieldStart, write - fieldStart);
                        ++read;
                        fieldStart = write = read;
                        state = State::FieldStart;
                    } else if (c == '\n' || c == '\r') {
                        endRecord(base, available);
                    } else {
                        // Text after the closing quote is kept, as spreadsheets do; the caller reports it.
                        if (record.textAfterQuote < 0)
                            record.textAfterQuote = int(m_fields.size());
                        state = State::Unquoted;
                    }
                    break;
                }
                }
            }
            if (m_options.maxFields >= 0 && qsizetype(m_fields.size()) > m_options.maxFields) {
                m_tooManyFields = true;
                m_error = tr("The record starting on line %1 has more than %2 fields.")
                              .arg(QString::number(startLine), QString::number(m_options.maxFields));
                return false;
            }
            if (complete)
                break;
            if (qint64(read) > m_options.maxRecordBytes) {
                const QString megabytes = QString::number(m_options.maxRecordBytes >> 20);
                m_error = !quoted && m_line == startLine
                    ? tr("Line %1 has no line end in its first %2 MB, so the file cannot be split into records. "
                         "Check that it is a CSV file.")
                          .arg(QString::number(startLine), megabytes)
                    : tr("The record starting on line %1 is longer than %2 MB: a quote is probably not "
                         "closed. Check the quotes in that line, or choose another delimiter.")
                          .arg(QString::number(startLine), megabytes);
                return false;
            }
            if (!fill()) {
                if (hasError())
                    return false;
                // End of input: whatever was read is the last record.
                if (read == 0 && state == State::FieldStart)
                    return false;
                record.unterminatedQuote = state == State::Quoted;
                m_fields.emplace_back(fieldStart, write - fieldStart);
                complete = true;
            }
        }

        const char* base = m_buffer.data() + m_recordStart;
        m_recordStart += read;
        if (m_fields.size() == 1 && m_fields.front().second == 0 && !quoted) {
            record.byteOrderMark = false;
            continue; // a blank line
        }
        record.line = startLine;
        record.lastLine = endedWithBreak ? m_line - 1 : m_line;
        record.fields.reserve(m_fields.size());
        for (const auto& [offset, length] : m_fields)
            record.fields.emplace_back(base + offset, length);
        return true;
    }
}

} // namespace swb
