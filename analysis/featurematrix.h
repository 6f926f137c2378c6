// Numeric features of customers as the clustering pipeline takes them: rows x features, NaN = missing.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <Eigen/Core>

#include <vector>

namespace swb {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct FeatureMatrix
{
    Q_DECLARE_TR_FUNCTIONS(swb::FeatureMatrix)

public:
    RowMatrix values; // rows x features; NaN marks a missing value (SQL NULL)
    QStringList columnNames; // one per feature, used in messages and labels
    std::vector<qint64> rowIds; // one per row (e.g. the customers rowid); empty = rows numbered from 1

    FeatureMatrix() = default;
    FeatureMatrix(RowMatrix values, QStringList columnNames, std::vector<qint64> rowIds = {});

    int rows() const { return int(values.rows()); }
    int features() const { return int(values.cols()); }
    // The id to show for row `row`: its row id, or its 1-based number when there are none.
    qint64 rowLabel(int row) const;
    QString featureName(int feature) const;
    // An empty string when names and ids fit the values, else what is wrong.
    QString validate() const;
};

} // namespace swb
