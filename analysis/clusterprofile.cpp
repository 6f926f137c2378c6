#include "analysis/clusterprofile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swb {

ClusterProfiles ClusterProfiler::describe(const RowMatrix& original, const std::vector<int>& labels, int k,
                                          const QStringList& featureNames, double threshold, int maxTerms)
{
    ClusterProfiles out;
    const Eigen::Index n = original.rows();
    const Eigen::Index d = original.cols();
    for (Eigen::Index f = 0; f < d; ++f)
        out.features.append(f < featureNames.size() ? featureNames.at(int(f)) : tr("feature %1").arg(f + 1));
    if (labels.size() != size_t(n) || n == 0 || k < 1) {
        out.error = tr("The labels do not match the rows.");
        return out;
    }
    for (int label : labels) {
        if (label < 0 || label >= k) {
            out.error = tr("The label %1 is outside 0 to %2.").arg(label).arg(k - 1);
            return out;
        }
    }
    // Raw row-major passes (a million rows per clustering): per-cluster sums, then the squared deviations.
    RowMatrix sums = RowMatrix::Zero(k, d);
    std::vector<qint64> sizes(size_t(k), 0);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double* row = original.data() + i * d;
        double* sum = sums.data() + Eigen::Index(labels[size_t(i)]) * d;
        for (Eigen::Index f = 0; f < d; ++f)
            sum[f] += row[f];
        ++sizes[size_t(labels[size_t(i)])];
    }
    out.baseMean = sums.colwise().sum() / double(n);
    Eigen::RowVectorXd squares = Eigen::RowVectorXd::Zero(d);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double* row = original.data() + i * d;
        for (Eigen::Index f = 0; f < d; ++f)
            squares[f] += (row[f] - out.baseMean[f]) * (row[f] - out.baseMean[f]);
    }
    out.baseSd = (squares / double(n)).array().sqrt();
    for (int c = 0; c < k; ++c) {
        ClusterProfile profile;
        profile.cluster = c;
        profile.size = sizes[size_t(c)];
        profile.share = double(profile.size) / double(n);
        profile.mean = profile.size > 0 ? Eigen::RowVectorXd(sums.row(c) / double(profile.size))
                                        : Eigen::RowVectorXd::Constant(d, std::numeric_limits<double>::quiet_NaN());
        profile.zScore = Eigen::RowVectorXd::Zero(d);
        for (Eigen::Index f = 0; f < d; ++f) {
            if (out.baseSd[f] > 0 && profile.size > 0)
                profile.zScore[f] = (profile.mean[f] - out.baseMean[f]) / out.baseSd[f];
        }
        for (int f = 0; f < int(d); ++f) {
            if (std::abs(profile.zScore[f]) >= threshold)
                profile.distinctive.append(f);
        }
        std::stable_sort(profile.distinctive.begin(), profile.distinctive.end(),
                         [&](int a, int b) { return std::abs(profile.zScore[a]) > std::abs(profile.zScore[b]); });
        QStringList terms;
        for (int f : profile.distinctive) {
            if (terms.size() >= maxTerms)
                break;
            //: Short cluster description term, e.g. "high income"; %1 is a field name.
            terms.append(profile.zScore[f] > 0 ? tr("high %1").arg(out.features.at(f))
                                               //: Short cluster description term, e.g. "low recency".
                                               : tr("low %1").arg(out.features.at(f)));
        }
        if (profile.size == 0)
            profile.label = tr("empty");
        else if (terms.isEmpty())
            //: Label of a cluster whose means are all close to the whole base's.
            profile.label = tr("close to average");
        else {
            profile.label = terms.first();
            for (qsizetype i = 1; i < terms.size(); ++i)
                //: Joins terms of a cluster label: "high income, low recency".
                profile.label = tr("%1, %2").arg(profile.label, terms.at(i));
        }
        out.clusters.append(profile);
    }
    return out;
}

} // namespace swb
