#include "model/analytics/clusterfieldsurvey.h"

#include "model/database.h"
#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"

#include <cmath>

namespace swb {

namespace {

bool clusterable(const FieldInfo& field)
{
    return field.table == QLatin1String("customers") && (isNumeric(field.type) || isTemporal(field.type))
        && field.role != FieldRole::CustomerKey && !field.pii;
}

} // namespace

QString ClusterFieldSurvey::valueExpression(const FieldInfo& field, const QDate& asOf, SqlDialect dialect)
{
    const QString column = quoteIdentifier(field.name);
    if (dialect == SqlDialect::PostgreSQL) {
        // julianday's difference: whole days for a date, with the time's fraction for a date and time.
        return isTemporal(field.type)
            ? QStringLiteral("(extract(epoch FROM (TIMESTAMP '%1' - CAST(%2 AS timestamp))) / 86400.0)")
                  .arg(asOf.toString(Qt::ISODate), column)
            : QStringLiteral("CAST(%1 AS double precision)").arg(column);
    }
    if (isTemporal(field.type))
        return QStringLiteral("(%1 - julianday(%2))")
            .arg(QString::number(double(asOf.toJulianDay()) - 0.5, 'f', 1), column);
    return QStringLiteral("CAST(%1 AS REAL)").arg(column);
}

ClusterFeatureSurvey ClusterFieldSurvey::survey(Workspace& workspace)
{
    if (!workspace.hasCustomers())
        return {};
    Database& db = workspace.db();
    return survey(workspace.fields(), workspace.asOfDate(), SqlDialect::SQLite,
                  [&db](const QString& sql, QString* error) -> std::optional<QList<std::optional<double>>> {
                      Statement row = db.prepare(sql, error);
                      if (!row.isValid() || !row.next()) {
                          if (error->isEmpty())
                              *error = row.errorMessage();
                          return std::nullopt;
                      }
                      QList<std::optional<double>> values;
                      for (int c = 0; c < row.columnCount(); ++c)
                          values << (row.isNull(c) ? std::nullopt : std::optional<double>(row.toDouble(c)));
                      return values;
                  });
}

ClusterFeatureSurvey ClusterFieldSurvey::survey(const QList<FieldInfo>& catalog, const QDate& asOf, SqlDialect dialect,
                                                const RowReader& read)
{
    ClusterFeatureSurvey survey;
    QStringList values;
    for (const FieldInfo& field : catalog) {
        if (!clusterable(field))
            continue;
        survey.fields << ClusterFeatureInfo{field.name, fieldLabel(field), field.type};
        values << valueExpression(field, asOf, dialect);
    }
    if (values.isEmpty())
        return survey;
    // First pass: count, values present, mean and minimum; second pass: the centred moments (no cancellation).
    QStringList first{QStringLiteral("COUNT(*)")};
    for (const QString& value : values)
        first << QStringLiteral("COUNT(%1), AVG(%1), MIN(%1)").arg(value);
    const auto counts
        = read(QStringLiteral("SELECT %1 FROM customers").arg(first.join(QStringLiteral(", "))), &survey.error);
    if (!counts)
        return survey;
    survey.customers = qint64(counts->at(0).value_or(0));
    QList<double> means, minima;
    QStringList second;
    for (qsizetype i = 0; i < values.size(); ++i) {
        survey.fields[i].missing = survey.customers - qint64(counts->at(1 + 3 * i).value_or(0));
        means << counts->at(2 + 3 * i).value_or(0.0);
        minima << counts->at(3 + 3 * i).value_or(0.0);
        const QString centred = QStringLiteral("(%1 - %2)").arg(values.at(i), QString::number(means.at(i), 'g', 17));
        second << QStringLiteral("AVG(%1 * %1), AVG(%1 * %1 * %1)").arg(centred);
    }
    const auto moments
        = read(QStringLiteral("SELECT %1 FROM customers").arg(second.join(QStringLiteral(", "))), &survey.error);
    if (!moments)
        return survey;
    for (qsizetype i = 0; i < values.size(); ++i) {
        ClusterFeatureInfo& info = survey.fields[i];
        const double m2 = moments->at(2 * i).value_or(0.0);
        const double m3 = moments->at(2 * i + 1).value_or(0.0);
        info.skewness = m2 > 0 ? m3 / std::pow(m2, 1.5) : 0.0;
        info.suggestLog = info.type != FieldType::Boolean && info.skewness > skewnessForLog && minima.at(i) >= 0;
    }
    return survey;
}

ClusterFeatureSurvey ClusterFieldSurvey::survey(const QString& path)
{
    if (PgWorkspace::isUri(path))
        return PgTasks::clusterSurvey(path);
    ClusterFeatureSurvey failed;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &failed.error);
    return workspace ? ClusterFieldSurvey::survey(*workspace) : failed;
}

} // namespace swb
