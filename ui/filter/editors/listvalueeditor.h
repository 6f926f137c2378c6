// Several values for in/notIn: chips, an input that takes typed or pasted values ("DE, AT\nCH" adds three) with
// completion, and a checklist of the column's values (or of the saved segments).
#pragma once

#include "ui/filter/editors/valueeditor.h"

#include <QJsonArray>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace swb {

class FlowLayout;
class SearchListPopup;

class ListValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    ListValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* focusTarget() override;

    // Adds items (duplicates are skipped) as one edit; what clipboard paste and Enter do.
    void addItems(const QStringList& texts);
    void removeItem(int index);
    QStringList itemTexts() const;

    QLineEdit* input() const { return m_input; }
    QToolButton* chooseButton() const { return m_choose; }
    SearchListPopup* chooser() const { return m_popup; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commitInput();
    void rebuildChips();
    void openChooser();
    void fillChooser(); // the column's values (or segment names), the chosen ones ticked
    void setItems(const QJsonArray& items, bool typing);
    QStringList suggestions() const;

    ValueType m_type;
    ValueEditorContext m_context;
    QJsonArray m_items;
    QWidget* m_area = nullptr;
    FlowLayout* m_flow = nullptr;
    QList<QWidget*> m_chips;
    QLineEdit* m_input = nullptr;
    QToolButton* m_choose = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completionModel = nullptr;
    SearchListPopup* m_popup = nullptr;
};

} // namespace swb
