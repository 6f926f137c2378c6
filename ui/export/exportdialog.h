// The Export dialog: which customers, file and format, columns, PII policy; runs the export as a long-running job
// (in the application's JobTracker too).
#pragma once

#include "model/browse/customerquery.h"
#include "model/browse/namedselection.h"
#include "model/export/exporttypes.h"
#include "model/field.h"
#include "model/jobs/latestjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace swb {

class ExportDestinationBox;
class ExportSegmentsBox;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `selections`: the choices offered first (everyone, the table's view); saved segments are added when read.
    ExportDialog(const QString& workspacePath, const QList<FieldInfo>& fields, const QList<NamedSelection>& selections,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The request as the controls describe it.
    ExportOptions options() const;
    Selection selection() const;

    void setOutputPath(const QString& path);
    void setFormat(ExportFormat format);
    void setPiiPolicy(PiiPolicy policy);
    void setFormulaPolicy(FormulaPolicy policy);
    void setDestination(ExportPreset preset, SuppressionKind suppression = SuppressionKind::None);
    void setDefaultCountry(const QString& code);
    void setMultiLayout(MultiLayout layout);
    // Checks exactly these selections (by name) in the "Customers" list.
    void setCheckedSelections(const QStringList& names);

    // Starts the export as the controls describe it (what the Export button does).
    void startExport();
    bool isRunning() const { return m_exportJob.isRunning(); }
    ExportReport lastReport() const { return m_lastReport; }

    void reject() override;

signals:
    void exportFinished(const swb::ExportReport& report);
    // The saved segments and the count of the chosen customers are shown.
    void ready();

private:
    QWidget* buildSelectionGroup();
    QWidget* buildFileGroup();
    QWidget* buildColumnsGroup();
    QWidget* buildPiiGroup();
    void addSelection(const NamedSelection& selection, bool checked);
    void onFormatChanged();
    // The format follows a typed extension it knows; a note says so, or that the extension says no format.
    void onPathChanged();
    void updateFormatNote(bool switched);
    // The default name "<segment> <YYYY-MM-DD>.<ext>" while the user has not typed or chosen one.
    void updateDefaultName();
    void onMultiLayoutChanged();
    void onSelectionChanged();
    // The checked saved segments (several: one multi-segment export) and the number of other checked entries.
    QStringList checkedSegments(int* others = nullptr) const;
    void addCsvRows(QFormLayout* form, QWidget* group);
    void onPiiChanged();
    void onDestinationChanged();
    void browse();
    void recount();
    void onCounted(const CustomerCount& count);
    void onSegmentsRead(const SegmentSelections& segments);
    // Emits ready() once the count and the saved segments are shown.
    void readyIfDone();
    void updateButtons();
    void onExportFinished(const ExportReport& report);
    void showInFolder();

    QString m_workspacePath;
    QList<FieldInfo> m_fields;
    QList<NamedSelection> m_selections;

    QListWidget* m_selectionList = nullptr;
    QLabel* m_countLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_decimal = nullptr;
    QLabel* m_formatNote = nullptr;
    ExportSegmentsBox* m_segmentsBox = nullptr;
    bool m_pathEdited = false; // the user typed or chose a file name: no more default names
    bool m_settingPath = false; // the dialog itself changes the path
    QCheckBox* m_bom = nullptr;
    QCheckBox* m_asShown = nullptr; // CSV/TSV: decimals and dates the interface locale's way
    QCheckBox* m_escapeFormulas = nullptr;
    QCheckBox* m_columnNames = nullptr; // header row: column names instead of the file's headers
    ExportDestinationBox* m_destination = nullptr;
    QWidget* m_columnsGroup = nullptr;
    QListWidget* m_columns = nullptr;
    QComboBox* m_pii = nullptr;
    QLabel* m_piiHelp = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_showButton = nullptr;

    LatestJob<ExportReport> m_exportJob{this};
    LatestJob<CustomerCount> m_countJob{this};
    LatestJob<SegmentSelections> m_segmentsJob{this};
    // Until the job has delivered the result (a future may finish on its worker before the GUI thread hears).
    bool m_countPending = false;
    bool m_segmentsPending = false;
    ExportReport m_lastReport;
    bool m_closeWhenDone = false;
};

} // namespace swb
