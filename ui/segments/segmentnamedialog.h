// Asks for a segment name (save as, rename, duplicate) and checks it while it is typed.
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace swb {

class SegmentNameDialog : public QDialog
{
    Q_OBJECT

public:
    // `check` returns why a name cannot be used, or an empty string when it can.
    using Check = std::function<QString(const QString& name)>;

    SegmentNameDialog(const QString& title, const QString& prompt, const QString& initialName, Check check,
                      QWidget* parent = nullptr);

    QString name() const;
    QLineEdit* nameEdit() const { return m_edit; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // The rules every segment name follows (besides being unused): not empty, no comma (definitions list segment
    // names separated by commas), at most 100 characters. Returns the problem or an empty string.
    static QString basicProblem(const QString& name);
    // The name in `names` that `name` would clash with (names are unique regardless of case), or "".
    static QString clashingName(const QStringList& names, const QString& name);

private:
    void validate();

    Check m_check;
    QLineEdit* m_edit = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace swb
