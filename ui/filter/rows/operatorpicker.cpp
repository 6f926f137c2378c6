#include "ui/filter/rows/operatorpicker.h"

#include <QTimer>

namespace swb {

OperatorPicker::OperatorPicker(QWidget* parent)
    : QComboBox(parent)
{
    setPlaceholderText(tr("Operator"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (const auto op = filterOperatorFromName(itemData(index).toString()))
            emit operatorChosen(*op, m_listClosing);
    });
}

void OperatorPicker::showPopup()
{
    m_listOpen = true;
    QComboBox::showPopup();
}

void OperatorPicker::hidePopup()
{
    // QComboBox closes the list, then emits activated() for the item picked in it. (It also calls hidePopup()
    // when the list was not open, e.g. while its items change: that is no pick from the list.)
    if (m_listOpen) {
        m_listOpen = false;
        m_listClosing = true;
        QTimer::singleShot(0, this, [this] { m_listClosing = false; });
    }
    QComboBox::hidePopup();
}

void OperatorPicker::setChoices(ValueType type, const QString& operatorName)
{
    setChoices(type, operatorName, operatorsFor(type));
}

void OperatorPicker::setChoices(ValueType type, const QString& operatorName, const QList<FilterOperator>& offered)
{
    QStringList names;
    for (FilterOperator op : offered)
        names << filterOperatorName(op);
    if (!operatorName.isEmpty() && !names.contains(operatorName))
        names << operatorName;
    QStringList shown;
    for (int i = 0; i < count(); ++i)
        shown << itemData(i).toString();
    if (type != m_type || shown != names) {
        m_type = type;
        clear();
        for (const QString& name : std::as_const(names)) {
            const auto op = filterOperatorFromName(name);
            addItem(op ? ValueTypeText::operatorLabel(*op, type) : name, name);
            //: Tooltip of an operator: its name in the saved definition (JSON)
            setItemData(count() - 1, tr("In the definition: \"%1\"").arg(name), Qt::ToolTipRole);
        }
    }
    setCurrentIndex(findData(operatorName));
    setEnabled(type != ValueType::Unknown || !operatorName.isEmpty());
}

QString OperatorPicker::currentOperator() const
{
    return currentIndex() >= 0 ? currentData().toString() : QString();
}

} // namespace swb
