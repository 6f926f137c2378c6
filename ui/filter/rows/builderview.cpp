#include "ui/filter/rows/builderview.h"

#include "ui/filter/rows/groupwidget.h"
#include "ui/filter/rows/rulewidget.h"

#include <QApplication>
#include <QScrollBar>
#include <QVBoxLayout>

namespace swb {

namespace {

// Beyond this (groups nested deeper) the rows scroll sideways: a 1024 px window still holds the builder beside
// the segments dock at its narrowest.
constexpr int s_widestWithoutScrolling = 760;

} // namespace

BuilderView::BuilderView(const BuilderContext* context, QWidget* parent)
    : QScrollArea(parent)
    , m_context(context)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* canvas = new QWidget;
    auto* layout = new QVBoxLayout(canvas);
    layout->setContentsMargins(12, 10, 12, 10);
    m_root = new GroupWidget(context, true, canvas);
    layout->addWidget(m_root);
    layout->addStretch(1);
    setWidget(canvas);
    connect(qApp, &QApplication::focusChanged, this, [this] { markFocusedRow(); });
}

BuilderView::~BuilderView()
{
    // Deleting the rows moves the focus: the half-destroyed tree must not be walked for the focus frame.
    disconnect(qApp, nullptr, this, nullptr);
}

void BuilderView::markFocusedRow()
{
    const auto node = focusedNode();
    forEachRule([&](RuleWidget* rule) { rule->setFocusMarked(node && *node == rule->path()); });
}

void BuilderView::sync(const FilterGroup& root, const DefinitionCheck& check, const NodePath& focus, bool moveFocus)
{
    m_root->sync(root, {}, check);
    updateTabOrder();
    updateGeometry(); // the rows' width may have changed
    if (moveFocus)
        focusNode(focus);
    markFocusedRow(); // a row reused for another rule may keep the focus without a focus change
}

QSize BuilderView::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    const int rows = widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    hint.setWidth(qMax(hint.width(), qMin(rows, s_widestWithoutScrolling)));
    return hint;
}

void BuilderView::refreshFields()
{
    m_root->refreshFields();
}

RuleWidget* BuilderView::ruleWidget(const NodePath& path) const
{
    if (path.isEmpty())
        return nullptr;
    GroupWidget* parent = groupWidget(path.first(path.size() - 1));
    return parent ? qobject_cast<RuleWidget*>(parent->childWidget(path.last())) : nullptr;
}

GroupWidget* BuilderView::groupWidget(const NodePath& path) const
{
    GroupWidget* group = m_root;
    for (int index : path) {
        group = group ? qobject_cast<GroupWidget*>(group->childWidget(index)) : nullptr;
        if (!group)
            return nullptr;
    }
    return group;
}

std::optional<NodePath> BuilderView::focusedNode() const
{
    for (QWidget* widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        // Rows of an order rule's condition belong to that rule's document: the order rule is the node.
        if (auto* rule = qobject_cast<RuleWidget*>(widget); rule && rule->context() == m_context)
            return rule->path();
        if (auto* group = qobject_cast<GroupWidget*>(widget); group && group->context() == m_context)
            return group->path();
        if (widget == this)
            break;
    }
    return std::nullopt;
}

NodePath BuilderView::currentGroup() const
{
    const auto node = focusedNode();
    if (!node)
        return {};
    if (groupWidget(*node))
        return *node;
    return node->first(node->size() - 1);
}

void BuilderView::focusNode(const NodePath& path)
{
    // While the user types or clicks inside the node an edit concerns, the focus stays where it is.
    QWidget* node = ruleWidget(path) ? static_cast<QWidget*>(ruleWidget(path)) : groupWidget(path);
    if (node && node->isAncestorOf(QApplication::focusWidget()))
        return;
    QWidget* target = nullptr;
    if (RuleWidget* rule = ruleWidget(path)) {
        // A rule that still needs a field or a value gets the focus where typing continues.
        if (rule->state() == RuleState::Incomplete || rule->rule().field.isEmpty()) {
            rule->focusValue();
            ensureWidgetVisible(rule);
            return;
        }
        target = rule->firstFocusable();
    } else if (GroupWidget* group = groupWidget(path)) {
        target = group->firstFocusable();
    }
    if (target) {
        target->setFocus(Qt::OtherFocusReason);
        ensureWidgetVisible(target);
    }
}

void BuilderView::forEachRule(const std::function<void(RuleWidget*)>& visit) const
{
    const std::function<void(GroupWidget*)> walk = [&](GroupWidget* group) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (auto* rule = qobject_cast<RuleWidget*>(group->childWidget(i)))
                visit(rule);
            else if (auto* nested = qobject_cast<GroupWidget*>(group->childWidget(i)))
                walk(nested);
        }
    };
    walk(m_root);
}

void BuilderView::updateTabOrder()
{
    const QList<QWidget*> chain = m_root->focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace swb
