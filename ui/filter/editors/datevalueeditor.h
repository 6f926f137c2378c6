// A date (or date and time) typed as ISO text or picked from a calendar; empty until the user chooses one.
#pragma once

#include "ui/filter/editors/valueeditor.h"

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace swb {

class DateValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    DateValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent = nullptr);
    ~DateValueEditor() override;

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* focusTarget() override;

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    QCalendarWidget* calendar() const { return m_calendar; }

private:
    void prepareCalendar();
    void pick(QDate date);
    // A date typed the local way (31.03.2024, 3/31/2024) becomes the ISO date the field takes.
    void normalizeTyped();

    ValueType m_type;
    QDate m_calendarStart;
    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QMenu* m_menu = nullptr;
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace swb
