#include "model/analytics/distributioncalculator.h"

#include "model/analytics/distributionbins.h"
#include "model/filter/columnstore.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace swb {

namespace {

using Column = ColumnStore::Column;
using Storage = ColumnStore::Storage;
using DistributionBins::countInto;

double numberAt(const Column& column, qint64 row)
{
    return column.storage == Storage::Integer ? double(column.integers[size_t(row)]) : column.reals[size_t(row)];
}

// Decimals that show every multiple of `step` exactly (0.25 → 2, 500 → 0).
int decimalsFor(double step)
{
    int decimals = 0;
    double scaled = step;
    while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, std::abs(scaled))) {
        scaled *= 10.0;
        ++decimals;
    }
    return decimals;
}

// The bin edges of a histogram: round multiples of a round step from about the 1st to the 99th percentile, so that
// a few extreme values get an open-ended bin of their own instead of squeezing every other bar into one.
std::vector<double> histogramEdges(std::vector<double> values, bool integer, const DistributionOptions& options,
                                   double* step)
{
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const double min = *minIt;
    const double max = *maxIt;
    if (integer && max - min < options.maxSingleValues) {
        *step = 1.0;
        std::vector<double> edges;
        for (double v = min; v <= max + 1.0; v += 1.0)
            edges.push_back(v);
        return edges;
    }
    const auto quantile = [&values](double q) {
        const auto index = qsizetype(std::llround(q * double(values.size() - 1)));
        std::nth_element(values.begin(), values.begin() + index, values.end());
        return values[size_t(index)];
    };
    double low = quantile(0.01);
    double high = quantile(0.99);
    if (high <= low) {
        low = min;
        high = max;
    }
    double raw = (high - low) / std::max(1, options.targetBins);
    if (raw <= 0.0)
        raw = std::max(std::abs(low), 1.0) / std::max(1, options.targetBins);
    *step = DistributionCalculator::niceStep(raw);
    if (integer)
        *step = std::max(1.0, std::floor(*step));
    const double first = std::floor(low / *step);
    const double last = std::floor(high / *step) + 1.0;
    std::vector<double> edges;
    for (double k = first; k <= last; k += 1.0)
        edges.push_back(k * *step);
    return edges;
}

QString rangeLabel(double lower, double upper, bool integer, int decimals)
{
    const QLocale locale;
    const auto text = [&](double v) {
        return locale.toString(v, 'f', decimals);
    };
    if (integer && upper - lower <= 1.0)
        return text(lower);
    // Integers show the last value inside the bin; other numbers the exclusive end.
    return DistributionCalculator::tr("%1–%2").arg(text(lower), text(integer ? upper - 1.0 : upper));
}

QList<FieldDistribution> histogram(FieldDistribution result, const Column& column, const QList<const Bitset*>& segments,
                                   const DistributionOptions& options)
{
    result.kind = FieldDistribution::Kind::Histogram;
    std::vector<double> values;
    values.reserve(size_t(column.valid.count()));
    const qint64 rows = segments.front()->size();
    for (qint64 row = 0; row < rows; ++row) {
        if (column.valid.test(row))
            values.push_back(numberAt(column, row));
    }
    std::vector<double> edges;
    if (!values.empty()) {
        const bool integer = column.field.type == FieldType::Integer;
        const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
        const double min = *minIt;
        const double max = *maxIt;
        edges = histogramEdges(std::move(values), integer, options, &result.binWidth);
        const int decimals = integer ? 0 : decimalsFor(result.binWidth);
        const QLocale locale;
        const bool under = min < edges.front();
        if (under) {
            DistributionBin bin;
            bin.upper = edges.front();
            bin.label = DistributionCalculator::tr("< %1").arg(locale.toString(edges.front(), 'f', decimals));
            result.bins.append(bin);
        }
        for (size_t i = 0; i + 1 < edges.size(); ++i) {
            DistributionBin bin;
            bin.lower = edges[i];
            bin.upper = edges[i + 1];
            bin.label = rangeLabel(edges[i], edges[i + 1], integer, decimals);
            result.bins.append(bin);
        }
        if (max >= edges.back()) {
            DistributionBin bin;
            bin.lower = edges.back();
            bin.label = DistributionCalculator::tr("≥ %1").arg(locale.toString(edges.back(), 'f', decimals));
            result.bins.append(bin);
        }
        const int offset = under ? 1 : 0;
        const int lastBin = int(result.bins.size()) - 1;
        return countInto(std::move(result), column, segments, [&](qint64 row) {
            const double v = numberAt(column, row);
            const auto upper = std::upper_bound(edges.begin(), edges.end(), v);
            if (upper == edges.begin())
                return 0; // below the first edge: the "under" bin
            return std::min(lastBin, int(upper - edges.begin()) - 1 + offset);
        });
    }
    return countInto(std::move(result), column, segments, [](qint64) { return 0; });
}

QList<FieldDistribution> yesNo(FieldDistribution result, const Column& column, const QList<const Bitset*>& segments)
{
    result.kind = FieldDistribution::Kind::YesNo;
    DistributionBin yes;
    yes.kind = DistributionBin::Kind::Value;
    yes.value = QStringLiteral("1");
    yes.label = DistributionCalculator::tr("Yes");
    DistributionBin no = yes;
    no.value = QStringLiteral("0");
    no.label = DistributionCalculator::tr("No");
    result.bins = {yes, no};
    return countInto(std::move(result), column, segments,
                     [&](qint64 row) { return numberAt(column, row) != 0.0 ? 0 : 1; });
}

// Rows per dictionary code (the last entry: NULL rows' code), and among them the non-NULL ones.
struct CodeCounts
{
    std::vector<qint64> all;
    std::vector<qint64> known;
    qint64 unknown = 0; // NULL rows

    explicit CodeCounts(qint64 entries)
        : all(size_t(entries) + 1, 0)
        , known(size_t(entries) + 1, 0)
    { }
    void add(const Column& column, qint64 row)
    {
        const quint32 code = column.codes[size_t(row)];
        ++all[code];
        if (column.valid.test(row))
            ++known[code];
        else
            ++unknown;
    }
};

// The top values by the larger of the two shares, so that a value typical of the segment shows even when it is
// rare in the base; the rest of the non-NULL rows are "other". The base's rows are counted per value once; each
// segment's by its own rows.
QList<FieldDistribution> topValues(const FieldDistribution& result, const Column& column,
                                   const QList<const Bitset*>& segments, const DistributionOptions& options)
{
    const qint64 entries = column.dictionary.size();
    const qint64 rows = segments.front()->size();
    CodeCounts base(entries);
    for (qint64 row = 0; row < rows; ++row)
        base.add(column, row);
    QList<FieldDistribution> results;
    for (const Bitset* segment : segments) {
        CodeCounts inSegment(entries);
        DistributionBins::forEachRow(*segment, [&](qint64 row) { inSegment.add(column, row); });
        const qint64 size = segment->count();
        const double segmentSize = std::max<double>(1.0, double(size));
        const double baseSize = std::max<double>(1.0, double(rows));
        std::vector<qint64> order(static_cast<size_t>(entries));
        std::iota(order.begin(), order.end(), 0);
        const auto weight = [&](qint64 code) {
            return std::max(double(inSegment.all[size_t(code)]) / segmentSize,
                            double(base.all[size_t(code)]) / baseSize);
        };
        std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
            const double wa = weight(a);
            const double wb = weight(b);
            return wa != wb ? wa > wb : base.all[size_t(a)] > base.all[size_t(b)];
        });
        FieldDistribution bins = result;
        bins.kind = FieldDistribution::Kind::TopValues;
        std::vector<int> binOfEntry(size_t(entries) + 1, -1);
        for (qint64 i = 0; i < std::min<qint64>(entries, options.topValues); ++i) {
            const std::string_view text = column.dictionary.at(order[size_t(i)]);
            DistributionBin bin;
            bin.kind = DistributionBin::Kind::Value;
            bin.value = QString::fromUtf8(text.data(), qsizetype(text.size()));
            bin.label = bin.value.isEmpty() ? DistributionCalculator::tr("(empty)") : bin.value;
            binOfEntry[size_t(order[size_t(i)])] = int(bins.bins.size());
            bins.bins.append(bin);
        }
        if (entries > options.topValues) {
            DistributionBin other;
            other.kind = DistributionBin::Kind::Other;
            other.label = DistributionCalculator::tr("Other");
            std::replace(binOfEntry.begin(), binOfEntry.begin() + entries, -1, int(bins.bins.size()));
            bins.bins.append(other);
        }
        DistributionBin unknown;
        unknown.kind = DistributionBin::Kind::Unknown;
        unknown.label = DistributionCalculator::tr("Unknown");
        bins.bins.append(unknown);
        // Non-NULL rows into their value's bin (a code without one — NULL's own — counts as unknown), NULL rows
        // into the Unknown bin.
        std::vector<qint64> baseCounts(bins.bins.size(), 0);
        std::vector<qint64> segmentCounts(bins.bins.size(), 0);
        const auto unknownBin = size_t(bins.bins.size()) - 1;
        for (qint64 code = 0; code <= entries; ++code) {
            const int bin = binOfEntry[size_t(code)];
            const size_t to = bin < 0 ? unknownBin : size_t(bin);
            baseCounts[to] += base.known[size_t(code)];
            segmentCounts[to] += inSegment.known[size_t(code)];
        }
        baseCounts[unknownBin] += base.unknown;
        segmentCounts[unknownBin] += inSegment.unknown;
        results << DistributionBins::withCounts(bins, baseCounts, segmentCounts, rows, size);
    }
    return results;
}

} // namespace

QList<FieldInfo> DistributionCalculator::distributableFields(const QList<FieldInfo>& fields)
{
    QList<FieldInfo> result;
    for (const FieldInfo& field : fields) {
        if (field.table == QStringLiteral("customers") && !field.pii && field.role != FieldRole::CustomerKey)
            result.append(field);
    }
    return result;
}

double DistributionCalculator::niceStep(double raw)
{
    if (!(raw > 0.0) || !std::isfinite(raw))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    for (const double nice : {1.0, 2.0, 2.5, 5.0}) {
        if (fraction <= nice * (1.0 + 1e-12))
            return nice * power;
    }
    return 10.0 * power;
}

std::optional<FieldDistribution> DistributionCalculator::compute(const ColumnStore& store, const Bitset& segment,
                                                                 const QString& field, QString* error,
                                                                 const DistributionOptions& options)
{
    auto results = computeMany(store, {&segment}, field, error, options);
    if (!results)
        return std::nullopt;
    return std::move(results->front());
}

std::optional<QList<FieldDistribution>> DistributionCalculator::computeMany(const ColumnStore& store,
                                                                            const QList<const Bitset*>& segments,
                                                                            const QString& field, QString* error,
                                                                            const DistributionOptions& options)
{
    const Column* column = store.column(field);
    if (!column) {
        *error = tr("The workspace has no field \"%1\". Choose another field.").arg(field);
        return std::nullopt;
    }
    if (segments.isEmpty())
        return QList<FieldDistribution>();
    for (const Bitset* segment : segments) {
        if (segment->size() != store.rowCount()) {
            *error = tr("The segment's customers do not match the loaded data. Try again.");
            return std::nullopt;
        }
    }
    const FieldType type = column->field.type;
    const bool temporal = isTemporal(type);
    const bool text = type == FieldType::Text;
    const bool fits = temporal || text ? column->storage == Storage::Text
                                       : column->storage == Storage::Integer || column->storage == Storage::Real;
    if (!fits) {
        *error = tr("The field %1 holds values of different kinds, so its distribution cannot be drawn. Correct the "
                    "column in the source file and import it again.")
                     .arg(fieldMention(column->field));
        return std::nullopt;
    }
    FieldDistribution result;
    result.field = column->field;
    if (temporal)
        return DistributionBins::dates(std::move(result), *column, segments);
    if (text)
        return topValues(result, *column, segments, options);
    if (type == FieldType::Boolean)
        return yesNo(std::move(result), *column, segments);
    return histogram(std::move(result), *column, segments, options);
}

QList<DistributionDifference> DistributionCalculator::topDifferences(const ColumnStore& store, const Bitset& segment,
                                                                     int k, QStringList* skipped,
                                                                     const std::function<bool()>& cancel,
                                                                     const DistributionOptions& options)
{
    QList<QList<DistributionDifference>> all = topDifferencesMany(store, {&segment}, k, skipped, cancel, options);
    return all.isEmpty() ? QList<DistributionDifference>() : all.front();
}

QList<QList<DistributionDifference>> DistributionCalculator::topDifferencesMany(const ColumnStore& store,
                                                                                const QList<const Bitset*>& segments,
                                                                                int k, QStringList* skipped,
                                                                                const std::function<bool()>& cancel,
                                                                                const DistributionOptions& options)
{
    QList<QList<DistributionDifference>> all(segments.size());
    for (const FieldInfo& field : distributableFields(store.fields())) {
        if (cancel && cancel())
            return {};
        QString error;
        const auto distributions = computeMany(store, segments, field.name, &error, options);
        if (!distributions) {
            if (skipped)
                skipped->append(fieldMention(field));
            continue;
        }
        for (qsizetype s = 0; s < segments.size(); ++s) {
            const FieldDistribution& distribution = distributions->at(s);
            for (const DistributionBin& bin : distribution.bins)
                all[s].append({distribution.field, bin, (bin.segmentShare - bin.baseShare) * 100.0});
        }
    }
    for (QList<DistributionDifference>& differences : all) {
        std::stable_sort(differences.begin(), differences.end(),
                         [](const DistributionDifference& a, const DistributionDifference& b) {
                             return std::abs(a.points) > std::abs(b.points);
                         });
        if (differences.size() > k)
            differences.resize(std::max(0, k));
    }
    return all;
}

} // namespace swb
