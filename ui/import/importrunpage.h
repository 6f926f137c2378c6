// Import wizard, fourth page: the import running as a long-running job (in the application's JobTracker too), with
// progress and Cancel.
#pragma once

#include "model/import/importtypes.h"
#include "model/jobs/latestjob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace swb {

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(QWidget* parent = nullptr);
    // A wizard closed with the application (Ctrl+Q) stops its import: it rolls back instead of keeping the program
    // running until it ends.
    ~ImportRunPage() override;

    bool isRunning() const { return m_job.isRunning(); }
    // Stops the import; `finished` follows once it has rolled back.
    void cancel();
    QFuture<ImportReport> future() const { return m_job.future(); }

    void initializePage() override;
    // Going back cancels a running import.
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void started();
    void finished(const swb::ImportReport& report);
    // Progress in per mille of the file read.
    void progress(int perMille);

private:
    void start();
    void onProgress(int perMille);
    void onFinished(const ImportReport& report);

    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    LatestJob<ImportReport> m_job{this};
    qint64 m_fileSize = 0;
    bool m_done = false;
};

} // namespace swb
