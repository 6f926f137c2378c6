#include "model/postgres/pgsegments.h"

#include "model/filter/filtercompiler.h"
#include "model/filter/filterdefinition.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspace.h"

namespace swb {

namespace {

const char* const s_columns = "id, name, kind, definition, description, color, source, created_at, updated_at";

Segment readSegment(const PgResult& rows, int row)
{
    Segment segment;
    segment.id = rows.toInt64(row, 0);
    segment.name = rows.text(row, 1);
    segment.kind = segmentKindFromName(rows.text(row, 2)).value_or(SegmentKind::Dynamic);
    segment.definition = rows.isNull(row, 3) ? QByteArray() : rows.text(row, 3).toUtf8();
    segment.description = rows.text(row, 4);
    segment.color = rows.text(row, 5);
    segment.source = rows.text(row, 6);
    segment.createdAt = rows.text(row, 7);
    segment.updatedAt = rows.text(row, 8);
    return segment;
}

} // namespace

PgSegments::PgSegments(PgWorkspace& workspace)
    : m_workspace(workspace)
{ }

// In SQLite's COLLATE NOCASE order: ASCII case folded (lower() under the C collation folds ASCII only).
std::optional<QList<Segment>> PgSegments::list(QString* error)
{
    const auto rows = m_workspace.connection().query(
        QStringLiteral("SELECT %1 FROM segments ORDER BY lower(name COLLATE \"C\")").arg(QLatin1String(s_columns)), {},
        error);
    if (!rows)
        return std::nullopt;
    QList<Segment> segments;
    for (int row = 0; row < rows->rowCount(); ++row)
        segments << readSegment(*rows, row);
    return segments;
}

std::optional<Segment> PgSegments::find(const QString& name, QString* error)
{
    const auto rows = m_workspace.connection().query(
        QStringLiteral("SELECT %1 FROM segments WHERE name = ?").arg(QLatin1String(s_columns)), {FilterValue(name)},
        error);
    if (!rows || rows->rowCount() == 0)
        return std::nullopt;
    return readSegment(*rows, 0);
}

std::optional<Segment> PgSegments::save(const QString& name, const QByteArray& definition, bool isStatic,
                                        QString* error)
{
    if (!SegmentRepository::isValidName(name, error))
        return std::nullopt;
    const auto parsed = FilterDefinition::parse(definition, error);
    if (!parsed)
        return std::nullopt;
    FilterContext context = m_workspace.filterContext();
    context.definingSegment = name; // a reference back to it is a cycle
    const auto resolved = FilterResolver::resolve(*parsed, context, error);
    if (!resolved)
        return std::nullopt;
    PgConnection& pg = m_workspace.connection();
    // One saver at a time: the name check and the next id hold until the commit.
    auto run = [&]() -> bool {
        if (!nameIsFree(name, {}, error))
            return false;
        const QString stamp = SegmentRepository::timestamp();
        const auto id = pg.queryInt64(
            QStringLiteral("INSERT INTO segments (id, name, kind, definition, description, color, source, "
                           "created_at, updated_at) SELECT coalesce(max(id), 0) + 1, ?, ?, ?, '', '', 'manual', ?, ? "
                           "FROM segments RETURNING id"),
            {FilterValue(name), FilterValue(segmentKindName(isStatic ? SegmentKind::Static : SegmentKind::Dynamic)),
             FilterValue(QString::fromUtf8(FilterDefinition::toJsonText(*parsed))), FilterValue(stamp),
             FilterValue(stamp)},
            error);
        if (!id)
            return false;
        if (!isStatic)
            return true;
        const QString key = m_workspace.customerKeyExpression();
        const CompiledFilter filter = FilterCompiler::compile(*resolved, key, SqlDialect::PostgreSQL);
        QList<FilterValue> values{FilterValue(*id)};
        values << filter.bindings;
        return pg
            .query(QStringLiteral("INSERT INTO segment_members (segment_id, customer_key) SELECT DISTINCT ?, ") + key
                       + QStringLiteral(" FROM customers WHERE ") + key + QStringLiteral(" IS NOT NULL AND ")
                       + filter.where,
                   values, error)
            .has_value();
    };
    if (!inTransaction(run, error))
        return std::nullopt;
    return find(name, error);
}

std::optional<qint64> PgSegments::count(const QString& name, QString* error)
{
    const auto resolved
        = FilterResolver::resolve(FilterResolver::segmentReference(name), m_workspace.filterContext(), error);
    if (!resolved)
        return std::nullopt;
    return m_workspace.count(*resolved, error);
}

std::optional<OverlapMatrix> PgSegments::overlap(const QStringList& names, QString* error)
{
    if (names.isEmpty()) {
        *error = SegmentRepository::tr("Name at least one segment to compare.");
        return std::nullopt;
    }
    const FilterContext context = m_workspace.filterContext();
    const QString key = m_workspace.customerKeyExpression();
    QList<CompiledFilter> filters;
    for (const QString& name : names) {
        if (!context.segments(name)) {
            *error = SegmentRepository::tr("There is no segment called \"%1\".").arg(name);
            return std::nullopt;
        }
        const auto resolved = FilterResolver::resolve(FilterResolver::segmentReference(name), context, error);
        if (!resolved)
            return std::nullopt;
        filters << FilterCompiler::compile(*resolved, key, SqlDialect::PostgreSQL);
    }
    QStringList columns;
    QList<FilterValue> values;
    for (qsizetype i = 0; i < filters.size(); ++i) {
        for (qsizetype j = i; j < filters.size(); ++j) {
            columns << QStringLiteral("count(*) FILTER (WHERE ") + filters.at(i).where + QStringLiteral(" AND ")
                    + filters.at(j).where + QStringLiteral(") AS c") + QString::number(columns.size());
            values << filters.at(i).bindings << filters.at(j).bindings;
        }
    }
    const QString selected = columns.join(QStringLiteral(", "));
    const auto result = m_workspace.sumOverPartitions(
        [&](const QString& table) { return QStringLiteral("SELECT ") + selected + QStringLiteral(" FROM ") + table; },
        int(columns.size()), values, error);
    if (!result)
        return std::nullopt;
    OverlapMatrix matrix;
    matrix.names = names;
    const qsizetype n = names.size();
    matrix.counts = QList<QList<qint64>>(n, QList<qint64>(n, 0));
    int column = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i; j < n; ++j) {
            const qint64 both = result->toInt64(0, column++);
            matrix.counts[i][j] = both;
            matrix.counts[j][i] = both;
        }
    }
    return matrix;
}

} // namespace swb
