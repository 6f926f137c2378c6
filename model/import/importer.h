// Imports a customers or orders CSV file into a workspace in one transaction, and previews a file for the wizard.
#pragma once

#include "model/import/importtypes.h"

#include <QCoreApplication>
#include <QString>

namespace swb {

class RowSink;

// How a file's types are decided (the trade-off behind `run`): the columns are typed from a sample (the first
// megabyte) and the insert starts at once; the parser classifies every cell of the whole file as it goes. When a
// later cell does not fit (text in an integer column at row 50,000, a month-first date after day-first ones, …), or
// when the whole file's types differ from the sample's at the end, the transaction is rolled back and the file is
// imported again with the whole file's types. So no value is ever dropped or altered by a guess from a sample.
//
// Decisions (documented for users in the import help):
// - any first part > 12 makes a date column day-first, any second part > 12 month-first. A column whose dates read
//   both ways (03/04/2020) follows the file's other date columns when they are all of one order (a US export has
//   some day > 12 somewhere), else a ColumnOverride's monthFirst, else day-first (most of the world).
// - a number like 1.234 that reads both ways is 1234 when the file has a column that can only be read with a
//   decimal comma (and none that can only be read with a decimal point), else 1.234.
// - in upsert mode an empty cell leaves the stored value as it was.
// - in auto encoding a file that is not valid UTF-8 is read as Windows-1252, unless it holds more valid UTF-8
//   multi-byte sequences than invalid bytes (a damaged UTF-8 file: each bad byte → U+FFFD and an issue).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(swb::Importer)

public:
    // Runs in the calling thread on its own connection(s) to the workspace file (which Workspace::open has
    // validated/migrated before). One transaction: cancel or failure leaves the workspace exactly as before.
    static ImportReport run(const QString& workspacePath, const ImportOptions& options, const ImportCancel& cancel = {},
                            const ImportProgress& progress = {});
    // The same, but the rows go to `sink` (replace mode only): the workspace gets the empty table, its field
    // catalog, the import log and the issues, with the customer keys checked as into the table.
    static ImportReport run(const QString& workspacePath, const ImportOptions& options, RowSink& sink,
                            const ImportCancel& cancel = {}, const ImportProgress& progress = {});
    // Detection only, for the import wizard's preview: dialect, header, inferred columns (types, roles, names),
    // first `maxRows` rows. Reads a bounded prefix of the file (and at most as many fields as a workspace can take);
    // `cancel` is polled between its steps.
    static ImportPreview preview(const ImportOptions& options, int maxRows = 100, const ImportCancel& cancel = {});

private:
    static ImportReport runWith(const QString& workspacePath, const ImportOptions& options, RowSink* sink,
                                const ImportCancel& cancel, const ImportProgress& progress);
};

} // namespace swb
