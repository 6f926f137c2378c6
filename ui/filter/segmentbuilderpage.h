// The "Segment builder" page: build a definition from groups and rules, watch the live count with its per-rule
// funnel, read it in plain language and as SQL, and save it as a dynamic segment.
//
// Public API for the main window:
//   auto* page = new SegmentBuilderPage(parent);
//   page->setSession(session->segments()) // the open workspace's segments; the page follows its open, reload
//                                         // (after an import or a new as-of date), close, and its segment changes:
//                                         // a renamed segment keeps being edited, `@segment` rules follow, names
//                                         // for "Segment" rules stay current
//   page->segmentsChanged()              // saved segments changed behind the session's back: check and count again
//   page->openSegment(name, &error)      // edit a saved dynamic segment (a static one: a new definition on it)
//   page->newDefinition()                // start over
//   page->setDefinitionJson(json, &err)  // e.g. the text `swb count --filter` takes
//   page->definitionJson()               // react-querybuilder JSON, exactly what `swb count --filter` takes
//   page->undoStack()                    // every edit is one undo step (add it to the window's QUndoGroup)
//   page->setUndoShortcutsEnabled(false) // when the window has its own Ctrl+Z / Ctrl+Shift+Z; by default the page
//                                        // handles them while the focus is inside it
//   signals: countChanged(qint64)              // -1 while the definition cannot be counted
//            selectionChanged(Selection)       // customers the definition's complete rules select (after a count)
//            segmentSaved(QString name)        // after save or update (the session re-read the list)
//            saveFailed(QString error)         // a save or update was refused (busy workspace, name taken, …)
//            segmentNameChanged(QString name)  // the segment being edited ("" for a new definition)
//   actions: saveAction() Ctrl+S, saveAsAction() Ctrl+Shift+S, addRuleAction() Ctrl+Shift+R, addGroupAction()
//            Ctrl+Shift+G, addOrderRuleAction() Ctrl+Shift+O (window-wide while the page is shown), removeAction()
//            Delete (focus in the page), undoAction(), redoAction() (focus in the page, unless disabled as above).
#pragma once

#include "model/jobs/segmentoperations.h"
#include "model/selection/selection.h"
#include "ui/filter/definition/filtertree.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace swb {

class SegmentEditor;

class SegmentBuilderPage : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentBuilderPage(QWidget* parent = nullptr);
    ~SegmentBuilderPage() override;

    void setSession(SegmentOperations* session);
    QString workspacePath() const;
    // Saved segments changed. A rename is followed (the segment being edited keeps being edited, `@segment` rules
    // follow the new name); after a removal the definition stays, as a new one. Called by the session's signals.
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

    // What Ctrl+S and "Save as…" do, without dialogs: false with the reason when the definition cannot be saved
    // as it is; else true, and the session saves it in the background: segmentSaved() or saveFailed() follows.
    bool saveAs(const QString& name, QString* error);
    bool saveChanges(QString* error);
    bool isSaving() const { return m_saving; }

    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* addRuleAction() const { return m_addRule; }
    QAction* addGroupAction() const { return m_addGroup; }
    QAction* addOrderRuleAction() const { return m_addOrderRule; }
    QAction* removeAction() const { return m_remove; }
    QAction* moveUpAction() const { return m_moveUp; }
    QAction* moveDownAction() const { return m_moveDown; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    SegmentEditor* editor() const { return m_editor; }

signals:
    void countChanged(qint64 count);
    void selectionChanged(const swb::Selection& selection);
    void segmentSaved(const QString& name);
    void saveFailed(const QString& error);
    void segmentNameChanged(const QString& name);

private:
    void workspaceChanged();
    // Starts saving as `name` (a new segment, or the update of the one being edited); `ask`: a refusal is shown.
    bool startSave(const QString& name, bool update, bool ask, QString* error);
    void updateSaveActions();
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
    void addRule(const FilterRule& rule = {});
    void removeFocused();
    // Moves the focused rule or group one place up (-1) or down (+1) in its group; the focus goes with it.
    void moveFocused(int delta);

    QPointer<SegmentOperations> m_session;
    QString m_segmentName;
    bool m_saving = false; // a save or update waits or runs

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
    QAction* m_addOrderRule = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
};

} // namespace swb
