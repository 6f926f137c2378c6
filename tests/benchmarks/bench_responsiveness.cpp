// GUI responsiveness under load: the real main window (offscreen) shows a workspace of N customers while the import
// wizard re-imports N customers into it on a worker thread; meanwhile the table is scrolled to its end every 200 ms
// (pages read in the background) and the segment builder's definition changes every 500 ms (live counts on
// CountService). A 5 ms timer on the GUI thread records the gaps between its ticks; the longest gap is the longest
// the event loop was blocked. Target: ≤ 50 ms.
//
//   bench_responsiveness [--customers N] [--csv FILE] [--work DIR]
//   (run offscreen: QT_QPA_PLATFORM=offscreen; tests/benchmarks/run_responsiveness.sh BUILD_DIR does)
#include "analysis/benchstats.h"
#include "benchcli.h"
#include "model/demo/demogenerator.h"
#include "model/import/importer.h"
#include "model/workspace.h"
#include "stallmeter.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/import/importtargetpage.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaEnum>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace swb;
using bench::fail;

namespace {

const QByteArray s_definitions[] = {
    R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]}]})",
    R"({"combinator":"or","rules":[{"field":"country","operator":"=","value":"FR"},{"field":"age","operator":">","value":40}]})",
};

} // namespace

int main(int argc, char* argv[])
{
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("customers"), QStringLiteral("Customers to generate (default 1000000)."),
                        QStringLiteral("N"), QStringLiteral("1000000")},
                       {QStringLiteral("csv"), QStringLiteral("Customers CSV to use instead of generating one."),
                        QStringLiteral("FILE")},
                       {QStringLiteral("work"), QStringLiteral("Folder for the workspace (default: temporary)."),
                        QStringLiteral("DIR")}});
    parser.process(app);

    QTemporaryDir temporary;
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temporary.path();
    QString csv = parser.value(QStringLiteral("csv"));
    if (csv.isEmpty()) {
        DemoOptions demo;
        demo.customers = parser.value(QStringLiteral("customers")).toLongLong();
        demo.ordersPerCustomer = 0.05; // the orders file is not used
        DemoFiles files;
        QString error;
        if (!DemoGenerator::writeCsv(demo, work, &files, &error))
            return fail(error);
        csv = files.customersCsv;
    }

    // The workspace the window shows: the same file imported once before the measurement.
    const QString workspace = QDir(work).filePath(QStringLiteral("responsiveness.sqlite"));
    QFile::remove(workspace);
    QString error;
    if (!Workspace::open(workspace, Workspace::OpenMode::CreateIfMissing, &error))
        return fail(error);
    ImportOptions first;
    first.filePath = csv;
    const ImportReport base = Importer::run(workspace, first);
    if (!base.ok)
        return fail(base.error);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    {
        // Each phase has its own event loop, so that its signals cannot end a later phase.
        QEventLoop opening;
        bool shown = false;
        bool counted = false;
        QObject::connect(&window, &MainWindow::workspaceShown, &opening, [&] {
            shown = true;
            if (counted)
                opening.quit();
        });
        QObject::connect(window.builderPage(), &SegmentBuilderPage::countChanged, &opening, [&](qint64 count) {
            counted = counted || count >= 0;
            if (shown && counted)
                opening.quit();
        });
        window.openWorkspace(workspace);
        QTimer::singleShot(300000, &opening, [&] { opening.exit(1); });
        if (opening.exec() != 0)
            return fail(QStringLiteral("the window did not show the workspace"));
    }

    // What one full repaint of the window costs on an idle machine, for comparison with the stalls under load.
    std::vector<double> paints;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer paint;
        paint.start();
        window.repaint();
        paints.push_back(double(paint.nsecsElapsed()) / 1e6);
    }
    std::sort(paints.begin(), paints.end());
    const double idlePaint = paints[paints.size() / 2];

    ImportWizard* wizard = window.showImportWizard(csv);
    if (!wizard)
        return fail(QStringLiteral("no import wizard"));
    {
        QEventLoop previewing;
        QObject::connect(wizard, &ImportWizard::previewReady, &previewing, &QEventLoop::quit);
        wizard->next();
        previewing.exec();
    }
    wizard->next();
    wizard->targetPage()->setMode(ImportMode::Replace);

    QEventLoop loop;
    StallMeter meter;
    int scrolls = 0;
    int rowsLoaded = 0;
    int definitions = 0;
    int counts = 0;
    QTimer scroller;
    QObject::connect(&scroller, &QTimer::timeout, &loop, [&] {
        QScrollBar* bar = window.customersPage()->view()->verticalScrollBar();
        bar->setValue(bar->maximum());
        ++scrolls;
        rowsLoaded = std::max(rowsLoaded, window.customersPage()->model()->rowCount());
    });
    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, &loop,
                     [&] { window.builderPage()->setDefinitionJson(s_definitions[definitions++ % 2]); });
    QObject::connect(window.builderPage(), &SegmentBuilderPage::countChanged, &loop, [&](qint64 count) {
        if (count >= 0)
            ++counts;
    });
    ImportReport report;
    QObject::connect(wizard, &ImportWizard::importFinished, &loop, [&](const ImportReport& finished) {
        report = finished;
        loop.quit();
    });

    QElapsedTimer clock;
    clock.start();
    meter.start();
    app.setRecording(true);
    scroller.start(200);
    editor.start(500);
    wizard->next(); // starts the import
    loop.exec();
    meter.stop();
    app.setRecording(false);
    scroller.stop();
    editor.stop();
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (!report.ok)
        return fail(report.error);

    const double longest = meter.longest();
    std::printf("responsiveness: re-import of %lld customers (%lld MB) in %.1f s while the window showed them; "
                "%d scrolls to the end (up to %d table rows loaded), %d definition edits, %d live counts answered\n",
                report.rowsImported, QFileInfo(csv).size() / 1048576, seconds, scrolls, rowsLoaded, definitions,
                counts);
    std::printf("event loop: %zu ticks of a 5 ms timer; gap p50 %.1f ms, p99 %.1f ms, longest %.1f ms; "
                "gaps over 50 ms: %zu\n",
                meter.ticks(), meter.percentile(0.5), meter.percentile(0.99), longest, meter.over(50.0));
    if (const QString tableError = window.customersPage()->model()->errorString(); !tableError.isEmpty())
        std::printf("the table could not read: %s\n", qUtf8Printable(tableError));
    std::printf("a full repaint of the idle window takes %.1f ms (median of 10)\n", idlePaint);
    for (const auto& slow : app.slowest(5))
        std::printf("  slow GUI-thread event: %.1f ms, %s\n", slow.ms, qUtf8Printable(slow.what));
    std::printf("longest stall: %.1f ms (target <= 50 ms): %s\n", longest, longest <= 50.0 ? "met" : "NOT met");
    return 0;
}
