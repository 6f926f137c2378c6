// Writes the demo generator's customers.csv and orders.csv (the same bytes as `swb demo --csv-dir`) for run_import.sh.
#include "model/demo/demogenerator.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_importdata CUSTOMERS SEED DIR\n");
        return 2;
    }
    swb::DemoOptions options;
    options.customers = args[1].toLongLong();
    options.seed = args[2].toULongLong();
    swb::DemoFiles files;
    QString error;
    if (!swb::DemoGenerator::writeCsv(options, args[3], &files, &error)) {
        std::fprintf(stderr, "bench_importdata: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s %lld\n%s %lld\n", qPrintable(files.customersCsv), static_cast<long long>(files.customerRows),
                qPrintable(files.ordersCsv), static_cast<long long>(files.orderRows));
    return 0;
}
