// The Customers page: the current selection's customers in a lazily filled table, with a column chooser.
#pragma once

#include "model/field.h"
#include "model/selection/selection.h"

#include <QWidget>

class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace swb {

class CustomerTableModel;
class EmptyState;

class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(QWidget* parent = nullptr);

    // Shows all customers of the workspace; no path: the "open a workspace" state.
    void setWorkspace(const QString& path, const QList<FieldInfo>& fields);
    // Restricts the table to a selection; `description` names it in the header ("Segment Germany").
    void setSelection(const Selection& selection, const QString& description);

    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void importRequested();
    void openRequested();
    void connectRequested(); // a workspace on a PostgreSQL server
    void demoRequested();
    void countChanged(qint64 count); // -1 while counting
    // The first rows and the count are shown.
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateHeader();
    void rebuildColumnMenu();
    void setColumnVisible(int column, bool visible);
    void onFirstRows();

    CustomerTableModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyState* m_noWorkspace = nullptr;
    EmptyState* m_noCustomers = nullptr;
    EmptyState* m_onServer = nullptr; // a workspace on a PostgreSQL server
    QWidget* m_tablePage = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_columnsButton = nullptr;
    QToolButton* m_showAllButton = nullptr;
    QMenu* m_columnMenu = nullptr;
    QString m_description;
    bool m_sized = false;
};

} // namespace swb
