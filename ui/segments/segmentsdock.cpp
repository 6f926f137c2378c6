#include "ui/segments/segmentsdock.h"

#include "model/jobs/segmentoperations.h"
#include "ui/export/exporthistorydialog.h"
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
    setSession(nullptr);
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
    m_exportHistory = make(tr("Export history…"), {}, [this] {
        if (!m_session || currentSegment().isEmpty())
            return;
        auto* dialog = new ExportHistoryDialog(m_session->path(), currentSegment(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_exportHistory->setToolTip(tr("Who exported the segment when, with which columns and PII policy"));
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
    menu->addAction(m_exportHistory);
    return menu;
}

void SegmentsDock::updateActions()
{
    const bool any = !currentSegment().isEmpty();
    for (QAction* action : {m_open, m_rename, m_duplicate, m_delete, m_snapshot, m_export, m_exportHistory})
        action->setEnabled(any);
    m_snapshot->setEnabled(any && !m_snapshotting);
    // A role that may only read says so where the change would be.
    const QString readOnly = m_session ? m_session->readOnlyReason() : QString();
    for (QAction* action : {m_rename, m_duplicate, m_delete, m_snapshot}) {
        if (!readOnly.isEmpty())
            action->setEnabled(false);
        action->setStatusTip(readOnly);
    }
}

void SegmentsDock::setSession(SegmentOperations* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &SegmentOperations::workspaceChanged, this, [this] {
            m_status->hide();
            m_snapshotting = false;
            showSegments();
        });
        connect(m_session, &SegmentOperations::workspaceReloaded, this, [this] { showSegments(); });
        connect(m_session, &SegmentOperations::segmentsChanged, this, [this] { showSegments(); });
        connect(m_session, &SegmentOperations::sizesCounted, this, [this](const SegmentSizes& sizes) {
            m_counting = false;
            m_model->setSizes(sizes.sizes, sizes.errors);
            emit sizesCounted();
        });
    }
    m_status->hide();
    showSegments();
}

void SegmentsDock::updateEmptyState()
{
    const int segments = m_model->rowCount();
    const QString filter = m_filter->text();
    if (!m_session || !m_session->isOpen())
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
    // Read again in the background; segmentsChanged() brings the list here.
    if (m_session)
        m_session->refresh();
}

void SegmentsDock::showSegments()
{
    const QString current = currentSegment();
    const QList<Segment> segments = m_session ? m_session->segments() : QList<Segment>();
    m_model->setSegments(segments);
    for (const Segment& segment : segments)
        m_model->setBusy(segment.name, m_session->isChanging(segment.name));
    updateEmptyState();
    if (!current.isEmpty())
        selectSegment(current);
    updateActions();
    if (!m_session || segments.isEmpty()) {
        m_counting = false;
        return;
    }
    // A newer request supersedes the one still counting (and drops its answer).
    m_counting = true;
    m_session->countSizes();
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

bool SegmentsDock::isChanging() const
{
    return m_session && m_session->pendingWrites() > 0;
}

QString SegmentsDock::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void SegmentsDock::started(const QString& name, const QString& text)
{
    m_model->setBusy(name, true);
    m_status->setText(text);
    m_status->show();
    updateActions();
}

void SegmentsDock::finished(const SegmentChange& change, const QString& title, bool ask,
                            const std::function<void()>& ok)
{
    if (m_model->rowOf(change.name) >= 0)
        m_model->setBusy(change.name, m_session && m_session->isChanging(change.name));
    updateActions();
    if (!change.ok) {
        showError(title, change.error, ask);
        return;
    }
    if (!isChanging()) // else it says what still waits
        m_status->hide();
    if (ok)
        ok();
    emit segmentsChanged();
}

QFuture<SegmentChange> SegmentsDock::renameSegment(const QString& from, const QString& to)
{
    return renameSegment(from, to, false);
}

QFuture<SegmentChange> SegmentsDock::renameSegment(const QString& from, const QString& to, bool ask)
{
    if (!m_session)
        return {};
    started(from, tr("Renaming \"%1\" to \"%2\"…").arg(from, to));
    return m_session->rename(from, to, this, [this, from, to, ask](const SegmentChange& change) {
        finished(change, tr("Rename segment"), ask, [this, from, to] {
            selectSegment(to);
            emit segmentRenamed(from, to);
        });
    });
}

QFuture<SegmentChange> SegmentsDock::duplicateSegment(const QString& name, const QString& newName)
{
    return duplicateSegment(name, newName, false);
}

QFuture<SegmentChange> SegmentsDock::duplicateSegment(const QString& name, const QString& newName, bool ask)
{
    if (!m_session)
        return {};
    started(name, tr("Copying \"%1\" to \"%2\"…").arg(name, newName));
    return m_session->duplicate(name, newName, this, [this, newName, ask](const SegmentChange& change) {
        finished(change, tr("Duplicate segment"), ask, [this, newName] { selectSegment(newName); });
    });
}

QFuture<SegmentChange> SegmentsDock::removeSegment(const QString& name)
{
    return removeSegment(name, false);
}

QFuture<SegmentChange> SegmentsDock::removeSegment(const QString& name, bool ask)
{
    if (!m_session)
        return {};
    started(name, tr("Deleting \"%1\"…").arg(name));
    return m_session->remove(name, this, [this, name, ask](const SegmentChange& change) {
        finished(change, tr("Delete segment"), ask, [this, name] { emit segmentRemoved(name); });
    });
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
        if (dialog->name() != name)
            renameSegment(name, dialog->name(), true);
    });
    dialog->open();
}

void SegmentsDock::askDuplicate()
{
    const QString name = currentSegment();
    if (name.isEmpty() || !m_session)
        return;
    auto* dialog = new SegmentNameDialog(
        tr("Duplicate segment"), tr("Name of the copy of \"%1\":").arg(name), m_session->uniqueName(name),
        [names = segmentNames()](const QString& candidate) {
            const QString clash = SegmentNameDialog::clashingName(names, candidate);
            return clash.isEmpty() ? QString() : tr("A segment called \"%1\" exists already.").arg(clash);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] { duplicateSegment(name, dialog->name(), true); });
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
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            removeSegment(name, true);
    });
    box->open();
}

void SegmentsDock::startSnapshot()
{
    const QString name = currentSegment();
    if (name.isEmpty() || !m_session || m_snapshotting)
        return;
    m_snapshotting = true;
    // KPIs and the copy of the members can take a while on a large base: a job of the session.
    started(name, tr("Taking a snapshot of \"%1\"…").arg(name));
    m_session->takeSnapshot(name, this, [this](const SegmentChange& change) {
        m_snapshotting = false;
        finished(change, tr("Snapshot"), true, [this, change] { showSnapshot(change); });
    });
}

void SegmentsDock::showSnapshot(const SegmentChange& change)
{
    if (!change.snapshot)
        return;
    const SegmentSnapshot& snapshot = *change.snapshot;
    const QLocale locale;
    const QString text = snapshot.first
        ? tr("First snapshot of \"%1\": %2 customers. The next snapshot will show who entered and who left.")
              .arg(change.name, locale.toString(snapshot.size))
        : tr("Snapshot of \"%1\": %2 customers; %3 entered and %4 left since the previous one.")
              .arg(change.name, locale.toString(snapshot.size), locale.toString(snapshot.entered),
                   locale.toString(snapshot.left));
    m_status->setText(text);
    m_status->show();
    emit statusMessage(text);
}

void SegmentsDock::showError(const QString& title, const QString& text, bool inBox)
{
    m_status->setText(text);
    m_status->show();
    if (!inBox)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace swb
