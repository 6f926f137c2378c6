#include "ui/import/importsummarypage.h"

#include "ui/import/importissuesdialog.h"
#include "ui/import/importissuesmodel.h"
#include "ui/import/importwizard.h"
#include "ui/shell/fieldlabels.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace swb {

ImportSummaryPage::ImportSummaryPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Import finished"));
    setSubTitle(tr("The workspace holds the imported data now. Every value that was changed or rejected is listed "
                   "below with its line in the file."));
    auto* layout = new QVBoxLayout(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* tabs = new QTabWidget(this);
    auto* issuesTab = new QWidget(tabs);
    auto* issuesLayout = new QVBoxLayout(issuesTab);
    m_issuesText = new QLabel(issuesTab);
    m_issuesText->setWordWrap(true);
    m_issues = new ImportIssuesModel(this);
    m_issuesView = new QTableView(issuesTab);
    m_issuesView->setModel(m_issues);
    m_issuesView->setAlternatingRowColors(true);
    m_issuesView->setWordWrap(false);
    m_issuesView->verticalHeader()->hide();
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    m_issuesView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* buttons = new QHBoxLayout;
    m_showAll = new QPushButton(tr("Show &All Issues…"), issuesTab);
    m_save = new QPushButton(tr("&Save Issues as CSV…"), issuesTab);
    buttons->addWidget(m_showAll);
    buttons->addWidget(m_save);
    buttons->addStretch();
    issuesLayout->addWidget(m_issuesText);
    issuesLayout->addWidget(m_issuesView, 1);
    issuesLayout->addLayout(buttons);
    tabs->addTab(issuesTab, tr("Issues"));

    m_columns = new QTableWidget(tabs);
    m_columns->setColumnCount(5);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("In the file"), tr("Type"), tr("Role"), tr("Empty cells")});
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setAlternatingRowColors(true);
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    tabs->addTab(m_columns, tr("Columns"));
    layout->addWidget(tabs, 1);

    connect(m_showAll, &QPushButton::clicked, this, &ImportSummaryPage::showAllIssues);
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryPage::saveIssues);
}

void ImportSummaryPage::initializePage()
{
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    if (!wizard)
        return;
    const ImportReport& report = wizard->report();
    const QLocale locale;
    const QString file = QFileInfo(report.file).fileName();
    const QString seconds = locale.toString(report.seconds, 'f', 1);
    QString text;
    if (report.kind == ImportKind::Orders) {
        text = tr("Imported %Ln order(s) from %1 in %2 s.", nullptr, int(report.rowsImported)).arg(file, seconds);
        if (report.customersCreated > 0)
            text += QLatin1Char(' ')
                + tr("%Ln customer(s) appeared only in the orders file and were added.", nullptr,
                     int(report.customersCreated));
        if (report.ordersWithoutCustomer > 0)
            text += QLatin1Char(' ')
                + tr("%Ln order(s) have no customer key; they are kept but count for no customer.", nullptr,
                     int(report.ordersWithoutCustomer));
    } else {
        text = tr("Imported %Ln customer(s) from %1 in %2 s.", nullptr, int(report.rowsImported)).arg(file, seconds);
        if (report.mode == ImportMode::Upsert)
            text += QLatin1Char(' ')
                + tr("%1 new, %2 updated.")
                      .arg(locale.toString(report.rowsInserted), locale.toString(report.rowsUpdated));
        if (report.customersCreated > 0)
            text += QLatin1Char(' ')
                + tr("%Ln customer(s) that exist only in the orders were kept, so that every order keeps its customer.",
                     nullptr, int(report.customersCreated));
    }
    if (report.rowsRead != report.rowsImported)
        text += QLatin1Char(' ')
            + tr("The file has %Ln data row(s); the rows not imported are listed as issues.", nullptr,
                 int(report.rowsRead));
    m_result->setText(text);

    m_issues->setIssues(report.issues);
    m_issuesView->resizeColumnsToContents();
    if (report.issueCount == 0)
        m_issuesText->setText(tr("No issues: every value was imported as it was in the file."));
    else if (report.issueCount > report.issues.size())
        m_issuesText->setText(tr("%Ln value(s) or row(s) were changed or rejected. The first %1 are listed here; "
                                 "nothing is lost silently: all are kept in the workspace.",
                                 nullptr, int(report.issueCount))
                                  .arg(report.issues.size()));
    else
        m_issuesText->setText(tr("%Ln value(s) or row(s) were changed or rejected; each is listed with its line "
                                 "in the file and the reason.",
                                 nullptr, int(report.issueCount)));
    m_showAll->setEnabled(report.issueCount > 0 && report.importId > 0);
    m_save->setEnabled(report.issueCount > 0 && report.importId > 0);

    m_columns->setRowCount(int(report.columns.size()));
    for (int row = 0; row < report.columns.size(); ++row) {
        const ImportColumn& column = report.columns.at(row);
        const QStringList cells{column.name, column.header, FieldLabels::type(column.type),
                                FieldLabels::role(column.role), locale.toString(column.nulls)};
        for (int i = 0; i < cells.size(); ++i)
            m_columns->setItem(row, i, new QTableWidgetItem(cells.at(i)));
    }
    m_columns->resizeColumnsToContents();
}

void ImportSummaryPage::showAllIssues()
{
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    if (!wizard)
        return;
    auto* dialog = new ImportIssuesDialog(wizard->workspacePath(), wizard->report().importId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ImportSummaryPage::saveIssues()
{
    auto* wizard = qobject_cast<ImportWizard*>(this->wizard());
    if (!wizard)
        return;
    ImportIssuesDialog::saveAsCsv(wizard->workspacePath(), wizard->report().importId, wizard->report().file, this);
}

} // namespace swb
