// A saved segment's export history: the entries of the workspace's export log (who, when, rows, columns, PII
// policy, format, preset, file), newest first, read in the background.
#pragma once

#include "model/export/exportlog.h"
#include "model/jobs/latestjob.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace swb {

struct ExportHistory
{
    QList<ExportLogEntry> entries;
    QString error;
};

class ExportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ExportHistoryDialog(const QString& workspacePath, const QString& segment, QWidget* parent = nullptr);

    const QList<ExportLogEntry>& entries() const { return m_entries; }

signals:
    // The history is shown (or why it cannot be).
    void loaded();

private:
    void showHistory(const ExportHistory& history);

    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QList<ExportLogEntry> m_entries;
    LatestJob<ExportHistory> m_job{this};
};

} // namespace swb
