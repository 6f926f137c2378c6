// The application window: assembles pages, docks and actions; the work happens in model/ services.
#pragma once

#include "model/browse/namedselection.h"
#include "model/jobs/latestjob.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTabWidget;
class QUndoGroup;

namespace swb {

class ClustersPage;
class CustomersPage;
class DashboardExport;
class DashboardPage;
class ExportDialog;
class ImportWizard;
class JobIndicator;
class JobTracker;
class MainActions;
class RecentWorkspaces;
class ReviewReportDialog;
class RfmPage;
class SegmentBuilderPage;
class SegmentsDock;
class ServerConnectDialog;
class ValuePage;
class WorkspaceSession;
struct WorkspaceSummary;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Customers, Builder, Dashboard, Rfm, Clusters, Value };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession* session() const { return m_session; }
    // The application's JobTracker: every job the window starts, shown in the status bar.
    JobTracker* jobs() const { return m_jobs; }
    JobIndicator* jobIndicator() const { return m_jobIndicator; }
    CustomersPage* customersPage() const { return m_customers; }
    SegmentBuilderPage* builderPage() const { return m_builder; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    RfmPage* rfmPage() const { return m_rfm; }
    ClustersPage* clustersPage() const { return m_clusters; }
    ValuePage* valuePage() const { return m_value; }
    SegmentsDock* segmentsWidget() const { return m_segments; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }

    // Where the demo workspace is created by default (the application's data folder).
    static QString defaultDemoPath();

    void openWorkspace(const QString& path);
    void createWorkspace(const QString& path);
    void createDemoWorkspace(const QString& path = defaultDemoPath());
    void closeWorkspace();
    // Opens the import wizard (on `file` when given); nullptr when no workspace is open.
    ImportWizard* showImportWizard(const QString& file = {});
    ExportDialog* showExportDialog();
    // File → Connect to Server… (window-modal): a workspace on a PostgreSQL server opens once it connects.
    ServerConnectDialog* showConnectDialog();
    // File > Export Review Report…; nullptr when no workspace with saved segments is open.
    ReviewReportDialog* showReviewReportDialog();
    void showPage(Page page);
    Page currentPage() const;

    // The segments dock shows `widget` instead of the saved segments list (the dock takes ownership).
    void setSegmentsWidget(QWidget* widget);
    QDockWidget* segmentsDock() const { return m_segmentsDock; }
    // A page replaces its placeholder (the window takes ownership). A page that owns a QUndoStack gets
    // Undo/Redo while it is shown.
    void setPageWidget(Page page, QWidget* widget);
    // The customers shown in the table (from a segment or the builder); empty: everyone.
    void setCurrentSelection(const Selection& selection, const QString& description);

signals:
    // The open workspace (or the no-workspace state) is shown with its first rows and count.
    void workspaceShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createPages();
    // The RFM tab, before the Clusters tab.
    void createRfmPage();
    // The chart export of the page shown (Dashboard, RFM), for File > Export Chart… and Copy Chart.
    DashboardExport* currentChartExport() const;
    void createDock();
    void connectSegments();
    // Opens the export dialog with the customers of the saved segment `name` chosen.
    void exportSegment(const QString& name);
    void showSegmentInTable(const QString& name);
    // The Dashboard's "Open in builder": the definition replaces the builder's (after asking about unsaved rules).
    void openDefinitionInBuilder(const QByteArray& definition);
    // After a workspace is shown: the builder's selections are compared with all customers again.
    void forgetBuilderSelection();
    void createStatusBar();
    void restoreSettings();
    void onOpened(const WorkspaceSummary& summary);
    void onOpenFailed(const QString& path, const QString& error);
    void onPageChanged();
    void updateCountLabel();
    void updateTitle();
    void updateActions();
    // Both return whether a workspace was chosen (it then opens in the background).
    bool askOpen();
    bool askNew();
    void showPreferences();
    void showAbout();
    void showWarning(const QString& title, const QString& text);
    // True when the builder holds no unsaved rules, or the user agrees to lose them (`question` ends "anyway?").
    bool confirmDiscardDefinition(const QString& question);
    // Opening another workspace replaces the builder's definition.
    bool confirmLeavingWorkspace(const QString& path);

    JobTracker* m_jobs = nullptr;
    WorkspaceSession* m_session = nullptr;
    MainActions* m_actions = nullptr;
    RecentWorkspaces* m_recent = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QTabWidget* m_pages = nullptr;
    CustomersPage* m_customers = nullptr;
    SegmentBuilderPage* m_builder = nullptr;
    DashboardPage* m_dashboard = nullptr;
    RfmPage* m_rfm = nullptr;
    ClustersPage* m_clusters = nullptr;
    ValuePage* m_value = nullptr;
    QString m_openedPath; // the workspace last opened: a reload of it keeps the page shown
    qint64 m_customerCount = -1;
    qint64 m_builderCount = -1;
    // What the table was last given from the builder: condition and description, and the bound values.
    Selection m_builderSelection; // what the table last showed for the builder, with its description
    QString m_builderDescription;
    QDockWidget* m_segmentsDock = nullptr;
    SegmentsDock* m_segments = nullptr;
    LatestJob<SegmentSelections> m_segmentSelection{this};
    JobIndicator* m_jobIndicator = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    // A workspace is being created for an import: the wizard opens (on this file) once it is open.
    bool m_importAfterOpen = false;
    QString m_pendingImportFile;
    bool m_closing = false;
};

} // namespace swb
