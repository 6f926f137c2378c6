// A date (or date and time) typed the interface locale's way or as ISO text, or picked from a calendar; shown the
// locale's way ("31/12/2026" in French), given to the rule as ISO text; empty until the user chooses one.
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
    // A finished date typed as ISO text or the short local way (31.03.24) is rewritten the locale's way.
    void normalizeTyped();
    // "31.12.2026 08:15" → "2026-12-31 08:15"; empty when the date part is not a date.
    QString isoText(const QString& text) const;
    // "2026-12-31 08:15" → "31.12.2026 08:15"; `iso` unchanged when it is not an ISO date.
    QString localText(const QString& iso) const;

    ValueType m_type;
    QDate m_calendarStart;
    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QMenu* m_menu = nullptr;
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace swb
