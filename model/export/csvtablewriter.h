// CSV (RFC 4180: quoted when needed, CRLF line ends, UTF-8, optional BOM) and TSV output.
#pragma once

#include "model/export/bufferedoutput.h"
#include "model/export/tablewriter.h"

namespace swb {

class CsvTableWriter : public TableWriter
{
public:
    CsvTableWriter(QString path, char delimiter, bool utf8Bom);

    bool begin(const QList<ExportColumn>& columns, QString* error) override;
    void null() override;
    void integer(qint64 value) override;
    void real(double value) override;
    void text(std::string_view utf8) override;
    bool endRow(QString* error) override;
    bool commit(QString* error) override;
    void discard() override;

private:
    void separate();
    void field(std::string_view utf8);

    QString m_path;
    char m_delimiter = ',';
    bool m_bom = false;
    bool m_firstInRow = true;
    BufferedOutput m_out;
};

} // namespace swb
