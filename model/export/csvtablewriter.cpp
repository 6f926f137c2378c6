#include "model/export/csvtablewriter.h"

#include <charconv>

namespace swb {

CsvTableWriter::CsvTableWriter(QString path, char delimiter, bool utf8Bom)
    : m_path(std::move(path))
    , m_delimiter(delimiter)
    , m_bom(utf8Bom)
{ }

bool CsvTableWriter::begin(const QList<ExportColumn>& columns, QString* error)
{
    if (!m_out.open(m_path, error))
        return false;
    if (m_bom)
        m_out.append("\xEF\xBB\xBF");
    for (const ExportColumn& column : columns) {
        const QByteArray name = column.name.toUtf8();
        separate();
        field(std::string_view(name.constData(), size_t(name.size())));
    }
    return endRow(error);
}

void CsvTableWriter::separate()
{
    if (!m_firstInRow)
        m_out.append(m_delimiter);
    m_firstInRow = false;
}

void CsvTableWriter::field(std::string_view utf8)
{
    const bool quote
        = utf8.find_first_of("\"\r\n") != std::string_view::npos || utf8.find(m_delimiter) != std::string_view::npos;
    if (!quote) {
        m_out.append(utf8);
        return;
    }
    m_out.append('"');
    size_t start = 0;
    for (size_t quotePos = utf8.find('"'); quotePos != std::string_view::npos; quotePos = utf8.find('"', start)) {
        m_out.append(utf8.substr(start, quotePos + 1 - start));
        m_out.append('"');
        start = quotePos + 1;
    }
    m_out.append(utf8.substr(start));
    m_out.append('"');
}

void CsvTableWriter::null()
{
    separate();
}

void CsvTableWriter::integer(qint64 value)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(std::string_view(buffer, size_t(result.ptr - buffer)));
}

void CsvTableWriter::real(double value)
{
    separate();
    char buffer[32];
    m_out.append(formatReal(value, buffer));
}

void CsvTableWriter::text(std::string_view utf8)
{
    separate();
    field(utf8);
}

bool CsvTableWriter::endRow(QString* error)
{
    m_out.append("\r\n");
    m_firstInRow = true;
    return m_out.maybeFlush(error);
}

bool CsvTableWriter::commit(QString* error)
{
    return m_out.commit(error);
}

void CsvTableWriter::discard()
{
    m_out.discard();
}

} // namespace swb
