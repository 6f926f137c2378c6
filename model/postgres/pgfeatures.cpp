#include "model/postgres/pgfeatures.h"

#include "model/analytics/clusteranalysis.h"
#include "model/analytics/clusterfieldsurvey.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/filtercompiler.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspace.h"

#include <limits>
#include <vector>

namespace swb {

namespace {

constexpr int s_batch = 10000;

// The SELECT list: what k-means sees of each field (ClusterFieldSurvey::valueExpression).
std::optional<QStringList> expressions(PgWorkspace& workspace, const QStringList& features, const QDate& asOf,
                                       QString* error)
{
    if (features.isEmpty()) {
        *error = ClusterAnalysis::tr("Choose at least one numeric field to cluster on.");
        return std::nullopt;
    }
    const QList<FieldInfo> catalog = workspace.fields();
    QStringList selected;
    for (const QString& name : features) {
        const auto field = FieldCatalog::findByName(catalog, name);
        if (!field) {
            *error = ClusterAnalysis::tr("The customer table has no field \"%1\".").arg(name);
            return std::nullopt;
        }
        if (!isTemporal(field->type) && !isNumeric(field->type)) {
            *error = ClusterAnalysis::tr("\"%1\" is a text field; clustering needs numbers or dates.").arg(name);
            return std::nullopt;
        }
        selected << ClusterFieldSurvey::valueExpression(*field, asOf, SqlDialect::PostgreSQL);
    }
    return selected;
}

} // namespace

std::optional<FeatureMatrix> PgFeatures::load(PgWorkspace& workspace, const QStringList& features,
                                              const ResolvedGroup* selection, const QDate& asOfDate, QString* error,
                                              const CancelCheck& cancel)
{
    const auto selected = expressions(workspace, features, asOfDate, error);
    if (!selected)
        return std::nullopt;
    const QString key = workspace.customerKeyExpression();
    const CompiledFilter filter = selection ? FilterCompiler::compile(*selection, key, SqlDialect::PostgreSQL)
                                            : CompiledFilter{QStringLiteral("TRUE"), {}};
    PgConnection& pg = workspace.connection();
    if (!pg.exec(QStringLiteral("BEGIN READ ONLY"), error))
        return std::nullopt;
    std::vector<double> values;
    auto read = [&]() -> bool {
        if (!pg.query(QStringLiteral("DECLARE swb_features NO SCROLL CURSOR FOR SELECT ") + selected->join(u", ")
                          + QStringLiteral(" FROM customers WHERE ") + filter.where + QStringLiteral(" ORDER BY ")
                          + key,
                      filter.bindings, error))
            return false;
        const int columns = int(features.size());
        for (;;) {
            if (cancel && cancel()) {
                *error = ClusterAnalysis::tr("The clustering was cancelled.");
                return false;
            }
            const auto batch = pg.query(QStringLiteral("FETCH %1 FROM swb_features").arg(s_batch), {}, error);
            if (!batch)
                return false;
            for (int row = 0; row < batch->rowCount(); ++row) {
                for (int c = 0; c < columns; ++c)
                    values.push_back(batch->isNull(row, c) ? std::numeric_limits<double>::quiet_NaN()
                                                           : batch->toDouble(row, c));
            }
            if (batch->rowCount() < s_batch)
                return true;
        }
    };
    const bool ok = read();
    QString ignored;
    pg.exec(QStringLiteral("COMMIT"), &ignored);
    if (!ok)
        return std::nullopt;
    const Eigen::Index columns = Eigen::Index(features.size());
    RowMatrix matrix = Eigen::Map<RowMatrix>(values.data(), Eigen::Index(values.size()) / columns, columns);
    return FeatureMatrix(std::move(matrix), features);
}

} // namespace swb
