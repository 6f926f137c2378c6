// The RFM page: score the customers with 3, 4 or 5 levels (in the background, with progress and Cancel), see the
// R × FM grid as a heat map of customer counts with each cell's named group, give a cell another group (undoable,
// stored in the workspace), compare the groups (size, shares, mean R/F/M, KPIs), save them as segments or open one in
// the builder, and see how customers moved between the last two runs.
#pragma once

#include "model/analytics/rfmoverview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace swb {

class DashboardExport;
class MatrixHeatmap;
class RfmGroupTableModel;
class RfmService;
class RfmTransitionsPanel;
class SegmentOperations;

class RfmPage : public QWidget
{
    Q_OBJECT

public:
    explicit RfmPage(QWidget* parent = nullptr);
    ~RfmPage() override;

    void setSession(SegmentOperations* session);

    // Scores the customers again with the chosen levels (the grid of the latest run when it has those levels).
    void run();
    void cancel();
    bool isRunning() const;
    // The figures of the open workspace are shown (loaded() was emitted for them) and nothing is running.
    bool isLoaded() const;
    const std::optional<RfmOverview>& overview() const { return m_overview; }
    // The grid shown (with the edits not yet read back).
    const RfmGrid& grid() const { return m_grid; }

    // Gives cell (r, fm) the group `group` through the undo stack.
    void chooseGroup(int r, int fm, const QString& group);
    // Saves one static segment per non-empty group ("RFM: Champions", …).
    void saveGroupsAsSegments();
    // Opens the group of the table's current row in the segment builder.
    void openCurrentGroup();
    // The dynamic definition of a group (rfm_group = group).
    static QByteArray groupDefinition(const QString& group);

    QComboBox* levelsBox() const { return m_levels; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* errorLabel() const { return m_error; }
    MatrixHeatmap* gridChart() const { return m_gridChart; }
    MatrixHeatmap* transitionChart() const;
    RfmTransitionsPanel* transitions() const { return m_transitions; }
    QTabWidget* chartTabs() const { return m_chartTabs; }
    QTableView* table() const { return m_table; }
    RfmGroupTableModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undo; }
    // The chart (or table) last clicked, for the File menu's Export Chart… and Copy Chart.
    DashboardExport* chartExport() const { return m_export; }

signals:
    // The figures of the open workspace (after a run, an edit or a reload) are drawn.
    void loaded();
    // "Open group in builder": the window shows the definition in the segment builder.
    void openDefinitionRequested(const QByteArray& definition);
    // A run changed the customers' fields: the window reads the workspace again.
    void workspaceDataChanged();
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createControls();
    void createCharts();
    void createTable();
    void createExport();
    void onWorkspaceChanged();
    void scheduleRefresh();
    void refresh();
    void onOverview(const RfmOverview& overview);
    void onRunFinished(const RfmResult& result);
    void onRunFailed(const QString& error);
    void showGrid();
    void updateButtons();
    void offerGroups(int row, int column);
    void setCellGroup(int r, int fm, const QString& group);
    void warn(const QString& title, const QString& text);
    // The line under the controls that says what went wrong (hidden when `text` is empty).
    void showError(const QString& text);

    SegmentOperations* m_session = nullptr;
    RfmService* m_service = nullptr;
    RfmGroupTableModel* m_model = nullptr;
    QUndoStack* m_undo = nullptr;
    QComboBox* m_levels = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_saveSegments = nullptr;
    QPushButton* m_openGroup = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    MatrixHeatmap* m_gridChart = nullptr;
    RfmTransitionsPanel* m_transitions = nullptr;
    QTableView* m_table = nullptr;
    DashboardExport* m_export = nullptr;
    QTimer* m_refreshTimer = nullptr;
    std::optional<RfmOverview> m_overview;
    RfmGrid m_grid;
    int m_pendingEdits = 0; // grid edits not yet stored: a read meanwhile keeps the grid shown
    bool m_dirty = false;
    bool m_answered = false; // the last read of the figures has answered (with figures or a reason)
};

} // namespace swb
