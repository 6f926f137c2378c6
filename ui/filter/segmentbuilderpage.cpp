#include "ui/filter/segmentbuilderpage.h"

#include "model/filter/filterresolver.h"
#include "model/jobs/segmentoperations.h"
#include "model/segments/segmentreferences.h"
#include "ui/filter/countpanel.h"
#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definition/orderruleedits.h"
#include "ui/filter/rows/builderview.h"
#include "ui/filter/rows/groupwidget.h"
#include "ui/filter/rows/rulewidget.h"
#include "ui/filter/segmenteditor.h"
#include "ui/segments/segmentnamedialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace swb {

namespace {

QToolButton* barButton(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

SegmentBuilderPage::SegmentBuilderPage(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_editor(new SegmentEditor)
{
    buildActions();
    auto* empty = new QLabel(tr("Open or create a workspace to build segments."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 13pt;"));
    auto* builder = new QWidget;
    auto* layout = new QVBoxLayout(builder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_editor, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(builder);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_editor, &SegmentEditor::countChanged, this, &SegmentBuilderPage::countChanged);
    connect(m_editor, &SegmentEditor::selectionChanged, this, &SegmentBuilderPage::selectionChanged);
    connect(m_editor->document()->undoStack(), &QUndoStack::cleanChanged, this, &SegmentBuilderPage::updateTitle);
    setSession(nullptr);
}

SegmentBuilderPage::~SegmentBuilderPage()
{
    // The editor's widgets refer to the page's document: they go first. Clearing the undo stack on the way emits
    // cleanChanged, which must not reach this half-destroyed page.
    disconnect(undoStack(), nullptr, this, nullptr);
    delete m_stack;
}

void SegmentBuilderPage::buildActions()
{
    // Save and add work while the page is shown, wherever the focus is in the window (a hidden page's shortcuts
    // do not fire); Delete only while the focus is in the page, since other views delete other things.
    const auto make = [this](const QString& text, const QKeySequence& shortcut, auto slot,
                             Qt::ShortcutContext context = Qt::WindowShortcut) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(context);
        if (!shortcut.isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_new = make(tr("New"), {}, [this] {
        if (confirmDiscard(tr("The definition has unsaved changes. Start a new one anyway?")))
            newDefinition();
    });
    m_save = make(tr("Save segment"), QKeySequence::Save, &SegmentBuilderPage::save);
    m_saveAs = make(tr("Save as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &SegmentBuilderPage::promptSaveAs);
    m_addRule = make(tr("Add rule"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { addRule(); });
    m_addOrderRule = make(tr("Add order rule"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                          [this] { addRule(OrderRuleEdits::newRule()); });
    m_addGroup = make(tr("Add group"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                      [this] { m_editor->document()->addGroup(m_editor->view()->currentGroup()); });
    m_remove = make(tr("Remove rule"), QKeySequence::Delete, &SegmentBuilderPage::removeFocused,
                    Qt::WidgetWithChildrenShortcut);
    // The keyboard's way to reorder what the mouse drags by the handle. Not Alt+Up/Down: Alt+Down opens the pickers'
    // lists, the list editor's chooser and the date editors' calendars.
    m_moveUp = make(
        tr("Move up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveFocused(-1); },
        Qt::WidgetWithChildrenShortcut);
    m_moveDown = make(
        tr("Move down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveFocused(1); },
        Qt::WidgetWithChildrenShortcut);
    // Short texts, so that the button bar keeps its width: what would be undone is in the tool tip.
    QUndoStack* stack = m_editor->document()->undoStack();
    m_undo = make(
        tr("Undo"), {}, [stack] { stack->undo(); }, Qt::WidgetWithChildrenShortcut);
    m_redo = make(
        tr("Redo"), {}, [stack] { stack->redo(); }, Qt::WidgetWithChildrenShortcut);
    const auto follow = [](QAction* action, const QString& command, const QString& named) {
        action->setToolTip(command.isEmpty() ? action->text() : named.arg(command));
    };
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo,
            [this, follow](const QString& command) { follow(m_undo, command, tr("Undo %1")); });
    connect(stack, &QUndoStack::redoTextChanged, m_redo,
            [this, follow](const QString& command) { follow(m_redo, command, tr("Redo %1")); });
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    setUndoShortcutsEnabled(true);
}

void SegmentBuilderPage::setUndoShortcutsEnabled(bool enabled)
{
    // Every key of the platform (Redo is Ctrl+Shift+Z as well as Ctrl+Y), as the window's Edit menu has.
    m_undo->setShortcuts(enabled ? QKeySequence::keyBindings(QKeySequence::Undo) : QList<QKeySequence>());
    m_redo->setShortcuts(enabled ? QKeySequence::keyBindings(QKeySequence::Redo) : QList<QKeySequence>());
}

QWidget* SegmentBuilderPage::buildHeader()
{
    auto* header = new QWidget;
    header->setObjectName(QStringLiteral("builderHeader"));
    m_title = new QLabel(header);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_openButton = new QToolButton(header);
    //: Button with a menu of the saved segments
    m_openButton->setText(tr("Open ▾"));
    m_openButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_openButton->setToolTip(tr("Open a saved segment for editing"));
    m_openButton->setPopupMode(QToolButton::InstantPopup);
    m_openButton->setAutoRaise(true);
    auto* openMenu = new QMenu(m_openButton);
    m_openButton->setMenu(openMenu);
    connect(openMenu, &QMenu::aboutToShow, this, &SegmentBuilderPage::populateOpenMenu);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(barButton(m_new));
    bar->addWidget(m_openButton);
    // Adding rules and groups is on each group's row (with the same shortcuts), not repeated here: the bar has to
    // fit beside the count in a small window.
    for (QAction* action : {m_save, m_saveAs, m_undo, m_redo}) {
        if (action == m_undo)
            bar->addSpacing(12);
        bar->addWidget(barButton(action));
    }
    bar->addStretch(1);

    auto* left = new QVBoxLayout;
    left->setSpacing(4);
    left->addWidget(m_title);
    left->addLayout(bar);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(12, 10, 16, 6);
    layout->addLayout(left, 1);
    layout->addWidget(m_editor->countPanel(), 0, Qt::AlignRight | Qt::AlignVCenter);
    m_editor->countPanel()->show();
    return header;
}

void SegmentBuilderPage::setSession(SegmentOperations* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_editor->setSession(session);
    if (m_session) {
        connect(m_session, &SegmentOperations::workspaceChanged, this, &SegmentBuilderPage::workspaceChanged);
        connect(m_session, &SegmentOperations::workspaceReloaded, m_editor, &SegmentEditor::reload);
        connect(m_session, &SegmentOperations::segmentsChanged, this, &SegmentBuilderPage::segmentsChanged);
        connect(m_session, &SegmentOperations::segmentRenamed, this, &SegmentBuilderPage::segmentRenamed);
        connect(m_session, &SegmentOperations::segmentRemoved, this, &SegmentBuilderPage::segmentRemoved);
    }
    workspaceChanged();
}

void SegmentBuilderPage::workspaceChanged()
{
    const bool open = m_session && m_session->isOpen();
    m_saving = false; // the answer of a save in the workspace before is not waited for
    m_editor->workspaceChanged();
    m_stack->setCurrentIndex(open ? 1 : 0);
    for (QAction* action : actions())
        action->setEnabled(open);
    newDefinition();
    // Undo and Redo follow the undo stack, which a new definition leaves empty.
    m_undo->setEnabled(undoStack()->canUndo());
    m_redo->setEnabled(undoStack()->canRedo());
    updateSaveActions(); // a role that may only read cannot save
}

void SegmentBuilderPage::segmentsChanged()
{
    m_editor->refreshSegments();
}

void SegmentBuilderPage::segmentRenamed(const QString& from, const QString& to)
{
    const bool clean = !hasUnsavedChanges();
    if (m_segmentName == from)
        setSegmentName(to);
    const QByteArray json = definitionJson();
    if (SegmentReferences::mentions(json, from)) {
        if (auto renamed = FilterDefinition::parse(SegmentReferences::rename(json, from, to), nullptr))
            m_editor->document()->setRoot(*renamed, tr("Follow the rename of \"%1\"").arg(from));
    }
    // The stored definition was rewritten the same way: what was saved still is.
    if (clean)
        undoStack()->setClean();
    m_editor->refreshSegments();
}

void SegmentBuilderPage::segmentRemoved(const QString& name)
{
    if (m_segmentName == name)
        setSegmentName({});
    m_editor->refreshSegments();
}

QString SegmentBuilderPage::workspacePath() const
{
    return m_session ? m_session->path() : QString();
}

QUndoStack* SegmentBuilderPage::undoStack() const
{
    return m_editor->document()->undoStack();
}

QByteArray SegmentBuilderPage::definitionJson() const
{
    return m_editor->document()->toJsonText();
}

bool SegmentBuilderPage::hasUnsavedChanges() const
{
    return !undoStack()->isClean();
}

bool SegmentBuilderPage::hasUnsavedRules() const
{
    return hasUnsavedChanges() && FilterTree::ruleCount(m_editor->document()->root()) > 0;
}

qint64 SegmentBuilderPage::count() const
{
    return m_editor->countPanel()->count();
}

bool SegmentBuilderPage::setDefinitionJson(const QByteArray& json, QString* error)
{
    auto tree = FilterDefinition::parse(json, error);
    if (!tree)
        return false;
    m_editor->document()->reset(std::move(*tree));
    return true;
}

void SegmentBuilderPage::setSegmentName(const QString& name)
{
    m_segmentName = name;
    m_editor->setDefiningSegment(name);
    updateTitle();
    emit segmentNameChanged(name);
}

void SegmentBuilderPage::newDefinition()
{
    setSegmentName({});
    m_editor->document()->reset({});
    m_editor->view()->focusNode({});
}

bool SegmentBuilderPage::openSegment(const QString& name, QString* error)
{
    // The list as the session last read it: opening needs no connection.
    const auto segment = m_session ? m_session->find(name) : std::nullopt;
    if (!segment) {
        if (error)
            *error = tr("There is no segment called \"%1\".").arg(name);
        return false;
    }
    if (!confirmDiscard(tr("The definition has unsaved changes. Open \"%1\" anyway?").arg(name)))
        return false;
    FilterGroup root;
    QString opened;
    if (segment->kind == SegmentKind::Dynamic) {
        auto tree = FilterDefinition::parse(segment->definition, error);
        if (!tree)
            return false;
        root = std::move(*tree);
        opened = name;
    } else {
        // A static segment is a frozen list of customers: build on it with a rule on its members.
        FilterRule rule;
        rule.field = FilterResolver::segmentField();
        rule.operatorName = filterOperatorName(FilterOperator::In);
        rule.value = QJsonArray{name};
        root.rules.push_back(FilterNode{rule});
    }
    setSegmentName(opened);
    m_editor->document()->reset(std::move(root));
    return true;
}

bool SegmentBuilderPage::confirmDiscard(const QString& question)
{
    // Only a visible page asks: the main window and tests open segments programmatically on hidden pages too.
    if (!hasUnsavedRules() || !isVisible())
        return true;
    return QMessageBox::question(this, tr("Discard changes?"), question) == QMessageBox::Yes;
}

void SegmentBuilderPage::updateTitle()
{
    QString title = m_segmentName.isEmpty() ? tr("New segment") : tr("Segment “%1”").arg(m_segmentName);
    if (hasUnsavedChanges())
        title = tr("%1 (unsaved changes)").arg(title);
    if (m_saving)
        title = tr("%1 (saving…)").arg(title);
    m_title->setText(title);
    m_save->setText(m_segmentName.isEmpty() ? tr("Save segment") : tr("Update segment"));
}

void SegmentBuilderPage::updateSaveActions()
{
    // One save at a time: a second click while the first waits for the workspace would save twice.
    const bool open = m_session && m_session->isOpen();
    // A role that may only read says so where the save would be.
    const QString readOnly = open ? m_session->readOnlyReason() : QString();
    for (QAction* action : {m_save, m_saveAs}) {
        action->setEnabled(open && !m_saving && readOnly.isEmpty());
        action->setToolTip(readOnly.isEmpty() ? action->text() : readOnly);
    }
    updateTitle();
}

void SegmentBuilderPage::populateOpenMenu()
{
    QMenu* menu = m_openButton->menu();
    menu->clear();
    const QList<Segment> segments = m_session ? m_session->segments() : QList<Segment>();
    for (const Segment& segment : segments) {
        QAction* action = menu->addAction(segment.kind == SegmentKind::Static
                                              ? tr("%1 (static: build on its members)").arg(segment.name)
                                              : segment.name);
        connect(action, &QAction::triggered, this, [this, name = segment.name] {
            QString error;
            if (!openSegment(name, &error) && !error.isEmpty())
                QMessageBox::warning(this, tr("Open segment"), error);
        });
    }
    if (segments.isEmpty())
        menu->addAction(tr("No saved segments yet"))->setEnabled(false);
}

bool SegmentBuilderPage::explainUnsaveable()
{
    const DefinitionCheck& check = m_editor->check();
    if (check.canSave())
        return true;
    const QString reason = !check.error.isEmpty() ? check.error
        : check.incomplete == 1
        ? tr("%n rule is incomplete; complete or remove it first.", nullptr, check.incomplete)
        : tr("%n rules are incomplete; complete or remove them first.", nullptr, check.incomplete);
    QMessageBox::information(this, tr("Save segment"), tr("The segment cannot be saved yet: %1").arg(reason));
    return false;
}

QStringList SegmentBuilderPage::segmentNames() const
{
    return m_session ? m_session->names() : QStringList();
}

void SegmentBuilderPage::save()
{
    if (m_segmentName.isEmpty()) {
        promptSaveAs();
        return;
    }
    if (explainUnsaveable())
        startSave(m_segmentName, true, true, nullptr);
}

void SegmentBuilderPage::promptSaveAs()
{
    if (!m_session || m_saving || !explainUnsaveable())
        return;
    const QString suggestion = m_segmentName.isEmpty() ? QString() : m_session->uniqueName(m_segmentName);
    auto* dialog = new SegmentNameDialog(
        tr("Save segment"), tr("Name of the new segment:"), suggestion,
        [names = segmentNames()](const QString& name) {
            const QString clash = SegmentNameDialog::clashingName(names, name);
            return clash.isEmpty() ? QString() : tr("A segment called \"%1\" exists already.").arg(clash);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startSave(dialog->name(), false, true, nullptr); });
    dialog->open();
}

bool SegmentBuilderPage::saveAs(const QString& name, QString* error)
{
    return startSave(name, false, false, error);
}

bool SegmentBuilderPage::saveChanges(QString* error)
{
    return startSave(m_segmentName, !m_segmentName.isEmpty(), false, error);
}

bool SegmentBuilderPage::startSave(const QString& name, bool update, bool ask, QString* error)
{
    const DefinitionCheck& check = m_editor->check();
    const bool open = m_session && m_session->isOpen();
    if (!open || !check.canSave() || m_saving) {
        if (error)
            *error = !open              ? tr("No workspace is open.")
                : m_saving              ? tr("The segment is being saved; wait until that has finished.")
                : check.error.isEmpty() ? tr("Complete or remove the incomplete rules first.")
                                        : check.error;
        return false;
    }
    // What is saved is this state: edits made while the save waits stay unsaved.
    const int savedIndex = undoStack()->index();
    const QString title = update ? tr("Update segment") : tr("Save segment");
    m_saving = true;
    updateSaveActions();
    const auto done = [this, savedIndex, title, ask](const SegmentChange& change) {
        m_saving = false;
        updateSaveActions();
        if (!change.ok) {
            emit saveFailed(change.error);
            if (ask) {
                auto* box = new QMessageBox(QMessageBox::Warning, title, change.error, QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            return;
        }
        if (undoStack()->index() == savedIndex)
            undoStack()->setClean();
        if (m_segmentName != change.newName)
            setSegmentName(change.newName);
        emit segmentSaved(change.newName);
    };
    if (update)
        m_session->update(name, definitionJson(), this, done);
    else
        m_session->save(name, definitionJson(), false, this, done);
    return true;
}

namespace {

// The rule or group of an order rule's condition that holds the keyboard focus, if any: the condition is a document
// of its own (OrderRulePanel), so that Ctrl+Shift+R and Delete act there instead of on the whole order rule.
std::optional<std::pair<FilterDocument*, NodePath>> focusedInCondition()
{
    for (QWidget* widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        const auto* rule = qobject_cast<RuleWidget*>(widget);
        const auto* group = qobject_cast<GroupWidget*>(widget);
        const BuilderContext* context = rule ? rule->context() : group ? group->context() : nullptr;
        if (context)
            return context->orderCondition
                ? std::optional(std::pair(context->document, rule ? rule->path() : group->path()))
                : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

void SegmentBuilderPage::addRule(const FilterRule& rule)
{
    if (const auto inCondition = focusedInCondition(); inCondition && !rule.isOrders()) {
        auto [document, path] = *inCondition;
        const bool onRule = FilterTree::ruleAt(document->root(), path) != nullptr;
        document->addRule(onRule ? path.first(path.size() - 1) : path, onRule ? path.last() + 1 : -1);
        return;
    }
    BuilderView* view = m_editor->view();
    const auto focused = view->focusedNode();
    const bool onRule = focused && view->ruleWidget(*focused);
    // After the focused rule, so that Ctrl+Shift+R while typing continues the list where one is.
    m_editor->document()->addRule(view->currentGroup(), onRule ? focused->last() + 1 : -1, rule);
}

void SegmentBuilderPage::removeFocused()
{
    if (const auto inCondition = focusedInCondition()) {
        if (!inCondition->second.isEmpty())
            inCondition->first->remove(inCondition->second);
        return;
    }
    const auto node = m_editor->view()->focusedNode();
    if (node && !node->isEmpty())
        m_editor->document()->remove(*node);
}

void SegmentBuilderPage::moveFocused(int delta)
{
    FilterDocument* document = m_editor->document();
    std::optional<NodePath> node = m_editor->view()->focusedNode();
    if (const auto inCondition = focusedInCondition()) {
        document = inCondition->first;
        node = inCondition->second;
    }
    if (!node || node->isEmpty())
        return;
    const NodePath parent = node->first(node->size() - 1);
    const FilterGroup* group = FilterTree::groupAt(document->root(), parent);
    const int to = node->last() + delta;
    if (!group || to < 0 || to >= int(group->rules.size()))
        return;
    // Rows are reused by position: after the move the focus goes to the same part (field, value…) of the row that
    // now shows the moved rule, not to whatever the old row shows.
    QWidget* focus = QApplication::focusWidget();
    RuleWidget* row = nullptr;
    for (QWidget* widget = focus; widget && !row; widget = widget->parentWidget())
        row = qobject_cast<RuleWidget*>(widget);
    auto* groupWidget = row ? qobject_cast<GroupWidget*>(row->parentWidget()->parentWidget()) : nullptr;
    const qsizetype part = row ? row->focusChain().indexOf(focus) : -1;
    // `index` counts positions before the move: one further down is two past the rule's own place.
    document->move(*node, parent, delta < 0 ? to : to + 1);
    auto* moved = groupWidget ? qobject_cast<RuleWidget*>(groupWidget->childWidget(to)) : nullptr;
    QWidget* target = moved && part >= 0 ? moved->focusChain().value(part) : nullptr;
    if (target && target->isVisible() && target->isEnabled())
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace swb
