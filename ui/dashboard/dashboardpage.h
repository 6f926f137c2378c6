// The Dashboard: the chosen segments' KPIs next to the whole base's, their sizes, one KPI per segment, who brings
// the money, how the segments overlap, and how one segment's values of a field are spread against the base. Everything
// is computed in the background (KpiService, OverlapService) and again when the segments, the workspace or the choice
// change; the newest request wins.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace swb {

class DashboardCharts;
class DashboardExport;
class DistributionPanel;
class TrendPanel;
class KpiService;
class KpiTableModel;
class OverlapService;
class SegmentChecklist;
class SegmentChooser;
class SegmentOperations;
struct KpiReport;
struct OverlapMatrix;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setSession(SegmentOperations* session);

    // The KPIs and overlaps of the current choice are shown (loaded() was emitted for them).
    bool isLoaded() const { return m_loaded; }
    bool isComputing() const;
    SegmentChecklist* checklist() const { return m_checklist; }
    SegmentChooser* segmentChooser() const { return m_chooser; }
    QTableView* table() const { return m_table; }
    KpiTableModel* model() const { return m_model; }
    DashboardCharts* charts() const { return m_charts; }
    DistributionPanel* distribution() const { return m_distribution; }
    TrendPanel* trend() const { return m_trend; }
    QTabWidget* chartTabs() const { return m_chartTabs; }
    // The chart (or table) last clicked, for the File menu's Export Chart… and Copy Chart.
    DashboardExport* chartExport() const { return m_export; }
    QLabel* statusLabel() const { return m_status; }

    // Customers in both segments `a` and `b`, as a dynamic definition over `@segment`.
    static QByteArray intersectionDefinition(const QString& a, const QString& b);

signals:
    // The KPIs and overlaps of the current choice have arrived and are drawn.
    void loaded();
    // "Open in builder" on an overlap cell: the window shows the definition in the segment builder.
    void openDefinitionRequested(const QByteArray& definition);
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createTable();
    void createExport();
    QWidget* createStatusRow();
    void onWorkspaceChanged();
    // The fields and data of the open workspace (opened, or reloaded after an import) for the distribution.
    void onWorkspaceData();
    void onSegmentsChanged();
    // Marks the figures outdated; they are computed again at once when the page is shown, else when it is.
    void scheduleRecompute();
    void recompute();
    void onKpis(const KpiReport& report);
    void onOverlap(const OverlapMatrix& matrix);
    void onFailed(const QString& error);
    void partDone();
    void offerIntersection(int row, int column);
    void askSaveIntersection(const QString& a, const QString& b);
    void copyTable();

    SegmentOperations* m_session = nullptr;
    KpiService* m_kpis = nullptr;
    OverlapService* m_overlaps = nullptr;
    SegmentChecklist* m_checklist = nullptr;
    SegmentChooser* m_chooser = nullptr;
    KpiTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    DashboardCharts* m_charts = nullptr;
    DistributionPanel* m_distribution = nullptr;
    TrendPanel* m_trend = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    DashboardExport* m_export = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_recomputeTimer = nullptr;
    bool m_dirty = false;
    bool m_loaded = false;
    int m_pending = 0; // parts (KPIs, overlaps) of the current request still to arrive
};

} // namespace swb
