// The operators and combinators of a segment definition: names as in react-querybuilder, and which field types
// each operator applies to.
#pragma once

#include "model/field.h"

#include <QList>
#include <QString>

#include <optional>

namespace swb {

enum class FilterCombinator { And, Or };

// The 18 standard react-querybuilder operators and our relative-date extensions.
enum class FilterOperator {
    Equal, // =
    NotEqual, // !=
    Less, // <
    Greater, // >
    LessOrEqual, // <=
    GreaterOrEqual, // >=
    Contains, // contains
    BeginsWith, // beginsWith
    EndsWith, // endsWith
    DoesNotContain, // doesNotContain
    DoesNotBeginWith, // doesNotBeginWith
    DoesNotEndWith, // doesNotEndWith
    Null, // null
    NotNull, // notNull
    In, // in
    NotIn, // notIn
    Between, // between
    NotBetween, // notBetween
    InLastDays, // inLastDays (extension)
    NotInLastDays, // notInLastDays (extension)
    MoreThanDaysAgo, // moreThanDaysAgo (extension)
};

// How many operands an operator takes.
enum class OperandShape {
    None, // null, notNull: the value is ignored
    One, // comparisons and text patterns
    List, // in, notIn: one or more
    Pair, // between, notBetween: exactly two
    Days, // relative dates: a whole number of days >= 0
};

QString filterOperatorName(FilterOperator op); // "=", "beginsWith", "inLastDays", …
std::optional<FilterOperator> filterOperatorFromName(const QString& name);
QList<FilterOperator> allFilterOperators();

QString filterCombinatorName(FilterCombinator combinator); // "and" | "or"
// Case-insensitive: "and", "AND", "or", "OR".
std::optional<FilterCombinator> filterCombinatorFromName(const QString& name);

OperandShape operandShape(FilterOperator op);
bool isTextPatternOperator(FilterOperator op); // contains … doesNotEndWith
bool isRelativeDateOperator(FilterOperator op); // inLastDays, notInLastDays, moreThanDaysAgo

// Numbers (integer, real, boolean): comparisons, between/notBetween, in/notIn, null/notNull.
// Text: every standard operator. Dates and datetimes: every standard operator (dates are ISO text, so
// beginsWith "2023-" is meaningful) and the relative-date operators.
bool isOperatorValidFor(FilterOperator op, FieldType type);

// Operators valid on the pseudo-field `@segment`.
bool isOperatorValidForSegment(FilterOperator op);

} // namespace swb
