#include "model/export/exporter.h"

#include "model/database.h"
#include "model/export/exporttarget.h"
#include "model/export/piitransform.h"
#include "model/export/tablewriter.h"
#include "model/fieldcatalog.h"
#include "model/import/roleguesser.h"
#include "model/import/typeinference.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <sqlite3.h>

namespace swb {

namespace {

enum class CellRule { Plain, Mask, Hash };

struct PlannedColumn
{
    ExportColumn column;
    FieldRole role = FieldRole::None;
    CellRule rule = CellRule::Plain;
};

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

PersonalDataGuess guessPersonalData(Database& db, const FieldInfo& field)
{
    ColumnStats stats;
    if (field.type == FieldType::Text) {
        Statement sample = db.prepare(QStringLiteral("SELECT %1 FROM customers WHERE typeof(%1) = 'text' AND "
                                                     "trim(%1) <> '' LIMIT 200")
                                          .arg(quoteIdentifier(field.name)));
        while (sample.isValid() && sample.next()) {
            const QByteArray value = sample.toString(0).toUtf8();
            stats.add(std::string_view(value.constData(), size_t(value.size())));
        }
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

} // namespace

ExportReport Exporter::run(const QString& workspacePath, const Selection& selection, const ExportOptions& options,
                           const ExportCancel& cancel, const ExportProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ExportReport report;
    report.outputPath = options.outputPath;
    report.format = options.format;
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
    if (options.format == ExportFormat::Csv && options.delimiter != ',' && options.delimiter != ';'
        && options.delimiter != '|' && options.delimiter != '\t')
        return fail(tr("The CSV delimiter must be a comma, a semicolon, a pipe or a tab."));

    const auto workspace = Workspace::attach(workspacePath, true, &error);
    if (!workspace)
        return fail(tr("Cannot open the workspace %1: %2").arg(workspacePath, error));
    Database* db = &workspace->db();
    if (!db->tableExists(QStringLiteral("customers")))
        return fail(tr("The workspace has no customers yet: import a customer file first."));

    const QStringList tableColumns = db->columnNames(QStringLiteral("customers"));
    const QList<FieldInfo> catalog = FieldCatalog::load(*db);
    QStringList wanted = options.columns.isEmpty() ? tableColumns : options.columns;
    QList<PlannedColumn> plan;
    for (const QString& name : std::as_const(wanted)) {
        if (!tableColumns.contains(name))
            return fail(tr("The customer table has no column \"%1\". Columns: %2.")
                            .arg(name, tableColumns.join(QStringLiteral(", "))));
        FieldInfo info = FieldCatalog::findByName(catalog, name).value_or(FieldInfo{});
        info.name = name;
        PlannedColumn planned;
        planned.column = ExportColumn{name, info.type};
        planned.role = info.role;
        bool personal = info.pii;
        if (!personal && options.pii != PiiPolicy::Keep) {
            // A column that looks like personal data but is not flagged: e-mail addresses get the policy anyway
            // (the one sure sign; hashing or leaving them out is what the user asked for them), a name or role
            // only hints, so the column stays as it is. Either way the report says which column and what to do.
            const PersonalDataGuess guess = guessPersonalData(*db, info);
            const QString flag
                = QStringLiteral("swb fields --db %1 --set-role %2")
                      .arg(shellWord(workspacePath), shellWord(name + QLatin1Char('=') + fieldRoleName(guess.role)));
            if (guess.emailValues) {
                personal = true;
                planned.role = FieldRole::Email;
                const char* text = options.pii == PiiPolicy::Hash
                    ? QT_TR_NOOP("The column %1 is not flagged as personal data, but its values are e-mail "
                                 "addresses: it was hashed like the flagged columns. To flag it, run: %2")
                    : options.pii == PiiPolicy::Mask
                    ? QT_TR_NOOP("The column %1 is not flagged as personal data, but its values are e-mail "
                                 "addresses: it was masked like the flagged columns. To flag it, run: %2")
                    : QT_TR_NOOP("The column %1 is not flagged as personal data, but its values are e-mail "
                                 "addresses: it was left out like the flagged columns. To flag it, run: %2");
                report.warnings << tr(text).arg(fieldMention(info), flag);
            } else if (guess.role != FieldRole::None) {
                report.warnings << tr("The column %1 is not flagged as personal data, but its name or role suggests "
                                      "personal data (%2): it was exported unchanged. If it is personal data, flag "
                                      "it and export again: %3")
                                       .arg(fieldMention(info), fieldRoleName(guess.role), flag);
            }
        }
        if (personal) {
            if (options.pii == PiiPolicy::Omit)
                continue;
            if (options.pii == PiiPolicy::Mask || options.pii == PiiPolicy::Hash) {
                planned.rule = options.pii == PiiPolicy::Mask ? CellRule::Mask : CellRule::Hash;
                planned.column.type = FieldType::Text; // a hash or mask is text whatever the column was
            }
        }
        plan << planned;
    }
    if (plan.isEmpty())
        return fail(tr("No column is left to export (the PII policy omitted every chosen column)."));

    const auto condition = SelectionSql(*workspace).condition(selection, &error);
    if (!condition)
        return fail(error);
    qint64 total = 0;
    {
        Statement count = SelectionSql::prepare(*db, QStringLiteral("SELECT count(*)"), *condition, QString(), &error);
        if (!count.isValid())
            return fail(tr("The selection cannot be evaluated: %1").arg(error));
        if (count.next())
            total = count.toInt64(0);
    }

    QStringList quoted;
    for (const PlannedColumn& planned : std::as_const(plan)) {
        quoted << quoteIdentifier(planned.column.name);
        report.columns << planned.column.name;
    }
    Statement rows = SelectionSql::prepare(*db, QStringLiteral("SELECT ") + quoted.join(QStringLiteral(", ")),
                                           *condition, QStringLiteral(" ORDER BY rowid"), &error);
    if (!rows.isValid())
        return fail(tr("The selection cannot be evaluated: %1").arg(error));

    std::unique_ptr<TableWriter> writer = TableWriter::create(options, *target);
    QList<ExportColumn> columns;
    for (const PlannedColumn& planned : std::as_const(plan))
        columns << planned.column;
    if (!writer->begin(columns, &error))
        return fail(error);

    sqlite3_stmt* stmt = rows.handle();
    const int columnCount = int(plan.size());
    qint64 written = 0;
    if (progress)
        progress(0, total);
    while (rows.next()) {
        for (int c = 0; c < columnCount; ++c) {
            const PlannedColumn& planned = plan.at(c);
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_NULL:
                writer->null();
                continue;
            case SQLITE_INTEGER:
                if (planned.rule == CellRule::Plain) {
                    writer->integer(sqlite3_column_int64(stmt, c));
                    continue;
                }
                break;
            case SQLITE_FLOAT:
                if (planned.rule == CellRule::Plain) {
                    writer->real(sqlite3_column_double(stmt, c));
                    continue;
                }
                break;
            default:
                break;
            }
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            const std::string_view value(text ? text : "", size_t(sqlite3_column_bytes(stmt, c)));
            if (planned.rule == CellRule::Plain) {
                writer->text(value);
            } else {
                const QByteArray changed = planned.rule == CellRule::Hash
                    ? PiiTransform::hash(value)
                    : PiiTransform::mask(value, planned.role, plan.at(c).column.type);
                if (changed.isEmpty())
                    writer->null();
                else
                    writer->text(std::string_view(changed.constData(), size_t(changed.size())));
            }
        }
        if (!writer->endRow(&error)) {
            writer->discard();
            return fail(error);
        }
        ++written;
        if ((written & 0x3FF) == 0) {
            if (cancel && cancel()) {
                writer->discard();
                report.canceled = true;
                return fail(tr("The export was cancelled; no file was written."));
            }
            if (progress)
                progress(written, total);
        }
    }
    if (rows.failed()) {
        writer->discard();
        return fail(tr("Reading the customers failed: %1").arg(rows.errorMessage()));
    }
    if (cancel && cancel()) {
        writer->discard();
        report.canceled = true;
        return fail(tr("The export was cancelled; no file was written."));
    }
    if (!writer->commit(&error))
        return fail(error);
    if (progress)
        progress(written, total);
    report.ok = true;
    report.rows = written;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace swb
