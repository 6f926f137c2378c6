// Writes the selected customers in a destination preset's layout (or as a suppression list): the contact columns
// found by role, normalised row by row; customers without a usable identifier are counted and left out.
#pragma once

#include "model/export/exporttypes.h"

#include <QCoreApplication>

namespace swb {

class Database;
class ExportTarget;
struct SqlCondition;

class PresetExporter
{
    Q_DECLARE_TR_FUNCTIONS(swb::PresetExporter)

public:
    enum class Outcome { Done, Failed, Canceled };

    // Fills report->columns, rows, leftOut and leftOutReasons; `error` says what failed.
    static Outcome run(Database& db, const QString& workspacePath, const SqlCondition& condition, qint64 total,
                       const ExportOptions& options, const ExportTarget& target, const ExportCancel& cancel,
                       const ExportProgress& progress, ExportReport* report, QString* error);

    // Refuses what a preset cannot write (a PII policy it does not allow, a suppression list as XLSX, an unknown
    // default country); "" when the options are fine.
    static QString checkOptions(const ExportOptions& options);
};

} // namespace swb
