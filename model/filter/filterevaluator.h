// Evaluates resolved definitions on a ColumnStore with SQLite's three-valued logic, caching each rule's result so
// that editing one rule re-evaluates only that rule; also computes the per-rule funnel.
#pragma once

#include "model/filter/columnstore.h"
#include "model/filter/resolvedfilter.h"
#include "model/filter/ruleevaluator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace swb {

class Database;
class OrderRuleEvaluator;
class OrderStore;

// One rule of the funnel: how many customers the rule alone selects, and how many the whole definition would
// select with this rule muted (a group that muting leaves without rules is left out as a whole).
struct FunnelStep
{
    QString path; // "rules[1].rules[0]"
    QString field; // column, or "@segment"
    QString operatorName;
    qint64 matching = 0; // the rule alone is TRUE
    qint64 countWithout = 0;
    qint64 change = 0; // the rule's number: count − countWithout (negative: the rule takes customers out)

    // The step of `rule` with `matching` and `countWithout`, in a definition that selects `count`.
    static FunnelStep of(const ResolvedRule& rule, qint64 matching, qint64 countWithout, qint64 count);
};

struct FilterFunnel
{
    qint64 total = 0; // customers in the workspace
    qint64 count = 0; // the definition as it is
    int ruleCount = 0; // active rules in the definition
    QList<FunnelStep> steps; // every active rule, depth first, nested groups flattened; none beyond maxFunnelRules

    bool hasSteps() const { return steps.size() == ruleCount; }
};

class FilterEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(swb::FilterEvaluator)

public:
    // At most this many rule results are kept (two bitsets each: 250 KB per million customers).
    static constexpr int cacheCapacity = 64;
    // The funnel keeps up to one intermediate result per rule of a group (250 KB per million customers each), so
    // definitions with more rules get their count without it.
    static constexpr int maxFunnelRules = 250;

    explicit FilterEvaluator(std::shared_ptr<const ColumnStore> store);
    ~FilterEvaluator();
    FilterEvaluator(const FilterEvaluator&) = delete;
    FilterEvaluator& operator=(const FilterEvaluator&) = delete;

    // The order lines `@orders` rules are evaluated on in memory (OrderRuleEvaluator). Without it, the first such
    // rule loads them through the database set below; SQLite answers a rule the store cannot.
    void setOrderStore(std::shared_ptr<const OrderStore> orders);

    // Needed for static segments (their members are read from `segment_members`) and for rules on Irregular
    // columns (answered by SQLite). `keyExpression` is Workspace::customerKeyExpression(). `db` must outlive
    // the evaluator or be reset.
    void setDatabase(Database* db, const QString& keyExpression);

    // Rows (indices into the store) selected by the definition.
    std::optional<Bitset> select(const ResolvedGroup& definition, QString* error);
    std::optional<qint64> count(const ResolvedGroup& definition, QString* error);
    std::optional<FilterFunnel> funnel(const ResolvedGroup& definition, QString* error);

    void clearCache();
    // Rules evaluated since construction (not served from the cache).
    qint64 ruleEvaluations() const { return m_ruleEvaluations; }
    // `@orders` rules evaluated on the order lines in memory, and by SQLite (a part the store cannot answer).
    qint64 orderRulesInMemory() const { return m_orderRulesInMemory; }
    qint64 orderRulesBySql() const { return m_orderRulesBySql; }
    const ColumnStore& store() const { return *m_store; }

private:
    struct FunnelLevel;

    // The definition's truth; everyone when it has no rules.
    std::optional<Truth> definitionTruth(const ResolvedGroup& definition, QString* error);
    // False on error; `*truth` stays empty for a group without rules, which its parent leaves out.
    bool group(const ResolvedGroup& group, std::optional<Truth>* truth, QString* error);
    bool funnelGroup(const ResolvedGroup& group, std::vector<FunnelLevel>& outer, FilterFunnel* funnel, QString* error);
    qint64 countWithRest(std::optional<Truth> rest, bool negated, const std::vector<FunnelLevel>& outer);
    std::shared_ptr<const Truth> rule(const ResolvedRule& rule, QString* error);
    std::optional<Truth> evaluateRule(const ResolvedRule& rule, QString* error);
    std::optional<Truth> segmentRule(const ResolvedRule& rule, QString* error);
    std::optional<Truth> withSql(const ResolvedRule& rule, bool twoValued, QString* error);
    std::optional<Truth> orderRule(const ResolvedRule& rule);

    struct CacheEntry
    {
        std::shared_ptr<const Truth> truth;
        quint64 lastUse = 0;
    };

    std::shared_ptr<const ColumnStore> m_store;
    Database* m_db = nullptr;
    QString m_keyExpression;
    QHash<QString, CacheEntry> m_cache;
    quint64 m_useCounter = 0;
    qint64 m_ruleEvaluations = 0;
    std::shared_ptr<const OrderStore> m_orders;
    qint64 m_orderRulesInMemory = 0;
    qint64 m_orderRulesBySql = 0;
    bool m_ordersUnavailable = false; // loading them failed: SQLite answers the order rules
    std::unique_ptr<FilterEvaluator> m_lines; // the "where" groups and windows, on m_orders->lines()
    std::unique_ptr<OrderRuleEvaluator> m_orderRules;
};

} // namespace swb
