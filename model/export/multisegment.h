// Several saved segments in one export: their union with a `segments` column (names joined by ';') or one 0/1
// column per segment, or an XLSX workbook with one sheet per segment and a summary sheet.
#pragma once

#include "model/export/exportplan.h"
#include "model/export/exporttypes.h"

#include <QCoreApplication>

namespace swb {

class ExportTarget;
class Workspace;

class MultiSegmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(swb::MultiSegmentExporter)

public:
    // Writes options.segments as options.multi says. Fills report->columns, rows (customers written: rows of every
    // sheet for Sheets) and segmentRows; `error` says what failed.
    static WriteOutcome run(Workspace& workspace, const ExportOptions& options, const ExportTarget& target,
                            const ExportCancel& cancel, const ExportProgress& progress, ExportReport* report,
                            QString* error);

    // Refuses what cannot be written (no or repeated segment names, a preset, sheets other than XLSX); "" when fine.
    static QString checkOptions(const ExportOptions& options);

    // The value of the `segments` column: the names of the segments the customer is in, joined by ';'.
    static QString segmentsCell(const QStringList& names);
};

} // namespace swb
