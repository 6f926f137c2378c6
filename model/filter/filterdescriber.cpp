#include "model/filter/filterdescriber.h"

#include "model/filter/orderrules.h"

#include <QStringList>

namespace swb {

namespace {

QString quoted(const QString& text)
{
    return FilterDescriber::tr("“%1”").arg(text);
}

QString value(const FilterValue& value, const FieldInfo& field, const QLocale& locale)
{
    if (const auto* i = std::get_if<qint64>(&value)) {
        if (field.type == FieldType::Boolean)
            return *i ? FilterDescriber::tr("yes") : FilterDescriber::tr("no");
        return locale.toString(*i);
    }
    if (const auto* d = std::get_if<double>(&value))
        return locale.toString(*d, 'g', QLocale::FloatingPointShortest);
    return quoted(std::get<QString>(value));
}

QString valueList(const QList<FilterValue>& values, const FieldInfo& field, const QLocale& locale)
{
    QStringList texts;
    for (const FilterValue& v : values)
        texts << value(v, field, locale);
    return locale.createSeparatedList(texts);
}

QString segmentClause(const ResolvedRule& rule, const QLocale& locale)
{
    QStringList names;
    for (const ResolvedSegment& segment : rule.segments)
        names << quoted(segment.name);
    const bool in = rule.op == FilterOperator::In;
    if (names.size() == 1)
        return in ? FilterDescriber::tr("the customer is in the segment %1").arg(names.first())
                  : FilterDescriber::tr("the customer is not in the segment %1").arg(names.first());
    const QString list = locale.createSeparatedList(names);
    return in ? FilterDescriber::tr("the customer is in one of the segments %1").arg(list)
              : FilterDescriber::tr("the customer is in none of the segments %1").arg(list);
}

// "the number of orders", "the amount spent (order lines where StockCode begins with “22”, ordered in the last 30
// days)": what an `@orders` rule compares.
QString ordersSubject(const ResolvedOrders& orders, const QLocale& locale)
{
    QString measure;
    switch (orders.measure) {
    case OrderMeasure::Count:
        measure = FilterDescriber::tr("the number of orders");
        break;
    case OrderMeasure::Sum:
        measure = FilterDescriber::tr("the amount spent");
        break;
    case OrderMeasure::Distinct:
        measure = FilterDescriber::tr("the number of distinct %1").arg(fieldLabel(orders.distinctField));
        break;
    case OrderMeasure::FirstDate:
        measure = FilterDescriber::tr("the first order date");
        break;
    case OrderMeasure::LastDate:
        measure = FilterDescriber::tr("the last order date");
        break;
    }
    QString window;
    const QString first = quoted(orders.firstDay.toString(Qt::ISODate));
    const QString last = quoted(orders.lastDay.toString(Qt::ISODate));
    if (orders.lastDays >= 0)
        window = FilterDescriber::tr("ordered in the last %n day(s)", nullptr, int(orders.lastDays));
    else if (orders.firstDay.isValid() && orders.lastDay.isValid())
        window = FilterDescriber::tr("ordered from %1 to %2").arg(first, last);
    else if (orders.firstDay.isValid())
        window = FilterDescriber::tr("ordered on or after %1").arg(first);
    else if (orders.lastDay.isValid())
        window = FilterDescriber::tr("ordered on or before %1").arg(last);
    const QString where = orders.where ? FilterDescriber::describeGroup(*orders.where, locale) : QString();
    if (!where.isEmpty() && !window.isEmpty())
        return FilterDescriber::tr("%1 (order lines where %2, %3)", "measure (condition, window)")
            .arg(measure, where, window);
    if (!where.isEmpty())
        return FilterDescriber::tr("%1 (order lines where %2)", "measure (condition)").arg(measure, where);
    if (!window.isEmpty())
        return FilterDescriber::tr("%1 (%2)", "measure (window)").arg(measure, window);
    return measure;
}

} // namespace

QString FilterDescriber::describeRule(const ResolvedRule& rule, const QLocale& locale)
{
    if (rule.isSegment())
        return segmentClause(rule, locale);
    const bool orders = rule.isOrders();
    const QString f = orders ? ordersSubject(*rule.orders, locale) : fieldLabel(rule.field);
    const bool temporal = orders
        ? rule.orders->measure == OrderMeasure::FirstDate || rule.orders->measure == OrderMeasure::LastDate
        : isTemporal(rule.field.type);
    auto v = [&](int i) {
        return value(rule.values.at(i), rule.field, locale);
    };
    switch (rule.op) {
    case FilterOperator::Equal:
        return tr("%1 is %2").arg(f, v(0));
    case FilterOperator::NotEqual:
        return tr("%1 is not %2").arg(f, v(0));
    case FilterOperator::Less:
        return temporal ? tr("%1 is before %2").arg(f, v(0)) : tr("%1 is less than %2").arg(f, v(0));
    case FilterOperator::Greater:
        return temporal ? tr("%1 is after %2").arg(f, v(0)) : tr("%1 is greater than %2").arg(f, v(0));
    case FilterOperator::LessOrEqual:
        return temporal ? tr("%1 is on or before %2").arg(f, v(0)) : tr("%1 is at most %2").arg(f, v(0));
    case FilterOperator::GreaterOrEqual:
        return temporal ? tr("%1 is on or after %2").arg(f, v(0)) : tr("%1 is at least %2").arg(f, v(0));
    case FilterOperator::Contains:
        return tr("%1 contains %2").arg(f, v(0));
    case FilterOperator::BeginsWith:
        return tr("%1 begins with %2").arg(f, v(0));
    case FilterOperator::EndsWith:
        return tr("%1 ends with %2").arg(f, v(0));
    case FilterOperator::DoesNotContain:
        return tr("%1 does not contain %2").arg(f, v(0));
    case FilterOperator::DoesNotBeginWith:
        return tr("%1 does not begin with %2").arg(f, v(0));
    case FilterOperator::DoesNotEndWith:
        return tr("%1 does not end with %2").arg(f, v(0));
    case FilterOperator::Null:
        return tr("%1 has no value").arg(f);
    case FilterOperator::NotNull:
        return tr("%1 has a value").arg(f);
    case FilterOperator::In:
        return rule.values.size() == 1 ? tr("%1 is %2").arg(f, v(0))
                                       : tr("%1 is one of %2").arg(f, valueList(rule.values, rule.field, locale));
    case FilterOperator::NotIn:
        return rule.values.size() == 1 ? tr("%1 is not %2").arg(f, v(0))
                                       : tr("%1 is none of %2").arg(f, valueList(rule.values, rule.field, locale));
    case FilterOperator::Between:
        return tr("%1 is between %2 and %3").arg(f, v(0), v(1));
    case FilterOperator::NotBetween:
        return tr("%1 is not between %2 and %3").arg(f, v(0), v(1));
    case FilterOperator::InLastDays:
        return tr("%1 is within the last %n day(s)", nullptr, int(rule.days)).arg(f);
    case FilterOperator::NotInLastDays:
        return tr("%1 is not within the last %n day(s)", nullptr, int(rule.days)).arg(f);
    case FilterOperator::MoreThanDaysAgo:
        return tr("%1 is more than %n day(s) ago", nullptr, int(rule.days)).arg(f);
    }
    return {};
}

QString FilterDescriber::describeGroup(const ResolvedGroup& group, const QLocale& locale)
{
    QStringList clauses;
    for (const ResolvedNode& node : group.children) {
        if (node.isGroup()) {
            const ResolvedGroup& child = *node.group();
            const QString inner = describeGroup(child, locale);
            if (!inner.isEmpty()) // a group without rules is left out
                clauses << (child.negated ? inner : tr("(%1)").arg(inner));
        } else {
            clauses << describeRule(*node.rule(), locale);
        }
    }
    if (clauses.isEmpty())
        return {};
    const QString text = clauses.join(
        QLatin1Char(' ') + (group.combinator == FilterCombinator::And ? tr("and") : tr("or")) + QLatin1Char(' '));
    return group.negated ? tr("not (%1)").arg(text) : text;
}

QString FilterDescriber::describe(const ResolvedGroup& definition, const QLocale& locale)
{
    const QString clauses = describeGroup(definition, locale);
    if (clauses.isEmpty())
        return tr("All customers."); // no rules, "not" or not: the definition is left out
    return tr("Customers where %1.").arg(clauses);
}

} // namespace swb
