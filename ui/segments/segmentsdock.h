// The segments dock's content: the saved segments with size and colour, a filter box, and actions to open, rename,
// duplicate, delete, snapshot and export them, and to show their export history (the workspace's export log).
//
// Public API for the main window (put the widget into a QDockWidget with setWidget()):
//   auto* dock = new SegmentsDock(parent);
//   dock->setSession(session->segments())  // the open workspace's segments; the dock follows its open and close
//   dock->refresh()                        // another program changed the segments: list and sizes read again
//   signals: openSegmentRequested(name)   // double-click, Enter or "Open in builder": open it in the builder page
//            exportSegmentRequested(name) // "Export…": open the export dialog for it
//            segmentRenamed(from, to)     // after a rename made here (the session tells every widget too)
//            segmentRemoved(name)
//            segmentsChanged()            // after any change made here
//            statusMessage(text)          // e.g. the result of a snapshot, for the status bar
// Renames, duplicates, deletes and snapshots are jobs of the session: a click returns at once, the segment is
// greyed and the status line says what waits until the change is made (or refused); sizes are counted off the
// GUI thread too.
#pragma once

#include "model/jobs/segmentoperations.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace swb {

class SegmentListModel;

class SegmentsDock : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsDock(QWidget* parent = nullptr);
    ~SegmentsDock() override;

    void setSession(SegmentOperations* session);
    SegmentOperations* session() const { return m_session; }
    void refresh();
    QString currentSegment() const;
    bool selectSegment(const QString& name);

    // What the context menu's actions do once the name is known (no dialog asks first): the session's job, whose
    // future ends when the change is made or refused (the refusal is shown in the dock's status line).
    QFuture<SegmentChange> renameSegment(const QString& from, const QString& to);
    QFuture<SegmentChange> duplicateSegment(const QString& name, const QString& newName);
    QFuture<SegmentChange> removeSegment(const QString& name);

    // The context menu for the current segment (the caller owns it).
    QMenu* contextMenu();
    QAction* openAction() const { return m_open; }
    QAction* renameAction() const { return m_rename; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* snapshotAction() const { return m_snapshot; }
    QAction* exportAction() const { return m_export; }
    QAction* exportHistoryAction() const { return m_exportHistory; }

    SegmentListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    bool isCounting() const { return m_counting; } // until sizesCounted()
    bool isSnapshotting() const { return m_snapshotting; }
    bool isChanging() const; // a change asked for here waits or runs
    QString statusText() const;

signals:
    void openSegmentRequested(const QString& name);
    void exportSegmentRequested(const QString& name);
    void segmentRenamed(const QString& from, const QString& to);
    void segmentRemoved(const QString& name);
    void segmentsChanged();
    void statusMessage(const QString& text);
    void sizesCounted();

private:
    void buildActions();
    void updateActions();
    // The list, or why it is empty (no workspace, no segments, or none matching the filter).
    void updateEmptyState();
    void askRename();
    void askDuplicate();
    void askDelete();
    void startSnapshot();
    // The session's segments into the model, the current one kept; sizes counted again.
    void showSegments();
    void started(const QString& name, const QString& text);
    // How a change asked for here went: `ok` runs after success, a refusal is shown (in a box when `ask`).
    void finished(const SegmentChange& change, const QString& title, bool ask, const std::function<void()>& ok);
    void showSnapshot(const SegmentChange& change);
    // `ask`: started from a dialog, so a refusal is shown in a message box too.
    QFuture<SegmentChange> renameSegment(const QString& from, const QString& to, bool ask);
    QFuture<SegmentChange> duplicateSegment(const QString& name, const QString& newName, bool ask);
    QFuture<SegmentChange> removeSegment(const QString& name, bool ask);
    void showError(const QString& title, const QString& text, bool inBox = true);
    QStringList segmentNames(const QString& except = {}) const;

    QPointer<SegmentOperations> m_session;
    SegmentListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_filter = nullptr;
    QString m_chosenBeforeFilter; // the segment chosen before a filter hid it
    QTreeView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_open = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_snapshot = nullptr;
    QAction* m_export = nullptr;
    QAction* m_exportHistory = nullptr;
    bool m_counting = false;
    bool m_snapshotting = false;
};

} // namespace swb
