// The builder's count: how many customers the definition selects, its share of the base, and why it may be missing.
#pragma once

#include <QFrame>

class QLabel;

namespace swb {

class CountPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CountPanel(QWidget* parent = nullptr);

    void showCounting(); // keeps the last number, dimmed
    void showCount(qint64 count, qint64 total, const QString& note = {});
    void showUnavailable(const QString& reason); // no number: the definition cannot be counted

    qint64 count() const { return m_count; } // -1 while unknown
    QString numberText() const;
    QString detailText() const;

private:
    // The number, its unit and the detail in one sentence for screen readers.
    void updateAccessibleText();

    QLabel* m_number = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_detail = nullptr;
    qint64 m_count = -1;
};

} // namespace swb
