#include "ui/export/exportdialog.h"

#include "model/browse/customerquery.h"
#include "model/export/exporter.h"
#include "model/export/multisegment.h"
#include "ui/customers/valueformat.h"
#include "ui/export/exportdestinationbox.h"
#include "ui/export/exportfilename.h"
#include "ui/export/exportsegmentsbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace swb {

namespace {

constexpr int s_selectionIndexRole = Qt::UserRole + 1;
constexpr int s_columnNameRole = Qt::UserRole + 2;
const QString s_escapeFormulasKey = QStringLiteral("export/escapeFormulas");

QString suffixOf(ExportFormat format)
{
    return exportFormatName(format);
}

} // namespace

ExportDialog::ExportDialog(const QString& workspacePath, const QList<FieldInfo>& fields,
                           const QList<NamedSelection>& selections, QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_fields(fields)
{
    setWindowTitle(tr("Export Customers"));
    setObjectName(QStringLiteral("exportDialog"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    auto* left = new QVBoxLayout;
    left->addWidget(buildSelectionGroup(), 1);
    m_columnsGroup = buildColumnsGroup();
    left->addWidget(m_columnsGroup, 2);
    auto* right = new QVBoxLayout;
    m_destination = new ExportDestinationBox(this);
    right->addWidget(m_destination);
    right->addWidget(buildFileGroup());
    m_segmentsBox = new ExportSegmentsBox(this);
    right->addWidget(m_segmentsBox);
    right->addWidget(buildPiiGroup());
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_showButton = m_buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_showButton->setEnabled(false);
    m_showButton->setToolTip(tr("Opens the folder of the exported file"));
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_showButton, &QPushButton::clicked, this, &ExportDialog::showInFolder);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    for (const NamedSelection& selection : selections)
        addSelection(selection, m_selections.isEmpty());
    connect(m_selectionList, &QListWidget::itemChanged, this, &ExportDialog::onSelectionChanged);

    m_exportJob.onProgress([this](int perMille, const QString&) { m_progress->setValue(perMille); });
    m_segmentsPending = true;
    m_segmentsJob.start(
        {tr("Reading the saved segments"), JobPool::Interactive},
        [path = m_workspacePath](JobControl&) { return NamedSelections::loadSegments(path); },
        [this](const SegmentSelections& segments) { onSegmentsRead(segments); },
        [this] {
            m_segmentsPending = false;
            m_status->setText(tr("Listing the saved segments was cancelled."));
            readyIfDone();
        });

    updateDefaultName();
    connect(m_destination, &ExportDestinationBox::destinationChanged, this, &ExportDialog::onDestinationChanged);
    connect(m_segmentsBox, &ExportSegmentsBox::multiLayoutChanged, this, &ExportDialog::onMultiLayoutChanged);
    onFormatChanged();
    onPiiChanged();
    onSelectionChanged();
    resize(860, 640);
}

// m_exportJob cancels a running export: it stops at its next check and removes its temporary file.
ExportDialog::~ExportDialog() = default;

QWidget* ExportDialog::buildSelectionGroup()
{
    auto* group = new QGroupBox(tr("Customers"), this);
    auto* layout = new QVBoxLayout(group);
    m_selectionList = new QListWidget(group);
    m_selectionList->setObjectName(QStringLiteral("selectionList"));
    m_selectionList->setToolTip(tr("Customers in any checked entry are exported."));
    m_countLabel = new QLabel(group);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_selectionList);
    layout->addWidget(m_countLabel);
    return group;
}

QWidget* ExportDialog::buildFileGroup()
{
    auto* group = new QGroupBox(tr("File"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_format = new QComboBox(group);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("CSV (comma-separated values)"), QVariant::fromValue(int(ExportFormat::Csv)));
    m_format->addItem(tr("TSV (tab-separated values)"), QVariant::fromValue(int(ExportFormat::Tsv)));
    m_format->addItem(tr("Excel workbook (XLSX)"), QVariant::fromValue(int(ExportFormat::Xlsx)));
    m_format->addItem(tr("JSON (array of objects)"), QVariant::fromValue(int(ExportFormat::Json)));
    form->addRow(tr("&Format:"), m_format);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(group);
    m_path->setObjectName(QStringLiteral("outputPath"));
    m_path->setPlaceholderText(tr("Where to write the file"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), group);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    // A label of a row that is a layout needs its buddy set by hand, or the "&" would show.
    auto* pathLabel = new QLabel(tr("&Save as:"), group);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_formatNote = new QLabel(group);
    m_formatNote->setObjectName(QStringLiteral("formatNote"));
    m_formatNote->setWordWrap(true);
    m_formatNote->hide();
    form->addRow(QString(), m_formatNote);
    addCsvRows(form, group);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::onPathChanged);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    return group;
}

// Delimiter and decimal mark (defaults by the interface language), the byte order mark for Excel, formulas.
void ExportDialog::addCsvRows(QFormLayout* form, QWidget* group)
{
    m_delimiter = new QComboBox(group);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QVariant::fromValue(int(',')));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QVariant::fromValue(int(';')));
    m_delimiter->addItem(tr("Pipe ( | )"), QVariant::fromValue(int('|')));
    form->addRow(tr("&Delimiter:"), m_delimiter);
    m_decimal = new QComboBox(group);
    m_decimal->setObjectName(QStringLiteral("decimalMark"));
    m_decimal->addItem(tr("Point ( 1.5 )"), QVariant::fromValue(int('.')));
    m_decimal->addItem(tr("Comma ( 1,5 )"), QVariant::fromValue(int(',')));
    form->addRow(tr("Decimal &mark:"), m_decimal);
    const QLocale locale; // the interface language: German and French Excel expect ; and ,
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(defaultCsvDelimiter(locale))));
    m_decimal->setCurrentIndex(m_decimal->findData(int(defaultDecimalMark(locale))));
    // A comma cannot be both: choosing one for one moves the other away from it.
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_delimiter->currentData().toInt() == ',' && m_decimal->currentData().toInt() == ',')
            m_decimal->setCurrentIndex(m_decimal->findData(int('.')));
    });
    connect(m_decimal, &QComboBox::currentIndexChanged, this, [this] {
        if (m_delimiter->currentData().toInt() == ',' && m_decimal->currentData().toInt() == ',')
            m_delimiter->setCurrentIndex(m_delimiter->findData(int(';')));
    });

    // Machine forms unless asked: a file read by programs must not depend on who exported it.
    const QLocale shown;
    m_asShown = new QCheckBox(
        tr("Decimals and dates as shown (%1, %2)")
            .arg(shown.toString(1234.56, 'f', 2), shown.toString(QDate(2026, 12, 31), ValueFormat::dateFormat(shown))),
        group);
    m_asShown->setObjectName(QStringLiteral("asShown"));
    form->addRow(QString(), m_asShown);
    connect(m_asShown, &QCheckBox::toggled, this, [this](bool on) { m_decimal->setEnabled(!on); });

    m_bom = new QCheckBox(tr("For &Excel: start with a byte order mark so Excel reads UTF-8"), group);
    m_bom->setObjectName(QStringLiteral("bom"));
    form->addRow(QString(), m_bom);

    m_escapeFormulas = new QCheckBox(tr("Protect against spreadsheet formulas"), group);
    m_escapeFormulas->setObjectName(QStringLiteral("escapeFormulas"));
    m_escapeFormulas->setToolTip(
        tr("A text cell that starts with = + - @ (such as =HYPERLINK(…)) is run as a formula when the file is opened "
           "in Excel or LibreOffice, which can leak data or start programs. With this on, such cells start with ' "
           "so spreadsheets show them as text. Numbers such as -12.5 in a number column stay numbers."));
    m_escapeFormulas->setChecked(QSettings().value(s_escapeFormulasKey, true).toBool());
    form->addRow(QString(), m_escapeFormulas);
    connect(m_escapeFormulas, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(s_escapeFormulasKey, on); });
}

QWidget* ExportDialog::buildColumnsGroup()
{
    auto* group = new QGroupBox(tr("Columns"), this);
    auto* layout = new QVBoxLayout(group);
    m_columns = new QListWidget(group);
    m_columns->setObjectName(QStringLiteral("columns"));
    for (const FieldInfo& field : std::as_const(m_fields)) {
        const QString title = fieldLabel(field);
        auto* item = new QListWidgetItem(field.pii ? tr("%1 (personal data)").arg(title) : title, m_columns);
        item->setData(s_columnNameRole, field.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(tr("Column %1").arg(field.name));
    }
    auto* buttons = new QHBoxLayout;
    auto* all = new QPushButton(tr("Select &All"), group);
    auto* none = new QPushButton(tr("Select &None"), group);
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    layout->addWidget(m_columns);
    layout->addLayout(buttons);
    m_columnNames
        = new QCheckBox(tr("Name the columns as in the workspace instead of the imported file's headers"), group);
    m_columnNames->setObjectName(QStringLiteral("columnNames"));
    layout->addWidget(m_columnNames);
    auto setAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_columns->count(); ++i)
            m_columns->item(i)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [setAll] { setAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [setAll] { setAll(Qt::Unchecked); });
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    return group;
}

QWidget* ExportDialog::buildPiiGroup()
{
    auto* group = new QGroupBox(tr("Personal data"), this);
    auto* layout = new QVBoxLayout(group);
    m_pii = new QComboBox(group);
    m_pii->setObjectName(QStringLiteral("piiPolicy"));
    m_pii->addItem(tr("Keep as it is"), QVariant::fromValue(int(PiiPolicy::Keep)));
    m_pii->addItem(tr("Leave out"), QVariant::fromValue(int(PiiPolicy::Omit)));
    m_pii->addItem(tr("Mask"), QVariant::fromValue(int(PiiPolicy::Mask)));
    m_pii->addItem(tr("Hash (SHA-256)"), QVariant::fromValue(int(PiiPolicy::Hash)));
    m_piiHelp = new QLabel(group);
    m_piiHelp->setWordWrap(true);
    m_piiHelp->setForegroundRole(QPalette::PlaceholderText);
    m_piiHelp->setMinimumHeight(m_piiHelp->fontMetrics().lineSpacing() * 4);
    m_piiHelp->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_pii);
    layout->addWidget(m_piiHelp);
    connect(m_pii, &QComboBox::currentIndexChanged, this, &ExportDialog::onPiiChanged);
    return group;
}

void ExportDialog::addSelection(const NamedSelection& selection, bool checked)
{
    const QSignalBlocker blocker(m_selectionList);
    m_selections.append(selection);
    auto* item = new QListWidgetItem(selection.isSegment ? tr("Segment: %1").arg(selection.name) : selection.name,
                                     m_selectionList);
    item->setData(s_selectionIndexRole, int(m_selections.size() - 1));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.outputPath = m_path->text().trimmed();
    options.format = ExportFormat(m_format->currentData().toInt());
    options.pii = PiiPolicy(m_pii->currentData().toInt());
    options.utf8Bom = m_bom->isEnabled() && m_bom->isChecked();
    options.formulas = m_escapeFormulas->isChecked() ? FormulaPolicy::Escape : FormulaPolicy::Keep;
    options.headers = m_columnNames->isChecked() ? HeaderStyle::Columns : HeaderStyle::Original;
    options.delimiter = options.format == ExportFormat::Tsv ? '\t' : char(m_delimiter->currentData().toInt());
    options.decimal = char(m_decimal->currentData().toInt());
    options.asShown = m_asShown->isEnabled() && m_asShown->isChecked();
    if (m_segmentsBox->applies()) {
        options.segments = checkedSegments();
        options.multi = m_segmentsBox->multiLayout();
    }
    options.preset = m_destination->preset();
    options.suppression = m_destination->suppression();
    options.defaultCountry = m_destination->defaultCountry();
    if (m_destination->decidesColumns())
        return options;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            options.columns.append(m_columns->item(i)->data(s_columnNameRole).toString());
    }
    return options;
}

Selection ExportDialog::selection() const
{
    QList<Selection> checked;
    for (int i = 0; i < m_selectionList->count(); ++i) {
        const QListWidgetItem* item = m_selectionList->item(i);
        if (item->checkState() == Qt::Checked)
            checked.append(m_selections.at(item->data(s_selectionIndexRole).toInt()).selection);
    }
    return NamedSelections::unite(checked);
}

void ExportDialog::setOutputPath(const QString& path)
{
    m_pathEdited = true; // as if typed: no default name replaces it
    m_path->setText(path);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setPiiPolicy(PiiPolicy policy)
{
    m_pii->setCurrentIndex(m_pii->findData(int(policy)));
}

void ExportDialog::setFormulaPolicy(FormulaPolicy policy)
{
    m_escapeFormulas->setChecked(policy == FormulaPolicy::Escape);
}

void ExportDialog::setDestination(ExportPreset preset, SuppressionKind suppression)
{
    m_destination->setDestination(preset, suppression);
}

void ExportDialog::setDefaultCountry(const QString& code)
{
    m_destination->setDefaultCountry(code);
}

void ExportDialog::setMultiLayout(MultiLayout layout)
{
    m_segmentsBox->setMultiLayout(layout);
}

QStringList ExportDialog::checkedSegments(int* others) const
{
    QStringList names;
    int rest = 0;
    for (int i = 0; i < m_selectionList->count(); ++i) {
        const QListWidgetItem* item = m_selectionList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const NamedSelection& named = m_selections.at(item->data(s_selectionIndexRole).toInt());
        if (named.isSegment)
            names << named.name;
        else
            ++rest;
    }
    if (others)
        *others = rest;
    return names;
}

void ExportDialog::onSelectionChanged()
{
    int others = 0;
    const QStringList segments = checkedSegments(&others);
    m_segmentsBox->setChecked(int(segments.size()), others);
    onMultiLayoutChanged();
    updateDefaultName();
    recount();
    updateButtons();
}

// One sheet per segment is an XLSX workbook.
void ExportDialog::onMultiLayoutChanged()
{
    if (m_segmentsBox->applies() && m_segmentsBox->multiLayout() == MultiLayout::Sheets)
        setFormat(ExportFormat::Xlsx);
}

void ExportDialog::updateDefaultName()
{
    if (m_pathEdited)
        return;
    int others = 0;
    const QStringList segments = checkedSegments(&others);
    QString name = segments.value(0);
    if (segments.size() > 1)
        name = tr("%1 and %n more", nullptr, int(segments.size() - 1)).arg(segments.first());
    if (name.isEmpty()) {
        for (int i = 0; i < m_selectionList->count() && name.isEmpty(); ++i) {
            if (m_selectionList->item(i)->checkState() == Qt::Checked)
                name = m_selections.at(m_selectionList->item(i)->data(s_selectionIndexRole).toInt()).name;
        }
    }
    const QString folder
        = m_path->text().trimmed().isEmpty() ? exportfile::lastFolder() : QFileInfo(m_path->text()).absolutePath();
    const auto format = ExportFormat(m_format->currentData().toInt());
    m_settingPath = true;
    m_path->setText(QDir(folder).filePath(exportfile::defaultFileName(name, format, QDate::currentDate())));
    m_settingPath = false;
}

void ExportDialog::setCheckedSelections(const QStringList& names)
{
    for (int i = 0; i < m_selectionList->count(); ++i) {
        QListWidgetItem* item = m_selectionList->item(i);
        const QString& name = m_selections.at(item->data(s_selectionIndexRole).toInt()).name;
        item->setCheckState(names.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportDialog::onFormatChanged()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    m_delimiter->setEnabled(format == ExportFormat::Csv);
    m_bom->setEnabled(format == ExportFormat::Csv || format == ExportFormat::Tsv);
    m_asShown->setEnabled(format == ExportFormat::Csv || format == ExportFormat::Tsv);
    m_escapeFormulas->setEnabled(format == ExportFormat::Csv || format == ExportFormat::Tsv);
    if (format != ExportFormat::Xlsx && m_segmentsBox->multiLayout() == MultiLayout::Sheets)
        m_segmentsBox->setMultiLayout(MultiLayout::SegmentsColumn);
    // The file name follows the format when it has one of the formats' suffixes (or none).
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.suffix().isEmpty() || exportFormatForPath(path)) {
        const QString renamed = info.suffix().isEmpty()
            ? path + QLatin1Char('.') + suffixOf(format)
            : path.left(path.size() - info.suffix().size()) + suffixOf(format);
        if (renamed != m_path->text()) {
            const bool setting = std::exchange(m_settingPath, true);
            m_path->setText(renamed);
            m_settingPath = setting;
        }
    }
    updateFormatNote(false);
}

void ExportDialog::onPathChanged()
{
    if (!m_settingPath) {
        const auto typed = exportFormatForPath(m_path->text().trimmed());
        const bool switched = typed && *typed != ExportFormat(m_format->currentData().toInt());
        if (switched) {
            m_settingPath = true;
            setFormat(*typed);
            m_settingPath = false;
        }
        updateFormatNote(switched);
    }
    updateButtons();
}

// Shown in the dialog (no message box): the format switched to a typed extension, or an extension that names no
// format the file is written in.
void ExportDialog::updateFormatNote(bool switched)
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString suffix = QFileInfo(m_path->text().trimmed()).suffix();
    const auto named = exportFormatForPath(m_path->text().trimmed());
    QString note;
    if (switched)
        note = tr("The format was switched to %1 to match the file name's extension .%2.")
                   .arg(suffixOf(format).toUpper(), suffix);
    else if (!suffix.isEmpty() && (!named || *named != format))
        note = tr("The extension .%1 does not match the format %2: the file is written as %2. Change the extension "
                  "to .%3 if the file should open as %2.")
                   .arg(suffix, suffixOf(format).toUpper(), suffixOf(format));
    m_formatNote->setText(note);
    m_formatNote->setVisible(!note.isEmpty());
}

// A destination decides the columns; ad platforms take hashed or plain values, e-mail tools and suppression lists
// only one of them; a suppression list is a text file.
void ExportDialog::onDestinationChanged()
{
    const bool decides = m_destination->decidesColumns();
    m_columnsGroup->setEnabled(!decides);
    const bool suppression = m_destination->suppression() != SuppressionKind::None;
    const bool hashable = presetAllowsHashing(m_destination->preset());
    if (suppression || (decides && hashable))
        setPiiPolicy(PiiPolicy::Hash);
    else if (decides)
        setPiiPolicy(PiiPolicy::Keep);
    m_pii->setEnabled(!decides || (hashable && !suppression));
    const auto format = ExportFormat(m_format->currentData().toInt());
    if (suppression && format != ExportFormat::Csv && format != ExportFormat::Tsv)
        setFormat(ExportFormat::Csv);
    updateButtons();
}

void ExportDialog::onPiiChanged()
{
    QStringList personal;
    for (const FieldInfo& field : std::as_const(m_fields)) {
        if (field.pii)
            personal.append(fieldLabel(field));
    }
    const QString fields = personal.isEmpty()
        ? tr("No column of this workspace is flagged as personal data.")
        : tr("Personal data columns: %1.").arg(personal.join(QStringLiteral(", ")));
    QString text;
    switch (PiiPolicy(m_pii->currentData().toInt())) {
    case PiiPolicy::Keep:
        text = tr("Personal data is written as it is. Export it only to tools that may hold it.");
        break;
    case PiiPolicy::Omit:
        text = tr("Columns flagged as personal data are left out of the file.");
        break;
    case PiiPolicy::Mask:
        text = tr("Personal data is partly hidden (a***@example.com), so records stay recognisable without "
                  "showing the full value.");
        break;
    case PiiPolicy::Hash:
        text = tr("Each personal value is replaced by the SHA-256 hash (hex) of the value trimmed and in lower "
                  "case, as ad platforms require for customer-list uploads (Google Customer Match, Meta Custom "
                  "Audiences).");
        break;
    }
    m_piiHelp->setText(text + QLatin1Char('\n') + fields);
}

void ExportDialog::browse()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString filter = tr("%1 files (*.%2)").arg(suffixOf(format).toUpper(), suffixOf(format));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text(), filter);
    if (!path.isEmpty()) {
        m_pathEdited = true;
        m_path->setText(path);
    }
}

void ExportDialog::recount()
{
    m_countLabel->setText(tr("Counting the customers…"));
    m_countPending = true;
    m_countJob.start(
        {tr("Counting the customers to export"), JobPool::Interactive},
        [path = m_workspacePath, selection = selection()](JobControl&) {
            return CustomerQuery::count(path, selection);
        },
        [this](const CustomerCount& count) { onCounted(count); },
        [this] {
            m_countPending = false;
            m_countLabel->setText(tr("Counting the customers was cancelled."));
            readyIfDone();
        });
}

void ExportDialog::onCounted(const CustomerCount& count)
{
    m_countPending = false;
    m_countLabel->setText(count.ok ? tr("%Ln customer(s) will be exported.", nullptr, int(count.count))
                                   : tr("Cannot count the customers: %1").arg(count.error));
    readyIfDone();
}

void ExportDialog::onSegmentsRead(const SegmentSelections& segments)
{
    m_segmentsPending = false;
    for (const NamedSelection& segment : segments.segments)
        addSelection(segment, false);
    if (!segments.ok)
        m_status->setText(tr("The saved segments cannot be listed: %1").arg(segments.error));
    readyIfDone();
}

void ExportDialog::readyIfDone()
{
    if (!m_countPending && !m_segmentsPending)
        emit ready();
}

void ExportDialog::updateButtons()
{
    bool anySelection = false;
    for (int i = 0; i < m_selectionList->count(); ++i)
        anySelection = anySelection || m_selectionList->item(i)->checkState() == Qt::Checked;
    bool anyColumn = false;
    for (int i = 0; i < m_columns->count(); ++i)
        anyColumn = anyColumn || m_columns->item(i)->checkState() == Qt::Checked;
    anyColumn = anyColumn || m_destination->decidesColumns();
    const bool running = m_exportJob.isRunning();
    m_exportButton->setEnabled(!running && anySelection && anyColumn && !m_path->text().trimmed().isEmpty());
    m_exportButton->setToolTip(!anySelection    ? tr("Check at least one entry under Customers.")
                                   : !anyColumn ? tr("Check at least one column.")
                                                : QString());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (m_exportJob.isRunning())
        return;
    const ExportOptions request = options();
    if (request.outputPath.isEmpty()) {
        m_status->setText(tr("Choose where to save the file."));
        return;
    }
    if (!request.segments.isEmpty()) { // said at once, not after a job
        const QString problem = MultiSegmentExporter::checkOptions(request);
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            return;
        }
    }
    const QString folder = QFileInfo(request.outputPath).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        m_status->setText(tr("The folder %1 does not exist. Choose an existing folder with Browse….")
                              .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(request.outputPath)));
    m_showButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_exportJob.start(
        {tr("Exporting %1").arg(QFileInfo(request.outputPath).fileName()), JobPool::LongRunning},
        [path = m_workspacePath, selection = selection(), request](JobControl& job) {
            return Exporter::run(path, selection, request, job.cancelCheck(), job.rowsCallback());
        },
        [this](const ExportReport& report) { onExportFinished(report); },
        // The report of a cancelled job is dropped; the dialog reports the cancellation itself.
        [this] {
            ExportReport report;
            report.canceled = true;
            report.error = tr("The export was cancelled.");
            onExportFinished(report);
        });
    updateButtons();
}

void ExportDialog::onExportFinished(const ExportReport& report)
{
    m_progress->hide();
    m_lastReport = report;
    if (report.ok) {
        exportfile::rememberFolder(report.outputPath);
        QStringList lines{tr("Exported %Ln customer(s) to %1.", nullptr, int(report.rows))
                              .arg(QDir::toNativeSeparators(report.outputPath))};
        if (report.leftOut > 0)
            lines << report.leftOutSummary();
        if (!report.segmentRows.isEmpty()) {
            QStringList counts;
            for (auto it = report.segmentRows.cbegin(); it != report.segmentRows.cend(); ++it)
                counts << tr("%1: %Ln", nullptr, int(it.value())).arg(it.key());
            lines.insert(1, tr("Customers per segment: %1.").arg(counts.join(QStringLiteral("; "))));
        }
        m_status->setText((lines << report.warnings).join(QLatin1Char('\n')));
        m_showButton->setEnabled(true);
    } else if (report.canceled) {
        m_status->setText(tr("The export was cancelled; no file was written."));
    } else {
        m_status->setText(tr("The export failed: %1").arg(report.error));
    }
    updateButtons();
    emit exportFinished(report);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ExportDialog::showInFolder()
{
    const QString folder = QFileInfo(m_lastReport.outputPath).absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void ExportDialog::reject()
{
    if (m_exportJob.isRunning()) {
        // Cancel first: the dialog closes when the export has stopped and cleaned up.
        m_closeWhenDone = true;
        m_exportJob.requestCancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace swb
