#include "ui/import/importtargetpage.h"

#include "ui/import/derivedfieldseditor.h"
#include "ui/import/importcolumnsmodel.h"
#include "ui/import/importpreviewpage.h"
#include "ui/import/importwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace swb {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 6);
    return label;
}

} // namespace

ImportTargetPage::ImportTargetPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose how to import"));
    setSubTitle(tr("Nothing changes until the import has finished: cancelling or an error leaves the workspace as "
                   "it was."));
    setButtonText(QWizard::NextButton, tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    m_replace = new QRadioButton(tr("&Replace"), this);
    m_replace->setObjectName(QStringLiteral("modeReplace"));
    m_append = new QRadioButton(tr("&Append"), this);
    m_append->setObjectName(QStringLiteral("modeAppend"));
    m_upsert = new QRadioButton(tr("&Update and add (upsert)"), this);
    m_upsert->setObjectName(QStringLiteral("modeUpsert"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* button : {m_replace, m_append, m_upsert})
        group->addButton(button);
    m_replace->setChecked(true);

    layout->addWidget(m_replace);
    layout->addWidget(explanation(tr("The file's rows replace the rows of this kind in the workspace. Segments and "
                                     "their static members are kept."),
                                  this));
    layout->addWidget(m_append);
    layout->addWidget(explanation(tr("The file's rows are added to the rows already there. New columns are added "
                                     "to the table."),
                                  this));
    layout->addWidget(m_upsert);
    layout->addWidget(explanation(tr("Rows whose customer key is already in the workspace are updated (an empty "
                                     "cell keeps the stored value); the others are added. Needs a column with the "
                                     "role \"Customer key\"."),
                                  this));
    layout->addSpacing(8);
    m_strict = new QCheckBox(tr("&Stop at the first problem instead of recording it and going on"), this);
    m_strict->setObjectName(QStringLiteral("strict"));
    layout->addWidget(m_strict);
    layout->addSpacing(12);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    m_derived = new DerivedFieldsEditor(this);
    layout->addWidget(m_derived);
    layout->addStretch();
}

ImportMode ImportTargetPage::mode() const
{
    if (m_append->isChecked())
        return ImportMode::Append;
    if (m_upsert->isChecked())
        return ImportMode::Upsert;
    return ImportMode::Replace;
}

void ImportTargetPage::setMode(ImportMode mode)
{
    switch (mode) {
    case ImportMode::Replace:
        m_replace->setChecked(true);
        break;
    case ImportMode::Append:
        m_append->setChecked(true);
        break;
    case ImportMode::Upsert:
        m_upsert->setChecked(true);
        break;
    }
}

bool ImportTargetPage::strict() const
{
    return m_strict->isChecked();
}

void ImportTargetPage::setStrict(bool strict)
{
    m_strict->setChecked(strict);
}

void ImportTargetPage::initializePage()
{
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    if (!wizard)
        return;
    const ImportOptions options = wizard->options();
    const ImportPreview& preview = wizard->preview();
    int columns = 0;
    bool hasKey = false;
    QList<std::pair<QString, QString>> orderColumns; // (name in the table, header)
    for (int i = 0; i < preview.columns.size(); ++i) {
        const ImportColumn& column = preview.columns.at(i);
        const int fileColumn = column.fileColumn >= 0 ? column.fileColumn : i;
        FieldRole role = column.role;
        bool skipped = false;
        for (const ColumnOverride& change : options.overrides) {
            if (change.column == fileColumn) {
                role = change.role.value_or(role);
                skipped = change.skip;
            }
        }
        if (!skipped) {
            ++columns;
            hasKey = hasKey || role == FieldRole::CustomerKey;
            const QString name = wizard->previewPage()->columnsModel()->targetName(fileColumn);
            if (role != FieldRole::CustomerKey && !name.isEmpty())
                orderColumns.append({name, column.header});
        }
    }
    const bool orders = options.kind == ImportKind::Orders;
    m_derived->setVisible(orders);
    m_derived->setColumns(orders ? orderColumns : QList<std::pair<QString, QString>>());
    m_upsert->setEnabled(hasKey || orders);
    m_upsert->setToolTip(m_upsert->isEnabled() ? QString()
                                               : tr("No column has the role \"Customer key\". Set it on the "
                                                    "previous page to update customers by their key."));
    if (!m_upsert->isEnabled() && m_upsert->isChecked())
        m_replace->setChecked(true);

    const QString file = QFileInfo(options.filePath).fileName();
    QString text = orders ? tr("%Ln column(s) of %1 will be imported as orders.", nullptr, columns).arg(file)
                          : tr("%Ln column(s) of %1 will be imported as customers.", nullptr, columns).arg(file);
    if (!wizard->workspaceHasCustomers())
        text += QLatin1Char(' ') + tr("The workspace has no customers yet, so every mode imports the file as it is.");
    m_summary->setText(text);
}

} // namespace swb
