#include "model/export/multisegment.h"

#include "model/database.h"
#include "model/export/exporttarget.h"
#include "model/export/xlsxtablewriter.h"
#include "model/filter/filterresolver.h"
#include "model/segments/segmentrepository.h"
#include "model/segments/segmentwords.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QDateTime>

#include <sqlite3.h>

namespace swb {

namespace {

struct Segments
{
    QStringList names;
    QList<SqlCondition> conditions;
};

QString selectList(const QList<PlannedColumn>& plan)
{
    QStringList quoted;
    for (const PlannedColumn& planned : plan)
        quoted << quoteIdentifier(planned.column.name);
    return QStringLiteral("SELECT ") + quoted.join(QStringLiteral(", "));
}

QList<ExportColumn> planned(const QList<PlannedColumn>& plan)
{
    QList<ExportColumn> columns;
    for (const PlannedColumn& column : plan)
        columns << column.column;
    return columns;
}

// Progress over several passes: `done` rows of the earlier passes come first.
ExportProgress offset(const ExportProgress& progress, qint64 done, qint64 total)
{
    if (!progress)
        return {};
    return [progress, done, total](qint64 rows, qint64) {
        progress(done + rows, total);
    };
}

// The union in one file, with a `segments` column or one 0/1 column per segment after the chosen columns.
WriteOutcome writeCombined(Database& db, const Segments& segments, const QList<PlannedColumn>& plan,
                           const ExportOptions& options, const ExportTarget& target, const ExportCancel& cancel,
                           const ExportProgress& progress, ExportReport* report, QString* error)
{
    SqlCondition either = segments.conditions.first();
    for (qsizetype s = 1; s < segments.conditions.size(); ++s)
        either = SelectionSql::either(either, segments.conditions.at(s));
    QList<ExportColumn> columns = planned(plan);
    QStringList taken; // a header named twice would make JSON keys collide
    for (const ExportColumn& column : std::as_const(columns))
        taken << column.name;
    const QStringList added
        = options.multi == MultiLayout::SegmentsColumn ? QStringList{QStringLiteral("segments")} : segments.names;
    for (const QString& name : added) {
        QString header = name;
        for (int n = 2; taken.contains(header, Qt::CaseInsensitive); ++n)
            header = QStringLiteral("%1 (%2)").arg(name).arg(n);
        taken << header;
        columns << ExportColumn{header, options.multi == MultiLayout::Columns ? FieldType::Boolean : FieldType::Text};
    }
    for (qsizetype c = plan.size(); c < columns.size(); ++c)
        report->columns << columns.at(c).name;
    const auto total = countRows(db, either, error);
    if (!total)
        return WriteOutcome::Failed;
    Statement rows = SelectionSql::prepareWithMembers(db, selectList(plan), segments.conditions, either,
                                                      QStringLiteral(" ORDER BY rowid"), error);
    if (!rows.isValid())
        return WriteOutcome::Failed;

    std::unique_ptr<TableWriter> writer = TableWriter::create(options, target);
    if (!writer->begin(columns, error))
        return WriteOutcome::Failed;
    const int first = int(plan.size());
    QStringList in;
    auto extra = [&](sqlite3_stmt* stmt) {
        in.clear();
        for (int s = 0; s < segments.names.size(); ++s) {
            const bool member = sqlite3_column_int64(stmt, first + s) != 0;
            if (member) {
                in << segments.names.at(s);
                ++report->segmentRows[segments.names.at(s)];
            }
            if (options.multi == MultiLayout::Columns)
                writer->integer(member ? 1 : 0);
        }
        if (options.multi == MultiLayout::SegmentsColumn) {
            const QByteArray cell = MultiSegmentExporter::segmentsCell(in).toUtf8();
            writer->text(std::string_view(cell.constData(), size_t(cell.size())));
        }
    };
    const WriteOutcome outcome = writeRows(rows, *writer, plan, *total, cancel, progress, &report->rows, error, extra);
    if (outcome != WriteOutcome::Done) {
        writer->discard();
        return outcome;
    }
    return writer->commit(error) ? WriteOutcome::Done : WriteOutcome::Failed;
}

// A segment's definition in words, as the summary sheet shows it.
QString definitionInWords(SegmentRepository& repository, const FilterContext& context, const QString& name)
{
    const std::optional<Segment> segment = repository.find(name);
    return segment ? SegmentWords::describe(*segment, context) : QString();
}

void writeText(TableWriter& writer, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    writer.text(std::string_view(utf8.constData(), size_t(utf8.size())));
}

// The last sheet: per segment its name, customers, definition in words and the export time.
bool writeSummary(Workspace& workspace, XlsxTableWriter& writer, const Segments& segments, const ExportReport& report,
                  QString* error)
{
    const QList<ExportColumn> columns{{MultiSegmentExporter::tr("Segment"), FieldType::Text},
                                      {MultiSegmentExporter::tr("Customers"), FieldType::Integer},
                                      {MultiSegmentExporter::tr("Definition"), FieldType::Text},
                                      {MultiSegmentExporter::tr("Exported at"), FieldType::DateTime}};
    if (!writer.startSheet(MultiSegmentExporter::tr("Summary"), columns, error))
        return false;
    SegmentRepository repository(workspace);
    const FilterContext context = FilterContext::fromWorkspace(workspace);
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    for (const QString& name : segments.names) {
        writeText(writer, name);
        writer.integer(report.segmentRows.value(name));
        writeText(writer, definitionInWords(repository, context, name));
        writeText(writer, now);
        if (!writer.endRow(error))
            return false;
    }
    return true;
}

// One sheet per segment (named after it), then the summary sheet.
WriteOutcome writeSheets(Workspace& workspace, const Segments& segments, const QList<PlannedColumn>& plan,
                         const ExportTarget& target, const ExportCancel& cancel, const ExportProgress& progress,
                         ExportReport* report, QString* error)
{
    Database& db = workspace.db();
    QList<qint64> totals;
    qint64 total = 0;
    for (const SqlCondition& condition : segments.conditions) {
        const auto count = countRows(db, condition, error);
        if (!count)
            return WriteOutcome::Failed;
        totals << *count;
        total += *count;
    }
    const QList<ExportColumn> columns = planned(plan);
    XlsxTableWriter writer(target, segments.names.first());
    if (!writer.begin(columns, error))
        return WriteOutcome::Failed;
    WriteOutcome outcome = WriteOutcome::Done;
    for (qsizetype s = 0; s < segments.names.size() && outcome == WriteOutcome::Done; ++s) {
        if (s > 0 && !writer.startSheet(segments.names.at(s), columns, error)) {
            outcome = WriteOutcome::Failed;
            break;
        }
        Statement rows = SelectionSql::prepare(db, selectList(plan), segments.conditions.at(s),
                                               QStringLiteral(" ORDER BY rowid"), error);
        if (!rows.isValid()) {
            outcome = WriteOutcome::Failed;
            break;
        }
        qint64 written = 0;
        outcome = writeRows(rows, writer, plan, totals.at(s), cancel, offset(progress, report->rows, total), &written,
                            error);
        report->segmentRows[segments.names.at(s)] = written;
        report->rows += written;
    }
    if (outcome == WriteOutcome::Done && !writeSummary(workspace, writer, segments, *report, error))
        outcome = WriteOutcome::Failed;
    if (outcome != WriteOutcome::Done) {
        writer.discard();
        return outcome;
    }
    return writer.commit(error) ? WriteOutcome::Done : WriteOutcome::Failed;
}

} // namespace

QString MultiSegmentExporter::segmentsCell(const QStringList& names)
{
    return names.join(QLatin1Char(';'));
}

QString MultiSegmentExporter::checkOptions(const ExportOptions& options)
{
    if (options.segments.isEmpty())
        return tr("Name at least one segment to export.");
    for (qsizetype i = 0; i < options.segments.size(); ++i) {
        if (options.segments.indexOf(options.segments.at(i)) != i)
            return tr("The segment \"%1\" is named twice: name each segment once.").arg(options.segments.at(i));
    }
    if (options.preset != ExportPreset::Plain || options.suppression != SuppressionKind::None)
        return tr("A destination preset or suppression list writes one list: export one segment at a time, or "
                  "choose the plain preset to export several segments together.");
    if (options.multi == MultiLayout::Sheets && options.format != ExportFormat::Xlsx)
        return tr("One sheet per segment needs the XLSX format: choose XLSX, or a segments column or one column "
                  "per segment.");
    return {};
}

WriteOutcome MultiSegmentExporter::run(Workspace& workspace, const ExportOptions& options, const ExportTarget& target,
                                       const ExportCancel& cancel, const ExportProgress& progress, ExportReport* report,
                                       QString* error)
{
    *error = checkOptions(options);
    if (!error->isEmpty())
        return WriteOutcome::Failed;
    Segments segments;
    SelectionSql sql(workspace);
    for (const QString& name : options.segments) {
        const auto condition = sql.condition(Selection::segment(name), error);
        if (!condition)
            return WriteOutcome::Failed;
        segments.names << name;
        segments.conditions << *condition;
    }
    const auto plan = planColumns(workspace.db(), workspace.path(), options, report, error);
    if (!plan)
        return WriteOutcome::Failed;
    for (const PlannedColumn& column : *plan)
        report->columns << column.column.name;
    if (options.multi == MultiLayout::Sheets)
        return writeSheets(workspace, segments, *plan, target, cancel, progress, report, error);
    return writeCombined(workspace.db(), segments, *plan, options, target, cancel, progress, report, error);
}

} // namespace swb
