#include "ui/filter/definition/orderruleedits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace swb::OrderRuleEdits {

namespace {

const QString s_distinctPrefix = QStringLiteral("distinct:");
const QString s_inLastDays = QStringLiteral("inLastDays");
const QString s_from = QStringLiteral("from");
const QString s_to = QStringLiteral("to");

bool isDateMeasure(Measure measure)
{
    return measure == Measure::FirstDate || measure == Measure::LastDate;
}

} // namespace

FilterRule newRule()
{
    FilterRule rule;
    rule.field = FilterDefinition::ordersField();
    rule.operatorName = filterOperatorName(FilterOperator::GreaterOrEqual);
    rule.value = 1;
    rule.measure = measureName(Measure::Count);
    return rule;
}

FilterRule noOrders(const FilterRule& rule)
{
    FilterRule result = withMeasure(rule, Measure::Count);
    result.operatorName = filterOperatorName(FilterOperator::Equal);
    result.value = 0;
    return result;
}

bool isNoOrders(const FilterRule& rule)
{
    return measureOf(rule) == Measure::Count && rule.operatorName == filterOperatorName(FilterOperator::Equal)
        && rule.value.isDouble() && rule.value.toDouble() == 0.0;
}

Measure measureOf(const FilterRule& rule)
{
    const QString name = rule.measure.toString();
    if (name == QLatin1String("sum"))
        return Measure::Sum;
    if (name.startsWith(s_distinctPrefix))
        return Measure::Distinct;
    if (name == QLatin1String("first_date"))
        return Measure::FirstDate;
    if (name == QLatin1String("last_date"))
        return Measure::LastDate;
    return Measure::Count;
}

QString distinctColumn(const FilterRule& rule)
{
    const QString name = rule.measure.toString();
    return name.startsWith(s_distinctPrefix) ? name.mid(s_distinctPrefix.size()) : QString();
}

QString measureName(Measure measure, const QString& column)
{
    switch (measure) {
    case Measure::Count:
        return QStringLiteral("count");
    case Measure::Sum:
        return QStringLiteral("sum");
    case Measure::Distinct:
        return s_distinctPrefix + column;
    case Measure::FirstDate:
        return QStringLiteral("first_date");
    case Measure::LastDate:
        return QStringLiteral("last_date");
    }
    return QStringLiteral("count");
}

FilterRule withMeasure(const FilterRule& rule, Measure measure, const QString& column)
{
    FilterRule result = rule;
    result.measure = measureName(measure, column);
    if (isDateMeasure(measure) != isDateMeasure(measureOf(rule))) {
        const auto op = filterOperatorFromName(rule.operatorName);
        result.value = op && operandShape(*op) == OperandShape::Pair ? QJsonValue(QJsonArray{QString(), QString()})
                                                                     : QJsonValue(QJsonValue::Undefined);
    }
    return result;
}

ValueType valueType(const FilterRule& rule)
{
    switch (measureOf(rule)) {
    case Measure::Count:
    case Measure::Distinct:
        return ValueType::Integer;
    case Measure::Sum:
        return ValueType::Real;
    case Measure::FirstDate:
    case Measure::LastDate:
        return ValueType::Date;
    }
    return ValueType::Integer;
}

QList<FilterOperator> operators()
{
    using Op = FilterOperator;
    return {Op::GreaterOrEqual, Op::Greater, Op::Equal,   Op::NotEqual,
            Op::LessOrEqual,    Op::Less,    Op::Between, Op::NotBetween};
}

Window windowOf(const FilterRule& rule)
{
    Window window;
    if (!rule.window.isObject())
        return window;
    const QJsonObject object = rule.window.toObject();
    if (object.contains(s_inLastDays)) {
        window.kind = WindowKind::InLastDays;
        window.days = object.value(s_inLastDays);
        return window;
    }
    window.from = object.value(s_from);
    window.to = object.value(s_to);
    const bool from = object.contains(s_from);
    const bool to = object.contains(s_to);
    window.kind = from && to ? WindowKind::Between : from ? WindowKind::From : to ? WindowKind::To : WindowKind::None;
    return window;
}

FilterRule withWindow(const FilterRule& rule, const Window& window)
{
    FilterRule result = rule;
    QJsonObject object;
    const auto put = [&](const QString& key, const QJsonValue& value) {
        // A part not entered yet is written empty, so that the rule shows as incomplete instead of losing it.
        object.insert(key, value.isUndefined() ? QJsonValue(QString()) : value);
    };
    switch (window.kind) {
    case WindowKind::None:
        result.window = QJsonValue(QJsonValue::Undefined);
        return result;
    case WindowKind::InLastDays:
        put(s_inLastDays, window.days);
        break;
    case WindowKind::From:
        put(s_from, window.from);
        break;
    case WindowKind::To:
        put(s_to, window.to);
        break;
    case WindowKind::Between:
        put(s_from, window.from);
        put(s_to, window.to);
        break;
    }
    result.window = object;
    return result;
}

Window windowOfKind(const Window& window, WindowKind kind)
{
    Window result;
    result.kind = kind;
    switch (kind) {
    case WindowKind::None:
        break;
    case WindowKind::InLastDays:
        result.days = window.kind == WindowKind::InLastDays ? window.days : QJsonValue(30);
        break;
    case WindowKind::From:
        result.from = window.from.isUndefined() ? window.to : window.from;
        break;
    case WindowKind::To:
        result.to = window.to.isUndefined() ? window.from : window.to;
        break;
    case WindowKind::Between:
        result.from = window.from;
        result.to = window.to;
        break;
    }
    return result;
}

} // namespace swb::OrderRuleEdits
