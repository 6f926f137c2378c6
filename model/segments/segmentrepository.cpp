#include "model/segments/segmentrepository.h"

#include "model/database.h"
#include "model/filter/filterdefinition.h"
#include "model/filter/filterresolver.h"
#include "model/segments/segmentreferences.h"
#include "model/selection/selectionsql.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace swb {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

Segment readSegment(const Statement& stmt)
{
    Segment segment;
    segment.id = stmt.toInt64(0);
    segment.name = stmt.toString(1);
    segment.kind = segmentKindFromName(stmt.toString(2)).value_or(SegmentKind::Dynamic);
    segment.definition = stmt.toUtf8(3);
    segment.description = stmt.toString(4);
    segment.color = stmt.toString(5);
    segment.source = stmt.toString(6);
    segment.createdAt = stmt.toString(7);
    segment.updatedAt = stmt.toString(8);
    return segment;
}

constexpr char s_columns[] = "id, name, kind, definition, description, color, source, created_at, updated_at";

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

SegmentRepository::SegmentRepository(Workspace& workspace)
    : m_workspace(workspace)
{ }

QList<Segment> SegmentRepository::list()
{
    QList<Segment> segments;
    Statement stmt = m_workspace.db().prepare(
        QStringLiteral("SELECT %1 FROM segments ORDER BY name COLLATE NOCASE").arg(QLatin1String(s_columns)));
    while (stmt.next())
        segments << readSegment(stmt);
    return segments;
}

std::optional<Segment> SegmentRepository::find(const QString& name)
{
    Statement stmt = m_workspace.db().prepare(
        QStringLiteral("SELECT %1 FROM segments WHERE name = ?").arg(QLatin1String(s_columns)));
    stmt.bind(1, name);
    if (!stmt.next())
        return std::nullopt;
    return readSegment(stmt);
}

bool SegmentRepository::checkNewName(const QString& name, QString* error)
{
    if (!isValidName(name, error))
        return false;
    Statement stmt
        = m_workspace.db().prepare(QStringLiteral("SELECT name FROM segments WHERE name = ? COLLATE NOCASE"));
    stmt.bind(1, name);
    if (stmt.next())
        return fail(error, existsMessage(stmt.toString(0)));
    return true;
}

QString SegmentRepository::existsMessage(const QString& name)
{
    return tr("A segment called \"%1\" exists already; choose another name.").arg(name);
}

QString SegmentRepository::timestamp()
{
    return now();
}

bool SegmentRepository::isValidName(const QString& name, QString* error)
{
    if (name.trimmed().isEmpty())
        return fail(error, tr("A segment needs a name."));
    if (name != name.trimmed())
        return fail(error, tr("A segment name cannot start or end with spaces."));
    // Line breaks, tabs and NULs would split the lines of `swb segment list` and of exported files.
    const bool control
        = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control)
        return fail(error, tr("A segment name cannot contain line breaks, tabs or other control characters."));
    if (name.size() > 200)
        return fail(
            error,
            tr("A segment name can be at most 200 characters long (this one has %n).", nullptr, int(name.size())));
    if (name.contains(QLatin1Char(',')))
        return fail(error,
                    tr("A segment name cannot contain a comma (\"%1\"): definitions list segment names "
                       "separated by commas.")
                        .arg(name));
    return true;
}

std::optional<qint64> SegmentRepository::insertSegment(const Segment& segment, QString* error)
{
    Statement stmt = m_workspace.db().prepare(
        QStringLiteral("INSERT INTO segments(name, kind, definition, description, color, source, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    const QString stamp = now();
    stmt.bind(1, segment.name);
    stmt.bind(2, segmentKindName(segment.kind));
    if (segment.definition.isEmpty())
        stmt.bindNull(3);
    else
        stmt.bind(3, QString::fromUtf8(segment.definition));
    stmt.bind(4, segment.description);
    stmt.bind(5, segment.color);
    stmt.bind(6, segment.source.isEmpty() ? QStringLiteral("manual") : segment.source);
    stmt.bind(7, stamp);
    stmt.bind(8, stamp);
    if (!stmt.run()) {
        fail(error, stmt.errorMessage());
        return std::nullopt;
    }
    return m_workspace.db().lastInsertRowId();
}

std::optional<qint64> SegmentRepository::count(const QString& name, QString* error)
{
    return SelectionSql(m_workspace).count(Selection::segment(name), error);
}

bool SegmentRepository::fillMembers(qint64 segmentId, const SqlCondition& customers, QString* error)
{
    const QString key = m_workspace.customerKeyExpression();
    Statement stmt = SelectionSql::prepare(
        m_workspace.db(),
        QStringLiteral("INSERT OR IGNORE INTO segment_members(segment_id, customer_key) SELECT ?, %1").arg(key),
        SelectionSql::both(customers, SqlCondition{QStringLiteral("(%1 IS NOT NULL)").arg(key), {}}), QString(), error,
        2);
    if (!stmt.isValid())
        return false;
    stmt.bind(1, segmentId);
    return stmt.run() || fail(error, stmt.errorMessage());
}

std::optional<Segment> SegmentRepository::saveDynamic(const QString& name, const QByteArray& definition, QString* error)
{
    if (!checkNewName(name, error))
        return std::nullopt;
    const auto parsed = FilterDefinition::parse(definition, error);
    if (!parsed)
        return std::nullopt;
    FilterContext context = FilterContext::fromWorkspace(m_workspace);
    context.definingSegment = name;
    if (!FilterResolver::resolve(*parsed, context, error))
        return std::nullopt;
    Segment segment;
    segment.name = name;
    segment.kind = SegmentKind::Dynamic;
    segment.definition = FilterDefinition::toJsonText(*parsed);
    if (!insertSegment(segment, error))
        return std::nullopt;
    return find(name);
}

bool SegmentRepository::updateDefinition(const QString& name, const QByteArray& definition, QString* error)
{
    const auto segment = find(name);
    if (!segment)
        return fail(error, tr("There is no segment called \"%1\".").arg(name));
    if (segment->kind != SegmentKind::Dynamic)
        return fail(error,
                    tr("\"%1\" is a static segment: its members are frozen. Save the definition as a new "
                       "segment instead.")
                        .arg(name));
    const auto parsed = FilterDefinition::parse(definition, error);
    if (!parsed)
        return false;
    FilterContext context = FilterContext::fromWorkspace(m_workspace);
    context.definingSegment = name;
    if (!FilterResolver::resolve(*parsed, context, error))
        return false;
    Statement stmt = m_workspace.db().prepare(
        QStringLiteral("UPDATE segments SET definition = ?, updated_at = ? WHERE id = ?"), error);
    stmt.bind(1, QString::fromUtf8(FilterDefinition::toJsonText(*parsed)));
    stmt.bind(2, now());
    stmt.bind(3, segment->id);
    return stmt.run() || fail(error, stmt.errorMessage());
}

std::optional<Segment> SegmentRepository::saveStaticFromDefinition(const QString& name, const QByteArray& definition,
                                                                   QString* error, const QString& source)
{
    if (!checkNewName(name, error))
        return std::nullopt;
    const auto parsed = FilterDefinition::parse(definition, error);
    if (!parsed)
        return std::nullopt;
    const QByteArray canonical = FilterDefinition::toJsonText(*parsed);
    const auto rows = SelectionSql(m_workspace).condition(Selection::definition(canonical), error);
    if (!rows)
        return std::nullopt;
    Transaction transaction(m_workspace.db());
    Segment segment;
    segment.name = name;
    segment.kind = SegmentKind::Static;
    segment.definition = canonical;
    segment.source = source;
    const auto id = insertSegment(segment, error);
    if (!id || !fillMembers(*id, *rows, error) || !transaction.commit(error))
        return std::nullopt;
    return find(name);
}

std::optional<Segment> SegmentRepository::saveStaticFromKeys(const QString& name, const QStringList& keys,
                                                             KeyListResult* result, QString* error,
                                                             const QString& source)
{
    if (!checkNewName(name, error))
        return std::nullopt;
    if (!m_workspace.hasCustomers()) {
        fail(error, tr("The workspace has no customers yet: import a customer file first."));
        return std::nullopt;
    }
    const auto keyField = m_workspace.fieldByRole(FieldRole::CustomerKey);
    const bool integerKeys = !keyField || keyField->type == FieldType::Integer;
    const QString keyExpression = m_workspace.customerKeyExpression();

    KeyListResult outcome;
    Transaction transaction(m_workspace.db());
    Segment segment;
    segment.name = name;
    segment.kind = SegmentKind::Static;
    segment.source = source;
    const auto id = insertSegment(segment, error);
    if (!id)
        return std::nullopt;
    Statement insert = m_workspace.db().prepare(
        QStringLiteral("INSERT OR IGNORE INTO segment_members(segment_id, customer_key) SELECT ?1, %1 FROM customers "
                       "WHERE %1 = ?2 LIMIT 1")
            .arg(keyExpression),
        error);
    if (!insert.isValid())
        return std::nullopt;
    QSet<QString> seen;
    for (const QString& raw : keys) {
        const QString key = raw.trimmed();
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        ++outcome.listed;
        bool numeric = true;
        const qint64 number = key.toLongLong(&numeric);
        if (integerKeys && !numeric) {
            outcome.notFound << key;
            continue;
        }
        insert.reset();
        insert.bind(1, *id);
        if (integerKeys)
            insert.bind(2, number);
        else
            insert.bind(2, key);
        if (!insert.run()) {
            fail(error, insert.errorMessage());
            return std::nullopt;
        }
        if (m_workspace.db().changes() == 1)
            ++outcome.matched;
        else
            outcome.notFound << key;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    if (result)
        *result = outcome;
    return find(name);
}

std::optional<Segment> SegmentRepository::saveStaticFromRowIds(const QString& name, const std::vector<qint64>& rowIds,
                                                               const QString& source, QString* error)
{
    if (!checkNewName(name, error))
        return std::nullopt;
    Transaction transaction(m_workspace.db());
    Segment segment;
    segment.name = name;
    segment.kind = SegmentKind::Static;
    segment.source = source;
    const auto id = insertSegment(segment, error);
    if (!id)
        return std::nullopt;
    Statement insert = m_workspace.db().prepare(
        QStringLiteral("INSERT OR IGNORE INTO segment_members(segment_id, customer_key) SELECT ?1, %1 FROM customers "
                       "WHERE rowid = ?2 AND %1 IS NOT NULL")
            .arg(m_workspace.customerKeyExpression()),
        error);
    if (!insert.isValid())
        return std::nullopt;
    for (const qint64 rowId : rowIds) {
        insert.reset();
        insert.bind(1, *id);
        insert.bind(2, rowId);
        if (!insert.run()) {
            fail(error, insert.errorMessage());
            return std::nullopt;
        }
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return find(name);
}

std::optional<Segment> SegmentRepository::saveCombination(const QString& name, const QString& a, const QString& b,
                                                          SetOperation operation, bool live, QString* error)
{
    for (const QString& part : {a, b}) {
        if (!find(part)) {
            fail(error, tr("There is no segment called \"%1\".").arg(part));
            return std::nullopt;
        }
    }
    QJsonArray rules{
        QJsonObject{{QStringLiteral("field"), FilterResolver::segmentField()},
                    {QStringLiteral("operator"), QStringLiteral("in")},
                    {QStringLiteral("value"), QJsonArray{a}}},
        QJsonObject{{QStringLiteral("field"), FilterResolver::segmentField()},
                    {QStringLiteral("operator"),
                     operation == SetOperation::Difference ? QStringLiteral("notIn") : QStringLiteral("in")},
                    {QStringLiteral("value"), QJsonArray{b}}}};
    const QJsonObject definition{
        {QStringLiteral("combinator"), operation == SetOperation::Union ? QStringLiteral("or") : QStringLiteral("and")},
        {QStringLiteral("rules"), rules}};
    const QByteArray json = QJsonDocument(definition).toJson(QJsonDocument::Compact);
    auto segment = live ? saveDynamic(name, json, error) : saveStaticFromDefinition(name, json, error);
    if (!segment)
        return std::nullopt;
    Statement stmt
        = m_workspace.db().prepare(QStringLiteral("UPDATE segments SET source = 'combination' WHERE id = ?"));
    stmt.bind(1, segment->id);
    stmt.run();
    segment->source = QStringLiteral("combination");
    return segment;
}

QStringList SegmentRepository::referencingSegments(const QString& name)
{
    QStringList names;
    for (const Segment& segment : list()) {
        if (segment.kind == SegmentKind::Dynamic && segment.name != name
            && SegmentReferences::mentions(segment.definition, name))
            names << segment.name;
    }
    return names;
}

bool SegmentRepository::rename(const QString& name, const QString& newName, QString* error)
{
    const auto segment = find(name);
    if (!segment)
        return fail(error, tr("There is no segment called \"%1\".").arg(name));
    if (name == newName)
        return true;
    if (name.compare(newName, Qt::CaseInsensitive) != 0 && !checkNewName(newName, error))
        return false;
    Transaction transaction(m_workspace.db());
    const QString stamp = now();
    for (const QString& other : referencingSegments(name)) {
        const auto referencing = find(other);
        const QByteArray rewritten = SegmentReferences::rename(referencing->definition, name, newName);
        Statement update = m_workspace.db().prepare(
            QStringLiteral("UPDATE segments SET definition = ?, updated_at = ? WHERE id = ?"));
        update.bind(1, QString::fromUtf8(rewritten));
        update.bind(2, stamp);
        update.bind(3, referencing->id);
        if (!update.run())
            return fail(error, update.errorMessage());
    }
    Statement stmt
        = m_workspace.db().prepare(QStringLiteral("UPDATE segments SET name = ?, updated_at = ? WHERE id = ?"));
    stmt.bind(1, newName);
    stmt.bind(2, stamp);
    stmt.bind(3, segment->id);
    if (!stmt.run())
        return fail(error, stmt.errorMessage());
    return transaction.commit(error);
}

bool SegmentRepository::setDescription(const QString& name, const QString& description, const QString& color,
                                       QString* error)
{
    Statement stmt = m_workspace.db().prepare(
        QStringLiteral("UPDATE segments SET description = ?, color = ? WHERE name = ?"), error);
    stmt.bind(1, description);
    stmt.bind(2, color);
    stmt.bind(3, name);
    if (!stmt.run())
        return fail(error, stmt.errorMessage());
    return m_workspace.db().changes() == 1 || fail(error, tr("There is no segment called \"%1\".").arg(name));
}

std::optional<Segment> SegmentRepository::duplicate(const QString& name, const QString& newName, QString* error)
{
    const auto segment = find(name);
    if (!segment) {
        fail(error, tr("There is no segment called \"%1\".").arg(name));
        return std::nullopt;
    }
    if (!checkNewName(newName, error))
        return std::nullopt;
    Transaction transaction(m_workspace.db());
    Segment copy = *segment;
    copy.name = newName;
    const auto id = insertSegment(copy, error);
    if (!id)
        return std::nullopt;
    if (segment->kind == SegmentKind::Static) {
        Statement members = m_workspace.db().prepare(
            QStringLiteral("INSERT INTO segment_members(segment_id, customer_key) "
                           "SELECT ?, customer_key FROM segment_members WHERE segment_id = ?"));
        members.bind(1, *id);
        members.bind(2, segment->id);
        if (!members.run()) {
            fail(error, members.errorMessage());
            return std::nullopt;
        }
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return find(newName);
}

bool SegmentRepository::remove(const QString& name, QString* error)
{
    const auto segment = find(name);
    if (!segment)
        return fail(error, tr("There is no segment called \"%1\".").arg(name));
    const QStringList users = referencingSegments(name);
    if (!users.isEmpty())
        return fail(error,
                    tr("\"%1\" cannot be deleted: the segments %2 refer to it. Change or delete them first.")
                        .arg(name, users.join(QStringLiteral(", "))));
    Statement stmt = m_workspace.db().prepare(QStringLiteral("DELETE FROM segments WHERE id = ?"));
    stmt.bind(1, segment->id);
    return stmt.run() || fail(error, stmt.errorMessage());
}

QString SegmentRepository::uniqueName(const QString& requested)
{
    QString base = requested;
    base.replace(QLatin1Char(','), QLatin1Char(' '));
    base = base.simplified();
    if (base.isEmpty())
        base = tr("Segment");
    QString candidate = base;
    for (int n = 2; !checkNewName(candidate, nullptr); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(base, QString::number(n));
    return candidate;
}

std::optional<SegmentSnapshot> SegmentRepository::takeSnapshot(const QString& name, const QJsonObject& kpis,
                                                               QString* error)
{
    const auto segment = find(name);
    if (!segment) {
        fail(error, tr("There is no segment called \"%1\".").arg(name));
        return std::nullopt;
    }
    const auto rows = SelectionSql(m_workspace).condition(Selection::segment(name), error);
    if (!rows)
        return std::nullopt;
    Database& db = m_workspace.db();
    Transaction transaction(db);
    Statement insert = db.prepare(QStringLiteral("INSERT INTO segment_snapshots(segment_id, taken_at, size, "
                                                 "definition, kpis) VALUES (?, ?, 0, ?, ?)"),
                                  error);
    insert.bind(1, segment->id);
    insert.bind(2, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    insert.bind(3, QString::fromUtf8(segment->definition));
    insert.bind(4, QString::fromUtf8(QJsonDocument(kpis).toJson(QJsonDocument::Compact)));
    if (!insert.run()) {
        fail(error, insert.errorMessage());
        return std::nullopt;
    }
    const qint64 snapshotId = db.lastInsertRowId();
    const QString key = m_workspace.customerKeyExpression();
    Statement members = SelectionSql::prepare(
        db, QStringLiteral("INSERT OR IGNORE INTO snapshot_members(snapshot_id, customer_key) SELECT ?, %1").arg(key),
        SelectionSql::both(*rows, SqlCondition{QStringLiteral("(%1 IS NOT NULL)").arg(key), {}}), QString(), error, 2);
    if (!members.isValid())
        return std::nullopt;
    members.bind(1, snapshotId);
    if (!members.run()) {
        fail(error, members.errorMessage());
        return std::nullopt;
    }
    Statement size = db.prepare(QStringLiteral("UPDATE segment_snapshots SET size = (SELECT count(*) FROM "
                                               "snapshot_members WHERE snapshot_id = ?1) WHERE id = ?1"));
    size.bind(1, snapshotId);
    if (!size.run() || !transaction.commit(error)) {
        fail(error, db.lastError());
        return std::nullopt;
    }
    const QList<SegmentSnapshot> all = snapshots(name);
    return all.isEmpty() ? std::nullopt : std::optional<SegmentSnapshot>(all.last());
}

QList<SegmentSnapshot> SegmentRepository::snapshots(const QString& name)
{
    QList<SegmentSnapshot> result;
    const auto segment = find(name);
    if (!segment)
        return result;
    Database& db = m_workspace.db();
    Statement stmt = db.prepare(QStringLiteral("SELECT id, taken_at, size, kpis FROM segment_snapshots "
                                               "WHERE segment_id = ? ORDER BY taken_at, id"));
    stmt.bind(1, segment->id);
    while (stmt.next()) {
        SegmentSnapshot snapshot;
        snapshot.id = stmt.toInt64(0);
        snapshot.takenAt = stmt.toString(1);
        snapshot.size = stmt.toInt64(2);
        snapshot.kpis = QJsonDocument::fromJson(stmt.toUtf8(3)).object();
        result << snapshot;
    }
    // Who entered and who left, against the snapshot before.
    Statement difference = db.prepare(QStringLiteral(
        "SELECT count(*) FROM snapshot_members a WHERE a.snapshot_id = ?1 AND NOT EXISTS "
        "(SELECT 1 FROM snapshot_members b WHERE b.snapshot_id = ?2 AND b.customer_key = a.customer_key)"));
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (i == 0) {
            result[i].entered = result[i].size;
            result[i].first = true;
            continue;
        }
        difference.reset();
        difference.bind(1, result[i].id);
        difference.bind(2, result[i - 1].id);
        result[i].entered = difference.next() ? difference.toInt64(0) : 0;
        difference.reset();
        difference.bind(1, result[i - 1].id);
        difference.bind(2, result[i].id);
        result[i].left = difference.next() ? difference.toInt64(0) : 0;
    }
    return result;
}

std::optional<OverlapMatrix> SegmentRepository::overlap(const QStringList& names, QString* error)
{
    if (names.isEmpty()) {
        fail(error, tr("Name at least one segment to compare."));
        return std::nullopt;
    }
    const auto selections = StoreSelections::load(m_workspace, error);
    if (!selections)
        return std::nullopt;
    return selections->overlap(names, error);
}

} // namespace swb
