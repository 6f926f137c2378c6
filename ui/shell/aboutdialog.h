// Help → About: the version, the build date, what the program is for, and the third-party libraries it uses with
// their versions and licences.
#pragma once

#include <QDialog>

class QLabel;

namespace swb {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The texts shown (for tests and screen readers): the heading with the version and build date, and the table
    // of libraries.
    QString headingText() const;
    QString licencesText() const;

private:
    QLabel* m_heading = nullptr;
    QLabel* m_licences = nullptr;
};

} // namespace swb
