// `swb demo`: writes the seeded demo CSV files and imports them through the real importer.
#include "app/cli/cli.h"
#include "app/cli/interrupt.h"
#include "model/demo/demogenerator.h"
#include "model/demo/demosegments.h"
#include "model/jobs/demoworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::demo", text);
}

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a realistic demo workspace: writes seeded customers and orders "
                                        "CSV files and imports them."));
    parser.addOptions({
        workspaceOption(tr("Workspace file to create or replace the data of.")),
        {QStringLiteral("customers"), tr("Number of customers (default 20000)."), tr("N"), QStringLiteral("20000")},
        {QStringLiteral("seed"), tr("Random seed (default 42)."), tr("S"), QStringLiteral("42")},
        {QStringLiteral("csv-dir"), tr("Keep the CSV files in this folder."), tr("DIR")},
        {QStringLiteral("no-import"), tr("Only write the CSV files (needs --csv-dir).")},
        jsonOption(tr("Print a JSON report.")),
    });
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const bool importing = !parser.isSet(QStringLiteral("no-import"));
    if (importing && !require(parser, QStringLiteral("db"), &exitCode))
        return exitCode;
    if (!importing && !require(parser, QStringLiteral("csv-dir"), &exitCode))
        return exitCode;

    DemoOptions options;
    bool ok = false;
    options.customers = parser.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || options.customers < 1)
        return fail(tr("--customers needs a positive whole number."), Usage);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed needs a non-negative whole number."), Usage);

    QElapsedTimer timer;
    timer.start();
    QJsonObject report;
    auto addFiles = [&report](const DemoFiles& files) {
        report.insert(QStringLiteral("customers_csv"), files.customersCsv);
        report.insert(QStringLiteral("orders_csv"), files.ordersCsv);
        report.insert(QStringLiteral("customer_rows"), files.customerRows);
        report.insert(QStringLiteral("order_rows"), files.orderRows);
    };
    const QString directory = parser.value(QStringLiteral("csv-dir"));
    DemoFiles files;
    if (importing) {
        const QString path = parser.value(QStringLiteral("db"));
        DemoWorkspaceResult created;
        {
            const InterruptScope interrupt; // Ctrl+C cancels: a new workspace is removed again
            ProgressLine progress(tr("Creating the demo workspace…"));
            created = DemoWorkspace::create(
                path, options, &InterruptScope::interrupted,
                [&progress](int perMille) { progress.update(perMille, 1000); }, directory);
        }
        if (!created.ok)
            return fail(created.error, created.canceled ? Canceled : Failure);
        files = created.files;
        addFiles(files);
        report.insert(QStringLiteral("workspace"), path);
        report.insert(QStringLiteral("segments"), QJsonArray::fromStringList(created.segments));
        report.insert(QStringLiteral("customers_import"), created.customersImport.toJson());
        report.insert(QStringLiteral("orders_import"), created.ordersImport.toJson());
    } else {
        QString error;
        if (!DemoGenerator::writeCsv(options, directory, &files, &error))
            return fail(error);
        addFiles(files);
    }
    report.insert(QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(report);
    } else if (importing) {
        print(tr("Demo workspace %1: %2 customers and %3 order lines imported in %4 s; example segments: %5.")
                  .arg(parser.value(QStringLiteral("db")), QString::number(files.customerRows),
                       QString::number(files.orderRows), QString::number(double(timer.elapsed()) / 1000.0, 'f', 1),
                       DemoSegments::names().join(QStringLiteral(", "))));
    } else {
        print(tr("Wrote %1 (%2 customers) and %3 (%4 order lines).")
                  .arg(files.customersCsv, QString::number(files.customerRows), files.ordersCsv,
                       QString::number(files.orderRows)));
    }
    return Ok;
}

const Registrar registrar("demo", "Create a realistic demo workspace", &runDemo);

} // namespace
} // namespace swb::cli
