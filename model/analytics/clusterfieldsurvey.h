// The fields a user can cluster on (numbers, dates, yes/no), each with how many customers lack a value and whether its
// values are skewed enough that a log transform is worth suggesting (revenue, order counts).
#pragma once

#include "model/field.h"
#include "model/sqldialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace swb {

class Workspace;

struct ClusterFeatureInfo
{
    QString name; // column of `customers`
    QString label; // what the user sees
    FieldType type = FieldType::Real;
    qint64 missing = 0; // customers without a value (left out when the field is clustered on)
    double skewness = 0; // sample skewness (Fisher–Pearson); 0 when undefined
    bool suggestLog = false; // skewness > 1 and no negative value: log1p spreads the crowded low end
};

struct ClusterFeatureSurvey
{
    QList<ClusterFeatureInfo> fields;
    qint64 customers = 0;
    QString error;
};

class ClusterFieldSurvey
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClusterFieldSurvey)

public:
    // Numeric, date and yes/no fields of the customers, not the key nor personal data, in catalog order.
    static ClusterFeatureSurvey survey(Workspace& workspace);
    // On a workspace file, or (a postgresql:// URI) on a server.
    static ClusterFeatureSurvey survey(const QString& path);
    // One row of numbers (NULL: none) for `sql`, a SELECT over `customers`; nothing, with `error`, when it fails.
    using RowReader = std::function<std::optional<QList<std::optional<double>>>(const QString& sql, QString* error)>;
    // The survey of `catalog`'s clusterable fields in `dialect`, its two statements run by `read`.
    static ClusterFeatureSurvey survey(const QList<FieldInfo>& catalog, const QDate& asOf, SqlDialect dialect,
                                       const RowReader& read);
    // What k-means sees of a field: the number, or for a date the days before the as-of date's midnight, as
    // SQLite's julianday() difference gives them.
    static QString valueExpression(const FieldInfo& field, const QDate& asOf, SqlDialect dialect);
    static constexpr double skewnessForLog = 1.0;
};

} // namespace swb
