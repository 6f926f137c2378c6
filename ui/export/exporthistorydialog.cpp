#include "ui/export/exporthistorydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace swb {

ExportHistoryDialog::ExportHistoryDialog(const QString& workspacePath, const QString& segment, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export History of \"%1\"").arg(segment));
    setObjectName(QStringLiteral("exportHistoryDialog"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading the export log…"), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("exports"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_job.start(
        {tr("Reading the export log"), JobPool::Interactive},
        [workspacePath, segment](JobControl&) {
            ExportHistory history;
            history.entries = ExportLog::forSegment(workspacePath, segment, &history.error);
            return history;
        },
        [this](const ExportHistory& history) { showHistory(history); },
        [this] {
            m_status->setText(tr("Reading the export log was cancelled."));
            emit loaded();
        });
    resize(760, 360);
}

void ExportHistoryDialog::showHistory(const ExportHistory& history)
{
    m_entries = history.entries;
    for (const ExportLogEntry& entry : history.entries) {
        auto* item = new QListWidgetItem(ExportLog::describe(entry), m_list);
        item->setToolTip(tr("Columns: %1").arg(entry.columns.join(QStringLiteral(", "))));
    }
    if (!history.error.isEmpty())
        m_status->setText(tr("The export log cannot be read: %1").arg(history.error));
    else if (history.entries.isEmpty())
        m_status->setText(tr("This segment has not been exported yet."));
    else
        m_status->setText(tr("%n export(s), newest first.", nullptr, int(history.entries.size())));
    emit loaded();
}

} // namespace swb
