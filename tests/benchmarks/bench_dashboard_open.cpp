// GUI responsiveness of the Dashboard: the real main window (offscreen) opens a workspace and shows the Dashboard,
// whose KPIs, overlaps, distribution and trend are computed in the background; a 5 ms timer on the GUI thread records
// the gaps between its ticks from the moment the workspace is opened until the Dashboard has drawn everything. The
// longest gap is the longest the event loop was blocked. Target: ≤ 50 ms. The peer is the same window opening the
// same workspace on the Customers page (the table and the live counts only), in the same run.
//
//   bench_dashboard_open --db WORKSPACE   (offscreen: tests/benchmarks/run_dashboard_open.sh BUILD_DIR does)
#include "stallmeter.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

using namespace swb;

namespace {

struct Run
{
    double seconds = 0;
    double longest = 0;
    double p99 = 0;
    size_t over50 = 0;
    bool ok = false;
};

// Opens `workspace` in a new window on `page` and measures until `ready` is emitted (or the window shows the
// workspace, for the Customers page).
Run measure(TimingApplication& app, const QString& workspace, MainWindow::Page page)
{
    Run run;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.showPage(page);
    QEventLoop loop;
    bool shown = false;
    bool dashboardReady = page != MainWindow::Page::Dashboard;
    auto maybeQuit = [&] {
        if (shown && dashboardReady)
            loop.quit();
    };
    QObject::connect(&window, &MainWindow::workspaceShown, &loop, [&] {
        shown = true;
        maybeQuit();
    });
    QObject::connect(window.dashboardPage(), &DashboardPage::loaded, &loop, [&] {
        dashboardReady = true;
        maybeQuit();
    });
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    meter.start();
    app.setRecording(true);
    window.openWorkspace(workspace);
    QTimer::singleShot(600000, &loop, [&] { loop.exit(1); });
    run.ok = loop.exec() == 0;
    meter.stop();
    app.setRecording(false);
    run.seconds = double(clock.elapsed()) / 1000.0;
    run.longest = meter.longest();
    run.p99 = meter.percentile(0.99);
    run.over50 = meter.over(50.0);
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The workspace to open (with saved segments)."), QStringLiteral("FILE")});
    parser.process(app);
    const QString workspace = parser.value(QStringLiteral("db"));
    if (workspace.isEmpty() || !QFileInfo::exists(workspace)) {
        std::fprintf(stderr, "bench_dashboard_open: give an existing workspace with --db\n");
        return 2;
    }
    // A first opening (not counted) pays for what happens once per process: fonts, styles, the first layout.
    measure(app, workspace, MainWindow::Page::Customers);
    app.clearSlow();
    const Run customers = measure(app, workspace, MainWindow::Page::Customers);
    const Run dashboard = measure(app, workspace, MainWindow::Page::Dashboard);
    if (!customers.ok || !dashboard.ok) {
        std::fprintf(stderr, "bench_dashboard_open: the window did not finish loading within 10 minutes\n");
        return 1;
    }
    std::printf(
        "customers page (peer): shown in %.1f s; event-loop gap p99 %.1f ms, longest %.1f ms, over 50 ms: %zu\n",
        customers.seconds, customers.p99, customers.longest, customers.over50);
    std::printf("dashboard: filled in %.1f s; event-loop gap p99 %.1f ms, longest %.1f ms, over 50 ms: %zu\n",
                dashboard.seconds, dashboard.p99, dashboard.longest, dashboard.over50);
    for (const auto& slow : app.slowest(5))
        std::printf("  slow GUI-thread event: %.1f ms, %s\n", slow.ms, qUtf8Printable(slow.what));
    std::printf("ratio of longest stalls dashboard/customers: %.2f\n",
                customers.longest > 0 ? dashboard.longest / customers.longest : 0.0);
    std::printf("longest stall opening the dashboard: %.1f ms (target <= 50 ms): %s\n", dashboard.longest,
                dashboard.longest <= 50.0 ? "met" : "NOT met");
    return 0;
}
