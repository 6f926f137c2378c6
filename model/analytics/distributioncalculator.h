// How one field's values are spread in a segment and in the whole base, as shares so that the two compare: a
// histogram with round bin edges for numbers, calendar months/quarters/years for dates, the top values plus "other"
// for text, yes/no for booleans, and unknown (NULL) as a bin of its own. Computed on a loaded ColumnStore.
#pragma once

#include "model/field.h"
#include "model/filter/bitset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace swb {

class ColumnStore;

struct DistributionBin
{
    enum class Kind {
        Range, // numbers or dates in [lower, upper); an open end is an invalid QVariant
        Value, // one text value (`value`), or a boolean's yes (1) / no (0)
        Other, // text values outside the top ones; dates that are not dates
        Unknown, // NULL
    };

    Kind kind = Kind::Range;
    QString label; // for the chart, in the interface locale
    QVariant lower; // Range: inclusive (double for numbers, "YYYY-MM-DD" for dates); invalid: no lower end
    QVariant upper; // Range: exclusive; invalid: no upper end
    QString value; // Value: the text, or "1"/"0" for a boolean
    qint64 segmentCount = 0;
    qint64 baseCount = 0;
    double segmentShare = 0.0; // segmentCount / segment size (0 for an empty segment)
    double baseShare = 0.0; // baseCount / base size
};

struct FieldDistribution
{
    enum class Kind { Histogram, Dates, TopValues, YesNo };
    enum class DateStep { None, Month, Quarter, Year };

    FieldInfo field;
    Kind kind = Kind::Histogram;
    DateStep dateStep = DateStep::None;
    int yearsPerBin = 1; // DateStep::Year
    double binWidth = 0.0; // Histogram
    qint64 segmentSize = 0;
    qint64 baseSize = 0;
    QList<DistributionBin> bins; // in display order; Unknown last, present only when a row is NULL
};

// One bin where the segment differs from the base: its share minus the base's, in percentage points.
struct DistributionDifference
{
    FieldInfo field;
    DistributionBin bin;
    double points = 0.0; // (segmentShare − baseShare) × 100
};

struct DistributionOptions
{
    int topValues = 10; // text: this many values, then "other"
    int targetBins = 10; // numbers: about this many bins between the 1st and 99th percentile
    int maxSingleValues = 20; // integers spanning at most this many values get one bin each
};

class DistributionCalculator
{
    Q_DECLARE_TR_FUNCTIONS(swb::DistributionCalculator)

public:
    // The fields worth a distribution: customer fields that are neither the customer key nor personal data.
    static QList<FieldInfo> distributableFields(const QList<FieldInfo>& fields);

    // `segment` holds the segment's rows (indices into `store`); the base is every row of `store`. Nothing, with
    // `error` saying why, when the field is unknown or its values are of mixed types.
    static std::optional<FieldDistribution> compute(const ColumnStore& store, const Bitset& segment,
                                                    const QString& field, QString* error,
                                                    const DistributionOptions& options = {});

    // The same for several segments against the same base, in their order: the bins and each row's bin found once.
    static std::optional<QList<FieldDistribution>> computeMany(const ColumnStore& store,
                                                               const QList<const Bitset*>& segments,
                                                               const QString& field, QString* error,
                                                               const DistributionOptions& options = {});

    // The `k` bins, over every distributable field, where the segment's share differs most from the base's
    // (largest absolute difference first). Fields that cannot be computed are named in `skipped`.
    static QList<DistributionDifference> topDifferences(const ColumnStore& store, const Bitset& segment, int k,
                                                        QStringList* skipped = nullptr,
                                                        const std::function<bool()>& cancel = {},
                                                        const DistributionOptions& options = {});
    // The same for several segments, one list each in their order (nothing when cancelled).
    static QList<QList<DistributionDifference>> topDifferencesMany(const ColumnStore& store,
                                                                   const QList<const Bitset*>& segments, int k,
                                                                   QStringList* skipped = nullptr,
                                                                   const std::function<bool()>& cancel = {},
                                                                   const DistributionOptions& options = {});

    // A round step of at least `raw`: 1, 2, 2.5 or 5 times a power of ten.
    static double niceStep(double raw);
};

} // namespace swb
