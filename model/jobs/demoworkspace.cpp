#include "model/jobs/demoworkspace.h"

#include "model/demo/demosegments.h"
#include "model/import/importer.h"
#include "model/workspace.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace swb {

namespace {

// Shares of the whole job: writing the files, importing customers, importing orders.
constexpr int s_writeShare = 150;
constexpr int s_customersShare = 350;

} // namespace

DemoWorkspaceResult DemoWorkspace::create(const QString& workspacePath, const DemoOptions& options,
                                          const std::function<bool()>& cancel,
                                          const std::function<void(int perMille)>& progress,
                                          const QString& csvDirectory)
{
    DemoWorkspaceResult result;
    const bool existed = QFileInfo::exists(workspacePath);
    auto report = [&](int perMille) {
        if (progress)
            progress(qBound(0, perMille, 1000));
    };
    auto isCanceled = [&] {
        return cancel && cancel();
    };
    auto finish = [&](const QString& error) {
        result.canceled = isCanceled();
        result.error = result.canceled ? tr("The demo workspace was not created: cancelled.") : error;
        if (!existed)
            Workspace::removeFiles(workspacePath);
        return result;
    };

    QTemporaryDir folder;
    if (csvDirectory.isEmpty() && !folder.isValid())
        return finish(tr("Cannot create a temporary folder for the demo data: %1").arg(folder.errorString()));
    DemoFiles& files = result.files;
    QString error;
    const QString directory = csvDirectory.isEmpty() ? folder.path() : csvDirectory;
    if (!DemoGenerator::writeCsv(options, directory, &files, &error, cancel, [&](qint64 done, qint64 total) {
            report(total > 0 ? int(s_writeShare * done / total) : 0);
        }))
        return finish(error);

    {
        // Creates or migrates the file; the importer expects a valid workspace.
        auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace)
            return finish(error);
    }

    auto importFile = [&](const QString& file, ImportKind kind, int from, int share) {
        ImportOptions import;
        import.filePath = file;
        import.kind = kind;
        import.mode = ImportMode::Replace;
        return Importer::run(workspacePath, import, cancel, [&](qint64 done, qint64 total) {
            report(from + (total > 0 ? int(share * done / total) : 0));
        });
    };
    const ImportReport& customers = result.customersImport
        = importFile(files.customersCsv, ImportKind::Customers, s_writeShare, s_customersShare);
    if (!customers.ok)
        return finish(customers.error);
    const ImportReport& orders = result.ordersImport = importFile(
        files.ordersCsv, ImportKind::Orders, s_writeShare + s_customersShare, 1000 - s_writeShare - s_customersShare);
    if (!orders.ok)
        return finish(orders.error);
    {
        auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &error);
        if (!workspace || !DemoSegments::save(*workspace, &error))
            return finish(error);
    }
    result.segments = DemoSegments::names();
    report(1000);
    result.ok = true;
    return result;
}

} // namespace swb
