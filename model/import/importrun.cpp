#include "model/import/importrun.h"

#include "model/customerchanges.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/columnnaming.h"
#include "model/import/ordersaggregator.h"
#include "model/import/roleguesser.h"
#include "model/import/rowinserter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace swb {

namespace {

constexpr int s_reportedIssues = 100;

QString q(const QString& name)
{
    return quoteIdentifier(name);
}

} // namespace

// Maps rowids of inserted rows back to the file's lines, storing only where the offset between them changes.
class LineMap
{
public:
    void add(qint64 rowid, qint64 line)
    {
        if (m_anchors.empty() || m_anchors.back().second - m_anchors.back().first != line - rowid)
            m_anchors.emplace_back(rowid, line);
    }
    qint64 line(qint64 rowid) const
    {
        auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(),
                                   std::pair(rowid, std::numeric_limits<qint64>::max()));
        if (it == m_anchors.begin())
            return 0;
        --it;
        return rowid - it->first + it->second;
    }

private:
    std::vector<std::pair<qint64, qint64>> m_anchors;
};

void ImportRun::learn(const PipelineResult& result)
{
    m_whole = result.stats;
    const bool comma = TypeInference::fileUsesDecimalComma(m_whole, m_detection.delimiter);
    const std::optional<bool> fileMonthFirst = TypeInference::fileMonthFirst(m_whole);
    for (size_t c = 0; c < m_known.size(); ++c) {
        std::optional<bool> monthFirst = fileMonthFirst;
        for (const ColumnOverride& o : m_options.overrides) {
            if (o.column == int(c) && o.monthFirst)
                monthFirst = o.monthFirst;
        }
        m_known[c] = TypeInference::infer(m_whole[c], comma, monthFirst);
    }
    if (!m_detection.encodingGiven && m_detection.encoding.encoding == TextEncoding::Utf8
        && !TextDecoder::preferUtf8(result.utf8))
        m_encoding = TextEncoding::Windows1252;
}

void ImportRun::buildTargets()
{
    const FileDetection& d = m_detection;
    const std::vector<ColumnStats>& stats = m_whole.empty() ? d.sample : m_whole;
    const bool comma = TypeInference::fileUsesDecimalComma(stats, d.delimiter);
    const std::optional<bool> fileMonthFirst = TypeInference::fileMonthFirst(stats);
    auto overrideFor = [&](int column) -> const ColumnOverride* {
        for (const ColumnOverride& o : m_options.overrides) {
            if (o.column == column)
                return &o;
        }
        return nullptr;
    };

    QList<InferredType> types;
    for (int c = 0; c < d.columnCount; ++c) {
        const ColumnOverride* o = overrideFor(c);
        InferredType type = m_known[size_t(c)]
            ? *m_known[size_t(c)]
            : TypeInference::infer(stats[size_t(c)], comma, (o && o->monthFirst) ? o->monthFirst : fileMonthFirst);
        types << type;
    }
    const QList<FieldRole> guessed = RoleGuesser::guess(m_options.kind, d.headers, types, stats);

    QList<const FieldInfo*> unused;
    const QList<FieldInfo> existingFields = m_tableExisted && m_options.mode != ImportMode::Replace
        ? FieldCatalog::load(m_db, m_table)
        : QList<FieldInfo>();
    const QStringList existingColumns
        = m_tableExisted && m_options.mode != ImportMode::Replace ? m_db.columnNames(m_table) : QStringList();
    QSet<FieldRole> usedRoles;
    for (const FieldInfo& field : existingFields)
        usedRoles.insert(field.role);

    QStringList rawNames;
    QList<int> columns;
    for (int c = 0; c < d.columnCount; ++c) {
        const ColumnOverride* o = overrideFor(c);
        if (o && o->skip)
            continue;
        columns << c;
        rawNames << ((o && o->name) ? *o->name : d.headers[c]);
    }
    // Names by the rule; with no header a column is column_N after its position in the file.
    QStringList names;
    QSet<QString> taken;
    for (int i = 0; i < columns.size(); ++i)
        names << ColumnNaming::makeUnique(ColumnNaming::normalise(rawNames[i], columns[i]), taken);

    m_targets.clear();
    QSet<FieldRole> overriddenRoles;
    for (const ColumnOverride& o : m_options.overrides) {
        if (o.role && *o.role != FieldRole::None && !o.skip)
            overriddenRoles.insert(*o.role);
    }
    for (int i = 0; i < columns.size(); ++i) {
        const int c = columns[i];
        const ColumnOverride* o = overrideFor(c);
        ImportTarget t;
        t.fileColumn = c;
        t.name = names[i];
        t.header = d.headers[c];
        t.type = types[c];
        t.fixed = m_known[size_t(c)].has_value();
        if (o && o->type) {
            if (*o->type != t.type.type) {
                t.type.type = *o->type;
                if (*o->type == FieldType::Real)
                    t.type.decimalComma = comma;
            }
            t.fixed = true;
        }
        t.role = guessed[c];
        if (overriddenRoles.contains(t.role))
            t.role = FieldRole::None;
        if (o && o->role)
            t.role = *o->role;
        if (existingColumns.contains(t.name)) {
            t.existing = true;
            t.fixed = true;
            const auto field = FieldCatalog::findByName(existingFields, t.name);
            const FieldType existingType = field ? field->type : FieldType::Text;
            if (existingType != t.type.type) {
                const InferredType inferred = t.type;
                t.type = InferredType();
                t.type.type = existingType;
                t.type.decimalComma = inferred.type == FieldType::Real ? inferred.decimalComma : comma;
                if (isTemporal(inferred.type)) {
                    t.type.dateOrder = inferred.dateOrder;
                    t.type.dateSeparator = inferred.dateSeparator;
                }
            }
            t.role = field ? field->role : FieldRole::None;
            t.pii = field ? field->pii : false;
        } else {
            if (usedRoles.contains(t.role) && t.role != FieldRole::None && !(o && o->role))
                t.role = FieldRole::None;
            t.pii = (o && o->pii) ? *o->pii : isPiiRole(t.role);
        }
        m_targets.push_back(t);
    }

    // Orders: the customer key keeps the text of a text key in `customers` ("0001" must match "0001").
    if (m_options.kind == ImportKind::Orders && m_db.tableExists(QStringLiteral("customers"))) {
        const auto key
            = FieldCatalog::findByRole(FieldCatalog::load(m_db, QStringLiteral("customers")), FieldRole::CustomerKey);
        for (ImportTarget& t : m_targets) {
            if (t.role == FieldRole::CustomerKey && !t.existing && key && key->type == FieldType::Text
                && t.type.type != FieldType::Text) {
                t.type = InferredType();
                t.fixed = true;
            }
        }
    }

    m_plans.assign(size_t(d.columnCount), ColumnPlan());
    for (ColumnPlan& plan : m_plans)
        plan.skip = true;
    for (const ImportTarget& t : m_targets) {
        ColumnPlan& plan = m_plans[size_t(t.fileColumn)];
        plan.skip = false;
        plan.type = t.type;
        plan.fixed = t.fixed;
        plan.name = t.name;
    }
}

bool ImportRun::prepareTable(QString* error)
{
    // The limit counts the columns the orders add to the customers, whether they are there yet or not.
    const int limit
        = std::min(FileDetection::maxColumns(m_options.kind), sqlite3_limit(m_db.handle(), SQLITE_LIMIT_COLUMN, -1));
    int columnsAfter = int(m_targets.size());
    if (!m_creates) {
        // The orders' columns in the customers are in the limit already.
        static const QSet<FieldRole> ordersRoles{FieldRole::OrdersCount, FieldRole::Revenue,
                                                 FieldRole::FirstPurchaseDate, FieldRole::LastPurchaseDate,
                                                 FieldRole::AverageOrderValue};
        columnsAfter = int(m_db.columnNames(m_table).size());
        for (const FieldInfo& field : FieldCatalog::load(m_db, m_table))
            columnsAfter
                -= (m_options.kind == ImportKind::Customers && field.derived && ordersRoles.contains(field.role)) ? 1
                                                                                                                  : 0;
        for (const ImportTarget& t : m_targets)
            columnsAfter += t.existing ? 0 : 1;
    }
    if (columnsAfter > limit && m_creates) {
        *error = FileDetection::tooManyColumnsError(m_options.filePath, columnsAfter, false, m_options.kind);
        return false;
    }
    if (columnsAfter > limit) {
        const QLocale locale;
        *error = tr("With the new columns of %1 the table %2 would have %3 columns; a workspace holds at most %4. Skip "
                    "the columns you do not need, or import the file with the mode replace.")
                     .arg(m_options.filePath, m_table, locale.toString(columnsAfter), locale.toString(limit));
        return false;
    }
    if (m_targets.empty()) {
        *error = tr("No column is left to import: every column is skipped.");
        return false;
    }

    if (m_creates) {
        QStringList definitions;
        QList<FieldInfo> fields;
        for (const ImportTarget& t : m_targets) {
            definitions << QStringLiteral("%1 %2").arg(q(t.name), sqlStorageType(t.type.type));
            FieldInfo info;
            info.table = m_table;
            info.name = t.name;
            info.originalHeader = t.header;
            info.type = t.type.type;
            info.role = t.role;
            info.pii = t.pii;
            info.position = int(fields.size());
            fields << info;
        }
        const QString sql = QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (%2);")
                                .arg(q(m_table), definitions.join(QStringLiteral(", ")));
        return m_db.exec(sql, error) && FieldCatalog::replace(m_db, m_table, fields, error);
    }

    int position = 0;
    for (const FieldInfo& field : FieldCatalog::load(m_db, m_table))
        position = std::max(position, field.position + 1);
    for (const ImportTarget& t : m_targets) {
        if (t.existing)
            continue;
        if (!m_db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                           .arg(q(m_table), q(t.name), sqlStorageType(t.type.type)),
                       error))
            return false;
        FieldInfo info;
        info.table = m_table;
        info.name = t.name;
        info.originalHeader = t.header;
        info.type = t.type.type;
        info.role = t.role;
        info.pii = t.pii;
        info.position = position++;
        if (!FieldCatalog::upsert(m_db, info, error))
            return false;
    }
    return true;
}

QString ImportRun::strictError(qint64 line, const QString& column, const QString& reason) const
{
    if (column.isEmpty())
        return tr("Line %1: %2 Nothing was imported (strict mode stops at the first problem).")
            .arg(QString::number(line), reason);
    return tr("Line %1, column \"%2\": %3 Nothing was imported (strict mode stops at the first problem).")
        .arg(QString::number(line), column, reason);
}

bool ImportRun::recordIssue(ImportReport& report, qint64 line, const QString& column, const QString& reason,
                            const QString& raw)
{
    if (m_options.strict) {
        m_strictError = strictError(line, column, reason);
        return false;
    }
    ++report.issueCount;
    if (report.issues.size() < s_reportedIssues)
        report.issues << ImportIssue{line, column, reason, raw};
    m_issueInsert.reset();
    m_issueInsert.bind(1, m_importId);
    m_issueInsert.bind(2, line);
    if (column.isEmpty())
        m_issueInsert.bindNull(3);
    else
        m_issueInsert.bind(3, column);
    m_issueInsert.bind(4, reason);
    m_issueInsert.bind(5, raw);
    return m_issueInsert.run();
}

bool ImportRun::ensureUniqueKey(ImportReport& report, const ImportTarget& key, const LineMap& lines, QString* error)
{
    const QString create
        = QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS idx_customers_key ON customers(%1)").arg(q(key.name));
    QString indexError;
    if (m_db.exec(create, &indexError))
        return true;
    if ((m_db.lastErrorCode() & 0xFF) != SQLITE_CONSTRAINT) {
        *error = indexError;
        return false;
    }
    // Duplicate keys: the first record of each key stays, the others become issues.
    Statement duplicates = m_db.prepare(
        QStringLiteral("SELECT rowid, %1 FROM customers WHERE %1 IN (SELECT %1 FROM customers WHERE %1 IS NOT NULL "
                       "GROUP BY %1 HAVING count(*) > 1) ORDER BY %1, rowid")
            .arg(q(key.name)),
        error);
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM customers WHERE rowid = ?"), error);
    if (!duplicates.isValid() || !remove.isValid())
        return false;
    QVariant current;
    qint64 firstLine = 0;
    std::vector<std::pair<qint64, QString>> doomed;
    while (duplicates.next()) {
        const qint64 rowid = duplicates.toInt64(0);
        const QVariant value = duplicates.value(1);
        if (value != current || !current.isValid()) {
            current = value;
            firstLine = lines.line(rowid);
            continue;
        }
        const qint64 line = lines.line(rowid);
        const QString reason = tr("The customer key \"%1\" appears again (first on line %2); this record was not "
                                  "imported.")
                                   .arg(value.toString(), QString::number(firstLine));
        if (!recordIssue(report, line, key.name, reason, value.toString())) {
            *error = m_strictError.isEmpty() ? m_db.lastError() : m_strictError;
            return false;
        }
        doomed.emplace_back(rowid, value.toString());
    }
    for (const auto& [rowid, value] : doomed) {
        remove.reset();
        remove.bind(1, rowid);
        if (!remove.run()) {
            *error = remove.errorMessage();
            return false;
        }
    }
    report.rowsInserted -= qint64(doomed.size());
    report.rowsImported -= qint64(doomed.size());
    return m_db.exec(create, error);
}

ImportRun::Outcome ImportRun::pass(ImportReport& report)
{
    const qint64 rowsBefore = 0;
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
    QString suspendError;
    if (!customerchanges::suspend(m_db, &suspendError))
        return fail(report, tr("The workspace is busy or cannot be written: %1").arg(suspendError));

    m_tableExisted = m_db.tableExists(m_table);
    m_creates = m_options.mode == ImportMode::Replace || !m_tableExisted;
    buildTargets();

    QString error;
    {
        Statement insert
            = m_db.prepare(QStringLiteral("INSERT INTO imports(started_at, file, kind, mode) VALUES (?, ?, "
                                          "?, ?)"),
                           &error);
        insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        insert.bind(2, QFileInfo(m_options.filePath).absoluteFilePath());
        insert.bind(3, importKindName(m_options.kind));
        insert.bind(4, importModeName(m_options.mode));
        if (!insert.run())
            return fail(report, tr("Cannot write the import log: %1").arg(m_db.lastError()));
        m_importId = m_db.lastInsertRowId();
    }
    m_issueInsert = m_db.prepare(QStringLiteral("INSERT INTO import_issues(import_id, line, column, reason, raw) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 &error);
    if (!m_issueInsert.isValid())
        return fail(report, error);
    if (!prepareTable(&error))
        return fail(report, error);

    // The customer key of the table (customers only): duplicates are issues, upsert matches on it.
    const ImportTarget* key = nullptr;
    for (const ImportTarget& t : m_targets) {
        if (t.role == FieldRole::CustomerKey)
            key = &t;
    }
    if (m_options.kind == ImportKind::Customers && !m_creates) {
        const auto tableKey = FieldCatalog::findByRole(FieldCatalog::load(m_db, m_table), FieldRole::CustomerKey);
        key = nullptr;
        for (const ImportTarget& t : m_targets) {
            if (tableKey && t.name == tableKey->name)
                key = &t;
        }
        if (m_options.mode == ImportMode::Upsert && !key) {
            return fail(report,
                        tableKey ? tr("Upsert matches rows on the customer key \"%1\", but the file has no such "
                                      "column. Add it to the file, or import with the mode replace.")
                                       .arg(tableKey->name)
                                 : tr("Upsert needs a customer key: the workspace has no column with the "
                                      "customer key role. Set one with swb fields --set-role COLUMN=customer_key "
                                      "or import with the mode append."));
        }
        // Rows without the key could never be matched with their orders or updated by a later upsert.
        if (m_options.mode == ImportMode::Append && tableKey && !key) {
            return fail(report,
                        tr("The customers in the workspace have the customer key column \"%1\", but the file has no "
                           "such column, so the appended customers would have no key. Add the column \"%1\" to the "
                           "file, or import with the mode replace.")
                            .arg(tableKey->name));
        }
        if (key) {
            QString indexError;
            if (!m_db.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS idx_customers_key ON customers(%1)")
                               .arg(q(key->name)),
                           &indexError))
                return fail(report,
                            tr("The customer key column \"%1\" of the workspace holds duplicates: %2")
                                .arg(key->name, indexError));
        }
    }

    QStringList columns;
    QStringList updates;
    for (size_t i = 0; i < m_targets.size(); ++i) {
        columns << q(m_targets[i].name);
        if (key && m_targets[i].name != key->name)
            updates << QStringLiteral("%1 = coalesce(excluded.%1, %1)").arg(q(m_targets[i].name));
    }
    QString conflict;
    if (m_options.mode == ImportMode::Upsert) {
        conflict = updates.isEmpty()
            ? QStringLiteral(" ON CONFLICT(%1) DO NOTHING").arg(q(key->name))
            : QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET %2").arg(q(key->name), updates.join(QStringLiteral(", ")));
    }
    RowInserter inserter;
    if (!inserter.prepare(m_db, m_table, columns, conflict, &error))
        return fail(report, error);
    const qint64 countBefore = m_options.mode == ImportMode::Upsert
        ? m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(q(m_table))).toLongLong()
        : rowsBefore;

    int keySlot = -1;
    for (size_t i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].role == FieldRole::CustomerKey)
            keySlot = int(i);
    }
    std::vector<qint64> valueIssues(size_t(m_detection.columnCount), 0);
    // Added to keyed customers, a row without a key could never be matched with its orders or updated.
    const bool keyRequired = m_options.kind == ImportKind::Customers && !m_creates && key && keySlot >= 0;

    PipelineInput input;
    input.path = m_options.filePath;
    input.csv = m_detection.readerOptions();
    input.csv.encoding = m_encoding.value_or(m_detection.encoding.encoding);
    input.hasHeader = m_detection.hasHeader;
    input.columnCount = m_detection.columnCount;
    input.plans = m_plans;
    input.validateUtf8 = input.csv.encoding == TextEncoding::Utf8;
    ImportPipeline pipeline(input);
    pipeline.start();

    QElapsedTimer phase;
    phase.start();
    // SWB_IMPORT_PROFILE=1 prints the time of each phase to stderr (tests/benchmarks/run_import.sh shows them).
    auto mark = [&](const char* what) {
        if (qEnvironmentVariableIsSet("SWB_IMPORT_PROFILE"))
            fprintf(stderr, "%-12s %7.3f s\n", what, double(phase.nsecsElapsed()) / 1e9);
        phase.restart();
    };
    qint64 waitNs = 0;
    QElapsedTimer waitTimer;
    LineMap lines;
    std::vector<int> rows;
    std::vector<qint64> rowids;
    bool canceled = false;
    bool failed = false;
    for (;;) {
        waitTimer.start();
        RowBatch* batch = pipeline.next();
        waitNs += waitTimer.nsecsElapsed();
        if (!batch)
            break;
        if (m_cancel && m_cancel()) {
            canceled = true;
            pipeline.recycle(batch);
            break;
        }
        for (const BatchIssue& i : batch->issues) {
            const QString column = i.column < 0 ? QString() : m_plans[size_t(i.column)].name;
            if (i.column >= 0 && i.effect == BatchIssue::Effect::NullStored)
                ++valueIssues[size_t(i.column)];
            if (!recordIssue(report, i.line, column, i.reason, i.raw)) {
                failed = true;
                break;
            }
        }
        rows.clear();
        for (int row = 0; row < batch->rows && !failed; ++row) {
            if (batch->rejected[size_t(row)])
                continue;
            if (keyRequired && batch->values[size_t(row) * size_t(batch->columns) + keySlot].kind == BatchValue::Null) {
                failed = !recordIssue(report, batch->lines[size_t(row)], key->name,
                                      tr("The customer key is empty; a customer added to the ones in the workspace "
                                         "needs one, so this record was not imported."),
                                      QString());
                continue;
            }
            rows.push_back(row);
        }
        if (!failed && !inserter.insert(*batch, rows, rowids, &error))
            failed = true;
        for (size_t r = 0; r < rows.size() && !failed; ++r) {
            const int row = rows[r];
            const BatchValue* values = batch->values.data() + size_t(row) * size_t(batch->columns);
            if (rowids[r] >= 0) {
                ++report.rowsImported;
                lines.add(rowids[r], batch->lines[size_t(row)]);
                if (keySlot >= 0 && values[keySlot].kind == BatchValue::Null)
                    ++report.ordersWithoutCustomer;
                continue;
            }
            const BatchValue& k = values[keySlot];
            const QString raw = keySlot < 0  ? QString()
                : k.kind == BatchValue::Text ? QString::fromUtf8(batch->textAt(k), k.length)
                : k.kind == BatchValue::Null ? QString()
                                             : QString::number(k.integer);
            if (!recordIssue(report, batch->lines[size_t(row)], key ? key->name : QString(),
                             tr("The customer key \"%1\" is already in the workspace or earlier in the file; this "
                                "record was not imported.")
                                 .arg(raw),
                             raw))
                failed = true;
        }
        if (m_progress)
            m_progress(batch->bytesRead, m_detection.fileSize);
        pipeline.recycle(batch);
        if (failed)
            break;
    }
    if (canceled || failed)
        pipeline.stop();
    const PipelineResult result = pipeline.finish();
    if (qEnvironmentVariableIsSet("SWB_IMPORT_PROFILE"))
        fprintf(stderr, "waiting      %7.3f s\n", double(waitNs) / 1e9);
    mark("insert");
    report.rowsRead = result.records;
    if (canceled) {
        report.canceled = true;
        return fail(report, tr("The import was cancelled; the workspace is unchanged."));
    }
    if (failed)
        return fail(report, !m_strictError.isEmpty() ? m_strictError : error.isEmpty() ? m_db.lastError() : error);
    if (result.end == PipelineResult::End::Failed)
        return fail(report, result.error);
    if (m_detection.changedSince(m_options.filePath, result.bytesRead, &error))
        return fail(report, error);
    if (result.end == PipelineResult::End::Diverged) {
        learn(result);
        return Outcome::Redo;
    }
    // The whole file's types, decimal mark and encoding must be what this pass used; else do it again with them.
    {
        const std::vector<std::optional<InferredType>> before = m_known;
        const std::optional<TextEncoding> encodingBefore = m_encoding;
        learn(result);
        bool same = m_encoding == encodingBefore;
        for (const ImportTarget& t : m_targets) {
            if (!t.fixed && !(m_known[size_t(t.fileColumn)] == std::optional<InferredType>(t.type)))
                same = false;
        }
        if (!same)
            return Outcome::Redo;
        Q_UNUSED(before);
    }

    if (m_options.mode == ImportMode::Upsert) {
        const qint64 countAfter = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(q(m_table))).toLongLong();
        report.rowsInserted = countAfter - countBefore;
        report.rowsUpdated = report.rowsImported - report.rowsInserted;
    } else {
        report.rowsInserted = report.rowsImported;
    }
    if (m_options.kind == ImportKind::Customers) {
        report.ordersWithoutCustomer = 0;
        if (key && !ensureUniqueKey(report, *key, lines, &error))
            return fail(report, error);
    } else if (keySlot < 0) {
        report.ordersWithoutCustomer = report.rowsImported;
    }
    mark("index");
    m_db.exec("PRAGMA threads = 0");
    if (!OrdersAggregator::recompute(m_db, &report.customersCreated, &error))
        return fail(report, error);
    mark("aggregate");
    if (m_cancel && m_cancel()) {
        report.canceled = true;
        return fail(report, tr("The import was cancelled; the workspace is unchanged."));
    }

    report.encoding = TextDecoder::name(input.csv.encoding, m_detection.encoding.otherName);
    report.columns.clear();
    for (const ImportTarget& t : m_targets) {
        ImportColumn column;
        column.name = t.name;
        column.header = t.header;
        column.type = t.type.type;
        column.role = t.role;
        column.pii = t.pii;
        column.format = t.type.formatName();
        const ColumnStats& stats = result.stats[size_t(t.fileColumn)];
        column.nulls = stats.empty + (t.type.type == FieldType::Text ? 0 : stats.placeholders)
            + valueIssues[size_t(t.fileColumn)];
        column.fileColumn = t.fileColumn;
        column.added = !m_creates && !t.existing;
        report.columns << column;
    }
    report.ok = true;
    report.importId = m_importId;
    {
        ImportReport logged = report;
        logged.issues.clear();
        Statement finish
            = m_db.prepare(QStringLiteral("UPDATE imports SET finished_at = ?, rows_read = ?, rows_imported "
                                          "= ?, issue_count = ?, report = ? WHERE id = ?"),
                           &error);
        finish.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        finish.bind(2, report.rowsRead);
        finish.bind(3, report.rowsImported);
        finish.bind(4, report.issueCount);
        finish.bind(5, QString::fromUtf8(QJsonDocument(logged.toJson()).toJson(QJsonDocument::Compact)));
        finish.bind(6, m_importId);
        if (!finish.run())
            return fail(report, finish.errorMessage());
    }
    m_issueInsert = Statement();
    inserter.finalize();
    if (!customerchanges::resume(m_db, &error))
        return fail(report, tr("Cannot save the import: %1").arg(error));
    if (!transaction.commit(&error))
        return fail(report, tr("Cannot save the import: %1").arg(error));
    mark("commit");
    return Outcome::Done;
}

} // namespace swb
