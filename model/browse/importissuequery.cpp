#include "model/browse/importissuequery.h"

#include "model/database.h"
#include "model/export/exporttarget.h"
#include "model/export/exporttypes.h"
#include "model/export/tablewriter.h"
#include "model/workspace.h"

namespace swb {

namespace {

const QString s_issuesSql = QStringLiteral(
    "SELECT line, column, reason, raw FROM import_issues WHERE import_id = ? ORDER BY line, id LIMIT ?");

} // namespace

ImportIssueList ImportIssueQuery::load(const QString& workspacePath, qint64 importId, int limit)
{
    ImportIssueList result;
    auto db = Workspace::connect(workspacePath, true, &result.error);
    if (!db)
        return result;
    Statement total
        = db->prepare(QStringLiteral("SELECT count(*) FROM import_issues WHERE import_id = ?"), &result.error);
    total.bind(1, importId);
    if (!total.next()) {
        result.error = tr("Cannot read the import issues: %1").arg(db->lastError());
        return result;
    }
    result.total = total.toInt64(0);
    Statement statement = db->prepare(s_issuesSql, &result.error);
    statement.bind(1, importId);
    statement.bind(2, qint64(limit));
    while (statement.next())
        result.issues.append(
            ImportIssue{statement.toInt64(0), statement.toString(1), statement.toString(2), statement.toString(3)});
    if (statement.failed()) {
        result.error = tr("Cannot read the import issues: %1").arg(statement.errorMessage());
        return result;
    }
    result.ok = true;
    return result;
}

qint64 ImportIssueQuery::exportCsv(const QString& workspacePath, qint64 importId, const QString& outputPath,
                                   QString* error, const std::function<bool()>& cancel)
{
    // The same checks as every export: never onto the workspace, devices and pipes written in place.
    const std::optional<ExportTarget> target = ExportTarget::resolve(outputPath, workspacePath, error);
    if (!target)
        return -1;
    auto db = Workspace::connect(workspacePath, true, error);
    if (!db)
        return -1;
    ExportOptions options;
    options.outputPath = outputPath;
    options.format = exportFormatForPath(outputPath).value_or(ExportFormat::Csv);
    if (options.format != ExportFormat::Tsv)
        options.format = ExportFormat::Csv;
    options.utf8Bom = true; // opened by spreadsheets more often than by scripts
    auto writer = TableWriter::create(options, *target);
    const QList<ExportColumn> columns{{QStringLiteral("line"), FieldType::Integer},
                                      {QStringLiteral("column"), FieldType::Text},
                                      {QStringLiteral("reason"), FieldType::Text},
                                      {QStringLiteral("raw"), FieldType::Text}};
    if (!writer || !writer->begin(columns, error))
        return -1;
    Statement statement = db->prepare(s_issuesSql, error);
    statement.bind(1, importId);
    statement.bind(2, std::numeric_limits<qint64>::max());
    qint64 written = 0;
    while (statement.next()) {
        if ((written & 0xFFF) == 0 && cancel && cancel()) {
            writer->discard();
            if (error)
                *error = tr("Cancelled: no file was written.");
            return -1;
        }
        writer->integer(statement.toInt64(0));
        for (int column = 1; column < 4; ++column) {
            if (statement.isNull(column)) {
                writer->null();
            } else {
                const QByteArray text = statement.toUtf8(column);
                writer->text(std::string_view(text.constData(), size_t(text.size())));
            }
        }
        if (!writer->endRow(error)) {
            writer->discard();
            return -1;
        }
        ++written;
    }
    if (statement.failed()) {
        if (error)
            *error = tr("Cannot read the import issues: %1").arg(statement.errorMessage());
        writer->discard();
        return -1;
    }
    if (!writer->commit(error))
        return -1;
    return written;
}

} // namespace swb
