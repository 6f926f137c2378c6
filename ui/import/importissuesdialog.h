// All issues of one import (read from the workspace off the GUI thread), with saving them as CSV.
#pragma once

#include "model/browse/importissuequery.h"
#include "model/jobs/latestjob.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace swb {

class ImportIssuesModel;

class ImportIssuesDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows at most this many; the CSV file holds them all.
    static constexpr int maximumShown = 100000;

    ImportIssuesDialog(const QString& workspacePath, qint64 importId, QWidget* parent = nullptr);

    // Asks where to save, writes every issue of the import in the background and tells the user the outcome.
    static void saveAsCsv(const QString& workspacePath, qint64 importId, const QString& importedFile, QWidget* parent);

signals:
    void loaded();

private:
    void onLoaded(const ImportIssueList& list);

    QString m_workspacePath;
    qint64 m_importId = 0;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    ImportIssuesModel* m_model = nullptr;
    LatestJob<ImportIssueList> m_job{this};
};

} // namespace swb
