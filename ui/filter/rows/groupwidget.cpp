#include "ui/filter/rows/groupwidget.h"

#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definition/orderruleedits.h"
#include "ui/filter/rows/buildercontext.h"
#include "ui/filter/rows/buildericons.h"
#include "ui/filter/rows/draghandle.h"
#include "ui/filter/rows/filterdraganddrop.h"
#include "ui/filter/rows/rulewidget.h"

#include <QComboBox>
#include <QDrag>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace swb {

namespace {

QToolButton* headerButton(const QIcon& icon, const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setIcon(icon);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setToolButtonStyle(text.isEmpty() ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

// The left border tells and-groups (blue) from or-groups (amber) at a glance.
QString groupStyle(const FilterGroup& group, int depth)
{
    const QString accent
        = group.combinator == FilterCombinator::And ? QStringLiteral("#3b6fd8") : QStringLiteral("#c77c02");
    const QString background
        = depth % 2 == 1 ? QStringLiteral("rgba(59, 111, 216, 0.05)") : QStringLiteral("rgba(0, 0, 0, 0.03)");
    return QStringLiteral("#filterGroup { background: %1; border: 1px solid palette(midlight); border-left: 3px solid "
                          "%2; border-radius: 4px; }")
        .arg(background, accent);
}

} // namespace

GroupWidget::GroupWidget(const BuilderContext* context, bool root, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_root(root)
    , m_not(headerButton({}, tr("Not"), tr("Negate the group: select the customers the group does not match"), this))
    , m_combinator(new QComboBox(this))
    , m_tail(new QLabel(tr("of the following are true"), this))
    , m_addRule(headerButton(BuilderIcons::add(), tr("Rule"), tr("Add a rule to this group (Ctrl+Shift+R)"), this))
    , m_addGroup(headerButton(BuilderIcons::add(), tr("Group"), tr("Add a nested group (Ctrl+Shift+G)"), this))
    , m_addOrders(headerButton(BuilderIcons::add(), tr("Orders"),
                               tr("Add an order rule: how many orders, how much or when a customer bought, optionally "
                                  "only of some products or in a time window (Ctrl+Shift+O)"),
                               this))
    , m_body(new QWidget(this))
    , m_bodyLayout(new QVBoxLayout(m_body))
    , m_empty(new QLabel(m_body))
    , m_indicator(new QFrame(m_body))
{
    setObjectName(root ? QStringLiteral("rootGroup") : QStringLiteral("filterGroup"));
    setAcceptDrops(true);
    m_combinator->addItem(tr("All"), int(FilterCombinator::And));
    m_combinator->addItem(tr("Any"), int(FilterCombinator::Or));
    m_combinator->setToolTip(tr("All: customers must match every rule (and). Any: at least one rule (or)."));
    m_combinator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_not->setCheckable(true);
    m_combinator->setAccessibleName(tr("Combine the rules of this group"));
    m_addRule->setAccessibleName(tr("Add rule"));
    m_addGroup->setAccessibleName(tr("Add group"));
    m_addOrders->setAccessibleName(tr("Add order rule"));

    auto* header = new QHBoxLayout;
    header->setSpacing(6);
    if (!root) {
        m_handle = new DragHandle(this);
        m_handle->setStartDrag([this] { startDrag(); });
        m_handle->setVisible(!context->orderCondition); // as RuleWidget's: not dragged out of an order condition
        header->addWidget(m_handle);
    }
    header->addWidget(m_not);
    header->addWidget(m_combinator);
    header->addWidget(m_tail);
    header->addStretch(1);
    header->addWidget(m_addRule);
    header->addWidget(m_addGroup);
    header->addWidget(m_addOrders);
    m_addOrders->setVisible(!context->orderFields.isEmpty() && !context->orderCondition);
    if (!root) {
        m_mute = headerButton(BuilderIcons::visible(false), {}, tr("Mute the group"), this);
        m_mute->setCheckable(true);
        m_remove = headerButton(BuilderIcons::remove(), {}, tr("Remove the group and its rules (Delete)"), this);
        m_mute->setAccessibleName(tr("Mute group"));
        m_remove->setAccessibleName(tr("Remove group"));
        header->addWidget(m_mute);
        header->addWidget(m_remove);
        connect(m_mute, &QToolButton::clicked, this,
                [this](bool muted) { m_context->document->setMuted(m_path, muted); });
        connect(m_remove, &QToolButton::clicked, this, [this] { m_context->document->remove(m_path); });
    }

    m_bodyLayout->setContentsMargins(root ? 0 : 14, 2, 0, 2);
    m_bodyLayout->setSpacing(4);
    // What an empty group means and how to go on; the root's is the page's empty state.
    m_emptyBox = new QWidget(m_body);
    auto* emptyLayout = new QVBoxLayout(m_emptyBox);
    const int emptyMargin = root && !context->orderCondition ? 24 : 4;
    emptyLayout->setContentsMargins(4, emptyMargin, 4, emptyMargin);
    emptyLayout->setSpacing(10);
    m_empty->setParent(m_emptyBox);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    const bool condition = context->orderCondition;
    m_empty->setText(condition ? tr("No condition: every order line counts. Add a rule to count only some, for "
                                    "example “StockCode is 85123A”.")
                         : root
                         ? tr("Add a rule to start: for example “Country is one of DE, AT” or “Total revenue is at "
                              "least 500”. Rules in a group can be combined with “all” (and) or “any” (or), and "
                              "groups can be nested.")
                         : tr("This group has no rules yet, so it selects everyone. Add a rule or remove the group."));
    emptyLayout->addWidget(m_empty);
    if (root && !condition) {
        QFont font = m_empty->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        m_empty->setFont(font);
        m_empty->setAlignment(Qt::AlignCenter);
        auto* first = new QPushButton(BuilderIcons::add(), tr("Add the first rule"), m_emptyBox);
        first->setToolTip(tr("Ctrl+Shift+R"));
        emptyLayout->addWidget(first, 0, Qt::AlignHCenter);
        connect(first, &QPushButton::clicked, this, [this] { m_context->document->addRule(m_path); });
    }
    m_bodyLayout->addWidget(m_emptyBox);
    m_indicator->setFixedHeight(2);
    m_indicator->setStyleSheet(QStringLiteral("background: #3b6fd8;"));
    m_indicator->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(root ? 0 : 6, root ? 0 : 4, root ? 0 : 6, root ? 0 : 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_body);

    connect(m_combinator, &QComboBox::activated, this, [this] {
        m_context->document->setCombinator(m_path, FilterCombinator(m_combinator->currentData().toInt()));
    });
    connect(m_not, &QToolButton::clicked, this,
            [this](bool negated) { m_context->document->setNegated(m_path, negated); });
    connect(m_addRule, &QToolButton::clicked, this, [this] { m_context->document->addRule(m_path); });
    connect(m_addGroup, &QToolButton::clicked, this, [this] { m_context->document->addGroup(m_path); });
    connect(m_addOrders, &QToolButton::clicked, this,
            [this] { m_context->document->addRule(m_path, -1, OrderRuleEdits::newRule()); });
}

void GroupWidget::sync(const FilterGroup& group, const NodePath& path, const DefinitionCheck& check)
{
    m_group = group;
    m_path = path;
    updateHeader(group);
    for (size_t i = 0; i < group.rules.size(); ++i) {
        const FilterNode& node = group.rules[i];
        const NodePath childPath = path + NodePath{int(i)};
        QWidget* existing = m_children.value(int(i));
        const bool fits = existing
            && (node.isGroup() ? qobject_cast<GroupWidget*>(existing) != nullptr
                               : qobject_cast<RuleWidget*>(existing) != nullptr);
        if (!fits) {
            QWidget* created = node.isGroup() ? static_cast<QWidget*>(new GroupWidget(m_context, false, m_body))
                                              : static_cast<QWidget*>(new RuleWidget(m_context, m_body));
            if (existing) {
                delete m_bodyLayout->replaceWidget(existing, created); // the old item is the caller's
                existing->hide();
                existing->deleteLater();
                m_children[int(i)] = created;
            } else {
                m_bodyLayout->insertWidget(int(i), created);
                m_children.append(created);
            }
            created->show();
        }
        if (auto* groupWidget = qobject_cast<GroupWidget*>(m_children.at(int(i))))
            groupWidget->sync(*node.group(), childPath, check);
        else {
            auto* rule = qobject_cast<RuleWidget*>(m_children.at(int(i)));
            rule->sync(*node.rule(), childPath, check.status(childPath));
            rule->setPosition(int(i) + 1, int(group.rules.size()));
        }
    }
    while (m_children.size() > qsizetype(group.rules.size())) {
        QWidget* extra = m_children.takeLast();
        m_bodyLayout->removeWidget(extra);
        extra->hide();
        extra->deleteLater();
    }
    m_emptyBox->setVisible(m_children.isEmpty());
}

void GroupWidget::updateHeader(const FilterGroup& group)
{
    m_combinator->setCurrentIndex(group.combinator == FilterCombinator::And ? 0 : 1);
    m_not->setChecked(group.negated);
    m_not->setStyleSheet(group.negated ? QStringLiteral("QToolButton { color: #c62828; font-weight: bold; }")
                                       : QString());
    const bool active = group.isActive();
    if (m_mute) {
        m_mute->setChecked(!active);
        m_mute->setIcon(BuilderIcons::visible(!active));
        m_mute->setToolTip(active ? tr("Mute the group: leave it out without deleting it") : tr("Unmute the group"));
    }
    for (QWidget* widget :
         {static_cast<QWidget*>(m_not), static_cast<QWidget*>(m_combinator), static_cast<QWidget*>(m_tail)})
        widget->setEnabled(active);
    if (!m_root)
        setStyleSheet(groupStyle(group, int(m_path.size())));
}

void GroupWidget::refreshFields()
{
    m_addOrders->setVisible(!m_context->orderFields.isEmpty() && !m_context->orderCondition);
    for (QWidget* child : std::as_const(m_children)) {
        if (auto* group = qobject_cast<GroupWidget*>(child))
            group->refreshFields();
        else if (auto* rule = qobject_cast<RuleWidget*>(child))
            rule->refreshFields();
    }
}

QList<QWidget*> GroupWidget::focusChain() const
{
    QList<QWidget*> chain{m_not, m_combinator};
    QList<QWidget*> tail{m_addRule, m_addGroup};
    if (!m_addOrders->isHidden())
        tail << m_addOrders;
    if (m_mute)
        tail << m_mute << m_remove;
    // The header's buttons come after the group's rules: tabbing through rules is the common path.
    for (QWidget* child : m_children) {
        if (auto* group = qobject_cast<GroupWidget*>(child))
            chain << group->focusChain();
        else if (auto* rule = qobject_cast<RuleWidget*>(child))
            chain << rule->focusChain();
    }
    return chain + tail;
}

QWidget* GroupWidget::firstFocusable() const
{
    return m_combinator;
}

bool GroupWidget::acceptsDrop(const QMimeData* mime) const
{
    if (m_context->orderCondition)
        return false; // the condition's rows have paths of their own document
    const auto source = FilterDragAndDrop::sourcePath(mime);
    return source && !FilterTree::isAncestorOrSelf(*source, m_path);
}

int GroupWidget::dropIndexAt(const QPoint& position) const
{
    return FilterDragAndDrop::insertionIndex(m_children, position.y() - m_body->y());
}

void GroupWidget::showIndicator(int index)
{
    int y = 0;
    if (index < m_children.size())
        y = m_children.at(index)->geometry().top() - 3;
    else if (!m_children.isEmpty())
        y = m_children.last()->geometry().bottom() + 2;
    m_indicator->setGeometry(0, std::max(0, y), m_body->width(), 2);
    m_indicator->raise();
    m_indicator->show();
}

void GroupWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    showIndicator(dropIndexAt(event->position().toPoint()));
}

void GroupWidget::dragMoveEvent(QDragMoveEvent* event)
{
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        m_indicator->hide();
        return;
    }
    event->acceptProposedAction();
    showIndicator(dropIndexAt(event->position().toPoint()));
}

void GroupWidget::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_indicator->hide();
    QFrame::dragLeaveEvent(event);
}

void GroupWidget::dropEvent(QDropEvent* event)
{
    m_indicator->hide();
    const auto source = FilterDragAndDrop::sourcePath(event->mimeData());
    if (!source || !acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // The drag's source widget may be rebuilt by the move: move after QDrag::exec() has returned.
    FilterDocument* document = m_context->document;
    const NodePath target = m_path;
    const int index = dropIndexAt(event->position().toPoint());
    QMetaObject::invokeMethod(
        document, [document, from = *source, target, index] { document->move(from, target, index); },
        Qt::QueuedConnection);
}

void GroupWidget::startDrag()
{
    auto* drag = new QDrag(this);
    drag->setMimeData(FilterDragAndDrop::mimeData(m_path, FilterTree::nodeJsonText(FilterNode{m_group})).release());
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 480), Qt::SmoothTransformation));
    drag->setHotSpot(QPoint(8, 8));
    drag->exec(Qt::MoveAction);
}

} // namespace swb
