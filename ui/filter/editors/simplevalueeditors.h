// The one-value editors: nothing (null/notNull), a number spin box, text with completion, yes/no.
#pragma once

#include "ui/filter/editors/valueeditor.h"

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace swb {

class NumberSpinBox;

// Operators without a value (is empty / is not empty): keeps the row's columns aligned.
class NoValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit NoValueEditor(QWidget* parent = nullptr);
    QJsonValue value() const override { return QJsonValue(QJsonValue::Undefined); }
    void setValue(const QJsonValue&) override { }
    QWidget* focusTarget() override { return nullptr; }
};

// Whole or decimal numbers; with a suffix for days ("90 days").
class NumberValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    NumberValueEditor(ValueType type, const QString& suffix, QWidget* parent = nullptr);
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* focusTarget() override;
    NumberSpinBox* spinBox() const { return m_spinBox; }

private:
    NumberSpinBox* m_spinBox = nullptr;
};

// Free text (and ISO dates with the pattern operators), completing from the column's distinct values.
class TextValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    TextValueEditor(const ValueEditorContext& context, QWidget* parent = nullptr);
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* focusTarget() override;
    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }

private:
    void refreshSuggestions();

    ValueEditorContext m_context;
    QLineEdit* m_edit = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_model = nullptr;
};

class BooleanValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit BooleanValueEditor(QWidget* parent = nullptr);
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* focusTarget() override;
    QComboBox* comboBox() const { return m_combo; }

private:
    QComboBox* m_combo = nullptr;
};

} // namespace swb
