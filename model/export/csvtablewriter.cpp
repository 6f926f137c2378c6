#include "model/export/csvtablewriter.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace swb {

CsvTableWriter::CsvTableWriter(const ExportTarget& target, char delimiter, bool utf8Bom, bool escapeFormulas,
                               bool header)
    : m_delimiter(delimiter)
    , m_bom(utf8Bom)
    , m_escapeFormulas(escapeFormulas)
    , m_header(header)
    , m_out(target)
{ }

bool CsvTableWriter::looksLikeFormula(std::string_view utf8, bool numericColumn)
{
    if (utf8.empty())
        return false;
    switch (utf8.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        break;
    default:
        return false;
    }
    if (!numericColumn)
        return true;
    double number = 0;
    const auto [end, failure] = std::from_chars(utf8.data(), utf8.data() + utf8.size(), number);
    return failure != std::errc() || end != utf8.data() + utf8.size();
}

bool CsvTableWriter::begin(const QList<ExportColumn>& columns, QString* error)
{
    if (!m_out.open(error))
        return false;
    if (m_bom)
        m_out.append("\xEF\xBB\xBF");
    m_columns = columns;
    for (const ExportColumn& column : columns) {
        m_numeric.push_back(isNumeric(column.type));
        m_verbatim.push_back(column.verbatim);
        if (!m_header)
            continue;
        const QByteArray name = column.headerText().toUtf8();
        separate();
        cell(std::string_view(name.constData(), size_t(name.size())), false);
    }
    return !m_header || endRow(error);
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

void CsvTableWriter::cell(std::string_view utf8, bool numericColumn)
{
    if (!m_escapeFormulas || !looksLikeFormula(utf8, numericColumn)) {
        field(utf8);
        return;
    }
    m_scratch.assign(1, '\'');
    m_scratch.append(utf8);
    field(m_scratch);
}

void CsvTableWriter::null()
{
    separate();
    ++m_column;
}

// Numbers the database stores as numbers are written as numbers: they cannot hold a formula. A boolean column writes
// the words its file had; they are the file's own values, so they are not escaped.
void CsvTableWriter::integer(qint64 value)
{
    separate();
    const ExportColumn& column = m_columns.at(qsizetype(m_column));
    if (column.type == FieldType::Boolean && !column.trueWord.isEmpty() && !column.falseWord.isEmpty()) {
        const QByteArray word = column.booleanWord(value);
        field(std::string_view(word.constData(), size_t(word.size())));
        ++m_column;
        return;
    }
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(std::string_view(buffer, size_t(result.ptr - buffer)));
    ++m_column;
}

void CsvTableWriter::setShownAs(const QLocale& locale)
{
    m_shownAs = locale;
    // The table's date form: the locale's short date with a four-digit year (as ui's ValueFormat::dateFormat).
    m_dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!m_dateFormat.contains(QLatin1String("yyyy")))
        m_dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
}

void CsvTableWriter::real(double value)
{
    separate();
    const ExportColumn& column = m_columns.at(qsizetype(m_column));
    if (m_shownAs && std::isfinite(value)) {
        const int decimals = column.maxDecimals >= 0 ? column.maxDecimals : QLocale::FloatingPointShortest;
        const QByteArray shown = m_shownAs->toString(value, 'f', decimals).toUtf8();
        field(std::string_view(shown.constData(), size_t(shown.size())));
        ++m_column;
        return;
    }
    char buffer[64];
    const std::string_view number = formatReal(value, column.minDecimals, column.maxDecimals, buffer);
    if (m_decimal != '.') {
        for (size_t i = 0; i < number.size(); ++i) {
            if (buffer[i] == '.')
                buffer[i] = m_decimal;
        }
    }
    m_out.append(number);
    ++m_column;
}

void CsvTableWriter::text(std::string_view utf8)
{
    separate();
    const FieldType type = m_columns.at(qsizetype(m_column)).type;
    if (m_shownAs && (type == FieldType::Date || type == FieldType::DateTime)) {
        const QString iso = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (const QDate date = QDate::fromString(iso.left(10), Qt::ISODate); date.isValid()) {
            const QByteArray shown = (m_shownAs->toString(date, m_dateFormat) + iso.mid(10)).toUtf8();
            field(std::string_view(shown.constData(), size_t(shown.size())));
            ++m_column;
            return;
        }
    }
    if (m_verbatim[m_column])
        field(utf8);
    else
        cell(utf8, m_numeric[m_column]);
    ++m_column;
}

bool CsvTableWriter::endRow(QString* error)
{
    m_out.append("\r\n");
    m_firstInRow = true;
    m_column = 0;
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
