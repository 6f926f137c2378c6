#include "ui/clusters/clusterresults.h"

#include "ui/charts/charttheme.h"
#include "ui/charts/profileheatmap.h"
#include "ui/charts/scatterplot.h"
#include "ui/charts/sweepchart.h"
#include "ui/clusters/clustertablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace swb {

ClusterResults::ClusterResults(QWidget* parent)
    : QWidget(parent)
    , m_sweep(new SweepChart(this))
    , m_scatter(new ScatterPlot(this))
    , m_heatmap(new ProfileHeatmap(this))
    , m_model(new ClusterTableModel(this))
{
    m_sweep->setObjectName(QStringLiteral("sweepChart"));
    m_scatter->setObjectName(QStringLiteral("clusterScatter"));
    m_scatter->setTitle(tr("Customers on the two main directions"));
    m_heatmap->setObjectName(QStringLiteral("profileHeatmap"));
    m_heatmap->setTitle(tr("Cluster profiles: mean per field, coloured by z-score"));
    createTable();
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_sweep);
    charts->addWidget(m_scatter);
    charts->setChildrenCollapsible(false);
    charts->setSizes({1, 1});
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clusterTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_heatmap, tr("Profiles"));
    m_tabs->addTab(m_table, tr("Clusters as rules"));
    m_save = new QPushButton(tr("Save Clusters as Segments"), this);
    m_save->setObjectName(QStringLiteral("saveClusters"));
    m_save->setToolTip(tr("One static segment per cluster, named after its label."));
    m_open = new QPushButton(tr("Open Rule in Builder"), this);
    m_open->setObjectName(QStringLiteral("openClusterRule"));
    m_open->setToolTip(tr("Opens the chosen cluster's rule in the segment builder, where you can edit and save it."));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_tabs, 1);
    bottomLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({330, 370});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_sweep, &SweepChart::kActivated, this, &ClusterResults::kActivated);
    connect(m_model, &ClusterTableModel::labelsEdited, this, [this](const QStringList& labels) {
        relabel();
        emit labelsEdited(labels);
    });
    connect(m_save, &QPushButton::clicked, this, &ClusterResults::saveRequested);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRuleRequested(currentCluster()); });
    clear();
}

void ClusterResults::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clusterTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClusterTableModel::Label, QHeaderView::Interactive);
    header->setSectionResizeMode(ClusterTableModel::Rule, QHeaderView::Stretch);
    header->resizeSection(ClusterTableModel::Label, 150);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == ClusterTableModel::Rule)
            emit openRuleRequested(index.row());
    });
}

QList<ChartPanel*> ClusterResults::charts() const
{
    return {m_sweep, m_scatter, m_heatmap};
}

int ClusterResults::currentCluster() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : 0;
}

void ClusterResults::clear()
{
    m_sweep->clear();
    m_scatter->clear();
    m_scatter->setAxisTitles(QString(), QString());
    m_heatmap->clear();
    m_model->clear();
    m_profiles = {};
    m_keys.clear();
    m_save->setEnabled(false);
    m_open->setEnabled(false);
}

void ClusterResults::showRun(const ClusterRun& run, const std::optional<KSweepResult>& sweep, const QStringList& labels)
{
    QList<SweepChartPoint> points;
    if (sweep) {
        for (const KSweepPoint& point : sweep->points)
            points << SweepChartPoint{point.k, point.inertia, point.silhouette, point.calinskiHarabasz,
                                      point.daviesBouldin};
    } else {
        points << SweepChartPoint{run.k, run.kmeans.inertia, run.silhouette, run.calinskiHarabasz, run.daviesBouldin};
    }
    m_sweep->setData(points, sweep ? sweep->suggestedK : 0);
    m_sweep->setShownK(run.k);

    QList<QColor> colors;
    for (int cluster = 0; cluster < run.k; ++cluster)
        colors << ChartTheme::seriesColor(cluster);
    m_model->setRun(run, labels, colors);
    m_profiles = run.profiles;

    const PcaProjection& projection = run.projection;
    QList<QPointF> xy;
    QList<int> groups;
    for (Eigen::Index i = 0; i < projection.coordinates.rows(); ++i) {
        xy << QPointF(projection.coordinates(i, 0), projection.coordinates(i, 1));
        groups << run.kmeans.labels[size_t(projection.rows[size_t(i)])];
    }
    const QLocale locale;
    m_scatter->setAxisTitles(
        tr("PC1 (%1% of the variance)").arg(locale.toString(100.0 * projection.explainedVarianceRatio(0), 'f', 1)),
        tr("PC2 (%1% of the variance)").arg(locale.toString(100.0 * projection.explainedVarianceRatio(1), 'f', 1)));
    m_keys.clear();
    m_scatter->setData(xy, groups, {}, {});
    relabel();
    m_save->setEnabled(run.k > 0 && !run.rowIds.empty());
    m_open->setEnabled(run.explanations.has_value());
}

void ClusterResults::setKeys(const QStringList& keys)
{
    m_keys = keys;
    m_scatter->setNames(keys);
}

void ClusterResults::relabel()
{
    const QStringList labels = m_model->labels();
    const QList<qint64> sizes = m_model->sizes();
    const QLocale locale;
    QList<ScatterGroup> groups;
    ProfileHeatmapData data;
    for (int cluster = 0; cluster < labels.size(); ++cluster) {
        //: A cluster's name in charts: its number and its label.
        const QString name = tr("%1: %2").arg(locale.toString(cluster + 1), labels[cluster]);
        groups << ScatterGroup{name, sizes.value(cluster), ChartTheme::seriesColor(cluster)};
        data.rows << name;
        data.sizes << sizes.value(cluster);
    }
    data.columns = m_profiles.features;
    for (Eigen::Index f = 0; f < m_profiles.baseMean.size(); ++f)
        data.baseMeans << m_profiles.baseMean(f);
    for (const ClusterProfile& profile : std::as_const(m_profiles.clusters)) {
        QList<double> means, zScores;
        for (Eigen::Index f = 0; f < profile.mean.size(); ++f) {
            means << profile.mean(f);
            zScores << (std::isfinite(profile.zScore(f)) ? profile.zScore(f) : 0.0);
        }
        data.means << means;
        data.zScores << zScores;
    }
    m_heatmap->setData(data);
    m_scatter->setData(m_scatter->points(), m_scatter->groupOfPoint(), m_keys, groups);
}

} // namespace swb
