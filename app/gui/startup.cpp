#include "app/gui/startup.h"

#include "model/demo/demogenerator.h"
#include "model/jobs/workspacesession.h"
#include "ui/clusters/clusterspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/export/exportdialog.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/rfm/rfmpage.h"
#include "ui/shell/recentworkspaces.h"
#include "ui/value/valuepage.h"

#include <QApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace swb::gui {

namespace {

// A safety net, not a wait: a page that never reports ready ends the program with an error instead of hanging.
constexpr int s_screenshotTimeoutMs = 120000;
// Customers in the demo file the import wizard shows for `--page import`.
constexpr qint64 s_importDemoCustomers = 2000;

} // namespace

Startup::Startup(MainWindow* window, GuiOptions options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{ }

bool Startup::run()
{
    using Page = GuiOptions::Page;
    QString workspace = m_options.workspace;
    if (workspace.isEmpty()) {
        const QString last = RecentWorkspaces::last();
        if (!last.isEmpty() && QFileInfo::exists(last))
            workspace = last;
    }
    if (workspace.isEmpty() && m_options.page == Page::Export) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("--page export needs a workspace with customers: give its file.")));
        return false;
    }
    if (!m_options.screenshot.isEmpty()) {
        QTimer::singleShot(s_screenshotTimeoutMs, this, [this] {
            fail(tr("The page did not finish loading within %1 seconds; no screenshot was written.")
                     .arg(s_screenshotTimeoutMs / 1000));
        });
    }
    if (m_options.page == Page::Builder)
        m_window->showPage(MainWindow::Page::Builder);
    else if (m_options.page == Page::Dashboard)
        m_window->showPage(MainWindow::Page::Dashboard);
    else if (m_options.page == Page::Rfm)
        m_window->showPage(MainWindow::Page::Rfm);
    else if (m_options.page == Page::Clusters)
        m_window->showPage(MainWindow::Page::Clusters);
    else if (m_options.page == Page::Value)
        m_window->showPage(MainWindow::Page::Value);
    else
        m_window->showPage(MainWindow::Page::Customers);

    connect(m_window->session(), &WorkspaceSession::opened, this, &Startup::onOpened);
    connect(m_window->session(), &WorkspaceSession::openFailed, this, [this](const QString&, const QString& error) {
        if (!m_options.screenshot.isEmpty())
            fail(error);
    });

    if (workspace.isEmpty() && m_options.page == Page::Import) {
        // The wizard imports into a workspace: a scratch one when none was given and none was open before.
        if (!m_temporary.isValid()) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(tr("Cannot create a temporary folder.")));
            return false;
        }
        m_scratch = true;
        m_window->createWorkspace(m_temporary.filePath(QStringLiteral("scratch.sqlite")));
        return true;
    }
    if (workspace.isEmpty()) {
        // Nothing to load: the window shows how to open or create a workspace.
        QTimer::singleShot(0, this, [this] { pageReady(m_window); });
        return true;
    }
    m_window->openWorkspace(workspace);
    return true;
}

void Startup::onOpened(const WorkspaceSummary& summary)
{
    // Only the first workspace opened belongs to the start; later ones are the user's.
    if (std::exchange(m_handled, true))
        return;
    switch (m_options.page) {
    case GuiOptions::Page::Import:
        if (m_scratch)
            m_window->statusBar()->showMessage(
                tr("This is a scratch workspace that is deleted when Segment Workbench closes. Open or create a "
                   "workspace to keep what you import."));
        openImportWizard();
        return;
    case GuiOptions::Page::Export:
        openExportDialog();
        return;
    default:
        break;
    }
    // The window opens a workspace with segments on the Dashboard (in an event it has queued already); a page asked
    // for is shown instead, after that event.
    if (m_options.page == GuiOptions::Page::Customers)
        QTimer::singleShot(0, this, [this] { m_window->showPage(MainWindow::Page::Customers); });
    if (summary.fields.isEmpty()) {
        QTimer::singleShot(0, this, [this] { pageReady(m_window); });
        return;
    }
    if (m_options.page == GuiOptions::Page::Dashboard) {
        // The Dashboard is ready when its KPIs and overlaps are drawn.
        DashboardPage* dashboard = m_window->dashboardPage();
        if (dashboard->isLoaded() && !dashboard->isComputing())
            return pageReady(m_window);
        connect(
            dashboard, &DashboardPage::loaded, this, [this] { pageReady(m_window); }, Qt::SingleShotConnection);
        return;
    }
    if (m_options.page == GuiOptions::Page::Rfm)
        return waitForRfm();
    if (m_options.page == GuiOptions::Page::Clusters)
        return showClusters();
    if (m_options.page == GuiOptions::Page::Value)
        return showValue();
    if (m_options.page == GuiOptions::Page::Builder) {
        // The builder is ready when its live count has answered.
        auto* builder = m_window->builderPage();
        if (!m_options.segment.isEmpty()) {
            QString error;
            if (!builder->openSegment(m_options.segment, &error)) {
                std::fprintf(stderr, "%s\n", qUtf8Printable(error));
                if (!m_options.screenshot.isEmpty())
                    return fail(error);
            }
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(builder, &SegmentBuilderPage::countChanged, this, [this, connection](qint64 count) {
            if (count < 0)
                return;
            disconnect(*connection);
            pageReady(m_window);
        });
        return;
    }
    connect(
        m_window, &MainWindow::workspaceShown, this, [this] { pageReady(m_window); }, Qt::SingleShotConnection);
}

void Startup::waitForRfm()
{
    // The RFM page is ready when its figures are drawn; a workspace never scored is scored once first, so that the
    // screenshot shows a finished run (as a user clicking Run would see it).
    RfmPage* page = m_window->rfmPage();
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto ready = [this, page, connection] {
        if (!page->isLoaded())
            return;
        if (!m_options.screenshot.isEmpty() && page->overview() && !page->overview()->hasRun() && !m_rfmRun) {
            m_rfmRun = true;
            page->run();
            return;
        }
        disconnect(*connection);
        pageReady(m_window);
    };
    *connection = connect(page, &RfmPage::loaded, this, ready);
    ready();
}

void Startup::showClusters()
{
    // The page is ready with a finished run: the newest saved one, else one with the default fields.
    m_window->showPage(MainWindow::Page::Clusters);
    ClustersPage* clusters = m_window->clustersPage();
    connect(
        clusters, &ClustersPage::runShown, this, [this] { pageReady(m_window); }, Qt::SingleShotConnection);
    connect(
        clusters, &ClustersPage::runFailed, this,
        [this](const QString& error) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            pageReady(m_window);
        },
        Qt::SingleShotConnection);
    clusters->showLatestOrRun();
}

void Startup::showValue()
{
    // The page is ready with a finished fit (or the reason there is none) of the inputs shown.
    ValuePage* page = m_window->valuePage();
    const auto ready = [this] {
        pageReady(m_window);
    };
    connect(page, &ValuePage::fitShown, this, ready, Qt::SingleShotConnection);
    connect(
        page, &ValuePage::fitFailed, this,
        [this](const QString& error) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            pageReady(m_window);
        },
        Qt::SingleShotConnection);
    page->fitIfNeeded();
}

void Startup::openImportWizard()
{
    if (!m_temporary.isValid())
        return fail(tr("Cannot create a temporary folder."));
    DemoOptions demo;
    demo.customers = s_importDemoCustomers;
    DemoFiles files;
    QString error;
    if (!DemoGenerator::writeCsv(demo, m_temporary.path(), &files, &error))
        return fail(error);
    ImportWizard* wizard = m_window->showImportWizard(files.customersCsv);
    if (!wizard)
        return fail(tr("The import wizard could not be opened."));
    connect(
        wizard, &ImportWizard::previewReady, this, [this, wizard] { pageReady(wizard); }, Qt::SingleShotConnection);
    wizard->next();
}

void Startup::openExportDialog()
{
    ExportDialog* dialog = m_window->showExportDialog();
    if (!dialog)
        return fail(tr("The workspace has no customers to export. Import some first."));
    connect(
        dialog, &ExportDialog::ready, this, [this, dialog] { pageReady(dialog); }, Qt::SingleShotConnection);
}

void Startup::pageReady(QWidget* widget)
{
    if (m_options.screenshot.isEmpty())
        return;
    // Posted layout and paint requests of the data that just arrived run first.
    QPointer<QWidget> target(widget);
    QTimer::singleShot(0, this, [this, target] {
        if (!target)
            return fail(tr("The window closed before the screenshot."));
        const QPixmap pixmap = target->grab();
        if (!pixmap.save(m_options.screenshot, "PNG"))
            return fail(tr("Cannot write the screenshot to %1.").arg(m_options.screenshot));
        QApplication::exit(0);
    });
}

void Startup::fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    QApplication::exit(1);
}

} // namespace swb::gui
