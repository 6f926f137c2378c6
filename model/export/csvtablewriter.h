// CSV (RFC 4180: quoted when needed, CRLF line ends, UTF-8, optional BOM) and TSV output; text a spreadsheet would
// run as a formula is escaped with a leading ' unless asked not to.
#pragma once

#include "model/export/bufferedoutput.h"
#include "model/export/tablewriter.h"

#include <QLocale>

#include <optional>
#include <string>
#include <vector>

namespace swb {

class CsvTableWriter : public TableWriter
{
public:
    CsvTableWriter(const ExportTarget& target, char delimiter, bool utf8Bom, bool escapeFormulas, bool header = true);

    bool begin(const QList<ExportColumn>& columns, QString* error) override;
    void null() override;
    void integer(qint64 value) override;
    void real(double value) override;
    void text(std::string_view utf8) override;
    bool endRow(QString* error) override;
    bool commit(QString* error) override;
    void discard() override;

    // Whether a spreadsheet would take the cell for a formula (OWASP "CSV injection"): it starts with = + - @, a
    // tab or a carriage return, and is not a number in a numeric column (-12.5 there stays a number).
    static bool looksLikeFormula(std::string_view utf8, bool numericColumn);
    // The decimal mark of real numbers: '.' (default) or ',' (German, French spreadsheets).
    void setDecimalMark(char mark) { m_decimal = mark; }
    // Decimals and dates as `locale` shows them (the export's "as shown" choice).
    void setShownAs(const QLocale& locale);

private:
    void separate();
    void field(std::string_view utf8);
    void cell(std::string_view utf8, bool numericColumn);

    char m_delimiter = ',';
    bool m_bom = false;
    char m_decimal = '.';
    std::optional<QLocale> m_shownAs;
    QString m_dateFormat; // of m_shownAs
    bool m_escapeFormulas = true;
    bool m_header = true;
    bool m_firstInRow = true;
    std::vector<bool> m_numeric; // per column: a number stored as text in it is not escaped
    std::vector<bool> m_verbatim; // per column: never escaped (ExportColumn::verbatim)
    QList<ExportColumn> m_columns; // boolean words and decimal places
    size_t m_column = 0;
    std::string m_scratch;
    BufferedOutput m_out;
};

} // namespace swb
