// How an `@orders` rule changes in the builder: a new rule, the "has no orders" preset, another measure or window.
// Measure and window are written in the shapes of docs/architecture.md, "Order rules".
#pragma once

#include "model/filter/filterdefinition.h"
#include "ui/filter/definition/valuetype.h"

#include <QDate>
#include <QJsonValue>

namespace swb::OrderRuleEdits {

enum class Measure { Count, Sum, Distinct, FirstDate, LastDate };
enum class WindowKind { None, InLastDays, From, To, Between };

struct Window
{
    WindowKind kind = WindowKind::None;
    QJsonValue days{QJsonValue::Undefined}; // InLastDays
    QJsonValue from{QJsonValue::Undefined}; // From, Between: "YYYY-MM-DD"
    QJsonValue to{QJsonValue::Undefined}; // To, Between
};

// `{"field":"@orders","operator":">=","value":1,"measure":"count"}`: customers with at least one order.
FilterRule newRule();
// The same rule (its "where" and window kept) selecting the customers without such orders: count = 0.
FilterRule noOrders(const FilterRule& rule);
bool isNoOrders(const FilterRule& rule);

Measure measureOf(const FilterRule& rule); // "count" when absent or unknown
QString distinctColumn(const FilterRule& rule); // the COLUMN of "distinct:COLUMN", else ""
QString measureName(Measure measure, const QString& column = {});
// The rule with another measure; the value is kept while it stays a number (or a date).
FilterRule withMeasure(const FilterRule& rule, Measure measure, const QString& column = {});
// What the comparison's value is: a whole number (count, distinct), an amount, or a date.
ValueType valueType(const FilterRule& rule);
// The comparisons an order rule takes, in the picker's order.
QList<FilterOperator> operators();

Window windowOf(const FilterRule& rule);
FilterRule withWindow(const FilterRule& rule, const Window& window);
// The window of `kind`, keeping what `window` has that still fits (the dates of from/to/between).
Window windowOfKind(const Window& window, WindowKind kind);

} // namespace swb::OrderRuleEdits
