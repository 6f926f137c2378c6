// The import wizard: file → preview with corrections → destination → import with progress → summary.
#pragma once

#include "model/import/importtypes.h"

#include <QWizard>

namespace swb {

class ImportFilePage;
class ImportPreviewPage;
class ImportTargetPage;
class ImportRunPage;
class ImportSummaryPage;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, TargetPage, RunPage, SummaryPage };

    // `workspaceHasCustomers` tells the destination page whether append and upsert have something to add to.
    ImportWizard(const QString& workspacePath, bool workspaceHasCustomers, QWidget* parent = nullptr);

    QString workspacePath() const { return m_workspacePath; }
    bool workspaceHasCustomers() const { return m_workspaceHasCustomers; }

    // Fills in the file (and guesses its kind from the name); the user continues from there.
    void setFilePath(const QString& path);
    void setKind(ImportKind kind);

    // The request the pages describe so far.
    ImportOptions options() const;
    const ImportPreview& preview() const;
    const ImportReport& report() const { return m_report; }
    void setReport(const ImportReport& report);

    ImportFilePage* filePage() const { return m_filePage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportTargetPage* targetPage() const { return m_targetPage; }
    ImportRunPage* runPage() const { return m_runPage; }
    ImportSummaryPage* summaryPage() const { return m_summaryPage; }

    void reject() override;

signals:
    // The preview of the current file and options was read (or failed).
    void previewReady();
    // The import runs; runPage()->future() follows it.
    void importStarted();
    // The import ended: finished, failed or cancelled (see report.ok / report.canceled).
    void importFinished(const swb::ImportReport& report);

private:
    QString m_workspacePath;
    bool m_workspaceHasCustomers = false;
    ImportReport m_report;
    ImportFilePage* m_filePage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    ImportTargetPage* m_targetPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
    ImportSummaryPage* m_summaryPage = nullptr;
};

} // namespace swb
