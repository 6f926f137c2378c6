#include "model/export/xlsxtablewriter.h"

#include "model/export/sheetname.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <utility>

#include <unistd.h>

namespace swb {

namespace {

constexpr quint32 s_maxRowsPerSheet = 1048576; // Excel's limit, header row included

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::XlsxTableWriter", text); // the context lupdate files these under
}

// "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" → Excel date; false when the text is not such a date.
bool parseIsoDate(std::string_view text, lxw_datetime* out)
{
    auto digits = [&](size_t from, size_t count, int* value) {
        *value = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (i >= text.size() || text[i] < '0' || text[i] > '9')
                return false;
            *value = *value * 10 + (text[i] - '0');
        }
        return true;
    };
    *out = lxw_datetime{};
    if (text.size() != 10 && text.size() != 19)
        return false;
    if (!digits(0, 4, &out->year) || text[4] != '-' || !digits(5, 2, &out->month) || text[7] != '-'
        || !digits(8, 2, &out->day))
        return false;
    if (out->year < 1900 || out->month < 1 || out->month > 12 || out->day < 1 || out->day > 31)
        return false;
    if (text.size() == 19) {
        int second = 0;
        if (text[10] != ' ' || !digits(11, 2, &out->hour) || text[13] != ':' || !digits(14, 2, &out->min)
            || text[16] != ':' || !digits(17, 2, &second))
            return false;
        out->sec = second;
    }
    return true;
}

// Wide enough for the bold header and for typical values of the type, at most 40 characters.
double columnWidth(const ExportColumn& column)
{
    const double header = double(column.headerText().size()) * 1.1 + 2.0;
    double values = 14.0;
    switch (column.type) {
    case FieldType::Date:
        values = 11.0;
        break;
    case FieldType::DateTime:
        values = 19.0;
        break;
    case FieldType::Integer:
    case FieldType::Real:
        values = 10.0;
        break;
    case FieldType::Boolean:
        values = std::max(6.0, double(std::max(column.trueWord.size(), column.falseWord.size())) + 2.0);
        break;
    case FieldType::Text:
        values = 16.0;
        break;
    }
    return std::min(40.0, std::max(header, values));
}

} // namespace

XlsxTableWriter::XlsxTableWriter(ExportTarget target, const QString& sheetName)
    : m_target(std::move(target))
    , m_sheetName(sheetName.isEmpty() ? QStringLiteral("customers") : sheetName)
{ }

XlsxTableWriter::~XlsxTableWriter()
{
    discard();
}

bool XlsxTableWriter::begin(const QList<ExportColumn>& columns, QString* error)
{
    m_columns = columns;
    // libxlsxwriter writes the zip itself: into a temporary file of ours that publish() puts in place.
    const int descriptor = m_target.createTemporary(&m_tempPath, error);
    if (descriptor < 0)
        return false;
    ::close(descriptor);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    // Its own temporary files (unlinked at once) go to the same disk as the output, so that "the disk is full"
    // names the disk that is.
    const QByteArray tempDir = QFile::encodeName(m_target.temporaryFolder());
    options.tmpdir = const_cast<char*>(tempDir.constData());
    const QByteArray path = QFile::encodeName(m_tempPath);
    m_workbook = workbook_new_opt(path.constData(), &options);
    if (!m_workbook) {
        if (error)
            *error = tr("Cannot create the workbook %1.").arg(m_target.path());
        return false;
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    makeNumberFormats();
    return addSheet(error);
}

void XlsxTableWriter::makeNumberFormats()
{
    m_numberFormats.clear();
    for (const ExportColumn& column : std::as_const(m_columns)) {
        const QByteArray numberFormat = column.numberFormat();
        lxw_format* format = numberFormat.isEmpty() ? nullptr : workbook_add_format(m_workbook);
        if (format)
            format_set_num_format(format, numberFormat.constData());
        m_numberFormats.push_back(format);
    }
}

bool XlsxTableWriter::addSheet(QString* error)
{
    ++m_sheets;
    const QString sheetName = excelSheetName(m_sheetName, m_sheetNames, m_sheets);
    m_sheetNames << sheetName;
    const QByteArray name = sheetName.toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!m_sheet) {
        if (error)
            *error = tr("Cannot add a worksheet to %1.").arg(m_target.path());
        return false;
    }
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const QString header = m_columns.at(c).headerText();
        errno = 0;
        fail(worksheet_write_string(m_sheet, 0, lxw_col_t(c), header.toUtf8().constData(), m_header));
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(m_columns.at(c)), nullptr);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    m_column = 0;
    return !failed(error);
}

bool XlsxTableWriter::startSheet(const QString& name, const QList<ExportColumn>& columns, QString* error)
{
    m_columns = columns;
    makeNumberFormats();
    m_sheetName = name;
    m_sheets = 0;
    return addSheet(error);
}

// libxlsxwriter does not check its writes to the temporary files of constant-memory mode: on a full disk it would
// close a truncated workbook without an error. A failed write leaves its errno behind, so every call into it starts
// with errno cleared and is checked right after.
void XlsxTableWriter::fail(int code)
{
    if (code != LXW_NO_ERROR && m_error == 0)
        m_error = code;
    if (m_systemError == 0 && (errno == ENOSPC || errno == EDQUOT || errno == EFBIG || errno == EIO))
        m_systemError = errno;
}

bool XlsxTableWriter::failed(QString* error) const
{
    if (m_systemError == 0 && m_error == 0)
        return false;
    if (error)
        *error = m_systemError != 0 ? m_target.writeError(m_systemError)
                                    : tr("Cannot write the workbook %1: %2")
                                          .arg(m_target.path(), QString::fromUtf8(lxw_strerror(lxw_error(m_error))));
    return true;
}

void XlsxTableWriter::null()
{
    ++m_column;
}

void XlsxTableWriter::integer(qint64 value)
{
    errno = 0;
    const ExportColumn& column = m_columns.at(m_column);
    const QByteArray word = column.type == FieldType::Boolean ? column.booleanWord(value) : QByteArray();
    // Words stay words ("Yes"); true/false become boolean cells and 1/0 numbers, as a spreadsheet would read them.
    if (column.type == FieldType::Boolean
        && (word.isEmpty() || word.compare("true", Qt::CaseInsensitive) == 0
            || word.compare("false", Qt::CaseInsensitive) == 0)) {
        fail(worksheet_write_boolean(m_sheet, m_row, m_column, value != 0, nullptr));
    } else if (column.type == FieldType::Boolean && word != "1" && word != "0") {
        fail(worksheet_write_string(m_sheet, m_row, m_column, word.constData(), nullptr));
    } else if (value > (qint64(1) << 53) || value < -(qint64(1) << 53)) {
        // Beyond a double's exact range: text keeps every digit (long IDs).
        m_scratch = std::to_string(value);
        fail(worksheet_write_string(m_sheet, m_row, m_column, m_scratch.c_str(), nullptr));
    } else {
        fail(worksheet_write_number(m_sheet, m_row, m_column, double(value), nullptr));
    }
    ++m_column;
}

void XlsxTableWriter::real(double value)
{
    errno = 0;
    if (std::isfinite(value))
        fail(worksheet_write_number(m_sheet, m_row, m_column, value, m_numberFormats[m_column]));
    ++m_column;
}

void XlsxTableWriter::text(std::string_view utf8)
{
    errno = 0;
    const FieldType type = m_columns.at(m_column).type;
    lxw_datetime date;
    if (isTemporal(type) && parseIsoDate(utf8, &date)) {
        fail(worksheet_write_datetime(m_sheet, m_row, m_column, &date, utf8.size() == 10 ? m_date : m_dateTime));
    } else {
        m_scratch.assign(utf8);
        fail(worksheet_write_string(m_sheet, m_row, m_column, m_scratch.c_str(), nullptr));
    }
    ++m_column;
}

bool XlsxTableWriter::endRow(QString* error)
{
    m_column = 0;
    ++m_row;
    if (failed(error))
        return false;
    if (m_row == s_maxRowsPerSheet)
        return addSheet(error);
    return true;
}

bool XlsxTableWriter::commit(QString* error)
{
    errno = 0;
    fail(workbook_close(m_workbook));
    m_workbook = nullptr;
    if (failed(error)) {
        discard();
        return false;
    }
    return m_target.publish(std::exchange(m_tempPath, QString()), error);
}

void XlsxTableWriter::discard()
{
    if (m_workbook) {
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_tempPath.isEmpty())
        QFile::remove(std::exchange(m_tempPath, QString()));
}

} // namespace swb
