// PgSegments' changes of saved segments: rename, delete, duplicate and a new definition, with SegmentRepository's
// rules and messages.
#include "model/filter/filtercompiler.h"
#include "model/filter/filterdefinition.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgsegments.h"
#include "model/postgres/pgworkspace.h"
#include "model/segments/segmentreferences.h"

#include <QDateTime>
#include <QJsonDocument>

namespace swb {

bool PgSegments::inTransaction(const std::function<bool()>& work, QString* error)
{
    PgConnection& pg = m_workspace.connection();
    if (!pg.exec(QStringLiteral("BEGIN; LOCK TABLE segments IN SHARE ROW EXCLUSIVE MODE"), error))
        return false;
    if (!work()) {
        QString ignored;
        pg.exec(QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    return pg.exec(QStringLiteral("COMMIT"), error);
}

std::optional<Segment> PgSegments::existing(const QString& name, QString* error)
{
    auto segment = find(name, error);
    if (!segment)
        *error = SegmentRepository::tr("There is no segment called \"%1\".").arg(name);
    return segment;
}

bool PgSegments::nameIsFree(const QString& name, const QString& except, QString* error)
{
    // SQLite's COLLATE NOCASE folds ASCII only, as lower() under the C collation does.
    const auto taken = m_workspace.connection().query(
        QStringLiteral(
            "SELECT name FROM segments WHERE lower(name COLLATE \"C\") = lower(CAST(? AS text) COLLATE \"C\")"),
        {FilterValue(name)}, error);
    if (!taken)
        return false;
    if (taken->rowCount() > 0 && taken->text(0, 0) != except) {
        *error = SegmentRepository::existsMessage(taken->text(0, 0));
        return false;
    }
    return true;
}

QStringList PgSegments::referencing(const QString& name, QString* error)
{
    QStringList names;
    for (const Segment& segment : list(error).value_or(QList<Segment>())) {
        if (segment.kind == SegmentKind::Dynamic && segment.name != name
            && SegmentReferences::mentions(segment.definition, name))
            names << segment.name;
    }
    return names;
}

bool PgSegments::rename(const QString& name, const QString& newName, QString* error)
{
    if (name == newName)
        return true;
    if (!SegmentRepository::isValidName(newName, error))
        return false;
    PgConnection& pg = m_workspace.connection();
    return inTransaction(
        [&] {
            const auto segment = existing(name, error);
            if (!segment)
                return false;
            if (!nameIsFree(newName, name, error)) // a rename may change the name's case
                return false;
            const QString stamp = SegmentRepository::timestamp();
            for (const QString& other : referencing(name, error)) {
                const auto user = find(other, error);
                const QByteArray rewritten = SegmentReferences::rename(user->definition, name, newName);
                if (!pg.query(QStringLiteral("UPDATE segments SET definition = ?, updated_at = ? WHERE id = ?"),
                              {FilterValue(QString::fromUtf8(rewritten)), FilterValue(stamp), FilterValue(user->id)},
                              error))
                    return false;
            }
            return pg
                .query(QStringLiteral("UPDATE segments SET name = ?, updated_at = ? WHERE id = ?"),
                       {FilterValue(newName), FilterValue(stamp), FilterValue(segment->id)}, error)
                .has_value();
        },
        error);
}

bool PgSegments::remove(const QString& name, QString* error)
{
    PgConnection& pg = m_workspace.connection();
    return inTransaction(
        [&] {
            const auto segment = existing(name, error);
            if (!segment)
                return false;
            const QStringList users = referencing(name, error);
            if (!users.isEmpty()) {
                *error = SegmentRepository::tr(
                             "\"%1\" cannot be deleted: the segments %2 refer to it. Change or delete them first.")
                             .arg(name, users.join(QStringLiteral(", ")));
                return false;
            }
            // No foreign keys on the server: the members and snapshots go with the segment explicitly.
            const QList<FilterValue> id{FilterValue(segment->id)};
            return pg.query(QStringLiteral("DELETE FROM segment_members WHERE segment_id = ?"), id, error)
                && pg.query(QStringLiteral("DELETE FROM snapshot_members WHERE snapshot_id IN (SELECT id FROM "
                                           "segment_snapshots WHERE segment_id = ?)"),
                            id, error)
                && pg.query(QStringLiteral("DELETE FROM segment_snapshots WHERE segment_id = ?"), id, error)
                && pg.query(QStringLiteral("DELETE FROM segments WHERE id = ?"), id, error);
        },
        error);
}

bool PgSegments::duplicate(const QString& name, const QString& newName, QString* error)
{
    if (!SegmentRepository::isValidName(newName, error))
        return false;
    PgConnection& pg = m_workspace.connection();
    return inTransaction(
        [&] {
            const auto segment = existing(name, error);
            if (!segment)
                return false;
            if (!nameIsFree(newName, {}, error))
                return false;
            const QString stamp = SegmentRepository::timestamp();
            const auto id = pg.queryInt64(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM segments"), {}, error);
            return id
                && pg.query(QStringLiteral("INSERT INTO segments (id, name, kind, definition, description, color, "
                                           "source, created_at, updated_at) SELECT ?, ?, kind, definition, "
                                           "description, color, source, ?, ? FROM segments WHERE id = ?"),
                            {FilterValue(*id), FilterValue(newName), FilterValue(stamp), FilterValue(stamp),
                             FilterValue(segment->id)},
                            error)
                && pg.query(QStringLiteral("INSERT INTO segment_members (segment_id, customer_key) SELECT ?, "
                                           "customer_key FROM segment_members WHERE segment_id = ?"),
                            {FilterValue(*id), FilterValue(segment->id)}, error);
        },
        error);
}

bool PgSegments::updateDefinition(const QString& name, const QByteArray& definition, QString* error)
{
    const auto parsed = FilterDefinition::parse(definition, error);
    if (!parsed)
        return false;
    PgConnection& pg = m_workspace.connection();
    return inTransaction(
        [&] {
            const auto segment = existing(name, error);
            if (!segment)
                return false;
            if (segment->kind != SegmentKind::Dynamic) {
                *error = SegmentRepository::tr("\"%1\" is a static segment: its members are frozen. Save the "
                                               "definition as a new segment instead.")
                             .arg(name);
                return false;
            }
            FilterContext context = m_workspace.filterContext();
            context.definingSegment = name; // a reference back to it is a cycle
            if (!FilterResolver::resolve(*parsed, context, error))
                return false;
            return pg
                .query(QStringLiteral("UPDATE segments SET definition = ?, updated_at = ? WHERE id = ?"),
                       {FilterValue(QString::fromUtf8(FilterDefinition::toJsonText(*parsed))),
                        FilterValue(SegmentRepository::timestamp()), FilterValue(segment->id)},
                       error)
                .has_value();
        },
        error);
}

std::optional<SegmentSnapshot> PgSegments::takeSnapshot(const QString& name, const QJsonObject& kpis, QString* error)
{
    const auto resolved
        = FilterResolver::resolve(FilterResolver::segmentReference(name), m_workspace.filterContext(), error);
    if (!resolved)
        return std::nullopt;
    const QString key = m_workspace.customerKeyExpression();
    const CompiledFilter filter = FilterCompiler::compile(*resolved, key, SqlDialect::PostgreSQL);
    PgConnection& pg = m_workspace.connection();
    qint64 snapshotId = 0;
    const bool done = inTransaction(
        [&] {
            const auto segment = existing(name, error);
            if (!segment)
                return false;
            const auto id = pg.exec(QStringLiteral("LOCK TABLE segment_snapshots IN SHARE ROW EXCLUSIVE MODE"), error)
                ? pg.queryInt64(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM segment_snapshots"), {}, error)
                : std::nullopt;
            if (!id)
                return false;
            snapshotId = *id;
            QList<FilterValue> memberValues{FilterValue(snapshotId)};
            memberValues << filter.bindings;
            return pg.query(
                       QStringLiteral("INSERT INTO segment_snapshots (id, segment_id, taken_at, size, definition, "
                                      "kpis) VALUES (?, ?, ?, 0, ?, ?)"),
                       {FilterValue(snapshotId), FilterValue(segment->id),
                        FilterValue(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                        FilterValue(QString::fromUtf8(segment->definition)),
                        FilterValue(QString::fromUtf8(QJsonDocument(kpis).toJson(QJsonDocument::Compact)))},
                       error)
                && pg.query(
                    QStringLiteral("INSERT INTO snapshot_members (snapshot_id, customer_key) SELECT DISTINCT ?, ") + key
                        + QStringLiteral(" FROM customers WHERE ") + key + QStringLiteral(" IS NOT NULL AND ")
                        + filter.where,
                    memberValues, error)
                && pg.query(QStringLiteral("UPDATE segment_snapshots SET size = (SELECT count(*) FROM snapshot_members "
                                           "WHERE snapshot_id = ?) WHERE id = ?"),
                            {FilterValue(snapshotId), FilterValue(snapshotId)}, error);
        },
        error);
    if (!done)
        return std::nullopt;
    const auto all = snapshots(name, error);
    if (!all)
        return std::nullopt;
    for (const SegmentSnapshot& snapshot : *all) {
        if (snapshot.id == snapshotId)
            return snapshot;
    }
    return std::nullopt;
}

std::optional<QList<SegmentSnapshot>> PgSegments::snapshots(const QString& name, QString* error)
{
    // Sizes, and who entered and who left against the snapshot before, in one statement.
    const auto rows = m_workspace.connection().query(
        QStringLiteral(
            "WITH s AS (SELECT ss.id, ss.taken_at, ss.size, ss.kpis, lag(ss.id) OVER (ORDER BY ss.taken_at, ss.id) "
            "AS before FROM segment_snapshots ss JOIN segments g ON g.id = ss.segment_id WHERE g.name = ?) "
            "SELECT id, taken_at, size, kpis, before IS NULL, "
            "(SELECT count(*) FROM snapshot_members a WHERE a.snapshot_id = s.id AND NOT EXISTS (SELECT 1 FROM "
            "snapshot_members b WHERE b.snapshot_id = s.before AND b.customer_key = a.customer_key)), "
            "(SELECT count(*) FROM snapshot_members a WHERE a.snapshot_id = s.before AND NOT EXISTS (SELECT 1 FROM "
            "snapshot_members b WHERE b.snapshot_id = s.id AND b.customer_key = a.customer_key)) "
            "FROM s ORDER BY taken_at, id"),
        {FilterValue(name)}, error);
    if (!rows)
        return std::nullopt;
    QList<SegmentSnapshot> result;
    for (int row = 0; row < rows->rowCount(); ++row) {
        SegmentSnapshot snapshot;
        snapshot.id = rows->toInt64(row, 0);
        snapshot.takenAt = rows->text(row, 1);
        snapshot.size = rows->toInt64(row, 2);
        snapshot.kpis = QJsonDocument::fromJson(rows->text(row, 3).toUtf8()).object();
        snapshot.first = rows->text(row, 4) == QLatin1String("t");
        snapshot.entered = snapshot.first ? snapshot.size : rows->toInt64(row, 5);
        snapshot.left = snapshot.first ? 0 : rows->toInt64(row, 6);
        result << snapshot;
    }
    return result;
}

} // namespace swb
