// Writes the selected customers to CSV, TSV, XLSX or JSON with the chosen columns and PII policy.
#pragma once

#include "model/export/exporttypes.h"
#include "model/selection/selection.h"

#include <QCoreApplication>

namespace swb {

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(swb::Exporter)

public:
    // Runs in the calling thread on its own read-only connection. The output appears under its final name only
    // when complete: a failed or cancelled export leaves no partial file and an older file untouched.
    static ExportReport run(const QString& workspacePath, const Selection& selection, const ExportOptions& options,
                            const ExportCancel& cancel = {}, const ExportProgress& progress = {});
};

} // namespace swb
