// How a rule changes when the user picks another field or operator: values are carried over when they still fit.
#pragma once

#include "model/filter/filterdefinition.h"
#include "ui/filter/definition/valuetype.h"

#include <QJsonValue>
#include <QStringList>

namespace swb::RuleEdits {

// The rule on `field` of type `newType`. The operator stays when it is valid for the new type (else the type's
// first operator); the value stays when the types take the same values.
FilterRule withField(const FilterRule& rule, ValueType oldType, const QString& field, ValueType newType);
// The rule with `op`; the value is reshaped (one value ↔ list ↔ pair) so that what was entered is kept.
FilterRule withOperator(const FilterRule& rule, FilterOperator op);
FilterRule withValue(const FilterRule& rule, const QJsonValue& value);

// The operands of a list or pair value as the resolver reads them (array, or comma-separated text).
QList<QJsonValue> operands(const QJsonValue& value);
// True for a value that holds nothing yet: undefined, null, "" or whitespace.
bool isBlank(const QJsonValue& value);
// Splits pasted text into items: by newlines, tabs, semicolons and commas; trimmed, empty items dropped.
QStringList splitPasted(const QString& text);

} // namespace swb::RuleEdits
