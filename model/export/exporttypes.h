// Plain values describing an export request and its outcome.
#pragma once

#include "model/export/exportpresets.h"

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace swb {

enum class ExportFormat { Csv, Tsv, Xlsx, Json };
// What happens to the fields flagged as personal data (PII) in the catalog.
enum class PiiPolicy { Keep, Omit, Mask, Hash };
// CSV/TSV: what happens to a text cell a spreadsheet would run as a formula (one starting with = + - @, a tab or a
// carriage return). Escape writes it with a leading ' so it reads as text; XLSX and JSON keep text as text anyway.
enum class FormulaPolicy { Escape, Keep };
// Several segments in one export: one `segments` column (names joined by ';'), one 0/1 column per segment, or (XLSX)
// one sheet per segment and a summary sheet.
enum class MultiLayout { SegmentsColumn, Columns, Sheets };
// The header row: the headers of the imported file ("customerID"), or the workspace's column names ("customerid").
enum class HeaderStyle { Original, Columns };
// Boolean columns: the words the imported file had ("Yes"/"No"), 1/0, or true/false.
enum class BooleanForm { Source, OneZero, TrueFalse };

QString exportFormatName(ExportFormat format); // "csv", "tsv", "xlsx", "json"
std::optional<ExportFormat> exportFormatFromName(const QString& name);
// The format a file name's suffix asks for, if any.
std::optional<ExportFormat> exportFormatForPath(const QString& path);
QString piiPolicyName(PiiPolicy policy); // "keep", "omit", "mask", "hash"
std::optional<PiiPolicy> piiPolicyFromName(const QString& name);
QString formulaPolicyName(FormulaPolicy policy); // "escape", "keep"
std::optional<FormulaPolicy> formulaPolicyFromName(const QString& name);
// CSV defaults by the interface language: German and French spreadsheets (Excel) expect ';' between fields and ','
// as the decimal mark; other languages ',' and '.'.
char defaultCsvDelimiter(const QLocale& locale);
char defaultDecimalMark(const QLocale& locale);
QString multiLayoutName(MultiLayout layout); // "segments-column", "columns", "sheets"
std::optional<MultiLayout> multiLayoutFromName(const QString& name);
QString headerStyleName(HeaderStyle style); // "original", "columns"
std::optional<HeaderStyle> headerStyleFromName(const QString& name);
QString booleanFormName(BooleanForm form); // "source", "1/0", "true/false"
std::optional<BooleanForm> booleanFormFromName(const QString& name);

struct ExportOptions
{
    QString outputPath;
    ExportFormat format = ExportFormat::Csv;
    QStringList columns; // empty: every column of the customer table, in table order
    PiiPolicy pii = PiiPolicy::Keep;
    bool utf8Bom = false; // CSV/TSV: start with a BOM so Excel reads UTF-8
    char delimiter = ','; // CSV only: ',', ';', '|'
    FormulaPolicy formulas = FormulaPolicy::Escape;
    // A destination preset writes its own columns (`columns` is not used); `pii` is then Hash or Keep.
    ExportPreset preset = ExportPreset::Plain;
    // A suppression list: one column of hashed e-mails or phones (in the preset's phone form), no header.
    SuppressionKind suppression = SuppressionKind::None;
    // ISO 3166-1 alpha-2: how to read phone numbers of customers whose country is empty or unknown.
    QString defaultCountry;
    bool header = true; // CSV/TSV: write the header row
    char decimal = '.'; // CSV/TSV: the decimal mark of real numbers, '.' or ','
    // CSV/TSV: decimals and dates written as the interface locale shows them ("1 234,56", "31/12/2026") instead of
    // the machine forms (1234.56, 2026-12-31); `decimal` is then not used.
    bool asShown = false;
    // Several saved segments (by name): the export holds their union, laid out as `multi` says; the selection passed
    // to Exporter::run is then not used.
    QStringList segments;
    MultiLayout multi = MultiLayout::SegmentsColumn;
    // XLSX: the name of the (first) sheet; empty: the segment's name for a segment, else "customers".
    QString sheetName;
    // Records the export in the workspace's export log (who, when, which segment, rows, columns, PII policy).
    bool log = true;
    HeaderStyle headers = HeaderStyle::Original;
    BooleanForm booleans = BooleanForm::Source;
};

struct ExportReport
{
    // A report of an export that starts: its output, format, preset and suppression as the options give them.
    static ExportReport startedWith(const ExportOptions& options);

    bool ok = false;
    bool canceled = false;
    QString error;
    QString outputPath;
    ExportFormat format = ExportFormat::Csv;
    QStringList columns; // as written, after the PII policy
    qint64 rows = 0;
    double seconds = 0.0;
    // Whole sentences for the user, such as a column that looks like personal data but is not flagged as such.
    QStringList warnings;
    // Presets and suppression lists: customers left out for want of a usable e-mail address or phone number,
    // by reason code ("email_missing_phone_invalid"; PresetLayout::leftOutReasonText words them).
    ExportPreset preset = ExportPreset::Plain;
    SuppressionKind suppression = SuppressionKind::None;
    qint64 leftOut = 0;
    QMap<QString, qint64> leftOutReasons;
    // Several segments: the customers of each segment written (a customer in two segments counts in both).
    QMap<QString, qint64> segmentRows;

    QJsonObject toJson() const;
    // "Left out 3 customers: 2 with no e-mail address and no phone number; 1 with …." ("" when none was left out).
    QString leftOutSummary() const;
};

using ExportProgress = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;
using ExportCancel = std::function<bool()>;

} // namespace swb
