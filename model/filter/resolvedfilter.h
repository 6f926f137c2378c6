// A definition checked against the field catalog and ready to run: typed operands, relative dates turned into ISO
// bounds, muted parts left out, `@segment` expanded. The SQL compiler and the in-memory evaluator both read this
// form, so that they agree on every definition.
#pragma once

#include "model/field.h"
#include "model/filter/filteroperator.h"
#include "model/filter/segmentlookup.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <variant>
#include <vector>

namespace swb {

// An operand as it is bound to SQL: an integer, a real or a text (never NULL).
using FilterValue = std::variant<qint64, double, QString>;

struct ResolvedGroup;

struct ResolvedSegment
{
    qint64 id = 0;
    QString name;
    SegmentKind kind = SegmentKind::Dynamic;
    QString updatedAt;
    std::shared_ptr<const ResolvedGroup> definition; // dynamic segments: the expanded stored definition
};

// What an `@orders` rule compares, per customer, over the order lines that match its "where" and "window".
enum class OrderMeasure {
    Count, // "count": orders (distinct order ids whose matching lines add up to more than 0; without ids, lines)
    Sum, // "sum": the amounts of the lines, exact to KpiMath::moneyDecimals places (0 without lines)
    Distinct, // "distinct:COLUMN": distinct non-NULL values of an order column
    FirstDate, // "first_date": the earliest day (YYYY-MM-DD) of a line with a positive amount
    LastDate, // "last_date": the latest such day
};

// An `@orders` rule resolved against the catalog of `orders`. The rule is never unknown: a customer without matching
// lines has the count, sum and distinct count 0, and no first/last date (no date comparison holds then).
struct ResolvedOrders
{
    OrderMeasure measure = OrderMeasure::Count;
    FieldInfo distinctField; // Distinct: the order column counted
    std::shared_ptr<const ResolvedGroup> where; // rules on order columns; null: every line
    QDate firstDay; // window: the first day that counts; invalid: open
    QDate lastDay; // window: the last day that counts; invalid: open
    qint64 lastDays = -1; // window written as {"inLastDays": N}: N (the days are from the as-of date); else -1
    // How the workspace keeps its orders (from the catalog of `orders`):
    QString customerKey; // the column of the customer key
    QString orderId; // the order id column; empty: each line is an order
    QString orderDate; // the order date column; empty when there is none
    QString amount; // a line's amount as SQL (OrdersAggregator::amountExpression); empty when unknown
    bool matchesWithoutLines = false; // the comparison holds for 0 (count, sum, distinct), as for "count = 0"
};

struct ResolvedRule
{
    QString path; // where the rule is in the definition, e.g. "rules[2].rules[0]"
    QString key; // canonical text of what the rule selects: rules with equal keys select equal rows
    FilterOperator op = FilterOperator::Equal;
    FieldInfo field; // the column; empty name for `@segment`
    // Operands, converted to the field's type. Text patterns: the literal text (the compiler escapes it).
    // inLastDays / notInLastDays: {lower, upper} ISO dates (field >= lower AND field < upper).
    // moreThanDaysAgo: {bound} (field < bound).
    QList<FilterValue> values;
    qint64 days = 0; // relative dates: N as written
    QList<ResolvedSegment> segments; // `@segment`: the named segments, in order
    // `@orders`: the measure, condition, window and orders schema; `values` hold the compared number(s) or date(s).
    std::shared_ptr<const ResolvedOrders> orders;

    bool isOrders() const { return orders != nullptr; }
    bool isSegment() const { return field.name.isEmpty() && !orders; }
};

struct ResolvedNode;

// Only active rules and groups. A group without any is left out as a whole: FilterResolver drops it from its
// parent, and the root without any selects everyone ("(1 = 1)"), "not" or not. The compiler, the evaluator and the
// describer do the same with such groups when they are given a tree built by hand.
struct ResolvedGroup
{
    QString path;
    FilterCombinator combinator = FilterCombinator::And;
    bool negated = false;
    std::vector<ResolvedNode> children;
};

struct ResolvedNode
{
    std::variant<ResolvedRule, ResolvedGroup> item;

    bool isGroup() const { return std::holds_alternative<ResolvedGroup>(item); }
    const ResolvedRule* rule() const { return std::get_if<ResolvedRule>(&item); }
    const ResolvedGroup* group() const { return std::get_if<ResolvedGroup>(&item); }
};

// The rules of a definition in document order (depth first), with nested groups flattened.
void collectRules(const ResolvedGroup& group, std::vector<const ResolvedRule*>* rules);

// Canonical text of a group (combinator, negation and children keys).
QString resolvedGroupKey(const ResolvedGroup& group);

} // namespace swb
