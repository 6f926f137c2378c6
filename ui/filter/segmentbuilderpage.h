// The "Segment builder" page: build a definition from groups and rules, watch the live count with its per-rule
// funnel, read it in plain language and as SQL, and save it as a dynamic segment.
//
// Public API for the main window:
//   auto* page = new SegmentBuilderPage(parent);
//   page->setWorkspace(path, &error)     // opens its own connection to the workspace file ("" closes: empty state)
//   page->reloadWorkspace()              // after an import or a change of the as-of date (reloads the data)
//   page->segmentsChanged()              // connect SegmentsDock::segmentsChanged: names for "Segment" rules
//   page->segmentRenamed(from, to)       // connect SegmentsDock::segmentRenamed: keeps editing it, rules follow
//   page->segmentRemoved(name)           // connect SegmentsDock::segmentRemoved
//   page->openSegment(name, &error)      // edit a saved dynamic segment (a static one: a new definition on it)
//   page->newDefinition()                // start over
//   page->setDefinitionJson(json, &err)  // e.g. the text `swb count --filter` takes
//   page->definitionJson()               // react-querybuilder JSON, exactly what `swb count --filter` takes
//   page->undoStack()                    // every edit is one undo step (add it to the window's QUndoGroup)
//   page->setUndoShortcutsEnabled(false) // when the window has its own Ctrl+Z / Ctrl+Shift+Z; by default the page
//                                        // handles them while the focus is inside it
//   signals: countChanged(qint64)              // -1 while the definition cannot be counted
//            selectionChanged(Selection)       // customers the definition's complete rules select (after a count)
//            segmentSaved(QString name)        // after save or update: refresh the segments dock
//            segmentNameChanged(QString name)  // the segment being edited ("" for a new definition)
//   actions: saveAction() Ctrl+S, saveAsAction() Ctrl+Shift+S, addRuleAction() Ctrl+Shift+R, addGroupAction()
//            Ctrl+Shift+G (window-wide while the page is shown), removeAction() Delete (focus in the page),
//            undoAction(), redoAction() (focus in the page, unless disabled as above).
#pragma once

#include "model/selection/selection.h"
#include "ui/filter/definition/filtertree.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace swb {

class SegmentEditor;
class SegmentRepository;
class Workspace;

class SegmentBuilderPage : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentBuilderPage(QWidget* parent = nullptr);
    ~SegmentBuilderPage() override;

    bool setWorkspace(const QString& path, QString* error = nullptr);
    QString workspacePath() const;
    void reloadWorkspace();
    // From the segments dock: saved segments changed. A rename is followed (the segment being edited keeps being
    // edited, `@segment` rules follow the new name); after a removal the definition stays, as a new one.
    void segmentsChanged();
    void segmentRenamed(const QString& from, const QString& to);
    void segmentRemoved(const QString& name);
    bool openSegment(const QString& name, QString* error = nullptr);
    void newDefinition();
    bool setDefinitionJson(const QByteArray& json, QString* error = nullptr);
    QByteArray definitionJson() const;
    QString segmentName() const { return m_segmentName; }
    bool hasUnsavedChanges() const;
    // Unsaved changes to a definition that has rules: what closing or replacing it would lose.
    bool hasUnsavedRules() const;
    qint64 count() const;
    QUndoStack* undoStack() const;
    void setUndoShortcutsEnabled(bool enabled);

    // What Ctrl+S and "Save as…" do, without dialogs; false with the reason when the definition cannot be saved.
    bool saveAs(const QString& name, QString* error);
    bool saveChanges(QString* error);

    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* addRuleAction() const { return m_addRule; }
    QAction* addGroupAction() const { return m_addGroup; }
    QAction* removeAction() const { return m_remove; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    SegmentEditor* editor() const { return m_editor; }

signals:
    void countChanged(qint64 count);
    void selectionChanged(const swb::Selection& selection);
    void segmentSaved(const QString& name);
    void segmentNameChanged(const QString& name);

private:
    void buildActions();
    QWidget* buildHeader();
    void updateTitle();
    void populateOpenMenu();
    void setSegmentName(const QString& name);
    bool confirmDiscard(const QString& question);
    bool explainUnsaveable();
    QStringList segmentNames() const;
    void save();
    void promptSaveAs();
    void addRule();
    void removeFocused();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SegmentRepository> m_repository;
    QString m_segmentName;

    QStackedWidget* m_stack = nullptr;
    SegmentEditor* m_editor = nullptr;
    QLabel* m_title = nullptr;
    QToolButton* m_openButton = nullptr;
    QAction* m_new = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_addRule = nullptr;
    QAction* m_addGroup = nullptr;
    QAction* m_remove = nullptr;
};

} // namespace swb
