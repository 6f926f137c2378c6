#include "ui/import/importwizard.h"

#include "ui/import/derivedfieldseditor.h"
#include "ui/import/importfilepage.h"
#include "ui/import/importpreviewpage.h"
#include "ui/import/importrunpage.h"
#include "ui/import/importsummarypage.h"
#include "ui/import/importtargetpage.h"

#include <QDir>

namespace swb {

ImportWizard::ImportWizard(const QString& workspacePath, bool workspaceHasCustomers, QWidget* parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
    , m_workspaceHasCustomers(workspaceHasCustomers)
{
    setWindowTitle(tr("Import Data"));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoDefaultButton, false);

    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_targetPage = new ImportTargetPage(this);
    m_runPage = new ImportRunPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(TargetPage, m_targetPage);
    setPage(RunPage, m_runPage);
    setPage(SummaryPage, m_summaryPage);

    connect(m_previewPage, &ImportPreviewPage::previewReady, this, &ImportWizard::previewReady);
    connect(m_runPage, &ImportRunPage::started, this, &ImportWizard::importStarted);
    connect(m_runPage, &ImportRunPage::finished, this, &ImportWizard::importFinished);
    resize(980, 700);
}

void ImportWizard::setFilePath(const QString& path)
{
    m_filePage->setFilePath(path);
}

void ImportWizard::setKind(ImportKind kind)
{
    m_filePage->setKind(kind);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.filePath = QDir::fromNativeSeparators(m_filePage->filePath());
    options.kind = m_filePage->kind();
    options.delimiter = m_previewPage->delimiter();
    options.encoding = m_previewPage->encoding();
    options.header = m_previewPage->header();
    options.overrides = m_previewPage->overrides();
    options.mode = m_targetPage->mode();
    options.strict = m_targetPage->strict();
    if (options.kind == ImportKind::Orders)
        options.deriveFields = m_targetPage->derivedFields()->fields();
    return options;
}

const ImportPreview& ImportWizard::preview() const
{
    return m_previewPage->preview();
}

void ImportWizard::setReport(const ImportReport& report)
{
    m_report = report;
}

void ImportWizard::reject()
{
    m_previewPage->cancel();
    // The wizard closes when the import has stopped and rolled back, so the workspace is never left mid-way.
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        connect(
            m_runPage, &ImportRunPage::finished, this, [this] { QWizard::reject(); }, Qt::SingleShotConnection);
        return;
    }
    QWizard::reject();
}

} // namespace swb
