#include "ui/import/importrunpage.h"

#include "model/analytics/trendservice.h"
#include "model/import/importer.h"
#include "ui/import/importtargetpage.h"
#include "ui/import/importwizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb {

ImportRunPage::ImportRunPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The file is read and checked value by value. You can keep working in the main window."));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    m_job.onProgress([this](int perMille, const QString&) { onProgress(perMille); });
}

void ImportRunPage::onProgress(int perMille)
{
    m_bar->setValue(perMille);
    // The whole file is read before the last rows are written and the table is finished.
    if (perMille >= 1000)
        m_status->setText(tr("The whole file is read; writing the workspace…"));
    else if (m_fileSize > 0)
        m_status->setText(tr("Read %1 of %2…")
                              .arg(QLocale().formattedDataSize(m_fileSize * perMille / 1000),
                                   QLocale().formattedDataSize(m_fileSize)));
    emit progress(perMille);
}

void ImportRunPage::initializePage()
{
    start();
}

ImportRunPage::~ImportRunPage() = default; // m_job cancels a running import

void ImportRunPage::cleanupPage()
{
    m_job.cancel();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::cancel()
{
    if (!m_job.isRunning())
        return;
    m_job.requestCancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: undoing what was imported so far…"));
}

void ImportRunPage::start()
{
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    if (!wizard)
        return;
    const ImportOptions options = wizard->options();
    m_fileSize = QFileInfo(options.filePath).size();
    m_done = false;
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(options.filePath).fileName()));
    // Back (which would cancel the import without a word) is off while it runs: a wizard has no Back after a
    // commit page. Cancel Import stops it.
    wizard->targetPage()->setCommitPage(true);
    emit completeChanged();
    // The importer's reader and writer threads are how this one job uses the cores (not jobs of their own).
    m_job.start(
        {tr("Importing %1").arg(QFileInfo(options.filePath).fileName()), JobPool::LongRunning},
        [path = wizard->workspacePath(), options](JobControl& job) {
            return Importer::run(path, options, job.cancelCheck(), job.rowsCallback());
        },
        [this](const ImportReport& report) { onFinished(report); },
        // The report of a cancelled job is dropped; the page reports the cancellation itself.
        [this] {
            ImportReport report;
            report.canceled = true;
            report.error = tr("The import was cancelled.");
            onFinished(report);
        });
    emit started();
}

void ImportRunPage::onFinished(const ImportReport& report)
{
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    m_cancel->hide();
    if (report.ok) {
        m_bar->setValue(1000);
        m_status->setText(tr("Finished."));
        m_done = true;
        if (wizard)
            TrendService::prepareInBackground(wizard->workspacePath());
    } else if (report.canceled) {
        m_bar->hide();
        m_status->setText(tr("The import was cancelled. The workspace is unchanged. Go back to change the "
                             "settings, or close the wizard."));
    } else {
        m_bar->hide();
        m_status->setText(tr("The import failed and the workspace is unchanged.\n\n%1\n\nGo back to change the "
                             "settings (delimiter, encoding, column types), then try again.")
                              .arg(report.error));
    }
    if (wizard) {
        wizard->setReport(report);
        wizard->targetPage()->setCommitPage(false);
    }
    emit completeChanged();
    emit finished(report);
    if (report.ok && wizard && wizard->currentPage() == this)
        wizard->next();
}

} // namespace swb
