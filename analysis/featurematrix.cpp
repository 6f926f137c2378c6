#include "analysis/featurematrix.h"

namespace swb {

FeatureMatrix::FeatureMatrix(RowMatrix values, QStringList columnNames, std::vector<qint64> rowIds)
    : values(std::move(values))
    , columnNames(std::move(columnNames))
    , rowIds(std::move(rowIds))
{ }

qint64 FeatureMatrix::rowLabel(int row) const
{
    return row >= 0 && size_t(row) < rowIds.size() ? rowIds[size_t(row)] : qint64(row) + 1;
}

QString FeatureMatrix::featureName(int feature) const
{
    if (feature >= 0 && feature < columnNames.size() && !columnNames.at(feature).isEmpty())
        return columnNames.at(feature);
    return tr("feature %1").arg(feature + 1);
}

QString FeatureMatrix::validate() const
{
    if (features() == 0)
        return tr("No features were chosen. Choose at least one numeric field.");
    if (!columnNames.isEmpty() && columnNames.size() != features())
        return tr("There are %1 feature names for %2 features.").arg(columnNames.size()).arg(features());
    if (!rowIds.empty() && rowIds.size() != size_t(rows()))
        return tr("There are %1 row ids for %2 rows.").arg(rowIds.size()).arg(rows());
    return {};
}

} // namespace swb
