// Import wizard, last page: what was imported, the columns, and every issue with its line and reason.
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;
class QTableWidget;
class QPushButton;

namespace swb {

class ImportIssuesModel;

class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(QWidget* parent = nullptr);

    void initializePage() override;
    ImportIssuesModel* issuesModel() const { return m_issues; }

private:
    void showAllIssues();
    void saveIssues();

    QLabel* m_result = nullptr;
    QLabel* m_issuesText = nullptr;
    QTableView* m_issuesView = nullptr;
    ImportIssuesModel* m_issues = nullptr;
    QTableWidget* m_columns = nullptr;
    QPushButton* m_showAll = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace swb
