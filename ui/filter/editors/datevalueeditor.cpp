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
    // An example date written the locale's way shows the order of day, month and year.
    const QString example = localText(QStringLiteral("2026-12-31"));
    m_edit->setPlaceholderText(type == ValueType::DateTime ? example + QStringLiteral(" [08:15:00]") : example);
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
    const QDate current = QDate::fromString(isoText(m_edit->text()).left(10), Qt::ISODate);
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
    const QString old = isoText(m_edit->text());
    if (m_type == ValueType::DateTime && old.size() > 10)
        text += old.mid(10);
    m_edit->setText(localText(text));
    m_menu->close();
    emit valueEdited(value(), false);
}

void DateValueEditor::normalizeTyped()
{
    const QString text = m_edit->text().trimmed();
    QString iso = isoText(text);
    if (iso.isEmpty()) {
        // A two-digit year (31.03.24) is only taken once the typing is finished.
        const qsizetype space = m_type == ValueType::DateTime ? text.indexOf(QLatin1Char(' ')) : -1;
        const QLocale locale;
        QDate date = locale.toDate(space < 0 ? text : text.left(space), QLocale::ShortFormat);
        // Qt 6.4 reads a two-digit year as 19xx; people mean 1950 to 2049.
        if (date.isValid() && date.year() < 1950 && !locale.dateFormat(QLocale::ShortFormat).contains(u"yyyy"))
            date = date.addYears(100);
        if (!date.isValid() || date.year() < 1000)
            return; // left as typed: the rule shows why it is not a date
        iso = date.toString(Qt::ISODate) + (space < 0 ? QString() : text.mid(space));
    }
    const QString shown = localText(iso);
    if (shown == m_edit->text())
        return;
    m_edit->setText(shown);
    emit valueEdited(value(), false);
}

QString DateValueEditor::isoText(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (QDate::fromString(trimmed.left(10), Qt::ISODate).isValid())
        return trimmed;
    // The date, then for a date and time field the time after the first space.
    const qsizetype space = m_type == ValueType::DateTime ? trimmed.indexOf(QLatin1Char(' ')) : -1;
    const QLocale locale;
    const QDate date = locale.toDate(space < 0 ? trimmed : trimmed.left(space), ValueFormat::dateFormat(locale));
    // Four-digit years only: "31/12/20", half typed, is not the year 20.
    if (!date.isValid() || date.year() < 1000)
        return {};
    return date.toString(Qt::ISODate) + (space < 0 ? QString() : trimmed.mid(space));
}

QString DateValueEditor::localText(const QString& iso) const
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    const QLocale locale;
    // The C locale (no language chosen, tests) has no short date of its own: ISO is the plain way there.
    if (!date.isValid() || locale.language() == QLocale::C)
        return iso;
    return locale.toString(date, ValueFormat::dateFormat(locale)) + iso.mid(10);
}

QJsonValue DateValueEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // Text that is not a date goes to the rule as typed, which then says why it is invalid.
    const QString iso = isoText(text);
    return QJsonValue(iso.isEmpty() ? text : iso);
}

void DateValueEditor::setValue(const QJsonValue& value)
{
    if (value == this->value())
        return;
    m_edit->setText(localText(itemText(value, m_type)));
}

QWidget* DateValueEditor::focusTarget()
{
    return m_edit;
}

} // namespace swb
