// `@orders` rules in memory: the lines that match the rule's "where" and window (evaluated on the order lines like
// customer rules), then per customer the measure over them and the comparison — the same answer as the aggregate
// subquery FilterCompiler writes (checked on random definitions by tst_orderengine).
#pragma once

#include "model/filter/orderstore.h"
#include "model/filter/resolvedfilter.h"
#include "model/filter/ruleevaluator.h"

#include <memory>
#include <optional>

namespace swb {

class FilterEvaluator;

class OrderRuleEvaluator
{
public:
    // `lines` evaluates the "where" groups and windows on store.lines() (and caches them).
    OrderRuleEvaluator(std::shared_ptr<const OrderStore> store, FilterEvaluator* lines);

    // The customers (rows of the customers store) the rule selects; two-valued. Nothing when a part cannot be
    // answered in memory (a column held as Irregular, order ids that are neither texts nor integers): then SQLite
    // answers the rule.
    std::optional<Truth> evaluate(const ResolvedRule& rule) const;

    const OrderStore& store() const { return *m_store; }

private:
    std::optional<Bitset> matchingLines(const ResolvedOrders& orders) const;
    Truth overAllLines(const ResolvedRule& rule, bool byOrder) const;
    std::optional<Bitset> select(const ResolvedGroup& lines) const;
    Bitset window(const QDate& first, const QDate& last) const;

    std::shared_ptr<const OrderStore> m_store;
    FilterEvaluator* m_lines;
};

} // namespace swb
