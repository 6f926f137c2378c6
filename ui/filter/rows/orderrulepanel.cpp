#include "ui/filter/rows/orderrulepanel.h"

#include "ui/filter/definition/filtercommands.h"
#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definition/rulechecker.h"
#include "ui/filter/editors/valueeditor.h"
#include "ui/filter/rows/groupwidget.h"
#include "ui/filter/rows/rulewidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace swb {

using namespace OrderRuleEdits;

OrderRulePanel::OrderRulePanel(const BuilderContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_measure(new QComboBox(this))
    , m_ofColumn(new QLabel(tr("of"), this))
    , m_column(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_windowAnd(new QLabel(tr("and"), this))
    , m_noOrders(new QToolButton(this))
    , m_conditionDocument(new FilterDocument(this))
{
    setObjectName(QStringLiteral("orderRulePanel"));
    m_windowAnd->hide(); // shown between the two dates of a "between" window
    //: Measure of an order rule: how many orders a customer has
    m_measure->addItem(tr("Number of orders"), int(Measure::Count));
    m_measure->addItem(tr("Total amount"), int(Measure::Sum));
    m_measure->addItem(tr("Distinct values"), int(Measure::Distinct));
    m_measure->addItem(tr("First order date"), int(Measure::FirstDate));
    m_measure->addItem(tr("Last order date"), int(Measure::LastDate));
    m_measure->setToolTip(tr("What is compared: of each customer's order lines that match the condition below"));
    m_column->setToolTip(tr("The order column whose distinct values are counted"));
    m_column->setPlaceholderText(tr("Choose a column…"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    //: Time window of an order rule: every order counts
    m_window->addItem(tr("at any time"), int(WindowKind::None));
    m_window->addItem(tr("in the last"), int(WindowKind::InLastDays));
    m_window->addItem(tr("from"), int(WindowKind::From));
    m_window->addItem(tr("until"), int(WindowKind::To));
    m_window->addItem(tr("between"), int(WindowKind::Between));
    m_window->setToolTip(tr("Which order dates count (whole days, both ends included)"));
    m_window->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_noOrders->setText(tr("Has no orders"));
    m_noOrders->setToolTip(tr("Select the customers without such orders (number of orders is 0)"));
    m_noOrders->setCheckable(true);
    m_noOrders->setAutoRaise(true);
    m_noOrders->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QWidget* widget : {static_cast<QWidget*>(m_measure), static_cast<QWidget*>(m_column),
                            static_cast<QWidget*>(m_window), static_cast<QWidget*>(m_noOrders)})
        widget->setFocusPolicy(widget == m_noOrders ? Qt::TabFocus : Qt::StrongFocus);

    m_conditionContext.document = m_conditionDocument;
    m_conditionContext.offerSegments = false;
    m_conditionContext.orderCondition = true;
    refreshFields();
    m_condition = new GroupWidget(&m_conditionContext, true, this);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(6);
    top->addWidget(m_ofColumn);
    top->addWidget(m_column);
    top->addWidget(new QLabel(tr("Orders placed"), this));
    top->addWidget(m_window);
    m_windowLayout = new QHBoxLayout;
    m_windowLayout->setSpacing(6);
    top->addLayout(m_windowLayout);
    top->addStretch(1);
    top->addWidget(m_noOrders);
    auto* conditionTitle = new QLabel(tr("Only order lines where:"), this);
    conditionTitle->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(conditionTitle);
    layout->addWidget(m_condition);

    connect(m_measure, &QComboBox::activated, this, [this] {
        const auto measure = Measure(m_measure->currentData().toInt());
        QString column = distinctColumn(m_rule);
        if (measure == Measure::Distinct && column.isEmpty() && m_column->count() > 0)
            column = m_column->itemData(0).toString();
        emit edited(withMeasure(m_rule, measure, column), tr("Choose measure %1").arg(m_measure->currentText()));
    });
    connect(m_column, &QComboBox::activated, this, [this] {
        emit edited(withMeasure(m_rule, Measure::Distinct, m_column->currentData().toString()),
                    tr("Choose column %1").arg(m_column->currentText()));
    });
    connect(m_window, &QComboBox::activated, this, [this] {
        const Window window = windowOfKind(windowOf(m_rule), WindowKind(m_window->currentData().toInt()));
        emit edited(withWindow(m_rule, window), tr("Choose time window %1").arg(m_window->currentText()));
    });
    connect(m_noOrders, &QToolButton::clicked, this, [this] {
        FilterRule rule = isNoOrders(m_rule) ? newRule() : noOrders(m_rule);
        rule.where = m_rule.where;
        rule.window = m_rule.window;
        emit edited(rule, isNoOrders(m_rule) ? tr("Has orders") : tr("Has no orders"));
    });
    connect(m_conditionDocument, &FilterDocument::changed, this, &OrderRulePanel::conditionChanged);
}

void OrderRulePanel::refreshFields()
{
    m_conditionContext.fields = m_context->orderFields;
    m_conditionContext.suggestions = m_context->orderSuggestions;
    m_conditionContext.asOfDate = m_context->asOfDate;
    fillColumns();
    if (m_condition)
        m_condition->refreshFields();
}

void OrderRulePanel::fillColumns()
{
    m_column->clear();
    for (const FieldInfo& field : m_context->orderFields)
        m_column->addItem(fieldLabel(field), field.name);
}

void OrderRulePanel::sync(const FilterRule& rule)
{
    m_rule = rule;
    const Measure measure = measureOf(rule);
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
    const QString column = distinctColumn(rule);
    if (measure == Measure::Distinct && !column.isEmpty() && m_column->findData(column) < 0)
        m_column->addItem(column, column); // not an order column: the rule shows why it is invalid
    m_column->setCurrentIndex(m_column->findData(column));
    m_ofColumn->setVisible(measure == Measure::Distinct);
    m_column->setVisible(measure == Measure::Distinct);
    m_noOrders->setChecked(isNoOrders(rule));
    syncWindow(windowOf(rule));

    const FilterGroup where = rule.where ? *rule.where : FilterGroup();
    if (!FilterTree::equal(where, m_conditionDocument->root())) {
        m_syncing = true;
        m_conditionDocument->reset(where);
        m_syncing = false;
    }
    FilterContext context;
    context.fields = m_context->orderFields;
    context.asOfDate = m_context->asOfDate;
    m_condition->sync(where, {}, RuleChecker::check(where, context));
}

void OrderRulePanel::syncWindow(const Window& window)
{
    m_window->setCurrentIndex(m_window->findData(int(window.kind)));
    if (window.kind != m_windowKind || (window.kind != WindowKind::None && !m_windowFirst)) {
        for (ValueEditor* editor : {m_windowFirst, m_windowSecond}) {
            if (editor) {
                m_windowLayout->removeWidget(editor);
                editor->hide();
                editor->deleteLater();
            }
        }
        m_windowFirst = nullptr;
        m_windowSecond = nullptr;
        m_windowLayout->removeWidget(m_windowAnd);
        m_windowAnd->hide();
        m_windowKind = window.kind;
        if (window.kind != WindowKind::None)
            m_windowFirst = makeWindowEditor(window.kind == WindowKind::InLastDays, 0);
        if (window.kind == WindowKind::Between) {
            m_windowLayout->addWidget(m_windowAnd);
            m_windowAnd->show();
            m_windowSecond = makeWindowEditor(false, 1);
        }
    }
    switch (window.kind) {
    case WindowKind::None:
        break;
    case WindowKind::InLastDays:
        m_windowFirst->setValue(window.days);
        break;
    case WindowKind::From:
    case WindowKind::Between:
        m_windowFirst->setValue(window.from);
        if (m_windowSecond)
            m_windowSecond->setValue(window.to);
        break;
    case WindowKind::To:
        m_windowFirst->setValue(window.to);
        break;
    }
}

ValueEditor* OrderRulePanel::makeWindowEditor(bool days, int part)
{
    ValueEditorContext context;
    context.calendarStart = m_context->asOfDate;
    ValueEditor* editor = days ? createValueEditor(ValueType::Integer, FilterOperator::InLastDays, context, this)
                               : createValueEditor(ValueType::Date, FilterOperator::Equal, context, this);
    editor->setMinimumWidth(days ? 110 : 130);
    m_windowLayout->addWidget(editor);
    editor->show();
    connect(editor, &ValueEditor::valueEdited, this, [this, part](const QJsonValue& value, bool typing) {
        Window window = windowOf(m_rule);
        if (window.kind == WindowKind::InLastDays)
            window.days = value;
        else if (window.kind == WindowKind::To)
            window.to = value;
        else if (part == 0)
            window.from = value;
        else
            window.to = value;
        emit edited(withWindow(m_rule, window), tr("Edit time window"), typing ? QStringLiteral("window") : QString());
    });
    return editor;
}

QList<ValueEditor*> OrderRulePanel::windowEditors() const
{
    QList<ValueEditor*> editors;
    for (ValueEditor* editor : {m_windowFirst, m_windowSecond}) {
        if (editor)
            editors << editor;
    }
    return editors;
}

void OrderRulePanel::conditionChanged(const NodePath& focus)
{
    if (m_syncing)
        return;
    const FilterGroup& where = m_conditionDocument->root();
    FilterRule rule = m_rule;
    rule.where = where.rules.empty() && !where.negated ? nullptr : std::make_shared<const FilterGroup>(where);
    // The condition's own undo step names the edit and tells whether it continues the last one (typing).
    QUndoStack* stack = m_conditionDocument->undoStack();
    const auto* command = dynamic_cast<const FilterEditCommand*>(stack->command(stack->index() - 1));
    const QString text = command ? command->text() : tr("Edit order condition");
    const QString mergeKey
        = command && !command->mergeKey().isEmpty() ? QStringLiteral("condition:") + command->mergeKey() : QString();
    emit edited(rule, text, mergeKey); // the builder's document changes, and the row shows it at once
    focusNewConditionRule(focus);
}

void OrderRulePanel::focusNewConditionRule(const NodePath& path)
{
    // A rule just added to the condition takes the focus where typing goes on, as in the builder's own groups.
    GroupWidget* group = m_condition;
    for (qsizetype i = 0; group && i + 1 < path.size(); ++i)
        group = qobject_cast<GroupWidget*>(group->childWidget(path.at(i)));
    auto* rule = group && !path.isEmpty() ? qobject_cast<RuleWidget*>(group->childWidget(path.last())) : nullptr;
    if (rule && rule->rule().field.isEmpty())
        rule->focusValue();
}

void OrderRulePanel::setPartsEnabled(bool enabled)
{
    m_measure->setEnabled(enabled);
    for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        child->setEnabled(enabled);
}

QList<QWidget*> OrderRulePanel::focusChain() const
{
    QList<QWidget*> chain;
    if (m_column->isVisible())
        chain << m_column;
    chain << m_window;
    for (ValueEditor* editor : windowEditors())
        chain << editor->inputs();
    chain << m_noOrders;
    return chain + m_condition->focusChain();
}

} // namespace swb
