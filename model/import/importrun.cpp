#include "model/import/importrun.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/columnnaming.h"
#include "model/import/compactdates.h"
#include "model/import/linemap.h"
#include "model/import/roleguesser.h"

#include <QLocale>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace swb {

namespace {

constexpr int s_reportedIssues = 100;

QString q(const QString& name)
{
    return quoteIdentifier(name);
}

} // namespace

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
        m_known[c] = CompactDates::infer(m_whole[c], comma, monthFirst, m_detection.headers.value(int(c)));
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
            : CompactDates::infer(stats[size_t(c)], comma, (o && o->monthFirst) ? o->monthFirst : fileMonthFirst,
                                  d.headers.value(c));
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
        // Compact dates (19970101) given a date type or a date role by the user are read as dates, whatever the
        // header (the type is then the user's: fixed, so that no pass infers it again).
        if (CompactDates::possible(stats[size_t(c)]) && !isTemporal(types[c].type)) {
            if (t.type.type == FieldType::Integer && o && o->role && CompactDates::isDateRole(*o->role)) {
                t.type = CompactDates::dateType();
                t.fixed = true;
            } else if (isTemporal(t.type.type)) {
                t.type.dateOrder = DateOrder::Compact;
            }
        }
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
                } else if (isTemporal(existingType) && CompactDates::possible(stats[size_t(c)])) {
                    t.type.dateOrder = DateOrder::Compact;
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

} // namespace swb
