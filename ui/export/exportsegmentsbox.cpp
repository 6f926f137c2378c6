#include "ui/export/exportsegmentsbox.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace swb {

ExportSegmentsBox::ExportSegmentsBox(QWidget* parent)
    : QGroupBox(tr("Several segments"), parent)
{
    setObjectName(QStringLiteral("severalSegments"));
    auto* layout = new QVBoxLayout(this);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("multiLayout"));
    m_layout->addItem(tr("One file, a \"segments\" column naming each customer's segments"),
                      QVariant::fromValue(int(MultiLayout::SegmentsColumn)));
    m_layout->addItem(tr("One file, a 1/0 column per segment"), QVariant::fromValue(int(MultiLayout::Columns)));
    m_layout->addItem(tr("Excel workbook, one sheet per segment and a summary sheet"),
                      QVariant::fromValue(int(MultiLayout::Sheets)));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_layout);
    layout->addWidget(m_hint);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ExportSegmentsBox::multiLayoutChanged);
    setChecked(0, 0);
}

MultiLayout ExportSegmentsBox::multiLayout() const
{
    return MultiLayout(m_layout->currentData().toInt());
}

void ExportSegmentsBox::setMultiLayout(MultiLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

void ExportSegmentsBox::setChecked(int segments, int others)
{
    m_applies = segments >= 2 && others == 0;
    m_layout->setEnabled(m_applies);
    if (m_applies)
        m_hint->setText(tr("%n checked segment(s) go into one export, laid out as chosen here.", nullptr, segments));
    else if (segments >= 2)
        m_hint->setText(tr("Check only saved segments to say who is in which: with other entries checked, the "
                           "export holds everyone checked, without segment columns."));
    else
        m_hint->setText(tr("Check two or more saved segments under Customers to export them together."));
}

} // namespace swb
