// Checks a definition against the field catalog and turns it into a ResolvedGroup ready for SQL or in-memory runs.
//
// Operands. `in`/`notIn`/`between`/`notBetween` take a JSON array, a single number, or a comma-separated text as
// react-querybuilder emits it ("DE, AT": items trimmed, `\,` is a literal comma). Each operand is converted to the
// field's type: numbers must be numbers (integers stay integers, other values are reals; text is refused);
// yes/no fields take true/false/1/0/yes/no; text fields take text (a JSON number becomes its decimal text);
// date and datetime fields take ISO dates `YYYY-MM-DD` or `YYYY-MM-DD HH:MM[:SS]` (a `T` separator becomes a space,
// missing seconds become `:00`), except for the text-pattern operators, whose operand is free text.
// `between a AND b` is kept in the order written, as SQL does (a > b selects nobody).
//
// Relative dates, with `asOf` the workspace's as-of date and N ≥ 0 whole days, compared as ISO text:
//   inLastDays N      ⇔ field >= ISO(asOf − N days) AND field < ISO(asOf + 1 day)
//   notInLastDays N   ⇔ NOT (inLastDays N); a NULL date never matches
//   moreThanDaysAgo N ⇔ field < ISO(asOf − N days)
// The bounds are computed here and bound as text, so SQL and the in-memory path agree.
//
// `@segment` in/notIn [names]: membership in saved segments. A customer is a member of a dynamic segment when its
// stored definition (expanded recursively; cycles are refused) is TRUE for it, and of a static segment when its
// customer key is in `segment_members`. Membership is never unknown: `notIn` selects every non-member, including
// customers for whom a definition is unknown because of NULLs. Several names mean "in any of them".
//
// `@orders` (OrderRules, docs/architecture.md, "Order rules"): a measure of each customer's order lines that match the
// rule's "where" (a group resolved here on the columns of `orders`, with the same operators; no `@segment` or `@orders`
// inside) and "window". Such a rule is never unknown either.
#pragma once

#include "model/filter/filterdefinition.h"
#include "model/filter/resolvedfilter.h"
#include "model/filter/segmentlookup.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace swb {

class Workspace;

// Everything a definition is checked against.
struct FilterContext
{
    QList<FieldInfo> fields; // the columns of `customers`
    QList<FieldInfo> orderFields; // the columns of `orders`, for `@orders` rules (empty: the workspace has none)
    QDate asOfDate; // for relative dates
    SegmentLookup segments; // for `@segment`; without it `@segment` is an error
    // When checking the definition of a segment that is being saved: its name, so that a reference back to it
    // (directly or through other segments) is refused as a cycle.
    QString definingSegment;

    // Fields, order fields, as-of date and a lookup reading the workspace's `segments` table (valid while
    // `workspace` lives).
    static FilterContext fromWorkspace(Workspace& workspace);
};

class FilterResolver
{
    Q_DECLARE_TR_FUNCTIONS(swb::FilterResolver)

public:
    // The pseudo-field for segment membership.
    static QString segmentField() { return QStringLiteral("@segment"); }
    // The definition holding the one rule "@segment in [name]": membership in a saved segment (a dynamic one's
    // stored definition, a static one's members).
    static QByteArray segmentReference(const QString& name);

    // Errors name the part at fault: "rules[2].rules[0]: unknown field \"contry\"…".
    static std::optional<ResolvedGroup> resolve(const FilterGroup& definition, const FilterContext& context,
                                                QString* error);
    static std::optional<ResolvedGroup> resolve(const QByteArray& json, const FilterContext& context, QString* error);
};

} // namespace swb
