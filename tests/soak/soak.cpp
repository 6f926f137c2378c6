// The soak test (see soakrunner.h). A short run is the CTest test soak_short; scripts/soak.sh runs the full one.
//
//   soak [--cycles N] [--baseline N] [--seed S] [--customers N] [--db WS] [--minutes N] [--verbose]
#include "tests/soak/soakrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Random build-count-save-snapshot-export-delete cycles."));
    parser.addHelpOption();
    const QCommandLineOption cycles(QStringLiteral("cycles"), QStringLiteral("Cycles to run (10000)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("Cycle after which RSS and descriptors are measured (500)."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the random definitions."),
                                  QStringLiteral("S"), QStringLiteral("20261206"));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Customers of the demo workspace (100000)."), QStringLiteral("N"),
                                       QStringLiteral("100000"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Use this workspace instead of a new demo one."),
                                QStringLiteral("WS"));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("Start no new cycle after this many minutes (0: no limit)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("A line per cycle."));
    parser.addOptions({cycles, baseline, seed, customers, db, minutes, verbose});
    parser.process(app);

    swb::SoakOptions options;
    bool ok = true;
    auto number = [&](const QCommandLineOption& option) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };
    options.cycles = int(number(cycles));
    options.baselineCycle = int(number(baseline));
    options.seed = quint32(number(seed));
    options.customers = number(customers);
    options.minutes = int(number(minutes));
    options.workspace = parser.value(db);
    options.verbose = parser.isSet(verbose);
    if (!ok || options.cycles < 1) {
        std::fprintf(stderr, "soak: --cycles, --baseline, --seed, --customers and --minutes take whole numbers\n");
        return 2;
    }
    swb::SoakRunner runner(options);
    QObject::connect(
        &runner, &swb::SoakRunner::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}
