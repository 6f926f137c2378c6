// Streaming RFC 4180 reader: decodes a file of any supported encoding to UTF-8 and yields records in bounded memory.
#pragma once

#include "model/import/textdecoder.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace swb {

struct CsvRecord
{
    std::vector<std::string_view> fields; // UTF-8 (when the input was valid), unquoted; valid until the next read
    qint64 line = 0; // 1-based physical line where the record starts
    bool unterminatedQuote = false; // the file ended inside a quoted field
    qint64 lastLine = 0; // physical line where the record ends
    bool byteOrderMark = false; // a U+FEFF before the first field was skipped
    int textAfterQuote = -1; // the first field with text between its closing quote and the delimiter, or -1
    int longestQuoted = -1; // the quoted field with the most line breaks, or -1 when no quoted field has one
    qint64 longestQuotedBreaks = 0; // its line breaks
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(swb::CsvReader)

public:
    struct Options
    {
        char delimiter = ',';
        TextEncoding encoding = TextEncoding::Utf8;
        QByteArray otherEncodingName;
        int skipBytes = 0; // bytes skipped before the first line: a BOM, and a spreadsheet's "sep=;" line
        qint64 firstLine = 1; // the line number of the first line read
        qint64 maxRecordBytes = qint64(64) << 20; // a longer record is an error (an unclosed quote, usually)
        qint64 readLimit = -1; // stop reading after this many bytes (previews)
        qsizetype maxFields = -1; // a record with more fields is an error (detection of a file that is one long line)
        int chunkBytes = 1 << 20;
    };

    CsvReader(QIODevice* device, const Options& options);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads the next record; false at the end of the input or on an error (see `error()`). Blank lines are skipped.
    bool next(CsvRecord& record);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; } // raw bytes consumed from the device
    bool hitReadLimit() const { return m_hitLimit; }
    bool tooManyFields() const { return m_tooManyFields; } // the error is a record wider than `maxFields`

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();

    QIODevice* m_device = nullptr;
    Options m_options;
    TextDecoder m_decoder;
    std::string m_buffer; // decoded UTF-8; [m_recordStart, m_end) is still to parse
    std::string m_raw; // raw bytes of one chunk before decoding
    size_t m_recordStart = 0;
    size_t m_end = 0;
    bool m_eof = false;
    bool m_hitLimit = false;
    bool m_tooManyFields = false;
    bool m_skipLineFeed = false; // the previous record ended with CR: an LF right after belongs to it
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    QString m_error;
    unsigned char m_special[256] = {};
    std::vector<std::pair<size_t, size_t>> m_fields; // offset from the record start, length
};

} // namespace swb
