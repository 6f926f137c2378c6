// Evaluates one rule on one column of the column store with SQLite's semantics (three-valued, BINARY collation,
// LIKE folding ASCII only, exact integer/real comparison).
#pragma once

#include "model/filter/bitset.h"
#include "model/filter/columnstore.h"
#include "model/filter/resolvedfilter.h"

#include <optional>

namespace swb {

// Three-valued result over all rows: rows in neither set are UNKNOWN (SQL NULL).
struct Truth
{
    Bitset isTrue;
    Bitset isFalse;

    static Truth everyone(qint64 rows) { return {Bitset(rows, true), Bitset(rows)}; }
    // Two-valued: FALSE wherever not TRUE.
    static Truth definite(Bitset rows)
    {
        Bitset others = rows;
        others.flip();
        return {std::move(rows), std::move(others)};
    }
    Truth negated() const { return {isFalse, isTrue}; }
};

class RuleEvaluator
{
public:
    // The rule on its column; nothing for an Irregular column or an `@segment` or `@orders` rule (the caller handles
    // those).
    static std::optional<Truth> evaluate(const ColumnStore& store, const ResolvedRule& rule);
};

} // namespace swb
