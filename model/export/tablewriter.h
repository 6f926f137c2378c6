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

} // namespace swb
