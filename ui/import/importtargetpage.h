// Import wizard, third page: how the file's rows meet the rows already in the workspace (replace, append, upsert).
#pragma once

#include "model/import/importtypes.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace swb {

class DerivedFieldsEditor;

class ImportTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportTargetPage(QWidget* parent = nullptr);

    ImportMode mode() const;
    void setMode(ImportMode mode);
    bool strict() const;
    void setStrict(bool strict);

    void initializePage() override;
    // Orders: the customer fields to derive from order columns.
    DerivedFieldsEditor* derivedFields() const { return m_derived; }

private:
    QRadioButton* m_replace = nullptr;
    QRadioButton* m_append = nullptr;
    QRadioButton* m_upsert = nullptr;
    QCheckBox* m_strict = nullptr;
    QLabel* m_summary = nullptr;
    DerivedFieldsEditor* m_derived = nullptr;
};

} // namespace swb
