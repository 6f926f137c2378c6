// The parts of an `@orders` rule besides its "where": measure, window and comparison, checked against the catalogs of
// `customers` and `orders` (FilterResolver resolves the "where" group itself, on the order columns).
//
// `measure`: "count" (default), "sum", "distinct:COLUMN", "first_date", "last_date" (see OrderMeasure).
// `operator`/`value`: = != < > <= >= between notBetween with a number, or a date YYYY-MM-DD for the date measures.
// `window`: {"inLastDays": N} (days before the as-of date, as the relative-date operators count them),
// {"from": "YYYY-MM-DD"}, {"to": "YYYY-MM-DD"} or both: whole days of the order date, both ends included.
#pragma once

#include "model/field.h"
#include "model/filter/filterdefinition.h"
#include "model/filter/resolvedfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace swb {

class OrderRules
{
    Q_DECLARE_TR_FUNCTIONS(swb::OrderRules)

public:
    // Fills `out->orders` (all but its "where") and `out->values`; on failure `error` names the part at fault
    // ("measure", "window", the value) without the rule's path.
    static bool resolve(const FilterRule& in, FilterOperator op, const QList<FieldInfo>& customerFields,
                        const QList<FieldInfo>& orderFields, const QDate& asOfDate, ResolvedRule* out, QString* error);

    static bool isValidOperator(FilterOperator op); // = != < > <= >= between notBetween
    // "count", "sum", "distinct:Country", "first_date", "last_date".
    static QString measureName(const ResolvedOrders& orders);
    // Canonical text of the rule's measure, window and schema (the comparison and "where" are added by the caller).
    static QString key(const ResolvedOrders& orders);
};

} // namespace swb
