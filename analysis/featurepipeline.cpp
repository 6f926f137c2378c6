#include "analysis/featurepipeline.h"

#include <algorithm>
#include <cmath>

namespace swb {

RowMatrix PreparedFeatures::toOriginalUnits(const RowMatrix& scaledPoints) const
{
    RowMatrix out = scaler.inverseTransform(scaledPoints);
    for (int f = 0; f < int(out.cols()) && f < logTransformed.size(); ++f) {
        if (logTransformed.at(f))
            out.col(f) = out.col(f).array().unaryExpr([](double v) { return std::expm1(v); });
    }
    return out;
}

PreparedFeatures FeaturePipeline::prepare(const FeatureMatrix& input, const FeaturePipelineOptions& options)
{
    PreparedFeatures out;
    out.columnNames = input.columnNames;
    if (QString problem = input.validate(); !problem.isEmpty()) {
        out.error = problem;
        return out;
    }
    const int features = input.features();
    for (const QString& name : options.logFeatures) {
        if (!input.columnNames.contains(name)) {
            out.error = tr("The feature \"%1\" to log-transform is not among the chosen features.").arg(name);
            return out;
        }
    }
    for (int f = 0; f < features; ++f)
        out.logTransformed.append(options.logFeatures.contains(input.featureName(f)));

    // Raw row-major passes: this runs on every clustered row before each clustering.
    const size_t d = size_t(features);
    const double* in = input.values.data();
    std::vector<int> kept;
    kept.reserve(size_t(input.rows()));
    for (int r = 0; r < input.rows(); ++r) {
        const double* row = in + size_t(r) * d;
        bool missing = false;
        for (size_t f = 0; f < d; ++f)
            missing = missing || std::isnan(row[f]);
        if (missing)
            ++out.droppedRows;
        else
            kept.push_back(r);
    }
    if (kept.empty()) {
        out.error = input.rows() == 0 ? tr("There are no rows to analyse.")
                                      : tr("Every one of the %n row(s) has a missing value in a chosen feature, "
                                           "so none is left to analyse. Choose fields that are filled in.",
                                           nullptr, input.rows());
        return out;
    }

    out.original.resize(Eigen::Index(kept.size()), features);
    out.rowIds.resize(kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        std::copy(in + size_t(kept[i]) * d, in + size_t(kept[i] + 1) * d, out.original.data() + i * d);
        out.rowIds[i] = input.rowLabel(kept[i]);
    }
    const double* values = out.original.data();
    for (size_t i = 0; i < size_t(out.original.size()); ++i) {
        if (!std::isfinite(values[i])) {
            out.error = tr("The feature \"%1\" is infinite in row %2. Fix or exclude that value.")
                            .arg(input.featureName(int(i % d)), QString::number(out.rowIds[i / d]));
            return out;
        }
    }

    const bool anyLog = out.logTransformed.contains(true);
    RowMatrix transformed;
    if (anyLog)
        transformed = out.original;
    for (int f = 0; f < features && anyLog; ++f) {
        if (!out.logTransformed.at(f))
            continue;
        for (Eigen::Index r = 0; r < transformed.rows(); ++r) {
            const double v = transformed(r, f);
            if (v <= -1.0) {
                out.error = tr("Cannot apply log1p to the feature \"%1\": row %2 has the value %3 (log1p needs "
                               "values greater than -1). Turn off the log transform for this feature.")
                                .arg(input.featureName(f), QString::number(out.rowIds[size_t(r)]), QString::number(v));
                return out;
            }
            transformed(r, f) = std::log1p(v);
        }
    }
    const RowMatrix& toScale = anyLog ? transformed : out.original;
    out.scaler = Scaler::fit(toScale, options.scaling);
    out.scaled = out.scaler.transform(toScale);
    return out;
}

} // namespace swb
