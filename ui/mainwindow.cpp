#include "ui/mainwindow.h"

#include "model/jobs/jobtracker.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/postgres/serverprofile.h"
#include "model/workspacelocation.h"
#include "ui/clusters/clusterspage.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/dashboard/dashboardexport.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/export/exportdialog.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/import/importrunpage.h"
#include "ui/import/importwizard.h"
#include "ui/report/reviewreportdialog.h"
#include "ui/rfm/rfmpage.h"
#include "ui/segments/segmentsdock.h"
#include "ui/server/serverconnectdialog.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/emptystate.h"
#include "ui/shell/icons.h"
#include "ui/shell/jobindicator.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/recentworkspaces.h"
#include "ui/shell/userguide.h"
#include "ui/value/valuepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace swb {

namespace {

const QString s_geometryKey = QStringLiteral("window/geometry");
const QString s_stateKey = QStringLiteral("window/state");
const QString s_workspaceFilter = QStringLiteral("*.sqlite");

// Text files, and the spreadsheets and archives a user may drop instead: the wizard says what to do with those.
bool isImportable(const QFileInfo& file)
{
    static const QStringList suffixes{QStringLiteral("csv"),  QStringLiteral("tsv"),  QStringLiteral("txt"),
                                      QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xls"),
                                      QStringLiteral("ods"),  QStringLiteral("zip"),  QStringLiteral("gz"),
                                      QStringLiteral("bz2"),  QStringLiteral("xz"),   QStringLiteral("zst")};
    return suffixes.contains(file.suffix().toLower());
}

bool isWorkspace(const QFileInfo& file)
{
    return file.suffix().compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_jobs(JobTracker::application())
    , m_session(new WorkspaceSession(m_jobs, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createPages();
    createRfmPage();
    createDock();
    createActions();
    createStatusBar();
    restoreSettings();

    connect(m_session, &WorkspaceSession::loadingStarted, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &WorkspaceSession::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &WorkspaceSession::openCanceled, this, [this] {
        m_importAfterOpen = false;
        statusBar()->showMessage(tr("Opening the workspace was cancelled."), 8000);
    });
    connect(m_session, &WorkspaceSession::demoFailed, this,
            [this](const QString& error) { showWarning(tr("Demo Workspace"), error); });
    connect(m_jobs, &JobTracker::changed, this, [this] {
        if (m_closing && !m_jobs->isBusy())
            close();
    });
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

QString MainWindow::defaultDemoPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("demo-workspace.sqlite"));
}

void MainWindow::createPages()
{
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_customers = new CustomersPage(m_pages);
    m_pages->addTab(m_customers, Icons::icon(Icons::Icon::Customers), tr("Customers"));
    m_builder = new SegmentBuilderPage(m_pages);
    m_builder->setSession(m_session->segments());
    // The window's Undo/Redo actions (the undo group) serve the builder too.
    m_builder->setUndoShortcutsEnabled(false);
    m_undoGroup->addStack(m_builder->undoStack());
    m_pages->addTab(m_builder, Icons::icon(Icons::Icon::SegmentBuilder), tr("Segment Builder"));
    m_dashboard = new DashboardPage(m_pages);
    m_dashboard->setSession(m_session->segments());
    m_pages->addTab(m_dashboard, Icons::icon(Icons::Icon::Dashboard), tr("Dashboard"));
    m_clusters = new ClustersPage(m_pages);
    m_clusters->setSession(m_session->segments());
    m_pages->addTab(m_clusters, Icons::icon(Icons::Icon::Clusters), tr("Clusters"));
    m_value = new ValuePage(m_pages);
    m_value->setSession(m_session->segments());
    m_pages->addTab(m_value, Icons::icon(Icons::Icon::Dashboard), tr("Customer Value"));
    setCentralWidget(m_pages);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);

    connect(m_customers, &CustomersPage::importRequested, this, [this] { showImportWizard(); });
    connect(m_customers, &CustomersPage::openRequested, this, &MainWindow::askOpen);
    connect(m_customers, &CustomersPage::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_customers, &CustomersPage::demoRequested, this, [this] { createDemoWorkspace(); });
    connect(m_customers, &CustomersPage::loaded, this, &MainWindow::workspaceShown);
    connect(m_customers, &CustomersPage::countChanged, this, [this](qint64 count) {
        m_customerCount = count;
        updateCountLabel();
    });
    connect(m_dashboard, &DashboardPage::openDefinitionRequested, this, &MainWindow::openDefinitionInBuilder);
    connect(m_dashboard, &DashboardPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_clusters, &ClustersPage::openDefinitionRequested, this, &MainWindow::openDefinitionInBuilder);
    connect(m_clusters, &ClustersPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_value, &ValuePage::workspaceDataChanged, m_session, &WorkspaceSession::reload);
    connect(m_value, &ValuePage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_builder, &SegmentBuilderPage::countChanged, this, [this](qint64 count) {
        m_builderCount = count;
        updateCountLabel();
    });
    connect(m_builder, &SegmentBuilderPage::selectionChanged, this, [this](const Selection& counted) {
        // The table follows the builder once there is something to follow: an opened segment or an edit.
        const QString name = m_builder->segmentName();
        const bool empty = name.isEmpty() && m_builder->undoStack()->isClean();
        const Selection selection = empty ? Selection() : counted;
        const QString description = empty ? QString()
            : name.isEmpty()              ? tr("Customers of the definition in the builder")
                                          : tr("Customers of the segment \"%1\"").arg(name);
        // The builder counts again when saved segments or the data change; the same customers again are no
        // reason to take the table from a segment chosen in the dock since.
        if (selection == m_builderSelection && description == m_builderDescription)
            return;
        m_builderSelection = selection;
        m_builderDescription = description;
        m_customers->setSelection(selection, description);
    });
}

void MainWindow::createRfmPage()
{
    m_rfm = new RfmPage(m_pages);
    m_rfm->setSession(m_session->segments());
    m_pages->insertTab(int(Page::Rfm), m_rfm, Icons::icon(Icons::Icon::Dashboard), tr("RFM"));
    connect(m_rfm, &RfmPage::openDefinitionRequested, this, &MainWindow::openDefinitionInBuilder);
    connect(m_rfm, &RfmPage::workspaceDataChanged, m_session, &WorkspaceSession::reload);
    connect(m_rfm, &RfmPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

DashboardExport* MainWindow::currentChartExport() const
{
    if (currentPage() == Page::Dashboard)
        return m_dashboard->chartExport();
    if (currentPage() == Page::Rfm)
        return m_rfm->chartExport();
    if (currentPage() == Page::Clusters)
        return m_clusters->chartExport();
    if (currentPage() == Page::Value)
        return m_value->chartExport();
    return nullptr;
}

void MainWindow::createDock()
{
    m_segmentsDock = new QDockWidget(tr("Segments"), this);
    m_segmentsDock->setObjectName(QStringLiteral("segmentsDock"));
    m_segmentsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_segments = new SegmentsDock(m_segmentsDock);
    m_segments->setSession(m_session->segments());
    m_segments->setMinimumWidth(240);
    m_segmentsDock->setWidget(m_segments);
    addDockWidget(Qt::LeftDockWidgetArea, m_segmentsDock);
    connectSegments();
}

void MainWindow::connectSegments()
{
    connect(m_segments, &SegmentsDock::openSegmentRequested, this, [this](const QString& name) {
        // Shown first, so that the builder asks before replacing unsaved changes (a hidden page does not ask).
        showPage(Page::Builder);
        QString error;
        if (!m_builder->openSegment(name, &error)) {
            showWarning(tr("Open Segment"), error);
            return;
        }
        showPage(Page::Builder);
    });
    connect(m_segments, &SegmentsDock::exportSegmentRequested, this, &MainWindow::exportSegment);
    // Renames, removals and other changes reach the builder from the session they share.
    connect(m_segments, &SegmentsDock::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // The table shows the customers of the segment chosen in the dock.
    connect(m_segments->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showSegmentInTable(m_segments->currentSegment()); });
    // The session has read the list again when the builder says so.
    connect(m_builder, &SegmentBuilderPage::segmentSaved, this, [this](const QString& name) {
        if (m_segments)
            m_segments->selectSegment(name);
    });
    // The dock marks the segment the builder edits, however it was opened (the builder's Open menu too).
    connect(m_builder, &SegmentBuilderPage::segmentNameChanged, this, [this](const QString& name) {
        if (m_segments && !name.isEmpty() && m_segments->currentSegment() != name)
            m_segments->selectSegment(name);
    });
}

void MainWindow::openDefinitionInBuilder(const QByteArray& definition)
{
    if (!confirmDiscardDefinition(tr("The segment builder has unsaved changes. Replace them anyway?")))
        return;
    m_builder->newDefinition(); // a new definition: saving it never overwrites the segment open before
    QString error;
    if (!m_builder->setDefinitionJson(definition, &error)) {
        showWarning(tr("Open in Segment Builder"), error);
        return;
    }
    showPage(Page::Builder);
}

void MainWindow::forgetBuilderSelection()
{
    // A workspace shown anew shows all its customers, which is what an empty builder stands for.
    m_builderSelection = {};
    m_builderDescription.clear();
}

void MainWindow::showSegmentInTable(const QString& name)
{
    if (name.isEmpty() || !m_session->isOpen())
        return;
    m_segmentSelection.start(
        {tr("Reading the segment %1").arg(name), JobPool::Interactive},
        [path = m_session->path(), name](JobControl&) { return NamedSelections::loadSegment(path, name); },
        [this](const SegmentSelections& found) {
            if (!found.ok || found.segments.isEmpty()) {
                statusBar()->showMessage(found.error, 8000);
                return;
            }
            const NamedSelection& segment = found.segments.constFirst();
            m_customers->setSelection(segment.selection, tr("Customers of the segment \"%1\"").arg(segment.name));
        });
}

void MainWindow::exportSegment(const QString& name)
{
    ExportDialog* dialog = showExportDialog();
    if (!dialog)
        return;
    // The saved segments are listed once the dialog has read them.
    connect(
        dialog, &ExportDialog::ready, dialog, [dialog, name] { dialog->setCheckedSelections({name}); },
        Qt::SingleShotConnection);
}

void MainWindow::createActions()
{
    m_actions = new MainActions(this, m_undoGroup);
    QList<QAction*> pageActions;
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* action = new QAction(m_pages->tabText(i), this);
        action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
        connect(action, &QAction::triggered, this, [this, i] { m_pages->setCurrentIndex(i); });
        pageActions.append(action);
    }
    m_actions->populate(this, pageActions, m_segmentsDock->toggleViewAction());
    m_recent = new RecentWorkspaces(m_actions->recentMenu, this);

    connect(m_recent, &RecentWorkspaces::openRequested, this, &MainWindow::openWorkspace);
    connect(m_actions->newWorkspace, &QAction::triggered, this, &MainWindow::askNew);
    connect(m_actions->openWorkspace, &QAction::triggered, this, &MainWindow::askOpen);
    connect(m_actions->connectServer, &QAction::triggered, this, &MainWindow::showConnectDialog);
    connect(m_actions->closeWorkspace, &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(m_actions->createDemo, &QAction::triggered, this, [this] { createDemoWorkspace(); });
    connect(m_actions->importData, &QAction::triggered, this, [this] { showImportWizard(); });
    connect(m_actions->exportData, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_actions->exportReport, &QAction::triggered, this, &MainWindow::showReviewReportDialog);
    connect(m_session->segments(), &SegmentOperations::segmentsChanged, this, &MainWindow::updateActions);
    connect(m_actions->exportChart, &QAction::triggered, this, [this] {
        if (DashboardExport* charts = currentChartExport())
            charts->exportCurrent();
    });
    connect(m_actions->copyChart, &QAction::triggered, this, [this] {
        if (DashboardExport* charts = currentChartExport())
            charts->copyCurrent();
    });
    for (DashboardExport* charts :
         {m_dashboard->chartExport(), m_rfm->chartExport(), m_clusters->chartExport(), m_value->chartExport()})
        connect(charts, &DashboardExport::currentChanged, this, &MainWindow::updateActions);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions->refresh, &QAction::triggered, m_session, &WorkspaceSession::reload);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->userGuide, &QAction::triggered, this, [] { QDesktopServices::openUrl(UserGuide::location()); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setMinimumWidth(m_countLabel->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000 customers")));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_jobIndicator = new JobIndicator(m_jobs, this);
    statusBar()->addPermanentWidget(m_jobIndicator);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(s_geometryKey).toByteArray()))
        resize(1280, 800);
    // First start: the dock wide enough for segment names next to their sizes.
    if (!restoreState(settings.value(s_stateKey).toByteArray()))
        resizeDocks({m_segmentsDock}, {300}, Qt::Horizontal);
}

bool MainWindow::confirmDiscardDefinition(const QString& question)
{
    if (!m_builder->hasUnsavedRules())
        return true;
    return QMessageBox::question(this, tr("Discard changes?"), question) == QMessageBox::Yes;
}

bool MainWindow::confirmLeavingWorkspace(const QString& path)
{
    if (!m_session->isOpen()
        || WorkspaceLocation::absolutePath(path) == WorkspaceLocation::absolutePath(m_session->path()))
        return true;
    return confirmDiscardDefinition(
        tr("The segment builder has unsaved changes. Open %1 anyway?").arg(WorkspaceLocation::displayName(path)));
}

void MainWindow::openWorkspace(const QString& path)
{
    if (confirmLeavingWorkspace(path))
        m_session->open(path);
}

ServerConnectDialog* MainWindow::showConnectDialog()
{
    auto* dialog = new ServerConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openWorkspace(dialog->uri()); });
    dialog->open();
    return dialog;
}

void MainWindow::createWorkspace(const QString& path)
{
    if (confirmLeavingWorkspace(path))
        m_session->open(path, true);
}

void MainWindow::createDemoWorkspace(const QString& path)
{
    if (m_session->isCreatingDemo() || !confirmLeavingWorkspace(path))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Creating the demo workspace in %1…").arg(QDir::toNativeSeparators(path)));
    m_session->createDemo(path);
}

void MainWindow::closeWorkspace()
{
    if (!confirmDiscardDefinition(tr("The segment builder has unsaved changes. Close the workspace anyway?")))
        return;
    m_session->close();
    m_openedPath.clear();
    forgetBuilderSelection();
    RecentWorkspaces::setLast({});
    m_customers->setWorkspace({}, {}); // the builder and the dock follow the session
    updateCountLabel();
    updateTitle();
    updateActions();
}

void MainWindow::onOpened(const WorkspaceSummary& summary)
{
    statusBar()->clearMessage();
    forgetBuilderSelection();
    m_customers->setWorkspace(summary.path, summary.fields); // the builder and the dock follow the session
    // Each its own event, so that opening a big workspace does not block the event loop for all of it at once:
    // the recent list (written to the settings file) and showing the Dashboard (laid out the first time).
    // A server is left out: it is reached through File → Connect to Server… and its saved profiles.
    const bool onServer = PgWorkspace::isUri(summary.path);
    if (!onServer)
        QTimer::singleShot(0, this, [this, path = summary.path] {
            m_recent->add(path);
            RecentWorkspaces::setLast(path);
        });
    // A workspace with segments opens on the Dashboard, unless another page than the first was chosen.
    const bool fresh = summary.path != std::exchange(m_openedPath, summary.path);
    if (fresh && !summary.segments.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (currentPage() == Page::Customers)
                showPage(Page::Dashboard);
        });
    updateTitle();
    updateActions();
    updateCountLabel();
    if (std::exchange(m_importAfterOpen, false))
        showImportWizard(std::exchange(m_pendingImportFile, QString()));
}

void MainWindow::onOpenFailed(const QString& path, const QString& error)
{
    statusBar()->clearMessage();
    m_importAfterOpen = false;
    if (!QFileInfo::exists(path))
        m_recent->remove(path);
    showWarning(tr("Cannot Open Workspace"),
                tr("%1\n\nChoose another workspace with File > Open, or create a new one.").arg(error));
    updateActions();
}

void MainWindow::updateTitle()
{
    const QString path = m_session->path();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Segment Workbench")
                                  : tr("%1 – Segment Workbench").arg(WorkspaceLocation::displayName(path)));
    m_workspaceLabel->setText(path.isEmpty()                 ? QString()
                                  : PgWorkspace::isUri(path) ? ServerProfiles::displayUri(path)
                                                             : QDir::toNativeSeparators(path));
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    m_actions->closeWorkspace->setEnabled(open);
    // Without a workspace it asks for one first; a server is loaded with `swb import FILE --db URI` so far.
    const bool onServer = open && PgWorkspace::isUri(m_session->path());
    m_actions->importData->setEnabled(!onServer);
    m_actions->importData->setStatusTip(onServer ? PgTasks::notOnServer(tr("The import wizard"))
                                                 : tr("Import customers or orders from a CSV file"));
    m_actions->exportData->setEnabled(open && !m_session->summary().fields.isEmpty());
    m_actions->refresh->setEnabled(open);
    m_actions->exportReport->setEnabled(open && !m_session->segments()->segments().isEmpty());
    // Export Chart and Copy Chart act on the chart last clicked on the page shown (Dashboard, RFM, Clusters).
    const DashboardExport* charts = currentChartExport();
    const QString chart = charts ? charts->currentTitle() : QString();
    const bool hasChart = charts && charts->current();
    m_actions->exportChart->setEnabled(hasChart);
    m_actions->copyChart->setEnabled(hasChart);
    m_actions->exportChart->setStatusTip(hasChart ? tr("Save \"%1\" as PNG, SVG or PDF").arg(chart)
                                                  : tr("Click a chart on the Dashboard first, then export it"));
}

bool MainWindow::askOpen()
{
    const QString start = m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start,
                                                      tr("Workspaces (%1);;All files (*)").arg(s_workspaceFilter));
    if (path.isEmpty())
        return false;
    openWorkspace(path);
    return true;
}

bool MainWindow::askNew()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::home().filePath(tr("customers.sqlite")),
                                       tr("Workspaces (%1)").arg(s_workspaceFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo::exists(path)) {
        // The file dialog asked to overwrite; a workspace is never silently emptied, so it is opened instead.
        QMessageBox::information(this, tr("New Workspace"),
                                 tr("%1 already exists; it is opened as it is. To start from scratch, choose a new "
                                    "file name.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    createWorkspace(path);
    return true;
}

ImportWizard* MainWindow::showImportWizard(const QString& file)
{
    if (!m_session->isOpen()) {
        // The wizard opens once the workspace chosen here is open.
        QMessageBox box(QMessageBox::Question, tr("Import"),
                        tr("Data is imported into a workspace. Create a new workspace for it, or open one you "
                           "already have."),
                        QMessageBox::Cancel, this);
        QPushButton* create = box.addButton(tr("&Create Workspace…"), QMessageBox::AcceptRole);
        QPushButton* open = box.addButton(tr("&Open Workspace…"), QMessageBox::ActionRole);
        box.setDefaultButton(create);
        box.exec();
        m_importAfterOpen = true;
        m_pendingImportFile = file;
        const bool chosen = (box.clickedButton() == create && askNew()) || (box.clickedButton() == open && askOpen());
        if (!chosen)
            m_importAfterOpen = false;
        return nullptr;
    }
    auto* wizard = new ImportWizard(m_session->path(), !m_session->summary().fields.isEmpty(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.trimmed().isEmpty())
        wizard->setFilePath(file);
    const QString workspace = m_session->path();
    connect(wizard, &ImportWizard::importFinished, this, [this, workspace](const ImportReport& report) {
        if (report.ok && m_session->path() == workspace)
            m_session->reload();
    });
    wizard->show();
    return wizard;
}

ExportDialog* MainWindow::showExportDialog()
{
    if (!m_session->isOpen() || m_session->summary().fields.isEmpty())
        return nullptr;
    QList<NamedSelection> selections{{tr("All customers"), {}, false}};
    const Selection shown = m_customers->model()->selection();
    if (!shown.isAll())
        selections.prepend({tr("The customers shown in the table"), shown, false});
    auto* dialog = new ExportDialog(m_session->path(), m_session->summary().fields, selections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ReviewReportDialog* MainWindow::showReviewReportDialog()
{
    if (!m_session->isOpen() || m_session->segments()->segments().isEmpty())
        return nullptr;
    auto* dialog = new ReviewReportDialog(m_session->path(), m_session->segments()->names(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewReportDialog::reportWritten, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Review report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::setSegmentsWidget(QWidget* widget)
{
    QWidget* old = m_segmentsDock->widget();
    m_segmentsDock->setWidget(widget);
    if (old == m_segments)
        m_segments = nullptr;
    if (old)
        old->deleteLater();
}

void MainWindow::setPageWidget(Page page, QWidget* widget)
{
    const int index = int(page);
    const QString text = m_pages->tabText(index);
    const QIcon icon = m_pages->tabIcon(index);
    QWidget* old = m_pages->widget(index);
    const bool current = m_pages->currentIndex() == index;
    m_pages->removeTab(index);
    m_pages->insertTab(index, widget, icon, text);
    if (current)
        m_pages->setCurrentIndex(index);
    if (old)
        old->deleteLater();
    onPageChanged();
}

void MainWindow::setCurrentSelection(const Selection& selection, const QString& description)
{
    m_customers->setSelection(selection, description);
}

void MainWindow::onPageChanged()
{
    // A page that edits something owns a QUndoStack; Undo/Redo follow the page shown.
    QWidget* page = m_pages->currentWidget();
    QUndoStack* stack = page == m_builder ? m_builder->undoStack() : page ? page->findChild<QUndoStack*>() : nullptr;
    if (stack && !m_undoGroup->stacks().contains(stack))
        m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
    updateCountLabel();
    if (m_actions)
        updateActions();
}

void MainWindow::updateCountLabel()
{
    if (!m_countLabel)
        return;
    if (!m_session->isOpen()) {
        m_countLabel->clear();
        return;
    }
    if (m_session->summary().fields.isEmpty()) {
        m_countLabel->setText(tr("No customers"));
        return;
    }
    if (m_pages->currentWidget() == m_builder) {
        m_countLabel->setText(m_builderCount < 0 ? QString()
                                                 : tr("%Ln customer(s) match", nullptr, int(m_builderCount)));
        return;
    }
    m_countLabel->setText(m_customerCount < 0 ? tr("Counting…") : tr("%Ln customer(s)", nullptr, int(m_customerCount)));
}

void MainWindow::showPreferences()
{
    const WorkspaceSummary& summary = m_session->summary();
    PreferencesDialog dialog(m_session->isOpen(), summary.asOfDate, summary.asOfDateOverride, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PreferencesDialog::storeLanguage(dialog.language());
    PreferencesDialog::storeKeepCopies(dialog.keepCopies());
    if (!m_session->isOpen() || !dialog.asOfDateChanged())
        return;
    const QFuture<QString> stored
        = Jobs::start<QString>({tr("Storing the as-of date"), JobPool::Writes},
                               [path = m_session->path(), date = dialog.asOfDateOverride()](JobControl&) {
                                   return WorkspaceTasks::setAsOfDateOverride(path, date);
                               });
    // Cancelled from the status bar: read the workspace again, so the window shows the date it really has.
    Jobs::whenFinished<QString>(
        stored, this,
        [this](const QString& error) {
            if (!error.isEmpty())
                showWarning(tr("Preferences"), error);
            m_session->reload();
        },
        [this] { m_session->reload(); });
}

void MainWindow::showWarning(const QString& title, const QString& text)
{
    // Window-modal without a nested event loop: background results keep arriving while it is shown.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closing && !confirmDiscardDefinition(tr("The segment builder has unsaved changes. Quit anyway?"))) {
        event->ignore();
        return;
    }
    if (m_jobs->isBusy() && !m_closing && !m_jobIndicator->isShowingJob()) {
        // Jobs too short for the status bar to show (a count, a page of the table) are worth neither a question nor
        // a wait: they are cancelled, and the thread pools let them end before the application does.
        m_jobs->cancelAll();
    } else if (m_jobs->isBusy()) {
        if (!m_closing) {
            const auto answer = QMessageBox::question(
                this, tr("Quit"),
                tr("A background job is still running. Cancel it and quit? Cancelled imports leave the workspace "
                   "as it was."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
        }
        // The window closes when the jobs have stopped (JobTracker::changed).
        m_closing = true;
        m_jobs->cancelAll();
        statusBar()->showMessage(tr("Cancelling the running jobs…"));
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QFileInfo file(url.toLocalFile());
        if (url.isLocalFile() && (isImportable(file) || isWorkspace(file))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QFileInfo file(url.toLocalFile());
        if (!url.isLocalFile())
            continue;
        if (isWorkspace(file)) {
            event->acceptProposedAction();
            openWorkspace(file.absoluteFilePath());
            return;
        }
        if (isImportable(file)) {
            event->acceptProposedAction();
            showImportWizard(file.absoluteFilePath());
            return;
        }
    }
}

} // namespace swb
