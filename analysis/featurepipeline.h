// Turns chosen features into the matrix k-means runs on: drop incomplete rows, optional log1p, scaling.
#pragma once

#include "analysis/featurematrix.h"
#include "analysis/scaling.h"

#include <QCoreApplication>
#include <QList>

namespace swb {

struct FeaturePipelineOptions
{
    ScalingMethod scaling = ScalingMethod::ZScore;
    QStringList logFeatures; // names of the features to transform with log1p before scaling
};

// The rows that survived, in original units and in the scaled space, and what it takes to map back.
struct PreparedFeatures
{
    RowMatrix original; // kept rows, original units (for profiles)
    RowMatrix scaled; // kept rows after log1p and scaling (what k-means sees)
    QStringList columnNames;
    std::vector<qint64> rowIds; // of the kept rows; their 1-based row numbers when the input had no ids
    qint64 droppedRows = 0; // rows left out because a value was missing (NaN)
    QList<bool> logTransformed; // per feature
    Scaler scaler; // fitted on the kept rows after log1p
    QString error; // non-empty: nothing else is valid

    bool ok() const { return error.isEmpty(); }
    // Maps points of the scaled space (e.g. k-means centres) back to original units: undoes the scaling,
    // then expm1 for log-transformed features (so such a centre is a geometric-type mean, not the mean).
    RowMatrix toOriginalUnits(const RowMatrix& scaledPoints) const;
};

class FeaturePipeline
{
    Q_DECLARE_TR_FUNCTIONS(swb::FeaturePipeline)

public:
    static PreparedFeatures prepare(const FeatureMatrix& input, const FeaturePipelineOptions& options);
};

} // namespace swb
