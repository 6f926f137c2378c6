// Import wizard, first page: the file and what it holds (customers or orders).
#pragma once

#include "model/import/importtypes.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace swb {

class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget* parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString& path);
    ImportKind kind() const;
    void setKind(ImportKind kind);

    bool isComplete() const override;

private:
    void browse();
    void updateInfo();
    void guessKind();

    QLineEdit* m_path = nullptr;
    QLabel* m_info = nullptr;
    QRadioButton* m_customers = nullptr;
    QRadioButton* m_orders = nullptr;
    bool m_kindChosen = false;
};

} // namespace swb
