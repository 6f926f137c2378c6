#include "ui/import/importissuesdialog.h"

#include "ui/import/importissuesmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace swb {

ImportIssuesDialog::ImportIssuesDialog(const QString& workspacePath, qint64 importId, QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_importId(importId)
{
    setWindowTitle(tr("Import Issues"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading the issues…"), this);
    m_status->setWordWrap(true);
    m_model = new ImportIssuesModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] { saveAsCsv(m_workspacePath, m_importId, QString(), this); });
    m_job.start(
        {tr("Reading the import issues"), JobPool::Interactive},
        [workspacePath, importId](JobControl&) {
            return ImportIssueQuery::load(workspacePath, importId, maximumShown);
        },
        [this](const ImportIssueList& list) { onLoaded(list); },
        [this] { m_status->setText(tr("Reading the issues was cancelled.")); });
    resize(820, 520);
}

void ImportIssuesDialog::onLoaded(const ImportIssueList& list)
{
    if (!list.ok) {
        m_status->setText(tr("The issues cannot be read: %1").arg(list.error));
    } else {
        m_model->setIssues(list.issues);
        m_view->resizeColumnsToContents();
        m_status->setText(
            list.total > list.issues.size()
                ? tr("The first %1 of %2 issues. Save them as CSV to see all.")
                      .arg(QLocale().toString(list.issues.size()), QLocale().toString(list.total))
                : tr("%Ln issue(s), in the order of their lines in the file.", nullptr, int(list.issues.size())));
    }
    emit loaded();
}

void ImportIssuesDialog::saveAsCsv(const QString& workspacePath, qint64 importId, const QString& importedFile,
                                   QWidget* parent)
{
    const QString base = importedFile.isEmpty() ? tr("import") : QFileInfo(importedFile).completeBaseName();
    const QString suggested = QDir(QDir::homePath()).filePath(tr("%1-issues.csv").arg(base));
    const QString path
        = QFileDialog::getSaveFileName(parent, tr("Save Import Issues"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    struct Outcome
    {
        qint64 written = -1;
        QString error;
    };
    const QFuture<Outcome> future = Jobs::start<Outcome>(
        {tr("Saving the import issues"), JobPool::LongRunning}, [workspacePath, importId, path](JobControl& job) {
            Outcome outcome;
            outcome.written
                = ImportIssueQuery::exportCsv(workspacePath, importId, path, &outcome.error, job.cancelCheck());
            return outcome;
        });
    Jobs::whenFinished<Outcome>(future, parent, [parent, path](const Outcome& outcome) {
        if (outcome.written < 0)
            QMessageBox::warning(parent, tr("Save Import Issues"),
                                 tr("The issues could not be saved to %1: %2\nChoose another folder or file name.")
                                     .arg(QDir::toNativeSeparators(path), outcome.error));
        else
            QMessageBox::information(
                parent, tr("Save Import Issues"),
                tr("%Ln issue(s) saved to %1.", nullptr, int(outcome.written)).arg(QDir::toNativeSeparators(path)));
    });
}

} // namespace swb
