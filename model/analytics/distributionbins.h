// The shared steps of DistributionCalculator: counting rows into bins, and the calendar bins of a date field.
#pragma once

#include "model/analytics/distributioncalculator.h"
#include "model/filter/columnstore.h"

#include <vector>

namespace swb::DistributionBins {

// Counts every row into the bin `binOf(row)` returns (for a non-NULL row) or into the last bin (NULL), for the base
// and for the segment, then turns the counts into shares and drops an empty Unknown bin.
template<typename BinOf>
void countInto(FieldDistribution& result, const ColumnStore::Column& column, const Bitset& segment, BinOf binOf)
{
    DistributionBin unknown;
    unknown.kind = DistributionBin::Kind::Unknown;
    unknown.label = DistributionCalculator::tr("Unknown");
    result.bins.append(unknown);
    const int unknownBin = int(result.bins.size()) - 1;
    std::vector<qint64> base(result.bins.size(), 0);
    std::vector<qint64> inSegment(result.bins.size(), 0);
    const qint64 rows = segment.size();
    for (qint64 row = 0; row < rows; ++row) {
        const int bin = column.valid.test(row) ? binOf(row) : unknownBin;
        ++base[size_t(bin)];
        if (segment.test(row))
            ++inSegment[size_t(bin)];
    }
    result.baseSize = rows;
    result.segmentSize = segment.count();
    for (qsizetype i = 0; i < result.bins.size(); ++i) {
        DistributionBin& bin = result.bins[i];
        bin.baseCount = base[size_t(i)];
        bin.segmentCount = inSegment[size_t(i)];
        bin.baseShare = rows > 0 ? double(bin.baseCount) / double(rows) : 0.0;
        bin.segmentShare = result.segmentSize > 0 ? double(bin.segmentCount) / double(result.segmentSize) : 0.0;
    }
    if (result.bins.constLast().baseCount == 0)
        result.bins.removeLast();
}

// Calendar bins (months up to two years, quarters up to five, else years) of a date column held as text; dates that
// do not parse are counted as "Not a date".
void dates(FieldDistribution& result, const ColumnStore::Column& column, const Bitset& segment);

} // namespace swb::DistributionBins
