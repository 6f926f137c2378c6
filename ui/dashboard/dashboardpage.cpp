#include "ui/dashboard/dashboardpage.h"

#include "model/analytics/kpiservice.h"
#include "model/analytics/overlapservice.h"
#include "model/jobs/segmentoperations.h"
#include "ui/charts/barchart.h"
#include "ui/charts/heatmap.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/dashboardexport.h"
#include "ui/dashboard/distributionpanel.h"
#include "ui/dashboard/kpitablemodel.h"
#include "ui/dashboard/segmentchecklist.h"
#include "ui/dashboard/segmentchooser.h"
#include "ui/dashboard/trendpanel.h"
#include "ui/dashboard/wrappingheader.h"
#include "ui/segments/segmentnamedialog.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace swb {

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_kpis(new KpiService(this))
    , m_overlaps(new OverlapService(this))
    , m_checklist(new SegmentChecklist(this))
    , m_model(new KpiTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_charts(new DashboardCharts(this))
    , m_distribution(new DistributionPanel(this))
    , m_trend(new TrendPanel(this))
    , m_recomputeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    // Several triggers in a row (a reload re-reads the segments too) start one computation.
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, &DashboardPage::recompute);
    createTable();

    // The overview is what a user sees first; the distribution of one segment is a click away.
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_charts, tr("Overview"));
    m_chartTabs->addTab(m_distribution, tr("Distribution"));
    m_chartTabs->addTab(m_trend, tr("Trend"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartTabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({190, 580});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createStatusRow());
    layout->addWidget(splitter, 1);

    connect(m_checklist, &SegmentChecklist::checkedChanged, this, &DashboardPage::scheduleRecompute);
    connect(m_kpis, &KpiService::finished, this, &DashboardPage::onKpis);
    connect(m_kpis, &KpiService::failed, this, &DashboardPage::onFailed);
    connect(m_kpis, &KpiService::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_overlaps, &OverlapService::finished, this, &DashboardPage::onOverlap);
    connect(m_overlaps, &OverlapService::failed, this, &DashboardPage::onFailed);
    connect(m_charts, &DashboardCharts::overlapCellActivated, this, &DashboardPage::offerIntersection);
    createExport();
    // The page is loaded once the distribution (and the trend, when its tab is shown) are drawn too.
    auto loadedWhenDone = [this] {
        if (m_loaded && m_pending <= 0 && !m_distribution->isComputing() && !m_trend->isComputing())
            emit loaded();
    };
    connect(m_distribution, &DistributionPanel::shown, this, loadedWhenDone);
    connect(m_trend, &TrendPanel::updated, this, loadedWhenDone);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::createTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("kpiTable"));
    // Titles on up to three lines: the columns are about as wide as their values, and the table fits.
    m_table->setHorizontalHeader(new WrappingHeader(Qt::Horizontal, m_table));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the base first, then the segments in list order
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Compact rows leave the charts below the height they need at 1280×800.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A segment's row chosen in the table is the one the distribution compares; Enter or a double click shows it.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& row) {
        const QString name = row.siblingAtColumn(KpiTableModel::Name).data(Qt::UserRole).toString();
        if (!name.isEmpty())
            m_distribution->chooseSegment(name);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& row) {
        if (!row.siblingAtColumn(KpiTableModel::Name).data(Qt::UserRole).toString().isEmpty())
            m_chartTabs->setCurrentWidget(m_distribution);
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(tr("Copy as TSV"), m_table);
    copy->setObjectName(QStringLiteral("copyKpis"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DashboardPage::copyTable);
    m_table->addAction(copy);
}

void DashboardPage::createExport()
{
    m_export = new DashboardExport(this);
    for (ChartPanel* chart :
         std::initializer_list<ChartPanel*>{m_charts->sizesChart(), m_charts->kpiChart(), m_charts->shareChart(),
                                            m_charts->overlapChart(), m_distribution->chart(), m_trend->chart()})
        m_export->track(chart);
    m_export->trackTable(m_table, tr("KPI table"), [this] { return m_model->toTsv(); });
    auto* save = new QAction(tr("Save Table As…"), m_table);
    save->setObjectName(QStringLiteral("saveKpis"));
    connect(save, &QAction::triggered, this, [this] {
        m_export->setCurrent(m_table);
        m_export->exportCurrent();
    });
    m_table->addAction(save);
    connect(m_chartTabs, &QTabWidget::currentChanged, m_export, &DashboardExport::refresh);
    connect(m_export, &DashboardExport::exported, this,
            [this](const QString& path) { emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path))); });
    connect(m_export, &DashboardExport::exportFailed, this, [this](const QString& error) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Chart"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

QWidget* DashboardPage::createStatusRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chooser = new SegmentChooser(m_checklist, row);
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_progress = new QProgressBar(row);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto* hint = new QLabel(tr("Click an overlap cell to save or open the customers in both segments."), row);
    hint->setForegroundRole(QPalette::PlaceholderText);
    // Long in some languages: it wraps rather than widen the window.
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_chooser);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(hint, 1);
    return row;
}

void DashboardPage::setSession(SegmentOperations* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_trend->setSession(session);
    if (!m_session)
        return;
    connect(m_session, &SegmentOperations::workspaceChanged, this, &DashboardPage::onWorkspaceChanged);
    connect(m_session, &SegmentOperations::workspaceReloaded, this, &DashboardPage::onWorkspaceData);
    connect(m_session, &SegmentOperations::workspaceReloaded, this, &DashboardPage::onSegmentsChanged);
    connect(m_session, &SegmentOperations::segmentsChanged, this, &DashboardPage::onSegmentsChanged);
    onWorkspaceChanged();
}

bool DashboardPage::isComputing() const
{
    return m_kpis->isRunning() || m_overlaps->isRunning() || m_distribution->isComputing() || m_trend->isComputing();
}

void DashboardPage::onWorkspaceChanged()
{
    m_kpis->cancel();
    m_overlaps->cancel();
    m_model->clear();
    m_charts->clear();
    m_trend->clear();
    m_loaded = false;
    onWorkspaceData();
    onSegmentsChanged();
}

void DashboardPage::onWorkspaceData()
{
    const bool open = m_session && m_session->isOpen();
    m_distribution->setWorkspace(open ? m_session->path() : QString(),
                                 open ? m_session->filterContext().fields : QList<FieldInfo>{});
}

void DashboardPage::onSegmentsChanged()
{
    const bool open = m_session && m_session->isOpen();
    m_checklist->setSegments(open ? m_session->path() : QString(), open ? m_session->segments() : QList<Segment>{});
    m_chooser->update();
    m_model->setColors(m_checklist->colors());
    m_distribution->setSegments(open ? m_session->names() : QStringList{}, m_checklist->colors());
    scheduleRecompute();
}

void DashboardPage::scheduleRecompute()
{
    m_dirty = true;
    if (isVisible())
        m_recomputeTimer->start();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_recomputeTimer->start();
}

void DashboardPage::recompute()
{
    m_dirty = false;
    m_loaded = false;
    if (!m_session || !m_session->isOpen()) {
        m_kpis->cancel();
        m_overlaps->cancel();
        m_model->clear();
        m_charts->clear();
        m_trend->clear();
        m_status->setText(tr("Open a workspace to review its segments."));
        m_progress->hide();
        return;
    }
    const QStringList names = m_checklist->checkedNames();
    m_pending = 2;
    m_status->setText(tr("Computing…"));
    m_progress->setValue(0);
    m_progress->show();
    m_kpis->start(m_session->path(), names);
    m_overlaps->start(m_session->path(), names.mid(0, DashboardCharts::maxDrawn));
    QList<QPair<QString, QColor>> trend;
    const QHash<QString, QColor> colors = m_checklist->colors();
    for (const QString& name : names)
        trend << qMakePair(name, colors.value(name));
    m_trend->setSegments(trend);
}

void DashboardPage::onKpis(const KpiReport& report)
{
    m_model->setReport(report);
    m_charts->setKpis(m_model);
    partDone();
}

void DashboardPage::onOverlap(const OverlapMatrix& matrix)
{
    m_charts->setOverlap(matrix);
    partDone();
}

void DashboardPage::onFailed(const QString& error)
{
    m_status->setText(tr("Cannot compute the dashboard: %1").arg(error));
    partDone();
}

void DashboardPage::partDone()
{
    if (--m_pending > 0)
        return;
    m_progress->hide();
    if (m_status->text() == tr("Computing…")) {
        const int drawn = m_checklist->checkedNames().size();
        m_status->setText(
            drawn > DashboardCharts::maxDrawn
                ? tr("The charts show the first %1 of %2 chosen segments.").arg(DashboardCharts::maxDrawn).arg(drawn)
                : QString());
    }
    m_loaded = true;
    if (!m_distribution->isComputing() && !m_trend->isComputing())
        emit loaded();
}

QByteArray DashboardPage::intersectionDefinition(const QString& a, const QString& b)
{
    const auto rule = [](const QString& name) {
        return QJsonObject{{QStringLiteral("field"), QStringLiteral("@segment")},
                           {QStringLiteral("operator"), QStringLiteral("in")},
                           {QStringLiteral("value"), QJsonArray{name}}};
    };
    const QJsonObject definition{{QStringLiteral("combinator"), QStringLiteral("and")},
                                 {QStringLiteral("rules"), QJsonArray{rule(a), rule(b)}}};
    return QJsonDocument(definition).toJson(QJsonDocument::Compact);
}

void DashboardPage::offerIntersection(int row, int column)
{
    Heatmap* heatmap = m_charts->overlapChart();
    const QStringList labels = heatmap->labels();
    if (row == column || row < 0 || column < 0 || row >= labels.size() || column >= labels.size())
        return;
    const QString a = labels.at(row);
    const QString b = labels.at(column);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("overlapMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* save = menu->addAction(tr("Save Intersection as Segment…"));
    save->setObjectName(QStringLiteral("saveIntersection"));
    connect(save, &QAction::triggered, this, [this, a, b] { askSaveIntersection(a, b); });
    QAction* open = menu->addAction(tr("Open in Segment Builder"));
    open->setObjectName(QStringLiteral("openIntersection"));
    connect(open, &QAction::triggered, this,
            [this, a, b] { emit openDefinitionRequested(intersectionDefinition(a, b)); });
    menu->popup(heatmap->mapToGlobal(heatmap->cellRect(row, column).center()));
}

void DashboardPage::askSaveIntersection(const QString& a, const QString& b)
{
    if (!m_session || !m_session->isOpen())
        return;
    const QStringList names = m_session->names();
    auto check = [names](const QString& name) {
        const QString problem = SegmentNameDialog::basicProblem(name);
        if (!problem.isEmpty())
            return problem;
        const QString clash = SegmentNameDialog::clashingName(names, name);
        return clash.isEmpty() ? QString() : tr("A segment named \"%1\" exists already.").arg(clash);
    };
    //: The suggested name of a segment of the customers in both segments %1 and %2.
    const QString suggestion = m_session->uniqueName(tr("%1 and %2").arg(a, b));
    auto* dialog = new SegmentNameDialog(
        tr("Save Intersection"), tr("Name of the new segment of the customers in both \"%1\" and \"%2\":").arg(a, b),
        suggestion, check, this);
    dialog->setObjectName(QStringLiteral("intersectionNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, a, b] {
        const QString name = dialog->name();
        m_session->save(name, intersectionDefinition(a, b), false, this, [this, name](const SegmentChange& change) {
            if (change.ok) {
                emit statusMessage(tr("Saved the segment \"%1\".").arg(name));
                return;
            }
            auto* box
                = new QMessageBox(QMessageBox::Warning, tr("Save Intersection"), change.error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    });
    dialog->open();
}

void DashboardPage::copyTable()
{
    QGuiApplication::clipboard()->setText(m_model->toTsv());
}

} // namespace swb
