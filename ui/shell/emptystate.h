// A centred message for a page that has nothing to show yet: what will be here and what to do.
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QVBoxLayout;
class QPushButton;

namespace swb {

class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);

    // Smaller title and icon, for docks and side panels.
    void setCompact(bool compact);
    void setIcon(const QIcon& icon);
    void setTitle(const QString& title);
    void setText(const QString& text);
    // Adds a button under the text; the first one added is the default action.
    QPushButton* addButton(const QString& text, const QIcon& icon = {});

private:
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QWidget* m_buttons = nullptr;
    int m_iconSize = 64;
};

} // namespace swb
