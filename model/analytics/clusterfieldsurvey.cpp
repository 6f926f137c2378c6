#include "model/analytics/clusterfieldsurvey.h"

#include "model/database.h"
#include "model/workspace.h"

#include <cmath>

namespace swb {

namespace {

bool clusterable(const FieldInfo& field)
{
    return field.table == QLatin1String("customers") && (isNumeric(field.type) || isTemporal(field.type))
        && field.role != FieldRole::CustomerKey && !field.pii;
}

// The value k-means sees: the number, or for a date the days before the as-of date (as ClusterAnalysis reads it).
QString valueExpression(const FieldInfo& field, double asOf)
{
    if (isTemporal(field.type))
        return QStringLiteral("(%1 - julianday(%2))").arg(QString::number(asOf, 'f', 1), quoteIdentifier(field.name));
    return QStringLiteral("CAST(%1 AS REAL)").arg(quoteIdentifier(field.name));
}

} // namespace

ClusterFeatureSurvey ClusterFieldSurvey::survey(Workspace& workspace)
{
    ClusterFeatureSurvey survey;
    if (!workspace.hasCustomers())
        return survey;
    const double asOf = double(workspace.asOfDate().toJulianDay()) - 0.5;
    QStringList values;
    for (const FieldInfo& field : workspace.fields()) {
        if (!clusterable(field))
            continue;
        survey.fields << ClusterFeatureInfo{field.name, fieldLabel(field), field.type};
        values << valueExpression(field, asOf);
    }
    if (values.isEmpty())
        return survey;
    // First pass: count, values present, mean and minimum; second pass: the centred moments (no cancellation).
    QStringList first{QStringLiteral("COUNT(*)")};
    for (const QString& value : values)
        first << QStringLiteral("COUNT(%1), AVG(%1), MIN(%1)").arg(value);
    Database& db = workspace.db();
    Statement counts
        = db.prepare(QStringLiteral("SELECT %1 FROM customers").arg(first.join(QStringLiteral(", "))), &survey.error);
    if (!counts.isValid() || !counts.next()) {
        if (survey.error.isEmpty())
            survey.error = counts.errorMessage();
        return survey;
    }
    survey.customers = counts.toInt64(0);
    QList<double> means, minima;
    QStringList second;
    for (qsizetype i = 0; i < values.size(); ++i) {
        survey.fields[i].missing = survey.customers - counts.toInt64(int(1 + 3 * i));
        means << (counts.isNull(int(2 + 3 * i)) ? 0.0 : counts.toDouble(int(2 + 3 * i)));
        minima << (counts.isNull(int(3 + 3 * i)) ? 0.0 : counts.toDouble(int(3 + 3 * i)));
        const QString centred = QStringLiteral("(%1 - %2)").arg(values.at(i), QString::number(means.at(i), 'g', 17));
        second << QStringLiteral("AVG(%1 * %1), AVG(%1 * %1 * %1)").arg(centred);
    }
    Statement moments
        = db.prepare(QStringLiteral("SELECT %1 FROM customers").arg(second.join(QStringLiteral(", "))), &survey.error);
    if (!moments.isValid() || !moments.next()) {
        if (survey.error.isEmpty())
            survey.error = moments.errorMessage();
        return survey;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        ClusterFeatureInfo& info = survey.fields[i];
        const double m2 = moments.toDouble(int(2 * i));
        const double m3 = moments.toDouble(int(2 * i + 1));
        info.skewness = m2 > 0 ? m3 / std::pow(m2, 1.5) : 0.0;
        info.suggestLog = info.type != FieldType::Boolean && info.skewness > skewnessForLog && minima.at(i) >= 0;
    }
    return survey;
}

ClusterFeatureSurvey ClusterFieldSurvey::survey(const QString& path)
{
    ClusterFeatureSurvey failed;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &failed.error);
    return workspace ? ClusterFieldSurvey::survey(*workspace) : failed;
}

} // namespace swb
