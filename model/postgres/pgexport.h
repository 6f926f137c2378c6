// The plain export (CSV, TSV, XLSX or JSON; chosen columns; the PII policy) of a PostgreSQL workspace: the same
// column plan and writers as a workspace file's export (exportplan.h), the rows read through a server-side cursor
// 10,000 at a time in one read-only transaction, so that no more than a batch is held in memory. Rows come in the
// customer key's order (a file's export follows its rowids). Presets, suppression lists and several segments at
// once work on workspace files so far.
#pragma once

#include "model/export/exporttypes.h"
#include "model/filter/resolvedfilter.h"

#include <QCoreApplication>
#include <QString>

namespace swb {

class PgWorkspace;

class PgExport
{
    Q_DECLARE_TR_FUNCTIONS(swb::PgExport)

public:
    // `definition`: the selection, resolved against the server's workspace (a saved segment: its reference).
    static ExportReport run(PgWorkspace& workspace, const QString& uri, const ResolvedGroup& definition,
                            const ExportOptions& options, const ExportCancel& cancel = {});
};

} // namespace swb
