// GUI responsiveness while the Clusters page runs a k sweep: the real main window (offscreen) shows a workspace, and
// the page's Run button starts a sweep (k = 2…10, 3 restarts, 8 fields, each cluster explained) in the background.
// Meanwhile, as a user would, the window switches pages every 700 ms, the customer table is scrolled to its end every
// 200 ms and the builder's definition changes every 500 ms (live counts). A 5 ms timer on the GUI thread records the
// gaps between its ticks until the finished run is drawn and recorded; the longest gap is the longest the event loop
// was blocked. Target: ≤ 50 ms. The peer is the same user activity for the same time without a sweep, in the same run.
//
//   bench_cluster_responsiveness --db WORKSPACE [--features a,b,…] [--kmax 10] [--ninit 3]
//   (offscreen: tests/benchmarks/run_cluster_responsiveness.sh BUILD_DIR does)
#include "benchcli.h"
#include "stallmeter.h"
#include "ui/clusters/clusterfeaturemodel.h"
#include "ui/clusters/clustersetup.h"
#include "ui/clusters/clusterspage.h"
#include "ui/customers/customerspage.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>

#include <cstdio>

using namespace swb;

namespace {

const QByteArray s_definitions[] = {
    R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]}]})",
    R"({"combinator":"or","rules":[{"field":"country","operator":"=","value":"FR"},{"field":"age","operator":">","value":40}]})",
};

struct Figures
{
    double seconds = 0;
    double longest = 0;
    double p99 = 0;
    size_t over50 = 0;
    int switches = 0;
    int scrolls = 0;
    int edits = 0;
};

// Drives the window as a user would (pages, table, builder) from `start` until `loop` ends or `limitMs` passes.
Figures drive(TimingApplication& app, MainWindow& window, QEventLoop& loop, const std::function<void()>& start,
              int limitMs)
{
    Figures figures;
    StallMeter meter;
    const MainWindow::Page pages[] = {MainWindow::Page::Customers, MainWindow::Page::Builder,
                                      MainWindow::Page::Dashboard, MainWindow::Page::Rfm, MainWindow::Page::Clusters};
    QTimer switcher;
    QObject::connect(&switcher, &QTimer::timeout, &loop,
                     [&] { window.showPage(pages[++figures.switches % std::size(pages)]); });
    QTimer scroller;
    QObject::connect(&scroller, &QTimer::timeout, &loop, [&] {
        QScrollBar* bar = window.customersPage()->view()->verticalScrollBar();
        bar->setValue(bar->value() == bar->maximum() ? 0 : bar->maximum());
        ++figures.scrolls;
    });
    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, &loop,
                     [&] { window.builderPage()->setDefinitionJson(s_definitions[figures.edits++ % 2]); });
    QTimer::singleShot(limitMs, &loop, [&] { loop.exit(1); });
    QElapsedTimer clock;
    clock.start();
    meter.start();
    app.setRecording(true);
    switcher.start(700);
    scroller.start(200);
    editor.start(500);
    start();
    loop.exec();
    meter.stop();
    app.setRecording(false);
    figures.seconds = double(clock.elapsed()) / 1000.0;
    figures.longest = meter.longest();
    figures.p99 = meter.percentile(0.99);
    figures.over50 = meter.over(50.0);
    return figures;
}

bool openWorkspace(MainWindow& window, const QString& workspace)
{
    // Shown, with the Clusters page's fields surveyed and its past runs listed.
    QEventLoop opening;
    bool shown = false;
    bool listed = false;
    QObject::connect(&window, &MainWindow::workspaceShown, &opening, [&] { shown = true; });
    QObject::connect(window.clustersPage(), &ClustersPage::runsListed, &opening, [&] { listed = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &opening, [&] {
        if (shown && listed && window.clustersPage()->setup()->features()->rowCount() > 0)
            opening.quit();
    });
    poll.start(20);
    window.showPage(MainWindow::Page::Clusters); // the page reads its fields when shown
    window.openWorkspace(workspace);
    QTimer::singleShot(300000, &opening, [&] { opening.exit(1); });
    return opening.exec() == 0;
}

void print(const char* what, const Figures& figures)
{
    std::printf("%s: %.1f s, %d page switches, %d scrolls, %d definition edits; event-loop gap p99 %.1f ms, longest "
                "%.1f ms, over 50 ms: %zu\n",
                what, figures.seconds, figures.switches, figures.scrolls, figures.edits, figures.p99, figures.longest,
                figures.over50);
}

} // namespace

int main(int argc, char* argv[])
{
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QCommandLineParser parser;
    parser.addOptions(
        {bench::dbOption(),
         {QStringLiteral("features"), QStringLiteral("Fields to cluster on, comma-separated."), QStringLiteral("LIST"),
          QStringLiteral("total_revenue,orders_count,age,signup_date,newsletter,churned,last_purchase_date,"
                         "avg_order_value")},
         {QStringLiteral("kmax"), QStringLiteral("Largest k of the sweep (default 10)."), QStringLiteral("K"),
          QStringLiteral("10")},
         {QStringLiteral("ninit"), QStringLiteral("Restarts per k (default 3)."), QStringLiteral("N"),
          QStringLiteral("3")}});
    parser.process(app);
    const QString workspace = parser.value(QStringLiteral("db"));
    if (workspace.isEmpty() || !QFileInfo::exists(workspace))
        return bench::fail(QStringLiteral("give an existing workspace with --db"));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!openWorkspace(window, workspace))
        return bench::fail(QStringLiteral("the window did not show the workspace and its fields within 5 minutes"));
    ClustersPage* page = window.clustersPage();
    ClusterRequest request = page->setup()->request();
    request.features = parser.value(QStringLiteral("features")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.logFeatures.clear();
    request.kMin = 2;
    request.kMax = parser.value(QStringLiteral("kmax")).toInt();
    request.nInit = parser.value(QStringLiteral("ninit")).toInt();
    request.seed = 7;
    page->setup()->setRequest(request, true);
    QStringList offered = page->setup()->request().features;
    QStringList asked = request.features;
    offered.sort();
    asked.sort();
    if (offered != asked)
        return bench::fail(
            QStringLiteral("the page does not offer the fields %1").arg(request.features.join(QStringLiteral(", "))));

    // The sweep, driven from the page's Run button, while the user works.
    QEventLoop sweepLoop;
    bool shown = false;
    bool recorded = false;
    QString error;
    QObject::connect(page, &ClustersPage::runShown, &sweepLoop, [&] {
        shown = true;
        if (recorded)
            sweepLoop.quit();
    });
    QObject::connect(page, &ClustersPage::runRecorded, &sweepLoop, [&] {
        recorded = true;
        if (shown)
            sweepLoop.quit();
    });
    QObject::connect(page, &ClustersPage::runFailed, &sweepLoop, [&](const QString& message) {
        error = message;
        sweepLoop.exit(2);
    });
    app.clearSlow();
    const Figures sweep = drive(
        app, window, sweepLoop, [page] { page->setup()->runButton()->click(); }, 1800000);
    if (!error.isEmpty())
        return bench::fail(error);
    if (!shown || !recorded)
        return bench::fail(QStringLiteral("the sweep did not finish within 30 minutes"));
    const auto slow = app.slowest(5);

    // The peer: the same activity for as long, without a sweep.
    app.clearSlow();
    QEventLoop idleLoop;
    const Figures idle = drive(
        app, window, idleLoop, [] {}, int(sweep.seconds * 1000.0));
    const auto slowIdle = app.slowest(3);

    const ClusterRun* run = page->shownRun();
    std::printf("sweep k = 2..%d, %d restarts, %lld customers x %lld fields: k = %d shown\n", request.kMax,
                request.nInit, run ? run->rows : 0LL, qint64(request.features.size()), run ? run->k : 0);
    print("during the sweep", sweep);
    print("peer, no sweep", idle);
    for (const auto& event : slow)
        std::printf("  slow GUI-thread event during the sweep: %.1f ms, %s\n", event.ms, qUtf8Printable(event.what));
    for (const auto& event : slowIdle)
        std::printf("  slow GUI-thread event of the peer: %.1f ms, %s\n", event.ms, qUtf8Printable(event.what));
    std::printf("ratio of longest stalls sweep/peer: %.2f\n", idle.longest > 0 ? sweep.longest / idle.longest : 0.0);
    std::printf("longest stall during the sweep: %.1f ms (target <= 50 ms): %s\n", sweep.longest,
                sweep.longest <= 50.0 ? "met" : "NOT met");
    return 0;
}
