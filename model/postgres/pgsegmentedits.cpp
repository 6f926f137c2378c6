// PgSegments' changes of saved segments: rename, delete, duplicate and a new definition, with SegmentRepository's
// rules and messages.
#include "model/filter/filterdefinition.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgsegments.h"
#include "model/postgres/pgworkspace.h"
#include "model/segments/segmentreferences.h"

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

std::optional<QString> PgSegments::takenBy(const QString& name, QString* error)
{
    // SQLite's COLLATE NOCASE folds ASCII only, as lower() under the C collation does.
    const auto taken = m_workspace.connection().query(
        QStringLiteral(
            "SELECT name FROM segments WHERE lower(name COLLATE \"C\") = lower(CAST(? AS text) COLLATE \"C\")"),
        {FilterValue(name)}, error);
    if (!taken)
        return std::nullopt;
    return taken->rowCount() > 0 ? taken->text(0, 0) : QString();
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
            const auto segment = find(name, error);
            if (!segment) {
                *error = SegmentRepository::tr("There is no segment called \"%1\".").arg(name);
                return false;
            }
            const auto taken = takenBy(newName, error);
            if (!taken)
                return false;
            if (!taken->isEmpty() && *taken != name) {
                *error = SegmentRepository::existsMessage(*taken);
                return false;
            }
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
            const auto segment = find(name, error);
            if (!segment) {
                *error = SegmentRepository::tr("There is no segment called \"%1\".").arg(name);
                return false;
            }
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
            const auto segment = find(name, error);
            if (!segment) {
                *error = SegmentRepository::tr("There is no segment called \"%1\".").arg(name);
                return false;
            }
            const auto taken = takenBy(newName, error);
            if (!taken || !taken->isEmpty()) {
                if (taken)
                    *error = SegmentRepository::existsMessage(*taken);
                return false;
            }
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
            const auto segment = find(name, error);
            if (!segment) {
                *error = SegmentRepository::tr("There is no segment called \"%1\".").arg(name);
                return false;
            }
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

} // namespace swb
