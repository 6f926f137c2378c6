#include "model/selection/selectionsql.h"

#include "model/filter/columnstore.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterevaluator.h"
#include "model/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace swb {

namespace {

QVariantList toVariants(const QList<FilterValue>& values)
{
    QVariantList variants;
    variants.reserve(values.size());
    for (const FilterValue& value : values)
        variants << std::visit([](const auto& v) { return QVariant::fromValue(v); }, value);
    return variants;
}

// The position after the quoted text starting at `open` ("…" identifiers, '…' literals; doubled quotes inside).
qsizetype skipQuoted(const QString& sql, qsizetype open)
{
    const QChar quote = sql.at(open);
    qsizetype i = open + 1;
    while (i < sql.size()) {
        if (sql.at(i) == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return i;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

void SqlCondition::bind(Statement& statement, int first) const
{
    for (qsizetype i = 0; i < bindings.size(); ++i)
        statement.bind(first + int(i), bindings.at(i));
}

SelectionSql::SelectionSql(Workspace& workspace)
    : m_workspace(workspace)
{ }

void SelectionSql::setAsOfDate(const QDate& date)
{
    m_asOfDate = date;
    if (m_context)
        m_context->asOfDate = date;
}

const FilterContext& SelectionSql::context()
{
    if (!m_context && m_asOfDate) {
        // The workspace's as-of date is not asked for: on a big workspace it is a scan of the customers.
        FilterContext context;
        context.fields = m_workspace.fields();
        context.orderFields = m_workspace.fields(QStringLiteral("orders"));
        context.asOfDate = *m_asOfDate;
        context.segments = databaseSegmentLookup(m_workspace.db());
        m_context = std::move(context);
    } else if (!m_context) {
        m_context = FilterContext::fromWorkspace(m_workspace);
    }
    if (m_keyExpression.isEmpty())
        m_keyExpression = m_workspace.customerKeyExpression();
    return *m_context;
}

std::optional<ResolvedGroup> SelectionSql::resolve(const Selection& selection, QString* error)
{
    if (selection.kind() == Selection::Kind::Definition)
        return FilterResolver::resolve(selection.definitionJson(), context(), error);
    const QString name = selection.segmentName();
    const std::optional<SegmentInfo> segment = context().segments(name);
    if (!segment) {
        fail(error, tr("There is no segment called \"%1\".").arg(name));
        return std::nullopt;
    }
    // A dynamic segment is its definition: an error then names the rule at fault, not a detour through the name.
    if (segment->kind == SegmentKind::Dynamic)
        return FilterResolver::resolve(segment->definition, context(), error);
    return FilterResolver::resolve(FilterResolver::segmentReference(name), context(), error);
}

SqlCondition SelectionSql::membersCondition(const QVariantList& keys)
{
    if (m_keyExpression.isEmpty())
        m_keyExpression = m_workspace.customerKeyExpression();
    // One JSON array instead of a `?` per key: a pasted list may hold more keys than SQLite takes parameters.
    // json_each's values have no affinity, as `segment_members.customer_key` has none, so keys compare alike.
    SqlCondition condition;
    condition.sql = QStringLiteral("(%1 IN (SELECT value FROM json_each(?)))").arg(m_keyExpression);
    condition.bindings << QString::fromUtf8(
        QJsonDocument(QJsonArray::fromVariantList(keys)).toJson(QJsonDocument::Compact));
    return condition;
}

std::optional<SqlCondition> SelectionSql::condition(const Selection& selection, QString* error)
{
    switch (selection.kind()) {
    case Selection::Kind::All:
        return SqlCondition::everyone();
    case Selection::Kind::Definition:
    case Selection::Kind::Segment: {
        const auto resolved = resolve(selection, error);
        if (!resolved)
            return std::nullopt;
        const CompiledFilter compiled = FilterCompiler::compile(*resolved, m_keyExpression);
        return SqlCondition{enclosed(compiled.where), toVariants(compiled.bindings)};
    }
    case Selection::Kind::Members:
        return membersCondition(selection.keys());
    case Selection::Kind::Intersection:
    case Selection::Kind::Difference:
    case Selection::Kind::Union:
        break;
    }
    const auto first = condition(selection.first(), error);
    if (!first)
        return std::nullopt;
    const auto second = condition(selection.second(), error);
    if (!second)
        return std::nullopt;
    if (selection.kind() == Selection::Kind::Intersection)
        return both(*first, *second);
    if (selection.kind() == Selection::Kind::Difference)
        return without(*first, *second);
    return either(*first, *second);
}

Statement SelectionSql::prepare(const QString& head, const Selection& selection, const QString& tail, QString* error,
                                int firstBinding)
{
    const auto resolved = condition(selection, error);
    if (!resolved)
        return {};
    return prepare(m_workspace.db(), head, *resolved, tail, error, firstBinding);
}

Statement SelectionSql::prepare(Database& db, const QString& head, const SqlCondition& condition, const QString& tail,
                                QString* error, int firstBinding)
{
    Statement statement = db.prepare(statementText(head, condition, tail), error);
    if (statement.isValid())
        condition.bind(statement, firstBinding);
    return statement;
}

QString SelectionSql::statementText(const QString& head, const SqlCondition& condition, const QString& tail)
{
    return head + QStringLiteral(" FROM customers WHERE ") + condition.sql + tail;
}

std::optional<qint64> SelectionSql::count(const Selection& selection, QString* error)
{
    Statement statement = prepare(QStringLiteral("SELECT count(*)"), selection, QString(), error);
    if (!statement.isValid())
        return std::nullopt;
    if (!statement.next()) {
        fail(error, statement.errorMessage());
        return std::nullopt;
    }
    return statement.toInt64(0);
}

std::optional<Bitset> SelectionSql::rows(const Selection& selection, FilterEvaluator& evaluator, QString* error)
{
    const ColumnStore& store = evaluator.store();
    switch (selection.kind()) {
    case Selection::Kind::All:
        return Bitset(store.rowCount(), true);
    case Selection::Kind::Definition:
    case Selection::Kind::Segment: {
        const auto resolved = resolve(selection, error);
        if (!resolved)
            return std::nullopt;
        return evaluator.select(*resolved, error);
    }
    case Selection::Kind::Members:
        if (auto members = store.rowsWithKeys(selection.keys()))
            return members;
        return rowsBySql(selection, store, error); // the key column is Irregular: let SQLite compare
    case Selection::Kind::Intersection:
    case Selection::Kind::Difference:
    case Selection::Kind::Union:
        break;
    }
    auto first = rows(selection.first(), evaluator, error);
    if (!first)
        return std::nullopt;
    const auto second = rows(selection.second(), evaluator, error);
    if (!second)
        return std::nullopt;
    if (selection.kind() == Selection::Kind::Intersection)
        return *first &= *second;
    if (selection.kind() == Selection::Kind::Difference)
        return first->subtract(*second);
    return *first |= *second;
}

std::optional<Bitset> SelectionSql::rowsBySql(const Selection& selection, const ColumnStore& store, QString* error)
{
    Statement statement = prepare(QStringLiteral("SELECT rowid"), selection, QString(), error);
    if (!statement.isValid())
        return std::nullopt;
    Bitset bits(store.rowCount());
    while (statement.next()) {
        if (const auto row = store.rowOfRowId(statement.toInt64(0)))
            bits.set(*row);
    }
    if (statement.failed()) {
        fail(error, statement.errorMessage());
        return std::nullopt;
    }
    return bits;
}

SqlCondition SelectionSql::both(const SqlCondition& a, const SqlCondition& b)
{
    if (a.isEveryone())
        return b;
    if (b.isEveryone())
        return a;
    return SqlCondition{QStringLiteral("(%1 AND %2)").arg(a.sql, b.sql), a.bindings + b.bindings};
}

SqlCondition SelectionSql::without(const SqlCondition& a, const SqlCondition& b)
{
    return SqlCondition{QStringLiteral("(%1 AND NOT COALESCE(%2, 0))").arg(a.sql, b.sql), a.bindings + b.bindings};
}

SqlCondition SelectionSql::either(const SqlCondition& a, const SqlCondition& b)
{
    if (a.isEveryone() || b.isEveryone())
        return SqlCondition::everyone();
    return SqlCondition{QStringLiteral("(%1 OR %2)").arg(a.sql, b.sql), a.bindings + b.bindings};
}

Statement SelectionSql::prepareWithMembers(Database& db, const QString& head, const QList<SqlCondition>& members,
                                           const SqlCondition& condition, const QString& tail, QString* error)
{
    SqlCondition columns{QString(), {}};
    for (const SqlCondition& member : members) {
        columns.sql += QStringLiteral(", COALESCE(%1, 0)").arg(member.sql);
        columns.bindings += member.bindings;
    }
    Statement statement = prepare(db, head + columns.sql, condition, tail, error, int(columns.bindings.size()) + 1);
    if (statement.isValid())
        columns.bind(statement, 1);
    return statement;
}

QString SelectionSql::enclosed(const QString& sql)
{
    // In one pair already when the parenthesis opened first closes at the very end.
    if (sql.startsWith(QLatin1Char('(')) && sql.endsWith(QLatin1Char(')'))) {
        int depth = 0;
        qsizetype i = 0;
        while (i < sql.size()) {
            const QChar c = sql.at(i);
            if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                i = skipQuoted(sql, i);
                continue;
            }
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0)
                break;
            ++i;
        }
        if (i == sql.size() - 1)
            return sql;
    }
    return QLatin1Char('(') + sql + QLatin1Char(')');
}

} // namespace swb
