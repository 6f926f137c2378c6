#include "model/export/exporter.h"

#include "model/database.h"
#include "model/export/exportlog.h"
#include "model/export/exportplan.h"
#include "model/export/exporttarget.h"
#include "model/export/multisegment.h"
#include "model/export/piitransform.h"
#include "model/export/presetexporter.h"
#include "model/export/tablewriter.h"
#include "model/fieldcatalog.h"
#include "model/import/roleguesser.h"
#include "model/import/typeinference.h"
#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <sqlite3.h>

namespace swb {

namespace {

// A word of a command line as a POSIX shell reads it back.
QString shellWord(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// What a column that is not flagged as personal data looks like: the values of its first non-empty text cells (at
// most 200) and the role its header, its name or those values suggest, as the import's role guess would see it.
struct PersonalDataGuess
{
    bool emailValues = false; // every sampled value is an e-mail address
    FieldRole role = FieldRole::None; // a personal-data role, or None
};

PersonalDataGuess guessPersonalData(const ExportSource& source, const FieldInfo& field)
{
    ColumnStats stats;
    if (field.type == FieldType::Text) {
        for (const QByteArray& value : source.sampleTexts(field.name))
            stats.add(std::string_view(value.constData(), size_t(value.size())));
    }
    PersonalDataGuess guess;
    guess.emailValues = stats.values > 0 && (stats.candidates & ColumnStats::Email);
    InferredType type;
    type.type = field.type;
    for (const QString& header : {field.originalHeader, field.name}) {
        const FieldRole role = RoleGuesser::guess(ImportKind::Customers, {header}, {type}, {stats}).value(0);
        if (isPiiRole(role)) {
            guess.role = role;
            break;
        }
    }
    if (isPiiRole(field.role))
        guess.role = field.role;
    if (guess.emailValues)
        guess.role = FieldRole::Email;
    return guess;
}

// The warning for a column that looks like personal data but is not flagged; marks it personal when its values are
// e-mail addresses. E-mail addresses get the policy anyway (the one sure sign; hashing or leaving them out is what
// the user asked for them), a name or role only hints, so the column stays as it is. Either way the report says which
// column and what to do.
QString unflaggedWarning(const ExportSource& source, const FieldInfo& info, PiiPolicy policy, PlannedColumn* planned,
                         bool* personal)
{
    const PersonalDataGuess guess = guessPersonalData(source, info);
    const QString flag = QStringLiteral("swb fields --db %1 --set-role %2")
                             .arg(shellWord(source.workspaceName),
                                  shellWord(info.name + QLatin1Char('=') + fieldRoleName(guess.role)));
    if (guess.emailValues) {
        *personal = true;
        planned->role = FieldRole::Email;
        const char* text = policy == PiiPolicy::Hash
            ? QT_TRANSLATE_NOOP("swb::Exporter",
                                "The column %1 is not flagged as personal data, but its values are e-mail "
                                "addresses: it was hashed like the flagged columns. To flag it, run: %2")
            : policy == PiiPolicy::Mask
            ? QT_TRANSLATE_NOOP("swb::Exporter",
                                "The column %1 is not flagged as personal data, but its values are e-mail "
                                "addresses: it was masked like the flagged columns. To flag it, run: %2")
            : QT_TRANSLATE_NOOP("swb::Exporter",
                                "The column %1 is not flagged as personal data, but its values are e-mail "
                                "addresses: it was left out like the flagged columns. To flag it, run: %2");
        return Exporter::tr(text).arg(fieldMention(info), flag);
    }
    if (guess.role != FieldRole::None)
        return Exporter::tr("The column %1 is not flagged as personal data, but its name or role suggests "
                            "personal data (%2): it was exported unchanged. If it is personal data, flag "
                            "it and export again: %3")
            .arg(fieldMention(info), fieldRoleName(guess.role), flag);
    return {};
}

// What no export can write: an unknown delimiter or decimal mark, both a comma, what a preset refuses; "" when fine.
QString checkOptions(const ExportOptions& options, bool preset)
{
    if (options.format == ExportFormat::Csv && options.delimiter != ',' && options.delimiter != ';'
        && options.delimiter != '|' && options.delimiter != '\t')
        return Exporter::tr("The CSV delimiter must be a comma, a semicolon, a pipe or a tab.");
    if (options.decimal != '.' && options.decimal != ',')
        return Exporter::tr("The decimal mark must be a point or a comma.");
    if (options.format == ExportFormat::Csv && options.decimal == ',' && options.delimiter == ',')
        return Exporter::tr("A comma as the decimal mark needs another delimiter: choose the semicolon.");
    return preset ? PresetExporter::checkOptions(options) : QString();
}

// A column as the imported file had it: its header, its boolean words and decimal places, unless the options ask
// for column names or other boolean words.
ExportColumn sourceColumn(const FieldInfo& info, const ExportOptions& options)
{
    ExportColumn column{info.name, info.type};
    if (options.headers == HeaderStyle::Original && !info.originalHeader.isEmpty())
        column.header = info.originalHeader;
    if (info.type == FieldType::Boolean && options.booleans == BooleanForm::Source) {
        column.trueWord = info.trueWord.toUtf8();
        column.falseWord = info.falseWord.toUtf8();
    } else if (info.type == FieldType::Boolean) {
        const bool digits = options.booleans == BooleanForm::OneZero;
        column.trueWord = digits ? QByteArrayLiteral("1") : QByteArrayLiteral("true");
        column.falseWord = digits ? QByteArrayLiteral("0") : QByteArrayLiteral("false");
    }
    if (info.type == FieldType::Real) {
        column.minDecimals = info.minDecimals;
        column.maxDecimals = info.maxDecimals;
    }
    return column;
}

} // namespace

std::optional<QList<PlannedColumn>> planColumns(Database& db, const QString& workspacePath,
                                                const ExportOptions& options, ExportReport* report, QString* error)
{
    ExportSource source;
    source.columns = db.columnNames(QStringLiteral("customers"));
    source.catalog = FieldCatalog::load(db);
    source.workspaceName = workspacePath;
    source.sampleTexts = [&db](const QString& column) {
        Statement sample = db.prepare(QStringLiteral("SELECT %1 FROM customers WHERE typeof(%1) = 'text' AND "
                                                     "trim(%1) <> '' LIMIT 200")
                                          .arg(quoteIdentifier(column)));
        QList<QByteArray> values;
        while (sample.isValid() && sample.next())
            values << sample.toUtf8(0);
        return values;
    };
    return planColumns(source, options, report, error);
}

std::optional<QList<PlannedColumn>> planColumns(const ExportSource& source, const ExportOptions& options,
                                                ExportReport* report, QString* error)
{
    const QStringList& tableColumns = source.columns;
    const QList<FieldInfo>& catalog = source.catalog;
    QList<PlannedColumn> plan;
    for (const QString& name : options.columns.isEmpty() ? tableColumns : options.columns) {
        if (!tableColumns.contains(name)) {
            *error = Exporter::tr("The customer table has no column \"%1\". Columns: %2.")
                         .arg(name, tableColumns.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        FieldInfo info = FieldCatalog::findByName(catalog, name).value_or(FieldInfo{});
        info.name = name;
        PlannedColumn planned;
        planned.column = sourceColumn(info, options);
        planned.role = info.role;
        bool personal = info.pii;
        if (!personal && options.pii != PiiPolicy::Keep) {
            const QString warning = unflaggedWarning(source, info, options.pii, &planned, &personal);
            if (!warning.isEmpty())
                report->warnings << warning;
        }
        if (personal && options.pii == PiiPolicy::Omit)
            continue;
        if (personal && (options.pii == PiiPolicy::Mask || options.pii == PiiPolicy::Hash)) {
            planned.rule = options.pii == PiiPolicy::Mask ? CellRule::Mask : CellRule::Hash;
            planned.column.type = FieldType::Text; // a hash or mask is text whatever the column was
            planned.column.trueWord.clear();
            planned.column.falseWord.clear();
        }
        plan << planned;
    }
    if (plan.isEmpty()) {
        *error = Exporter::tr("No column is left to export (the PII policy omitted every chosen column).");
        return std::nullopt;
    }
    return plan;
}

void writeCell(TableWriter& writer, const PlannedColumn& planned, const ExportCell& cell)
{
    if (cell.kind == ExportCell::Kind::Null) {
        writer.null();
        return;
    }
    if (cell.kind == ExportCell::Kind::Integer && planned.rule == CellRule::Plain) {
        writer.integer(cell.integer);
        return;
    }
    if (cell.kind == ExportCell::Kind::Real && planned.rule == CellRule::Plain) {
        writer.real(cell.real);
        return;
    }
    if (planned.rule == CellRule::Plain) {
        writer.text(cell.text);
        return;
    }
    const QByteArray changed = planned.rule == CellRule::Hash
        ? PiiTransform::hash(cell.text)
        : PiiTransform::mask(cell.text, planned.role, planned.column.type);
    if (changed.isEmpty())
        writer.null();
    else
        writer.text(std::string_view(changed.constData(), size_t(changed.size())));
}

void writeCells(TableWriter& writer, sqlite3_stmt* stmt, const QList<PlannedColumn>& plan)
{
    const int columnCount = int(plan.size());
    for (int c = 0; c < columnCount; ++c) {
        const PlannedColumn& planned = plan.at(c);
        ExportCell cell;
        switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_NULL:
            break;
        case SQLITE_INTEGER:
            cell.kind = ExportCell::Kind::Integer;
            cell.integer = sqlite3_column_int64(stmt, c);
            break;
        case SQLITE_FLOAT:
            cell.kind = ExportCell::Kind::Real;
            cell.real = sqlite3_column_double(stmt, c);
            break;
        default:
            cell.kind = ExportCell::Kind::Text;
        }
        // A masked or hashed number is its text, as SQLite gives it.
        if (cell.kind == ExportCell::Kind::Text
            || (cell.kind != ExportCell::Kind::Null && planned.rule != CellRule::Plain)) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            cell.text = std::string_view(text ? text : "", size_t(sqlite3_column_bytes(stmt, c)));
            if (planned.rule != CellRule::Plain)
                cell.kind = ExportCell::Kind::Text;
        }
        writeCell(writer, planned, cell);
    }
}

WriteOutcome writeRows(Statement& rows, TableWriter& writer, const QList<PlannedColumn>& plan, qint64 total,
                       const ExportCancel& cancel, const ExportProgress& progress, qint64* written, QString* error,
                       const std::function<void(sqlite3_stmt*)>& extra)
{
    if (progress)
        progress(0, total);
    while (rows.next()) {
        writeCells(writer, rows.handle(), plan);
        if (extra)
            extra(rows.handle());
        if (!writer.endRow(error))
            return WriteOutcome::Failed;
        ++*written;
        if ((*written & 0x3FF) == 0) {
            if (cancel && cancel())
                return WriteOutcome::Canceled;
            if (progress)
                progress(*written, total);
        }
    }
    if (rows.failed()) {
        *error = Exporter::tr("Reading the customers failed: %1").arg(rows.errorMessage());
        return WriteOutcome::Failed;
    }
    return cancel && cancel() ? WriteOutcome::Canceled : WriteOutcome::Done;
}

std::optional<qint64> countRows(Database& db, const SqlCondition& condition, QString* error)
{
    Statement count = SelectionSql::prepare(db, QStringLiteral("SELECT count(*)"), condition, QString(), error);
    if (!count.isValid() || !count.next()) {
        *error = Exporter::tr("The selection cannot be evaluated: %1")
                     .arg(count.isValid() ? count.errorMessage() : *error);
        return std::nullopt;
    }
    return count.toInt64(0);
}

namespace {

// The chosen columns of the selection's customers through the format's writer; an XLSX sheet of a segment is named
// after it.
WriteOutcome writePlain(Database& db, const QString& workspacePath, const Selection& selection,
                        const SqlCondition& condition, qint64 total, const ExportOptions& options,
                        const ExportTarget& target, const ExportCancel& cancel, const ExportProgress& progress,
                        ExportReport* report, QString* error)
{
    const auto plan = planColumns(db, workspacePath, options, report, error);
    if (!plan)
        return WriteOutcome::Failed;
    QStringList quoted;
    QList<ExportColumn> columns;
    for (const PlannedColumn& planned : *plan) {
        quoted << quoteIdentifier(planned.column.name);
        report->columns << planned.column.name;
        columns << planned.column;
    }
    Statement rows = SelectionSql::prepare(db, QStringLiteral("SELECT ") + quoted.join(QStringLiteral(", ")), condition,
                                           QStringLiteral(" ORDER BY rowid"), error);
    if (!rows.isValid()) {
        *error = Exporter::tr("The selection cannot be evaluated: %1").arg(*error);
        return WriteOutcome::Failed;
    }
    ExportOptions writerOptions = options;
    if (writerOptions.sheetName.isEmpty() && selection.kind() == Selection::Kind::Segment)
        writerOptions.sheetName = selection.segmentName();
    std::unique_ptr<TableWriter> writer = TableWriter::create(writerOptions, target);
    if (!writer->begin(columns, error))
        return WriteOutcome::Failed;
    const WriteOutcome outcome = writeRows(rows, *writer, *plan, total, cancel, progress, &report->rows, error);
    if (outcome != WriteOutcome::Done) {
        writer->discard();
        return outcome;
    }
    if (!writer->commit(error))
        return WriteOutcome::Failed;
    if (progress)
        progress(report->rows, total);
    return WriteOutcome::Done;
}

// The selection (or options.segments) written as the options say; `report` filled.
WriteOutcome write(Workspace& workspace, const Selection& selection, const ExportOptions& options,
                   const ExportTarget& target, const ExportCancel& cancel, const ExportProgress& progress,
                   ExportReport* report, QString* error)
{
    if (!options.segments.isEmpty())
        return MultiSegmentExporter::run(workspace, options, target, cancel, progress, report, error);
    Database& db = workspace.db();
    const auto condition = SelectionSql(workspace).condition(selection, error);
    if (!condition)
        return WriteOutcome::Failed;
    const auto total = countRows(db, *condition, error);
    if (!total)
        return WriteOutcome::Failed;
    if (options.preset == ExportPreset::Plain && options.suppression == SuppressionKind::None)
        return writePlain(db, workspace.path(), selection, *condition, *total, options, target, cancel, progress,
                          report, error);
    switch (PresetExporter::run(db, workspace.path(), *condition, *total, options, target, cancel, progress, report,
                                error)) {
    case PresetExporter::Outcome::Done:
        return WriteOutcome::Done;
    case PresetExporter::Outcome::Canceled:
        return WriteOutcome::Canceled;
    case PresetExporter::Outcome::Failed:
        break;
    }
    return WriteOutcome::Failed;
}

} // namespace

ExportReport Exporter::run(const QString& workspacePath, const Selection& selection, const ExportOptions& options,
                           const ExportCancel& cancel, const ExportProgress& progress)
{
    if (PgWorkspace::isUri(workspacePath))
        return PgTasks::exportSelection(workspacePath, selection, options, cancel);
    QElapsedTimer timer;
    timer.start();
    ExportReport report = ExportReport::startedWith(options);
    auto fail = [&](const QString& message) {
        report.ok = false;
        report.error = message;
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    };

    QString error;
    const std::optional<ExportTarget> target = ExportTarget::resolve(options.outputPath, workspacePath, &error);
    if (!target)
        return fail(error);
    error
        = checkOptions(options, options.preset != ExportPreset::Plain || options.suppression != SuppressionKind::None);
    if (!error.isEmpty())
        return fail(error);
    const auto workspace = Workspace::attach(workspacePath, true, &error);
    if (!workspace)
        return fail(tr("Cannot open the workspace %1: %2").arg(workspacePath, error));
    if (!workspace->db().tableExists(QStringLiteral("customers")))
        return fail(tr("The workspace has no customers yet: import a customer file first."));

    const WriteOutcome outcome = write(*workspace, selection, options, *target, cancel, progress, &report, &error);
    report.canceled = outcome == WriteOutcome::Canceled;
    if (outcome != WriteOutcome::Done)
        return fail(report.canceled ? tr("The export was cancelled; no file was written.") : error);
    report.ok = true;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (options.log) {
        QString logError;
        if (!ExportLog::record(workspacePath, selection, options, report, &logError))
            report.warnings << logError;
    }
    return report;
}

} // namespace swb
