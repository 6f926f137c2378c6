// The plain export's column plan and row writing, shared by the single-selection and the multi-segment export.
#pragma once

#include "model/export/exporttypes.h"
#include "model/export/tablewriter.h"
#include "model/field.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>
#include <string_view>

#include <optional>

struct sqlite3_stmt;

namespace swb {

class Database;
class Statement;
struct SqlCondition;

enum class CellRule { Plain, Mask, Hash };

struct PlannedColumn
{
    ExportColumn column;
    FieldRole role = FieldRole::None;
    CellRule rule = CellRule::Plain;
};

enum class WriteOutcome { Done, Failed, Canceled };

// What a plan reads of a workspace's customers: their columns, the field catalog, the first non-empty texts of a
// column (at most 200, to see whether an unflagged column holds personal data) and how `--db` names the workspace.
struct ExportSource
{
    QStringList columns;
    QList<FieldInfo> catalog;
    std::function<QList<QByteArray>(const QString& column)> sampleTexts;
    QString workspaceName;
};

// One cell as read from the customers: NULL, an integer, a real or a text.
struct ExportCell
{
    enum class Kind { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    std::string_view text;
};

// The columns to write and what happens to each under the PII policy; warnings go to the report.
std::optional<QList<PlannedColumn>> planColumns(Database& db, const QString& workspacePath,
                                                const ExportOptions& options, ExportReport* report, QString* error);
std::optional<QList<PlannedColumn>> planColumns(const ExportSource& source, const ExportOptions& options,
                                                ExportReport* report, QString* error);
// Writes one cell, masking or hashing it where planned.
void writeCell(TableWriter& writer, const PlannedColumn& planned, const ExportCell& cell);
// Writes the first plan.size() columns of the current row of `stmt`, masking or hashing where planned.
void writeCells(TableWriter& writer, sqlite3_stmt* stmt, const QList<PlannedColumn>& plan);
// Streams every row of `rows` into `writer` (the plan's columns), checking for cancel and reporting progress every
// 1,024 rows; `extra`, when set, writes more cells of the row after the plan's.
WriteOutcome writeRows(Statement& rows, TableWriter& writer, const QList<PlannedColumn>& plan, qint64 total,
                       const ExportCancel& cancel, const ExportProgress& progress, qint64* written, QString* error,
                       const std::function<void(sqlite3_stmt*)>& extra = {});
std::optional<qint64> countRows(Database& db, const SqlCondition& condition, QString* error);

} // namespace swb
