// XLSX output through libxlsxwriter (constant-memory mode), typed cells (dates as date cells, reals with their
// decimal places), a new sheet every 1,048,575 rows. Text is always written as a string cell, never as a formula.
#pragma once

#include "model/export/exporttarget.h"
#include "model/export/tablewriter.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace swb {

class XlsxTableWriter : public TableWriter
{
public:
    // `sheetName`: the first sheet's name (made fit for Excel), "customers" when empty.
    explicit XlsxTableWriter(ExportTarget target, const QString& sheetName = {});
    ~XlsxTableWriter() override;

    bool begin(const QList<ExportColumn>& columns, QString* error) override;
    void null() override;
    void integer(qint64 value) override;
    void real(double value) override;
    void text(std::string_view utf8) override;
    bool endRow(QString* error) override;
    bool commit(QString* error) override;
    void discard() override;

    // Starts another sheet named `name` (made fit for Excel and unique) with these columns and their header; the
    // next rows go there.
    bool startSheet(const QString& name, const QList<ExportColumn>& columns, QString* error);

private:
    bool addSheet(QString* error);
    void makeNumberFormats(); // one per column of m_columns
    void fail(int code);
    bool failed(QString* error) const;

    ExportTarget m_target;
    QString m_tempPath;
    QList<ExportColumn> m_columns;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    QString m_sheetName; // of the current sheet; continuation sheets add " 2", " 3", …
    QStringList m_sheetNames; // every sheet's, to keep them unique
    int m_sheets = 0; // sheets of the current name
    std::vector<lxw_format*> m_numberFormats; // per column: a real column's decimal places, else null
    quint32 m_row = 0;
    quint16 m_column = 0;
    int m_error = 0; // first lxw_error, 0 when fine
    int m_systemError = 0; // first errno of a failed write, 0 when fine
    std::string m_scratch;
};

} // namespace swb
