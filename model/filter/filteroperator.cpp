#include "model/filter/filteroperator.h"

#include <array>
#include <utility>

namespace swb {

namespace {

constexpr std::array s_operatorNames{
    std::pair{FilterOperator::Equal, "="},
    std::pair{FilterOperator::NotEqual, "!="},
    std::pair{FilterOperator::Less, "<"},
    std::pair{FilterOperator::Greater, ">"},
    std::pair{FilterOperator::LessOrEqual, "<="},
    std::pair{FilterOperator::GreaterOrEqual, ">="},
    std::pair{FilterOperator::Contains, "contains"},
    std::pair{FilterOperator::BeginsWith, "beginsWith"},
    std::pair{FilterOperator::EndsWith, "endsWith"},
    std::pair{FilterOperator::DoesNotContain, "doesNotContain"},
    std::pair{FilterOperator::DoesNotBeginWith, "doesNotBeginWith"},
    std::pair{FilterOperator::DoesNotEndWith, "doesNotEndWith"},
    std::pair{FilterOperator::Null, "null"},
    std::pair{FilterOperator::NotNull, "notNull"},
    std::pair{FilterOperator::In, "in"},
    std::pair{FilterOperator::NotIn, "notIn"},
    std::pair{FilterOperator::Between, "between"},
    std::pair{FilterOperator::NotBetween, "notBetween"},
    std::pair{FilterOperator::InLastDays, "inLastDays"},
    std::pair{FilterOperator::NotInLastDays, "notInLastDays"},
    std::pair{FilterOperator::MoreThanDaysAgo, "moreThanDaysAgo"},
};

} // namespace

QString filterOperatorName(FilterOperator op)
{
    for (const auto& [value, name] : s_operatorNames) {
        if (value == op)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FilterOperator> filterOperatorFromName(const QString& name)
{
    for (const auto& [value, text] : s_operatorNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<FilterOperator> allFilterOperators()
{
    QList<FilterOperator> operators;
    for (const auto& entry : s_operatorNames)
        operators << entry.first;
    return operators;
}

QString filterCombinatorName(FilterCombinator combinator)
{
    return combinator == FilterCombinator::And ? QStringLiteral("and") : QStringLiteral("or");
}

std::optional<FilterCombinator> filterCombinatorFromName(const QString& name)
{
    if (name.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0)
        return FilterCombinator::And;
    if (name.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0)
        return FilterCombinator::Or;
    return std::nullopt;
}

OperandShape operandShape(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Null:
    case FilterOperator::NotNull:
        return OperandShape::None;
    case FilterOperator::In:
    case FilterOperator::NotIn:
        return OperandShape::List;
    case FilterOperator::Between:
    case FilterOperator::NotBetween:
        return OperandShape::Pair;
    case FilterOperator::InLastDays:
    case FilterOperator::NotInLastDays:
    case FilterOperator::MoreThanDaysAgo:
        return OperandShape::Days;
    default:
        return OperandShape::One;
    }
}

bool isTextPatternOperator(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Contains:
    case FilterOperator::BeginsWith:
    case FilterOperator::EndsWith:
    case FilterOperator::DoesNotContain:
    case FilterOperator::DoesNotBeginWith:
    case FilterOperator::DoesNotEndWith:
        return true;
    default:
        return false;
    }
}

bool isRelativeDateOperator(FilterOperator op)
{
    return op == FilterOperator::InLastDays || op == FilterOperator::NotInLastDays
        || op == FilterOperator::MoreThanDaysAgo;
}

bool isOperatorValidFor(FilterOperator op, FieldType type)
{
    if (isTemporal(type))
        return true;
    if (isRelativeDateOperator(op))
        return false;
    if (type == FieldType::Text)
        return true;
    return !isTextPatternOperator(op);
}

bool isOperatorValidForSegment(FilterOperator op)
{
    return op == FilterOperator::In || op == FilterOperator::NotIn;
}

} // namespace swb
