#include "ui/value/valuepage.h"

#include "model/jobs/segmentoperations.h"
#include "ui/charts/chartpanel.h"
#include "ui/dashboard/dashboardexport.h"
#include "ui/value/valuecharts.h"
#include "ui/value/valueparametermodel.h"
#include "ui/value/valuesegmentcommand.h"

#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace swb {

ValuePage::ValuePage(QWidget* parent)
    : QWidget(parent)
    , m_service(new ClvService(this))
    , m_parameters(new ValueParameterModel(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("valuePage"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("valueProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_parameterView = new QTableView(this);
    m_parameterView->setObjectName(QStringLiteral("valueParameters"));
    m_parameterView->setModel(m_parameters);
    m_parameterView->verticalHeader()->hide();
    m_parameterView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parameterView->setWordWrap(true);
    m_parameterView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parameterView->horizontalHeader()->setStretchLastSection(true);
    m_charts = new ValueCharts(this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Fitted &parameters"), left);
    title->setBuddy(m_parameterView);
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_parameterView, 1);
    leftLayout->addWidget(createSegmentBox());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 800});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createControls());
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);

    m_export = new DashboardExport(this);
    for (ChartPanel* chart : m_charts->charts()) {
        m_export->track(chart);
        connect(chart, &ChartPanel::exported, this, [this](const QString& path) {
            emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        });
    }
    connect(m_service, &ClvService::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_service, &ClvService::finished, this, &ValuePage::onFinished);
    connect(m_service, &ClvService::failed, this, &ValuePage::onFailed);
    updateButtons();
}

ValuePage::~ValuePage() = default;

QWidget* ValuePage::createControls()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_calibration = new QDateEdit(row);
    m_calibration->setObjectName(QStringLiteral("valueCalibrationEnd"));
    m_calibration->setCalendarPopup(true);
    m_calibration->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_calibration->setToolTip(tr("The models learn from the orders up to this day; later orders test their "
                                 "predictions. The saved predictions look ahead from this day: choose the as-of date "
                                 "to predict from today."));
    m_horizon = new QSpinBox(row);
    m_horizon->setObjectName(QStringLiteral("valueHorizon"));
    m_horizon->setRange(1, 5200);
    m_horizon->setValue(52);
    m_horizon->setSuffix(tr(" weeks"));
    m_horizon->setToolTip(tr("How far ahead the predicted CLV and expected purchases reach."));
    m_discount = new QDoubleSpinBox(row);
    m_discount->setObjectName(QStringLiteral("valueDiscount"));
    m_discount->setRange(0, 1000);
    m_discount->setDecimals(1);
    m_discount->setValue(10);
    m_discount->setSuffix(tr("% a year"));
    m_discount->setToolTip(tr("Money later is worth less: the predicted CLV discounts each month at this rate."));
    m_fit = new QPushButton(tr("&Fit Models"), row);
    m_fit->setObjectName(QStringLiteral("valueFit"));
    m_fit->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_fit->setToolTip(tr("Fits the purchase and spend models on the orders (%1).")
                          .arg(m_fit->shortcut().toString(QKeySequence::NativeText)));
    m_cancel = new QPushButton(tr("Cancel"), row);
    m_cancel->setObjectName(QStringLiteral("valueCancel"));
    m_progress = new QProgressBar(row);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("valueStatus"));
    m_status->setWordWrap(true);
    auto* calibrationLabel = new QLabel(tr("Ca&libration end:"), row);
    calibrationLabel->setBuddy(m_calibration);
    auto* horizonLabel = new QLabel(tr("&Horizon:"), row);
    horizonLabel->setBuddy(m_horizon);
    auto* discountLabel = new QLabel(tr("&Discount rate:"), row);
    discountLabel->setBuddy(m_discount);
    for (QWidget* widget : std::initializer_list<QWidget*>{calibrationLabel, m_calibration, horizonLabel, m_horizon,
                                                           discountLabel, m_discount, m_fit, m_cancel, m_progress})
        layout->addWidget(widget);
    layout->addStretch(1);
    connect(m_fit, &QPushButton::clicked, this, &ValuePage::fit);
    connect(m_cancel, &QPushButton::clicked, this, &ValuePage::cancel);
    return row;
}

QWidget* ValuePage::createSegmentBox()
{
    auto* box = new QGroupBox(tr("Suggested segments"), this);
    auto* form = new QFormLayout(box);
    m_topPercent = new QSpinBox(box);
    m_topPercent->setObjectName(QStringLiteral("valueTopPercent"));
    m_topPercent->setRange(1, 100);
    m_topPercent->setValue(10);
    m_topPercent->setSuffix(QStringLiteral("%"));
    m_saveTop = new QPushButton(tr("Save &Top Customers"), box);
    m_saveTop->setObjectName(QStringLiteral("valueSaveTop"));
    m_saveTop->setToolTip(tr("Stores the predictions as customer fields, then saves the customers with the highest "
                             "predicted CLV as a static segment."));
    auto* top = new QHBoxLayout;
    top->addWidget(m_topPercent);
    top->addWidget(m_saveTop, 1);
    form->addRow(tr("Top by predicted CLV:"), top);
    m_riskThreshold = new QDoubleSpinBox(box);
    m_riskThreshold->setObjectName(QStringLiteral("valueRiskThreshold"));
    m_riskThreshold->setRange(0.01, 1);
    m_riskThreshold->setSingleStep(0.05);
    m_riskThreshold->setValue(0.5);
    m_riskThreshold->setPrefix(tr("P(alive) < "));
    m_highSpenders = new QSpinBox(box);
    m_highSpenders->setObjectName(QStringLiteral("valueHighSpenders"));
    m_highSpenders->setRange(1, 100);
    m_highSpenders->setValue(25);
    m_highSpenders->setPrefix(tr("top "));
    m_highSpenders->setSuffix(tr("% by revenue"));
    m_saveRisk = new QPushButton(tr("Save &At-Risk Customers"), box);
    m_saveRisk->setObjectName(QStringLiteral("valueSaveRisk"));
    m_saveRisk->setToolTip(tr("Past high spenders (by historical revenue) who have probably stopped buying: a "
                              "segment to win back."));
    auto* risk = new QHBoxLayout;
    risk->addWidget(m_riskThreshold);
    risk->addWidget(m_highSpenders);
    form->addRow(tr("At risk:"), risk);
    form->addRow(QString(), m_saveRisk);
    connect(m_saveTop, &QPushButton::clicked, this, &ValuePage::saveTopSegment);
    connect(m_saveRisk, &QPushButton::clicked, this, &ValuePage::saveAtRiskSegment);
    return box;
}

void ValuePage::setSession(SegmentOperations* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &SegmentOperations::workspaceChanged, this, &ValuePage::onWorkspaceChanged);
    onWorkspaceChanged();
}

void ValuePage::onWorkspaceChanged()
{
    m_service->cancel();
    ++m_generation;
    m_running = false;
    m_undo->clear();
    m_result.reset();
    m_parameters->clear();
    m_charts->clear();
    showProblems({});
    m_status->clear();
    // Half a year before the as-of date: the later orders show how well the models predict.
    const QDate asOf = m_session && m_session->isOpen() ? m_session->asOfDate() : QDate();
    m_calibration->setDate(asOf.isValid() ? asOf.addDays(-26 * 7) : QDate::currentDate());
    updateButtons();
}

void ValuePage::fit()
{
    if (!m_session || !m_session->isOpen() || m_running)
        return;
    ClvOptions options;
    options.calibrationEnd = m_calibration->date();
    options.horizonWeeks = m_horizon->value();
    options.annualDiscountRate = m_discount->value() / 100.0;
    m_running = true;
    const quint64 generation = ++m_generation;
    m_progress->setValue(0);
    m_status->setText(
        tr("Fitting the models on the orders up to %1…").arg(options.calibrationEnd->toString(Qt::ISODate)));
    updateButtons();
    const QFuture<ClvResult> future = m_service->start(m_session->path(), options);
    // ClvService answers finished or failed; a cancel (here or in the status bar) only ends the future.
    auto* watcher = new QFutureWatcher<ClvResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QFuture<ClvResult> done = watcher->future();
        if (done.resultCount() == 0 || done.constBegin()->canceled)
            onStopped(generation);
    });
    watcher->setFuture(future);
}

void ValuePage::cancel()
{
    m_service->cancel();
    onStopped(m_generation);
}

void ValuePage::onStopped(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    m_status->setText(tr("The fit was cancelled; the results shown (if any) are from before."));
    updateButtons();
    emit fitCanceled();
}

bool ValuePage::isRunning() const
{
    return m_running;
}

void ValuePage::fitIfNeeded()
{
    if (!m_running && !m_result)
        fit();
}

void ValuePage::onFailed(const QString& error)
{
    m_running = false;
    m_status->setText(tr("Cannot fit: %1").arg(error));
    updateButtons();
    emit fitFailed(error);
}

void ValuePage::onFinished(const ClvResult& result)
{
    m_running = false;
    m_result = result;
    m_fieldsStored = false;
    const ClvReport& report = *result.outcome.report;
    const QLocale locale;
    if (report.fitted)
        m_parameters->setFits(report.bgnbd, report.gammaGamma);
    else
        m_parameters->clear();
    showProblems(report.problems);
    if (report.problems.isEmpty())
        m_charts->showResult(result);
    else
        m_charts->clear();
    QString text
        = tr("%1 customers by %2, %3 of them bought again.")
              .arg(locale.toString(qint64(report.data.customers.size())), report.calibrationEnd.toString(Qt::ISODate),
                   locale.toString(report.data.repeatCustomers()));
    if (report.fitted && report.problems.isEmpty())
        text += QLatin1Char(' ')
            + tr("Next %1 weeks: mean predicted CLV %2, mean P(alive) %3.")
                  .arg(result.options.horizonWeeks)
                  .arg(locale.toString(report.meanPredictedClv, 'f', 2), locale.toString(report.meanPAlive, 'f', 2));
    m_status->setText(text);
    updateButtons();
    emit fitShown();
}

void ValuePage::showProblems(const QStringList& problems)
{
    m_problems->setText(
        problems.isEmpty() ? QString() : tr("The predictions cannot be used: %1").arg(problems.join(QLatin1Char(' '))));
    m_problems->setVisible(!problems.isEmpty());
}

void ValuePage::saveTopSegment()
{
    saveSegment(true);
}

void ValuePage::saveAtRiskSegment()
{
    saveSegment(false);
}

void ValuePage::saveSegment(bool top)
{
    if (!m_session || !m_session->isOpen() || !m_result || !m_result->outcome.report
        || !m_result->outcome.report->problems.isEmpty() || m_saving)
        return;
    const double percent = m_topPercent->value();
    const double threshold = m_riskThreshold->value();
    const double spenders = m_highSpenders->value();
    const QString name = top ? tr("Top %1% by predicted CLV").arg(percent)
                             : tr("At risk: P(alive) < %1 among top %2% spenders").arg(threshold).arg(spenders);
    m_saving = true;
    updateButtons();
    const QFuture<ClvSegmentSaved> future = Jobs::start<ClvSegmentSaved>(
        {tr("Saving the predictions and a segment"), JobPool::Writes, false},
        [path = m_session->path(), result = *m_result, top, percent, threshold, spenders, name,
         store = !m_fieldsStored](JobControl&) {
            return top ? ClvService::saveTopSegment(path, result, percent, name, store)
                       : ClvService::saveAtRiskSegment(path, result, threshold, spenders, name, store);
        });
    Jobs::whenFinished<ClvSegmentSaved>(future, this, [this](const ClvSegmentSaved& saved) { onSegmentSaved(saved); });
}

void ValuePage::onSegmentSaved(const ClvSegmentSaved& saved)
{
    m_saving = false;
    updateButtons();
    if (!saved.error.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Save Segment"), saved.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_fieldsStored = true; // the next segment of this fit uses them as they are
    const QString name = saved.name;
    const QByteArray definition = saved.definition;
    m_undo->push(new ValueSegmentCommand(
        name, [this, name] { m_session->remove(name, this); },
        [this, name, definition] { m_session->save(name, definition, true, this); }));
    if (m_session)
        m_session->refresh();
    emit workspaceDataChanged(); // the new fields for the builder, the table and the KPIs
    emit statusMessage(tr("Saved the segment \"%1\" with %2 customers (predictions stored as p_alive, "
                          "expected_purchases, expected_order_value and predicted_clv).")
                           .arg(name, QLocale().toString(saved.members)));
    emit segmentSaved(saved);
}

void ValuePage::updateButtons()
{
    const bool open = m_session && m_session->isOpen();
    const bool usable = m_result && m_result->outcome.report && m_result->outcome.report->fitted
        && m_result->outcome.report->problems.isEmpty();
    m_fit->setEnabled(open && !m_running);
    m_cancel->setEnabled(m_running);
    m_progress->setVisible(m_running);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_saveTop, m_saveRisk})
        widget->setEnabled(open && usable && !m_running && !m_saving);
}

} // namespace swb
