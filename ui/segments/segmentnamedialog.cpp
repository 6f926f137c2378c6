#include "ui/segments/segmentnamedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb {

SegmentNameDialog::SegmentNameDialog(const QString& title, const QString& prompt, const QString& initialName,
                                     Check check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_edit(new QLineEdit(initialName))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    auto* label = new QLabel(prompt);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setMaxLength(100);
    m_edit->setMinimumWidth(320);
    m_edit->selectAll();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &SegmentNameDialog::validate);
    validate();
}

QString SegmentNameDialog::name() const
{
    return m_edit->text().trimmed();
}

QString SegmentNameDialog::basicProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name.");
    if (trimmed.contains(QLatin1Char(',')))
        return tr("A segment name cannot contain a comma: definitions list segment names separated by commas.");
    if (trimmed.size() > 100)
        return tr("Use at most 100 characters.");
    return {};
}

QString SegmentNameDialog::clashingName(const QStringList& names, const QString& name)
{
    for (const QString& existing : names) {
        if (existing.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return existing;
    }
    return {};
}

void SegmentNameDialog::validate()
{
    QString problem = basicProblem(m_edit->text());
    if (problem.isEmpty() && m_check)
        problem = m_check(name());
    // An empty field needs no red text: the disabled OK button says enough.
    m_problem->setText(m_edit->text().trimmed().isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace swb
