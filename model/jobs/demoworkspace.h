// Creates the demo workspace: the demo generator's CSV files run through the real importer (the `swb demo` recipe).
#pragma once

#include "model/demo/demogenerator.h"
#include "model/import/importtypes.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace swb {

struct DemoWorkspaceResult
{
    bool ok = false;
    bool canceled = false;
    QString error;
    DemoFiles files;
    ImportReport customersImport; // rows imported: customersImport.rowsImported
    ImportReport ordersImport;
    QStringList segments; // the example segments saved
};

class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(swb::DemoWorkspace)

public:
    // Writes the CSV files into `csvDirectory` (a temporary folder when empty), imports customers, then orders
    // (replace mode), into `workspacePath` (created when missing) and saves the example segments. `progress` gets
    // per mille of the whole job. A workspace file that did not exist before is removed again on failure or cancel.
    static DemoWorkspaceResult create(const QString& workspacePath, const DemoOptions& options,
                                      const std::function<bool()>& cancel = {},
                                      const std::function<void(int perMille)>& progress = {},
                                      const QString& csvDirectory = {});
};

} // namespace swb
