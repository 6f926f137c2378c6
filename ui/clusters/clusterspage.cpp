#include "ui/clusters/clusterspage.h"

#include "model/analytics/clusterservice.h"
#include "model/jobs/segmentoperations.h"
#include "ui/charts/chartpanel.h"
#include "ui/clusters/clusterfeaturemodel.h"
#include "ui/clusters/clusterresults.h"
#include "ui/clusters/clusterrunsmodel.h"
#include "ui/clusters/clustersetup.h"
#include "ui/clusters/clustertablemodel.h"
#include "ui/dashboard/dashboardexport.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace swb {

ClustersPage::ClustersPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new ClusterService(this))
    , m_setup(new ClusterSetup(this))
    , m_results(new ClusterResults(this))
    , m_runsModel(new ClusterRunsModel(this))
{
    setObjectName(QStringLiteral("clustersPage"));
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_setup);
    left->addWidget(createRunsList());
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({390, 640}); // the field list shows long field names (German ones too) in full
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_export = new DashboardExport(this);
    for (ChartPanel* chart : m_results->charts()) {
        m_export->track(chart);
        connect(chart, &ChartPanel::exported, this, [this](const QString& path) {
            emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        });
    }

    connect(m_setup, &ClusterSetup::runRequested, this, &ClustersPage::startRun);
    connect(m_setup, &ClusterSetup::cancelRequested, this, &ClustersPage::cancel);
    connect(m_service, &ClusterService::progressChanged, m_setup, &ClusterSetup::setProgress);
    connect(m_service, &ClusterService::finished, this, &ClustersPage::onFinished);
    connect(m_service, &ClusterService::failed, this, &ClustersPage::onFailed);
    connect(m_results, &ClusterResults::kActivated, this, &ClustersPage::showK);
    connect(m_results, &ClusterResults::labelsEdited, this, &ClustersPage::storeLabels);
    connect(m_results, &ClusterResults::saveRequested, this, &ClustersPage::saveClustersAsSegments);
    connect(m_results, &ClusterResults::openRuleRequested, this, &ClustersPage::openRule);
}

ClustersPage::~ClustersPage() = default;

QWidget* ClustersPage::createRunsList()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_runsView = new QTableView(box);
    m_runsView->setObjectName(QStringLiteral("clusterRuns"));
    m_runsView->setModel(m_runsModel);
    m_runsView->verticalHeader()->hide();
    m_runsView->verticalHeader()->setDefaultSectionSize(m_runsView->fontMetrics().height() + 8);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    auto* title = new QLabel(tr("Past runs (double-click to reopen)"), box);
    title->setBuddy(m_runsView);
    layout->addWidget(title);
    layout->addWidget(m_runsView);
    connect(m_runsView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            reopen(index.data(Qt::UserRole).toLongLong());
    });
    return box;
}

void ClustersPage::setSession(SegmentOperations* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &SegmentOperations::workspaceChanged, this, &ClustersPage::onWorkspaceChanged);
    connect(m_session, &SegmentOperations::workspaceReloaded, this, [this] {
        m_stale = true; // new data: other missing counts
        if (isVisible())
            refresh();
    });
    connect(m_session, &SegmentOperations::segmentsChanged, this, &ClustersPage::onSegmentsChanged);
    onWorkspaceChanged();
}

void ClustersPage::onWorkspaceChanged()
{
    m_service->cancel();
    ++m_generation;
    m_running = false;
    m_setup->setRunning(false);
    m_setup->setStatus(QString());
    m_results->clear();
    m_run.reset();
    m_sweep.reset();
    m_runId = 0;
    m_userLabels.clear();
    ++m_runToken;
    m_surveyed = false;
    m_listed = false;
    m_setup->features()->clear();
    m_runsModel->setRuns({});
    onSegmentsChanged();
    // The fields' survey reads every customer: only when the page is shown (or asked to show a run).
    m_stale = true;
    if (isVisible())
        refresh();
}

void ClustersPage::refresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    survey();
    listRuns();
}

void ClustersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ClustersPage::onSegmentsChanged()
{
    m_setup->setSegments(m_session && m_session->isOpen() ? m_session->names() : QStringList{});
}

QStringList ClustersPage::defaultFeatures() const
{
    // Recency, frequency and money: what most first clusterings of customers start from.
    QStringList names;
    for (const FieldInfo& field : m_session->filterContext().fields) {
        if (field.role == FieldRole::LastPurchaseDate || field.role == FieldRole::OrdersCount
            || field.role == FieldRole::Revenue)
            names << field.name;
    }
    return names;
}

void ClustersPage::survey()
{
    if (!m_session || !m_session->isOpen())
        return;
    m_survey.start(
        {tr("Reading the fields to cluster on"), JobPool::Interactive},
        [path = m_session->path()](JobControl&) { return ClusterFieldSurvey::survey(path); },
        [this](const ClusterFeatureSurvey& survey) {
            if (!survey.error.isEmpty())
                m_setup->setStatus(tr("Cannot read the fields: %1").arg(survey.error));
            QStringList defaults = defaultFeatures();
            if (defaults.isEmpty()) {
                for (const ClusterFeatureInfo& field : survey.fields.mid(0, 3))
                    defaults << field.name;
            }
            m_setup->features()->setSurvey(survey, defaults);
            m_surveyed = true;
            maybeAutoShow();
        });
}

void ClustersPage::listRuns()
{
    if (!m_session || !m_session->isOpen())
        return;
    m_listing.start(
        {tr("Reading past clustering runs"), JobPool::Interactive},
        [path = m_session->path()](JobControl&) {
            RunListing listing;
            if (auto runs = ClusterRuns::list(path, &listing.error))
                listing.runs = *runs;
            return listing;
        },
        [this](const RunListing& listing) {
            m_runsModel->setRuns(listing.runs);
            const int row = m_runsModel->rowOf(m_runId);
            if (row >= 0)
                m_runsView->selectRow(row);
            m_listed = true;
            emit runsListed();
            maybeAutoShow();
        });
}

void ClustersPage::showLatestOrRun()
{
    m_autoShow = true;
    refresh();
    maybeAutoShow();
}

void ClustersPage::maybeAutoShow()
{
    if (!m_autoShow || !m_surveyed || !m_listed)
        return;
    m_autoShow = false;
    if (!m_runsModel->runs().isEmpty())
        reopen(m_runsModel->runs().constFirst().id);
    else if (!m_setup->features()->chosen().isEmpty())
        startRun();
    else
        emit runFailed(tr("The workspace has no numeric or date fields to cluster on."));
}

void ClustersPage::startRun()
{
    ClusterRequest request = m_setup->request();
    if (request.features.isEmpty()) {
        m_setup->setStatus(tr("Tick at least one field to cluster on."));
        return;
    }
    launch(request, Purpose::New);
}

void ClustersPage::launch(const ClusterRequest& request, Purpose purpose)
{
    if (!m_session || !m_session->isOpen())
        return;
    m_pendingRequest = request;
    m_pendingRequest.pcaSample = scatterPoints;
    m_pendingRequest.saveAsPrefix.clear();
    m_purpose = purpose;
    m_running = true;
    const quint64 generation = ++m_generation;
    m_setup->setRunning(true);
    m_setup->setStatus(request.k > 0 ? tr("Clustering into %n group(s)…", nullptr, request.k)
                                     : tr("Trying k from %1 to %2…").arg(request.kMin).arg(request.kMax));
    const QFuture<ClusterOutcome> future = m_service->start(m_session->path(), m_pendingRequest);
    // ClusterService answers finished or failed; a cancel (here or in the status bar) only ends the future. The
    // outcome is looked at in place: a copy of a million customers' labels on the GUI thread would cost ~10 ms.
    auto* watcher = new QFutureWatcher<ClusterOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QFuture<ClusterOutcome> done = watcher->future();
        if (done.resultCount() == 0 || done.constBegin()->canceled)
            onStopped(generation);
    });
    watcher->setFuture(future);
}

void ClustersPage::cancel()
{
    m_service->cancel();
    onStopped(m_generation);
}

void ClustersPage::onStopped(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    m_pendingRecord.reset();
    m_setup->setRunning(false);
    m_setup->setStatus(tr("The clustering was cancelled."));
    emit runCanceled();
}

bool ClustersPage::isRunning() const
{
    return m_running;
}

void ClustersPage::onFailed(const QString& error)
{
    m_running = false;
    m_pendingRecord.reset();
    m_setup->setRunning(false);
    m_setup->setStatus(tr("Cannot cluster: %1").arg(error));
    emit runFailed(error);
}

void ClustersPage::onFinished(const ClusterRun& run)
{
    m_running = false;
    m_setup->setRunning(false);
    if (m_purpose != Purpose::ShowK)
        ++m_runToken; // another run is shown: answers about the one before no longer apply to it
    switch (m_purpose) {
    case Purpose::New:
        m_request = m_pendingRequest;
        m_sweep = run.sweep;
        m_runId = 0;
        m_userLabels.clear();
        break;
    case Purpose::ShowK:
        m_request.k = run.k;
        break;
    case Purpose::Reopen:
        if (m_pendingRecord) {
            m_request = m_pendingRecord->request;
            m_sweep = m_pendingRecord->sweep;
            m_runId = m_pendingRecord->id;
            m_userLabels = m_pendingRecord->labels;
            m_pendingRecord.reset();
            if (const int row = m_runsModel->rowOf(m_runId); row >= 0)
                m_runsView->selectRow(row);
        }
        break;
    }
    showRun(run);
    const QLocale locale;
    QString text = tr("%n cluster(s) of %1 customers; %2 left out for a missing value.", nullptr, run.k)
                       .arg(locale.toString(run.rows), locale.toString(run.droppedRows));
    if (m_sweep && m_sweep->suggestedK > 0)
        text += QLatin1Char(' ') + tr("Suggested k: %1.").arg(m_sweep->suggestedK);
    m_setup->setStatus(text);
    emit statusMessage(text);
    if (m_purpose == Purpose::New)
        record(m_request);
}

void ClustersPage::showRun(const ClusterRun& run)
{
    m_run = std::make_shared<const ClusterRun>(run);
    m_results->showRun(*m_run, m_sweep, m_userLabels.value(run.k));
    std::vector<qint64> rowIds;
    rowIds.reserve(run.projection.rows.size());
    for (const int row : run.projection.rows)
        rowIds.push_back(run.rowIds[size_t(row)]);
    m_keys.start(
        {tr("Reading the customers' keys"), JobPool::Interactive},
        [path = m_session->path(), rowIds = std::move(rowIds)](JobControl&) {
            QString error;
            return ClusterRuns::customerKeys(path, rowIds, &error);
        },
        [this](const std::optional<QStringList>& keys) {
            if (keys)
                m_results->setKeys(*keys);
            emit runShown();
        },
        [this] { emit runShown(); });
}

void ClustersPage::record(const ClusterRequest& request)
{
    const std::shared_ptr<const ClusterRun> run = m_run;
    const quint64 token = m_runToken;
    const QFuture<std::pair<qint64, QString>> future
        = Jobs::start<std::pair<qint64, QString>>({tr("Recording the clustering run"), JobPool::Writes, false},
                                                  [path = m_session->path(), request, run](JobControl&) {
                                                      QString error;
                                                      const qint64 id
                                                          = ClusterRuns::record(path, request, *run, &error);
                                                      return std::pair(id, error);
                                                  });
    Jobs::whenFinished<std::pair<qint64, QString>>(
        future, this, [this, token](const std::pair<qint64, QString>& recorded) {
            if (recorded.first <= 0) {
                emit statusMessage(tr("The run could not be recorded: %1").arg(recorded.second));
                return;
            }
            // Still the run shown (or one of its other k): it now has its id, and the labels edited meanwhile go with
            // it.
            if (token == m_runToken) {
                m_runId = recorded.first;
                for (auto it = m_userLabels.cbegin(); it != m_userLabels.cend(); ++it)
                    storeLabels(it.value());
            }
            listRuns();
            emit runRecorded(recorded.first);
        });
}

void ClustersPage::showK(int k)
{
    if (!m_run || k == m_run->k || !m_sweep)
        return;
    ClusterRequest request = m_request;
    request.k = k;
    launch(request, Purpose::ShowK);
}

void ClustersPage::reopen(qint64 runId)
{
    if (!m_session || !m_session->isOpen())
        return;
    m_setup->setStatus(tr("Opening run %1…").arg(runId));
    m_loading.start(
        {tr("Reading a clustering run"), JobPool::Interactive},
        [path = m_session->path(), runId](JobControl&) {
            QString error;
            return ClusterRuns::load(path, runId, &error);
        },
        [this, runId](const std::optional<ClusterRunRecord>& record) {
            if (!record) {
                m_setup->setStatus(tr("Cannot open run %1: it is no longer in the workspace.").arg(runId));
                emit runFailed(m_setup->statusLabel()->text());
                return;
            }
            m_setup->setRequest(record->request, record->swept);
            m_pendingRecord = record;
            ClusterRequest request = record->request;
            request.explain = true;
            // Same data, same seed, same k: the same clusters as when the run was made.
            launch(request, Purpose::Reopen);
        });
}

void ClustersPage::storeLabels(const QStringList& labels)
{
    if (!m_run)
        return;
    const int k = m_run->k;
    m_userLabels.insert(k, labels);
    if (m_runId <= 0 || !m_session)
        return; // stored once the run is recorded
    const QFuture<QString> future
        = Jobs::start<QString>({tr("Keeping the cluster labels"), JobPool::Writes, false},
                               [path = m_session->path(), id = m_runId, k, labels](JobControl&) {
                                   QString error;
                                   ClusterRuns::setLabels(path, id, k, labels, &error);
                                   return error;
                               });
    Jobs::whenFinished<QString>(future, this, [this](const QString& error) {
        if (!error.isEmpty())
            emit statusMessage(tr("The labels could not be kept with the run: %1").arg(error));
        else
            emit labelsStored();
    });
}

void ClustersPage::saveClustersAsSegments()
{
    if (!m_run || !m_session || !m_session->isOpen())
        return;
    QStringList names;
    for (QString label : m_results->clusterModel()->labels())
        names << label.replace(QStringLiteral(", "), QStringLiteral(" / "));
    const std::shared_ptr<const ClusterRun> run = m_run;
    const QFuture<ClusterSegmentsSaved> future
        = Jobs::start<ClusterSegmentsSaved>({tr("Saving the clusters as segments"), JobPool::Writes, false},
                                            [path = m_session->path(), run, names, id = m_runId](JobControl&) {
                                                ClusterRun withId = *run;
                                                withId.runId = id;
                                                return ClusterRuns::saveSegments(path, withId, names);
                                            });
    Jobs::whenFinished<ClusterSegmentsSaved>(future, this, [this](const ClusterSegmentsSaved& saved) {
        if (!saved.error.isEmpty()) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Save Clusters as Segments"), saved.error,
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        if (m_session)
            m_session->refresh();
        emit statusMessage(tr("Saved %n segment(s): %1.", nullptr, int(saved.names.size()))
                               .arg(saved.names.join(QStringLiteral(", "))));
        emit segmentsSaved(saved.names, saved.sizes);
    });
}

void ClustersPage::openRule(int cluster)
{
    const QJsonObject rule = m_results->clusterModel()->rule(cluster);
    if (rule.isEmpty()) {
        emit statusMessage(tr("This cluster has no rule: run the clustering with \"Explain each cluster as a rule\"."));
        return;
    }
    emit openDefinitionRequested(QJsonDocument(rule).toJson(QJsonDocument::Compact));
}

} // namespace swb
