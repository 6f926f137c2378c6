// The fields a user can cluster on (numbers, dates, yes/no), each with how many customers lack a value and whether its
// values are skewed enough that a log transform is worth suggesting (revenue, order counts).
#pragma once

#include "model/field.h"

#include <QCoreApplication>
#include <QList>

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
    static ClusterFeatureSurvey survey(const QString& path);
    static constexpr double skewnessForLog = 1.0;
};

} // namespace swb
