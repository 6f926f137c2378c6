#include "ui/filter/rows/rulewidget.h"

#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definition/orderruleedits.h"
#include "ui/filter/definition/ruleedits.h"
#include "ui/filter/editors/valueeditor.h"
#include "ui/filter/rows/buildercontext.h"
#include "ui/filter/rows/buildericons.h"
#include "ui/filter/rows/draghandle.h"
#include "ui/filter/rows/fieldpicker.h"
#include "ui/filter/rows/filterdraganddrop.h"
#include "ui/filter/rows/operatorpicker.h"
#include "ui/filter/rows/orderrulepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDrag>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace swb {

namespace {

constexpr int s_fieldWidth = 184;
constexpr int s_operatorWidth = 160;
constexpr int s_funnelWidth = 76;

QToolButton* toolButton(const QIcon& icon, const QString& toolTip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setIcon(icon);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QString editorKey(ValueType type, const FilterRule& rule)
{
    const auto op = filterOperatorFromName(rule.operatorName);
    QString shape = QStringLiteral("none");
    if (op) {
        switch (operandShape(*op)) {
        case OperandShape::None:
            break;
        case OperandShape::One:
            shape = isTextPatternOperator(*op) ? QStringLiteral("pattern") : QStringLiteral("one");
            break;
        case OperandShape::List:
            shape = QStringLiteral("list");
            break;
        case OperandShape::Pair:
            shape = QStringLiteral("pair");
            break;
        case OperandShape::Days:
            shape = rule.operatorName;
            break;
        }
    }
    return QStringLiteral("%1/%2/%3").arg(int(type)).arg(shape, rule.field);
}

// A value as words for screen readers: numbers in the interface's language, lists joined.
QString valueText(const QJsonValue& value)
{
    const QLocale locale;
    switch (value.type()) {
    case QJsonValue::Double:
        return locale.toString(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? RuleWidget::tr("yes") : RuleWidget::tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

} // namespace

RuleWidget::RuleWidget(const BuilderContext* context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_layout(new QGridLayout(this))
    , m_handle(new DragHandle(this))
    , m_field(new FieldPicker(this))
    , m_operator(new OperatorPicker(this))
    , m_funnel(new QLabel(this))
    , m_mute(toolButton(BuilderIcons::visible(false), tr("Mute: leave this rule out without deleting it"), this))
    , m_remove(toolButton(BuilderIcons::remove(), tr("Remove rule (Delete)"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleRow"));
    m_layout->setContentsMargins(4, 3, 4, 3);
    m_layout->setHorizontalSpacing(6);
    m_layout->setVerticalSpacing(2);
    m_field->setFixedWidth(s_fieldWidth);
    m_operator->setFixedWidth(s_operatorWidth);
    m_funnel->setFixedWidth(s_funnelWidth);
    m_funnel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_funnel->setTextFormat(Qt::PlainText);
    m_mute->setCheckable(true);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->hide();
    m_funnel->setAccessibleName(tr("Change of the count by this rule"));
    m_mute->setAccessibleName(tr("Mute rule"));
    m_remove->setAccessibleName(tr("Remove rule"));
    m_field->setAccessibleName(tr("Field"));
    m_operator->setAccessibleName(tr("Operator"));
    m_field->setFields(context->fields, context->offerSegments);

    m_layout->addWidget(m_handle, 0, 0);
    m_layout->addWidget(m_field, 0, 1);
    m_layout->addWidget(m_operator, 0, 2);
    // column 3: the value editor, created by sync()
    m_layout->addWidget(m_funnel, 0, 4);
    m_layout->addWidget(m_mute, 0, 5);
    m_layout->addWidget(m_remove, 0, 6);
    m_layout->addWidget(m_statusLabel, 1, 1, 1, 3);
    m_layout->setColumnStretch(3, 1);
    m_layout->setAlignment(m_handle, Qt::AlignVCenter);
    // The condition of an order rule is a document of its own: its rows are not dragged into the builder's.
    m_handle->setVisible(!context->orderCondition);

    m_handle->setStartDrag([this] { startDrag(); });
    connect(m_field, &FieldPicker::fieldChosen, this, [this](const QString& name) {
        const FilterRule rule
            = RuleEdits::withField(m_rule, m_context->typeOf(m_rule.field), name, m_context->typeOf(name));
        m_context->document->setRule(m_path, rule, tr("Choose field %1").arg(m_field->currentText()));
        focusValue();
    });
    connect(m_operator, &OperatorPicker::operatorChosen, this, [this](FilterOperator op, bool fromList) {
        const FilterRule rule = RuleEdits::withOperator(m_rule, op);
        // Walking through the operators with the arrow keys is one step, like typing.
        m_context->document->setRule(m_path, rule, tr("Choose operator %1").arg(m_operator->currentText()),
                                     QStringLiteral("operator"));
        if (fromList)
            focusValue();
    });
    connect(m_mute, &QToolButton::clicked, this, [this](bool muted) { m_context->document->setMuted(m_path, muted); });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_context->document->remove(m_path); });
}

void RuleWidget::sync(const FilterRule& rule, const NodePath& path, const RuleStatus& status)
{
    m_rule = rule;
    m_path = path;
    m_status = status;
    const bool orders = rule.isOrders();
    ensureOrderPanel(orders);
    const ValueType type = orders ? OrderRuleEdits::valueType(rule) : m_context->typeOf(rule.field);
    if (orders) {
        m_operator->setChoices(type, rule.operatorName, OrderRuleEdits::operators());
        m_orders->sync(rule);
    } else {
        m_field->setCurrentField(rule.field);
        m_operator->setChoices(type, rule.operatorName);
    }
    ensureValueEditor(type);
    if (m_value)
        m_value->setValue(rule.value);
    m_mute->setChecked(!rule.isActive());
    m_mute->setIcon(BuilderIcons::visible(!rule.isActive()));
    m_mute->setToolTip(rule.isActive() ? tr("Mute: leave this rule out without deleting it")
                                       : tr("Unmute: count this rule again"));
    m_mute->setAccessibleName(rule.isActive() ? tr("Mute rule") : tr("Unmute rule"));
    applyStatus();
    updateAccessibleText();
}

void RuleWidget::setPosition(int number, int count)
{
    m_number = number;
    m_count = count;
    updateAccessibleText();
}

QString RuleWidget::ruleText() const
{
    QStringList parts;
    const QString subject = m_orders ? m_orders->measureBox()->currentText() : m_field->currentText();
    for (const QString& part : {subject, m_operator->currentText(), valueText(m_rule.value)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

void RuleWidget::updateAccessibleText()
{
    const QString text = ruleText().isEmpty() ? tr("empty rule") : ruleText();
    const QString name = m_count > 0 ? tr("Rule %1 of %2: %3").arg(m_number).arg(m_count).arg(text) : text;
    setAccessibleName(name);
    setAccessibleDescription(m_statusLabel->text());
    // The parts a screen reader lands on name their row, so that Tab through many rules stays oriented.
    for (QWidget* part : focusChain()) {
        if (part)
            part->setAccessibleDescription(name);
    }
    if (!m_value)
        return;
    // The list editor's chips read as their value, their ✕ as its tooltip ("Remove DE") rather than as "✕". Named
    // here, after every sync, because the editor (ui/filter/editors, edited elsewhere) rebuilds them on each change.
    for (QWidget* chip : m_value->findChildren<QWidget*>(QStringLiteral("valueChip"))) {
        if (const auto* label = chip->findChild<QLabel*>())
            chip->setAccessibleName(tr("Value %1").arg(label->toolTip()));
        if (auto* close = chip->findChild<QToolButton*>())
            close->setAccessibleName(close->toolTip());
    }
}

void RuleWidget::setFocusMarked(bool marked)
{
    if (marked == m_focusMarked)
        return;
    m_focusMarked = marked;
    applyFrameStyle();
}

void RuleWidget::applyFrameStyle()
{
    // The focused row gets the highlight colour and a tint; an invalid row keeps its red border.
    const bool invalid = m_status.state == RuleState::Invalid;
    const QString border = invalid ? QStringLiteral("#c62828")
        : m_focusMarked            ? QStringLiteral("palette(highlight)")
                                   : QStringLiteral("transparent");
    const QString background = m_focusMarked ? QStringLiteral(" background: rgba(59, 111, 216, 0.08);") : QString();
    setStyleSheet(QStringLiteral("#ruleRow { border: 1px solid %1; border-radius: 4px;%2 }").arg(border, background));
}

void RuleWidget::refreshFields()
{
    m_field->setFields(m_context->fields, m_context->offerSegments);
    if (m_orders)
        m_orders->refreshFields();
    m_editorKey.clear();
    sync(m_rule, m_path, m_status);
}

void RuleWidget::ensureOrderPanel(bool orders)
{
    if (orders == (m_orders != nullptr))
        return;
    m_field->setVisible(!orders);
    if (!orders) {
        delete m_orders->measureBox(); // placed in this row's field column
        delete m_orders;
        m_orders = nullptr;
        return;
    }
    m_orders = new OrderRulePanel(m_context, this);
    m_orders->measureBox()->setFixedWidth(s_fieldWidth);
    m_layout->addWidget(m_orders->measureBox(), 0, 1);
    m_layout->addWidget(m_orders, 2, 1, 1, 6);
    m_orders->measureBox()->show();
    m_orders->show();
    connect(m_orders, &OrderRulePanel::edited, this,
            [this](const FilterRule& rule, const QString& undoText, const QString& mergeKey) {
                m_context->document->setRule(m_path, rule, undoText, mergeKey);
            });
}

void RuleWidget::ensureValueEditor(ValueType type)
{
    const QString key = editorKey(type, m_rule);
    if (key == m_editorKey && m_value)
        return;
    m_editorKey = key;
    m_editorType = type;
    const bool hadFocus = m_value && m_value->isAncestorOf(QApplication::focusWidget());
    if (m_value) {
        m_layout->removeWidget(m_value);
        m_value->hide();
        m_value->deleteLater();
    }
    ValueEditorContext context;
    context.suggestions = m_orders ? nullptr : m_context->suggestions;
    context.suggestionKey = m_rule.field;
    context.calendarStart = m_context->asOfDate;
    const auto op = filterOperatorFromName(m_rule.operatorName);
    m_value = createValueEditor(type, op.value_or(FilterOperator::Null), context, this);
    m_value->setMinimumWidth(160);
    m_layout->addWidget(m_value, 0, 3);
    m_value->show(); // at once, not after the next event loop turn: focus and tab order need it visible
    connect(m_value, &ValueEditor::valueEdited, this, [this](const QJsonValue& value, bool typing) {
        m_context->document->setRule(m_path, RuleEdits::withValue(m_rule, value), tr("Edit value"),
                                     typing ? QStringLiteral("value") : QString());
    });
    if (hadFocus)
        focusValue();
}

void RuleWidget::applyStatus()
{
    const bool muted = m_status.state == RuleState::Muted;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_field), static_cast<QWidget*>(m_operator), static_cast<QWidget*>(m_value)}) {
        if (widget)
            widget->setEnabled(!muted);
    }
    if (m_orders)
        m_orders->setPartsEnabled(!muted);
    QString state;
    QString text;
    QString color;
    switch (m_status.state) {
    case RuleState::Complete:
        break;
    case RuleState::Muted:
        state = QStringLiteral("muted");
        text = tr("Muted: left out of the count.");
        color = QStringLiteral("palette(placeholder-text)");
        break;
    case RuleState::Incomplete:
        state = QStringLiteral("incomplete");
        text = tr("%1 Until then the rule is left out of the count.").arg(m_status.message);
        color = QStringLiteral("palette(placeholder-text)");
        break;
    case RuleState::Invalid:
        state = QStringLiteral("invalid");
        text = m_status.message;
        color = QStringLiteral("#c62828");
        break;
    }
    if (property("ruleState").toString() != state || styleSheet().isEmpty()) {
        setProperty("ruleState", state);
        applyFrameStyle();
    }
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(color.isEmpty() ? QStringLiteral("palette(text)") : color));
    m_statusLabel->setVisible(!text.isEmpty());
    setToolTip(m_status.state == RuleState::Invalid ? m_status.message : QString());
}

void RuleWidget::setFunnel(const QString& text, const QString& toolTip)
{
    m_funnel->setText(text);
    m_funnel->setToolTip(toolTip);
    m_funnel->setAccessibleDescription(toolTip);
}

QWidget* RuleWidget::firstFocusable() const
{
    return m_orders ? static_cast<QWidget*>(m_orders->measureBox()) : m_field;
}

void RuleWidget::focusValue()
{
    QWidget* target = m_value ? m_value->focusTarget() : nullptr;
    if (!target || !target->isEnabled())
        target = m_operator->currentIndex() < 0 ? static_cast<QWidget*>(m_operator) : m_field;
    if (m_orders && (!target || target == m_field))
        target = m_operator;
    if (m_rule.field.isEmpty())
        target = m_field;
    else if (m_rule.operatorName.isEmpty())
        target = m_operator;
    target->setFocus(Qt::OtherFocusReason);
}

QList<QWidget*> RuleWidget::focusChain() const
{
    QList<QWidget*> chain{firstFocusable(), m_operator};
    if (m_value)
        chain << m_value->inputs();
    if (m_orders)
        chain << m_orders->focusChain();
    chain << m_mute << m_remove;
    return chain;
}

void RuleWidget::startDrag()
{
    auto* drag = new QDrag(this);
    drag->setMimeData(FilterDragAndDrop::mimeData(m_path, FilterTree::nodeJsonText(FilterNode{m_rule})).release());
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 480), Qt::SmoothTransformation));
    drag->setHotSpot(QPoint(8, 8));
    drag->exec(Qt::MoveAction);
}

} // namespace swb
