// The segments dock's content: the saved segments with size and colour, a filter box, and actions to open, rename,
// duplicate, delete, snapshot and export them.
//
// Public API for the main window (put the widget into a QDockWidget with setWidget()):
//   auto* dock = new SegmentsDock(parent);
//   dock->setWorkspace(path, &error)   // its own connection to the workspace file ("" closes: empty state)
//   dock->refresh()                    // after the builder saved a segment, after an import: list and sizes
//   signals: openSegmentRequested(name)   // double-click, Enter or "Open in builder": open it in the builder page
//            exportSegmentRequested(name) // "Export…": open the export dialog for it
//            segmentRenamed(from, to)     // so that the builder keeps editing the renamed segment
//            segmentRemoved(name)
//            segmentsChanged()            // after any change made here (the builder's segment names, KPIs, …)
//            statusMessage(text)          // e.g. the result of a snapshot, for the status bar
// Sizes are counted off the GUI thread; renames, duplicates and deletes are quick single statements.
#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace swb {

class SegmentListModel;
class SegmentRepository;
class Workspace;

class SegmentsDock : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsDock(QWidget* parent = nullptr);
    ~SegmentsDock() override;

    bool setWorkspace(const QString& path, QString* error = nullptr);
    void refresh();
    QString currentSegment() const;
    bool selectSegment(const QString& name);

    // What the context menu's actions do once the name is known (no dialogs); false with the reason.
    bool renameSegment(const QString& from, const QString& to, QString* error);
    bool duplicateSegment(const QString& name, const QString& newName, QString* error);
    bool removeSegment(const QString& name, QString* error);

    // The context menu for the current segment (the caller owns it).
    QMenu* contextMenu();
    QAction* openAction() const { return m_open; }
    QAction* renameAction() const { return m_rename; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* snapshotAction() const { return m_snapshot; }
    QAction* exportAction() const { return m_export; }

    SegmentListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    bool isCounting() const { return m_counting; } // until sizesCounted()
    bool isSnapshotting() const { return m_snapshotWatcher.isRunning(); }

signals:
    void openSegmentRequested(const QString& name);
    void exportSegmentRequested(const QString& name);
    void segmentRenamed(const QString& from, const QString& to);
    void segmentRemoved(const QString& name);
    void segmentsChanged();
    void statusMessage(const QString& text);
    void sizesCounted();

private:
    struct Sizes
    {
        QHash<QString, qint64> sizes;
        QHash<QString, QString> errors;
    };
    struct SnapshotOutcome
    {
        QString name;
        QString error;
        qint64 size = 0;
        qint64 entered = 0;
        qint64 left = 0;
        bool first = false;
    };

    void buildActions();
    void updateActions();
    // The list, or why it is empty (no workspace, no segments, or none matching the filter).
    void updateEmptyState();
    void askRename();
    void askDuplicate();
    void askDelete();
    void startSnapshot();
    void showError(const QString& title, const QString& text);
    void changed();
    QStringList segmentNames(const QString& except = {}) const;

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SegmentRepository> m_repository;
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
    QFutureWatcher<Sizes> m_sizeWatcher;
    QFutureWatcher<SnapshotOutcome> m_snapshotWatcher;
    bool m_counting = false;
};

} // namespace swb
