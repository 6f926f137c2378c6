// Plain values that describe an import request and its outcome; they travel between threads and layers.
#pragma once

#include "model/field.h"
#include "model/import/orderderivedfields.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace swb {

enum class ImportKind { Customers, Orders };
enum class ImportMode { Replace, Append, Upsert };
enum class HeaderMode { Auto, Yes, No };

QString importKindName(ImportKind kind); // "customers" | "orders"
std::optional<ImportKind> importKindFromName(const QString& name);
QString importModeName(ImportMode mode); // "replace" | "append" | "upsert"
std::optional<ImportMode> importModeFromName(const QString& name);

// A user's correction of what detection decided for one column (by position in the file, 0-based).
struct ColumnOverride
{
    int column = -1;
    std::optional<QString> name; // column name in the table (normalised again)
    std::optional<FieldType> type;
    std::optional<FieldRole> role;
    std::optional<bool> pii;
    bool skip = false; // do not import this column
    std::optional<bool> monthFirst; // dates like 03/04/2020: month first (true) or day first (false)
};

struct ImportOptions
{
    QString filePath;
    ImportKind kind = ImportKind::Customers;
    ImportMode mode = ImportMode::Replace;
    char delimiter = 0; // 0: detect; else ',', ';', '\t', '|'
    QString encoding = QStringLiteral("auto"); // "auto", "utf-8", "utf-16le", "utf-16be", "latin1", "windows-1252"
    HeaderMode header = HeaderMode::Auto;
    bool strict = false; // abort on the first issue instead of recording it
    QList<ColumnOverride> overrides;
    QList<OrderDerivedField> deriveFields; // orders: customer fields to derive from order columns from now on
};

// One rejected or altered value, or a rejected row; `line` is the 1-based physical line where the record starts.
struct ImportIssue
{
    qint64 line = 0;
    QString column; // empty for row-level issues
    QString reason;
    QString raw;
};

struct ImportColumn
{
    QString name; // column in the table
    QString header; // as in the file
    FieldType type = FieldType::Text;
    FieldRole role = FieldRole::None;
    bool pii = false;
    QString format; // detected format of dates/numbers, e.g. "dd/mm/yyyy", "decimal-comma"
    qint64 nulls = 0;
    int fileColumn = -1; // position in the file (0-based)
    bool added = false; // append/upsert: a column the table did not have before
    bool compactDates = false; // preview: an integer column of dates YYYYMMDD (19970101) that can be read as dates
};

struct ImportReport
{
    bool ok = false;
    bool canceled = false;
    QString error; // set when !ok: what went wrong and what to do
    qint64 importId = 0;
    QString file;
    ImportKind kind = ImportKind::Customers;
    ImportMode mode = ImportMode::Replace;
    QString encoding;
    QString delimiter; // "," ";" "\t" "|"
    bool hasHeader = true;
    qint64 rowsRead = 0; // data records in the file
    qint64 rowsImported = 0; // inserted or updated
    qint64 rowsInserted = 0;
    qint64 rowsUpdated = 0;
    qint64 issueCount = 0;
    qint64 ordersWithoutCustomer = 0; // orders: lines without a customer key (kept in `orders`)
    qint64 customersCreated = 0; // orders: customers that appeared only in the orders file
    QList<ImportColumn> columns;
    QList<ImportIssue> issues; // the first ones (all are in `import_issues`)
    double seconds = 0.0;

    QJsonObject toJson() const;
};

// What the wizard shows before importing: detected dialect, headers, inferred columns, first rows.
struct ImportPreview
{
    bool ok = false;
    QString error;
    QString encoding;
    char delimiter = ',';
    bool hasHeader = true;
    QList<ImportColumn> columns;
    QList<QStringList> rows; // first rows, raw text after decoding
};

// Progress in bytes of the input file; return value ignored.
using ImportProgress = std::function<void(qint64 done, qint64 total)>;
// Polled often; true stops the import and rolls it back.
using ImportCancel = std::function<bool()>;

} // namespace swb
