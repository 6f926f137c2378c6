// ImportRun::pass and its steps: one transaction that logs the import, prepares the table, streams the file's
// rows into it, checks that the whole file had the types this pass assumed, and finishes the table and the log.
#include "model/customerchanges.h"
#include "model/fieldcatalog.h"
#include "model/import/importpassstate.h"
#include "model/import/importrun.h"
#include "model/import/ordersaggregator.h"
#include "model/import/rowsink.h"
#include "model/import/sourceforms.h"
#include "model/import/textdecoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace swb {

namespace {

// SWB_IMPORT_PROFILE=1 prints the time of each phase to stderr (tests/benchmarks/run_import.sh shows them).
class PhaseClock
{
public:
    PhaseClock()
        : m_enabled(qEnvironmentVariableIsSet("SWB_IMPORT_PROFILE"))
    {
        m_clock.start();
    }
    void mark(const char* what)
    {
        if (m_enabled)
            std::fprintf(stderr, "%-12s %7.3f s\n", what, double(m_clock.nsecsElapsed()) / 1e9);
        m_clock.restart();
    }
    void print(const char* what, qint64 ns) const
    {
        if (m_enabled)
            std::fprintf(stderr, "%-12s %7.3f s\n", what, double(ns) / 1e9);
    }

private:
    QElapsedTimer m_clock;
    bool m_enabled;
};

QString canceledMessage()
{
    return ImportRun::tr("The import was cancelled; the workspace is unchanged.");
}

} // namespace

ImportRun::Outcome ImportRun::pass(ImportReport& report)
{
    report.issues.clear();
    report.issueCount = 0;
    report.rowsImported = report.rowsInserted = report.rowsUpdated = 0;
    report.ordersWithoutCustomer = report.customersCreated = 0;
    m_strictError.clear();

    if (m_options.kind == ImportKind::Orders && m_options.mode == ImportMode::Upsert)
        return fail(report,
                    tr("Upsert matches customers by their key; it is not available for orders. Import the "
                       "orders with the mode append or replace."));

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(report, tr("The workspace is busy or cannot be written: %1").arg(m_db.lastError()));
    QString error;
    if (!customerchanges::suspend(m_db, &error))
        return fail(report, tr("The workspace is busy or cannot be written: %1").arg(error));

    m_tableExisted = m_db.tableExists(m_table);
    m_creates = m_options.mode == ImportMode::Replace || !m_tableExisted;
    buildTargets();

    PassState state;
    if (!logStart(&error) || !prepareTable(&error) || !findKey(state, &error) || !prepareInserter(state, &error))
        return fail(report, error);
    PhaseClock clock;
    switch (writeRows(report, state, &error)) {
    case RowsEnd::Canceled:
        report.canceled = true;
        return fail(report, canceledMessage());
    case RowsEnd::Failed:
        return fail(report, error);
    case RowsEnd::Done:
        break;
    }
    clock.mark("insert");
    if (m_detection.changedSince(m_options.filePath, state.result.bytesRead, &error))
        return fail(report, error);
    if (state.result.end == PipelineResult::End::Diverged) {
        learn(state.result);
        return Outcome::Redo;
    }
    // The whole file's types, decimal mark and encoding must be what this pass used; else do it again with them.
    if (!learnSameTypes(state.result))
        return Outcome::Redo;
    if (!SourceForms::store(m_db, m_table, m_targets, state.result.stats, &error))
        return fail(report, error);

    if (!countRows(report, state, &error))
        return fail(report, error);
    if (m_options.kind == ImportKind::Orders && report.rowsImported > 0
        && report.ordersWithoutCustomer == report.rowsImported)
        return fail(report, orphanedError(state, report.rowsImported));
    clock.mark("index");
    m_db.exec("PRAGMA threads = 0");
    if (!OrdersAggregator::recompute(m_db, &report.customersCreated, &error)
        || !OrderDerivedFields::store(m_db, m_options.deriveFields, &error))
        return fail(report, error);
    clock.mark("aggregate");
    if (m_cancel && m_cancel()) {
        report.canceled = true;
        return fail(report, canceledMessage());
    }

    describeColumns(report, state);
    report.ok = true;
    report.importId = m_importId;
    if (!logFinish(report, &error))
        return fail(report, error);
    m_issueInsert = Statement();
    state.inserter.finalize();
    if (!customerchanges::resume(m_db, &error) || !transaction.commit(&error))
        return fail(report, tr("Cannot save the import: %1").arg(error));
    clock.mark("commit");
    return Outcome::Done;
}

QString ImportRun::orphanedError(const PassState& state, qint64 lines) const
{
    const QLocale locale;
    if (state.key)
        return tr("The customer key column \"%1\" of %2 is empty on all %3 order lines, so no order would belong to "
                  "a customer; nothing was imported. Choose the column that holds the customer key: swb import "
                  "--role COLUMN=customer_key (in the import wizard: the column's role).")
            .arg(state.key->name, m_options.filePath, locale.toString(lines));
    QStringList considered;
    for (const ImportTarget& t : m_targets) {
        if (t.type.type == FieldType::Integer || t.type.type == FieldType::Text)
            considered << t.header;
    }
    const QString columns
        = considered.isEmpty() ? tr("(none: no integer or text column)") : considered.join(QStringLiteral(", "));
    return tr("No column of %1 could be identified as the customer key, so none of its %2 order lines would belong to "
              "a customer; nothing was imported. Columns considered: %3. Name the customer key column with swb "
              "import --role COLUMN=customer_key (in the import wizard: the column's role).")
        .arg(m_options.filePath, locale.toString(lines), columns);
}

bool ImportRun::logStart(QString* error)
{
    Statement insert
        = m_db.prepare(QStringLiteral("INSERT INTO imports(started_at, file, kind, mode) VALUES (?, ?, ?, ?)"), error);
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.bind(2, QFileInfo(m_options.filePath).absoluteFilePath());
    insert.bind(3, importKindName(m_options.kind));
    insert.bind(4, importModeName(m_options.mode));
    if (!insert.run()) {
        *error = tr("Cannot write the import log: %1").arg(m_db.lastError());
        return false;
    }
    m_importId = m_db.lastInsertRowId();
    m_issueInsert = m_db.prepare(QStringLiteral("INSERT INTO import_issues(import_id, line, column, reason, raw) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 error);
    return m_issueInsert.isValid();
}

bool ImportRun::findKey(PassState& state, QString* error)
{
    // The customer key of the table (customers only): duplicates are issues, upsert matches on it.
    for (const ImportTarget& t : m_targets) {
        if (t.role == FieldRole::CustomerKey)
            state.key = &t;
    }
    if (m_options.kind == ImportKind::Customers && !m_creates) {
        const auto tableKey = FieldCatalog::findByRole(FieldCatalog::load(m_db, m_table), FieldRole::CustomerKey);
        state.key = nullptr;
        for (const ImportTarget& t : m_targets) {
            if (tableKey && t.name == tableKey->name)
                state.key = &t;
        }
        if (m_options.mode == ImportMode::Upsert && !state.key) {
            *error = tableKey ? tr("Upsert matches rows on the customer key \"%1\", but the file has no such "
                                   "column. Add it to the file, or import with the mode replace.")
                                    .arg(tableKey->name)
                              : tr("Upsert needs a customer key: the workspace has no column with the "
                                   "customer key role. Set one with swb fields --set-role COLUMN=customer_key "
                                   "or import with the mode append.");
            return false;
        }
        // Rows without the key could never be matched with their orders or updated by a later upsert.
        if (m_options.mode == ImportMode::Append && tableKey && !state.key) {
            *error = tr("The customers in the workspace have the customer key column \"%1\", but the file has no "
                        "such column, so the appended customers would have no key. Add the column \"%1\" to the "
                        "file, or import with the mode replace.")
                         .arg(tableKey->name);
            return false;
        }
        QString indexError;
        if (state.key
            && !m_db.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS idx_customers_key ON customers(%1)")
                              .arg(quoteIdentifier(state.key->name)),
                          &indexError)) {
            *error = tr("The customer key column \"%1\" of the workspace holds duplicates: %2")
                         .arg(state.key->name, indexError);
            return false;
        }
    }
    for (size_t i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].role == FieldRole::CustomerKey)
            state.keySlot = int(i);
    }
    // Added to keyed customers, a row without a key could never be matched with its orders or updated.
    state.keyRequired = m_options.kind == ImportKind::Customers && !m_creates && state.key && state.keySlot >= 0;
    return true;
}

bool ImportRun::prepareInserter(PassState& state, QString* error)
{
    QStringList columns;
    QStringList updates;
    for (const ImportTarget& target : m_targets) {
        columns << quoteIdentifier(target.name);
        if (state.key && target.name != state.key->name)
            updates << QStringLiteral("%1 = coalesce(excluded.%1, %1)").arg(quoteIdentifier(target.name));
    }
    QString conflict;
    if (m_options.mode == ImportMode::Upsert) {
        const QString key = quoteIdentifier(state.key->name);
        conflict = updates.isEmpty()
            ? QStringLiteral(" ON CONFLICT(%1) DO NOTHING").arg(key)
            : QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET %2").arg(key, updates.join(QStringLiteral(", ")));
        state.countBefore
            = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(m_table))).toLongLong();
    }
    if (m_sink)
        return m_sink->begin(m_table, m_targets, error);
    return state.inserter.prepare(m_db, m_table, columns, conflict, error);
}

ImportRun::RowsEnd ImportRun::writeRows(ImportReport& report, PassState& state, QString* error)
{
    PipelineInput input;
    input.path = m_options.filePath;
    input.csv = m_detection.readerOptions();
    input.csv.encoding = m_encoding.value_or(m_detection.encoding.encoding);
    input.hasHeader = m_detection.hasHeader;
    input.columnCount = m_detection.columnCount;
    input.plans = m_plans;
    input.validateUtf8 = input.csv.encoding == TextEncoding::Utf8;
    state.encoding = input.csv.encoding;
    state.valueIssues.assign(size_t(m_detection.columnCount), 0);

    ImportPipeline pipeline(input);
    pipeline.start();
    PhaseClock clock;
    qint64 waitNs = 0;
    QElapsedTimer waitTimer;
    RowsEnd end = RowsEnd::Done;
    for (;;) {
        waitTimer.start();
        RowBatch* batch = pipeline.next();
        waitNs += waitTimer.nsecsElapsed();
        if (!batch)
            break;
        if (m_cancel && m_cancel())
            end = RowsEnd::Canceled;
        else if (!writeBatch(report, state, *batch, error))
            end = RowsEnd::Failed;
        else if (m_progress)
            m_progress(batch->bytesRead, m_detection.fileSize);
        pipeline.recycle(batch);
        if (end != RowsEnd::Done)
            break;
    }
    if (end != RowsEnd::Done)
        pipeline.stop();
    state.result = pipeline.finish();
    clock.print("waiting", waitNs);
    report.rowsRead = state.result.records;
    if (end == RowsEnd::Failed) {
        if (!m_strictError.isEmpty())
            *error = m_strictError;
        else if (error->isEmpty())
            *error = m_db.lastError();
    } else if (end == RowsEnd::Done && state.result.end == PipelineResult::End::Failed) {
        *error = state.result.error;
        end = RowsEnd::Failed;
    }
    return end;
}

bool ImportRun::writeBatch(ImportReport& report, PassState& state, const RowBatch& batch, QString* error)
{
    for (const BatchIssue& i : batch.issues) {
        const QString column = i.column < 0 ? QString() : m_plans[size_t(i.column)].name;
        if (i.column >= 0 && i.effect == BatchIssue::Effect::NullStored)
            ++state.valueIssues[size_t(i.column)];
        if (!recordIssue(report, i.line, column, i.reason, i.raw))
            return false;
    }
    const auto valuesOf = [&batch](int row) {
        return batch.values.data() + size_t(row) * size_t(batch.columns);
    };
    state.rows.clear();
    for (int row = 0; row < batch.rows; ++row) {
        if (batch.rejected[size_t(row)])
            continue;
        if (state.keyRequired && valuesOf(row)[state.keySlot].kind == BatchValue::Null) {
            if (!recordIssue(report, batch.lines[size_t(row)], state.key->name,
                             tr("The customer key is empty; a customer added to the ones in the workspace "
                                "needs one, so this record was not imported."),
                             QString()))
                return false;
            continue;
        }
        state.rows.push_back(row);
    }
    if (m_sink)
        return streamRows(report, state, batch, error);
    if (!state.inserter.insert(batch, state.rows, state.rowids, error))
        return false;
    for (size_t r = 0; r < state.rows.size(); ++r) {
        const int row = state.rows[r];
        const BatchValue* values = valuesOf(row);
        if (state.rowids[r] >= 0) {
            ++report.rowsImported;
            state.lines.add(state.rowids[r], batch.lines[size_t(row)]);
            if (state.keySlot >= 0 && values[state.keySlot].kind == BatchValue::Null)
                ++report.ordersWithoutCustomer;
            continue;
        }
        // Not inserted: the key is a duplicate (only a keyed table refuses rows).
        QString raw;
        if (state.keySlot >= 0) {
            const BatchValue& k = values[state.keySlot];
            if (k.kind == BatchValue::Text)
                raw = QString::fromUtf8(batch.textAt(k), k.length);
            else if (k.kind != BatchValue::Null)
                raw = QString::number(k.integer);
        }
        if (!recordIssue(report, batch.lines[size_t(row)], state.key ? state.key->name : QString(),
                         tr("The customer key \"%1\" is already in the workspace or earlier in the file; this "
                            "record was not imported.")
                             .arg(raw),
                         raw))
            return false;
    }
    return true;
}

bool ImportRun::learnSameTypes(const PipelineResult& result)
{
    const std::optional<TextEncoding> encodingBefore = m_encoding;
    learn(result);
    if (m_encoding != encodingBefore)
        return false;
    for (const ImportTarget& t : m_targets) {
        if (!t.fixed && !(m_known[size_t(t.fileColumn)] == std::optional<InferredType>(t.type)))
            return false;
    }
    return true;
}

bool ImportRun::countRows(ImportReport& report, PassState& state, QString* error)
{
    if (m_options.mode == ImportMode::Upsert) {
        const qint64 countAfter
            = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(m_table))).toLongLong();
        report.rowsInserted = countAfter - state.countBefore;
        report.rowsUpdated = report.rowsImported - report.rowsInserted;
    } else {
        report.rowsInserted = report.rowsImported;
    }
    if (m_options.kind == ImportKind::Customers) {
        report.ordersWithoutCustomer = 0;
        if (m_sink)
            return finishStream(report, state, error);
        return !state.key || ensureUniqueKey(report, *state.key, state.lines, error);
    }
    if (m_sink && !finishStream(report, state, error))
        return false;
    if (state.keySlot < 0)
        report.ordersWithoutCustomer = report.rowsImported;
    return true;
}

void ImportRun::describeColumns(ImportReport& report, const PassState& state) const
{
    report.encoding = TextDecoder::name(state.encoding, m_detection.encoding.otherName);
    report.columns.clear();
    for (const ImportTarget& t : m_targets) {
        ImportColumn column;
        column.name = t.name;
        column.header = t.header;
        column.type = t.type.type;
        column.role = t.role;
        column.pii = t.pii;
        column.format = t.type.formatName();
        const ColumnStats& stats = state.result.stats[size_t(t.fileColumn)];
        column.nulls = stats.empty + (t.type.type == FieldType::Text ? 0 : stats.placeholders)
            + state.valueIssues[size_t(t.fileColumn)];
        column.fileColumn = t.fileColumn;
        column.added = !m_creates && !t.existing;
        report.columns << column;
    }
}

bool ImportRun::logFinish(const ImportReport& report, QString* error)
{
    ImportReport logged = report;
    logged.issues.clear();
    Statement finish = m_db.prepare(QStringLiteral("UPDATE imports SET finished_at = ?, rows_read = ?, "
                                                   "rows_imported = ?, issue_count = ?, report = ? WHERE id = ?"),
                                    error);
    finish.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    finish.bind(2, report.rowsRead);
    finish.bind(3, report.rowsImported);
    finish.bind(4, report.issueCount);
    finish.bind(5, QString::fromUtf8(QJsonDocument(logged.toJson()).toJson(QJsonDocument::Compact)));
    finish.bind(6, m_importId);
    if (finish.run())
        return true;
    *error = finish.errorMessage();
    return false;
}

} // namespace swb
