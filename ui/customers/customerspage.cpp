#include "ui/customers/customerspage.h"

#include "model/postgres/pgworkspace.h"

#include "ui/customers/customertablemodel.h"
#include "ui/shell/checklistmenu.h"
#include "ui/shell/emptystate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace swb {

namespace {

const QString s_hiddenColumnsKey = QStringLiteral("customers/hiddenColumns");
constexpr int s_maxInitialColumnWidth = 280;
constexpr int s_sizingRows = 60; // rows measured for the first column widths

} // namespace

CustomersPage::CustomersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new CustomerTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_noWorkspace = new EmptyState(m_stack);
    m_noWorkspace->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_noWorkspace->setTitle(tr("Welcome to Segment Workbench"));
    m_noWorkspace->setText(tr("A workspace is one file that holds your customers, segments and analyses. Import "
                              "your customer export (CSV) into a new one, create the demo workspace to explore with "
                              "realistic sample data, or open a workspace of your own. You can also drop a CSV file "
                              "onto this window."));
    connect(m_noWorkspace->addButton(tr("Import Customers…")), &QPushButton::clicked, this,
            &CustomersPage::importRequested);
    connect(m_noWorkspace->addButton(tr("Create Demo Workspace")), &QPushButton::clicked, this,
            &CustomersPage::demoRequested);
    connect(m_noWorkspace->addButton(tr("Open Workspace…")), &QPushButton::clicked, this,
            &CustomersPage::openRequested);
    connect(m_noWorkspace->addButton(tr("Connect to Server…")), &QPushButton::clicked, this,
            &CustomersPage::connectRequested);
    m_stack->addWidget(m_noWorkspace);

    m_noCustomers = new EmptyState(m_stack);
    m_noCustomers->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_noCustomers->setTitle(tr("This workspace has no customers yet"));
    m_noCustomers->setText(tr("Import a customer export (CSV, TSV or TXT) from your shop or CRM. You can also "
                              "drop the file onto this window."));
    connect(m_noCustomers->addButton(tr("Import Customers…")), &QPushButton::clicked, this,
            &CustomersPage::importRequested);
    m_stack->addWidget(m_noCustomers);

    // The table pages through rowids of a workspace file; on a server it is not shown (nothing is downloaded).
    m_onServer = new EmptyState(m_stack);
    m_onServer->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_onServer->setTitle(tr("Customers on a PostgreSQL server"));
    m_onServer->setText(tr("The customer table works on workspace files so far. On this server, build and count "
                           "segments in the Segment Builder, compare them on the Dashboard and export them with "
                           "File → Export…."));
    m_stack->addWidget(m_onServer);

    m_tablePage = new QWidget(m_stack);
    auto* tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 8, 8);
    bar->setSpacing(12);
    m_title = new QLabel(m_tablePage);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count = new QLabel(m_tablePage);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_columnsButton = new QToolButton(m_tablePage);
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns to show"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_columnsButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_showAllButton = new QToolButton(m_tablePage);
    m_showAllButton->setText(tr("Show All Customers"));
    m_showAllButton->setToolTip(tr("Show every customer of the workspace again"));
    m_showAllButton->hide();
    connect(m_showAllButton, &QToolButton::clicked, this, [this] { setSelection({}, {}); });
    m_columnMenu = new ChecklistMenu(m_columnsButton);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    m_columnsButton->setMenu(m_columnMenu);
    bar->addWidget(m_title);
    bar->addWidget(m_count);
    bar->addWidget(m_showAllButton);
    bar->addStretch();
    bar->addWidget(m_columnsButton);
    tableLayout->addLayout(bar);

    m_view = new QTableView(m_tablePage);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(false); // enabled once data is shown, so that setting it does not sort
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_columnMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos)); });
    tableLayout->addWidget(m_view);
    m_stack->addWidget(m_tablePage);

    connect(m_model, &CustomerTableModel::totalCountChanged, this, [this](qint64 count) {
        updateHeader();
        emit countChanged(count);
    });
    connect(m_model, &CustomerTableModel::rowsInserted, this, &CustomersPage::onFirstRows);
    connect(m_model, &CustomerTableModel::loaded, this, &CustomersPage::loaded);
    connect(m_model, &CustomerTableModel::errorOccurred, this,
            [this](const QString& message) { m_count->setText(tr("Cannot read the customers: %1").arg(message)); });

    setWorkspace({}, {});
}

void CustomersPage::setWorkspace(const QString& path, const QList<FieldInfo>& fields)
{
    m_sized = false;
    m_description.clear();
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    const bool onServer = PgWorkspace::isUri(path);
    m_model->setWorkspace(fields.isEmpty() || onServer ? QString() : path, onServer ? QList<FieldInfo>() : fields);
    if (path.isEmpty())
        m_stack->setCurrentWidget(m_noWorkspace);
    else if (onServer)
        m_stack->setCurrentWidget(m_onServer);
    else if (fields.isEmpty())
        m_stack->setCurrentWidget(m_noCustomers);
    else
        m_stack->setCurrentWidget(m_tablePage);

    const QStringList hidden = QSettings().value(s_hiddenColumnsKey).toStringList();
    for (int column = 0; column < fields.size(); ++column)
        m_view->setColumnHidden(column, hidden.contains(fields.at(column).name));
    rebuildColumnMenu();
    updateHeader();
    if (!fields.isEmpty()) {
        m_view->horizontalHeader()->setSortIndicatorShown(true);
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_view->setSortingEnabled(true);
    }
    // An empty page is ready at once: nothing will load.
    if (fields.isEmpty() || onServer)
        emit loaded();
}

void CustomersPage::setSelection(const Selection& selection, const QString& description)
{
    if (description == m_description && selection == m_model->selection())
        return;
    m_description = description;
    m_model->setSelection(selection);
    updateHeader();
}

void CustomersPage::updateHeader()
{
    m_showAllButton->setVisible(!m_description.isEmpty());
    m_title->setText(m_description.isEmpty() ? tr("All customers") : m_description);
    const qint64 count = m_model->totalCount();
    m_count->setText(count < 0 ? tr("Counting…") : tr("%Ln customer(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
}

void CustomersPage::rebuildColumnMenu()
{
    m_columnMenu->clear();
    const QList<FieldInfo> fields = m_model->fields();
    for (int column = 0; column < fields.size(); ++column) {
        const FieldInfo& field = fields.at(column);
        QAction* action = m_columnMenu->addAction(fieldLabel(field));
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    if (!fields.isEmpty()) {
        m_columnMenu->addSeparator();
        connect(m_columnMenu->addAction(tr("Show All Columns")), &QAction::triggered, this, [this] {
            for (QAction* action : m_columnMenu->actions()) {
                if (action->isCheckable())
                    action->setChecked(true);
            }
        });
    }
    m_columnsButton->setEnabled(!fields.isEmpty());
}

void CustomersPage::setColumnVisible(int column, bool visible)
{
    const QList<FieldInfo> fields = m_model->fields();
    if (column < 0 || column >= fields.size())
        return;
    // At least one column stays visible, or the table would look empty.
    if (!visible) {
        int shown = 0;
        for (int i = 0; i < fields.size(); ++i)
            shown += m_view->isColumnHidden(i) ? 0 : 1;
        if (shown <= 1) {
            m_columnMenu->actions().at(column)->setChecked(true);
            return;
        }
    }
    m_view->setColumnHidden(column, !visible);
    QStringList hidden = QSettings().value(s_hiddenColumnsKey).toStringList();
    hidden.removeAll(fields.at(column).name);
    if (!visible)
        hidden.append(fields.at(column).name);
    QSettings().setValue(s_hiddenColumnsKey, hidden);
}

void CustomersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized && m_model->rowCount() > 0)
        onFirstRows();
}

void CustomersPage::onFirstRows()
{
    // A hidden table (the window opened on another page) is sized when it is first shown: measuring text costs
    // the GUI thread tens of milliseconds on wide tables.
    if (m_sized || !isVisible())
        return;
    m_sized = true;
    // Sized once from the first page: sizing to contents on every page would get slower as rows arrive. From at most
    // s_sizingRows rows: Qt measures 1,000 by default, a 100 ms stall of the window on a page of 20 columns.
    m_view->horizontalHeader()->setResizeContentsPrecision(s_sizingRows);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_view->columnWidth(column) > s_maxInitialColumnWidth)
            m_view->setColumnWidth(column, s_maxInitialColumnWidth);
    }
}

} // namespace swb
