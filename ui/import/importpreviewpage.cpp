#include "ui/import/importpreviewpage.h"

#include "model/import/importer.h"
#include "ui/import/choicedelegate.h"
#include "ui/import/importcolumnsmodel.h"
#include "ui/import/importrowsmodel.h"
#include "ui/import/importwizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace swb {

namespace {

constexpr int s_previewRows = 100;

QString delimiterLabel(char delimiter)
{
    switch (delimiter) {
    case ',':
        return ImportPreviewPage::tr("comma");
    case ';':
        return ImportPreviewPage::tr("semicolon");
    case '\t':
        return ImportPreviewPage::tr("tab");
    case '|':
        return ImportPreviewPage::tr("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

QString encodingLabel(const QString& encoding)
{
    const QString name = encoding.toLower();
    if (name == QLatin1String("utf-8"))
        return QStringLiteral("UTF-8");
    if (name == QLatin1String("utf-16le"))
        return QStringLiteral("UTF-16 LE");
    if (name == QLatin1String("utf-16be"))
        return QStringLiteral("UTF-16 BE");
    if (name == QLatin1String("latin1") || name == QLatin1String("iso-8859-1"))
        return QStringLiteral("Latin-1");
    if (name == QLatin1String("windows-1252"))
        return QStringLiteral("Windows-1252");
    return encoding;
}

QTableView* makeTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Check what was detected"));
    setSubTitle(tr("Correct the delimiter, encoding or header row if the columns look wrong, and each column's "
                   "name, type, role and personal-data flag. Changed values are shown in bold."));

    auto* layout = new QVBoxLayout(this);
    auto* options = new QHBoxLayout;
    options->setSpacing(8);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe ( | )"), int('|'));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), QStringLiteral("auto"));
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("UTF-16 (little endian)"), QStringLiteral("utf-16le"));
    m_encoding->addItem(tr("UTF-16 (big endian)"), QStringLiteral("utf-16be"));
    m_encoding->addItem(tr("Latin-1 (ISO 8859-1)"), QStringLiteral("latin1"));
    m_encoding->addItem(tr("Windows-1252"), QStringLiteral("windows-1252"));
    m_header = new QComboBox(this);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->addItem(tr("Detect"), int(HeaderMode::Auto));
    m_header->addItem(tr("First row is the header"), int(HeaderMode::Yes));
    m_header->addItem(tr("No header row"), int(HeaderMode::No));
    auto addOption = [&](const QString& label, QComboBox* combo) {
        auto* text = new QLabel(label, this);
        text->setBuddy(combo);
        options->addWidget(text);
        options->addWidget(combo);
        options->addSpacing(8);
    };
    addOption(tr("&Delimiter:"), m_delimiter);
    addOption(tr("&Encoding:"), m_encoding);
    addOption(tr("&Header:"), m_header);
    options->addStretch();
    layout->addLayout(options);

    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detected);

    m_columns = new ImportColumnsModel(this);
    m_rows = new ImportRowsModel(m_columns, this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_columnsView = makeTable(splitter);
    m_columnsView->setObjectName(QStringLiteral("columnsView"));
    m_columnsView->setModel(m_columns);
    m_columnsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_columnsView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* delegate
        = new ChoiceDelegate(ImportColumnsModel::ChoiceLabelsRole, ImportColumnsModel::ChoiceValuesRole, m_columnsView);
    m_columnsView->setItemDelegateForColumn(ImportColumnsModel::TypeColumn, delegate);
    m_columnsView->setItemDelegateForColumn(ImportColumnsModel::RoleColumn, delegate);
    m_columnsView->horizontalHeader()->setStretchLastSection(true);
    m_rowsView = makeTable(splitter);
    m_rowsView->setObjectName(QStringLiteral("rowsView"));
    m_rowsView->setModel(m_rows);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsView->verticalHeader()->show();
    splitter->addWidget(m_columnsView);
    splitter->addWidget(m_rowsView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    for (QComboBox* combo : {m_delimiter, m_encoding, m_header})
        connect(combo, &QComboBox::activated, this, &ImportPreviewPage::refresh);
    connect(m_columns, &ImportColumnsModel::overridesChanged, this, &ImportPreviewPage::completeChanged);
}

char ImportPreviewPage::delimiter() const
{
    return char(m_delimiter->currentData().toInt());
}

void ImportPreviewPage::setDelimiter(char delimiter)
{
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(int(delimiter))));
    if (isVisible())
        refresh();
}

QString ImportPreviewPage::encoding() const
{
    return m_encoding->currentData().toString();
}

void ImportPreviewPage::setEncoding(const QString& encoding)
{
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(encoding)));
    if (isVisible())
        refresh();
}

HeaderMode ImportPreviewPage::header() const
{
    return HeaderMode(m_header->currentData().toInt());
}

void ImportPreviewPage::setHeader(HeaderMode header)
{
    m_header->setCurrentIndex(qMax(0, m_header->findData(int(header))));
    if (isVisible())
        refresh();
}

// m_job cancels the reading: it stops soon; nothing is left waiting for it.
ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::cancel()
{
    const bool loading = isLoading();
    m_job.cancel(); // a result that is read but not delivered yet is dropped too
    if (loading)
        onPreviewCanceled();
}

void ImportPreviewPage::onPreviewCanceled()
{
    m_detected->setText(tr("Reading the file was stopped."));
    emit completeChanged();
}

QList<ColumnOverride> ImportPreviewPage::overrides() const
{
    return m_columns->overrides();
}

void ImportPreviewPage::initializePage()
{
    refresh();
}

void ImportPreviewPage::cleanupPage()
{
    cancel();
    QWizardPage::cleanupPage();
}

bool ImportPreviewPage::isComplete() const
{
    if (isLoading() || !m_preview.ok)
        return false;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        if (m_columns->index(row, ImportColumnsModel::IncludeColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked)
            return true;
    }
    return false;
}

void ImportPreviewPage::refresh()
{
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    if (!wizard)
        return;
    ImportOptions options = wizard->options();
    options.overrides.clear();
    m_previewKind = options.kind;
    m_detected->setText(tr("Reading %1…").arg(options.filePath));
    m_columnsView->setEnabled(false);
    m_rowsView->setEnabled(false);
    // The reading before this one is outdated: it stops at its next step and its result is dropped.
    m_job.start(
        {tr("Reading %1").arg(QFileInfo(options.filePath).fileName()), JobPool::Interactive},
        [options](JobControl& job) { return Importer::preview(options, s_previewRows, job.cancelCheck()); },
        [this](const ImportPreview& preview) { onPreviewFinished(preview); }, [this] { onPreviewCanceled(); });
    emit completeChanged();
}

void ImportPreviewPage::onPreviewFinished(const ImportPreview& preview)
{
    m_preview = preview;
    m_columnsView->setEnabled(m_preview.ok);
    m_rowsView->setEnabled(m_preview.ok);
    if (!m_preview.ok) {
        m_detected->setText(tr("This file cannot be read: %1").arg(m_preview.error));
        m_columns->setPreview({}, m_previewKind);
        m_rows->setRows({}, 0);
    } else {
        const QString header = m_preview.hasHeader ? tr("the first row is the header") : tr("no header row");
        m_detected->setText(tr("Detected: %1 encoding, %2 delimiter, %3. %Ln column(s); the first rows are shown "
                               "below.",
                               nullptr, int(m_preview.columns.size()))
                                .arg(encodingLabel(m_preview.encoding), delimiterLabel(m_preview.delimiter), header));
        m_columns->setPreview(m_preview, m_previewKind);
        m_rows->setRows(m_preview.rows, int(m_preview.columns.size()));
        m_columnsView->resizeColumnsToContents();
        // Room for the editors' drop-down arrows in the text columns; the check box columns keep their width.
        for (const int column : {ImportColumnsModel::HeaderColumn, ImportColumnsModel::NameColumn,
                                 ImportColumnsModel::TypeColumn, ImportColumnsModel::RoleColumn})
            m_columnsView->setColumnWidth(column, qMin(m_columnsView->columnWidth(column) + 24, 260));
        m_rowsView->resizeColumnsToContents();
        for (int column = 0; column < m_rows->columnCount(); ++column)
            m_rowsView->setColumnWidth(column, qMin(m_rowsView->columnWidth(column), 240));
    }
    emit completeChanged();
    emit previewReady();
}

} // namespace swb
