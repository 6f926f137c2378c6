// Streams rows into one export format; output appears under its final name only on commit().
#pragma once

#include "model/field.h"

#include <QList>
#include <QString>

#include <memory>
#include <string_view>

namespace swb {

struct ExportOptions;
class ExportTarget;

struct ExportColumn
{
    QString name;
    FieldType type = FieldType::Text;
    bool verbatim = false; // values the exporter made (hashes, E.164 numbers): CSV never escapes them as formulas
    QString header{}; // the header row's cell; empty: the name
    // How values are written back (FieldInfo's source forms): a boolean's words (empty: 1/0 in CSV, a boolean cell
    // in XLSX), a real's fewest and most decimal places (-1: the shortest text that reads back the same).
    QByteArray trueWord{};
    QByteArray falseWord{};
    int minDecimals = -1;
    int maxDecimals = -1;

    QString headerText() const { return header.isEmpty() ? name : header; }
    // The word for a boolean value, or empty when the column has none.
    QByteArray booleanWord(qint64 value) const { return value != 0 ? trueWord : falseWord; }
    // The XLSX number format of a real column with known decimal places ("0.00", "0.0#"); empty otherwise.
    QByteArray numberFormat() const;
};

class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Opens the output (a file's temporary file next to it) and writes the header.
    virtual bool begin(const QList<ExportColumn>& columns, QString* error) = 0;
    // One call per column, in order, then endRow().
    virtual void null() = 0;
    virtual void integer(qint64 value) = 0;
    virtual void real(double value) = 0;
    virtual void text(std::string_view utf8) = 0;
    virtual bool endRow(QString* error) = 0;
    // Finishes the output: a file moves to its final name, replacing an older file.
    virtual bool commit(QString* error) = 0;
    // Removes the partial output; the final name is untouched.
    virtual void discard() = 0;

    static std::unique_ptr<TableWriter> create(const ExportOptions& options, const ExportTarget& target);
};

// Shortest text that reads back as the same double ("0.1", "1e+20"); "" for NaN/inf.
std::string_view formatReal(double value, char (&buffer)[32]);
// With the column's decimal places: rounded to `maxDecimals`, trailing zeros dropped down to `minDecimals`
// (29.85 → "29.85", 84 → "84.0" with 1…2, 97 → "97" with 0…2); formatReal when `maxDecimals` is negative.
std::string_view formatReal(double value, int minDecimals, int maxDecimals, char (&buffer)[64]);

} // namespace swb
