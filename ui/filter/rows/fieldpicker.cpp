#include "ui/filter/rows/fieldpicker.h"

#include "model/filter/filterresolver.h"
#include "ui/filter/rows/searchlistpopup.h"

#include <QKeyEvent>
#include <QStandardItemModel>

namespace swb {

namespace {

constexpr int s_nameRole = Qt::UserRole + 1;
constexpr int s_typeRole = Qt::UserRole + 2;

// The groups in the order the popup lists them.
const QList<ValueType> s_groupOrder
    = {ValueType::Text, ValueType::Integer, ValueType::Date, ValueType::Boolean, ValueType::Segment};

ValueType groupOf(ValueType type)
{
    if (type == ValueType::Real)
        return ValueType::Integer;
    if (type == ValueType::DateTime)
        return ValueType::Date;
    return type;
}

} // namespace

FieldPicker::FieldPicker(QWidget* parent)
    : QComboBox(parent)
    , m_popup(new SearchListPopup(SearchListPopup::Mode::PickOne, this))
{
    setPlaceholderText(tr("Choose a field…"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    m_popup->setEmptyText(tr("No field matches."));
    connect(m_popup, &SearchListPopup::picked, this, &FieldPicker::choose);
}

void FieldPicker::setFields(const QList<FieldInfo>& fields, bool segments)
{
    const QString current = currentField();
    auto* model = new QStandardItemModel(this);
    for (ValueType group : s_groupOrder) {
        for (const FieldInfo& field : fields) {
            const ValueType type = valueTypeOf(field.type);
            if (groupOf(type) != group)
                continue;
            auto* item = new QStandardItem(fieldLabel(field));
            item->setData(field.name, s_nameRole);
            item->setData(int(type), s_typeRole);
            //: Tooltip of a field: its column name in the workspace and its type
            item->setToolTip(tr("Column %1 (%2)").arg(field.name, ValueTypeText::groupTitle(type)));
            model->appendRow(item);
        }
        if (group == ValueType::Segment && segments) {
            auto* item = new QStandardItem(tr("Segment"));
            item->setData(FilterResolver::segmentField(), s_nameRole);
            item->setData(int(ValueType::Segment), s_typeRole);
            item->setToolTip(tr("Membership in saved segments (%1)").arg(FilterResolver::segmentField()));
            model->appendRow(item);
        }
    }
    setModel(model); // deletes the previous model, which has this picker as parent
    setCurrentField(current);
}

void FieldPicker::setCurrentField(const QString& name)
{
    int index = name.isEmpty() ? -1 : findData(name, s_nameRole);
    if (index < 0 && !name.isEmpty()) {
        // Keep showing a field the workspace does not have (the rule is marked invalid with the reason).
        auto* model = qobject_cast<QStandardItemModel*>(this->model());
        if (model) {
            auto* item = new QStandardItem(name);
            item->setData(name, s_nameRole);
            item->setData(int(ValueType::Unknown), s_typeRole);
            item->setToolTip(tr("The workspace has no field \"%1\".").arg(name));
            model->appendRow(item);
            index = count() - 1;
        }
    }
    if (index != currentIndex())
        setCurrentIndex(index);
    setToolTip(index >= 0 ? itemData(index, Qt::ToolTipRole).toString() : QString());
}

QString FieldPicker::currentField() const
{
    return currentIndex() >= 0 ? currentData(s_nameRole).toString() : QString();
}

ValueType FieldPicker::typeOf(const QString& name) const
{
    const int index = findData(name, s_nameRole);
    return index < 0 ? ValueType::Unknown : ValueType(itemData(index, s_typeRole).toInt());
}

void FieldPicker::showPopup()
{
    openPopup({});
}

void FieldPicker::hidePopup()
{
    m_popup->hide();
}

void FieldPicker::openPopup(const QString& search)
{
    QList<SearchListPopup::Entry> entries;
    ValueType lastGroup = ValueType::Unknown;
    for (int i = 0; i < count(); ++i) {
        const auto type = ValueType(itemData(i, s_typeRole).toInt());
        if (type == ValueType::Unknown)
            continue;
        if (groupOf(type) != lastGroup || i == 0) {
            lastGroup = groupOf(type);
            entries.append({ValueTypeText::groupTitle(type), {}, {}, true, false});
        }
        entries.append(
            {itemText(i), itemData(i, s_nameRole).toString(), itemData(i, Qt::ToolTipRole).toString(), false, false});
    }
    m_popup->setEntries(entries);
    m_popup->setCurrentKey(currentField());
    m_popup->popup(this, search);
}

void FieldPicker::choose(const QString& name)
{
    setFocus(Qt::PopupFocusReason);
    if (name == currentField())
        return;
    setCurrentField(name);
    emit fieldChosen(name);
}

void FieldPicker::keyPressEvent(QKeyEvent* event)
{
    // Typing on the closed picker starts a search with what was typed.
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        openPopup(text);
        return;
    }
    QComboBox::keyPressEvent(event);
}

} // namespace swb
