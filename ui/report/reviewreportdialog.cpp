#include "ui/report/reviewreportdialog.h"

#include "ui/report/reviewreportwriter.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace swb {

ReviewReportDialog::ReviewReportDialog(const QString& workspacePath, const QStringList& segments, QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_segments(new QListWidget(this))
    , m_months(new QSpinBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_writer(new ReviewReportWriter(this))
{
    setWindowTitle(tr("Export Review Report"));
    m_segments->setObjectName(QStringLiteral("segmentList"));
    m_months->setObjectName(QStringLiteral("monthsSpin"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    for (const QString& name : segments) {
        auto* item = new QListWidgetItem(name, m_segments);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_months->setRange(1, ReviewReport::maxMonths);
    m_months->setValue(12);
    //: Suffix of the number of months of trend in the review report dialog.
    m_months->setSuffix(tr(" months"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString folder = QSettings().value(folderKey(), documents).toString();
    if (!QFileInfo(folder).isDir()) // the folder last used is gone
        folder = documents;
    //: Default file name of the review report: the workspace's name and today's date.
    const QString name
        = tr("%1 review %2.pdf")
              .arg(QFileInfo(workspacePath).completeBaseName(), QDate::currentDate().toString(Qt::ISODate));
    m_file->setText(QDir(folder).filePath(name));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_export, &QPushButton::clicked, this, &ReviewReportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job.isRunning()) {
            m_job.requestCancel(); // the job's `canceled` callback brings the dialog back
        } else if (m_writer->isRunning()) {
            m_writer->cancel();
            cancelled();
        } else {
            reject();
        }
    });
    connect(m_writer, &ReviewReportWriter::progress, this, [this](int page, int pages) {
        m_progress->setRange(0, pages);
        m_progress->setValue(page);
        showMessage(tr("Wrote page %1 of %2…").arg(page).arg(pages), false);
    });
    connect(m_writer, &ReviewReportWriter::finished, this, [this](const QString& path) {
        setRunning(false);
        QSettings().setValue(folderKey(), QFileInfo(path).absolutePath());
        showMessage(tr("The report was written to %1.").arg(QDir::toNativeSeparators(path)), false);
        emit reportWritten(path);
        accept();
    });
    connect(m_writer, &ReviewReportWriter::failed, this, [this](const QString& error) {
        setRunning(false);
        showMessage(error, true);
    });
    connect(m_browse, &QPushButton::clicked, this, &ReviewReportDialog::browse);
    connect(m_segments, &QListWidget::itemChanged, this, &ReviewReportDialog::updateButtons);
    connect(m_file, &QLineEdit::textChanged, this, &ReviewReportDialog::updateButtons);
    m_job.onProgress([this](int perMille, const QString&) { m_progress->setValue(perMille); });

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Segments:"), m_segments);
    form->addRow(tr("&Trend:"), m_months);
    auto* fileLabel = new QLabel(tr("&File:"), this); // a row of two widgets: the label needs its buddy named
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 440);
    updateButtons();
}

ReviewReportDialog::~ReviewReportDialog() = default;

bool ReviewReportDialog::isRunning() const
{
    return m_job.isRunning() || m_writer->isRunning();
}

QStringList ReviewReportDialog::chosenSegments() const
{
    QStringList names;
    for (int row = 0; row < m_segments->count(); ++row) {
        if (m_segments->item(row)->checkState() == Qt::Checked)
            names << m_segments->item(row)->text();
    }
    return names;
}

void ReviewReportDialog::setFileName(const QString& path)
{
    m_file->setText(path);
}

void ReviewReportDialog::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !chosenSegments().isEmpty() && !m_file->text().trimmed().isEmpty());
}

void ReviewReportDialog::browse()
{
    auto* dialog = new QFileDialog(this, tr("Save Review Report"), QFileInfo(m_file->text()).absolutePath(),
                                   tr("PDF document (*.pdf)"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(QFileInfo(m_file->text()).fileName());
    connect(dialog, &QFileDialog::fileSelected, this, &ReviewReportDialog::setFileName);
    dialog->open();
}

void ReviewReportDialog::setRunning(bool running)
{
    m_segments->setEnabled(!running);
    m_months->setEnabled(!running);
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    updateButtons();
}

void ReviewReportDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void ReviewReportDialog::start()
{
    QString target = m_file->text().trimmed();
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".pdf");
    if (const QString problem = ReviewReportWriter::checkTarget(target, m_workspacePath); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    ReviewRequest request;
    request.workspacePath = m_workspacePath;
    request.segments = chosenSegments();
    request.months = m_months->value();
    m_target = target;
    showMessage(tr("Gathering the numbers…"), false);
    m_job.start(
        {tr("Making the review report"), JobPool::LongRunning},
        [request](JobControl& job) { return ReviewReport::gather(request, job.cancelCheck(), job.percentCallback()); },
        [this](const ReviewOutcome& outcome) { write(outcome); }, [this] { cancelled(); });
    setRunning(true);
}

void ReviewReportDialog::cancelled()
{
    setRunning(false);
    showMessage(tr("The report was cancelled; no file was written."), false);
}

// The numbers are in: the pages are drawn one per turn of the event loop, with Cancel still working.
void ReviewReportDialog::write(const ReviewOutcome& outcome)
{
    if (!outcome.data) {
        setRunning(false);
        showMessage(tr("The report could not be made: %1").arg(outcome.error), true);
        return;
    }
    QString error;
    if (!m_writer->start(*outcome.data, m_target, &error)) {
        setRunning(false);
        showMessage(error, true);
    }
}

} // namespace swb
