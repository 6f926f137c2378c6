// File > Export Review Report…: which saved segments, how many months of trend and which file; the numbers are
// gathered in a background job (progress and Cancel in the dialog), then the PDF is written. Remembers the folder.
#pragma once

#include "model/analytics/reviewreport.h"
#include "model/jobs/latestjob.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace swb {

class ReviewReportWriter;

class ReviewReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `segments`: the workspace's saved segments, all chosen at first.
    ReviewReportDialog(const QString& workspacePath, const QStringList& segments, QWidget* parent = nullptr);
    ~ReviewReportDialog() override;

    QStringList chosenSegments() const;
    void setFileName(const QString& path);
    // Gathering the numbers or writing the pages.
    bool isRunning() const;

    // The settings key of the folder last written to.
    static QString folderKey() { return QStringLiteral("report/folder"); }

signals:
    void reportWritten(const QString& path);

private:
    void start();
    void browse();
    void write(const ReviewOutcome& outcome);
    void cancelled();
    void setRunning(bool running);
    void showMessage(const QString& text, bool error);
    void updateButtons();

    QString m_workspacePath;
    QListWidget* m_segments = nullptr;
    QSpinBox* m_months = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    QString m_target; // the file the running job's report goes to
    LatestJob<ReviewOutcome> m_job{this};
    ReviewReportWriter* m_writer = nullptr;
};

} // namespace swb
