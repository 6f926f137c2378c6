#include "ui/rfm/rfmpage.h"

#include "model/analytics/rfmservice.h"
#include "model/jobs/segmentoperations.h"
#include "ui/charts/matrixheatmap.h"
#include "ui/dashboard/dashboardexport.h"
#include "ui/dashboard/wrappingheader.h"
#include "ui/rfm/rfmgridcommand.h"
#include "ui/rfm/rfmgrouptablemodel.h"
#include "ui/rfm/rfmtransitionspanel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace swb {

RfmPage::RfmPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new RfmService(this))
    , m_model(new RfmGroupTableModel(this))
    , m_undo(new QUndoStack(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("rfmPage"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &RfmPage::refresh);
    auto* controls = createControls();
    createCharts();
    createTable();
    // The group actions sit above the table they act on, leaving the top row room for the run's status.
    auto* groups = new QWidget(this);
    auto* groupLayout = new QVBoxLayout(groups);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Groups of the latest run:"), groups), 1);
    actions->addWidget(m_saveSegments);
    actions->addWidget(m_openGroup);
    groupLayout->addLayout(actions);
    groupLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartTabs);
    splitter->addWidget(groups);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 310});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    createExport();

    connect(m_service, &RfmService::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_service, &RfmService::finished, this, &RfmPage::onRunFinished);
    connect(m_service, &RfmService::failed, this, &RfmPage::onRunFailed);
    connect(m_service, &RfmService::overviewReady, this, &RfmPage::onOverview);
    connect(m_service, &RfmService::overviewFailed, this, [this](const QString& error) {
        m_status->clear();
        showError(tr("Cannot read the RFM groups: %1").arg(error));
        m_overview.reset();
        m_model->clear();
        showGrid();
        m_transitions->clear();
        m_answered = true;
        updateButtons();
        if (isLoaded())
            emit loaded(); // what there is to show (the reason) is shown
    });
    updateButtons();
}

RfmPage::~RfmPage() = default;

QWidget* RfmPage::createControls()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_levels = new QComboBox(row);
    m_levels->setObjectName(QStringLiteral("rfmLevels"));
    for (const int levels : {3, 4, 5})
        m_levels->addItem(tr("%1 levels").arg(levels), levels);
    m_levels->setCurrentIndex(2);
    m_levels->setToolTip(tr("How many scores R, F and M each have; the named groups are defined for 3, 4 and 5."));
    m_run = new QPushButton(tr("&Run RFM"), row);
    m_run->setObjectName(QStringLiteral("rfmRun"));
    m_cancel = new QPushButton(tr("Cancel"), row);
    m_cancel->setObjectName(QStringLiteral("rfmCancel"));
    m_progress = new QProgressBar(row);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("rfmStatus"));
    // What went wrong, and what to do, gets a line of its own: it may be long.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rfmError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_saveSegments = new QPushButton(tr("Save Groups as Segments"), row);
    m_saveSegments->setObjectName(QStringLiteral("rfmSaveSegments"));
    m_saveSegments->setToolTip(tr("Saves one static segment per group (\"RFM: Champions\", …), replacing those of an "
                                  "earlier save."));
    m_openGroup = new QPushButton(tr("Open Group in Builder"), row);
    m_openGroup->setObjectName(QStringLiteral("rfmOpenGroup"));
    m_openGroup->setToolTip(tr("Opens the group chosen in the table as a dynamic definition on rfm_group."));
    layout->addWidget(new QLabel(tr("Scores:"), row));
    layout->addWidget(m_levels);
    layout->addWidget(m_run);
    layout->addWidget(m_cancel);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    connect(m_run, &QPushButton::clicked, this, &RfmPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &RfmPage::cancel);
    connect(m_saveSegments, &QPushButton::clicked, this, &RfmPage::saveGroupsAsSegments);
    connect(m_openGroup, &QPushButton::clicked, this, &RfmPage::openCurrentGroup);
    return row;
}

void RfmPage::createCharts()
{
    m_gridChart = new MatrixHeatmap(this);
    m_gridChart->setObjectName(QStringLiteral("rfmGridChart"));
    m_gridChart->setTitle(tr("Customers per R and FM score"));
    m_gridChart->setAxisTitles(tr("Recency score (R)"), tr("Frequency and monetary score (FM)"));
    m_gridChart->setEmptyText(tr("No RFM run yet: choose the levels and click Run RFM."));
    connect(m_gridChart, &MatrixHeatmap::cellActivated, this, &RfmPage::offerGroups);
    m_transitions = new RfmTransitionsPanel(this);
    connect(m_transitions, &RfmTransitionsPanel::updated, this, [this] {
        if (isLoaded())
            emit loaded();
    });
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("rfmChartTabs"));
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_gridChart, tr("Grid"));
    m_chartTabs->addTab(m_transitions, tr("Transitions"));
    auto* hint = new QLabel(tr("Click a cell to give its customers another group."), m_chartTabs);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(0, 0, 6, 0);
    m_chartTabs->setCornerWidget(hint, Qt::TopRightCorner);
    // Only the grid's cells take clicks.
    connect(m_chartTabs, &QTabWidget::currentChanged, hint,
            [this, hint] { hint->setVisible(m_chartTabs->currentWidget() == m_gridChart); });
}

void RfmPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rfmGroupTable"));
    m_table->setHorizontalHeader(new WrappingHeader(Qt::Horizontal, m_table));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QAbstractItemView::activated, this, &RfmPage::openCurrentGroup);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RfmPage::updateButtons);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* open = new QAction(tr("Open Group in Builder"), m_table);
    connect(open, &QAction::triggered, this, &RfmPage::openCurrentGroup);
    m_table->addAction(open);
    auto* copy = new QAction(tr("Copy as TSV"), m_table);
    copy->setObjectName(QStringLiteral("copyRfmGroups"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(m_model->toTsv()); });
    m_table->addAction(copy);
}

void RfmPage::createExport()
{
    m_export = new DashboardExport(this);
    m_export->track(m_gridChart);
    m_export->track(m_transitions->chart());
    m_export->trackTable(m_table, tr("RFM groups"), [this] { return m_model->toTsv(); });
    connect(m_chartTabs, &QTabWidget::currentChanged, m_export, &DashboardExport::refresh);
    connect(m_export, &DashboardExport::exported, this,
            [this](const QString& path) { emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path))); });
    connect(m_export, &DashboardExport::exportFailed, this,
            [this](const QString& error) { warn(tr("Export Chart"), error); });
}

void RfmPage::setSession(SegmentOperations* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &SegmentOperations::workspaceChanged, this, &RfmPage::onWorkspaceChanged);
    connect(m_session, &SegmentOperations::workspaceReloaded, this, &RfmPage::scheduleRefresh);
    onWorkspaceChanged();
}

void RfmPage::onWorkspaceChanged()
{
    showError({});
    m_service->cancel();
    m_service->cancelOverview();
    m_undo->clear();
    m_overview.reset();
    m_grid = RfmGrid();
    m_model->clear();
    showGrid();
    m_transitions->clear();
    scheduleRefresh();
}

void RfmPage::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer->start();
    updateButtons();
}

void RfmPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_refreshTimer->start();
}

void RfmPage::refresh()
{
    m_dirty = false;
    m_answered = false;
    if (!m_session || !m_session->isOpen()) {
        m_service->cancelOverview();
        m_status->setText(tr("Open a workspace with customers and orders to score them."));
        updateButtons();
        return;
    }
    if (!m_service->isRunning())
        m_status->setText(tr("Reading the RFM groups…"));
    m_service->readOverview(m_session->path());
    updateButtons();
}

MatrixHeatmap* RfmPage::transitionChart() const
{
    return m_transitions->chart();
}

bool RfmPage::isRunning() const
{
    return m_service->isRunning();
}

bool RfmPage::isLoaded() const
{
    return m_answered && !m_dirty && !m_service->isRunning() && !m_service->isReadingOverview() && m_pendingEdits == 0
        && !m_transitions->isReading();
}

void RfmPage::run()
{
    if (!m_session || !m_session->isOpen() || m_service->isRunning())
        return;
    RfmConfig config;
    config.levels = m_levels->currentData().toInt();
    config.grid = m_grid.isValid() && m_grid.levels() == config.levels ? m_grid : RfmGrid::defaultGrid(config.levels);
    // The edits so far are in the grid the run scores with; undoing one while the run writes would wait for its lock.
    m_undo->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Scoring the customers…"));
    showError({});
    m_service->start(m_session->path(), config, false);
    updateButtons();
}

void RfmPage::cancel()
{
    m_service->cancel();
}

void RfmPage::onRunFinished(const RfmResult& result)
{
    m_progress->hide();
    const QLocale locale;
    m_status->setText(tr("Run %1: %2 customers scored, %3 without orders.")
                          .arg(result.runId)
                          .arg(locale.toString(result.scored), locale.toString(result.unscored)));
    emit workspaceDataChanged();
    scheduleRefresh();
}

void RfmPage::onRunFailed(const QString& error)
{
    m_progress->hide();
    m_status->clear();
    showError(error);
    updateButtons();
    if (isLoaded())
        emit loaded(); // the figures shown are those of the workspace, which a failed run leaves as it was
}

void RfmPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RfmPage::onOverview(const RfmOverview& overview)
{
    m_overview = overview;
    m_answered = true;
    if (m_pendingEdits == 0)
        m_grid = overview.config.grid;
    m_levels->setCurrentIndex(std::max(0, m_levels->findData(overview.config.levels)));
    m_model->setGroups(overview.hasRun() ? overview.groups : QList<RfmGroupSummary>{});
    showGrid();
    m_transitions->setRuns(m_session ? m_session->path() : QString(), overview.runs, overview.transitions,
                           m_grid.groupNames());
    if (!m_service->isRunning()) {
        const QLocale locale;
        m_status->setText(overview.hasRun()
                              ? tr("Run %1 as of %2: %3 customers scored, %4 without orders.")
                                    .arg(overview.runs.last().id)
                                    .arg(locale.toString(overview.runs.last().asOfDate, QLocale::ShortFormat),
                                         locale.toString(overview.scored), locale.toString(overview.unscored))
                              : tr("No RFM run yet: choose the levels and click Run RFM."));
    }
    updateButtons();
    if (isLoaded())
        emit loaded();
}

void RfmPage::showGrid()
{
    if (!m_overview || !m_overview->hasRun() || !m_grid.isValid()) {
        m_gridChart->setData({}, {}, {});
        return;
    }
    const int levels = m_grid.levels();
    QStringList rows;
    QStringList columns;
    QList<QStringList> captions;
    for (int r = levels; r >= 1; --r) {
        rows << QString::number(r);
        QStringList names;
        for (int fm = 1; fm <= levels; ++fm)
            names << RfmGrid::displayName(m_grid.group(r, fm));
        captions << names;
    }
    for (int fm = 1; fm <= levels; ++fm)
        columns << QString::number(fm);
    m_gridChart->setData(rows, columns, m_overview->cells, captions);
}

void RfmPage::updateButtons()
{
    const bool open = m_session && m_session->isOpen();
    const bool running = m_service->isRunning();
    const bool hasRun = m_overview && m_overview->hasRun();
    m_run->setEnabled(open && !running);
    m_levels->setEnabled(open && !running);
    m_cancel->setEnabled(running);
    m_saveSegments->setEnabled(open && hasRun && !running);
    m_openGroup->setEnabled(open && hasRun && m_table->currentIndex().isValid());
}

void RfmPage::offerGroups(int row, int column)
{
    if (!m_overview || !m_overview->hasRun() || !m_grid.isValid() || m_service->isRunning())
        return;
    const int r = m_grid.levels() - row;
    const int fm = column + 1;
    const QString current = m_grid.group(r, fm);
    QStringList names = RfmGrid::defaultGrid(5).groupNames();
    for (const QString& name : m_grid.groupNames()) {
        if (!names.contains(name))
            names << name;
    }
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rfmGroupMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Group of R %1, FM %2").arg(r).arg(fm));
    for (const QString& name : std::as_const(names)) {
        QAction* action = menu->addAction(RfmGrid::displayName(name));
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, r, fm, name] { chooseGroup(r, fm, name); });
    }
    menu->addSeparator();
    QAction* open = menu->addAction(tr("Open \"%1\" in Builder").arg(RfmGrid::displayName(current)));
    open->setObjectName(QStringLiteral("rfmOpenCellGroup"));
    connect(open, &QAction::triggered, this,
            [this, current] { emit openDefinitionRequested(groupDefinition(current)); });
    menu->popup(m_gridChart->mapToGlobal(m_gridChart->cellRect(row, column).center()));
}

void RfmPage::chooseGroup(int r, int fm, const QString& group)
{
    const QString current = m_grid.group(r, fm);
    if (current.isEmpty() || current == group || group.isEmpty())
        return;
    m_undo->push(new RfmGridCommand(r, fm, current, group,
                                    [this](int r, int fm, const QString& name) { setCellGroup(r, fm, name); }));
}

void RfmPage::setCellGroup(int r, int fm, const QString& group)
{
    if (!m_session || !m_session->isOpen() || !m_grid.setGroup(r, fm, group))
        return;
    showGrid();
    ++m_pendingEdits;
    m_service->storeGrid(m_session->path(), m_grid, [this](const QString& error) {
        --m_pendingEdits;
        if (!error.isEmpty()) {
            warn(tr("RFM Grid"), error);
            m_undo->clear(); // the stack no longer matches what is stored
        } else {
            emit workspaceDataChanged(); // the builder and the Dashboard count the new groups
        }
        scheduleRefresh();
    });
    updateButtons();
}

QByteArray RfmPage::groupDefinition(const QString& group)
{
    return RfmAnalysis::groupDefinition(group);
}

void RfmPage::saveGroupsAsSegments()
{
    if (!m_session || !m_session->isOpen() || !m_overview || !m_overview->hasRun())
        return;
    QList<RfmGroupCount> groups;
    int nonEmpty = 0;
    for (const RfmGroupSummary& group : std::as_const(m_overview->groups)) {
        groups << RfmGroupCount{group.group, group.customers};
        nonEmpty += group.customers > 0 ? 1 : 0;
    }
    m_saveSegments->setEnabled(false);
    m_service->saveGroupSegments(m_session->path(), groups, [this, nonEmpty](const QString& error) {
        updateButtons();
        if (!error.isEmpty()) {
            warn(tr("Save Groups as Segments"), error);
            return;
        }
        if (m_session)
            m_session->refresh();
        emit statusMessage(tr("Saved %n RFM group(s) as static segments (\"RFM: Champions\", …).", nullptr, nonEmpty));
    });
}

void RfmPage::openCurrentGroup()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString group = current.siblingAtColumn(RfmGroupTableModel::Group).data(Qt::UserRole).toString();
    if (!group.isEmpty())
        emit openDefinitionRequested(groupDefinition(group));
}

void RfmPage::warn(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace swb
