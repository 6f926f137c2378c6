#include "ui/dashboard/distributionpanel.h"

#include "model/analytics/distributionservice.h"
#include "ui/charts/barchart.h"
#include "ui/charts/charttheme.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace swb {

namespace {

constexpr int maxLabelLength = 28;

// The field a first look is most telling for: age, revenue, country, else the first one.
int defaultField(const QComboBox* choice, const QList<FieldInfo>& fields)
{
    for (const FieldRole role : {FieldRole::Age, FieldRole::Revenue, FieldRole::Country}) {
        const auto found
            = std::find_if(fields.begin(), fields.end(), [role](const FieldInfo& f) { return f.role == role; });
        if (found != fields.end())
            return choice->findData(found->name);
    }
    return 0;
}

// Category labels must differ (the axis merges equal ones) and stay short enough to leave room for the bars.
QStringList categoryLabels(const QList<DistributionBin>& bins)
{
    QStringList labels;
    QSet<QString> seen;
    for (const DistributionBin& bin : bins) {
        QString label = bin.label.simplified();
        if (label.size() > maxLabelLength)
            label = label.left(maxLabelLength - 1) + QChar(0x2026);
        while (seen.contains(label))
            label += QChar(0x200B); // a zero-width space: looks the same, counts as another category
        seen.insert(label);
        labels << label;
    }
    return labels;
}

} // namespace

DistributionPanel::DistributionPanel(QWidget* parent)
    : QWidget(parent)
    , m_service(new DistributionService(this))
    , m_segmentChoice(new QComboBox(this))
    , m_fieldChoice(new QComboBox(this))
    , m_chart(new BarChart(this))
    , m_note(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("distributionPanel"));
    m_segmentChoice->setObjectName(QStringLiteral("distributionSegment"));
    m_fieldChoice->setObjectName(QStringLiteral("distributionField"));
    m_chart->setObjectName(QStringLiteral("distributionChart"));
    m_note->setObjectName(QStringLiteral("distributionNote"));
    for (QComboBox* choice : {m_segmentChoice, m_fieldChoice}) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(14);
    }
    m_chart->setLabelsVisible(false); // up to 26 bars: the axis grid reads better than a label on each
    m_chart->setValueFormat(1, QStringLiteral("%"));
    m_chart->setValueAxisTitle(tr("Share of customers (%)"));
    m_chart->setMinimumWidth(280);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* choices = new QHBoxLayout;
    auto* segmentLabel = new QLabel(tr("Se&gment:"), this);
    segmentLabel->setBuddy(m_segmentChoice);
    auto* fieldLabel = new QLabel(tr("&Field:"), this);
    fieldLabel->setBuddy(m_fieldChoice);
    choices->addWidget(segmentLabel);
    choices->addWidget(m_segmentChoice);
    choices->addSpacing(12);
    choices->addWidget(fieldLabel);
    choices->addWidget(m_fieldChoice);
    choices->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);

    // Several changes in a row (a reload sets the fields and the segments) start one computation.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &DistributionPanel::recompute);
    connect(m_segmentChoice, &QComboBox::currentIndexChanged, this, &DistributionPanel::scheduleRecompute);
    connect(m_fieldChoice, &QComboBox::currentIndexChanged, this, &DistributionPanel::scheduleRecompute);
    connect(m_service, &DistributionService::finished, this, &DistributionPanel::onFinished);
    connect(m_service, &DistributionService::failed, this, &DistributionPanel::onFailed);
}

DistributionPanel::~DistributionPanel() = default;

bool DistributionPanel::isComputing() const
{
    return m_service->isRunning() || m_timer->isActive();
}

void DistributionPanel::setWorkspace(const QString& workspacePath, const QList<FieldInfo>& fields)
{
    m_service->cancel();
    m_service->invalidate();
    m_path = workspacePath;
    const QString current = m_fieldChoice->currentData().toString();
    const QSignalBlocker blocker(m_fieldChoice);
    m_fieldChoice->clear();
    const QList<FieldInfo> shown = DistributionCalculator::distributableFields(fields);
    for (const FieldInfo& field : shown)
        m_fieldChoice->addItem(fieldLabel(field), field.name);
    const int kept = m_fieldChoice->findData(current);
    m_fieldChoice->setCurrentIndex(kept >= 0 ? kept : defaultField(m_fieldChoice, shown));
    scheduleRecompute();
}

void DistributionPanel::setSegments(const QStringList& names, const QHash<QString, QColor>& colors)
{
    m_colors = colors;
    const QString current = m_segmentChoice->currentText();
    const QSignalBlocker blocker(m_segmentChoice);
    m_segmentChoice->clear();
    m_segmentChoice->addItems(names);
    m_segmentChoice->setCurrentIndex(std::max<int>(0, int(names.indexOf(current))));
    // A segment may have been redefined even when its name stayed: compute again.
    scheduleRecompute();
}

void DistributionPanel::chooseSegment(const QString& name)
{
    const int index = m_segmentChoice->findText(name);
    if (index >= 0)
        m_segmentChoice->setCurrentIndex(index);
}

void DistributionPanel::scheduleRecompute()
{
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

void DistributionPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer->start();
}

void DistributionPanel::recompute()
{
    m_dirty = false;
    const QString segment = m_segmentChoice->currentText();
    const QString field = m_fieldChoice->currentData().toString();
    if (m_path.isEmpty() || segment.isEmpty() || field.isEmpty()) {
        m_service->cancel();
        m_distribution.reset();
        m_shownSegment.clear();
        draw();
        if (m_path.isEmpty())
            m_note->clear();
        else if (segment.isEmpty())
            m_note->setText(tr("Save a segment to compare how its customers differ from all customers."));
        else
            m_note->setText(tr("The workspace has no fields to compare: only keys and personal data."));
        emit shown();
        return;
    }
    m_note->setText(tr("Computing…"));
    m_service->start(m_path, segment, field);
}

void DistributionPanel::onFinished(const FieldDistribution& distribution, const QString& segment)
{
    m_distribution = distribution;
    m_shownSegment = segment;
    draw();
    m_note->setText(binningNote());
    emit shown();
}

void DistributionPanel::onFailed(const QString& error)
{
    m_distribution.reset();
    m_shownSegment.clear();
    draw();
    m_note->setText(tr("Cannot show the distribution: %1").arg(error));
    emit shown();
}

void DistributionPanel::draw()
{
    if (!m_distribution) {
        m_chart->setTitle(tr("Distribution"));
        m_chart->setData({}, {});
        return;
    }
    const FieldDistribution& d = *m_distribution;
    //: The distribution chart's title: the field, then the segment compared with all customers.
    m_chart->setTitle(tr("%1: %2 vs. all customers").arg(fieldLabel(d.field), m_shownSegment));
    QList<DistributionBin> bins = d.bins;
    // Bins side by side while their labels fit under them; else bars across, with the labels in front of them
    // (bars run bottom-up, so the bins are reversed to keep the first on top).
    const QStringList labels = categoryLabels(bins);
    const QFontMetrics metrics(m_chart->font());
    int widest = 0;
    for (const QString& label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const int perBin = (m_chart->width() - 100) / std::max<int>(1, int(labels.size()));
    const bool across = widest + 12 > perBin;
    QStringList categories = labels;
    if (across) {
        std::reverse(bins.begin(), bins.end());
        std::reverse(categories.begin(), categories.end());
    }
    const QColor segmentColor = m_colors.value(m_shownSegment, ChartTheme::seriesColor(0));
    BarSet segment{m_shownSegment, {}, segmentColor};
    BarSet base{tr("All customers"), {}, QColor(0x8c8c8c)};
    for (const DistributionBin& bin : std::as_const(bins)) {
        segment.values << bin.segmentShare * 100.0;
        base.values << bin.baseShare * 100.0;
    }
    m_chart->setHorizontal(across);
    m_chart->setData(categories, categories.isEmpty() ? QList<BarSet>{} : QList<BarSet>{segment, base});
}

QString DistributionPanel::binningNote() const
{
    const FieldDistribution& d = *m_distribution;
    const QLocale locale;
    QString binning;
    switch (d.kind) {
    case FieldDistribution::Kind::Histogram:
        binning = tr("Bins of %1.").arg(locale.toString(d.binWidth));
        break;
    case FieldDistribution::Kind::Dates:
        binning = d.dateStep == FieldDistribution::DateStep::Month ? tr("By month.")
            : d.dateStep == FieldDistribution::DateStep::Quarter   ? tr("By quarter.")
            : d.yearsPerBin == 1                                   ? tr("By year.")
                                                                   : tr("By %n years.", nullptr, d.yearsPerBin);
        break;
    case FieldDistribution::Kind::TopValues:
        binning = tr("The most common values; the rest as \"Other\".");
        break;
    case FieldDistribution::Kind::YesNo:
        break;
    }
    //: Under the distribution chart: %1 and %2 are customer counts; %3 says how values are grouped.
    return tr("Shares of the %1 customers in the segment and of all %2. %3")
        .arg(locale.toString(d.segmentSize), locale.toString(d.baseSize), binning)
        .trimmed();
}

} // namespace swb
