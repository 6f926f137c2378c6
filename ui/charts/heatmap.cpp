#include "ui/charts/heatmap.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace swb {

// The painted grid: labels on the left and top, cells shaded from the base colour (0%) to the highlight (100%).
class HeatmapView : public QWidget
{
public:
    explicit HeatmapView(Heatmap* owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setMinimumSize(200, 160);
    }

    QRect cellRect(int row, int column) const
    {
        const Geometry g = geometry();
        return QRect(g.left + column * g.cell.width(), g.top + row * g.cell.height(), g.cell.width(), g.cell.height());
    }

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* event) override
    {
        const auto [row, column] = cellAt(event->position().toPoint());
        if (row < 0)
            return;
        m_current = {row, column};
        update();
        emit m_owner->cellActivated(row, column);
    }
    void mouseMoveEvent(QMouseEvent* event) override
    {
        const auto [row, column] = cellAt(event->position().toPoint());
        if (row < 0) {
            QToolTip::hideText();
            return;
        }
        const QLocale locale;
        QToolTip::showText(event->globalPosition().toPoint(),
                           Heatmap::tr("%1 and %2: %3 customers, %4% of %1")
                               .arg(m_owner->m_labels[row], m_owner->m_labels[column],
                                    locale.toString(m_owner->m_counts[row][column]),
                                    locale.toString(100.0 * m_owner->rowShare(row, column), 'f', 1)),
                           this);
    }
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Geometry
    {
        int left = 0;
        int top = 0;
        int title = 0; // height of the title line
        QSize cell;
    };
    Geometry geometry() const
    {
        const int n = std::max<int>(1, int(m_owner->m_labels.size()));
        const QFontMetrics metrics(font());
        int labelWidth = 0;
        for (const QString& label : m_owner->m_labels)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
        Geometry g;
        g.left = std::min(labelWidth + 12, width() / 3);
        g.title = m_owner->title().isEmpty() ? 0 : metrics.height() + 8;
        g.top = g.title + metrics.height() * 2 + 8;
        g.cell = QSize(std::max(24, (width() - g.left - 4) / n),
                       std::max(metrics.height() * 2 + 6, (height() - g.top - 4) / n));
        return g;
    }
    std::pair<int, int> cellAt(QPoint point) const
    {
        const Geometry g = geometry();
        const int n = int(m_owner->m_labels.size());
        const int column = point.x() < g.left ? -1 : (point.x() - g.left) / g.cell.width();
        const int row = point.y() < g.top ? -1 : (point.y() - g.top) / g.cell.height();
        if (row < 0 || column < 0 || row >= n || column >= n)
            return {-1, -1};
        return {row, column};
    }

    Heatmap* m_owner;
    std::pair<int, int> m_current{0, 0};
};

void HeatmapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const Geometry g = geometry();
    const int n = int(m_owner->m_labels.size());
    const QFontMetrics metrics(font());
    const QColor low = palette().color(QPalette::Base);
    const QColor high = palette().color(QPalette::Highlight);
    const QLocale locale;
    if (g.title > 0) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(0, 2, width(), g.title), Qt::AlignHCenter | Qt::AlignTop, m_owner->title());
        painter.setFont(font());
    }
    for (int i = 0; i < n; ++i) {
        const QRect rowLabel(0, g.top + i * g.cell.height(), g.left - 6, g.cell.height());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rowLabel, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_owner->m_labels[i], Qt::ElideRight, rowLabel.width()));
        const QRect columnLabel(g.left + i * g.cell.width(), g.title, g.cell.width(), g.top - g.title - 4);
        painter.drawText(columnLabel, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         metrics.elidedText(m_owner->m_labels[i], Qt::ElideRight, columnLabel.width() * 2));
    }
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < n; ++column) {
            const QRect cell = cellRect(row, column).adjusted(1, 1, -1, -1);
            const double share = m_owner->rowShare(row, column);
            const QColor fill = QColor::fromRgbF(low.redF() + (high.redF() - low.redF()) * share,
                                                 low.greenF() + (high.greenF() - low.greenF()) * share,
                                                 low.blueF() + (high.blueF() - low.blueF()) * share);
            painter.fillRect(cell, fill);
            painter.setPen(share > 0.55 ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::Text));
            const QString text = locale.toString(m_owner->m_counts[row][column]) + QLatin1Char('\n')
                + locale.toString(100.0 * share, 'f', 1) + QLatin1Char('%');
            painter.drawText(cell, Qt::AlignCenter, text);
            if (hasFocus() && m_current == std::pair(row, column)) {
                painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
                painter.drawRect(cell.adjusted(1, 1, -2, -2));
            }
        }
    }
}

void HeatmapView::keyPressEvent(QKeyEvent* event)
{
    const int n = int(m_owner->m_labels.size());
    auto& [row, column] = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        column = std::max(0, column - 1);
        break;
    case Qt::Key_Right:
        column = std::min(n - 1, column + 1);
        break;
    case Qt::Key_Up:
        row = std::max(0, row - 1);
        break;
    case Qt::Key_Down:
        row = std::min(n - 1, row + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (n > 0)
            emit m_owner->cellActivated(row, column);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

Heatmap::Heatmap(QWidget* parent)
    : ChartPanel(parent)
    , m_view(new HeatmapView(this))
{
    setView(m_view);
}

void Heatmap::setTitle(const QString& title)
{
    setTitleText(title);
    m_view->setAccessibleName(title);
    m_view->update();
}

void Heatmap::setData(const QStringList& labels, const QList<QList<qint64>>& counts)
{
    m_labels = labels;
    m_counts = counts;
    m_view->update();
}

double Heatmap::rowShare(int row, int column) const
{
    const qint64 size = m_counts[row][row];
    return size > 0 ? double(m_counts[row][column]) / double(size) : 0.0;
}

QRect Heatmap::cellRect(int row, int column) const
{
    return m_view->cellRect(row, column).translated(m_view->pos());
}

} // namespace swb
