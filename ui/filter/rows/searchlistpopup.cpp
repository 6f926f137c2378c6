#include "ui/filter/rows/searchlistpopup.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace swb {

namespace {
constexpr int s_keyRole = Qt::UserRole + 1;
constexpr int s_headerRole = Qt::UserRole + 2;
} // namespace

SearchListPopup::SearchListPopup(Mode mode, QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_mode(mode)
    , m_search(new QLineEdit)
    , m_list(new QListWidget)
{
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(false);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the search line; arrows move in the list
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 3px 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &SearchListPopup::applySearch);
    connect(m_list, &QListWidget::itemClicked, this, &SearchListPopup::activate);
}

void SearchListPopup::setEntries(const QList<Entry>& entries)
{
    m_entries = entries;
    m_list->clear();
    QFont headerFont = m_list->font();
    headerFont.setBold(true);
    for (const Entry& entry : entries) {
        auto* item = new QListWidgetItem(entry.text, m_list);
        item->setData(s_keyRole, entry.key);
        item->setData(s_headerRole, entry.header);
        item->setToolTip(entry.toolTip);
        if (entry.header) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setFont(headerFont);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            // Check boxes are shown but toggled here (a click anywhere on the row, or Enter), not by the view.
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (m_mode == Mode::CheckMany)
                item->setCheckState(entry.checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    auto* empty = new QListWidgetItem(m_emptyText.isEmpty() ? tr("Nothing matches.") : m_emptyText, m_list);
    empty->setFlags(Qt::NoItemFlags);
    empty->setData(s_headerRole, true);
    empty->setData(s_keyRole,
                   QStringLiteral("\x1f"
                                  "empty"));
    applySearch(m_search->text());
}

void SearchListPopup::setEmptyText(const QString& text)
{
    m_emptyText = text;
}

void SearchListPopup::setCurrentKey(const QString& key)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (!item->isHidden() && !item->data(s_headerRole).toBool() && item->data(s_keyRole).toString() == key) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

void SearchListPopup::popup(QWidget* anchor, const QString& search)
{
    m_search->setText(search);
    const QPoint below = anchor->mapToGlobal(QPoint(0, anchor->height()));
    const int rows = std::clamp(int(m_list->count()), 4, 14);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 6;
    const int width = std::max({anchor->width(), 280, m_list->sizeHintForColumn(0) + 40});
    resize(width, m_search->sizeHint().height() + rows * rowHeight + 20);
    QPoint position = below;
    if (const QScreen* screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        if (position.y() + height() > available.bottom())
            position.setY(anchor->mapToGlobal(QPoint(0, 0)).y() - height());
        position.setX(
            std::clamp(position.x(), available.left(), std::max(available.left(), available.right() - width)));
    }
    move(position);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
    m_search->end(false);
}

void SearchListPopup::applySearch(const QString& text)
{
    const QString needle = text.trimmed();
    QListWidgetItem* header = nullptr;
    QListWidgetItem* empty = nullptr;
    bool headerHasMatch = false;
    int matches = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (item->flags() == Qt::NoItemFlags) {
            empty = item;
            continue;
        }
        if (item->data(s_headerRole).toBool()) {
            if (header)
                header->setHidden(!headerHasMatch);
            header = item;
            headerHasMatch = false;
            continue;
        }
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive)
            || item->data(s_keyRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        headerHasMatch = headerHasMatch || match;
        matches += match ? 1 : 0;
    }
    if (header)
        header->setHidden(!headerHasMatch);
    if (empty)
        empty->setHidden(matches > 0);
    QListWidgetItem* current = m_list->currentItem();
    if (!current || current->isHidden() || current->data(s_headerRole).toBool()) {
        m_list->setCurrentItem(nullptr);
        moveCurrent(1);
    }
}

void SearchListPopup::moveCurrent(int steps)
{
    const int direction = steps > 0 ? 1 : -1;
    int row = m_list->currentRow();
    for (int remaining = std::abs(steps); remaining > 0; --remaining) {
        int next = row + direction;
        while (next >= 0 && next < m_list->count()
               && (m_list->item(next)->isHidden() || m_list->item(next)->data(s_headerRole).toBool()))
            next += direction;
        if (next < 0 || next >= m_list->count())
            break;
        row = next;
    }
    if (row >= 0 && row < m_list->count() && row != m_list->currentRow()) {
        m_list->setCurrentRow(row);
        m_list->scrollToItem(m_list->item(row));
    }
}

void SearchListPopup::activate(QListWidgetItem* item)
{
    if (!item || item->isHidden() || item->data(s_headerRole).toBool())
        return;
    const QString key = item->data(s_keyRole).toString();
    if (m_mode == Mode::PickOne) {
        hide();
        emit picked(key);
        return;
    }
    const bool checked = item->checkState() != Qt::Checked;
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    emit checkedChanged(key, checked);
}

bool SearchListPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(8);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-8);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_list->currentItem());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SearchListPopup::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    emit closed();
}

} // namespace swb
