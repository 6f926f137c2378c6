#include "model/filter/filterevaluator.h"

#include "model/database.h"
#include "model/filter/filtercompiler.h"

namespace swb {

FilterEvaluator::FilterEvaluator(std::shared_ptr<const ColumnStore> store)
    : m_store(std::move(store))
{ }

void FilterEvaluator::setDatabase(Database* db, const QString& keyExpression)
{
    m_db = db;
    m_keyExpression = keyExpression;
}

void FilterEvaluator::clearCache()
{
    m_cache.clear();
}

std::optional<Bitset> FilterEvaluator::select(const ResolvedGroup& definition, QString* error)
{
    auto truth = group(definition, nullptr, error);
    if (!truth)
        return std::nullopt;
    return std::move(truth->isTrue);
}

std::optional<qint64> FilterEvaluator::count(const ResolvedGroup& definition, QString* error)
{
    const auto rows = select(definition, error);
    if (!rows)
        return std::nullopt;
    return rows->count();
}

std::optional<FilterFunnel> FilterEvaluator::funnel(const ResolvedGroup& definition, QString* error)
{
    FilterFunnel funnel;
    funnel.total = m_store->rowCount();
    const auto all = group(definition, nullptr, error);
    if (!all)
        return std::nullopt;
    funnel.count = all->isTrue.count();
    std::vector<const ResolvedRule*> rules;
    collectRules(definition, &rules);
    for (const ResolvedRule* r : rules) {
        FunnelStep step;
        step.path = r->path;
        step.field = r->isSegment() ? QStringLiteral("@segment") : r->field.name;
        step.operatorName = filterOperatorName(r->op);
        const auto alone = rule(*r, error);
        if (!alone)
            return std::nullopt;
        step.matching = alone->isTrue.count();
        const auto without = group(definition, r, error);
        if (!without)
            return std::nullopt;
        step.countWithout = without->isTrue.count();
        funnel.steps << step;
    }
    return funnel;
}

// Kleene's logic: AND is TRUE where all are TRUE and FALSE where any is FALSE; OR the other way round.
std::optional<Truth> FilterEvaluator::group(const ResolvedGroup& group, const ResolvedRule* skip, QString* error)
{
    const qint64 n = m_store->rowCount();
    std::optional<Truth> result;
    for (const ResolvedNode& node : group.children) {
        std::optional<Truth> child;
        if (node.isGroup()) {
            child = this->group(*node.group(), skip, error);
            if (!child)
                return std::nullopt;
        } else {
            if (node.rule() == skip)
                continue;
            const auto cached = rule(*node.rule(), error);
            if (!cached)
                return std::nullopt;
            child = *cached;
        }
        if (!result) {
            result = std::move(child);
        } else if (group.combinator == FilterCombinator::And) {
            result->isTrue &= child->isTrue;
            result->isFalse |= child->isFalse;
        } else {
            result->isTrue |= child->isTrue;
            result->isFalse &= child->isFalse;
        }
    }
    if (!result)
        result = Truth::everyone(n); // no active rule: (1 = 1)
    if (group.negated)
        std::swap(result->isTrue, result->isFalse);
    return result;
}

std::shared_ptr<const Truth> FilterEvaluator::rule(const ResolvedRule& rule, QString* error)
{
    const QString key = rule.key + QStringLiteral("#%1").arg(m_store->version());
    const auto it = m_cache.find(key);
    if (it != m_cache.end()) {
        it->lastUse = ++m_useCounter;
        return it->truth;
    }
    auto truth = evaluateRule(rule, error);
    if (!truth)
        return {};
    ++m_ruleEvaluations;
    auto shared = std::make_shared<const Truth>(std::move(*truth));
    if (m_cache.size() >= cacheCapacity) {
        auto oldest = m_cache.begin();
        for (auto entry = m_cache.begin(); entry != m_cache.end(); ++entry) {
            if (entry->lastUse < oldest->lastUse)
                oldest = entry;
        }
        m_cache.erase(oldest);
    }
    m_cache.insert(key, CacheEntry{shared, ++m_useCounter});
    return shared;
}

std::optional<Truth> FilterEvaluator::evaluateRule(const ResolvedRule& rule, QString* error)
{
    if (rule.isSegment())
        return segmentRule(rule, error);
    if (auto truth = RuleEvaluator::evaluate(*m_store, rule))
        return truth;
    if (!m_store->column(rule.field.name)) {
        if (error)
            *error = tr("%1: the field \"%2\" was not loaded; reload the workspace").arg(rule.path, rule.field.name);
        return std::nullopt;
    }
    return withSql(rule, false, error);
}

// Membership is two-valued: a customer is in a segment or not (see FilterResolver).
std::optional<Truth> FilterEvaluator::segmentRule(const ResolvedRule& rule, QString* error)
{
    const qint64 n = m_store->rowCount();
    Bitset members(n);
    for (const ResolvedSegment& segment : rule.segments) {
        if (segment.kind == SegmentKind::Dynamic) {
            auto truth = group(*segment.definition, nullptr, error);
            if (!truth)
                return std::nullopt;
            members |= truth->isTrue;
            continue;
        }
        if (!m_db) {
            if (error)
                *error = tr("%1: the static segment \"%2\" needs the workspace to read its members")
                             .arg(rule.path, segment.name);
            return std::nullopt;
        }
        QString readError;
        Statement statement = m_db->prepare(
            QStringLiteral("SELECT \"customer_key\" FROM \"segment_members\" WHERE \"segment_id\" = ?"), &readError);
        if (!statement.isValid()) {
            if (error)
                *error = tr("%1: cannot read the members of \"%2\": %3").arg(rule.path, segment.name, readError);
            return std::nullopt;
        }
        statement.bind(1, segment.id);
        QList<QVariant> keys;
        while (statement.next())
            keys << statement.value(0);
        const auto rows = m_store->rowsWithKeys(keys);
        if (!rows)
            return withSql(rule, true, error); // the key column is Irregular: let SQLite compare
        members |= *rows;
    }
    Truth truth = Truth::definite(std::move(members));
    return rule.op == FilterOperator::NotIn ? truth.negated() : truth;
}

std::optional<Truth> FilterEvaluator::withSql(const ResolvedRule& rule, bool twoValued, QString* error)
{
    if (!m_db) {
        if (error)
            *error = tr("%1: the values of \"%2\" do not all have the field's type, and the workspace is not "
                        "available to evaluate them")
                         .arg(rule.path, rule.field.name);
        return std::nullopt;
    }
    const CompiledFilter compiled = FilterCompiler::compileRule(rule, m_keyExpression);
    QString sqlError;
    Statement statement = m_db->prepare(
        QStringLiteral("SELECT %1, %2 FROM \"customers\"").arg(m_store->rowIdName(), compiled.where), &sqlError);
    if (!statement.isValid()) {
        if (error)
            *error = tr("%1: %2").arg(rule.path, sqlError);
        return std::nullopt;
    }
    FilterCompiler::bind(statement, compiled.bindings);
    const qint64 n = m_store->rowCount();
    Truth truth{Bitset(n), Bitset(n)};
    while (statement.next()) {
        const auto row = m_store->rowOfRowId(statement.toInt64(0));
        if (!row || statement.isNull(1))
            continue;
        if (statement.toInt64(1) != 0)
            truth.isTrue.set(*row);
        else
            truth.isFalse.set(*row);
    }
    if (statement.failed()) {
        if (error)
            *error = tr("%1: %2").arg(rule.path, statement.errorMessage());
        return std::nullopt;
    }
    if (twoValued) {
        truth.isFalse = truth.isTrue;
        truth.isFalse.flip();
    }
    return truth;
}

} // namespace swb
