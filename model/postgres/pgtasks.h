// The window's workspace jobs (WorkspaceTasks, SegmentTasks, Exporter) for a workspace on a PostgreSQL server: they
// call these when their path is a postgresql:// URI. Each opens its own connection, as the file jobs do.
#pragma once

#include "analysis/jobcallbacks.h"
#include "model/analytics/clusteranalysis.h"
#include "model/analytics/clusterfieldsurvey.h"
#include "model/analytics/overlapservice.h"
#include "model/browse/customerquery.h"
#include "model/browse/namedselection.h"
#include "model/export/exporttypes.h"
#include "model/jobs/segmenttasks.h"
#include "model/jobs/workspacetasks.h"
#include "model/selection/selection.h"

#include <QCoreApplication>

namespace swb {

class PgTasks
{
    Q_DECLARE_TR_FUNCTIONS(swb::PgTasks)

public:
    // Connects and checks that the database holds a workspace; empty when it does, else what is wrong.
    static QString check(const QString& uri);
    static WorkspaceSummary load(const QString& uri);
    // Every change of SegmentTasks: save, rename, duplicate, delete, a new definition and a snapshot.
    static SegmentChange write(const QString& uri, SegmentChange change);
    static SegmentListing list(const QString& uri);
    static SnapshotHistories histories(const QString& uri, const QStringList& names);
    static SegmentSizes sizes(const QString& uri, const QStringList& names, const CancelCheck& cancel);
    // The plain export of everyone, a definition or a saved segment (PgExport); other selections, presets and
    // several segments say that they work on workspace files so far.
    static ExportReport exportSelection(const QString& uri, const Selection& selection, const ExportOptions& options,
                                        const ExportCancel& cancel);
    // Customers of everyone, a definition or a saved segment.
    static CustomerCount count(const QString& uri, const Selection& selection);
    // The saved segments as selections (`only`: that one alone).
    static SegmentSelections segmentSelections(const QString& uri, const QString& only = {});
    // |A ∩ B| of the saved segments `names`, every pair in one statement; `cancel` stops it on the server.
    static OverlapOutcome overlap(const QString& uri, const QStringList& names, const CancelCheck& cancel);
    // k-means (or the sweep) on the features read through a cursor (PgFeatures); no explanations as rules, and saving
    // the clusters as segments says that it works on workspace files so far.
    static ClusterOutcome cluster(const QString& uri, const ClusterRequest& request, const CancelCheck& cancel,
                                  const ProgressCallback& progress);
    // The fields the Clusters page offers, with their missing values and skewness, computed on the server.
    static ClusterFeatureSurvey clusterSurvey(const QString& uri);
    // What a feature that works on workspace files only says on a server.
    static QString notOnServer(const QString& feature);

private:
    // The definition a selection stands for on a server; none (with why) for picked rows and combinations.
    static std::optional<QByteArray> definitionOf(const Selection& selection, QString* error);
};

} // namespace swb
