// The shared steps of DistributionCalculator: counting rows into bins, and the calendar bins of a date field.
#pragma once

#include "model/analytics/distributioncalculator.h"
#include "model/filter/columnstore.h"

#include <bit>
#include <vector>

namespace swb::DistributionBins {

// Calls `visit(row)` for each row set in `rows`, ascending.
template<typename Visit>
void forEachRow(const Bitset& rows, Visit visit)
{
    const quint64* words = rows.words();
    for (qint64 w = 0; w < rows.wordCount(); ++w) {
        for (quint64 word = words[w]; word != 0; word &= word - 1)
            visit((w << 6) + std::countr_zero(word));
    }
}

// The distribution of each segment from its counts per bin (the last bin Unknown): shares, and no Unknown bin when no
// row of the base is NULL. `bins` holds the bins without counts.
FieldDistribution withCounts(const FieldDistribution& bins, const std::vector<qint64>& base,
                             const std::vector<qint64>& inSegment, qint64 baseSize, qint64 segmentSize);

// Counts every row into the bin `binOf(row)` returns (for a non-NULL row) or into an Unknown bin appended last (NULL):
// each row's bin found once for the base, then counted for each segment by its rows alone. One distribution per
// segment, in their order.
template<typename BinOf>
QList<FieldDistribution> countInto(FieldDistribution bins, const ColumnStore::Column& column,
                                   const QList<const Bitset*>& segments, BinOf binOf)
{
    DistributionBin unknown;
    unknown.kind = DistributionBin::Kind::Unknown;
    unknown.label = DistributionCalculator::tr("Unknown");
    bins.bins.append(unknown);
    const int unknownBin = int(bins.bins.size()) - 1;
    std::vector<qint64> base(bins.bins.size(), 0);
    const qint64 rows = segments.isEmpty() ? 0 : segments.front()->size(); // each the store's row count
    std::vector<qint32> binOfRow(static_cast<size_t>(rows));
    for (qint64 row = 0; row < rows; ++row) {
        const int bin = column.valid.test(row) ? binOf(row) : unknownBin;
        ++base[size_t(bin)];
        binOfRow[size_t(row)] = bin;
    }
    QList<FieldDistribution> results;
    for (const Bitset* segment : segments) {
        std::vector<qint64> inSegment(bins.bins.size(), 0);
        forEachRow(*segment, [&](qint64 row) { ++inSegment[size_t(binOfRow[size_t(row)])]; });
        results << withCounts(bins, base, inSegment, rows, segment->count());
    }
    return results;
}

// Calendar bins (months up to two years, quarters up to five, else years) of a date column held as text; dates that
// do not parse are counted as "Not a date".
QList<FieldDistribution> dates(FieldDistribution result, const ColumnStore::Column& column,
                               const QList<const Bitset*>& segments);

} // namespace swb::DistributionBins
