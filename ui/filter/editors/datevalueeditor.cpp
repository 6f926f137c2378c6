#include "ui/filter/editors/datevalueeditor.h"

#include "ui/customers/valueformat.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace swb {

DateValueEditor::DateValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent)
    : ValueEditor(parent)
    , m_type(type)
    , m_calendarStart(context.calendarStart.isValid() ? context.calendarStart : QDate::currentDate())
    , m_edit(new QLineEdit)
    , m_button(new QToolButton)
{
    //: Placeholder of a date field; keep the ISO pattern, it is what the field takes
    m_edit->setPlaceholderText(type == ValueType::DateTime ? tr("YYYY-MM-DD [HH:MM:SS]") : tr("YYYY-MM-DD"));
    m_edit->setMinimumWidth(type == ValueType::DateTime ? 170 : 110);
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Type a date as 2024-03-31 (or as this computer writes dates), or pick one from the "
                          "calendar."));

    m_menu = new QMenu(this);
    m_calendar = new QCalendarWidget(m_menu);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    auto* action = new QWidgetAction(m_menu);
    action->setDefaultWidget(m_calendar);
    m_menu->addAction(action);

    m_button->setIcon(QIcon::fromTheme(QStringLiteral("x-office-calendar")));
    if (m_button->icon().isNull())
        m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Pick a date"));
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setFocusPolicy(Qt::NoFocus); // the text is the keyboard path; Alt+Down opens the calendar there

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_button);
    layout->addStretch(1);
    setFocusProxy(m_edit);

    connect(m_menu, &QMenu::aboutToShow, this, &DateValueEditor::prepareCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateValueEditor::pick);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateValueEditor::pick);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { emit valueEdited(value(), true); });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateValueEditor::normalizeTyped);
    auto* open = new QAction(m_edit);
    open->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, m_button, &QToolButton::showMenu);
    m_edit->addAction(open);
}

DateValueEditor::~DateValueEditor()
{
    // The text field loses the focus while QWidget's destructor deletes it, and would then report the end of an
    // edit to this no longer complete object.
    m_edit->disconnect(this);
}

void DateValueEditor::prepareCalendar()
{
    const QDate current = QDate::fromString(m_edit->text().trimmed().left(10), Qt::ISODate);
    const QDate shown = current.isValid() ? current : m_calendarStart;
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
}

void DateValueEditor::pick(QDate date)
{
    if (!date.isValid())
        return;
    // A date and time field keeps the time that was typed.
    QString text = date.toString(Qt::ISODate);
    const QString old = m_edit->text().trimmed();
    if (m_type == ValueType::DateTime && old.size() > 10)
        text += old.mid(10);
    m_edit->setText(text);
    m_menu->close();
    emit valueEdited(value(), false);
}

void DateValueEditor::normalizeTyped()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || QDate::fromString(text.left(10), Qt::ISODate).isValid())
        return;
    // The date, then for a date and time field the time after the first space.
    const qsizetype space = m_type == ValueType::DateTime ? text.indexOf(QLatin1Char(' ')) : -1;
    const QString datePart = space < 0 ? text : text.left(space);
    const QLocale locale;
    QDate date = locale.toDate(datePart, ValueFormat::dateFormat(locale));
    if (!date.isValid())
        date = locale.toDate(datePart, QLocale::ShortFormat);
    if (!date.isValid())
        return; // left as typed: the rule shows why it is not a date
    m_edit->setText(date.toString(Qt::ISODate) + (space < 0 ? QString() : text.mid(space)));
    emit valueEdited(value(), false);
}

QJsonValue DateValueEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

void DateValueEditor::setValue(const QJsonValue& value)
{
    if (value == this->value())
        return;
    m_edit->setText(itemText(value, m_type));
}

QWidget* DateValueEditor::focusTarget()
{
    return m_edit;
}

} // namespace swb
