// Import wizard, second page: the detected dialect and columns with the first rows; every choice can be corrected.
#pragma once

#include "model/import/importtypes.h"
#include "model/jobs/latestjob.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace swb {

class ImportColumnsModel;
class ImportRowsModel;

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(QWidget* parent = nullptr);
    ~ImportPreviewPage() override;

    // Dialect options as chosen (0 / "auto" / Auto: detect).
    char delimiter() const;
    void setDelimiter(char delimiter);
    QString encoding() const;
    void setEncoding(const QString& encoding);
    HeaderMode header() const;
    void setHeader(HeaderMode header);

    QList<ColumnOverride> overrides() const;
    const ImportPreview& preview() const { return m_preview; }
    bool isLoading() const { return m_job.isRunning() && !m_job.future().isCanceled(); }
    // Stops reading the file (Back, Cancel, closing the wizard); a new reading supersedes the old one by itself.
    void cancel();
    ImportColumnsModel* columnsModel() const { return m_columns; }
    ImportRowsModel* rowsModel() const { return m_rows; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void previewReady();

private:
    void refresh();
    void onPreviewFinished(const ImportPreview& preview);
    void onPreviewCanceled();

    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_header = nullptr;
    QLabel* m_detected = nullptr;
    QTableView* m_columnsView = nullptr;
    QTableView* m_rowsView = nullptr;
    ImportColumnsModel* m_columns = nullptr;
    ImportRowsModel* m_rows = nullptr;
    ImportPreview m_preview;
    ImportKind m_previewKind = ImportKind::Customers;
    LatestJob<ImportPreview> m_job{this};
};

} // namespace swb
