// What kind of value a rule compares: the field's type, or segment names for `@segment`; drives pickers and editors.
#pragma once

#include "model/field.h"
#include "model/filter/filteroperator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb {

enum class ValueType { Unknown, Integer, Real, Text, Date, DateTime, Boolean, Segment };

ValueType valueTypeOf(FieldType type);
// Operators offered for a value type, in the order the picker lists them (all valid per isOperatorValidFor).
QList<FilterOperator> operatorsFor(ValueType type);
bool isOperatorValidForValueType(FilterOperator op, ValueType type);
// Whether two types take the same values, so that a value survives a change of field.
bool sameValues(ValueType a, ValueType b);

class ValueTypeText
{
    Q_DECLARE_TR_FUNCTIONS(swb::ValueTypeText)

public:
    static QString groupTitle(ValueType type); // "Numbers", "Text", "Dates", "Yes/No", "Saved segments"
    // How the picker names an operator for a type: "is before" for `<` on a date, "less than" on a number.
    static QString operatorLabel(FilterOperator op, ValueType type);
};

} // namespace swb
