#include "ui/shell/emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addStretch(2);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->hide();
    layout->addWidget(m_icon);

    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    // Stretches on both sides instead of an alignment flag: an aligned label gets its one-line width and a
    // wrapped text would be cut off.
    auto* textRow = new QHBoxLayout;
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMaximumWidth(540);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    textRow->addStretch();
    textRow->addWidget(m_text, 100);
    textRow->addStretch();
    layout->addLayout(textRow);

    m_buttons = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 8, 0, 0);
    buttons->setSpacing(8);
    buttons->addStretch();
    buttons->addStretch();
    m_buttons->hide();
    layout->addWidget(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setCompact(bool compact)
{
    QFont titleFont = font();
    titleFont.setBold(true);
    if (!compact)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_iconSize = compact ? 32 : 64;
    layout()->setContentsMargins(compact ? QMargins(12, 12, 12, 12) : QMargins(24, 24, 24, 24));
}

void EmptyState::setIcon(const QIcon& icon)
{
    m_icon->setPixmap(icon.pixmap(m_iconSize, m_iconSize));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

QPushButton* EmptyState::addButton(const QString& text, const QIcon& icon)
{
    auto* button = new QPushButton(icon, text, m_buttons);
    auto* layout = static_cast<QHBoxLayout*>(m_buttons->layout());
    const bool first = layout->count() == 2;
    button->setDefault(first);
    button->setAutoDefault(first);
    layout->insertWidget(layout->count() - 1, button);
    m_buttons->show();
    return button;
}

} // namespace swb
