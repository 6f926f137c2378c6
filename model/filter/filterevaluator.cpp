#include "model/filter/filterevaluator.h"

#include "model/database.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/orderruleevaluator.h"
#include "model/filter/orderstore.h"

namespace swb {

FilterEvaluator::FilterEvaluator(std::shared_ptr<const ColumnStore> store)
    : m_store(std::move(store))
{ }

FilterEvaluator::~FilterEvaluator() = default;

void FilterEvaluator::setDatabase(Database* db, const QString& keyExpression)
{
    m_db = db;
    m_keyExpression = keyExpression;
}

void FilterEvaluator::clearCache()
{
    m_cache.clear();
    if (m_lines)
        m_lines->clearCache();
}

namespace {

// Kleene's logic: AND is TRUE where all are TRUE and FALSE where any is FALSE; OR the other way round. Nothing in
// `into` (no child yet, or only groups that were left out) takes `child` as it is.
void combineInto(std::optional<Truth>& into, const Truth& child, FilterCombinator combinator)
{
    if (!into) {
        into = child;
    } else if (combinator == FilterCombinator::And) {
        into->isTrue &= child.isTrue;
        into->isFalse |= child.isFalse;
    } else {
        into->isTrue |= child.isTrue;
        into->isFalse &= child.isFalse;
    }
}

void negateIf(std::optional<Truth>& truth, bool negated)
{
    if (truth && negated)
        std::swap(truth->isTrue, truth->isFalse);
}

} // namespace

// One group around the rule being muted in FilterEvaluator::funnel(): the group's other children combined (nothing
// when it has none), so that each rule costs one combination per level instead of a whole evaluation.
struct FilterEvaluator::FunnelLevel
{
    std::optional<Truth> rest;
    FilterCombinator combinator = FilterCombinator::And;
    bool negated = false;
};

FunnelStep FunnelStep::of(const ResolvedRule& rule, qint64 matching, qint64 countWithout, qint64 count)
{
    FunnelStep step;
    step.path = rule.path;
    step.field = rule.isOrders() ? QStringLiteral("@orders")
        : rule.isSegment()       ? QStringLiteral("@segment")
                                 : rule.field.name;
    step.operatorName = filterOperatorName(rule.op);
    step.matching = matching;
    step.countWithout = countWithout;
    step.change = count - countWithout;
    return step;
}

std::optional<Truth> FilterEvaluator::definitionTruth(const ResolvedGroup& definition, QString* error)
{
    std::optional<Truth> truth;
    if (!group(definition, &truth, error))
        return std::nullopt;
    if (!truth)
        truth = Truth::everyone(m_store->rowCount()); // no rules: (1 = 1)
    return truth;
}

std::optional<Bitset> FilterEvaluator::select(const ResolvedGroup& definition, QString* error)
{
    auto truth = definitionTruth(definition, error);
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
    const auto all = definitionTruth(definition, error);
    if (!all)
        return std::nullopt;
    funnel.count = all->isTrue.count();
    std::vector<const ResolvedRule*> rules;
    collectRules(definition, &rules);
    funnel.ruleCount = int(rules.size());
    if (funnel.ruleCount > maxFunnelRules)
        return funnel;
    std::vector<FunnelLevel> outer;
    if (!funnelGroup(definition, outer, &funnel, error))
        return std::nullopt;
    return funnel;
}

// For each child of `group`: the group's other children combined (a prefix kept while walking, a suffix computed
// beforehand), then either a rule's count with it muted, or the same one level deeper for a child group.
bool FilterEvaluator::funnelGroup(const ResolvedGroup& group, std::vector<FunnelLevel>& outer, FilterFunnel* funnel,
                                  QString* error)
{
    const size_t n = group.children.size();
    std::vector<std::shared_ptr<const Truth>> truths(n); // null: a group left out
    for (size_t i = 0; i < n; ++i) {
        const ResolvedNode& node = group.children[i];
        if (node.isGroup()) {
            std::optional<Truth> truth;
            if (!this->group(*node.group(), &truth, error))
                return false;
            if (truth)
                truths[i] = std::make_shared<const Truth>(std::move(*truth));
        } else if (!(truths[i] = rule(*node.rule(), error))) {
            return false;
        }
    }
    std::vector<std::optional<Truth>> suffix(n + 1);
    for (size_t i = n; i-- > 0;) {
        suffix[i] = suffix[i + 1];
        if (truths[i])
            combineInto(suffix[i], *truths[i], group.combinator);
    }
    std::optional<Truth> prefix;
    for (size_t i = 0; i < n; ++i) {
        std::optional<Truth> rest = prefix;
        if (suffix[i + 1])
            combineInto(rest, *suffix[i + 1], group.combinator);
        suffix[i + 1].reset();
        const ResolvedNode& node = group.children[i];
        if (node.isGroup()) {
            outer.push_back(FunnelLevel{std::move(rest), group.combinator, group.negated});
            const bool ok = funnelGroup(*node.group(), outer, funnel, error);
            outer.pop_back();
            if (!ok)
                return false;
        } else {
            funnel->steps << FunnelStep::of(*node.rule(), truths[i]->isTrue.count(),
                                            countWithRest(std::move(rest), group.negated, outer), funnel->count);
        }
        if (truths[i])
            combineInto(prefix, *truths[i], group.combinator);
    }
    return true;
}

// The definition's count when a rule's group consists of `rest` alone: each enclosing group combines its own rest
// with it; a group left with nothing is left out, and a definition left with nothing selects everyone.
qint64 FilterEvaluator::countWithRest(std::optional<Truth> rest, bool negated, const std::vector<FunnelLevel>& outer)
{
    std::optional<Truth> value = std::move(rest);
    negateIf(value, negated);
    for (auto level = outer.rbegin(); level != outer.rend(); ++level) {
        std::optional<Truth> combined = level->rest;
        if (value)
            combineInto(combined, *value, level->combinator);
        value = std::move(combined);
        negateIf(value, level->negated);
    }
    return value ? value->isTrue.count() : m_store->rowCount();
}

bool FilterEvaluator::group(const ResolvedGroup& group, std::optional<Truth>* truth, QString* error)
{
    truth->reset();
    for (const ResolvedNode& node : group.children) {
        if (node.isGroup()) {
            std::optional<Truth> child;
            if (!this->group(*node.group(), &child, error))
                return false;
            if (child) // a group without rules is left out
                combineInto(*truth, *child, group.combinator);
        } else {
            const auto cached = rule(*node.rule(), error);
            if (!cached)
                return false;
            combineInto(*truth, *cached, group.combinator);
        }
    }
    negateIf(*truth, group.negated);
    return true;
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
    if (rule.isOrders()) {
        if (auto truth = orderRule(rule)) {
            ++m_orderRulesInMemory;
            return truth;
        }
        ++m_orderRulesBySql;
        return withSql(rule, true, error); // a part the order lines in memory cannot answer: SQLite aggregates them
    }
    if (auto truth = RuleEvaluator::evaluate(*m_store, rule))
        return truth;
    if (!m_store->column(rule.field.name)) {
        if (error)
            *error = tr("%1: the field \"%2\" was not loaded; reload the workspace").arg(rule.path, rule.field.name);
        return std::nullopt;
    }
    return withSql(rule, false, error);
}

void FilterEvaluator::setOrderStore(std::shared_ptr<const OrderStore> orders)
{
    m_orderRules.reset();
    m_lines.reset();
    m_orders = std::move(orders);
    m_ordersUnavailable = false;
    m_cache.clear();
}

std::optional<Truth> FilterEvaluator::orderRule(const ResolvedRule& rule)
{
    if (!m_orderRules) {
        if (!m_orders && m_db && !m_ordersUnavailable && !qEnvironmentVariableIsSet("SWB_ORDERS_BY_SQL")) {
            QString error;
            m_orders = OrderStore::load(*m_db, *m_store, &error);
            m_ordersUnavailable = !m_orders;
        }
        if (!m_orders || m_orders->customerStart.size() != size_t(m_store->rowCount()) + 1)
            return std::nullopt;
        m_lines = std::make_unique<FilterEvaluator>(m_orders->sharedLines());
        m_orderRules = std::make_unique<OrderRuleEvaluator>(m_orders, m_lines.get());
    }
    return m_orderRules->evaluate(rule);
}

// Membership is two-valued: a customer is in a segment or not (see FilterResolver).
std::optional<Truth> FilterEvaluator::segmentRule(const ResolvedRule& rule, QString* error)
{
    const qint64 n = m_store->rowCount();
    Bitset members(n);
    for (const ResolvedSegment& segment : rule.segments) {
        if (segment.kind == SegmentKind::Dynamic) {
            auto truth = definitionTruth(*segment.definition, error);
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
            *error = rule.isOrders()
                ? tr("%1: order rules need the workspace to read the orders").arg(rule.path)
                : tr("%1: the values of \"%2\" do not all have the field's type, and the workspace is not "
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
