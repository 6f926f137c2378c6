#include "ui/filter/countpanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace swb {

CountPanel::CountPanel(QWidget* parent)
    : QFrame(parent)
    , m_number(new QLabel(QStringLiteral("—")))
    , m_unit(new QLabel)
    , m_detail(new QLabel)
{
    setObjectName(QStringLiteral("countPanel"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The same plural message as in showCount() (0: no count yet), so that translations can give its plural forms.
    m_unit->setText(tr("customers", nullptr, 0));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_detail->setMinimumWidth(260);
    // Room for two lines always, so that the page header does not jump as notes come and go.
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(0);
    layout->addWidget(m_number, 0, 0, Qt::AlignBottom);
    layout->addWidget(m_unit, 0, 1, Qt::AlignBottom | Qt::AlignLeft);
    layout->addWidget(m_detail, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    m_unit->setContentsMargins(0, 0, 0, 4);
    setAccessibleName(tr("Segment size"));
    m_number->setAccessibleName(tr("Customers in the segment"));
    updateAccessibleText();
}

void CountPanel::updateAccessibleText()
{
    const QString detail = m_detail->text().replace(QLatin1Char('\n'), QStringLiteral("; "));
    const QString description
        = m_count < 0 ? tr("No count. %1").arg(detail) : tr("%1 %2. %3").arg(m_number->text(), m_unit->text(), detail);
    setAccessibleDescription(description);
    m_number->setAccessibleDescription(description);
}

void CountPanel::showCounting()
{
    m_number->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_detail->setText(tr("Counting…"));
    updateAccessibleText();
}

void CountPanel::showCount(qint64 count, qint64 total, const QString& note)
{
    m_count = count;
    const QLocale locale;
    m_number->setStyleSheet(QString());
    m_number->setText(locale.toString(count));
    m_unit->setText(tr("customers", nullptr, int(std::min<qint64>(count, 1000000))));
    const double share = total > 0 ? 100.0 * double(count) / double(total) : 0.0;
    QString detail = tr("%1% of %2 customers").arg(locale.toString(share, 'f', 1), locale.toString(total));
    if (!note.isEmpty())
        detail += QLatin1Char('\n') + note;
    m_detail->setText(detail);
    updateAccessibleText();
}

void CountPanel::showUnavailable(const QString& reason)
{
    m_count = -1;
    m_number->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_number->setText(QStringLiteral("—"));
    m_detail->setText(reason);
    updateAccessibleText();
}

QString CountPanel::numberText() const
{
    return m_number->text();
}

QString CountPanel::detailText() const
{
    return m_detail->text();
}

} // namespace swb
