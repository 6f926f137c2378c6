#include "model/postgres/pgexport.h"

#include "model/database.h"
#include "model/export/exporter.h"
#include "model/export/exportplan.h"
#include "model/export/exporttarget.h"
#include "model/filter/filtercompiler.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspace.h"

#include <QElapsedTimer>

namespace swb {

namespace {

constexpr int s_batch = 10000;

// The customers' columns in table order, and whether each is a number PostgreSQL gives as text (bigint, numeric,
// double precision).
struct ServerColumns
{
    QStringList names;
    QHash<QString, QString> types; // name → data_type
};

std::optional<ServerColumns> serverColumns(PgConnection& pg, QString* error)
{
    const auto rows = pg.query(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                                              "table_schema = current_schema() AND table_name = 'customers' ORDER BY "
                                              "ordinal_position"),
                               {}, error);
    if (!rows)
        return std::nullopt;
    ServerColumns columns;
    for (int row = 0; row < rows->rowCount(); ++row) {
        columns.names << rows->text(row, 0);
        columns.types.insert(rows->text(row, 0), rows->text(row, 1));
    }
    return columns;
}

// One fetched row's cells as the writers take them, by the column's server type.
void writeRow(TableWriter& writer, const PgResult& rows, int row, const QList<PlannedColumn>& plan,
              const QList<ExportCell::Kind>& kinds)
{
    for (int c = 0; c < int(plan.size()); ++c) {
        ExportCell cell;
        if (!rows.isNull(row, c)) {
            const QByteArray text = rows.text(row, c).toUtf8();
            cell.kind = kinds.at(c);
            // Numbers as the writers take them; a masked or hashed cell is its text, as on a workspace file.
            if (cell.kind == ExportCell::Kind::Integer)
                cell.integer = text.toLongLong();
            else if (cell.kind == ExportCell::Kind::Real)
                cell.real = text.toDouble();
            if (plan.at(c).rule != CellRule::Plain)
                cell.kind = ExportCell::Kind::Text;
            cell.text = std::string_view(text.constData(), size_t(text.size()));
            writeCell(writer, plan.at(c), cell);
            continue;
        }
        writeCell(writer, plan.at(c), cell);
    }
}

} // namespace

ExportReport PgExport::run(PgWorkspace& workspace, const QString& uri, const ResolvedGroup& definition,
                           const ExportOptions& options, const ExportCancel& cancel)
{
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
    const auto target = ExportTarget::resolve(options.outputPath, QString(), &error);
    if (!target)
        return fail(error);
    PgConnection& pg = workspace.connection();
    const auto columns = serverColumns(pg, &error);
    if (!columns)
        return fail(error);
    ExportSource source;
    source.columns = columns->names;
    source.catalog = workspace.fields();
    source.workspaceName = uri;
    source.sampleTexts = [&pg](const QString& column) {
        QString ignored;
        const auto rows = pg.query(
            QStringLiteral("SELECT %1 FROM customers WHERE trim(%1) <> '' LIMIT 200").arg(quoteIdentifier(column)), {},
            &ignored);
        QList<QByteArray> values;
        for (int row = 0; rows && row < rows->rowCount(); ++row)
            values << rows->text(row, 0).toUtf8();
        return values;
    };
    const auto plan = planColumns(source, options, &report, &error);
    if (!plan)
        return fail(error);
    QStringList quoted;
    QList<ExportColumn> exportColumns;
    QList<ExportCell::Kind> kinds;
    for (const PlannedColumn& planned : *plan) {
        quoted << quoteIdentifier(planned.column.name);
        report.columns << planned.column.name;
        exportColumns << planned.column;
        const QString type = columns->types.value(planned.column.name);
        kinds << (type == QLatin1String("bigint")     ? ExportCell::Kind::Integer
                      : type == QLatin1String("text") ? ExportCell::Kind::Text
                                                      : ExportCell::Kind::Real);
    }
    const QString key = workspace.customerKeyExpression();
    const CompiledFilter filter = FilterCompiler::compile(definition, key, SqlDialect::PostgreSQL);
    // A read-only transaction holds the cursor; rolled back at the end, it changes nothing on the server.
    if (!pg.exec(QStringLiteral("BEGIN READ ONLY"), &error))
        return fail(error);
    auto rollback = [&pg] {
        QString ignored;
        pg.exec(QStringLiteral("ROLLBACK"), &ignored);
    };
    if (!pg.query(QStringLiteral("DECLARE swb_export NO SCROLL CURSOR FOR SELECT ") + quoted.join(QStringLiteral(", "))
                      + QStringLiteral(" FROM customers WHERE ") + filter.where + QStringLiteral(" ORDER BY ") + key,
                  filter.bindings, &error)) {
        rollback();
        return fail(tr("The selection cannot be evaluated on the server: %1").arg(error));
    }
    std::unique_ptr<TableWriter> writer = TableWriter::create(options, *target);
    if (!writer->begin(exportColumns, &error)) {
        rollback();
        return fail(error);
    }
    for (;;) {
        const auto batch = pg.query(QStringLiteral("FETCH %1 FROM swb_export").arg(s_batch), {}, &error);
        if (!batch || (cancel && cancel())) {
            writer->discard();
            rollback();
            report.canceled = batch.has_value();
            return fail(report.canceled ? Exporter::tr("The export was cancelled; no file was written.")
                                        : Exporter::tr("Reading the customers failed: %1").arg(error));
        }
        for (int row = 0; row < batch->rowCount(); ++row) {
            writeRow(*writer, *batch, row, *plan, kinds);
            if (!writer->endRow(&error)) {
                writer->discard();
                rollback();
                return fail(error);
            }
        }
        report.rows += batch->rowCount();
        if (batch->rowCount() < s_batch)
            break;
    }
    rollback();
    if (!writer->commit(&error))
        return fail(error);
    report.ok = true;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace swb
