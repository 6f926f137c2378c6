// The features of a clustering on a PostgreSQL workspace, read through a server-side cursor 10,000 rows at a time
// (never the table at once; only the chosen columns of the selected customers come over), in the customer key's
// order: numbers as they are, dates as days before the as-of date, as ClusterFeatures gives them from SQLite.
#pragma once

#include "analysis/featurematrix.h"
#include "analysis/jobcallbacks.h"
#include "model/filter/resolvedfilter.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace swb {

class PgWorkspace;

class PgFeatures
{
public:
    // `selection`: the customers to read (none: everyone). Row ids are 1, 2, … in key order.
    static std::optional<FeatureMatrix> load(PgWorkspace& workspace, const QStringList& features,
                                             const ResolvedGroup* selection, const QDate& asOfDate, QString* error,
                                             const CancelCheck& cancel = {});
};

} // namespace swb
