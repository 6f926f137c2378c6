#include "ui/segments/segmentsdock.h"

#include "model/analytics/kpiservice.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"
#include "ui/segments/segmentlistmodel.h"
#include "ui/segments/segmentnamedialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace swb {

SegmentsDock::SegmentsDock(QWidget* parent)
    : QWidget(parent)
    , m_model(new SegmentListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget)
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_empty(new QLabel)
    , m_status(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(SegmentListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SegmentListModel::SortRole);
    m_filter->setPlaceholderText(tr("Filter segments…"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SegmentListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SegmentListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SegmentListModel::SizeColumn, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text); padding: 12px;"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_status->hide();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    buildActions();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Filtering only hides names: the chosen segment stays chosen (the table keeps showing it), is marked
        // again when the filter shows it, and the view's own move to a neighbour of a hidden row is not a choice.
        if (const QString current = currentSegment(); !current.isEmpty())
            m_chosenBeforeFilter = current;
        {
            const QSignalBlocker quiet(m_view->selectionModel());
            m_proxy->setFilterFixedString(text);
            if (m_chosenBeforeFilter.isEmpty() || !selectSegment(m_chosenBeforeFilter))
                m_view->setCurrentIndex(QModelIndex());
        }
        m_view->viewport()->update();
        updateActions();
        updateEmptyState();
    });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (!currentSegment().isEmpty())
            emit openSegmentRequested(currentSegment());
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint& position) {
        const QModelIndex index = m_view->indexAt(position);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        QMenu* menu = contextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(position));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SegmentsDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SegmentsDock::updateActions);
    connect(&m_sizeWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_counting = false;
        if (m_sizeWatcher.future().resultCount() > 0)
            m_model->setSizes(m_sizeWatcher.result().sizes, m_sizeWatcher.result().errors);
        emit sizesCounted();
    });
    connect(&m_snapshotWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_snapshotWatcher.future().resultCount() == 0)
            return;
        const SnapshotOutcome outcome = m_snapshotWatcher.result();
        if (!outcome.error.isEmpty()) {
            showError(tr("Snapshot"), outcome.error);
            return;
        }
        const QLocale locale;
        const QString text = outcome.first
            ? tr("First snapshot of \"%1\": %2 customers. The next snapshot will show who entered and who left.")
                  .arg(outcome.name, locale.toString(outcome.size))
            : tr("Snapshot of \"%1\": %2 customers; %3 entered and %4 left since the previous one.")
                  .arg(outcome.name, locale.toString(outcome.size), locale.toString(outcome.entered),
                       locale.toString(outcome.left));
        m_status->setText(text);
        m_status->show();
        emit statusMessage(text);
        changed();
    });
    setWorkspace({});
}

SegmentsDock::~SegmentsDock() = default;

void SegmentsDock::buildActions()
{
    const auto make = [this](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    m_open = make(tr("Open in builder"), {}, [this] { emit openSegmentRequested(currentSegment()); });
    m_rename = make(tr("Rename…"), QKeySequence(Qt::Key_F2), &SegmentsDock::askRename);
    m_duplicate = make(tr("Duplicate…"), {}, &SegmentsDock::askDuplicate);
    m_delete = make(tr("Delete…"), QKeySequence::Delete, &SegmentsDock::askDelete);
    m_snapshot = make(tr("Take snapshot"), {}, &SegmentsDock::startSnapshot);
    m_export = make(tr("Export…"), {}, [this] { emit exportSegmentRequested(currentSegment()); });
    m_snapshot->setToolTip(tr("Freeze the current members and KPIs, to compare later how the segment changed"));
    updateActions();
}

QMenu* SegmentsDock::contextMenu()
{
    auto* menu = new QMenu(this);
    menu->addAction(m_open);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_snapshot);
    menu->addAction(m_export);
    return menu;
}

void SegmentsDock::updateActions()
{
    const bool any = !currentSegment().isEmpty();
    for (QAction* action : {m_open, m_rename, m_duplicate, m_delete, m_snapshot, m_export})
        action->setEnabled(any);
    m_snapshot->setEnabled(any && !m_snapshotWatcher.isRunning());
}

bool SegmentsDock::setWorkspace(const QString& path, QString* error)
{
    std::unique_ptr<Workspace> workspace;
    if (!path.isEmpty()) {
        workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, error);
        if (!workspace)
            return false;
    }
    m_repository.reset();
    m_workspace = std::move(workspace);
    if (m_workspace)
        m_repository = std::make_unique<SegmentRepository>(*m_workspace);
    m_status->hide();
    refresh();
    return true;
}

void SegmentsDock::updateEmptyState()
{
    const int segments = m_model->rowCount();
    const QString filter = m_filter->text();
    if (!m_workspace)
        m_empty->setText(tr("Open a workspace to see its segments."));
    else if (segments == 0)
        m_empty->setText(tr("No saved segments yet. Build one in the segment builder and save it with Ctrl+S."));
    else
        m_empty->setText(
            tr("No segment name contains \"%1\". Clear the filter to see all %n segment(s).", nullptr, segments)
                .arg(filter));
    m_stack->setCurrentIndex(m_proxy->rowCount() == 0 ? 0 : 1);
    // A filter that is left when the last segment goes can still be cleared.
    m_filter->setEnabled(segments > 0 || !filter.isEmpty());
}

void SegmentsDock::refresh()
{
    const QString current = currentSegment();
    const QList<Segment> segments = m_repository ? m_repository->list() : QList<Segment>();
    m_model->setSegments(segments);
    updateEmptyState();
    if (!current.isEmpty())
        selectSegment(current);
    updateActions();
    if (!m_workspace || segments.isEmpty())
        return;
    QStringList names;
    for (const Segment& segment : segments)
        names << segment.name;
    // Counted on a connection of its own; a newer refresh replaces the future (and so drops this answer).
    m_counting = true;
    m_sizeWatcher.setFuture(QtConcurrent::run([path = m_workspace->path(), names] {
        Sizes result;
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        for (const QString& name : names) {
            if (!workspace) {
                result.errors.insert(name, error);
                continue;
            }
            QString countError;
            if (const auto size = SegmentRepository(*workspace).count(name, &countError))
                result.sizes.insert(name, *size);
            else
                result.errors.insert(name, countError);
        }
        return result;
    }));
}

QString SegmentsDock::currentSegment() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid()
        ? index.siblingAtColumn(SegmentListModel::NameColumn).data(SegmentListModel::NameRole).toString()
        : QString();
}

bool SegmentsDock::selectSegment(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SegmentListModel::NameColumn));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

bool SegmentsDock::renameSegment(const QString& from, const QString& to, QString* error)
{
    if (!m_repository || !m_repository->rename(from, to, error))
        return false;
    refresh();
    selectSegment(to);
    emit segmentRenamed(from, to);
    changed();
    return true;
}

bool SegmentsDock::duplicateSegment(const QString& name, const QString& newName, QString* error)
{
    if (!m_repository || !m_repository->duplicate(name, newName, error))
        return false;
    refresh();
    selectSegment(newName);
    changed();
    return true;
}

bool SegmentsDock::removeSegment(const QString& name, QString* error)
{
    if (!m_repository || !m_repository->remove(name, error))
        return false;
    refresh();
    emit segmentRemoved(name);
    changed();
    return true;
}

void SegmentsDock::changed()
{
    refresh();
    emit segmentsChanged();
}

QStringList SegmentsDock::segmentNames(const QString& except) const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->segment(row)->name;
        if (name != except)
            names << name;
    }
    return names;
}

void SegmentsDock::askRename()
{
    const QString name = currentSegment();
    if (name.isEmpty())
        return;
    auto* dialog = new SegmentNameDialog(
        tr("Rename segment"), tr("New name of the segment \"%1\":").arg(name), name,
        [others = segmentNames(name)](const QString& candidate) {
            const QString clash = SegmentNameDialog::clashingName(others, candidate);
            return clash.isEmpty() ? QString() : tr("A segment called \"%1\" exists already.").arg(clash);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        QString error;
        if (dialog->name() != name && !renameSegment(name, dialog->name(), &error))
            showError(tr("Rename segment"), error);
    });
    dialog->open();
}

void SegmentsDock::askDuplicate()
{
    const QString name = currentSegment();
    if (name.isEmpty())
        return;
    auto* dialog = new SegmentNameDialog(
        tr("Duplicate segment"), tr("Name of the copy of \"%1\":").arg(name), m_repository->uniqueName(name),
        [names = segmentNames()](const QString& candidate) {
            const QString clash = SegmentNameDialog::clashingName(names, candidate);
            return clash.isEmpty() ? QString() : tr("A segment called \"%1\" exists already.").arg(clash);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        QString error;
        if (!duplicateSegment(name, dialog->name(), &error))
            showError(tr("Duplicate segment"), error);
    });
    dialog->open();
}

void SegmentsDock::askDelete()
{
    const QString name = currentSegment();
    if (name.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete segment"),
                                tr("Delete the segment \"%1\" and its snapshots? This cannot be undone.").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        QString error;
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes && !removeSegment(name, &error))
            showError(tr("Delete segment"), error);
    });
    box->open();
}

void SegmentsDock::startSnapshot()
{
    const QString name = currentSegment();
    if (name.isEmpty() || !m_workspace || m_snapshotWatcher.isRunning())
        return;
    m_status->setText(tr("Taking a snapshot of \"%1\"…").arg(name));
    m_status->show();
    // KPIs and the copy of the members can take a while on a large base: on a worker with its own connection.
    m_snapshotWatcher.setFuture(QtConcurrent::run([path = m_workspace->path(), name] {
        SnapshotOutcome outcome;
        outcome.name = name;
        const KpiOutcome kpis = KpiService::compute(path, {name}, std::nullopt);
        QJsonObject kpiJson;
        if (kpis.report && !kpis.report->segments.isEmpty())
            kpiJson = kpis.report->segments.first().toJson(&kpis.report->base);
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &outcome.error);
        if (!workspace)
            return outcome;
        const auto snapshot = SegmentRepository(*workspace).takeSnapshot(name, kpiJson, &outcome.error);
        if (snapshot) {
            outcome.size = snapshot->size;
            outcome.entered = snapshot->entered;
            outcome.left = snapshot->left;
            outcome.first = snapshot->first;
        }
        return outcome;
    }));
    updateActions();
}

void SegmentsDock::showError(const QString& title, const QString& text)
{
    m_status->setText(text);
    m_status->show();
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace swb
