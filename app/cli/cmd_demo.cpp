// `swb demo`: writes the seeded demo CSV files and imports them through the real importer.
#include "app/cli/cli.h"
#include "model/demo/demogenerator.h"
#include "model/demo/demosegments.h"
#include "model/import/importer.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

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
        {QStringLiteral("db"), tr("Workspace file to create or replace the data of."), tr("WS")},
        {QStringLiteral("customers"), tr("Number of customers (default 20000)."), tr("N"), QStringLiteral("20000")},
        {QStringLiteral("seed"), tr("Random seed (default 42)."), tr("S"), QStringLiteral("42")},
        {QStringLiteral("csv-dir"), tr("Keep the CSV files in this folder."), tr("DIR")},
        {QStringLiteral("no-import"), tr("Only write the CSV files (needs --csv-dir).")},
        {QStringLiteral("json"), tr("Print a JSON report.")},
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
    QTemporaryDir scratch;
    const QString directory
        = parser.isSet(QStringLiteral("csv-dir")) ? parser.value(QStringLiteral("csv-dir")) : scratch.path();
    DemoFiles files;
    QString error;
    if (!DemoGenerator::writeCsv(options, directory, &files, &error))
        return fail(error);
    QJsonObject report{{QStringLiteral("customers_csv"), files.customersCsv},
                       {QStringLiteral("orders_csv"), files.ordersCsv},
                       {QStringLiteral("customer_rows"), files.customerRows},
                       {QStringLiteral("order_rows"), files.orderRows}};
    if (importing) {
        const QString path = parser.value(QStringLiteral("db"));
        if (!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error))
            return fail(error);
        ImportOptions customers;
        customers.filePath = files.customersCsv;
        customers.kind = ImportKind::Customers;
        customers.mode = ImportMode::Replace;
        const ImportReport customerReport = Importer::run(path, customers);
        if (!customerReport.ok)
            return fail(customerReport.error);
        ImportOptions orders;
        orders.filePath = files.ordersCsv;
        orders.kind = ImportKind::Orders;
        orders.mode = ImportMode::Replace;
        const ImportReport orderReport = Importer::run(path, orders);
        if (!orderReport.ok)
            return fail(orderReport.error);
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        if (!workspace || !DemoSegments::save(*workspace, &error))
            return fail(error);
        report.insert(QStringLiteral("workspace"), path);
        report.insert(QStringLiteral("segments"), QJsonArray::fromStringList(DemoSegments::names()));
        report.insert(QStringLiteral("customers_import"), customerReport.toJson());
        report.insert(QStringLiteral("orders_import"), orderReport.toJson());
    }
    report.insert(QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(report);
    } else if (importing) {
        print(tr("Demo workspace %1: %2 customers and %3 order lines imported in %4 s; example segments: %5.")
                  .arg(parser.value(QStringLiteral("db")))
                  .arg(files.customerRows)
                  .arg(files.orderRows)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(DemoSegments::names().join(QStringLiteral(", "))));
    } else {
        print(tr("Wrote %1 (%2 customers) and %3 (%4 order lines).")
                  .arg(files.customersCsv)
                  .arg(files.customerRows)
                  .arg(files.ordersCsv)
                  .arg(files.orderRows));
    }
    return Ok;
}

const Registrar registrar("demo", "Create a realistic demo workspace", &runDemo);

} // namespace
} // namespace swb::cli
