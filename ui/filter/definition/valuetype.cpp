#include "ui/filter/definition/valuetype.h"

namespace swb {

ValueType valueTypeOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return ValueType::Integer;
    case FieldType::Real:
        return ValueType::Real;
    case FieldType::Text:
        return ValueType::Text;
    case FieldType::Date:
        return ValueType::Date;
    case FieldType::DateTime:
        return ValueType::DateTime;
    case FieldType::Boolean:
        return ValueType::Boolean;
    }
    return ValueType::Unknown;
}

QList<FilterOperator> operatorsFor(ValueType type)
{
    using Op = FilterOperator;
    switch (type) {
    case ValueType::Unknown:
        return {};
    case ValueType::Segment:
        return {Op::In, Op::NotIn};
    case ValueType::Boolean:
        return {Op::Equal, Op::NotEqual, Op::Null, Op::NotNull};
    case ValueType::Integer:
    case ValueType::Real:
        return {Op::Equal,   Op::NotEqual,   Op::Greater, Op::GreaterOrEqual, Op::Less, Op::LessOrEqual,
                Op::Between, Op::NotBetween, Op::In,      Op::NotIn,          Op::Null, Op::NotNull};
    case ValueType::Text:
        return {
            Op::Equal,       Op::NotEqual,       Op::Contains, Op::DoesNotContain, Op::BeginsWith, Op::DoesNotBeginWith,
            Op::EndsWith,    Op::DoesNotEndWith, Op::In,       Op::NotIn,          Op::Less,       Op::Greater,
            Op::LessOrEqual, Op::GreaterOrEqual, Op::Between,  Op::NotBetween,     Op::Null,       Op::NotNull};
    case ValueType::Date:
    case ValueType::DateTime:
        return {Op::InLastDays,
                Op::NotInLastDays,
                Op::MoreThanDaysAgo,
                Op::Equal,
                Op::NotEqual,
                Op::Less,
                Op::Greater,
                Op::LessOrEqual,
                Op::GreaterOrEqual,
                Op::Between,
                Op::NotBetween,
                Op::In,
                Op::NotIn,
                Op::BeginsWith,
                Op::Contains,
                Op::EndsWith,
                Op::DoesNotBeginWith,
                Op::DoesNotContain,
                Op::DoesNotEndWith,
                Op::Null,
                Op::NotNull};
    }
    return {};
}

bool isOperatorValidForValueType(FilterOperator op, ValueType type)
{
    switch (type) {
    case ValueType::Unknown:
        return false;
    case ValueType::Segment:
        return isOperatorValidForSegment(op);
    case ValueType::Integer:
        return isOperatorValidFor(op, FieldType::Integer);
    case ValueType::Real:
        return isOperatorValidFor(op, FieldType::Real);
    case ValueType::Text:
        return isOperatorValidFor(op, FieldType::Text);
    case ValueType::Date:
        return isOperatorValidFor(op, FieldType::Date);
    case ValueType::DateTime:
        return isOperatorValidFor(op, FieldType::DateTime);
    case ValueType::Boolean:
        return isOperatorValidFor(op, FieldType::Boolean);
    }
    return false;
}

bool sameValues(ValueType a, ValueType b)
{
    const auto family = [](ValueType type) {
        if (type == ValueType::Integer || type == ValueType::Real)
            return ValueType::Real;
        if (type == ValueType::DateTime)
            return ValueType::Date;
        return type;
    };
    return a != ValueType::Unknown && family(a) == family(b);
}

QString ValueTypeText::groupTitle(ValueType type)
{
    switch (type) {
    case ValueType::Integer:
    case ValueType::Real:
        return tr("Numbers");
    case ValueType::Text:
        return tr("Text");
    case ValueType::Date:
    case ValueType::DateTime:
        return tr("Dates");
    case ValueType::Boolean:
        return tr("Yes/No");
    case ValueType::Segment:
        return tr("Saved segments");
    case ValueType::Unknown:
        break;
    }
    return tr("Other");
}

QString ValueTypeText::operatorLabel(FilterOperator op, ValueType type)
{
    const bool dates = type == ValueType::Date || type == ValueType::DateTime;
    const bool segment = type == ValueType::Segment;
    using Op = FilterOperator;
    switch (op) {
    case Op::Equal:
        //: Operator label: the field equals the value
        return dates ? tr("is on") : tr("is");
    case Op::NotEqual:
        return dates ? tr("is not on") : tr("is not");
    case Op::Less:
        return dates ? tr("is before") : tr("is less than");
    case Op::Greater:
        return dates ? tr("is after") : tr("is greater than");
    case Op::LessOrEqual:
        return dates ? tr("is on or before") : tr("is at most");
    case Op::GreaterOrEqual:
        return dates ? tr("is on or after") : tr("is at least");
    case Op::Contains:
        return tr("contains");
    case Op::BeginsWith:
        return tr("begins with");
    case Op::EndsWith:
        return tr("ends with");
    case Op::DoesNotContain:
        return tr("does not contain");
    case Op::DoesNotBeginWith:
        return tr("does not begin with");
    case Op::DoesNotEndWith:
        return tr("does not end with");
    case Op::Null:
        return tr("is empty");
    case Op::NotNull:
        return tr("is not empty");
    case Op::In:
        return segment ? tr("is in any of") : tr("is one of");
    case Op::NotIn:
        return segment ? tr("is in none of") : tr("is none of");
    case Op::Between:
        return tr("is between");
    case Op::NotBetween:
        return tr("is not between");
    case Op::InLastDays:
        return tr("is in the last");
    case Op::NotInLastDays:
        return tr("is not in the last");
    case Op::MoreThanDaysAgo:
        return tr("is more than");
    }
    return filterOperatorName(op);
}

} // namespace swb
