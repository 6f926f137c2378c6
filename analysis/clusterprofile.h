// Describes clusters in original units: size, means, z-scores against the whole base, and a short label.
#pragma once

#include "analysis/featurematrix.h"

#include <QCoreApplication>
#include <QList>

namespace swb {

struct ClusterProfile
{
    int cluster = 0;
    qint64 size = 0;
    double share = 0; // of all rows, 0..1
    Eigen::RowVectorXd mean; // per feature, original units
    Eigen::RowVectorXd zScore; // (cluster mean - base mean) / base population sd; 0 for a constant feature
    QList<int> distinctive; // features by decreasing |z|, only those with |z| >= the threshold
    QString label; // e.g. "high income, low recency" (translated)
};

struct ClusterProfiles
{
    QStringList features;
    Eigen::RowVectorXd baseMean;
    Eigen::RowVectorXd baseSd; // population standard deviation
    QList<ClusterProfile> clusters; // one per label 0 .. k-1 (an empty cluster has size 0, NaN means)
    QString error;

    bool ok() const { return error.isEmpty(); }
};

class ClusterProfiler
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClusterProfiler)

public:
    // `original`: the clustered rows in original units (PreparedFeatures::original); labels 0 .. k-1 per row.
    // A feature is "distinctive" for a cluster when |z| >= threshold; the label names up to maxTerms of them,
    // most distinctive first ("high x" / "low x"), or says the cluster is close to average.
    static ClusterProfiles describe(const RowMatrix& original, const std::vector<int>& labels, int k,
                                    const QStringList& featureNames, double threshold = 0.5, int maxTerms = 2);
};

} // namespace swb
