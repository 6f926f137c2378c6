#include "ui/clusters/clustersetup.h"

#include "ui/clusters/clusterfeaturemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace swb {

ClusterSetup::ClusterSetup(QWidget* parent)
    : QWidget(parent)
    , m_features(new ClusterFeatureModel(this))
{
    setObjectName(QStringLiteral("clusterSetup"));
    m_featureView = new QTableView(this);
    m_featureView->setObjectName(QStringLiteral("clusterFeatures"));
    m_featureView->setModel(m_features);
    m_featureView->verticalHeader()->hide();
    m_featureView->verticalHeader()->setDefaultSectionSize(m_featureView->fontMetrics().height() + 8);
    m_featureView->setSelectionMode(QAbstractItemView::NoSelection);
    m_featureView->horizontalHeader()->setSectionResizeMode(ClusterFeatureModel::Field, QHeaderView::Stretch);
    m_featureView->horizontalHeader()->setSectionResizeMode(ClusterFeatureModel::Missing,
                                                            QHeaderView::ResizeToContents);
    m_featureView->horizontalHeader()->setSectionResizeMode(ClusterFeatureModel::Log, QHeaderView::ResizeToContents);
    m_featureView->setAccessibleName(tr("Fields to cluster on"));

    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runClustering"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelClustering"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clusterStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    auto* title = new QLabel(tr("Fields to cluster on"), this);
    title->setBuddy(m_featureView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_featureView, 1);
    layout->addWidget(createOptions());
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &ClusterSetup::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ClusterSetup::cancelRequested);
    connect(m_features, &ClusterFeatureModel::choiceChanged, this, &ClusterSetup::updateRunnable);
    updateRunnable();
}

QWidget* ClusterSetup::createOptions()
{
    auto* options = new QWidget(this);
    auto* form = new QFormLayout(options);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scaling = new QComboBox(options);
    m_scaling->setObjectName(QStringLiteral("clusterScaling"));
    m_scaling->addItem(tr("z-score"), int(ScalingMethod::ZScore));
    m_scaling->addItem(tr("min–max"), int(ScalingMethod::MinMax));
    m_scaling->addItem(tr("none"), int(ScalingMethod::None));
    m_scaling->setToolTip(tr("How the fields are put on one scale before k-means compares distances."));
    form->addRow(tr("&Scaling:"), m_scaling);

    m_rangeMode = new QRadioButton(tr("Try k from"), options);
    m_rangeMode->setObjectName(QStringLiteral("kRangeMode"));
    m_rangeMode->setChecked(true);
    m_singleMode = new QRadioButton(tr("k ="), options);
    m_singleMode->setObjectName(QStringLiteral("kSingleMode"));
    auto spin = [options](int low, int high, int value, const QString& name) {
        auto* box = new QSpinBox(options);
        box->setRange(low, high);
        box->setValue(value);
        box->setObjectName(name);
        return box;
    };
    m_kMin = spin(1, 100, 2, QStringLiteral("kMin"));
    m_kMax = spin(1, 100, 8, QStringLiteral("kMax"));
    m_k = spin(1, 1000, 4, QStringLiteral("kSingle"));
    auto* range = new QHBoxLayout;
    range->addWidget(m_rangeMode);
    range->addWidget(m_kMin);
    //: Between the two ends of the range of k: "Try k from 2 to 8".
    range->addWidget(new QLabel(tr("to"), options));
    range->addWidget(m_kMax);
    range->addStretch();
    auto* single = new QHBoxLayout;
    single->addWidget(m_singleMode);
    single->addWidget(m_k);
    single->addStretch();
    form->addRow(tr("Clusters:"), range);
    form->addRow(QString(), single);
    m_nInit = spin(1, 1000, 5, QStringLiteral("nInit"));
    m_nInit->setToolTip(tr("k-means starts this many times from different seeds and keeps the tightest result."));
    form->addRow(tr("&Restarts:"), m_nInit);
    m_seed = spin(0, 999999, 0, QStringLiteral("seed"));
    m_seed->setToolTip(tr("The same seed gives the same clusters again."));
    form->addRow(tr("S&eed:"), m_seed);
    m_segment = new QComboBox(options);
    m_segment->setObjectName(QStringLiteral("clusterSegment"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setMinimumContentsLength(12);
    form->addRow(tr("&Within:"), m_segment);
    m_explain = new QCheckBox(tr("Explain each cluster as a rule"), options);
    m_explain->setObjectName(QStringLiteral("explainClusters"));
    m_explain->setChecked(true);
    form->addRow(QString(), m_explain);
    setSegments({});
    return options;
}

void ClusterSetup::updateRunnable()
{
    const bool any = !m_features->chosen().isEmpty();
    m_run->setEnabled(any && !m_running);
    m_run->setToolTip(any ? tr("Cluster the customers on the chosen fields.") : tr("Tick at least one field first."));
}

ClusterRequest ClusterSetup::request() const
{
    ClusterRequest request;
    request.features = m_features->chosen();
    request.logFeatures = m_features->logChosen();
    request.scaling = ScalingMethod(m_scaling->currentData().toInt());
    request.k = m_singleMode->isChecked() ? m_k->value() : 0;
    request.kMin = std::min(m_kMin->value(), m_kMax->value());
    request.kMax = std::max(m_kMin->value(), m_kMax->value());
    request.nInit = m_nInit->value();
    request.seed = quint64(m_seed->value());
    request.segment = m_segment->currentData().toString();
    request.explain = m_explain->isChecked();
    return request;
}

void ClusterSetup::setRequest(const ClusterRequest& request, bool swept)
{
    m_features->choose(request.features, request.logFeatures);
    m_scaling->setCurrentIndex(std::max(0, m_scaling->findData(int(request.scaling))));
    (swept ? m_rangeMode : m_singleMode)->setChecked(true);
    m_k->setValue(request.k);
    m_kMin->setValue(request.kMin);
    m_kMax->setValue(request.kMax);
    m_nInit->setValue(request.nInit);
    m_seed->setValue(int(std::min<quint64>(request.seed, quint64(m_seed->maximum()))));
    const int segment = m_segment->findData(request.segment);
    m_segment->setCurrentIndex(std::max(0, segment));
}

void ClusterSetup::setSegments(const QStringList& names)
{
    const QString current = m_segment->currentData().toString();
    m_segment->clear();
    m_segment->addItem(tr("All customers"), QString());
    for (const QString& name : names)
        m_segment->addItem(name, name);
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(current)));
}

void ClusterSetup::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setValue(0);
    updateRunnable();
}

void ClusterSetup::setProgress(int percent)
{
    m_progress->setValue(percent);
}

void ClusterSetup::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace swb
